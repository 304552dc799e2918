"""A line one report lays out as furniture and the other tells as story is story on both sides."""

from __future__ import annotations

from pathlib import Path

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.model import Sentence
from reader.core.numbers import find_numbers
from reader.core.restated_lines import told_as_story_elsewhere, words_besides_figures
from reader.core.sentences import document_sentences

RESULTS_PAGE = Path(__file__).resolve().parents[1] / "data" / "furniture_heldout21" / "kenya_lari_byelection_results.txt"

# The same result told by a second outlet: two rows of the table stand on their own, with no line
# introducing them, and one of them gives another count.
SECOND_OUTLET = """Njenga wins Lari seat

Peter Kamau Njenga of UDA has won the Lari constituency by-election, the electoral commission said on Friday.

Grace Wanjiru Muigai (DCP): 22,410 (40.8%)

Peter Kamau Njenga (UDA): 28,915 (53.3%)

Turnout was well below the 71.6 per cent recorded in the constituency in the 2022 General Election.

Muigai conceded defeat in a post on X shortly after the declaration.
"""


def _sentence(index: int, text: str, kind: str = "body", reason: str = "") -> Sentence:
    return Sentence(index, 0, len(text), text, kind, reason)


def test_rows_alone_read_as_headings_on_their_own_page():
    """The premise: without the other report, the bare rows are read by their shape."""
    rows = [s for s in document_sentences(document_from_text(SECOND_OUTLET, title="b")) if "(DCP)" in s.text]
    assert [s.kind for s in rows] == ["heading"]


def test_a_table_row_the_other_report_tells_as_story_is_linked_and_its_count_disputed():
    comparison = compare(load_document(RESULTS_PAGE), document_from_text(SECOND_OUTLET, title="b"))
    row = next(s for s in comparison.b_sentences if s.text.startswith("Grace Wanjiru Muigai (DCP)"))
    assert row.kind == "body"
    links = [link for link in comparison.links if link.b == row.index]
    assert len(links) == 1
    partner = comparison.a_sentences[links[0].a]
    assert partner.text.startswith("Grace Wanjiru Muigai (DCP): 22,140")
    assert [(x.surface, y.surface) for x, y in links[0].numbers.conflict] == [("22,140", "22,410")]
    # The row told alike is linked too, and agrees.
    same = next(s for s in comparison.b_sentences if s.text.startswith("Peter Kamau Njenga (UDA)"))
    agreeing = [link for link in comparison.links if link.b == same.index]
    assert len(agreeing) == 1 and not agreeing[0].numbers.conflict


def test_words_besides_figures_leave_out_digits_and_number_words():
    row = _sentence(0, "Others (three candidates): 835 (1.5%)")
    assert words_besides_figures(row, find_numbers(row.text)) == ("others", "candidates")


def _taken(line: Sentence, story: Sentence) -> set[int]:
    return told_as_story_elsewhere([line], [find_numbers(line.text)], [story], [find_numbers(story.text)])


def test_only_furniture_judged_by_its_shape_is_taken_back():
    story = _sentence(0, "Turnout: 51.8%")
    assert _taken(_sentence(0, "Turnout: 48.8%", "boilerplate", "page label"), story) == {0}
    assert _taken(_sentence(0, "Turnout: 48.8%", "heading", "subheading"), story) == {0}
    # A byline, a dateline or a caption is furniture whatever the other report makes of it.
    assert _taken(_sentence(0, "Turnout: 48.8%", "boilerplate", "byline"), story) == set()
    assert _taken(_sentence(0, "Turnout: 48.8%", "heading", "headline"), story) == set()


def test_a_line_is_taken_back_only_for_the_same_words_and_a_figure_on_both_sides():
    line = _sentence(0, "Votes cast: 54,873", "boilerplate", "page label")
    assert _taken(line, _sentence(0, "Votes cast: 54,876")) == {0}
    assert _taken(line, _sentence(0, "Ballots cast: 54,876")) == set()  # other words
    assert _taken(line, _sentence(0, "Votes cast")) == set()  # no figure to compare
    assert _taken(_sentence(0, "Votes cast", "boilerplate", "page label"), _sentence(0, "Votes cast")) == set()
    # The other report's line must be story: two pages laying it out alike prove nothing.
    assert _taken(line, _sentence(0, "Votes cast: 54,876", "boilerplate", "page label")) == set()


def test_a_long_line_reworded_a_little_is_taken_back_and_a_short_one_is_not():
    standfirst = _sentence(0, "Victims as old as 93 were told their roofs were about to collapse and pressured "
                              "into paying thousands of pounds", "heading", "subheading")
    opening = _sentence(0, "Victims as old as 96 were informed their roofs were about to collapse and pressured "
                           "into paying thousands of pounds")
    assert _taken(standfirst, opening) == {0}
    # Another claim in the same frame is no rewording: half its words differ.
    other = _sentence(0, "Neighbours as young as 30 were asked to pay for scaffolding that was never put up")
    assert _taken(standfirst, other) == set()


# A running story: one report ends with a link to an earlier instalment, whose title gave the toll of its day.
LINKING_REPORT = """Israeli strikes kill dozens in Rafah as talks stall

Israeli air strikes killed at least 40 people in Rafah overnight, Palestinian medics said on Thursday.

The health ministry in Gaza said the number of Palestinians killed since October had risen above 35,000.

Ceasefire talks in Cairo ended on Wednesday without agreement, Egyptian officials said.

Related: Gaza death toll passes 30,000, health ministry says

Aid agencies warned that fuel for hospitals would run out within days.
"""
TODAYS_REPORT = """Dozens killed in Rafah strikes as ceasefire talks falter

Israeli air strikes on Rafah killed at least 40 people overnight, according to Palestinian medics.

Gaza death toll passes 35,000, health ministry says.

The talks in Cairo ended on Wednesday with no agreement, according to Egyptian officials.

Aid agencies said hospitals would run out of fuel within days.
"""


def test_a_labelled_link_to_an_earlier_article_stays_furniture_and_disputes_nothing():
    comparison = compare(document_from_text(LINKING_REPORT, title="a"), document_from_text(TODAYS_REPORT, title="b"))
    link_line = next(s for s in comparison.a_sentences if s.text.startswith("Related:"))
    assert (link_line.kind, link_line.reason) == ("boilerplate", "related link")
    assert not any(link.numbers.conflict for link in comparison.links)
    toll = next(s.index for s in comparison.a_sentences if "35,000" in s.text)
    assert any(link.a == toll and link.numbers.agree for link in comparison.links)


def test_a_title_in_a_list_of_related_stories_stays_furniture_when_the_other_tells_it_as_a_sentence():
    listing = LINKING_REPORT.replace("Related: Gaza death toll passes 30,000, health ministry says\n\n", "") + (
        "\nRelated stories\n\nGaza death toll passes 30,000, health ministry says\n\nHostage families march on Jerusalem\n")
    comparison = compare(document_from_text(listing, title="a"), document_from_text(TODAYS_REPORT, title="b"))
    title = next(s for s in comparison.a_sentences if s.text.startswith("Gaza death toll"))
    assert title.kind == "boilerplate"
    assert not any(link.numbers.conflict for link in comparison.links)

