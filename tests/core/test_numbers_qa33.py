"""CLI QA pass 33 (a shark attack, a bank robbery, a film festival, census results, a fuel price rise, airline
turbulence): the number reader.

Each test fails on the code before the mend: cents of a rand read as US cents, and pump prices written "132c/l",
"R0.91/l" or "R1 a litre" not read; "the fourth consecutive monthly increase" counting "consecutive"; a level
passed ("passed five million", "passed the 5m mark") read as an exact figure, and "5m" before "mark" as metres;
the year of "Census 2022" set against another event's date; "A pair of off-duty lifeguards" not read as two; a
statement's day in a long tag ("..., the department of mineral resources and energy announced on 31 March")."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import Money, find_numbers


def _read(text: str) -> list[tuple[str, str, object, str]]:
    return [(m.surface, m.kind, m.value, m.unit) for m in find_numbers(text)]


# D2: pump prices in cents per litre.
def test_cents_of_the_rand_agree_with_the_same_price_in_rand():
    found = ledger_with_texts("Illuminating paraffin goes up by 91 cents a litre, and LP gas by R2.07 per kg.",
                              "Paraffin increases by R0.91/l, while LPG rises by R2.07/kg.")
    assert not found["conflict"]
    assert ("up 91 cents a litre", "up R0.91/l") in found["agree"]


def test_cents_written_c_per_litre_are_read_and_compared():
    assert _read("Diesel will go up by 78c/l.") == [("78c/l", "money", Money("USD", 780), "USD/m³")]
    found = ledger_with_texts("Diesel will increase by 87 cents a litre.", "Diesel will go up by 78c/l.")
    assert found["conflict"] == [("up 87 cents a litre", "up 78c/l")]


def test_a_rand_amount_per_litre_is_money_even_without_cents():
    assert _read("Petrol will go up by more than R1 a litre.") == [
        ("R1 a litre", "money", Money("ZAR", 1000), "ZAR/m³")]


def test_traps_a_bare_letter_and_cents_alone_stay_unread():
    assert _read("The R50 road was closed.") == []
    assert _read("The exam was marked 50c.") == []
    # cents stay dollars' where the sentence names no other currency, or two
    assert _read("Stamps cost 85 cents.")[0][2] == Money("USD", 0.85)


# D3: a run of months counted by an adjective.
def test_a_consecutive_monthly_rise_counts_months():
    found = ledger_with_texts("It is the fourth consecutive monthly increase in the petrol price.",
                              "It is the third straight month that the petrol price has increased.")
    assert found["conflict"] == [("fourth", "third")]
    assert ledger_with_texts("It is the fourth consecutive monthly increase in the petrol price.",
                             "It is the fourth straight month that the petrol price has increased.")["agree"] == [
        ("fourth", "fourth")]


# D4: a level passed is a floor; "the 5m mark" is five million; a year that names a census.
def test_a_level_passed_is_a_floor():
    found = ledger_with_texts("Ireland's population has passed five million for the first time since 1851.",
                              "The population of the State has reached 5,184,139, the highest since 1851.")
    assert not found["conflict"] and ("passed five million", "5,184,139") in found["agree"]
    found = ledger_with_texts("Ireland's population has passed five million for the first time since 1851.",
                              "It is the first time the State's population has passed the 5m mark since 1851.")
    assert ("passed five million", "passed 5m") in found["agree"]


def test_a_level_passed_still_disputes_a_lower_figure():
    found = ledger_with_texts("The petition has surpassed 100,000 signatures.",
                              "The petition has 80,000 signatures.")
    assert found["conflict"] == [("surpassed 100,000", "80,000")]


def test_traps_passing_things_and_votes_are_no_bounds():
    assert [m.hedge for m in find_numbers("The car passed three cyclists on the bridge.")] == [""]
    assert [m.hedge for m in find_numbers("The bill passed 312 to 270.")] == ["", ""]
    assert _read("He passed the 100m mark in 9.8 seconds.")[0][:2] == ("100m", "length")
    assert _read("Temperatures topped 36C.")[0][1] == "temperature" and not find_numbers("Temperatures topped 36C.")[0].hedge


def test_a_year_naming_a_census_is_no_date_of_another_event():
    found = ledger_with_texts("The CSO said results of Census 2022 were published on Thursday.",
                              "The CSO said full results would be published in stages from April 2023.")
    assert not found["conflict"]
    assert ledger_with_texts("The results of Census 2022 were published.",
                             "The results of Census 2022 are out.")["agree"] == [("Census 2022", "Census 2022")]


def test_traps_years_after_a_month_a_season_or_a_preposition_stay_years():
    assert _read("Prices have risen since Christmas 2022.")[0][1] == "year"
    assert _read("Spending Rose In 2022")[0][1] == "year"
    assert _read("It happened in May 2022.")[0][1] == "date"


# D10: "a pair of" before a modifier and its noun.
def test_a_pair_of_off_duty_lifeguards_is_two():
    found = ledger_with_texts("Two off-duty lifeguards paddled out and helped him onto a surfboard.",
                              "A pair of off-duty lifeguards paddled out to him and brought him back on a board.")
    assert found["agree"] == [("Two", "A pair of lifeguards")]


# D9: a statement's day after a long name in the tag.
def test_the_day_a_long_named_body_announced_is_a_statement_date():
    found = ledger_with_texts(
        "Petrol will rise from Wednesday, the department of mineral resources and energy announced on 31 March.",
        "Motorists will pay more from Wednesday, the Department of Mineral Resources and Energy said on March 31.")
    assert ("31 March", "March 31") in found["agree"]


def test_trap_an_announcement_that_is_the_news_keeps_its_day():
    said = [m.role for m in find_numbers("The firm, which employs 300 people in the town, announced on Tuesday "
                                         "that it would cut jobs.") if m.kind == "weekday"]
    assert said == [""]
