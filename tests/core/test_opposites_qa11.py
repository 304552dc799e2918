"""Word contradictions from the eleventh CLI QA pass: "confirmed that" / "denied reports that" (a noun naming
the claim after a verb of saying is the verb's), and "paid" / "refused to pay" ("refused to" negates its verb
as "failed to" does).  "declined to" stays a fall."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


@pytest.mark.parametrize("a, b", [
    ("Police confirmed that a suspect had been arrested in connection with the raid.",
     "Police denied reports that a suspect had been arrested in connection with the raid."),
    ("The club confirmed claims that its manager had been approached.",
     "The club denied that its manager had been approached."),
    ("Police confirmed that a suspect had been arrested after the raid.",
     "Police denied the reports that a suspect had been arrested after the raid."),
    ("Police confirmed that a suspect had been arrested after the raid.",
     "Police denied media reports that a suspect had been arrested after the raid."),
    ("The company said it had paid the ransom to stop the data being published.",
     "The company said it had refused to pay the ransom to stop the data being published."),
    ("The driver refused to stop at the checkpoint, police said.", "The driver stopped at the checkpoint, police said."),
])
def test_the_claim_is_turned_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    ("Police confirmed reports that two men were held.", "Police confirmed that two men were held."),
    ("The company said it had refused to pay the ransom.", "The company said it did not pay the ransom."),
    ("The company said it had refused to pay the ransom.", "The company said it had failed to pay the ransom."),
])
def test_one_claim_told_two_ways_is_not_turned(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_declined_to_before_a_figure_is_no_negation():
    assert not turned("Shares declined to 40p on Friday.", "Shares fell to 40p on Friday.")


def test_the_report_says_the_opposite_and_suggests_no_corroboration():
    a = "Police confirmed that a suspect had been arrested in connection with the raid."
    b = "Police denied reports that a suspect had been arrested in connection with the raid."
    comparison = compare(document_from_text(f"Raid\n\n{a}\n"), document_from_text(f"Raid\n\n{b}\n"))
    link = next(link for link in comparison.links if link.a == 1)
    assert link.relation == "related"
    report = render_report(comparison)
    assert 'says the opposite: "confirmed" (A) vs "denied reports" (B)' in report
    assert "suggested: corroborated" not in report.split("A1 <-> B1")[1].splitlines()[0]
