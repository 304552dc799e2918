"""Word contradictions from the twelfth CLI QA pass: an adverb that only places the claim in the telling
("remained open" / "was also closed") and a longer changed run that ends on the verb the kept words complete
("which owns the vessel, refused [to pay]" / "said on Monday it had agreed [to pay]")."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


@pytest.mark.parametrize("a, b", [
    ("The airport's cargo terminal remained open throughout the disruption.",
     "The cargo terminal was also closed throughout the disruption."),
    ("The border crossing was still closed on Friday morning.", "The border crossing was open on Friday morning."),
    ("Halvard Shipping, which owns the vessel, refused to pay for the cleanup until the cause is known.",
     "Halvard Shipping said on Monday it had agreed to pay for the cleanup until the cause is known."),
    ("The council, after a long debate on Tuesday, approved the plan for the new stadium.",
     "The council said it had rejected the plan for the new stadium."),
])
def test_the_claim_is_turned_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    # A longer run that ends on a noun or an adjective, or on a word with a negating prefix spelt apart.
    ("Tuition at four-year private colleges averaged $19,710 this year.",
     "For the current year, tuition at public colleges averaged $19,710."),
    ("They drafted a non-binding list of priorities for the fees.", "They drafted a nonbinding list of priorities for the fees."),
    ("A judge ordered the closure of a company that helps customers buy cheaper drugs from Canada.",
     "A judge ordered the closure of Rx Depot, which sells cheaper drugs from Canada."),
    # The other sentence holds the word as well: it only moved.
    ("The minister, who had earlier denied it, confirmed the report on Friday.",
     "The minister said he denied the report on Friday, then confirmed it."),
])
def test_no_claim_is_turned_round(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_the_report_says_the_terminal_contradiction():
    a = "The airport's cargo terminal remained open throughout the disruption."
    b = "The cargo terminal was also closed throughout the disruption."
    report = render_report(compare(document_from_text(f"Drones\n\n{a}\n"), document_from_text(f"Drones\n\n{b}\n")))
    assert 'says the opposite: "remained open" (A) vs "was also closed" (B)' in report
