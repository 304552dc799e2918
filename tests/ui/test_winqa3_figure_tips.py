"""What the tip over a figure in conflict says beside the conflict itself, and how the link bar quotes
conflicting figures (offscreen)."""

from __future__ import annotations

import pytest
from test_window_qa26 import mark_starting, position_of
from test_window_qa26 import tooltip_at as shown_tooltip
from window_steps import link_band_tips
from written_files import write_pair

REPORT_A = """Adviser jailed for stealing clients' savings

A financial adviser who stole £860,000 from elderly clients has been jailed for six years.

Dana Okafor, 52, was convicted of six counts of fraud by abuse of position after a 14-week trial.

About 140 investors handed money to Okafor's firm, Harbour Wealth, believing it was being put into safe bonds.

The ferry was carrying 214 passengers and 19 crew, the coastguard said.

Overall, 81.4% of entries achieved a pass, up 1.7 percentage points on last year.

The krona fell 1.2 per cent against the euro in early trading.

Consumer prices rose 3.6 per cent in the year to March, the statistics office said.
"""

REPORT_B = """Sussex adviser jailed over pension fraud

A financial adviser who stole £860,000 from elderly clients has been jailed for six years.

Dana Okafor (55), of Hove, was found guilty of eight counts of fraud at Lewes Crown Court.

The trial lasted 14 weeks.

Some 140 investors gave money to her firm, Harbour Wealth, believing it would go into safe bonds.

A passenger ferry carrying 241 passengers and 19 crew sank off the island on Wednesday.

The pass rate was 84.1%, 1.7 points higher than last year.

The krona lost 2.1% against the euro in early trading.

Annual inflation was 3.9% in March, the statistics office said.
"""

B_CONVICTION = "“Dana Okafor (55), of Hove, was found guilty…”"


@pytest.fixture
def reports(open_window, tmp_path):
    return open_window(write_pair(tmp_path, REPORT_A, REPORT_B))


def tooltip_at(view, words: str, monkeypatch) -> list[str]:
    """The lines of the tooltip over the first character of ``words`` in the view's article."""
    return shown_tooltip(view, position_of(view, words) + 1, monkeypatch).splitlines()


# ---- a figure in conflict -------------------------------------------------------------------

def test_a_figure_tip_names_the_partner_and_its_figure_once(reports, monkeypatch):
    a = reports.view("a")
    conviction = mark_starting(a, "Dana Okafor, 52")
    assert len(conviction.links) == 2  # B's conviction, and B's "The trial lasted 14 weeks."
    # The word diff set "52, was convicted of six" against "55), of Hove, was found guilty of eight":
    # a run begun inside B's brackets and holding both of its figures, quoted above each conflict.
    assert tooltip_at(a, "52,", monkeypatch) == [f"Number conflict — source B’s {B_CONVICTION} says “55”"]
    assert tooltip_at(a, "six counts", monkeypatch) == [f"Number conflict — source B’s {B_CONVICTION} says “eight”"]
    b = reports.view("b")
    assert tooltip_at(b, "55)", monkeypatch) == ["Number conflict — source A says “52”"]
    assert tooltip_at(b, "eight counts", monkeypatch) == ["Number conflict — source A says “six”"]


def test_a_words_tip_quotes_a_bracket_its_words_open_or_close(reports, monkeypatch):
    a = reports.view("a")
    # The run B has in place of ", was convicted of" begins inside its brackets: "55), of Hove, ...".
    assert tooltip_at(a, ", was convicted", monkeypatch) == [
        f"Source B’s {B_CONVICTION} says “(55), of Hove, was found guilty of eight”"]


def test_a_figure_tip_says_the_figure_once_when_the_words_are_the_figure(reports, monkeypatch):
    a, b = reports.view("a"), reports.view("b")
    assert tooltip_at(a, "214", monkeypatch) == ["Number conflict — source B says “241”"]
    assert tooltip_at(b, "241", monkeypatch) == ["Number conflict — source A says “214”"]


def test_a_figure_tip_never_quotes_words_about_another_figure(reports, monkeypatch):
    b = reports.view("b")
    # A's words in the place of "84.1%" are "up 1.7 percentage points on": the rise, not the pass rate.
    assert tooltip_at(b, "84.1%", monkeypatch) == ["Number conflict — source A says “81.4%”"]


def test_a_figure_tip_keeps_the_words_that_give_the_figure_otherwise(reports, monkeypatch):
    a, b = reports.view("a"), reports.view("b")
    # "lost" is B's own word for the fall the ledger calls "down": worth quoting beside it.  The
    # figure itself is quoted as written, with no "down" the writer did not use.
    assert tooltip_at(a, "1.2 per cent", monkeypatch) == [
        "Source B: “lost 2.1%”", "Number conflict — source B says “2.1%”"]
    assert tooltip_at(b, "2.1%", monkeypatch) == [
        "Source A: “fell 1.2 per cent”", "Number conflict — source A says “1.2 per cent”"]


# ---- the link bar ---------------------------------------------------------------------------

def link_tip(window, a_words: str, monkeypatch) -> str:
    """The link bar's tooltip over the link of A's sentence starting with ``a_words``."""
    window.linkbar.grab()
    index = mark_starting(window.view("a"), a_words).index
    [path] = [path for path, link in window.linkbar._painted if link.a == index]
    shown = link_band_tips(window, path, monkeypatch)
    assert shown, "no tooltip"
    return shown[-1]


def test_the_link_bar_quotes_the_figures_and_leaves_out_a_direction_it_read(reports, monkeypatch):
    reports.view("a").move_to(position_of(reports.view("a"), "Consumer prices"))
    # A wrote "rose 3.6 per cent": "up" is the ledger's word, not A's, so it is not quoted.
    assert "Numbers conflict: “3.6 per cent” ≠ “3.9%”" in link_tip(reports, "Consumer prices", monkeypatch)
    reports.view("a").move_to(position_of(reports.view("a"), "The ferry"))
    assert "Numbers conflict: “214” ≠ “241”" in link_tip(reports, "The ferry", monkeypatch)
