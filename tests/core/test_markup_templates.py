"""Client-side templates in a page: a script closed by its own end tag is never the page's text, however
much it looks like the page's markup and prose; a script whose end tag was lost still ends where the
page's text resumes.  Every text is invented."""

from __future__ import annotations

import pytest
from written_files import text_of

HEADLINE = "Storm batters coast"
STORY = [
    "A powerful storm battered the coast on Monday, cutting power to 20,000 homes, officials said.",
    "Winds of up to 90mph were recorded at the harbour, the weather service said.",
]
TEMPLATE_PROSE = "An earlier storm killed 12 people along the same stretch of coast last winter."


def page(between: str) -> str:
    """An article with ``between`` standing between its two paragraphs."""
    return (f"<!DOCTYPE html>\n<html><head><title>{HEADLINE}</title></head>\n<body>\n<article>\n"
            f"<h1>{HEADLINE}</h1>\n<p>{STORY[0]}</p>\n{between}<p>{STORY[1]}</p>\n</article>\n</body></html>")


def template(script_type: str) -> str:
    return (f'<script type="{script_type}" id="related-tpl">\n<li class="related">\n'
            f'  <a href="/news/earlier-storm">{TEMPLATE_PROSE}</a>\n</li>\n</script>\n')


@pytest.mark.parametrize("script_type", ["text/html", "text/template", "text/x-template", "text/x-handlebars-template"])
def test_a_closed_template_of_tags_and_prose_is_not_the_page_text(tmp_path, script_type):
    text = text_of(tmp_path, "story.html", page(template(script_type)))
    assert "earlier storm" not in text and all(sentence in text for sentence in STORY)


def test_a_closed_template_with_a_wrapper_of_tag_lines_is_not_the_page_text(tmp_path):
    """Lines of nothing but tags around a paragraph of prose, as the page's own markup would be."""
    script = ('<script type="text/x-template" id="note">\n<div class="note">\n<p>\n'
              f"{TEMPLATE_PROSE}\n</p>\n</div>\n</script>\n")
    text = text_of(tmp_path, "story.html", page(script))
    assert "earlier storm" not in text and all(sentence in text for sentence in STORY)


def test_a_template_before_a_script_that_lost_its_end_tag_stays_hidden(tmp_path):
    """The template is closed by its own end tag; the script after it lost its end, and the text after
    that script is still read."""
    lost = "<script>var slot = 'inline-1'; loadAds(slot);\n"
    text = text_of(tmp_path, "story.html", page(template("text/html") + lost))
    assert "earlier storm" not in text and "loadAds" not in text
    assert all(sentence in text for sentence in STORY)


def test_a_script_that_lost_its_end_tag_before_a_later_script_still_ends_where_the_text_resumes(tmp_path):
    """The next script's end tag closes the script that lost its own; the paragraphs in between are the page's."""
    lost = ("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'section': 'news'});\n"
            f"<div class=\"story-body\">\n<p>{TEMPLATE_PROSE}</p>\n"
            "<p>Engineers worked through the night to restore power to the worst-hit villages, the utility said.</p>\n"
            "<p>Schools along the coast will stay closed on Tuesday while the roads are cleared, the council said.</p>\n")
    later = "</div>\n<script>renderAds({'slots': ['rail']});</script>\n"
    text = text_of(tmp_path, "story.html", page(lost).replace("</article>", later + "</article>"))
    assert TEMPLATE_PROSE in text and all(sentence in text for sentence in STORY)
    assert "renderAds" not in text and "dataLayer" not in text
