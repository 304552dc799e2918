"""References a CMS escaped twice: a "less than" sign before a figure ("&amp;lt;35%") is decoded like "&amp;nbsp;",
while a tag a page about markup writes out ("&amp;lt;script") stays as written.  Every page here is invented."""

from __future__ import annotations

from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text

ESCAPED_ONCE = ("<html><body><h1>Drought hits reservoirs</h1><p>Stocks at the Kelder dam fell to &lt;35% of "
                "capacity in July, the water board said.</p><p>Hosepipes were banned&nbsp;across the county, "
                "and fines of &lt; &pound;1,000 were set.</p></body></html>")


def _paragraphs(page: str) -> list[str]:
    return html_to_text(page)[0].split("\n\n")


def test_a_less_than_sign_escaped_twice_is_decoded_with_the_other_references():
    escaped_twice = ESCAPED_ONCE.replace("&lt;", "&amp;lt;").replace("&nbsp;", "&amp;nbsp;").replace(
        "&pound;", "&amp;pound;")
    assert _paragraphs(escaped_twice) == _paragraphs(ESCAPED_ONCE)
    assert "fell to <35% of capacity" in _paragraphs(escaped_twice)[1]
    assert "fines of < £1,000" in _paragraphs(escaped_twice)[2]


def test_a_greater_than_sign_escaped_twice_in_markdown_is_decoded():
    text, _, _ = markdown_to_text("Wind gusts reached &amp;gt;90 mph on the coast&amp;nbsp;road.\n")
    assert text == "Wind gusts reached >90 mph on the coast road."


def test_a_tag_written_out_stays_as_written_beside_a_figure():
    page = ("<html><body><h1>Browser bug</h1><p>Pages that echo &amp;lt;script into a field leave 70% of "
            "users exposed, the researchers said.</p></body></html>")
    assert _paragraphs(page)[1] == ("Pages that echo &lt;script into a field leave 70% of users exposed, "
                                    "the researchers said.")
    # A text that writes a whole tag is about markup: its other brackets are shown as written too.
    text, _, _ = markdown_to_text("Type &amp;lt;b&amp;gt; for bold; it costs &amp;lt;1% of the page.\n")
    assert text == "Type &lt;b&gt; for bold; it costs &lt;1% of the page."
