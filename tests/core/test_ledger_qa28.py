"""Ledger, from CLI QA passes 28 and 29: figures of two different events of one link are no dispute.  Two days of
two deeds (a lockdown placed and lifted; an escape and the search after it), counts dated by periods of two
lengths ("Last year" / "Last month"), figures of two named subjects (two companies, two ministers), and a count of
one place the other report names among several.  And "about" a figure with decimals, beside a plain one written
to the same place, reaches one step of it.  Each row as outlets write it, with the traps that must still
dispute."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


def _conflicts(a: str, b: str) -> list:
    return ledger_with_texts(a, b)["conflict"]


# --- QA29 D6 (c): days of two deeds -------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The prison was placed on lockdown Sunday.", "The prison's lockdown was lifted Tuesday."),
    ("The curfew was imposed on Sunday.", "The curfew was lifted on Tuesday."),
    ("Two inmates escaped from the Harlow Correctional Facility near Grady early Sunday, June 14, setting off a "
     "manhunt across southeast Arkansas.",
     "GRADY, Ark. (AP) — Hundreds of officers searched farmland and river bottoms in southeast Arkansas on Tuesday "
     "for two inmates who escaped from a maximum-security prison."),
])
def test_days_of_two_deeds_do_not_dispute(a, b):
    assert not any(x in ("Sunday", "June 14") for x, _ in _conflicts(a, b))


@pytest.mark.parametrize("a, b, conflict", [
    ("The lockdown was lifted on Sunday.", "The lockdown ended on Tuesday.", ("Sunday", "Tuesday")),
    ("The ship sank on Tuesday.", "The ship went down on Wednesday.", ("Tuesday", "Wednesday")),
    ("The ship sank on Tuesday after hitting rocks.", "The vessel hit rocks on Wednesday.", ("Tuesday", "Wednesday")),
    ("Two inmates escaped from the prison on Sunday.", "Two inmates escaped from the prison on Monday.",
     ("Sunday", "Monday")),
])
def test_days_of_one_deed_still_dispute(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- QA29 D6 (a): periods of two lengths --------------------------------------------------------------------------

def test_counts_of_last_year_and_last_month_do_not_dispute():
    assert _conflicts("Last year, 56 pilot whales stranded at Ōhiwa Harbour in the Bay of Plenty.",
                      "Last month, nine pilot whales stranded at the Kaipara Harbour north of Auckland.") == []


def test_counts_of_one_period_told_two_ways_still_dispute():
    assert _conflicts("Last year, 56 pilot whales stranded at the beach.",
                      "Over the past year, 48 pilot whales stranded at the beach.") == [("56", "48")]


# --- QA29 D6 (b), QA28 D4 (c): two named subjects -----------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Ashcombe's shares had fallen 20% over the past year before the approach, as higher cocoa and wheat costs "
     "squeezed margins.", "Halvern shares fell 3 percent in Amsterdam."),
    ("Chief Minister Hemant Soren announced an ex gratia of ₹5 lakh to the families of the deceased.",
     "Prime Minister Narendra Modi announced 200,000 rupees ($2,300) for families of the dead and 50,000 rupees "
     "for the injured."),
])
def test_figures_of_two_named_subjects_do_not_dispute(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("President Trump announced $5 billion in aid.", "US President Donald Trump announced $7 billion in aid."),
    ("Reuters reported 14 people dead.", "The Guardian reported 11 people dead."),
    ("Shares fell 3% in London.", "Ashcombe's shares fell 20% in London."),
    ("Officials said 14 people died.", "Police said 11 people died."),
    ("Ukraine's air force said it shot down 40 drones.", "Russia's defence ministry said it downed 30 drones."),
])
def test_one_subject_named_two_ways_or_a_source_still_disputes(a, b):
    assert len(_conflicts(a, b)) == 1


# --- QA28 D4 (a): a count of one place of several ------------------------------------------------------------------

def test_a_count_of_one_place_of_the_others_list_does_not_dispute():
    assert _conflicts("FAIRVIEW, Iowa (AP) — A swarm of tornadoes tore across Iowa, Illinois and Missouri on "
                      "Saturday night, flattening homes and killing at least 14 people, officials said Sunday.",
                      "In Illinois, three people were killed in a mobile home park near Peoria.") == []


@pytest.mark.parametrize("a, b, conflict", [
    ("Tornadoes killed 14 people in Iowa, Illinois and Missouri.",
     "Tornadoes killed 11 people across Iowa, Illinois and Missouri.", ("14", "11")),
    ("The producer said its plants in Chimbote and Pisco ran at 22% of capacity.",
     "The producer stated its plants in Chimbote and Pisco ran at 25% of capacity.", ("22%", "25%")),
])
def test_one_list_of_places_on_both_sides_still_disputes(a, b, conflict):
    assert _conflicts(a, b) == [conflict]


# --- QA29 D8: "about" a figure with decimals -----------------------------------------------------------------------

def test_about_a_figure_with_decimals_disputes_one_two_steps_away():
    rows = ledger_with_texts(
        "Dutch food group Halvern has made a takeover approach for Ashcombe Foods worth 412p a share, valuing the "
        "company at £4.1bn.",
        "Dutch food company Halvern has offered 418 pence per share for British biscuit maker Ashcombe Foods, "
        "valuing it at about 4.3 billion pounds ($5.4 billion), the companies said on Monday.")
    assert ("£4.1bn", "about 4.3 billion pounds ($5.4 billion)") in rows["conflict"]


@pytest.mark.parametrize("a, b", [
    ("The company is valued at about 4.3 billion pounds.", "The company is valued at £4.2bn."),
    ("The company is valued at about 4 billion pounds.", "The company is valued at £4.1bn."),
    ("About 40 people died.", "38 people died."),
    ("About 2.5 million people voted.", "2.4 million people voted."),
    ("A record 7,576,000 tickets were sold this year.", "About 7.4 million tickets were sold this year."),
])
def test_about_one_step_away_or_a_rounder_figure_still_agrees(a, b):
    rows = ledger_with_texts(a, b)
    assert rows["conflict"] == [] and len(rows["agree"]) == 1
