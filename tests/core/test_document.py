"""Loading article files: formats, encodings, line endings, titles, and every bad input."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from reader.core.document import MAX_BYTES, document_from_text, load_document
from reader.core.errors import DocumentError
from reader.core.sentences import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

ARTICLE = "Storm hits coast\n\nHeavy rain fell on Tuesday. The mayor said the café’s roof fell in.\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def round_trips(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


# --------------------------------------------------------------------------- plain text

def test_txt_is_kept_exactly(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    doc = load_document(path)
    assert doc.text == ARTICLE
    assert doc.format == "txt"
    assert doc.title == "Storm hits coast"
    assert doc.path == str(path)
    assert doc.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()


def test_title_falls_back_to_the_first_non_empty_line_and_skips_furniture(tmp_path):
    doc = load_document(write(tmp_path, "b.txt", "\n\n   Only one line here.  \n"))
    assert doc.title == "Only one line here."
    doc = load_document(write(tmp_path, "c.txt", "Share this article\nStorm hits coast\n\nRain fell.\n"))
    assert doc.title == "Storm hits coast"


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seeds_load(path):
    doc = load_document(path)
    assert doc.format == "txt"
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title and len(doc.title) < 160
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_seed_titles():
    titles = [load_document(p).title for p in SEEDS]
    assert titles[0] == "Former Wagner Group commander seeks asylum in Norway"
    assert titles[4] == "Andrey Medvedev: How Russian mercenary says he made an icy escape to Norway"


# --------------------------------------------------------------------------- encodings

def test_utf8_with_bom(tmp_path):
    data = b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")
    doc = load_document(write(tmp_path, "bom.txt", data))
    assert doc.text == ARTICLE  # the BOM is gone, nothing else changed
    assert doc.sha256 == hashlib.sha256(data).hexdigest()  # of the file's bytes, BOM included


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    data = bom + ARTICLE.encode(encoding)
    doc = load_document(write(tmp_path, "wide.txt", data))
    assert doc.text == ARTICLE


def test_utf16_without_bom(tmp_path):
    doc = load_document(write(tmp_path, "nobom.txt", ARTICLE.encode("utf-16-le")))
    assert doc.text == ARTICLE


def test_cp1252(tmp_path):
    data = "Caf\u00e9 owners\u2019 anger \u2013 \u201cno\u201d\r\n".encode("cp1252")
    assert b"\xe9" in data and b"\x92" in data
    doc = load_document(write(tmp_path, "legacy.txt", data))
    assert doc.text == "Caf\u00e9 owners\u2019 anger \u2013 \u201cno\u201d\r\n"


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    text = "The café’s owner said “no” — twice. " * 20
    doc = load_document(write(tmp_path, "mixed.txt", text.encode("utf-8") + b"Caf\xe9 closed.\n"))
    assert doc.text.startswith(text)  # not mojibake ("cafÃ©")
    assert doc.text.endswith("Caf\ufffd closed.\n")


def test_html_meta_charset(tmp_path):
    html = '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>Na\xefve.</p></body></html>'
    doc = load_document(write(tmp_path, "l.html", html.encode("cp1252")))
    assert doc.title == "Café"
    assert "Naïve." in doc.text


# --------------------------------------------------------------------------- line endings

@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_are_kept_and_offsets_point_into_them(tmp_path, ending):
    unix = "Storm hits coast\nBy Jane Smith\n\nHeavy rain fell. Roads closed.\nBridge shut\n"
    text = unix.replace("\n", ending)
    doc = load_document(write(tmp_path, "e.txt", text))
    assert doc.text == text
    round_trips(doc.text)
    sentences = split_sentences(doc.text)
    assert [s.text for s in sentences] == [s.text for s in split_sentences(unix)]
    assert [(s.kind, s.reason) for s in sentences] == [(s.kind, s.reason) for s in split_sentences(unix)]


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head>
<title>Storm hits coast | The Paper</title>
<style>p { color: red } .x:before { content: "STYLE TEXT" }</style>
<script>document.write("<p>SCRIPT TEXT</p>"); var a = 1 < 2;</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">NAV TEXT</a></nav>
<header><div class="logo">HEADER TEXT</div></header>
<article>
<h1>Storm   hits coast</h1>
<p>Heavy rain fell on Tuesday &amp; Wednesday, the mayor&#8217;s office said.
The damage cost &pound;5m &mdash; a record.</p>
<p>Roads were closed.<br>Schools shut early.</p>
<h2>What happens next</h2>
<ul><li>Engineers inspect the dam</li><li>Residents return home</li></ul>
<blockquote>We are &quot;devastated&quot;, she said.</blockquote>
<figure><img src="y.jpg" alt="ALT TEXT"><figcaption>Flooded streets on Tuesday. <span>FIGCAPTION Jo Roe/The Paper</span></figcaption></figure>
<img src="x.jpg" alt="ALT TEXT"><svg><text>SVG TEXT</text></svg>
<form><label>FORM TEXT</label><input name="q"></form>
<noscript>NOSCRIPT TEXT</noscript><iframe src="ad.html">IFRAME TEXT</iframe>
</article>
<aside>ASIDE TEXT</aside>
<footer>FOOTER TEXT</footer>
</body></html>
"""


