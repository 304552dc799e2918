"""The text report on a review's cases: "appear" that is an infinitive ("summoned to appear to give
evidence", "failed to appear to answer the charges") hedges nothing and leaves the link equivalent; a
party or a council named for another in front of a word one outlet capitalises and the other does
not ("The Labour Party" / "The Conservative party") is a change of names, while a body named on one
side and called by what it is on the other ("the Court of Arbitration for Sport" / "the court in
Lausanne") is none."""

from __future__ import annotations

import pytest

from report_lines import called_out, report_of_sentences


def _header(report: str) -> str:
    return report.split("== Aligned ==")[1].strip().splitlines()[0]


@pytest.mark.parametrize("a, b", [
    ("The former mayor of Dunmore has been summoned to appear to give evidence at the fraud trial of two "
     "council officials next month.",
     "The former mayor of Dunmore has been summoned to give evidence at the fraud trial of two council "
     "officials next month."),
    ("The driver failed to appear to answer the charges at Leeds Magistrates' Court on Monday.",
     "The driver failed to answer the charges at Leeds Magistrates' Court on Monday."),
    ("The two directors are due to appear to face charges of fraud at Southwark Crown Court next week.",
     "The two directors are due to face charges of fraud at Southwark Crown Court next week."),
])
def test_appear_as_an_infinitive_hedges_nothing(a, b):
    report = report_of_sentences(a, b)
    assert called_out(report, "hedg") == []
    assert _header(report).startswith("A1 <-> B1  equivalent,")


@pytest.mark.parametrize("a, b, line", [
    ("The fire did not appear to have spread beyond the kitchen of the restaurant, the brigade said.",
     "The fire did not spread beyond the kitchen of the restaurant, the brigade said.",
     'hedged only in A: "appear to have"'),
    ("The new plan appears to focus on rural areas where bus services were cut last year.",
     "The new plan focuses on rural areas where bus services were cut last year.",
     'hedged only in A: "appears to focus"'),
])
def test_appear_with_to_and_a_verb_still_hedges(a, b, line):
    report = report_of_sentences(a, b)
    assert called_out(report, "hedg") == [line]
    assert _header(report).startswith("A1 <-> B1  related,")


@pytest.mark.parametrize("a, b, line", [
    ("The Labour Party held the seat with a majority of 4,210, the returning officer said on Friday.",
     "The Conservative party held the seat with a majority of 4,210, the returning officer said on Friday.",
     'names differ: "Labour" (A) vs "Conservative" (B)'),
    ("Flood defences were paid for by Kent County Council after the storms of last winter.",
     "Flood defences were paid for by Essex county council after the storms of last winter.",
     'names differ: "Kent" (A) vs "Essex" (B)'),
    ("Rescuers pulled two walkers from the River Severn near the town on Sunday morning.",
     "Rescuers pulled two walkers from the river Wye near the town on Sunday morning.",
     'names differ: "Severn" (A) vs "Wye" (B)'),
])
def test_a_name_put_for_another_beside_a_word_cased_two_ways_is_told(a, b, line):
    assert called_out(report_of_sentences(a, b), "names differ:") == [line]


@pytest.mark.parametrize("a, b", [
    ("Her team said she was considering an appeal against the length of the ban to the Court of "
     "Arbitration for Sport.",
     "Her team said she was considering an appeal against the length of the ban to the court in Lausanne."),
    ("The papers were not given to us but found by our reporter, David Blair, in the Foreign Ministry in "
     "Baghdad.",
     "The papers were not given to us but found by our reporter in Iraq's foreign ministry, he said."),
])
def test_a_body_named_on_one_side_and_described_on_the_other_is_no_change_of_names(a, b):
    report = report_of_sentences(a, b)
    assert "A1 <-> B1" in report
    assert called_out(report, "names differ:") == []
