"""The text report on a QA pass's cases: a claim only inferred ("The attackers appear to have gained
access", "seems to have", "seemingly") is hedged on that side, and "appear" or "seem" with "to" and
a verb makes the link related, as "is said to have" does, while "appeared in court" and "appeared
to fans" hedge nothing; a respelled surname is told when an ending is added ("Delahunt" /
"Delahunty") and when the name moves in the sentence ("said Ruth Ashdown" / "Ruth Ashdowne ...
said"); and a body named on one side and called by what it is on the other ("the Court of
Arbitration for Sport" / "the court in Lausanne") is no change of names."""

from __future__ import annotations

import pytest

from reader.core.relation import alleges
from reader.core.terms import tokenize
from report_lines import called_out, report_of_sentences


# -- A claim only inferred -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("The attackers appear to have gained access through a supplier's remote-support account.",
     "The attackers gained access through a supplier's remote-support account.",
     'hedged only in A: "appear to have"'),
    ("The fire seems to have started in a kitchen on the ground floor, the brigade said.",
     "The fire started in a kitchen on the ground floor, the brigade said.",
     'hedged only in A: "seems to have"'),
    ("The gunman acted alone when he opened fire at the school, police said.",
     "The gunman appeared to have acted alone when he opened fire at the school, police said.",
     'hedged only in B: "appeared to have"'),
    ("The minister seemingly rejected the union's offer at the meeting on Friday.",
     "The minister rejected the union's offer at the meeting on Friday.",
     'hedged only in A: "seemingly"'),
    ("The minister appeared to reject the union's offer at the meeting on Friday.",
     "The minister rejected the union's offer at the meeting on Friday.",
     'hedged only in A: "appeared to reject"'),
])
def test_a_claim_only_inferred_is_hedged_on_its_side(a, b, line):
    assert called_out(report_of_sentences(a, b), "hedg") == [line]


@pytest.mark.parametrize("a, b", [
    ("The attackers appear to have gained access through a supplier's remote-support account.",
     "The attackers gained access through a supplier's remote-support account."),
    ("The gunman acted alone when he opened fire at the school, police said.",
     "The gunman appeared to have acted alone when he opened fire at the school, police said."),
    ("The minister appeared to reject the union's offer at the meeting on Friday.",
     "The minister rejected the union's offer at the meeting on Friday."),
])
def test_a_claim_only_inferred_on_one_side_makes_the_link_related(a, b):
    header = report_of_sentences(a, b).split("== Aligned ==")[1].strip().splitlines()[0]
    assert header.startswith("A1 <-> B1  related,")


@pytest.mark.parametrize("text, inferred", [
    ("The attackers appear to have gained access through a supplier's account.", True),
    ("The fire seems to be spreading towards the village.", True),
    ("The minister appeared to reject the offer.", True),
    ("The man appeared in court in Leeds on Monday.", False),
    ("The singer appeared to fans outside the venue.", False),
    ("The striker appeared to the crowd in a wheelchair.", False),
    ("A new variant of the virus appeared on Wednesday.", False),
])
def test_the_relation_reads_appear_or_seem_to_and_a_verb_as_unconfirmed(text, inferred):
    assert alleges(tokenize(text)) is inferred


@pytest.mark.parametrize("a, b", [
    ("The man appeared in court in Leeds on Monday charged with murder.",
     "The man was in court in Leeds on Monday charged with murder."),
    ("The singer appeared to fans outside the venue after the show on Saturday.",
     "The singer spoke to fans outside the venue after the show on Saturday."),
    ("The striker appeared to the crowd at the end of the match in a wheelchair.",
     "The striker waved to the crowd at the end of the match in a wheelchair."),
])
def test_appearing_somewhere_or_to_someone_hedges_nothing(a, b):
    assert called_out(report_of_sentences(a, b), "hedg") == []


# -- Respelled surnames ----------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("Fire Chief Marcus Delahunt told reporters crews had not given up hope of finding more survivors.\n\n"
     "The bridge passed its most recent inspection in May.",
     "Fire chief Marcus Delahunty said his crews were still treating the operation as a rescue.\n\n"
     "The bridge passed its most recent inspection in May.",
     'names differ: "Delahunt" (A) vs "Delahunty" (B)'),
    ('"This seizure has taken a huge amount of cocaine off our streets," said Ruth Ashdown, the agency\'s '
     "deputy director.",
     "Ruth Ashdowne, the agency's deputy director, said the seizure had \"taken a huge amount of cocaine off "
     'our streets".',
     'names differ: "Ashdown" (A) vs "Ashdowne" (B)'),
])
def test_a_respelled_surname_is_told(a, b, line):
    assert called_out(report_of_sentences(a, b), "names differ:") == [line]


# -- A body named on one side only -----------------------------------------------------------------

def test_a_body_named_on_one_side_and_called_by_what_it_is_on_the_other_is_no_change_of_names():
    report = report_of_sentences(
        "Her team said she was considering an appeal against the length of the ban to the Court of "
        "Arbitration for Sport.",
        "Her team said she was considering an appeal against the length of the ban to the court in Lausanne.")
    assert "A1 <-> B1" in report
    assert called_out(report, "names differ:") == []


@pytest.mark.parametrize("a, b, line", [
    ("Her team said she would appeal against the length of the ban to the Court of Arbitration in Lausanne.",
     "Her team said she would appeal against the length of the ban to the Court of Arbitration in Geneva.",
     'names differ: "Lausanne" (A) vs "Geneva" (B)'),
    ("Her team said she would appeal against the length of the ban to the court in Lausanne next week.",
     "Her team said she would appeal against the length of the ban to the court in Geneva next week.",
     'names differ: "Lausanne" (A) vs "Geneva" (B)'),
    ("There is no photograph of the bishop in the June issue examined by the Herald yesterday.",
     "There is no photograph of the bishop in the June issue examined by The Age yesterday.",
     'names differ: "Herald" (A) vs "Age" (B)'),
    ("The ruling was upheld by the Court of Appeal in London on Tuesday afternoon.",
     "The ruling was upheld by the Court of Session in London on Tuesday afternoon.",
     'names differ: "Appeal" (A) vs "Session" (B)'),
])
def test_a_name_put_for_another_beside_words_written_alike_is_still_told(a, b, line):
    assert called_out(report_of_sentences(a, b), "names differ:") == [line]