def test_html_article_text(tmp_path):
    doc = load_document(write(tmp_path, "page.html", PAGE))
    assert doc.format == "html"
    assert doc.title == "Storm hits coast"  # the site's name after the headline is not the title
    for dropped in ("STYLE", "SCRIPT", "NAV", "HEADER", "ALT", "SVG", "FORM", "NOSCRIPT", "IFRAME",
                    "ASIDE", "FOOTER", "FIGCAPTION", "Flooded", "<", ">", "&amp;", "&pound;"):
        assert dropped not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [
        "Storm hits coast",
        "Heavy rain fell on Tuesday & Wednesday, the mayor’s office said. The damage cost £5m — a record.",
        "Roads were closed.\nSchools shut early.",
        "What happens next",
        "• Engineers inspect the dam",
        "• Residents return home",
        'We are "devastated", she said.',
    ]
    kinds = [(s.text, s.kind) for s in split_sentences(doc.text)]
    assert kinds[0] == ("Storm hits coast", "heading")
    assert ("What happens next", "heading") in kinds
    assert ("• Engineers inspect the dam", "body") in kinds  # a list item is story, not a subheading
    round_trips(doc.text)


def test_html_title_leads_the_text_when_no_h1_says_it(tmp_path):
    doc = load_document(write(tmp_path, "t.htm", "<title>Flood &amp; fire</title><p>Rain fell.</p>"))
    assert doc.text == "Flood & fire\n\nRain fell."
    assert doc.title == "Flood & fire"


def test_html_header_of_the_article_is_kept_and_the_page_header_dropped(tmp_path):
    page = ("<html><head><title>Storm hits coast | The Paper</title></head><body>"
            "<header><p>MASTHEAD TEXT</p><nav>Home</nav></header>"
            "<article><header><p class='kicker'>World</p><h1>Storm hits coast</h1>"
            "<p class='dek'>Thousands without power after record rain</p></header>"
            "<p>Heavy rain fell on Tuesday, the mayor's office said.</p></article></body></html>")
    doc = load_document(write(tmp_path, "page.html", page))
    assert "MASTHEAD" not in doc.text
    assert doc.text.split("\n\n") == ["World", "Storm hits coast", "Thousands without power after record rain",
                                       "Heavy rain fell on Tuesday, the mayor's office said."]


def test_html_title_from_h1_then_stem(tmp_path):
    assert load_document(write(tmp_path, "h.html", "<h1>Big news</h1><p>It rained.</p>")).title == "Big news"
    assert load_document(write(tmp_path, "story-7.html", "<div><p>It rained.</p></div>")).title == "story-7"


def test_html_is_sniffed_for_unknown_extensions(tmp_path):
    doc = load_document(write(tmp_path, "saved.page", "<!doctype html><html><body><p>It rained.</p></body></html>"))
    assert doc.format == "html" and doc.text == "It rained."
    doc = load_document(write(tmp_path, "notes.article", "It rained <a lot>.\nThen it stopped.\n"))
    assert doc.format == "txt" and doc.text == "It rained <a lot>.\nThen it stopped.\n"


# --------------------------------------------------------------------------- Markdown

