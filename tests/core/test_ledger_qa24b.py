"""Figures of fresh news pairs: money with its currency after an amount in millions ("24m euros"); the
rand, the naira, the shillings and the other currencies of the world's news; nouns for one group of
people ("miners" / "mineworkers", "students" / "pupils"); an age after a name or of the youngest; a train
named by the time it leaves; a vote told in words, read as one tally; "at least a week"."""

import pytest
from ledger_rows import both_ways, mention, probe

from reader.core.ledger import compare_numbers
from reader.core.numbers import (
    FINAL_SCORE,
    SERVICE_TIME,
    Duration,
    Money,
    Range,
    find_numbers,
)


def pay(amount: str) -> str:
    return f"The company said it would pay {amount} into a fund for the families."


# --- 1: an amount in millions, then its currency in words -------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Thieves stole jewellery worth about 24m euros.", "24m euros", Money("EUR", 24_000_000)),
    ("The bank was fined 10m Swiss francs.", "10m Swiss francs", Money("CHF", 10_000_000)),
    ("The studio raised 5m yen.", "5m yen", Money("JPY", 5_000_000)),
    ("He won a 3.6m pounds settlement.", "3.6m pounds", Money("GBP", 3_600_000)),
    ("The club received 40M dollars.", "40M dollars", Money("USD", 40_000_000)),
    ("She was given a grant of 500k euros.", "500k euros", Money("EUR", 500_000)),
    ("The haul is worth 20-24m euros.", "20-24m euros", Range(Money("EUR", 20_000_000), Money("EUR", 24_000_000))),
])
def test_an_amount_in_millions_before_its_currency_in_words_is_money(text, surface, value):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("money", value)


def test_an_m_after_digits_is_still_metres_or_millions_of_a_noun_where_no_currency_follows():
    assert mention("The money paid for a 10m wall.", "10m").kind == "length"
    people = mention("5m people were paid.", "5m")
    assert (people.kind, people.unit) == ("count", "person")
    assert mention("The wall cost 10m euros.", "10m euros").kind == "money"


RAID_A = "Thieves made off with royal jewellery valued at €18 million from the Heldenburg museum on Sunday."
RAID_B = "Thieves stole royal jewellery worth about 24m euros from the Heldenburg museum on Sunday."


def test_a_sum_written_with_its_symbol_and_in_millions_of_its_currency_conflicts_by_value():
    found = both_ways(RAID_A, RAID_B)
    assert found["conflict"] == [("€18 million", "about 24m euros")]
    assert both_ways(pay("€24 million"), pay("24m euros"))["agree"] == [("€24 million", "24m euros")]
    assert both_ways(pay("£3.6 million"), pay("3.6m pounds"))["agree"] == [("£3.6 million", "3.6m pounds")]


def test_the_museum_raid_link_is_disputed_end_to_end():
    link = probe(RAID_A, RAID_B)
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("€18 million", "24m euros")]


# --- 2: the currencies of the world's news -----------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("R50 million", "50 million rand"),
    ("N2.5bn", "2.5 billion naira"),
    ("₦2.5bn", "N2.5bn"),
    ("KSh 200 million", "200 million Kenyan shillings"),
    ("Sh200 million", "200 million shillings"),
    ("GH₵300 million", "300 million cedis"),
    ("Rp 5 trillion", "5 trillion rupiah"),
    ("RM50 million", "50 million ringgit"),
    ("THB 1.2bn", "1.2 billion baht"),
    ("R$5 billion", "5 billion reais"),
    ("₺3 billion", "3 billion lira"),
    ("PLN 40m", "40 million zlotys"),
    ("HUF 2bn", "2 billion forints"),
    ("CZK 90m", "90 million koruna"),
    ("SEK 7bn", "7 billion kronor"),
    ("₱3bn", "3 billion Philippine pesos"),
])
def test_one_amount_in_a_currency_written_two_ways_agrees(a, b):
    assert both_ways(pay(a), pay(b))["agree"] == [(a, b)]


