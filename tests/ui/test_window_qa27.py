"""What the tips over a figure say when the other sentence writes its figure elsewhere or words its
place without one, which of two partners a sentence's words are marked against, what the status line
counts, and an article set beside itself (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_window_qa26 import mark_starting, position_of, word_spans
from test_window_qa26 import tooltip_at as shown_tooltip
from written_files import write_pair

REPORT_A = """Fraudster jailed for stealing pensioners' savings

A financial adviser who stole £1.2m from elderly clients has been jailed for eight years.

Marcus Ellery, 47, was convicted of seven counts of fraud by abuse of position after an 11-week trial.

About 230 investors handed money to Ellery's firm, Solent Wealth, believing it was being put into safe bonds.

The 62-year-old earthen dam held about 45 million cubic metres of water before it failed, according to state records.

A heatwave pushed the power grid in the southern Plains to the brink on Tuesday as temperatures reached 41.2C in Tulsa, breaking a record set in 1958.

The trial enrolled 4,812 adults aged 50 to 75 who had already had a heart attack or stroke.

Judge Philippa Crane said Ellery had preyed on the trust of people who had worked all their lives.
"""

REPORT_B = """Hampshire adviser jailed over pension fraud

A financial adviser who stole £1.2m from elderly clients has been jailed for eight years.

Marcus Ellery (44), of Lymington, was found guilty of nine counts of fraud at Winchester Crown Court.

The trial lasted 11 weeks.

Some 230 investors gave money to his firm, Solent Wealth, believing it would go into safe bonds.

The earthen dam, which is 58 years old, holds 54,000 acre-feet of water when full, according to the irrigation district.

The mercury hit 104F in Tulsa on Tuesday, breaking a record that had stood since 1985, and the region's power grid strained to keep up.

The patients were aged between 50 and 75 and had all previously suffered a heart attack or stroke.

Judge Philippa Crane said Ellery had preyed on the trust of people who had worked all their lives.
"""

B_CONVICTION = "“Marcus Ellery (44), of Lymington, was found guilty…”"


@pytest.fixture
def reports(open_window, tmp_path):
    return open_window(write_pair(tmp_path, REPORT_A, REPORT_B))


def tooltip_at(view, position: int, monkeypatch) -> list[str]:
    """The lines of the tooltip the view shows when the mouse rests on the character at ``position``."""
    return shown_tooltip(view, position, monkeypatch).splitlines()


# ---- a figure's tips ------------------------------------------------------------------------

@pytest.mark.parametrize(("side", "figure", "conflict"), [
    # B writes its figure elsewhere in the sentence, so the word diff has A's as deleted.
    ("a", "62-year-old", "Number conflict — source B says “58 years old”"),
    ("a", "41.2C", "Number conflict — source B says “104F”"),
])
def test_a_figure_the_other_sentence_gives_otherwise_is_never_said_missing(reports, monkeypatch, side, figure,
                                                                          conflict):
    view = reports.view(side)
    assert tooltip_at(view, position_of(view, figure) + 1, monkeypatch) == [conflict]
    start = position_of(view, figure)
    assert not [s for s in view.plan.spans_between(start, start + len(figure)) if s.tip.startswith("Not in")]


def test_a_figure_set_against_words_holding_no_figure_is_told_by_the_ledger(reports, monkeypatch):
    a, b = reports.view("a"), reports.view("b")
    # B's "patients were" stands where A has "4,812 adults": B gives no figure for the patients.
    assert tooltip_at(a, position_of(a, "4,812") + 1, monkeypatch) == ["Not in source B"]
    # The words around the figure still say what B has in their place.
    assert tooltip_at(a, position_of(a, "adults aged") + 1, monkeypatch) == ["Source B: “patients were”"]
    # A's "A heatwave pushed the power grid…" is no temperature: only the conflict is said.
    assert tooltip_at(b, position_of(b, "104F") + 1, monkeypatch) == ["Number conflict — source A says “41.2C”"]
    # Set against words that hold a figure, the words are still quoted around it; over the figure,
    # B's "that had stood since 1985" is no phrase of the figure's own beside A's "set in 1958", and
    # the conflict alone is said.
    assert tooltip_at(b, position_of(b, "stood since") + 1, monkeypatch) == ["Source A: “set in 1958”"]
    assert tooltip_at(b, position_of(b, "1985") + 1, monkeypatch) == ["Number conflict — source A says “1958”"]


RESCUE_A = """Flood rescue in the Sesia valley

From 9.30pm rescue teams used boats to reach villages cut off by the water, the civil protection agency said.
"""

RESCUE_B = """Floods in the Sesia valley

