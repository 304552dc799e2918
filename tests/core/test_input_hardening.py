"""Inputs from the input QA pass (/tmp/qa_inputs/REPORT.md) that gave a traceback, took minutes,
lost article text without a word, or were compared as garbled text.  Each test writes its file
itself; every example is invented."""

from __future__ import annotations

import base64
import quopri
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.core import markup
from reader.core.document import MAX_BYTES, load_document
from reader.core.errors import DocumentError
from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text
from written_files import error_of, text_of, write

STORM = "A powerful storm hit the northern coast on Monday, officials said."
INJURED = "At least 12 people were injured and 3,000 homes lost power."


def paragraphs(tmp_path: Path, name: str, data: bytes | str) -> list[str]:
    return text_of(tmp_path, name, data).split("\n\n")


# --------------------------------------------------------------------------- "<![" in HTML

@pytest.mark.parametrize("page, expected", [
    (f"<p>{STORM}</p><![ x ]><p>{INJURED}</p>", [STORM, INJURED]),
    # Code typed into a page: a browser hides "<![0]>" as a bogus comment, and so do we.
    ("<p>Arrays like a<![0]> are indexed from zero, officials said.</p>",
     ["Arrays like a are indexed from zero, officials said."]),
    # Word's "Save as Web Page" markers still read as they did.
    (f"<p>{STORM}</p><![foo[bar]]><![if !supportLists]>· <![endif]><p>{INJURED}</p>", [STORM, "·", INJURED]),
], ids=["space", "code", "unknown-keyword"])
def test_a_marked_section_the_parser_does_not_know_is_a_bogus_comment(tmp_path, page, expected):
    assert paragraphs(tmp_path, "page.html", page) == expected


def test_an_extensionless_page_with_a_marked_section_loads(tmp_path):
    page = f"<!DOCTYPE html><html><body><p>{STORM}</p><![ x ]><p>{INJURED}</p></body></html>"
    doc = load_document(write(tmp_path, "saved-page", page))
    assert doc.format == "html" and doc.text.split("\n\n") == [STORM, INJURED]


def test_a_parser_failure_reads_the_markup_it_stumbled_on_as_text(monkeypatch):
    # The last resort, for whatever the next Python's html.parser stumbles on: put back the parser's
    # own reading of "<![", which raises AssertionError, and the text around it must still come through.
    monkeypatch.setattr(markup._Elements, "parse_html_declaration", HTMLParser.parse_html_declaration)
    text = html_to_text(f"<p>{STORM}</p>\n<p>Then <![ x ]> came {INJURED}</p>")[0]
    assert text.split("\n\n") == [STORM, f"Then <![ x ]> came {INJURED}"]


def test_markup_the_parser_cannot_read_at_all_is_one_clear_error_naming_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(markup._Elements, "parse_html_declaration", HTMLParser.parse_html_declaration)
    monkeypatch.setattr(markup, "_MAX_REPAIRS", 1)
    page = f"<p>{STORM}</p>\n<![ x ]>\n<![ y ]><p>{INJURED}</p>"
    message = error_of(tmp_path, "page.html", page)
    assert "its HTML markup could not be read (the parser gave up at line 3)" in message


# --------------------------------------------------------------------------- "<" that opens no tag

def test_a_less_than_sign_with_no_closing_bracket_after_it_is_text_read_once(tmp_path, monkeypatch):
    # html.parser looked for the ">" from every such "<" (twice): quadratic, 30 s for 68 KB.
    # Escaped first, none of them is even tried as a tag.
    looks = []
    original = HTMLParser.check_for_whole_start_tag

    def counted(parser, i):
        looks.append(i)
        return original(parser, i)

    monkeypatch.setattr(HTMLParser, "check_for_whole_start_tag", counted)
    page = "<p>" + "if a<b then c & d " * 300
    assert text_of(tmp_path, "code.html", page) == ("if a<b then c & d " * 300).strip()
    assert len(looks) <= 3  # the <p>, read by each of the parses
    looks.clear()
    assert text_of(tmp_path, "tags.html", "<p>" + "<a " * 2000) == " ".join(["<a"] * 2000)
    assert len(looks) <= 3


