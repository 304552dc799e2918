"""Pull quotes set apart from the story: a quotation in a <blockquote> (whatever the site calls it) or a
Markdown "> " block that the story also gives, often without its full stop or in bold, is a pull quote;
a heading the markup sets in quotation marks stays a heading; a quotation given only once stays story; and
a live blog's next post time under a pull quote is a post time, not the quote's speaker.  Every page here
is invented."""

from __future__ import annotations

import pytest
from sentence_kinds import of_file as kinds_of
from written_files import write

HEADLINE = "Tornado hits market town"
SPOKEN = '"We lost everything in about thirty seconds," said Tom Pruitt, whose house was destroyed.'
QUOTE = '"We lost everything in about thirty seconds"'
STORY = ["The tornado touched down on Tuesday evening near the town centre.",
         "Crews worked through the night to clear fallen trees from the roads."]


def _page(*blocks: str) -> str:
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            + "".join(blocks) + "".join(f"<p>{line}</p>" for line in STORY) + "</article></body></html>")


@pytest.mark.parametrize("block", [
    f'<blockquote class="pullquote">{QUOTE}</blockquote>',
    f'<blockquote class="pull-quote"><p>{QUOTE}</p></blockquote>',
    f'<blockquote class="quote--pull"><p>{QUOTE}</p></blockquote>',
    f"<blockquote>{QUOTE}</blockquote>",
    f'<figure class="pull_quote"><blockquote>{QUOTE}</blockquote></figure>',
])
def test_a_blockquote_repeating_the_story_without_its_full_stop_is_a_pull_quote(tmp_path, block):
    result = kinds_of(write(tmp_path, "tornado.html", _page(f"<p>{SPOKEN}</p>", block)))
    assert result[QUOTE] == ("boilerplate", "pull quote")
    assert result[SPOKEN] == ("body", "")


def test_the_speaker_under_a_pull_quote_is_its_attribution(tmp_path):
    block = f'<blockquote class="pullquote"><p>{QUOTE}</p><cite>Tom Pruitt</cite></blockquote>'
    result = kinds_of(write(tmp_path, "tornado.html", _page(f"<p>{SPOKEN}</p>", block)))
    assert result["Tom Pruitt"] == ("boilerplate", "pull quote")


def test_a_bold_markdown_quote_repeating_part_of_the_story_is_a_pull_quote(tmp_path):
    spoken = 'The company showed "a shocking disregard" for the river, Judge Helen Curry said.'
    page = write(tmp_path, "fine.md", f"# Water firm fined for river pollution\n\n{spoken}\n\n"
                 '> **"A shocking disregard for the river"**\n\nThe company was fined £250,000 on Monday.\n')
    result = kinds_of(page)
    assert result['"A shocking disregard for the river"'] == ("boilerplate", "pull quote")
    assert result[spoken] == ("body", "")


def test_a_heading_the_markup_sets_in_quotation_marks_stays_a_heading(tmp_path):
    spoken = '"I have never missed a shift in twenty-two years," said the driver, Maria Okafor.'
    page = write(tmp_path, "strike.md", "# Bus drivers walk out over pay\n\nDrivers began a 48-hour strike on "
                 "Friday.\n\n## 'I have never missed a shift in twenty-two years'\n\n"
                 f"{spoken}\n\nThe company said talks would resume next week.\n")
    assert kinds_of(page)["'I have never missed a shift in twenty-two years'"] == ("heading", "subheading")


def test_a_quotation_the_page_gives_only_in_a_blockquote_stays_story(tmp_path):
    quote = '"We will rebuild every home on this street, and we will start on Monday."'
    result = kinds_of(write(tmp_path, "tornado.html", _page("<p>The mayor spoke at the scene.</p>",
                                                             f"<blockquote>{quote}</blockquote>")))
    assert result[quote] == ("body", "")


def test_a_live_blog_post_time_under_a_pull_quote_is_a_post_time(tmp_path):
    spoken = '"We have been stuck in our cabin for three days," said passenger Alan Briggs.'
    page = write(tmp_path, "live.md", "# Live: outbreak on cruise ship\n\n### 13:50 BST\n\n"
                 "The cruise line denied reports that passengers had been confined to their cabins.\n\n"
                 f'{spoken}\n\n> "We have been stuck in our cabin for three days"\n\n### 1h ago\n\n'
                 "Buffets have been closed on the ship.\n")
    result = kinds_of(page)
    assert result['"We have been stuck in our cabin for three days"'] == ("boilerplate", "pull quote")
    assert result["1h ago"] == ("boilerplate", "post time")
    assert result["13:50 BST"] == ("boilerplate", "post time")
    assert result["Buffets have been closed on the ship."] == ("body", "")
