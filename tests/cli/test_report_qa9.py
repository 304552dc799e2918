"""The text report on two QA cases: a name changed where a kept name runs on into a long reworded
run ("Dr Ingrid [Solvang, the cardiologist who led the study at]" / "Dr Ingrid [Solberg, of]") is a
change of names; a quotation both reports give alike but put in different mouths ("the judge" /
"prosecutor Sam Ito") is said by different people, and the link corroborates nothing."""

from __future__ import annotations

import json

import pytest

from report_lines import called_out, report_of_sentences
from reader.cli.report import comparison_dict
from reader.core.compare import compare
from reader.core.document import document_from_text


def _header(report: str) -> str:
    return report.split("== Aligned ==")[1].strip().splitlines()[0]


@pytest.mark.parametrize("a, b, line", [
    ('"These are the strongest results we have seen," said Dr. Ingrid Solvang, the cardiologist who led '
     'the study at Oslo University Hospital.',
     '"These are the strongest results we have seen," said Dr Ingrid Solberg, of Oslo University Hospital, '
     'who led the research.',
     'names differ: "Solvang" (A) vs "Solberg" (B)'),
    ("The budget was announced by Prime Minister Keir Starmer, who spoke at length about growth in the "
     "north of England.",
     "The budget was announced by Prime Minister Rishi Sunak in the north of England.",
     'names differ: "Keir Starmer" (A) vs "Rishi Sunak" (B)'),
])
def test_a_name_running_on_into_a_long_reworded_run_is_told(a, b, line):
    assert called_out(report_of_sentences(a, b), "names differ") == [line]


@pytest.mark.parametrize("a, b", [
    # A comma ends the kept name: what follows is no rest of it.
    ("Two people were hurt in Oslo, Norwegian police said on Sunday after the storm passed over the coast.",
     "Two people were hurt in Oslo, Reuters reported on Sunday after the storm."),
])
def test_no_name_runs_on_past_a_comma(a, b):
    assert called_out(report_of_sentences(a, b), "names differ") == []


_QUOTE = '"This was greed, pure and simple,"'


@pytest.mark.parametrize("a, b, line", [
    (f"{_QUOTE} the judge told him.", f"{_QUOTE} prosecutor Sam Ito told the court.",
     'said by different people: "the judge" (A) vs "prosecutor Sam Ito" (B)'),
    ('"This was greed, pure and simple, and the victims will carry the cost for years," said Judge Ann Lee '
     'as she passed sentence.',
     "Defence lawyer Sam Ito told the court: “This was greed, pure and simple, and the victims will carry the "
     "cost for years.”",
     'said by different people: "Judge Ann Lee" (A) vs "Defence lawyer Sam Ito" (B)'),
    ("'We were the better side for most of the game,' the coach said after the final whistle.",
     "'We were the better side for most of the game,' the captain said after the final whistle.",
     'said by different people: "the coach" (A) vs "the captain" (B)'),
])
def test_a_quotation_given_to_different_people_is_told_and_not_corroborated(a, b, line):
    report = report_of_sentences(a, b)
    assert called_out(report, "said by different people") == [line]
    assert _header(report).startswith("A1 <-> B1  related,")
    assert "corroborated" not in report


def test_the_json_reads_the_link_as_the_report_does():
    comparison = compare(document_from_text(f"Report\n\n{_QUOTE} the judge told him.\n"),
                         document_from_text(f"Report\n\n{_QUOTE} prosecutor Sam Ito told the court.\n"))
    shape = json.loads(json.dumps(comparison_dict(comparison)))
    assert [link["relation"] for link in shape["links"]] == ["related"]
    assert [s["suggested"] for s in shape["a"]["sentences"] if s["kind"] == "body"] == [None]


@pytest.mark.parametrize("a, b", [
    # A speaker named on one side only, or "he" against a name, may be one person.
    (f"{_QUOTE} the judge told him.", f"{_QUOTE} Sam Ito told the court."),
    (f"{_QUOTE} the judge told him.", f"{_QUOTE} he told the court."),
    (f"{_QUOTE} said Judge Ann Lee.", f"The judge said: {_QUOTE[:-2]}.\""),
    # A name respelled is told as such ("names differ"), not as another speaker.
    ('"These are the strongest results we have seen," said Dr. Ingrid Solvang of Oslo University Hospital.',
     '"These are the strongest results we have seen," said Dr. Ingrid Solberg of Oslo University Hospital.'),
    # A firm and the person who speaks for it; a speaker described against the same one named.
    ('"As a responsible leader we feel it necessary to make these changes," Microsoft told the BBC.',
     '"As a responsible leader we feel it necessary to make these changes," said Gillian Kent, director at '
     'MSN UK.'),
    ('"By its actions, the administration threatens to give a bad name to a just war," Lieberman said.',
     '"By its actions, the administration threatens to give a bad name to a just war," the Connecticut '
     'Democrat told a news conference.'),
    # Two spokesmen of one part: nothing tells them apart.
    ("'We will not stop until the job is done,' a police spokesman said on Monday.",
     "'We will not stop until the job is done,' a spokeswoman for the force said on Monday."),
])
def test_speakers_that_may_be_one_person_are_no_difference(a, b):
    assert called_out(report_of_sentences(a, b), "said by different people") == []
