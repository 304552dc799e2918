"""A body named in full on one side and by its initials on the other is one name, not two names the claim is
told of: "The deal has been approved by the English Football League" / "The EFL has yet to approve the
takeover" denies the approval (CLI QA pass 35: the note was dropped as told of another name)."""

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, link_notes

_A = """Tranmere Rovers: US-led consortium completes takeover

The deal has been approved by the English Football League, which carried out its owners' and directors' test last month.

The group, led by Boston-based private equity investor Daniel Kessler, has acquired an 80 per cent stake in the League One club.

Tranmere are currently 12th in League One after two wins from their opening four games.
"""

_B = """Inside the Tranmere takeover

{body} has yet to approve the takeover, and the league's owners' and directors' test is still under way, according to two people briefed on the process.

A consortium of four investors led by Daniel Kessler, a Boston private equity manager, has bought a 75% stake from Mark and Nicola Palios.

Tranmere sit 14th in League One after four matches.
"""


def _approval_notes(body: str) -> list[str]:
    comparison = compare(document_from_text(_A), document_from_text(_B.format(body=body)))
    (link,) = [link for link in comparison.links if "approved" in comparison.a_sentences[link.a].text]
    return [note.kind for note in link_notes(comparison, link)]


def test_a_claim_denied_of_a_body_named_by_its_initials_gets_its_note():
    assert NEGATED_ONLY in _approval_notes("The EFL")


def test_a_claim_denied_of_another_body_stays_quiet():
    assert NEGATED_ONLY not in _approval_notes("The FA")
