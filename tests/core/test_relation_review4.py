"""A forecast ("is set to announce", "is expected to win") against a claim stated as so is a
difference; "set to music" is no forecast, and other ways of telling a claim ahead ("is to", "is
poised to", "plans to", "is going to") tell the same claim as a forecast does.  The report's hedge
line follows the relation: no "hedged only" line for a forecast the relation does not read as one."""

from __future__ import annotations

import pytest

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


def _compared(a: str, b: str):
    comparison = compare(document_from_text(a), document_from_text(b))
    assert len(comparison.links) == 1
    return comparison


def relation(a: str, b: str) -> str:
    return _compared(a, b).links[0].relation


def hedge_lines(a: str, b: str) -> list[str]:
    return [line for line in render_report(_compared(a, b)).splitlines() if "hedged only" in line]


@pytest.mark.parametrize("a, b", [
    ("The poem was set to music by Britten in 1943.", "Britten set the poem to music in 1943."),
    ("The poem is set to music by Britten.", "The poem has music by Britten."),
    ("The film is set to Chinese music.", "The film has a score of Chinese music."),
    ("The psalms were set to words by the abbot of the monastery.",
     "The psalms had words by the abbot of the monastery."),
])
def test_what_a_thing_is_set_to_is_no_forecast(a, b):
    assert relation(a, b) == "equivalent"
    assert relation(b, a) == "equivalent"
    assert hedge_lines(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("The minister is set to announce the plan on Monday.", "The minister announced the plan on Monday."),
    ("The trial is set to begin on Monday at the Old Bailey.", "The trial begins on Monday at the Old Bailey."),
    ("The government is set to ban music festivals in the capital this summer.",
     "The government bans music festivals in the capital this summer."),
])
def test_set_to_before_a_verb_is_still_a_forecast(a, b):
    assert relation(a, b) == "related"


@pytest.mark.parametrize("told_ahead", [
    "is to announce", "is poised to announce", "plans to announce", "is going to announce", "intends to announce",
    "is due to announce",
])
@pytest.mark.parametrize("forecast", ["is set to announce", "is expected to announce"])
def test_a_forecast_against_another_way_of_telling_ahead_stays_equivalent(forecast, told_ahead):
    a = f"The minister {forecast} the plan on Monday."
    b = f"The minister {told_ahead} the plan on Monday."
    assert relation(a, b) == "equivalent"
    assert relation(b, a) == "equivalent"
    assert hedge_lines(a, b) == []


def test_no_hedge_line_for_a_forecast_against_due():
    a = "The plane was expected to land at Heathrow but was diverted to Gatwick."
    b = "The plane was due to land at Heathrow but was diverted to Gatwick."
    assert relation(a, b) == "equivalent"
    assert hedge_lines(a, b) == []


def test_a_forecast_against_a_claim_stated_keeps_its_hedge_line():
    lines = hedge_lines("The new bridge is expected to open in May.", "The new bridge opens in May.")
    assert lines == ['    hedged only in A: "is expected to open"']


def test_plans_before_a_noun_tells_nothing_ahead():
    # "plans to the council" is whom plans went to, not a plan to do something.
    a = "The developer is expected to submit revised plans to the council in March."
    b = "The developer submitted revised plans to the council in March."
    assert relation(a, b) == "related"