def test_an_unclosed_comment_hides_nothing_and_leaves_no_markup_in_the_text(tmp_path):
    page = f"<p>{STORM}</p><!-- oops <p>{INJURED}</p>"
    assert paragraphs(tmp_path, "page.html", page) == [STORM, "oops", INJURED]
    # Many, with a ">" after each: each was searched to the end of the page for its "-->".
    assert text_of(tmp_path, "many.html", "<p>x</p>" + "<!-- a > " * 500) == "x\n\n" + " ".join(["a >"] * 500)


# --------------------------------------------------------------------------- Markdown front matter

def test_a_leading_thematic_break_is_no_front_matter(tmp_path):
    assert paragraphs(tmp_path, "rule.md", f"---\n\n{STORM}\n\n---\n\n{INJURED}\n") == [STORM, INJURED]
    text = text_of(tmp_path, "rule2.md", f"---\n{STORM}\n\n{INJURED}\n---\n\nRescue crews worked overnight.\n")
    assert STORM in text and INJURED in text and "Rescue crews worked overnight." in text


def test_yaml_and_toml_front_matter_still_go(tmp_path):
    yaml = ("---\ntitle: \"Storm batters coast\"\ndate: 2024-01-08\ntags:\n  - weather\n  - coast\n"
            "summary: |\n  Thousands without power.\n\n  A long summary.\n# a comment\n---\n\n"
            f"# Storm batters coast\n\n{STORM}\n")
    assert paragraphs(tmp_path, "yaml.md", yaml) == ["Storm batters coast", STORM]
    assert paragraphs(tmp_path, "dots.md", f"---\nlayout: post\n...\n{STORM}\n") == [STORM]
    toml = f'+++\ntitle = "Storm batters coast"\ntags = [\n  "weather",\n]\n[params]\nlead = true\n+++\n\n{STORM}\n'
    assert paragraphs(tmp_path, "toml.md", toml) == [STORM]


# --------------------------------------------------------------------------- <header> and <footer>

SITE_HEADER = "<header><a href='/'>The Paper</a><nav>World Sport</nav></header>"
SITE_FOOTER = "<footer><p>Copyright The Paper 2024</p></footer>"


def test_a_header_in_main_is_the_articles_and_the_page_header_still_goes(tmp_path):
    page = ("<html><head><title>News | The Paper</title></head><body>" + SITE_HEADER +
            "<main><header><h1>Storm batters coast</h1><p class=standfirst>Thousands without power after "
            f"the worst storm in a decade.</p></header><p>{STORM}</p></main>" + SITE_FOOTER + "</body></html>")
    assert paragraphs(tmp_path, "page.html", page) == [
        "News | The Paper", "Storm batters coast", "Thousands without power after the worst storm in a decade.", STORM]
    # One that says it is the site's goes wherever it is.
    page = ("<html><body><main><header role=banner>MASTHEAD</header><header class='site-header'>SITE NAME</header>"
            f"<h1>Storm batters coast</h1><p>{STORM}</p><footer role=contentinfo>SMALL PRINT</footer></main></body></html>")
    assert paragraphs(tmp_path, "site.html", page) == ["Storm batters coast", STORM]


def test_a_header_in_a_section_or_a_story_div_is_kept(tmp_path):
    section = f"<html><body><section><header><h2>Eyewitnesses describe the night</h2></header><p>{STORM}</p></section></body></html>"
    assert paragraphs(tmp_path, "section.html", section) == ["Eyewitnesses describe the night", STORM]
    story = ("<html><body>" + SITE_HEADER + "<div class=article><header><h1>Storm batters coast</h1>"
             f"<p>Thousands without power.</p></header><p>{STORM}</p></div></body></html>")
    assert paragraphs(tmp_path, "div.html", story) == ["Storm batters coast", "Thousands without power.", STORM]


