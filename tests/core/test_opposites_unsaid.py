"""A report whose source has not said what the other report has it say disputes it: "Officials have yet to say
whether the road will reopen" / "Officials said the road will reopen" is a negation put in (review 9), and
the note quotes the whole negated run, the verb standing inside it."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


@pytest.mark.parametrize("a, b", [
    ("Officials have yet to say whether the road will reopen.", "Officials said the road will reopen."),
    ("Officials did not confirm if the road will reopen.", "Officials confirmed the road will reopen."),
])
def test_a_source_that_has_not_said_it_disputes_one_that_did(a, b):
    assert turned(a, b) and turned(b, a)


def test_a_decision_not_yet_taken_is_no_saying():
    assert not turned("Officials have not decided whether the road will reopen.", "Officials decided the road will reopen.")


def test_the_note_quotes_the_negated_run_whole():
    report = render_report(compare(document_from_text("Road\n\nOfficials have yet to say whether the road will reopen.\n"),
                                   document_from_text("Road\n\nOfficials said the road will reopen.\n")))
    assert 'negated only in A: "have yet to say whether"' in report
