"""Two outlets' leads tell the one event in their own words: they are linked on less evidence
than other sentences, in two reports of one story, unless one has a restatement elsewhere."""

from __future__ import annotations

from reader.core import align
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


# A newsletter opens on a line of its own before its lead; the wire story's lead shares the
# company's name with that line about as well as with the newsletter's lead.
WIRE = """Halvard results beat forecasts

NEW YORK (MarketWire) - Halvard Logistics reported third-quarter revenue of $4.82 billion on Wednesday, up 11% from
a year earlier, as demand for its warehouse automation business offset weaker freight volumes.

Shares fell 6.5% in after-hours trading.

Revenue from the automation unit rose 34% to $1.9 billion, while freight revenue dropped 4%.

The company announced a $2bn share buyback programme to run over the next two years.

Halvard is reportedly in talks to buy rival Corvid Systems, a maker of warehouse sorting robots.

Halvard employs roughly 52,000 people worldwide.
"""

NEWSLETTER = """Halvard: a good quarter, a bad evening

Halvard Logistics had a good quarter and a bad evening.

The Minneapolis freight group said late on Wednesday that revenue rose 13 per cent year on year to $4.28bn in the
three months to 30 September, driven by its fast-growing warehouse automation arm.

The stock dropped 6.5 per cent in after-hours trade.

The automation division grew 34 per cent to $1.9bn, while freight sales slipped 4 per cent.

The company also unveiled a 2 billion dollar share repurchase over two years.

Halvard is in talks to acquire Corvid Systems, which makes sorting robots.

Halvard, which employs 52,000 people, has long been a bellwether for US logistics.
"""


def test_a_newsletters_opening_line_does_not_keep_the_leads_apart():
    comparison = compare(document_from_text(WIRE), document_from_text(NEWSLETTER))
    link = _link_between(comparison, "NEW YORK (MarketWire)", "The Minneapolis freight group")
    assert link is not None
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("$4.82 billion", "$4.28bn"),
                                                                          ("11%", "13 per cent")]


def test_a_lead_near_best_among_the_leads_is_linked():
    # A's lead scores 0.175 with B's opening line (linked already) and 0.16 with B's lead: near
    # its best (0.9 of it), so the two leads are linked; a pair below that share is not.
    terms = {"halvard": "name", "revenue": "word", "quarter": "word"}
    links = [(0, 0, 0.175), (2, 2, 0.5), (3, 3, 0.4)]
    scores = {(0, 0): 0.175, (0, 1): 0.16, (1, 1): 0.0, (2, 2): 0.5, (3, 3): 0.4}
    found = align._lead_links(scores, links, [terms] * 4, [terms] * 4, [0, 1], [0, 1])
    assert found == [(0, 1, 0.16)]
    scores[(0, 1)] = 0.15
    assert align._lead_links(scores, links, [terms] * 4, [terms] * 4, [0, 1], [0, 1]) == []