def test_a_footer_in_an_article_keeps_its_correction(tmp_path):
    page = (f"<html><body><article><p>{STORM}</p><footer><p>Correction: an earlier version of this story "
            "misstated the number of injured as 21.</p></footer></article>" + SITE_FOOTER + "</body></html>")
    assert paragraphs(tmp_path, "page.html", page) == [
        STORM, "Correction: an earlier version of this story misstated the number of injured as 21."]


# --------------------------------------------------------------------------- Chinese, Japanese, Korean

ZH_HANS = ("强风暴周一袭击北部海岸，官员表示，至少十二人受伤，三千户停电。救援人员彻夜工作，清理倒塌的树木和电线杆。\n\n"
           "市长在新闻发布会上说：“我们已经派出五百名救援人员，这是十年来最严重的一次风暴。”\n")
ZH_HANT = ("強風暴週一襲擊北部海岸，官員表示，至少十二人受傷，三千戶停電。救援人員徹夜工作，清理倒塌的樹木和電線桿。\n\n"
           "市長在新聞發布會上說：「我們已經派出五百名救援人員，這是十年來最嚴重的一次風暴。」\n")
JA = ("強い嵐が月曜日に北部の海岸を襲ったと当局者が述べた。少なくとも十二人が負傷し、三千世帯が停電した。\n\n"
      "市長は記者会見で「五百人の救助隊員を派遣した」と語った。\n")
KO = ("강력한 폭풍이 월요일 북부 해안을 강타했다고 관리들이 말했다. 최소 12명이 다치고 3천 가구가 정전됐다.\n\n"
      "시장은 기자회견에서 \"우리는 500명의 구조대원을 파견했다\"고 말했다.\n")


CJK_FILES = [(ZH_HANS, "gbk"), (ZH_HANS, "gb2312"), (ZH_HANS, "gb18030"), (ZH_HANT, "big5"), (ZH_HANT, "cp950"),
             (JA, "shift_jis"), (JA, "cp932"), (JA, "euc_jp"), (KO, "euc_kr"), (KO, "cp949")]


@pytest.mark.parametrize("article, encoding", CJK_FILES, ids=[encoding for _, encoding in CJK_FILES])
def test_a_chinese_japanese_or_korean_legacy_file_is_read_in_its_encoding(tmp_path, article, encoding):
    assert text_of(tmp_path, "article.txt", article.encode(encoding)) == article
    # A page without <meta charset> is sniffed the same way.
    page = "<html><body>" + "".join(f"<p>{paragraph}</p>" for paragraph in article.split("\n\n")) + "</body></html>"
    assert text_of(tmp_path, "page.html", page.encode(encoding)) == article.strip()


def test_two_legacy_encodings_of_one_chinese_article_are_the_same_article(tmp_path):
    gbk = load_document(write(tmp_path, "gbk.txt", ZH_HANS.encode("gbk")))
    gb18030 = load_document(write(tmp_path, "gb18030.txt", ZH_HANS.encode("gb18030")))
    assert gbk.text == gb18030.text == ZH_HANS


def test_a_double_byte_file_that_cannot_be_told_apart_is_refused_with_the_way_out(tmp_path):
    # A few characters that read as Japanese in EUC-JP and a little as Chinese in Big5.
    message = error_of(tmp_path, "short.txt", "我人是し自而".encode("euc_jp"))
    assert "Chinese, Japanese or Korean text in a legacy encoding (probably EUC-JP)" in message
    assert message.endswith("save it as UTF-8 and open that")
    # Three characters that only Shift-JIS reads as common characters: read, not refused.
    assert text_of(tmp_path, "tokyo.txt", "東京都".encode("cp932")) == "東京都"


