"""CLI QA pass 27 (six new pairs: a bridge collapse, a measles outbreak, a murder verdict, a factory fire,
a central bank's gold, a marathon): the number reader and the ledger.

Each test fails on the code before the mend: "$US50,000" (the sign before the country, as Australian and
New Zealand papers write it); "R20 000" (rand grouped by spaces); "an 18th consecutive month" (a run's word
before the counted noun); "about 89 percent" reaching 86%; "146 confirmed cases" / "sickened 139 people"."""

from __future__ import annotations

from ledger_rows import ledger, ledger_with_texts

from reader.core.numbers import Money, find_numbers


def _read(text: str) -> list[tuple[str, str, object]]:
    return [(m.surface, m.kind, m.value) for m in find_numbers(text)]


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.unit) for m in find_numbers(text)]


# D1: "$US50,000", "$A2.5 million", "$NZ300m": the dollar sign, then whose dollar.
def test_the_country_after_the_dollar_sign_names_the_currency():
    assert _read("Kiplimo earned a $US50,000 bonus for the record.") == [
        ("$US50,000", "money", Money("USD", 50000))]
    assert _read("The state will spend $A2.5 million on the course.") == [
        ("$A2.5 million", "money", Money("AUD", 2500000))]
    assert _read("Fonterra signed a $NZ300m deal with the Chinese buyer.") == [
        ("$NZ300m", "money", Money("NZD", 300000000))]
    assert _read("Ottawa pledged $C10bn for the line.") == [("$C10bn", "money", Money("CAD", 10000000000))]


def test_dollars_us_after_the_sign_dispute_us_dollars_before_it():
    found = ledger("Kiplimo earned a $US50,000 bonus for the record.", "The record earned Kiplimo US$40,000.")
    assert found["conflict"] == [("$US50,000", "US$40,000")]
    assert ledger("Kiplimo earned a $US50,000 bonus for the record.",
                  "The record earned Kiplimo a US$50,000 bonus.")["agree"] == [("$US50,000", "US$50,000")]


def test_a_dollar_sign_before_a_capital_word_stays_no_currency_code():
    assert _read("Tickets cost $5 CASH at the gate.") == [("$5", "money", Money("USD", 5))]


# D2: "R20 000", "R1 200 000": rand grouped by spaces in threes, as South African papers write it.
def test_rand_grouped_by_spaces_is_money():
    assert _read("Each family will receive R20 000 from the company to cover funeral costs.") == [
        ("R20 000", "money", Money("ZAR", 20000))]
    assert _read("The municipality paid R1 200 000 for the clean-up.") == [
        ("R1 200 000", "money", Money("ZAR", 1200000))]


def test_rand_grouped_by_spaces_agrees_with_rand_grouped_by_commas():
    found = ledger("The company will pay R20,000 to each victim's family for funeral costs.",
                   "Each family will receive R20 000 from the company to cover funeral costs.")
    assert found["agree"] == [("R20,000", "R20 000")] and found["conflict"] == []
    assert ledger("The company will pay R25,000 to each victim's family.",
                  "Each family will receive R20 000 from the company.")["conflict"] == [("R25,000", "R20 000")]


def test_a_road_number_is_still_no_rand():
    assert _read("Traffic was diverted onto the R50 road.") == []
    assert _read("Nurses wore N95 masks.") == []


# D3: "an 18th consecutive month" / "a 17th straight month": both count months.
def test_the_word_of_a_run_is_not_what_an_ordinal_counts():
    assert _units("China's central bank added gold to its reserves for an 18th consecutive month in May.")[0] == (
        "18th", "month")
    assert _units("The People's Bank of China bought gold for a 17th straight month in May.")[0] == ("17th", "month")
    assert _units("Inflation rose for the third successive year.") == [("third", "year")]
    assert _units("The fund lost money for a fifth running year.") == [("fifth", "year")]


def test_ordinals_of_a_run_told_in_other_words_dispute():
    found = ledger("China's central bank added gold to its reserves for an 18th consecutive month in May.",
                   "The People's Bank of China bought gold for a 17th straight month in May.")
    assert found["conflict"] == [("18th", "17th")]
    assert ledger("China's central bank added gold for an 18th consecutive month.",
                  "The central bank bought gold for an 18th straight month.")["agree"] == [("18th", "18th")]


def test_a_run_of_months_stays_apart_from_a_run_of_years():
    assert ledger("Prices rose for an 18th consecutive month.", "Prices rose for a third straight year.")[
        "conflict"] == []


# D8: "about 89 percent" reaches two points either side, not 86%.
def test_about_a_high_share_does_not_reach_three_points_off():
    found = ledger_with_texts(
        "Yakima County's kindergarten vaccination rate is 86%, well below the 95% needed to stop measles spreading.",
        "Only about 89 percent of kindergartners in Yakima County have received the required shots.")
    assert found["conflict"] == [("86%", "about 89 percent")]


def test_about_a_high_share_still_meets_a_point_or_two_off():
    for rate in ("88%", "90%", "91%"):
        found = ledger(f"The kindergarten vaccination rate is {rate}.",
                       "About 89 percent of kindergartners have received the required shots.")
        assert found["conflict"] == [] and found["agree"] == [(rate, "about 89 percent")]


def test_about_a_count_keeps_its_twentieth():
    # Only shares are read in points: "about 89 people" still meets 86 people.
    assert ledger("About 89 people were hospitalized.", "86 people were hospitalized.")["conflict"] == []


# D9: cases of an outbreak are the people it sickened.
def test_cases_and_the_people_an_outbreak_sickened_are_one_count():
    found = ledger("A measles outbreak has grown to 146 confirmed cases, state health officials said Tuesday.",
                   "An outbreak has sickened 139 people, health officials said Tuesday.")
    assert ("146", "139") in found["conflict"]
    assert ledger("The outbreak has grown to 146 confirmed cases.", "The virus has infected 146 people.")[
        "agree"] == [("146", "146")]


def test_cases_stay_apart_from_people_nothing_sickened():
    assert ledger("Police are investigating 146 cases of fraud.", "Police have arrested 139 people.")["conflict"] == []
    assert ledger("The outbreak has grown to 146 confirmed cases.", "Officials have tested 139 people.")[
        "conflict"] == []
