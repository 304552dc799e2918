"""A sentence and its contradiction, word for word the same but for a negation or an opposite,
are two claims that dispute each other: "related", never "equivalent"."""

from __future__ import annotations

import pytest

from reader.core.compare import Analysis, compare
from reader.core.document import document_from_text


def relation(a: str, b: str) -> str:
    comparison = compare(document_from_text(a), document_from_text(b))
    assert len(comparison.links) == 1
    return comparison.links[0].relation


@pytest.mark.parametrize("a, b", [
    ("The court found the former mayor of Lyon guilty of embezzlement on Monday.",
     "The court found the former mayor of Lyon not guilty of embezzlement on Monday."),
    ("Police said the driver of the lorry was drunk at the time of the crash.",
     "Police said the driver of the lorry was not drunk at the time of the crash."),
    ("Police said the driver of the lorry was drunk at the time of the crash.",
     "Police said the driver of the lorry wasn't drunk at the time of the crash."),
    ("The ministry confirmed that the ambassador had been recalled from Paris.",
     "The ministry denied that the ambassador had been recalled from Paris."),
    ("The union accepted the offer of a 4% pay rise after a ballot of its members.",
     "The union rejected the offer of a 4% pay rise after a ballot of its members."),
    ("All 48 passengers on the stricken coach survived, the fire service said.",
     "All 48 passengers on the stricken coach died, the fire service said."),
])
def test_a_claim_and_its_contradiction_differ(a, b):
    assert relation(a, b) == "related"
    assert relation(b, a) == "related"


@pytest.mark.parametrize("a, b", [
    # The negation is reworded with its clause, or only moves, or is said another way.
    ("The Pentagon singled out an officer, Dallager, for failing to address the scandal at the academy.",
     "The Pentagon singled out an officer, Dallager, for not addressing the scandal at the academy."),
    ("Most resistant bacteria growth among humans was due to overuse of antibiotics by doctors, not due to farmers.",
     "Most resistant bacteria growth among humans was not due to farmers, but to overuse of antibiotics by doctors."),
    ("Gibson said in a statement that neither he nor his film are anti-Semitic.",
     "Gibson said in a statement that he and his film are not anti-Semitic."),
    ("A reading below 50 suggests contraction in the sector, while a number above that indicates expansion.",
     "A reading above 50 suggests expansion in the sector, while a number below that indicates contraction."),
])
def test_a_negation_or_opposite_that_only_moves_turns_nothing_round(a, b):
    analysis = Analysis(document_from_text(a), document_from_text(b))
    assert not analysis.features(0, 0).diff.turned
    assert not Analysis(document_from_text(b), document_from_text(a)).features(0, 0).diff.turned


@pytest.mark.parametrize("a, b", [
    ("Two people were killed after the march in the city centre, police said.",
     "Two people were arrested after the march in the city centre, police said."),
    ("Police said 12 protesters were detained outside the parliament on Friday.",
     "Police said 12 protesters were injured outside the parliament on Friday."),
])
def test_one_count_of_people_with_two_fates_is_two_claims(a, b):
    assert relation(a, b) == "related"
    assert relation(b, a) == "related"


def test_no_before_a_figure_numbers_and_negates_nothing():
    from reader.cli.report import render_report

    a = "The rockfall happened in Shaft No. 3 during the night shift, the company said."
    b = "The rockfall happened in Shaft 3 during the night shift, the company said."
    assert not Analysis(document_from_text(a), document_from_text(b)).features(0, 0).diff.turned
    report = render_report(compare(document_from_text(a), document_from_text(b)))
    assert "negated" not in report and "opposite" not in report


@pytest.mark.parametrize("a, b", [
    ("There is no 24-hour cover at the fire station, the union said.",
     "There is 24-hour cover at the fire station, the union said."),
    ("The inspectors found no two flats with working alarms.",
     "The inspectors found two flats with working alarms."),
])
def test_a_lower_case_no_before_a_figure_still_negates(a, b):
    assert relation(a, b) == "related"


@pytest.mark.parametrize("a, b", [
    ("The two unions agreed to the terms of the pay offer on Tuesday evening.",
     "The two unions disagreed to the terms of the pay offer on Tuesday evening."),
    ("The rescue of the trapped climbers succeeded on the second attempt, officials said.",
     "The rescue of the trapped climbers failed on the second attempt, officials said."),
])
def test_opposites_in_the_past_tense_differ(a, b):
    assert relation(a, b) == "related"


def test_wont_is_will_not_the_past_of_win():
    from reader.core.terms import tokenize

    assert [t.key for t in tokenize("He won’t stay.") if t.surface.startswith("won")] == ["will"]


def test_the_report_reads_no_before_digits_as_the_relation_does():
    from reader.cli.report import render_report

    report = render_report(compare(
        document_from_text("The rockfall happened in Shaft No 3 during the night shift, the company said."),
        document_from_text("The rockfall happened in Shaft 3 during the night shift, the company said.")))
    assert "negated" not in report
