"""The outlet's statements about itself at the foot of the page (reader/core/furniture_outlet.py),
and heading-shaped lines in pieces, which label the page (furniture_context.mark_headings).

Every example is invented for this file.  The page names its outlet in its
masthead or copyright notice; a present-tense self-description under the story
is furniture, and the story of a paper that reports on itself stays story.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, kinds

from reader.core.document import load_document
from reader.core.sentences import document_sentences

FOOT = "© 2025 Harwick Gazette Media Ltd."


def page_with_foot(*lines: str) -> str:
    return "\n\n".join(("Ferry terminal to close after 90 years", LEDE, STORY, CLOSE, *lines, FOOT))


def test_self_descriptions_under_the_story_are_furniture():
    statements = ("The Harwick Gazette is a member of the Press Council and subscribes to its Code of Practice.",
                  "Harwick Gazette has served the town and its ferry villages since 1889.")
    result = kinds(page_with_foot(*statements))
    for statement in statements:
        assert result[statement] == ("boilerplate", "about the outlet"), statement
    assert_story_kept(result)


def test_the_paper_reporting_on_itself_stays_story():
    story = ("The Harwick Gazette is a defendant in the case, which the council brought in March.",
             "The Harwick Gazette has been sold to a hedge fund, its owners said on Tuesday.",
             "“The Harwick Gazette is a member of the Press Council,” the editor told the hearing.")
    result = kinds(page_with_foot(*story))
    for sentence in story:
        assert result[sentence] == ("body", ""), sentence


def test_without_a_name_from_the_furniture_nothing_is_marked():
    statement = "The Harwick Gazette is a member of the Press Council and subscribes to its Code of Practice."
    text = "\n\n".join(("Ferry terminal to close after 90 years", LEDE, STORY, CLOSE, statement))
    assert kinds(text)[statement] == ("body", "")


# Heading-shaped lines in pieces (furniture_context.mark_headings).

def test_a_heading_shaped_line_in_pieces_labels_the_page():
    for strip in ("18/03/2025 · 4:12pm (updated 6:40pm)", "Stori blong / Reported by Leias Tamata",
                  "12 comments · Sort by: Newest", "Log in | Subscribe from R49 a month"):
        result = kinds(page_with_foot(strip, "The council met again on Wednesday to hear objections from ferry users."))
        assert result[strip] == ("boilerplate", "page label"), strip


def test_a_subheading_in_one_piece_and_a_marked_heading_stay_headings(tmp_path):
    subheading = "What the islanders want"
    result = kinds(page_with_foot(subheading, "The community council sent the operator a list of four demands."))
    assert result[subheading] == ("heading", "subheading")
    markdown = tmp_path / "ferry.md"
    markdown.write_text("# Ferry terminal to close\n\n" + LEDE + "\n\n## Before · after\n\n" + STORY + "\n",
                        encoding="utf-8")
    document = load_document(markdown)
    marked = {s.text: s.kind for s in document_sentences(document)}
    assert marked["Before · after"] == "heading"