def test_the_rand_sign_disputes_another_amount_of_rand_end_to_end():
    link = probe(pay("R50 million"), pay("50 million rand"))
    assert [(x.surface, y.surface) for x, y in link.numbers.agree] == [("R50 million", "50 million rand")]
    assert both_ways(pay("R50m"), pay("R60m"))["conflict"] == [("R50m", "R60m")]


@pytest.mark.parametrize("text", [
    "Traffic on the R50 near Delmas was stopped.", "Fans of R2-D2 queued.", "Nurses were given N95 masks.",
    "The R2 to 5 percent band was kept.",
])
def test_a_currency_letter_is_read_only_before_an_amount_plainly_money(text):
    assert mention(pay("R1,200"), "R1,200").value == Money("ZAR", 1200)
    assert mention(pay("N5bn"), "N5bn").value == Money("NGN", 5_000_000_000)
    assert not [m for m in find_numbers(text) if m.kind == "money"]


def test_a_bare_peso_or_shilling_is_the_other_reports_peso_or_shilling():
    # "200 million shillings" in a Ugandan paper are "UGX 200 million"; "pesos" in a Manila one are PHP
    assert both_ways(pay("200 million shillings"), pay("UGX 200 million"))["agree"] == [
        ("200 million shillings", "UGX 200 million")]
    assert both_ways(pay("50 million pesos"), pay("PHP 60 million"))["conflict"] == [
        ("50 million pesos", "PHP 60 million")]
    # a country said is its own currency: the same sum in another is a slip of the name
    assert both_ways(pay("200 million Kenyan shillings"), pay("UGX 200 million"))["conflict"] == [
        ("200 million Kenyan shillings", "UGX 200 million")]


# --- 3: nouns for one group of people ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Eleven miners were killed when part of a tunnel collapsed at the Kopanong gold mine.",
     "Fourteen mineworkers were killed when part of a tunnel collapsed at the Kopanong gold mine.",
     ("Eleven", "Fourteen")),
    ("Eleven killed in gold mine collapse", "Fourteen mineworkers dead after gold mine collapse",
     ("Eleven", "Fourteen")),
    ("285,000 students in England received their results.", "298,000 pupils in England received their results.",
     ("285,000", "298,000")),
    ("1,200 troops were deployed to the border.", "1,500 soldiers were deployed to the border.", ("1,200", "1,500")),
    ("12 policemen were injured in the clashes.", "14 police officers were injured in the clashes.", ("12", "14")),
])
def test_two_words_for_one_group_of_people_count_it_once(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


def test_two_kinds_of_person_still_never_conflict():
    assert both_ways("Eleven miners died.", "Fourteen mineworkers died.")["conflict"] == [("Eleven", "Fourteen")]
    for a, b in (("214 investors lost money.", "241 pensioners lost money."),
                 ("12 schoolgirls were abducted.", "15 schoolboys were abducted.")):
        found = both_ways(a, b)
        assert found["conflict"] == [] and found["agree"] == []


# --- 4: an age after a name, or of the youngest --------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Anna McDonald, 19, died at the scene.", "19"),
    ("Jürgen Müller, 54, said he heard a bang.", "54"),
    ("Among the dead was Anna Ross, 19.", "19"),
    ("The dead included Anna Ross (19) and her brother.", "19"),
    ("The youngest of the miners who died was 19, the union said.", "19"),
    ("The youngest victim was 22.", "22"),
    ("The oldest was 87.", "87"),
    ("The eldest, 87, was a retired teacher.", "87"),
])
def test_an_age_after_a_name_or_of_the_youngest_is_an_age(text, surface):
    assert mention(text, surface).kind == "age"


