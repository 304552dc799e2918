"""The outlet's statements about itself at the foot of the page (reader/core/furniture_outlet.py).

Every example is invented for this file.  The page names its outlet in its
masthead or copyright notice; a present-tense self-description under the story
is furniture, and the story of a paper that reports on itself stays story.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, kinds

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
