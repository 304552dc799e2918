"""Two small reports that open on one shared sentence (the same event told in other words) and then tell
the sentences under test, so those two are read as the second link of one story: their link, the report's
lines about it, and the lines that say a claim was turned round.  Shared by the tests of contradictions in
words."""

from __future__ import annotations

from report_lines import aligned_block, report_of

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, link_notes
from reader.core.suggest import DISPUTED, suggest

ANCHOR_A = "The MV Rahmat-2 overturned on the Meghna river on Tuesday, about 30km south of Dhaka."
ANCHOR_B = "The MV Rahmat-2 went down on the Meghna river on Tuesday, some 30 km south of Dhaka."


def link_of(a: str, b: str):
    """The comparison of two reports that open on the anchor and then tell ``a`` and ``b``, and the link of the
    two second sentences."""
    comparison = compare(document_from_text(f"{ANCHOR_A}\n\n{a}\n"), document_from_text(f"{ANCHOR_B}\n\n{b}\n"))
    (link,) = [link for link in comparison.links if link.a == 1 and link.b == 1]
    return comparison, link


def block_of(a: str, b: str) -> list[str]:
    """The report's lines of the link of the two second sentences: its header and what is said under it."""
    block = aligned_block(report_of(f"{ANCHOR_A}\n\n{a}\n", f"{ANCHOR_B}\n\n{b}\n"))
    start = next((k for k, line in enumerate(block) if line.startswith("A1 <-> B1")), None)
    if start is None:
        return []  # the two sentences are not linked: nothing said of them
    end = next((k for k in range(start + 1, len(block)) if " <-> " in block[k]), len(block))
    return block[start:end]


def turning_lines(block: list[str]) -> list[str]:
    """The lines of ``block`` that say one sentence turns the other's claim round."""
    return [line for line in block if line.startswith(("says the opposite", "negated only in"))]


def assert_disputed_with(a: str, b: str, line: str, kind: str = NEGATED_ONLY) -> None:
    """The link of ``a`` and ``b`` is related, its one note is of ``kind``, the report says ``line`` under it,
    and both sides are suggested disputed."""
    comparison, link = link_of(a, b)
    assert link.relation == "related"
    assert [note.kind for note in link_notes(comparison, link)] == [kind]
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED
    assert line in block_of(a, b)