def test_a_count_near_a_name_or_a_superlative_stays_a_count():
    assert mention("Among the dead was Anna Ross, 19.", "19").kind == "age"
    for text, surface in (("The oldest 87 residents were moved.", "87"), ("Of the dead, 12, were children.", "12"),
                          ("The highest toll was 19.", "19"), ("Cases rose in Leeds, 45.", "45"),
                          ("Deaths by county: Kent, 12; West Sussex, 30.", "30")):
        assert mention(text, surface).kind == "count"


def test_the_youngest_victims_age_never_disputes_the_death_toll():
    found = both_ways("The youngest of the miners who died was 19, the National Union of Mineworkers said on Monday.",
                      "Fourteen miners died, the National Union of Mineworkers said on Monday.")
    assert found["conflict"] == [] and found["only_a"] == ["19"] and found["only_b"] == ["Fourteen"]
    assert both_ways("Among the dead was Anna McDonald, 19.", "Fourteen people died.")["conflict"] == []
    # two ages of the youngest still dispute each other
    assert both_ways("The youngest of the dead was 19, according to the union.",
                     "The youngest victim was 22, the union said.")["conflict"] == [("19", "22")]


# --- 5: a train named by the time it leaves ------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, clock", [
    ("The 07:05 Caledon Rail service from Ardmore to Kelby derailed at 7.48am.", "07:05", (7, 5)),
    ("Passengers on the 8.15 from Paddington were stranded.", "8.15", (8, 15)),
    ("The 8.14am service from Leeds was cancelled.", "8.14am", (8, 14)),
    ("He caught the 6am ferry to Calais.", "6am", (6, 0)),
])
def test_a_clock_time_naming_a_service_is_read_as_that(text, surface, clock):
    found = mention(text, surface)
    assert (found.kind, found.value, found.role) == ("time", clock, SERVICE_TIME)


def test_a_trains_name_is_not_the_time_of_the_crash():
    found = both_ways("The 07:05 service from Ardmore to Kelby derailed at 7.48am on Monday, north of Glenbrae.",
                      "The train from Ardmore to Kelby derailed at 8.14am on Monday, north of Glenbrae.")
    assert found["conflict"] == [("7.48am", "8.14am")] and found["only_a"] == ["07:05"]
    found = both_ways("He caught the 6am ferry to Calais, which sank at 7.10am.", "The ferry sank at 7.40am.")
    assert found["conflict"] == [("7.10am", "7.40am")] and found["only_a"] == ["6am"]
    # two names of the train dispute each other; a curfew's time is no train's
    assert both_ways("The 8.15 from Paddington was cancelled.", "The 8.45 from Paddington was cancelled.")[
        "conflict"] == [("8.15", "8.45")]
    assert both_ways("A 10pm curfew was imposed.", "A 9pm curfew was imposed.")["conflict"] == [("10pm", "9pm")]


# --- 6: a vote told in words is one tally --------------------------------------------------------------------

VOTE_IN_WORDS = ("Seven of the nine members of the Monetary Policy Committee voted for the cut, while two wanted to "
                 "keep rates on hold.")


def test_a_vote_told_in_words_is_read_as_the_two_sides_of_one_tally():
    seven, nine, two = find_numbers(VOTE_IN_WORDS)
    assert (seven.role, two.role) == (FINAL_SCORE, FINAL_SCORE) and nine.role != FINAL_SCORE


def test_a_vote_in_words_meets_the_other_reports_tally_side_by_side():
    found = both_ways(VOTE_IN_WORDS, "The Monetary Policy Committee voted 6-3 for the cut, with three members "
                                     "preferring to keep rates on hold.")
    assert found["conflict"] == [("Seven", "6"), ("two", "3")]
    assert found["only_a"] == ["nine"] and found["only_b"] == ["three"]
    found = both_ways(VOTE_IN_WORDS, "The committee voted 7-2 for the cut.")
    assert found["agree"] == [("Seven", "7"), ("two", "2")] and found["conflict"] == []


def test_a_vote_by_so_many_votes_to_so_many_is_a_tally():
    found = both_ways("The bill passed by nine votes to three.", "The bill passed 9-4.")
    assert found["agree"] == [("nine", "9")] and found["conflict"] == [("three", "4")]


