"""The number ledger on forms the round 22 review found lost after b5780a2: British clock times after
"at", "half the <measure> <word>" comparisons, abbreviated months at a sentence's end after a linking
word, and degrees of an angle.  Each row is a sentence (or a pair of sentences as two reports would
give them) with what a fact-checker expects; near misses sit beside each form."""

from __future__ import annotations

import pytest
from ledger_rows import agree_and_conflict as ledger

from reader.core.numbers import find_numbers


def read(text: str) -> list[tuple]:
    return [(m.surface, m.kind, m.value) for m in find_numbers(text)]


# --- 1. a British clock time after "at" is a time unless words say price or level -------------------

@pytest.mark.parametrize("text, surface, value", [
    ("The alarm was raised at 04.50.", "04.50", (4, 50)),
    ("The polls opened at 07.00.", "07.00", (7, 0)),
    ("Kick-off is at 15.00.", "15.00", (15, 0)),
    ("The ceremony will take place at 11.00.", "11.00", (11, 0)),
    ("He was pronounced dead at 00.30.", "00.30", (0, 30)),
    ("He was arrested at 12.30.", "12.30", (12, 30)),
    ("He died at 16.45.", "16.45", (16, 45)),
    ("The fire broke out at 03.20.", "03.20", (3, 20)),
    ("At 14.30 the first train left.", "14.30", (14, 30)),
    ("Police were called to the scene at 02.15.", "02.15", (2, 15)),
    ("Trading in the shares was suspended at 14.30.", "14.30", (14, 30)),  # a market, but a time's verb
    ("He agreed the price and left at 12.30.", "12.30", (12, 30)),  # the price is in another clause
])
def test_a_dotted_figure_after_at_is_a_clock_time_by_default(text, surface, value):
    assert [(s, k, v) for s, k, v in read(text) if s == surface] == [(surface, "time", value)]


@pytest.mark.parametrize("price, time", [
    ("Shares were at 12.30 on Friday.", "The vote was at 12.30 on Friday."),
    ("The index closed at 14.30.", "The polls closed at 14.30."),
    ("The pound was at 12.45 against the lira.", "The talks were at 12.45 in the capital."),
    ("The shares were sold at 12.50 each.", "The tickets went on sale at 12.50."),
    ("The lira traded at 14.30.", "The lira fell, and the vote was at 14.30."),
])
def test_a_dotted_figure_after_at_is_a_price_or_level_only_with_words_of_one(price, time):
    assert [kind for _, kind, _ in read(price) if kind in ("count", "time")] == ["count"]
    assert [kind for _, kind, _ in read(time) if kind in ("count", "time")] == ["time"]


def test_a_leading_zero_is_never_a_price():
    assert read("The shares were at 09.30.")[0][1:] == ("time", (9, 30))


@pytest.mark.parametrize("a, b, agree, conflict", [
    ("He was arrested at 12.30.", "He was arrested at 1.30pm.", [], [("12.30", "1.30pm")]),
    ("The vote was at 14.30.", "The vote was at 2.30pm.", [("14.30", "2.30pm")], []),
    ("The alarm was raised at 02.15.", "The alarm was raised at 3.15am.", [], [("02.15", "3.15am")]),
    ("The service will take place at 11.00 on Sunday.", "The service will take place at 11am on Sunday.",
     [("11.00", "11am"), ("Sunday", "Sunday")], []),
])
def test_british_clock_times_after_at_are_compared_as_times(a, b, agree, conflict):
    result = ledger(a, b)
    assert [(x.rstrip("."), y.rstrip(".")) for x, y in result["agree"]] == agree
    assert [(x.rstrip("."), y.rstrip(".")) for x, y in result["conflict"]] == conflict


# --- 6. "half the <measure> <participle or amount>" compares, it is no share -------------------------

