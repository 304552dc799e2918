"""The source pickers' list: no article is listed twice, no two look alike; pasted markup is read as such."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.document import document_from_text
from reader.core.errors import ParallaxError
from reader.ui.sources import Source, Story, pasted_document, pasted_format


def test_a_copy_of_a_listed_article_is_not_listed_again(seeds, tmp_path):
    story = Story([Source(label=p.name, path=str(p)) for p in seeds])
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(seeds[2], copy)
    assert story.add(Source(label="copy", path=str(copy))) == 2
    assert len(story) == 5


def test_a_different_article_is_added(seeds, tmp_path):
    story = Story([Source(label=p.name, path=str(p)) for p in seeds])
    other = tmp_path / "other.txt"
    other.write_text(seeds[2].read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert story.add(Source(label="other", path=str(other))) == 5
    assert story.add(Source(label="missing", path=str(tmp_path / "missing.txt"))) == 6


# ---- two versions of one article -------------------------------------------------------

def test_sources_with_the_same_title_are_told_apart_by_file_name(tmp_path):
    story = Story([Source(label="Regional train derails", path=str(tmp_path / "gazette.txt")),
                   Source(label="Another story", path=str(tmp_path / "wire.md")),
                   Source(label="Regional train derails", path=str(tmp_path / "gazette_v2.txt"))])
    texts = [text for text, _tip in story.labels()]
    assert texts == ["1. Regional train derails (gazette.txt)", "2. Another story",
                     "3. Regional train derails (gazette_v2.txt)"]


def test_files_of_one_name_are_told_apart_by_their_folders(tmp_path):
    story = Story([Source(label="Storm", path=str(tmp_path / "2024" / "story.html")),
                   Source(label="Storm", path=str(tmp_path / "2025" / "story.html")),
                   Source(label="Storm", document=document_from_text("Storm\n\nIt rained."))])
    texts = [text for text, _tip in story.labels()]
    assert texts == [f"1. Storm ({Path('2024', 'story.html')})", f"2. Storm ({Path('2025', 'story.html')})",
                     "3. Storm (pasted text)"]
    assert len(set(texts)) == 3


def test_two_pasted_texts_with_one_title_are_numbered():
    story = Story([Source(label="Pasted: Storm", document=document_from_text("Storm\n\nIt rained.")),
                   Source(label="Pasted: Storm", document=document_from_text("Storm\n\nIt poured."))])
    assert [text for text, _tip in story.labels()] == ["1. Pasted: Storm (pasted text 1)",
                                                       "2. Pasted: Storm (pasted text 2)"]


def test_removing_a_source_renumbers_the_pair_after_it(tmp_path):
    story = Story([Source(label=name, path=str(tmp_path / name)) for name in ("a", "b", "c", "d")])
    assert story.remove(1, (0, 3)) == (0, 2)
    assert [s.label for s in story.sources] == ["a", "c", "d"]
    assert story.remove(2, None) is None


# ---- a file that disappears after it was read ------------------------------------------

def test_a_file_read_before_is_its_last_reading_once_deleted(seeds, tmp_path):
    article = tmp_path / "wire.txt"
    shutil.copy(seeds[1], article)
    source = Source(label="wire", path=str(article))
    first, problem = source.read()
    assert problem == ""
    article.unlink()
    again, problem = source.read()
    assert again is first
    assert "wire.txt" in problem and "no such file" in problem


def test_a_file_read_again_when_it_is_still_there_shows_its_edits(seeds, tmp_path):
    article = tmp_path / "wire.txt"
    shutil.copy(seeds[1], article)
    source = Source(label="wire", path=str(article))
    source.read()
    article.write_text("An edited article.\n\nIt says something else now.\n", encoding="utf-8")
    assert source.read()[0].text.startswith("An edited article.")


def test_a_missing_file_never_read_is_named_in_the_error(tmp_path):
    source = Source(label="gone", path=str(tmp_path / "gone.html"))
    with pytest.raises(ParallaxError, match="gone.html"):
        source.read()


# ---- pasted Markdown and HTML ------------------------------------------------------------

MARKDOWN = """# Train leaves tracks at Halden bridge; 17 hurt

*Coastal Wire — 11 March 2025*

Seventeen people were hurt when a commuter train came off the tracks near Halden, Vy said.

Read more: [Rail safety in Norway](https://example.com/rail)
"""

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Train leaves tracks | Coastal Wire</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Train leaves tracks</h1><p>Seventeen people were hurt near Halden, Vy said.</p></article>
</body></html>
"""


@pytest.mark.parametrize("text, expected", [
    (MARKDOWN, "md"),
    ("## Update\n\nThe line reopened.\n\n## Background\n\nIt closed on Monday.\n", "md"),
    ("# Storm\n\nWinds reached 90 km/h.<br>\nSee <a href='x'>this</a> and <a href='y'>that</a>, *officials* said.\n",
     "md"),
    (HTML, "html"),
    ("<p>Winds reached 90 km/h.</p><p>Two ferries were cancelled.</p><p>Schools closed.</p>", "html"),
    # Prose copied from a page: a stray "*", "#1" or "_" leaves it text.
    ("Storm hits coast\n\nThe #1 ferry route closed. Prices rose 5% * 2 weeks, said_one official.\n", "txt"),
    ("Storm hits coast\n\n*Correction: an earlier version gave the wrong date.*\n", "txt"),
    ("# of ferries cancelled: 14\n\nOfficials gave no reason.\n", "txt"),
    ("# Train derails near Halden\n\nFourteen people were hurt.\n\nThe line is closed.\n", "md"),  # title first
    ("The page uses <p> and <br> and <a> tags for its layout.\n", "txt"),  # prose about HTML
])
def test_pasted_text_is_read_as_markup_only_when_it_clearly_is(text, expected):
    assert pasted_format(text) == expected


def test_pasted_markdown_is_read_as_a_markdown_file_would_be():
    document = pasted_document(MARKDOWN)
    assert document.format == "md"
    assert document.title == "Train leaves tracks at Halden bridge; 17 hurt"
    assert "#" not in document.text and "*" not in document.text and "https://" not in document.text
    assert document.headings
    # Pasting it again is the same source (and finds its tags); the markup as it stood is another.
    assert document.sha256 == pasted_document(MARKDOWN).sha256 != document_from_text(MARKDOWN).sha256


def test_pasted_html_source_is_read_as_a_page():
    document = pasted_document(HTML)
    assert document.format == "html"
    assert "<" not in document.text and "DOCTYPE" not in document.text
    assert "Seventeen people were hurt near Halden" in document.text


def test_pasted_prose_is_kept_as_it_is():
    text = "Storm hits coast\n\nThe #1 ferry route closed, *officials* said.\n"
    assert pasted_document(text) == document_from_text(text)


def test_pasted_html_without_words_is_refused():
    with pytest.raises(ParallaxError, match="no readable text"):
        pasted_document("<!DOCTYPE html><html><head><script>var x = 1;</script></head><body></body></html>")