WESTERN = [
    ("Une violente tempête a frappé lundi la côte nord. « Nous avons envoyé cinq cents secouristes », a déclaré "
     "le maire. L'été dernier, la région était déjà touchée ; Météo-France prévoit des pluies.\n"),
    ("Die Bürger in Zürich und München wählten Müller zum Bürgermeister der Städte.\n"),
    ("Ein schwerer Sturm traf die Nordküste. Die Schäden könnten größer sein als befürchtet; Straßen blieben gesperrt.\n"),
    ("Una fuerte tormenta azotó el lunes la costa norte. «Hemos enviado quinientos rescatistas», dijo el alcalde; "
     "la situación podría empeorar, añadió.\n"),
    "Informações sobre a situação: as operações continuarão até à noite, não há previsão de melhoria.\n",
    "ÉCOLE FERMÉE À PARIS: L'ÉTÉ ARRIVE\n\nÇa «commence» à Noël.\n",
]


def test_western_european_legacy_text_is_never_taken_for_chinese_japanese_or_korean(tmp_path):
    # A guard for the double-byte detector (these loaded before it, too): "ção", "«É" and "ü" inside
    # words pair high bytes as a double-byte encoding does.
    for article in WESTERN:
        for encoding in ("cp1252", "latin-1"):
            assert text_of(tmp_path, "western.txt", article.encode(encoding)) == article, (encoding, article)


# --------------------------------------------------------------------------- declared encodings

CP1252_BODY = ("<p>Prices rose \u2013 sharply \u2026 by \u20ac5, officials said.</p>"
               "<p>\u201cWe are safe,\u201d the mayor\u2019s aide said.</p>")


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "ISO_8859-1:1987"])
def test_a_latin1_or_ascii_label_is_read_as_windows_1252_as_browsers_do(tmp_path, label):
    page = f'<html><head><meta charset="{label}"></head><body>{CP1252_BODY}</body></html>'
    assert paragraphs(tmp_path, "page.html", page.encode("cp1252")) == [
        "Prices rose \u2013 sharply \u2026 by \u20ac5, officials said.", "\u201cWe are safe,\u201d the mayor\u2019s aide said."]


def test_an_xhtml_xml_declaration_names_the_encoding(tmp_path):
    polish = "Potężna burza uderzyła w północne wybrzeże, powiedzieli urzędnicy."
    page = f'<?xml version="1.0" encoding="iso-8859-2"?><html><body><p>{polish}</p></body></html>'
    assert text_of(tmp_path, "page.xhtml", page.encode("iso-8859-2")) == polish


def test_a_utf8_page_that_kept_an_old_latin1_label_is_utf8(tmp_path):
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{CP1252_BODY}</body></html>'
    assert paragraphs(tmp_path, "page.html", page.encode("utf-8"))[1] == "\u201cWe are safe,\u201d the mayor\u2019s aide said."


@pytest.mark.parametrize("label", ["punycode", "utf_16_le"])
def test_a_label_browsers_do_not_know_is_no_label(tmp_path, label):
    # Python's codecs know these: "punycode" raised UnicodeError, and an even-length page read as UTF-16
    # was Chinese-looking garbage ("格浴㹬...").
    page = f'<html><head><meta charset="{label}"></head><body><p>{STORM}</p></body></html>'
    page += "\n" * (len(page) % 2)
    assert text_of(tmp_path, "page.html", page) == STORM


# --------------------------------------------------------------------------- saved web archives

PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Storm batters coast</title></head><body>"
        f"<h1>Storm batters coast</h1><p>{STORM} The mayor\u2019s office confirmed that 3,000 homes lost power.</p>"
        "</body></html>")
EXPECTED = ["Storm batters coast", f"{STORM} The mayor\u2019s office confirmed that 3,000 homes lost power."]


