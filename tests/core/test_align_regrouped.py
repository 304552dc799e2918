"""Two outlets group one story's facts into sentences differently: what one tells in one sentence,
the other tells in two, one after the other.  Both of the two are linked to the one, so the figures
each gives are compared (see align._facts_regrouped)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text

REPORT_A = """Dock workers vote to strike at Felmouth port

Dock workers at Felmouth have voted to walk out over pay, their union announced on Saturday.

The ballot closed on Thursday with a turnout of 61%, and four in five of those voting backed a walkout.

The union represents about 2,400 crane drivers, lashers and pilots at the port.

Port managers said they were disappointed and urged the union to return to talks.
"""

REPORT_B = """Felmouth dockers back walkout

Crane drivers and other dock staff at Felmouth port have backed strike action in a dispute over pay,
the union said.

The ballot closed on Thursday.

Ninety per cent of members who voted backed a walkout, on a turnout of 52%.

Roughly 2,400 port staff are members of the union.

Managers at the port said they were disappointed by the result.
"""


def _link(comparison, a_words: str, b_words: str):
    for link in comparison.links:
        if a_words in comparison.a_sentences[link.a].text and b_words in comparison.b_sentences[link.b].text:
            return link
    return None


def test_a_fact_told_beside_the_partners_link_is_linked_too_and_its_figures_compared():
    comparison = compare(document_from_text(REPORT_A), document_from_text(REPORT_B))
    # A's ballot sentence has its best partner in "The ballot closed on Thursday."; the turnout and the
    # share that voted for a walkout are in the sentence after it.
    assert _link(comparison, "The ballot closed on Thursday with", "The ballot closed on Thursday.") is not None
    link = _link(comparison, "The ballot closed on Thursday with", "Ninety per cent")
    assert link is not None
    assert {(x.surface, y.surface) for x, y in link.numbers.conflict} >= {("61%", "52%")}
    # The same either way round.
    mirrored = compare(document_from_text(REPORT_B), document_from_text(REPORT_A))
    assert _link(mirrored, "Ninety per cent", "The ballot closed on Thursday with") is not None


def test_a_fact_told_far_from_the_partners_link_is_not_taken_as_its_other_half():
    # The turnout sentence moved to the end: an outlet that splits a sentence writes the pieces
    # together, and a sentence far off that shares a few words may tell another claim.
    far = REPORT_B.replace(
        "Ninety per cent of members who voted backed a walkout, on a turnout of 52%.\n\n", "") + (
        "\nNinety per cent of members who voted backed a walkout, on a turnout of 52%.\n")
    comparison = compare(document_from_text(REPORT_A), document_from_text(far))
    assert _link(comparison, "The ballot closed on Thursday with", "Ninety per cent") is None


def test_a_weak_partner_that_shares_only_who_acts_is_another_claim():
    # B tells the minister's visit beside the sentence that tells what A does of her: the two share her
    # title and nothing that tells one fact (no figure of one kind), so the visit stays B's alone.
    a = ("Landslide buries cars on motorway\n\nThree people were killed when a landslide buried cars on the M62.\n\n"
         "Emergency crews worked through the night at the scene.\n\n"
         "The transport secretary said she was \"deeply saddened\" and promised a full review of slope safety.\n")
    b = ("Three dead in motorway landslide\n\nThree people were killed when a landslide buried cars on the M62.\n\n"
         "Emergency crews worked through the night at the scene.\n\n"
         "The transport secretary, Helen Vardy, visited the scene on Monday afternoon.\n\n"
         "She said she was \"deeply saddened\" by the deaths and ordered a review of slope safety.\n")
    comparison = compare(document_from_text(a), document_from_text(b))
    assert _link(comparison, "deeply saddened", "She said she was") is not None
    assert _link(comparison, "deeply saddened", "Helen Vardy, visited") is None