Rescue teams set out at 21:30 and used boats to reach villages cut off by the floodwater, the civil protection agency said.
"""


def test_words_the_other_lacks_except_the_figure_it_gives_elsewhere():
    from reader.core.compare import compare
    from reader.core.document import document_from_text
    from reader.ui.plan import build_plan

    plan = build_plan(compare(document_from_text(RESCUE_A), document_from_text(RESCUE_B)))
    runs = ((plan.a, "From 9.30pm", "9.30pm", "B", "21:30"), (plan.b, "set out at 21:30 and", "21:30", "A", "9.30pm"))
    for side, words, figure, other, theirs in runs:
        text = side.document.text
        [tip] = {s.tip for s in side.spans if text[s.start:s.end] == words}
        # B has no "From", but it does give the time: "Not in source B" alone said it lacked both.
        assert tip == (f"Not in source {other}, but for “{figure}” (source {other} gives it elsewhere in the "
                       f"sentence: “{theirs}”)")


# ---- two partners ---------------------------------------------------------------------------

def test_a_sentence_is_marked_against_the_partner_its_figures_conflict_with(reports, monkeypatch):
    view = reports.view("a")
    conviction = mark_starting(view, "Marcus Ellery, 47")
    closest = max(conviction.links, key=lambda link: link.score)
    b_sentences = reports.view("b").plan.sentences
    # The closest partner by score shares only the trial's length, and no figure of it conflicts.
    assert b_sentences[closest.b].text.startswith("The trial lasted") and not closest.has_conflict

    spans = word_spans(view, conviction)
    changed = [(text, tip) for text, style, tip in spans if style.startswith("changed")]
    assert changed and all(B_CONVICTION in tip for _, tip in changed)
    assert not any("trial lasted" in tip for _, _, tip in spans)
    assert ", was convicted of " in [text for text, _ in changed]  # B's "was found guilty of"
    # The age told two ways is a conflict of that partner, and its tip says so.
    tips = tooltip_at(view, position_of(view, "47") + 1, monkeypatch)
    assert f"Number conflict — source B’s {B_CONVICTION} says “44”" in tips
    assert all(B_CONVICTION in tip for tip in tips)

    # The sentence's tooltip keeps the closest first, and says which one the marks follow.
    partners = [line for line in view.describe(conviction).splitlines() if line.startswith("In B:")]
    assert len(partners) == 2
    assert "“The trial lasted 11 weeks.”" in partners[0] and "marked against" not in partners[0]
    assert B_CONVICTION in partners[1] and partners[1].endswith("the words are marked against this one: its figures conflict")

    # The Tags panel's line quotes the figures of the partner the marks follow.
    view.setFocus()
    view.move_to(conviction.start)
    assert "number conflicts: “47” here, “44” in B; “seven” here, “nine” in B." in reports.tag_panel.current.plain()


def test_a_sentence_whose_closest_partner_carries_the_conflict_says_nothing_more(reports):
    view = reports.view("b")
    conviction = mark_starting(view, "Marcus Ellery (44)")
    assert len(conviction.links) == 1
    assert "marked against" not in view.describe(conviction)


# ---- the status line ------------------------------------------------------------------------

def test_the_status_line_counts_each_pair_of_figures_in_conflict(reports):
    # Three linked pairs disagree, some of them on two figures or more (41.2C / 104F and 1958 / 1985;
    # the age and the counts of the conviction): each pair of figures painted is counted.
    figures = sum(len(link.numbers.claim_conflicts) for link in reports.plan.comparison.links)
    sentences = sum(1 for link in reports.plan.comparison.links if link.has_conflict)
    assert sentences == 3 and figures > sentences
    assert f"{figures} number conflicts ·" in reports.status.text()
    from reader.ui.window import COUNTS_EXPLAINED

    assert reports.status.toolTip() == COUNTS_EXPLAINED


def test_an_article_beside_itself_is_said_to_be_the_same_text_in_the_status_line(open_window, tmp_path: Path):
    article = tmp_path / "a.txt"
    # A line said twice (a key event, then an entry's title) has one partner: once the status line
    # counted the other as "only in A" and "only in B" beside a strip saying nothing is compared.
    article.write_text(REPORT_A + "\nKey events\n\nMarcus Ellery, 47, was convicted of seven counts.\n\n"
                       "Marcus Ellery, 47, was convicted of seven counts.\n", encoding="utf-8")
    window = open_window([article, article])
    assert "same text" in window.warning_bar.text()
    assert window.status.text() == "A and B are the same text: nothing to compare"
