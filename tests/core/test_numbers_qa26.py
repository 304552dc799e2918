"""Number ledger rows from CLI QA pass 26: "Can$" is the Canadian dollar, and a bare "$" beside it meets its main
figure, not its bracketed conversion (D7); a title-cased scale after a currency ("Rs 25 Crore") is read (D8); a
walkout is a strike (D11); counts told of two places (D12) and figures of two ranked items of one list (D13) do
not dispute; "about" a two-digit figure that ends in neither 0 nor 5 is hedged narrowly (D14); a figure told as
now meets the level a change reached, not the one it left (D15)."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts, mention

from reader.core.compare import compare
from reader.core.model import Document


# --- D7: Can$ and its bracketed conversion -------------------------------------------------------------------------

def test_can_dollar_is_the_canadian_dollar():
    found = mention("Canada also froze assets worth Can$14 million (US$10.2 million) tied to the scheme.",
                    "Can$14 million (US$10.2 million)")
    assert found.unit == "CAD" and found.value.amount == 14_000_000


def test_a_bare_dollar_meets_the_main_figure_not_its_conversion():
    found = ledger_with_texts("Canada also froze assets worth $14 million belonging to people linked to the campaign.",
                              "Canada also froze assets worth Can$14 million (US$10.2 million) tied to the scheme.")
    assert found["conflict"] == [] and len(found["agree"]) == 1


def test_the_us_figure_meets_the_bracketed_conversion():
    found = ledger_with_texts("Canada froze assets worth US$10.2 million.",
                              "Canada also froze assets worth Can$14 million (US$10.2 million) tied to the scheme.")
    assert found["conflict"] == [] and len(found["agree"]) == 1


def test_fourteen_million_us_dollars_still_dispute_fourteen_million_canadian():
    found = ledger_with_texts("Canada froze assets worth US$14 million.",
                              "Canada also froze assets worth Can$14 million (US$10.2 million) tied to the scheme.")
    assert len(found["conflict"]) == 1


# --- D8: a title-cased scale after a currency ---------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, amount", [
    ("The first prize of Rs 25 Crore went to a ticket sold in Palakkad.", "Rs 25 Crore", 250_000_000),
    ("Kerala Bumper Winner Takes Home Rs 15 Lakh", "Rs 15 Lakh", 1_500_000),
    ("Tech Founder Buys $5 Million Home In Malibu", "$5 Million", 5_000_000),
])
def test_a_title_cased_scale_after_a_currency_is_read(text, surface, amount):
    assert mention(text, surface).value.amount == amount


def test_rupees_in_crore_meet_in_either_case():
    assert both_ways("The first prize of ₹25 crore went to a ticket sold in Palakkad.",
                     "The first prize of Rs 25 Crore went to a ticket sold in Palakkad.")["conflict"] == []


def test_a_title_cased_crore_still_disputes_another_amount():
    found = both_ways("The first prize of ₹25 crore went to a ticket sold in Palakkad.",
                      "The first prize of Rs 20 Crore went to a ticket sold in Palakkad.")
    assert found["conflict"] == [("₹25 crore", "Rs 20 Crore")]


# --- D11: a walkout is a strike -----------------------------------------------------------------------------------

def test_the_third_walkout_disputes_the_fourth_strike():
    found = ledger_with_texts("It is the third walkout by resident doctors this year.",
                              "It is the fourth strike by resident doctors this year.")
    assert found["conflict"] == [("third", "fourth")]


def test_the_third_walkout_meets_the_third_strike():
    found = ledger_with_texts("It is the third walkout by resident doctors this year.",
                              "It is the third strike by resident doctors this year.")
    assert found["agree"] == [("third", "third")]


# --- D12: counts of two places ------------------------------------------------------------------------------------

def test_rescues_in_two_places_do_not_dispute():
    found = ledger_with_texts("SES volunteers carried out 120 flood rescues overnight, most of them in the Camden area.",
                              "In Penrith, the SES performed 45 flood rescues overnight.")
    assert found["conflict"] == []


def test_rescues_with_one_place_named_still_dispute():
    found = ledger_with_texts("SES volunteers carried out 120 flood rescues overnight, most of them in the Camden area.",
                              "The SES performed 45 flood rescues overnight.")
    assert found["conflict"] == [("120", "45")]


def test_a_place_and_its_people_are_one_place():
    found = ledger_with_texts("Police said 12 people were arrested in Britain.",
                              "British police arrested 15 people in London.")
    assert found["conflict"] == [("12", "15")]


def test_an_adjective_of_a_country_is_no_place():
    found = ledger_with_texts("Explosion at fertiliser plant injures twelve near Lindau",
                              "Explosion at German fertiliser plant injures fourteen")
    assert len(found["conflict"]) == 1


ANCHOR_A = "The State Emergency Service issued flood warnings for the Hawkesbury-Nepean valley on Friday morning.\n\n"
ANCHOR_B = "The State Emergency Service issued flood warnings for the Hawkesbury-Nepean valley on Friday morning.\n\n"


def _loose(sentence_a: str, sentence_b: str) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", ANCHOR_A + sentence_a, "a"), Document("b", "b", ANCHOR_B + sentence_b, "b"))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]  # the two sentences stay unaligned
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


def test_loose_rescues_in_two_places_do_not_dispute():
    assert _loose("SES volunteers carried out 120 flood rescues overnight, most of them in the Camden area.",
                  "In Penrith, the SES performed 45 flood rescues overnight.") == []


def test_loose_rescues_in_one_place_still_dispute():
    assert _loose("SES volunteers carried out 120 flood rescues overnight, most of them in the Camden area.",
                  "Camden residents needed 45 flood rescues, the service said.") == [("120", "45")]


# --- D13: two items of one list -----------------------------------------------------------------------------------

def test_two_prizes_do_not_dispute():
    found = ledger_with_texts("The second prize of ₹1 crore each went to 20 tickets.",
                              "The third prize of Rs 50 lakh each went to 20 tickets.")
    assert found["conflict"] == [] and found["agree"] == [("20", "20")]


def test_the_rank_of_one_prize_still_disputes():
    found = ledger_with_texts("The second prize went to a ticket sold in Palakkad.",
                              "The third prize went to a ticket sold in Palakkad.")
    assert found["conflict"] == [("second", "third")]


def test_the_rank_of_the_event_told_still_disputes_beside_another_figure():
    found = ledger_with_texts("It is the third walkout this year, costing the NHS £300 million.",
                              "It is the fourth strike this year, costing the NHS £300 million.")
    assert ("third", "fourth") in found["conflict"]


# --- D14: about a figure that is not round ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("A record 75.76 lakh tickets were sold this year, according to the Lotteries department.",
     "About 71 lakh tickets were sold this year, officials said."),
    ("A record 7,576,000 tickets were sold this year, according to the Lotteries department.",
     "About 7.1 million tickets were sold this year, officials said."),
])
def test_about_a_figure_not_round_does_not_reach_a_tenth(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("a, b", [
    ("A record 75.76 lakh tickets were sold this year.", "About 70 lakh tickets were sold this year."),
    ("A record 75.76 lakh tickets were sold this year.", "About 75 lakh tickets were sold this year."),
    ("A record 7,576,000 tickets were sold this year.", "About 7.4 million tickets were sold this year."),
    ("Thirteen people were taken to hospital.", "About 12 people were taken to hospital."),
])
def test_about_a_round_or_near_figure_still_meets(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and len(found["agree"]) == 1


# --- D15: a level left and a figure told as now -------------------------------------------------------------------

def test_now_meets_the_level_reached_not_the_level_left():
    found = ledger_with_texts("The Canadian embassy in Moscow currently has 14 staff, down from about 40 in 2021.",
                              "Canada's embassy in Moscow now employs around 40 people.")
    assert found["conflict"] == [("14", "around 40")] and found["agree"] == []


def test_now_agrees_with_the_level_reached():
    found = ledger_with_texts("The Canadian embassy in Moscow currently has 14 staff, down from about 40 in 2021.",
                              "Canada's embassy in Moscow now employs 14 people.")
    assert found["agree"] == [("14", "14")] and found["conflict"] == []


def test_the_level_left_still_meets_a_figure_of_its_year():
    found = ledger_with_texts("The Canadian embassy in Moscow has 14 staff, down from about 40 in 2021.",
                              "Canada's embassy in Moscow employed around 40 people in 2021.")
    assert ("from about 40", "around 40") in found["agree"] and found["conflict"] == []


def test_the_rank_of_one_prize_of_one_amount_still_disputes():
    found = ledger_with_texts("The first prize of ₹25 crore went to a ticket sold in Palakkad.",
                              "The second prize of ₹25 crore went to a ticket sold in Palakkad.")
    assert found["conflict"] == [("first", "second")]