def mhtml(part_headers: str, body: bytes, extra_parts: str = "") -> bytes:
    head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.com/storm\r\n"
            "Subject: Storm batters coast\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n")
    return (head.encode() + b"------MultipartBoundary--abc----\r\n" + part_headers.encode() + b"\r\n" + body
            + b"\r\n" + extra_parts.encode() + b"------MultipartBoundary--abc------\r\n")


def test_a_saved_web_archive_is_read_as_the_page_it_holds(tmp_path):
    quoted = quopri.encodestring(PAGE.encode("utf-8")).replace(b"\n", b"\r\n")
    image = ("------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://example.com/a.png\r\n\r\niVBORw0KGgo=\r\n")
    archive = mhtml("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                    "Content-Location: https://example.com/storm\r\n", quoted, image)
    doc = load_document(write(tmp_path, "page.mhtml", archive))
    assert doc.format == "html" and doc.text.split("\n\n") == EXPECTED
    # Named as anything, it is still an archive: its mail headers are no article.
    assert text_of(tmp_path, "page.html", archive).split("\n\n") == EXPECTED


def test_a_web_archive_part_in_base64_with_its_charset_in_its_headers(tmp_path):
    legacy = PAGE.replace(' charset="utf-8"', "").encode("cp1252")
    archive = mhtml("Content-Type: text/html; charset=\"windows-1252\"\r\nContent-Transfer-Encoding: base64\r\n",
                    base64.encodebytes(legacy))
    assert text_of(tmp_path, "page.mht", archive).split("\n\n") == EXPECTED


def test_a_web_archive_without_a_page_is_refused_by_name(tmp_path):
    archive = mhtml("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n", b"iVBORw0KGgo=")
    assert "is a saved web archive (MHTML) with no web page in it" in error_of(tmp_path, "page.mhtml", archive)


# --------------------------------------------------------------------------- smaller HTML losses

def test_a_quotation_keeps_its_marks_a_formula_its_number_and_a_label_its_text(tmp_path):
    page = ("<p>He said <q>we are <q>quite</q> safe</q> on Monday.</p>"
            "<p>The rainfall rate was <math><mi>x</mi><mo>=</mo><mn>40</mn><annotation encoding='TeX'>x=40</annotation>"
            "</math> mm per hour.</p><p><label>Injured:</label> 12 people, officials said.</p>"
            "<form><label>Search the site</label><input></form>")
    assert paragraphs(tmp_path, "page.html", page) == [
        "He said \u201cwe are \u2018quite\u2019 safe\u201d on Monday.", "The rainfall rate was x=40 mm per hour.",
        "Injured: 12 people, officials said."]


def test_ruby_readings_go_and_an_objects_fallback_text_stays(tmp_path):
    page = ("<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で強い嵐が発生した。</p>"
            f"<object data='x.swf'><param name=a value=b><p>{INJURED}</p></object>")
    assert paragraphs(tmp_path, "page.html", page) == ["東京で強い嵐が発生した。", INJURED]


def test_cdata_in_an_xhtml_file_is_text(tmp_path):
    page = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            f"<p>{STORM}</p><p><![CDATA[{INJURED}]]></p><script>//<![CDATA[\nvar a = 1;\n//]]></script></body></html>")
    assert paragraphs(tmp_path, "page.xhtml", page) == [STORM, INJURED]


@pytest.mark.parametrize("name", ["ad-hoc-committee", "expert-comment", "banner-headline"])
def test_a_class_name_that_only_begins_like_chrome_keeps_its_paragraph(tmp_path, name):
    page = f"<html><body><p>{STORM}</p><div class='{name}'><p>The governor declared a state of emergency.</p></div></body></html>"
    assert paragraphs(tmp_path, "page.html", page) == [STORM, "The governor declared a state of emergency."]