MARKDOWN = """\
# Storm *hits* the **coast**

By [Jane Doe](https://example.com/jane)

Heavy rain fell on _Tuesday_. The mayor said
the damage cost $1.2bn.

![flooded street](https://example.com/flood.jpg)

## What happens next

- Engineers inspect the `dam`
- Residents return home, see [the map][map]

> We are devastated, she said.

```
raw code line
```

[map]: https://example.com/map
"""


def test_markdown_markup_is_gone(tmp_path):
    doc = load_document(write(tmp_path, "story.md", MARKDOWN))
    assert doc.format == "md"
    assert doc.title == "Storm hits the coast"
    for mark in ("#", "*", "_", "`", "](", "[", "http", "!", ">", "- ", "flood.jpg", "flooded street"):
        assert mark not in doc.text, mark
    assert doc.text.split("\n\n") == [
        "Storm hits the coast",
        "By Jane Doe",
        "Heavy rain fell on Tuesday. The mayor said the damage cost $1.2bn.",
        "What happens next",
        "• Engineers inspect the dam",
        "• Residents return home, see the map",
        "We are devastated, she said.",
        "raw code line",
    ]
    kinds = {s.text: s.kind for s in split_sentences(doc.text)}
    assert kinds["Storm hits the coast"] == "heading"
    assert kinds["By Jane Doe"] == "boilerplate"
    assert kinds["Heavy rain fell on Tuesday."] == "body"
    assert kinds["• Engineers inspect the dam"] == "body"


def test_markdown_lists_keep_a_bullet_or_number(tmp_path):
    doc = load_document(write(tmp_path, "l.md", "Measures:\n\n* a flight ban\n+ new checks\n\n1. first\n2) second\n"))
    assert doc.text == "Measures:\n\n• a flight ban\n\n• new checks\n\n1. first\n\n2. second"


def test_markdown_setext_heading_and_snake_case(tmp_path):
    doc = load_document(write(tmp_path, "s.markdown", "Big news\n========\n\nThe file_name_here stays. 2 * 3 is 6.\n"))
    assert doc.title == "Big news"
    assert doc.text == "Big news\n\nThe file_name_here stays. 2 * 3 is 6."


# --------------------------------------------------------------------------- pasted text

def test_document_from_text_keeps_the_text():
    text = "Storm hits coast\r\n\r\nRain fell."
    doc = document_from_text(text)
    assert doc.text == text and doc.title == "Storm hits coast" and doc.path == ""
    assert document_from_text("Rain fell.", title="Mine", path="clip").title == "Mine"
    with pytest.raises(DocumentError):
        document_from_text("  \n ")


# --------------------------------------------------------------------------- bad input

def one_line_error(path, fragment: str) -> str:
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message
    assert Path(path).name in message
    assert fragment in message, message
    return message


def test_missing_file(tmp_path):
    one_line_error(tmp_path / "article.txt", "no such file")


def test_directory(tmp_path):
    (tmp_path / "folder").mkdir()
    one_line_error(tmp_path / "folder", "is a directory, not a file")


def test_empty_file(tmp_path):
    one_line_error(write(tmp_path, "empty.txt", b""), "the file is empty")


def test_whitespace_only(tmp_path):
    one_line_error(write(tmp_path, "blank.txt", " \n\t\r\n\u00a0\n"), "only whitespace")


def test_markup_only(tmp_path):
    one_line_error(write(tmp_path, "shell.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>"),
                   "no readable text")
    one_line_error(write(tmp_path, "shell.md", "# \n\n![img](x.png)\n\n---\n"), "no readable text")


def test_binary(tmp_path):
    one_line_error(write(tmp_path, "x.bin", b"\x00\x01\x02\x03binary\x00\xff" * 50), "looks like a binary file")


