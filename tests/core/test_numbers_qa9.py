"""Figures read from invented report pairs of the ninth CLI QA pass: a prison term in two units with its
smaller part in words, a bound turned round by a negation, a grid's power and energy, volumes of water, a
price per unit, a span of time in words after "in" or "for", an age in brackets after a name, and a rocket's
name opening a headline."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import (
    BOUND_OF_HEDGE,
    Duration,
    Money,
    find_numbers,
    with_hedge,
)

# --- a duration in two units, the smaller in words --------------------------------------------------------

@pytest.mark.parametrize("text, surface, months", [
    ("A financial adviser has been jailed for 12 years and nine months.", "12 years and nine months", 153),
    ("His business partner was jailed for four years and six months.", "four years and six months", 54),
    ("She was banned for a year and eleven months.", "a year and eleven months", 23),
])
def test_a_term_in_years_and_months_in_words_is_one_duration(text, surface, months):
    assert mention(text, surface).value == Duration(months, "month")


def test_a_term_with_months_in_words_disputes_the_years_alone():
    found = both_ways("A financial adviser has been jailed for 12 years for stealing from elderly clients.",
                      "A financial adviser has been jailed for 12 years and nine months for stealing from clients.")
    assert found["conflict"] == [("12 years", "12 years and nine months")] and found["agree"] == []


def test_years_and_six_months_agree_with_years_and_a_half():
    found = both_ways("His business partner was jailed for four years and six months.",
                      "His business partner was jailed for four and a half years.")
    assert found["agree"] == [("four years and six months", "four and a half years")] and found["conflict"] == []


@pytest.mark.parametrize("text", [
    "They were jailed for three years and nine months later on.",
    "They were jailed for five years and two years respectively.",
])
def test_two_durations_in_words_stay_two_where_the_words_say_so(text):
    assert len([m for m in find_numbers(text) if m.kind == "duration"]) == 2


# --- a negated bound ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, hedge, bound", [
    ("Overnight temperatures did not drop below 86F for three days.", "not below", "min"),
    ("Overnight temperatures never fell below 30C.", "not below", "min"),
    ("Temperatures didn't dip below 30C all week.", "not below", "min"),
    ("Inflation did not rise above 2% last year.", "not above", "max"),
    ("Overnight lows stayed above 30C.", "above", "min"),
    ("Temperatures fell below 30C.", "below", "max"),
])
def test_a_negation_turns_the_bound_round(text, hedge, bound):
    figure = next(m for m in find_numbers(text) if m.kind in ("temperature", "percent"))
    assert (figure.hedge, BOUND_OF_HEDGE[figure.hedge]) == (hedge, bound)


def test_did_not_drop_below_agrees_with_stayed_above():
    for b in ("Overnight temperatures did not drop below 86F for three days.",
              "Overnight temperatures did not drop below 30C for three days."):
        found = both_ways("Overnight lows stayed above 30C for three days.", b)
        assert found["conflict"] == [] and ("above 30C", with_hedge(find_numbers(b)[0])) in found["agree"]


# --- power, energy and volume ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value", [
    ("Demand peaked at 58.3 GW in the early evening.", "58.3 GW", "power", 58_300_000_000),
    ("Demand peaked at 53,800 megawatts in the early evening.", "53,800 megawatts", "power", 53_800_000_000),
    ("The grid had a reserve margin of only 1,500 MW.", "1,500 MW", "power", 1_500_000_000),
    ("The plant used 1.2 TWh last year.", "1.2 TWh", "energy", 1_200_000_000),
    ("The plant sold 40 megawatt-hours.", "40 megawatt-hours", "energy", 40_000),
    ("The dam held 54,000 acre-feet of water when full.", "54,000 acre-feet", "volume", None),
    ("The dam held 45 million cubic metres of water.", "45 million cubic metres", "volume", 45_000_000),
    ("Residents queued for 20 litres of water.", "20 litres", "volume", None),
])
def test_power_energy_and_volume_are_measures(text, surface, kind, value):
    found = mention(text, surface)
    assert found.kind == kind and (value is None or found.value == value)


def test_acre_feet_are_a_volume_not_acres():
    found = mention("The dam held 54,000 acre-feet of water when full.", "54,000 acre-feet")
    assert round(found.value) == round(54_000 * 1233.48183754752)


def test_gigawatts_and_megawatts_meet_in_one_unit():
    found = both_ways("Electricity demand peaked at 58.3 GW in the early evening, a record for the power pool.",
                      "Electricity demand peaked at 53,800 megawatts in the early evening, a record for the pool.")
    assert found["conflict"] == [("58.3 GW", "53,800 megawatts")]
    found = both_ways("At the peak, the grid had a reserve margin of only 1,500 MW.",
                      "At the peak, the grid had a reserve margin of just 1.5 gigawatts.")
    assert found["agree"] == [("1,500 MW", "1.5 gigawatts")] and found["conflict"] == []


def test_volumes_of_a_dam_dispute_each_other():
    found = both_ways("The dam held about 45 million cubic metres of water when full.",
                      "The dam held 54,000 acre-feet of water when full.")
    assert found["conflict"] == [("about 45 million cubic metres", "54,000 acre-feet")]


def test_a_bare_w_away_from_its_digits_is_no_watt():
    assert [m.kind for m in find_numbers("Take Route 9 W to the bridge.")] == ["count"]
    assert mention("She fitted a 60W bulb.", "60W").kind == "power"


# --- a price per unit -----------------------------------------------------------------------------------

def test_a_price_carries_its_unit():
    found = mention("a typical price of about $40 per MWh.", "$40 per MWh")
    assert (found.kind, found.unit, found.value) == ("money", "USD/kWh", Money("USD", 0.04))
    assert mention("Diesel tops ₱66 a liter.", "₱66 a liter").unit == "PHP/m³"


def test_prices_per_two_units_are_no_two_sums():
    found = both_ways("Wholesale power prices spiked on Tuesday, compared with a typical price of about $40 per MWh.",
                      "Wholesale power prices spiked on Tuesday, compared with a typical price of 4 cents a "
                      "kilowatt-hour.")
    assert found["conflict"] == [] and ("about $40 per MWh", "4 cents a kilowatt-hour") in found["agree"]


def test_an_amount_before_a_word_that_is_no_unit_stays_a_sum():
    assert mention("Oil rose to $80 a barrel.", "$80").unit == "USD"
    assert mention("The firm paid $5 a share.", "$5").unit == "USD"


# --- a span of time in words ----------------------------------------------------------------------------

def test_a_fortnight_and_a_decade_after_in_and_for_are_spans():
    found = both_ways("It was the second flood in a fortnight for the valley.",
                      "It was the second flood in two weeks for the valley.")
    assert ("a fortnight", "two weeks") in found["agree"] and found["only_b"] == []
    found = both_ways("Ellery was banned from being a company director for 10 years.",
                      "Ellery was banned from being a company director for a decade.")
    assert found["agree"] == [("10 years", "a decade")]


@pytest.mark.parametrize("text", [
    "The mill closed a decade ago.",
    "The mill closed over a decade ago.",
    "It came in a year when prices rose.",
    "It came in a year of record heat.",
])
def test_a_decade_that_dates_or_names_is_no_span(text):
    assert [m for m in find_numbers(text) if m.kind == "duration"] == []


# --- an age in brackets after a name --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marcus Ellery (44) was found guilty of nine counts of fraud.",
    "Marcus Ellery (44), of Hove, was found guilty.",
    "Marcus Ellery (44) pleaded guilty to fraud.",
])
def test_a_number_in_brackets_after_a_name_is_an_age(text):
    assert mention(text, "44").kind == "age"


@pytest.mark.parametrize("text, surface", [
    ("Montana State's Tessa Lundgren (12) celebrates with teammates after the win.", "12"),
    ("Real Madrid (12) lead the table.", "12"),
    ("Sierra Leone (17) and Chad (9) were hit hardest.", "17"),
    ("Most of the victims came from South Korea (30) and Japan.", "30"),
])
def test_a_number_in_brackets_that_is_no_age(text, surface):
    assert mention(text, surface).kind != "age"


def test_a_bracketed_age_disputes_the_age_after_a_comma():
    found = both_ways("Marcus Ellery, 47, was found guilty of nine counts of fraud.",
                      "Marcus Ellery (44) was found guilty of nine counts of fraud.")
    assert found["conflict"] == [("47", "44")]


# --- a name opening a headline --------------------------------------------------------------------------

def test_a_rocket_named_at_a_headlines_start_is_a_label():
    found = mention("Tern 9 launches Kestrel weather satellite", "Tern 9")
    assert (found.kind, found.unit) == ("label", "tern")
    found = both_ways("Tern 9 launches Kestrel weather satellite",
                      "Kestrel weather satellite reaches space on Tern 9 rocket")
    assert found["agree"] == [("Tern 9", "Tern 9")] and found["only_a"] == []


@pytest.mark.parametrize("text, surface", [
    ("Police 12 arrests in Leeds", "12"),
    ("About 30 people died", "30"),
])
def test_an_opening_word_before_a_count_is_no_name(text, surface):
    assert mention(text, surface).kind == "count"