@pytest.mark.parametrize("text", [
    "The job was done in half the time expected.",
    "Nurses earn half the average wage.",
    "He drove at half the speed limit.",
    "The drug costs half the price charged in the US.",
    "It is half the size predicted.",
    "Rents are half the level seen in London.",
])
def test_half_a_measure_with_a_participle_or_an_amount_is_no_share(text):
    assert [m for m in find_numbers(text) if m.kind == "ratio"] == []


@pytest.mark.parametrize("share, comparison", [
    ("Nearly half the level crossings were unsafe.", "The trains ran at half the speed allowed."),
    ("Half the price rise was fuel.", "It sold at half the price charged in the US."),
    ("Half the staff were laid off.", "The new hall is half the size predicted."),
])
def test_half_a_thing_named_by_a_measure_stays_a_share(share, comparison):
    assert [(m.kind, m.value) for m in find_numbers(share)] == [("ratio", 0.5)]
    assert [(m.kind, m.value) for m in find_numbers(comparison)] == []


def test_half_the_average_wage_does_not_take_another_shares_pair():
    assert ledger("Nurses earn half the average wage, and a third of them work nights.",
                  "Nurses earn less than the average wage, and a quarter of them work nights.")["conflict"] == [
        ("a third", "a quarter")]


# --- 10. an abbreviated month at a sentence's end after a linking word -------------------------------

@pytest.mark.parametrize("text, months", [
    ("Inflation rose 3% in the 12 months to Dec.", [12]),
    ("Sales fell in Nov. and Dec.", [11, 12]),
    ("Sales fell in October or Dec.", [10, 12]),
    ("Unemployment hit 4% in the three months to Jan. Wages rose.", [1]),
    ("The vote, which had been set for Jan. Officials said it would go ahead.", [1]),
    ("Prices were lower than Dec.", [12]),
])
def test_an_abbreviated_month_after_a_linking_word_is_a_month(text, months):
    assert [m.value for m in find_numbers(text) if m.kind == "month"] == months


@pytest.mark.parametrize("name, month, value", [
    ("The prize went to a Dutch student, Jan.", "The prize was set for Jan.", 1),
    ("The award went to Tom and Jan.", "The award went out in Nov. and Dec.", 12),
    ("He met Jan. Then he left.", "He met them in the three months to Jan. Then he left.", 1),
])
def test_a_name_at_a_sentence_end_stays_no_month(name, month, value):
    assert [m for m in find_numbers(name) if m.kind == "month"] == []
    assert [m.value for m in find_numbers(month) if m.kind == "month"][-1:] == [value]


def test_a_month_in_the_year_to_disputes_another_month():
    assert ledger("Inflation rose to 3.4% in the year to Dec.", "Inflation rose to 3.4% in the year to November.") == {
        "agree": [("3.4%", "3.4%")], "conflict": [("Dec.", "November")]}


# --- 11. degrees of an angle are no temperature ----------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The policy was a 180 degree U-turn.", "It was 40C."),
    ("The road climbs at 12 degrees.", "It was 20C."),
    ("The ship listed 20 degrees to port.", "It was 30C."),
    ("The plane banked sharply at 60 degrees.", "It was 30C."),
    ("The tower leans 4 degrees.", "It reached 40C."),
])
def test_degrees_of_an_angle_do_not_dispute_a_temperature(a, b):
    assert all(m.kind != "temperature" for m in find_numbers(a))
    assert ledger(a, b)["conflict"] == []


@pytest.mark.parametrize("heat, angle", [
    ("Temperatures climbed 10 degrees overnight.", "The road climbs at 10 degrees."),
    ("Temperatures climbed to 40 degrees.", "The tower leans 4 degrees."),
    ("Water boils at 100 degrees.", "The plane banked sharply at 60 degrees."),
    ("He turned it up 5 degrees.", "The ship listed 5 degrees to port."),
])
def test_degrees_after_a_temperatures_words_stay_a_temperature(heat, angle):
    assert [m.kind for m in find_numbers(heat)][:1] == ["temperature"]
    assert [m.kind for m in find_numbers(angle)] == ["count"]
