"""Figures the eighth QA pass's pairs read wrongly: "7.24m" as metres in a story of a waiting list, hPa and
hectopascals apart, "First Officer" as an order, "flight hours" as a count of hours, and a lower-case
"chapter 11" as a count of bankruptcies."""

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _ledger(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))


def _surfaces(pairs):
    return [(x.surface, y.surface) for x, y in pairs]


def test_a_bare_m_in_a_story_of_a_waiting_list_is_millions():
    ledger = _ledger("The waiting list for planned treatment fell to 7.42 million in August, NHS England said.",
                     "The waiting list for planned treatment fell to 7.24m in August, NHS England said.")
    assert _surfaces(ledger.conflict) == [("7.42 million", "7.24m")]
    assert [(m.kind, m.value) for m in find_numbers("Waiting list drops to 7.24m as ministers trade blows")] == [
        ("count", 7240000)]


def test_a_bare_m_that_measures_stays_metres():
    assert [(m.kind, m.value) for m in find_numbers("The wall is 2.5m high and the list of repairs is long.")] == [
        ("length", 2.5)]
    assert [m.kind for m in find_numbers("The budget for the 400m track rose.")] == ["length"]
    assert [m.kind for m in find_numbers("He jumped 7.24m in August.")][0] == "length"


def test_hectopascals_and_hpa_are_one_pressure():
    a = "The cyclone had a central pressure of 958 hPa as it came ashore, the weather office said."
    ledger = _ledger(a, a.replace("958 hPa", "985 hectopascals"))
    assert _surfaces(ledger.conflict) == [("958", "985")]
    ledger = _ledger(a, a.replace("hPa", "millibars"))
    assert _surfaces(ledger.agree) == [("958", "958")] and ledger.conflict == ()


def test_an_ordinal_that_opens_a_rank_is_no_figure():
    for text in ("First Officer Lucia Benitez, 29, had joined the airline in 2019.",
                 "The first officer, Lucia Benitez, had joined the airline.",
                 "Scotland's First Minister spoke on Monday.", "Second Lieutenant Amy Cole was hurt."):
        assert [m for m in find_numbers(text) if m.kind == "ordinal"] == [], text
    assert [m.value for m in find_numbers("She was the first officer to arrive.")] == [1]


def test_hours_a_noun_modifies_are_hours():
    a = "Captain Rafael Ortega had logged 14,300 flight hours, the report said."
    ledger = _ledger(a, a.replace("14,300 flight hours", "13,400 hours"))
    assert _surfaces(ledger.conflict) == [("14,300 flight hours", "13,400 hours")]
    ledger = _ledger(a, a.replace("14,300 flight hours", "14,300 hours"))
    assert ledger.agree and ledger.conflict == () and ledger.only_a == () and ledger.only_b == ()


def test_a_chapter_in_lower_case_is_a_label_as_in_capitals():
    ledger = _ledger("The firm filed for chapter 11 bankruptcy protection on Monday.",
                     "The firm filed for Chapter 11 reorganization on Monday.")
    assert _surfaces(ledger.agree) == [("chapter 11", "Chapter 11"), ("Monday", "Monday")]
    assert ledger.conflict == ()


def test_thousands_of_hours_is_read_without_a_fault():
    # A vague count before "of hours" is no modified span of time ("14,300 flight hours").
    found = [(m.surface, m.kind) for m in find_numbers("Agents spent thousands of hours investigating al-Bayoumi.")]
    assert found and all(kind != "duration" or "thousands" in surface for surface, kind in found)