def test_the_whole_a_part_is_counted_in_is_no_count_of_the_part():
    # "Two of the 30 passengers died": two died, and 30 were aboard
    found = both_ways("Two of the 30 passengers died.", "Five passengers died.")
    assert found["conflict"] == [("Two", "Five")] and found["only_a"] == ["30"]
    assert both_ways("Two of the 30 passengers died.", "Two of the 35 passengers died.")["conflict"] == [("30", "35")]


# --- 7: "at least a week" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The line will stay closed for at least a week while the track is rebuilt.",
     "The line will stay shut for at least seven days while the track is rebuilt."),
    ("The road was shut for almost a fortnight.", "The road was shut for nearly 14 days."),
    ("The talks lasted more than a year.", "The talks lasted 13 months."),
    ("The fire was out in less than a minute.", "The fire was out in 45 seconds."),
])
def test_a_week_or_a_month_after_a_hedge_is_a_duration(a, b):
    assert len(both_ways(a, b)["agree"]) == 1


def test_a_week_with_no_hedge_or_a_months_worth_stays_no_figure():
    assert mention("The line will stay closed for at least a week.", "a week").value == Duration(7, "day")
    assert find_numbers("The strike lasted a week.") == []
    assert not [m for m in find_numbers("More than a month's rain fell.") if m.kind == "duration"]


def test_a_matchs_sets_are_compared_in_their_order():
    # Each set meets the set in its place: "6-3, 6-4" / "6-4, 6-3" is two disputes, not two agreements.
    found = compare_numbers(find_numbers("Federer won the final 6-3, 6-4 on Sunday."),
                            find_numbers("Federer won the final 6-4, 6-3 on Sunday."))
    assert [(x.surface, y.surface) for x, y in found.conflict] == [("3", "4"), ("4", "3")]
    found = compare_numbers(find_numbers("Federer won the final 6-3, 6-4 on Sunday."),
                            find_numbers("Federer won the final 6-3, 6-4 on Sunday."))
    assert found.conflict == ()


# --- 8: the body's size told another way; a departure told two ways; a country's tally after it -----------

def test_the_whole_meets_the_same_body_told_another_way():
    found = both_ways("Three of the 12 victims were children, regional police said on Sunday.",
                      "Police said 14 people were killed, three of them children, regional police said on Sunday.")
    assert found["conflict"] == [("12", "14")]
    found = both_ways("Two of the 30 passengers died.", "The bus carried 28 passengers.")
    assert found["conflict"] == [("30", "28")] and found["only_a"] == ["Two"]
    found = both_ways("Seven of the nine members voted for the cut.",
                      "The 11-member committee voted for the cut, with seven in favour.")
    assert found["conflict"] == [("nine", "11")] and found["agree"] == [("Seven", "seven")]


def test_a_side_of_a_vote_told_alone_is_a_part_of_the_body():
    found = both_ways("Seven of the nine members voted for the cut.",
                      "The committee voted for the cut, with three members preferring to keep rates on hold.")
    assert "nine" in found["only_a"] and all("nine" not in pair for pair in found["conflict"])


def test_a_services_name_meets_the_time_it_left():
    found = both_ways("The 07:05 service from Ardmore derailed just outside the station.",
                      "The train, which left Ardmore at 07:15, derailed just outside the station.")
    assert found["conflict"] == [("07:05", "07:15")]
    found = both_ways("The 8.14am service from Leeds was cancelled.", "The train was due to depart at 8.14am.")
    assert found["agree"] == [("8.14am", "8.14am")]


@pytest.mark.parametrize("text, surface", [
    ("The medal table was topped by the United States, 40.", "40"),
    ("United States (40) and China (38) lead the gold medal table.", "40"),
    ("Second in the table were South Korea, 20.", "20"),
])
def test_a_figure_after_a_countrys_name_is_no_age(text, surface):
    assert mention(text, surface).kind == "count"