def test_chrome_class_names_still_go(tmp_path):
    # A guard for the words narrowed above (these went before, and still go).
    for name in ("ad-slot", "top-ad", "ad-300x250", "comment-list", "comments", "breaking-banner"):
        page = f"<html><body><p>{STORM}</p><div class='{name}'><p>CHROME TEXT</p></div></body></html>"
        assert paragraphs(tmp_path, "page.html", page) == [STORM], name


# --------------------------------------------------------------------------- Markdown line structure

def test_a_markdown_hard_line_break_stays_inside_its_paragraph(tmp_path):
    source = ("A powerful storm hit the northern coast on  \nMonday, officials said. At least 12 people\\\n"
              "were injured.\n\nRescue crews worked overnight.\n")
    assert paragraphs(tmp_path, "wrapped.md", source) == [
        "A powerful storm hit the northern coast on\nMonday, officials said. At least 12 people\nwere injured.",
        "Rescue crews worked overnight."]
    assert markdown_to_text("Storm  \n=====\n\nBody.\n")[0] == "Storm\n\nBody."


def test_only_a_list_from_one_interrupts_a_markdown_paragraph(tmp_path):
    source = "The storm arrived at\n10. By noon it had passed.\n\nIt hit:\n1. the coast\n2. the port\n"
    assert paragraphs(tmp_path, "list.md", source) == [
        "The storm arrived at 10. By noon it had passed.", "It hit:", "1. the coast", "2. the port"]


# --------------------------------------------------------------------------- messages

def test_a_file_a_byte_over_the_limit_says_so(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value) == (f"{path}: 52,428,801 bytes is too large for an article "
                                 "(limit 50 MB, 52,428,800 bytes)")


def test_an_old_word_document_holding_utf16_text_is_named(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + STORM.encode("utf-16-le")
    assert "is an old-style Word or Excel document, not an article's text" in error_of(tmp_path, "old.doc", data)


def test_a_utf16_file_with_one_line_break_appended_is_read(tmp_path):
    data = "\ufeff".encode("utf-16-le") + f"{STORM}\n".encode("utf-16-le") + b"\n"  # echo >> article.txt
    assert text_of(tmp_path, "u16.txt", data) == f"{STORM}\n"


# --------------------------------------------------------------------------- misnamed formats

def test_a_saved_web_page_named_txt_or_md_is_read_as_html(tmp_path):
    page = ('<!DOCTYPE html><html><head><title>Storm batters coast</title></head><body><nav><a href="/">Home</a>'
            f"</nav><p>{STORM}</p></body></html>")
    for name in ("page.txt", "page.md"):
        doc = load_document(write(tmp_path, name, page))
        assert doc.format == "html" and doc.text.split("\n\n") == ["Storm batters coast", STORM], name


def test_an_articles_text_named_html_keeps_its_paragraphs(tmp_path):
    text = f"Storm batters coast\n\n{STORM}\n"
    doc = load_document(write(tmp_path, "plain.html", text))
    assert doc.format == "txt" and doc.text == text and doc.title == "Storm batters coast"


# --------------------------------------------------------------------------- single-byte Cyrillic

def test_an_iso_8859_5_russian_article_is_read_as_russian_not_greek(tmp_path):
    article = "Мощный шторм обрушился на северное побережье в понедельник, сообщили официальные лица.\n"
    assert text_of(tmp_path, "ru.txt", article.encode("iso-8859-5")) == article


def test_a_run_of_empty_comments_before_the_story_reads_at_once(tmp_path):
    """'<!---->' * 40 opening a text file made the web-page check backtrack for minutes."""
    from reader.core.document import load_document

    story = "A storm hit the coast on Monday, officials said. At least 12 people were hurt."
    path = tmp_path / "comments.txt"
    path.write_text("<!---->" * 40 + "\n\n" + story + "\n", encoding="utf-8")
    assert story in load_document(path).text
    page = tmp_path / "page.html"
    page.write_text("<!---->" * 40 + "<p>" + story + "</p>", encoding="utf-8")
    assert story in load_document(page).text
