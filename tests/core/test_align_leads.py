"""Two outlets' leads tell the one event in their own words: they are linked on less evidence
than other sentences, in two reports of one story, unless one has a restatement elsewhere."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text

# The two leads share "heart attack" and "cholesterol" and little else; the rest of the two
# reports quote one trial, as outlets do.  (Were A's second sentence the one naming the drug and
# its maker, B's lead would be its best partner among the leads, and taken by it.)
REPORT_A = """Weekly jab cuts heart attacks

A once-weekly injection reduced the risk of heart attack by 23% in people with high cholesterol who
had already had one cardiac event, according to results of a large trial.

Doctors give it under the skin, and patients can learn to do it at home.

The trial enrolled 4,812 patients in 19 countries and followed them for three years.

Side effects were mild, the researchers said, with injection-site redness the most common.

The company plans to seek approval in Europe next year.
"""

REPORT_B = """Novaris drug lowers heart attack risk

Novaris Therapeutics' investigational cholesterol drug veltrazumab lowered the chance of a heart
attack by 32 per cent compared with placebo, the company said on Monday.

The trial enrolled 4,812 patients in 19 countries and followed them for three years.

Side effects were mild, with injection-site redness the most common, researchers said.

Novaris plans to seek approval in Europe next year.
"""

LEAD_A = "A once-weekly injection reduced the risk"
LEAD_B = "Novaris Therapeutics' investigational cholesterol drug"


def _link_between(comparison, a_words: str, b_words: str):
    for link in comparison.links:
        if (comparison.a_sentences[link.a].text.startswith(a_words)
                and comparison.b_sentences[link.b].text.startswith(b_words)):
            return link
    return None


def test_two_reports_leads_told_in_other_words_are_linked_and_their_figures_compared():
    comparison = compare(document_from_text(REPORT_A), document_from_text(REPORT_B))
    link = _link_between(comparison, LEAD_A, LEAD_B)
    assert link is not None
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("23%", "32 per cent")]
    # The same either way round.
    mirrored = compare(document_from_text(REPORT_B), document_from_text(REPORT_A))
    assert _link_between(mirrored, LEAD_B, LEAD_A) is not None


def test_leads_of_two_different_stories_are_not_linked():
    # The same lead as B's, over a report of another story: nothing shows one story is told.
    other = REPORT_B.split("\n\n")[:2] + [
        "Shares in the company rose 4% in early trading in Zurich.",
        "Analysts at two banks raised their price targets.",
    ]
    unrelated = ("Weekly jab cuts heart attacks\n\nA once-weekly injection reduced the risk of heart attack by 23% "
                 "in people with high cholesterol, a trial found.\n\nThe city council approved a new bus lane on "
                 "Tuesday.\n\nThe mayor said the works would start in spring.")
    comparison = compare(document_from_text(unrelated), document_from_text("\n\n".join(other)))
    assert _link_between(comparison, "A once-weekly injection", LEAD_B) is None


def test_a_lead_restated_elsewhere_takes_no_lead_link():
    # B opens with another paragraph, and restates A's lead further down: A's lead has its partner.
    restated = REPORT_B.replace(
        "Novaris plans to seek approval in Europe next year.",
        "A once-weekly injection reduced the risk of heart attack by 23% in people with high cholesterol who "
        "had already had one cardiac event, according to results of a large trial.\n\n"
        "Novaris plans to seek approval in Europe next year.")
    comparison = compare(document_from_text(REPORT_A), document_from_text(restated))
    partners = [comparison.b_sentences[link.b].text for link in comparison.links
                if comparison.a_sentences[link.a].text.startswith(LEAD_A)]
    assert len(partners) == 1 and partners[0].startswith(LEAD_A)