@pytest.mark.parametrize("name, data, what", [
    ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document"),
    ("story.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "is a ZIP archive (a Word .docx"),
    ("story.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "is an old-style Word or Excel document"),
    ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is an image"),
])
def test_a_file_of_a_known_other_format_is_named_and_the_way_out_given(tmp_path, name, data, what):
    message = one_line_error(write(tmp_path, name, data), what)
    assert "save or copy the article's text into a .txt file" in message


def test_an_rtf_document_is_refused_with_the_way_out(tmp_path):
    rtf = rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}\f0\fs24 The ferry sank on Tuesday.\par}"
    message = one_line_error(write(tmp_path, "story.rtf", rtf), "is a Rich Text (RTF) document")
    assert "save it as plain text (.txt)" in message


def test_undecodable(tmp_path):
    one_line_error(write(tmp_path, "bad.txt", b"\x81\x8d\x8f\x90\x9d" * 40), "cannot be decoded as text")


def test_mostly_control_characters(tmp_path):
    one_line_error(write(tmp_path, "ctl.txt", bytes(range(1, 9)) * 40 + b"hello"), "cannot be decoded as text")


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: no disk space used
    message = one_line_error(path, "60 MB is too large for an article (limit 50 MB)")
    assert message.startswith(str(path))
    assert MAX_BYTES == 50 * 1024 * 1024
    with open(path, "r+b") as handle:
        handle.truncate(MAX_BYTES + 512 * 1024)
    one_line_error(path, "50.5 MB is too large for an article (limit 50 MB)")


def test_permission_denied_message(tmp_path, monkeypatch):
    """Also where the tests run as root (who may read anything): the error as the OS raises it."""
    import reader.core.document as document

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = write(tmp_path, "locked.txt", ARTICLE)
    monkeypatch.setattr(document, "open", refuse, raising=False)
    one_line_error(path, "permission denied")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_permission_denied(tmp_path):
    path = write(tmp_path, "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        one_line_error(path, "permission denied")
    finally:
        path.chmod(0o600)


def test_a_headline_wrapped_over_two_lines_is_the_whole_title(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text("Council acted unlawfully in evicting family from flat,\njudge rules\n\n"
                    "A London council acted unlawfully when it evicted a family, the high court has ruled.\n",
                    encoding="utf-8")
    assert load_document(path).title == "Council acted unlawfully in evicting family from flat, judge rules"


CHROME_PAGE = """<!doctype html><html><head><title>Dam bursts</title></head><body>
<div class="article-body">
<p>Water poured through the town on Monday, officials said.</p>
<div class="related-stories"><h3>More on this</h3><ul><li><a href="/a">RELATED LINK</a></li></ul>
  <div class="teaser"><p>RELATED TEASER</p></div></div>
<p>Rescue teams worked through the night.</p>
<section id="newsletterSignup"><p>NEWSLETTER PROMPT</p></section>
<div class="article-share"><p>The mayor said rebuilding would take years.</p></div>
<div class="commentary"><p>Residents described the noise as deafening.</p></div>
<ul class="shareTools"><li>SHARE BUTTON</li></ul>
</div></body></html>
"""


def test_html_page_chrome_marked_by_class_or_id_is_dropped(tmp_path):
    doc = load_document(write(tmp_path, "chrome.html", CHROME_PAGE))
    for dropped in ("RELATED", "NEWSLETTER", "SHARE BUTTON", "More on this"):
        assert dropped not in doc.text
    # Story text stays, including inside containers whose names also say "article",
    # and "commentary" is not "comment".
    for kept in ("Water poured", "Rescue teams", "The mayor said", "Residents described"):
        assert kept in doc.text


def test_html_class_names_never_take_most_of_the_page(tmp_path):
    story = " ".join(["The river rose two metres overnight, the agency said."] * 30)
    unclosed = f'<html><body><h1>Flood</h1><div class="promo"><p>Offer</p><p>{story}</p></body></html>'
    doc = load_document(write(tmp_path, "unclosed.html", unclosed))
    assert story in doc.text


def test_a_page_title_reworded_from_the_headline_does_not_lead_the_text(tmp_path):
    page = ("<html><head><title>Members vote to keep club out of US fund's hands | The Football Review</title></head>"
            "<body><h1>Members vote to keep their club out of a US fund's hands</h1><p>The vote was 1,842 to 96.</p>"
            "</body></html>")
    doc = load_document(write(tmp_path, "club.html", page))
    assert doc.text.split("\n\n") == ["Members vote to keep their club out of a US fund's hands", "The vote was 1,842 to 96."]
    # A site's name in an <h1> is no headline: the title still leads.
    logo = ("<html><head><title>Storm hits coast | The Paper</title></head>"
            "<body><h1>The Paper</h1><p>Heavy rain fell on Tuesday.</p></body></html>")
    assert load_document(write(tmp_path, "logo.html", logo)).text.startswith("Storm hits coast | The Paper\n\n")


def test_an_html_table_row_is_one_line_its_cells_two_spaces_apart(tmp_path):
    page = ("<p>Cases by state:</p><table><tr><th>State</th><th>Suspected cases</th><th>Deaths</th></tr>"
            "<tr><td>Bauchi</td><td> 462 </td><td>14</td></tr><tr><td>Kano</td><td>381</td><td>9</td></tr></table>"
            "<p>The outbreak is slowing.</p>")
    doc = load_document(write(tmp_path, "cases.html", page))
    assert doc.text.split("\n\n") == ["Cases by state:", "State  Suspected cases  Deaths", "Bauchi  462  14",
                                       "Kano  381  9", "The outbreak is slowing."]


def test_a_table_inside_preformatted_text_leaves_no_marker_behind(tmp_path):
    doc = load_document(write(tmp_path, "pre.html", "<pre><table><tr><td>Bauchi</td><td>462</td></tr></table></pre>"
                                                    "<p>The outbreak is slowing.</p>"))
    assert "\ue000" not in doc.text and "Bauchi  462" in doc.text


# --------------------------------------------------------------------------- found by exploratory QA


def test_one_broken_byte_leaves_a_utf8_article_utf8(tmp_path):
    """A cut-off last character must not turn every curly quote into "â€™"."""
    data = SEEDS[0].read_bytes() + "’".encode("utf-8")[:2]
    text = load_document(write(tmp_path, "cut.txt", data)).text
    assert "Russia’s" in text and "â€" not in text
    assert text.count("\ufffd") == 1


def test_a_windows_1252_article_is_still_read_as_windows_1252(tmp_path):
    data = ("Storm hits caf\u00e9\n\nThe caf\u00e9\u2019s roof fell in \u2013 \u201cno\u201d injuries, "
            "the owner said on Tuesday.\n").encode("cp1252")
    assert "caf\u00e9\u2019s roof" in load_document(write(tmp_path, "w.txt", data)).text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_a_legacy_cyrillic_article_is_read_as_cyrillic(tmp_path, encoding):
    article = "Шторм обрушился на побережье\n\nВо вторник погибли 12 человек, сообщили власти.\n"
    assert load_document(write(tmp_path, "ru.txt", article.encode(encoding))).text == article


@pytest.mark.parametrize("headline", ["MZ Wallace opens flagship store in London", "ID3 chip shortage hits carmakers",
                                      "RIFF between owners widens", "BZh? No: the brand is BZH"])
def test_an_article_that_opens_like_a_file_signature_is_an_article(tmp_path, headline):
    text = headline + "\n\nThe company said on Tuesday that sales rose.\n"
    assert load_document(write(tmp_path, "a.txt", text)).text == text


def test_a_windows_1252_article_that_opens_like_a_file_signature_is_an_article(tmp_path):
    data = "MZ Wallace opens \u201cdowntown\u201d store\n\nThe company said sales rose.\n".encode("cp1252")
    assert load_document(write(tmp_path, "a.txt", data)).text.startswith("MZ Wallace opens \u201cdowntown\u201d")


def test_a_file_signature_on_binary_bytes_is_still_binary(tmp_path):
    one_line_error(write(tmp_path, "song.txt", b"ID3\x04\x00\x00\x00\x00\x1f\x76TIT2" + bytes(range(0x80, 0x100)) * 4),
                   "looks like a binary file")  # "ID3" may open a headline: not named as a sound file


def test_a_page_that_says_utf16_in_readable_bytes_is_utf8(tmp_path):
    page = ('<html><head><meta charset="utf-16"><title>Storm</title></head>'
            '<body><h1>Storm hits coast</h1><p>The café’s roof fell in on Tuesday.</p></body></html>')
    doc = load_document(write(tmp_path, "p.html", page.encode("utf-8")))
    assert "The café’s roof fell in on Tuesday." in doc.text


@pytest.mark.parametrize("invisible", ["\u200b\ufeff\n", "\u00a0\u2003\u3000\n", "\u2060\u00ad"])
def test_a_file_of_invisible_characters_has_only_whitespace(tmp_path, invisible):
    one_line_error(write(tmp_path, "blank.txt", invisible), "only whitespace")


@pytest.mark.parametrize("separator", ["\f", "\v", "\x85", "\u2028", "\u2029"])
def test_rarer_line_separators_end_the_headline(tmp_path, separator):
    text = f"Storm hits coast{separator}The storm killed 12 people on Tuesday, officials said.\n"
    doc = load_document(write(tmp_path, "s.txt", text))
    assert doc.title == "Storm hits coast"
    assert [s.text for s in split_sentences(doc.text)][:2] == [
        "Storm hits coast", "The storm killed 12 people on Tuesday, officials said."]
    round_trips(doc.text)


@pytest.mark.parametrize("encoding, article", [
    ("cp1251", "ШТОРМ ОБРУШИЛСЯ НА ПОБЕРЕЖЬЕ\n\nВо вторник погибли 12 человек, сообщили власти.\n"),
    ("cp1251", "Буря удари брега\n\nВъв вторник загинаха 12 души, съобщиха властите.\n"),
    ("cp1253", "Καταιγίδα χτυπά την ακτή\n\nΤην Τρίτη σκοτώθηκαν 12 άνθρωποι, ανέφεραν οι αρχές.\n"),
    ("cp1255", "סערה פוגעת בחוף\n\nהסערה הרגה 12 בני אדם ביום שלישי, אמרו גורמים רשמיים.\n"),
    ("cp1256", "عاصفة تضرب الساحل\n\nقتلت العاصفة 12 شخصا يوم الثلاثاء، حسبما قال مسؤولون.\n"),
])
def test_a_legacy_greek_hebrew_arabic_or_capitalised_cyrillic_article_is_read_in_its_script(
        tmp_path, encoding, article):
    assert load_document(write(tmp_path, "legacy.txt", article.encode(encoding))).text == article


def test_a_stray_byte_its_code_page_leaves_undefined_is_one_replacement_character(tmp_path):
    article = "Шторм обрушился на побережье\n\nВо вторник погибли 12 человек, сообщили власти.\n"
    data = article.encode("cp1251").replace(b"\n", b"\x98\n", 1)  # 0x98: no character in Windows-1251
    assert load_document(write(tmp_path, "ru.txt", data)).text == article.replace("\n", "\ufffd\n", 1)


@pytest.mark.parametrize("encoding, article", [
    ("cp1251", "Глава Microsoft Satya Nadella встретился с представителями Yandex, VK и Sber в Москве.\n"),
    ("cp1251", "Шторм абрынуўся на ўзбярэжжа. У аўторак загінулі 12 чалавек.\n"),  # Belarusian
    ("cp1251", "Олуја је погодила обалу. У уторак је погинуло 12 људи, саопштиле су власти.\n"),  # Serbian
    ("koi8-u", "Шторм обрушився на узбережжя. Київ їх чекає.\n"),
    ("koi8-r", "инфляция замедлится к концу года.\n"),
    ("cp1256", "طوفان به ساحل رسيد. روز سه شنبه دوازده نفر کشته شدند، مقامات گفتند.\n"),  # Persian
    ("iso-8859-6", "عاصفة تضرب الساحل. قتلت العاصفة 12 شخصا\n"),
    ("cp1255", "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ\n"),  # pointed Hebrew
    ("cp1252", "ÉTÉ\n"),
    ("cp1252", "À été\n"),
    ("cp1252", "ÉCOLE FERMÉE À PARIS: L'ÉTÉ ARRIVE\n\nLe café était fermé à Noël; Müller und Größe; ação.\n"),
])
def test_a_legacy_file_is_read_in_its_own_script_whatever_its_latin_share_or_length(tmp_path, encoding, article):
    assert load_document(write(tmp_path, "legacy.txt", article.encode(encoding))).text == article


def test_a_legacy_cyrillic_page_without_a_charset_is_read_as_cyrillic(tmp_path):
    page = ('<html><head><link rel="stylesheet" href="/static/css/main.css"><title>Пожар в Москве</title></head>'
            '<body><p class="article-body">Пожар в Москве уничтожил склад.</p></body></html>')
    assert "Пожар в Москве уничтожил склад." in load_document(write(tmp_path, "p.html", page.encode("cp1251"))).text
