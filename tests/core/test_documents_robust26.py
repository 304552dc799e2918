"""Inputs that were read wrongly: documents of other programs read as their markup, a PDF behind a
byte-order mark, a script whose end tag was lost hiding the story after it, NEL line ends refused
as control characters, invisible characters in a title, and messages that named the wrong cause (a
folder's permission, an encoding guessed at, a mail's broken base64).  Every text is invented."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest
from unprivileged import unprivileged
from written_files import error_of, text_of, write

from reader.core.document import load_document
from reader.core.errors import DocumentError
from reader.core.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]

HEADLINE = "Storm batters northern coast"
STORY = [
    "A powerful storm hit the northern coast on Monday, officials said.",
    "At least 12 people were injured and 3,000 homes lost power overnight.",
    "The mayor said the harbour wall had given way in two places.",
    "Rescue teams searched the flooded streets until dawn, police said.",
]
ARTICLE = HEADLINE + "\n\n" + "\n\n".join(STORY) + "\n"


# --------------------------------------------------------------------------- other programs' documents

RTF = r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} \f0 " + " \\par ".join(STORY) + "}"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + RTF.encode(),
    b"\r\n\r\n" + RTF.encode(),
    codecs.BOM_UTF16_LE + RTF.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + ("  \n" + RTF).encode("utf-16-be"),
], ids=["utf8-bom", "blank-lines", "utf16-le", "utf16-be-and-spaces"])
def test_rtf_behind_a_bom_or_blank_lines_is_named(tmp_path, data):
    message = error_of(tmp_path, "story.rtf", data)
    assert "Rich Text (RTF) document" in message and "save it as plain text (.txt)" in message


WORD_2003 = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
             "<?mso-application progid=\"Word.Document\"?>\n"
             "<w:wordDocument xmlns:w='http://schemas.microsoft.com/office/word/2003/wordml'><w:body>"
             + "".join(f"<w:p><w:r><w:t>{sentence}</w:t></w:r></w:p>" for sentence in STORY)
             + "</w:body></w:wordDocument>")
WORD_FLAT_OPC = ("<?xml version='1.0' standalone='yes'?>\r\n<?mso-application progid='Word.Document'?>\r\n"
                 "<pkg:package xmlns:pkg='http://schemas.microsoft.com/office/2006/xmlPackage'>"
                 "<pkg:part pkg:name='/word/document.xml'><pkg:xmlData><w:document><w:body>"
                 + "".join(f"<w:p><w:r><w:t>{sentence}</w:t></w:r></w:p>" for sentence in STORY)
                 + "</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>")
WORD_2003_NO_INSTRUCTION = WORD_2003.replace("<?mso-application progid=\"Word.Document\"?>\n", "")


@pytest.mark.parametrize("name, data", [
    ("story.xml", WORD_2003),
    ("story.txt", WORD_2003),
    ("story.xml", WORD_FLAT_OPC),
    ("story.xml", WORD_2003_NO_INSTRUCTION),
    ("story.xml", codecs.BOM_UTF8 + WORD_2003.encode()),
], ids=["word-2003", "word-2003-named-txt", "word-flat-opc", "root-element-only", "bom"])
def test_a_word_document_saved_as_xml_is_named(tmp_path, name, data):
    message = error_of(tmp_path, name, data)
    assert "is a Word document saved as XML" in message and "save it as plain text (.txt)" in message


FLAT_ODT = ("<?xml version='1.0' encoding='UTF-8'?>\n<!-- written by an office suite -->\n"
            "<office:document xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'"
            " xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' office:version='1.3'{mimetype}>"
            "<office:body><office:text>"
            + "".join(f"<text:p>{sentence}</text:p>" for sentence in STORY)
            + "</office:text></office:body></office:document>")


@pytest.mark.parametrize("name, mimetype, kind", [
    ("story.xml", " office:mimetype='application/vnd.oasis.opendocument.text'", "OpenDocument text saved as flat XML (.fodt)"),
    ("story.fodt", "", "OpenDocument text saved as flat XML (.fodt)"),
    ("figures.xml", " office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\"",
     "OpenDocument spreadsheet saved as flat XML (.fods)"),
    ("story.xml", "", "OpenDocument file saved as flat XML"),
])
def test_a_flat_opendocument_file_is_named(tmp_path, name, mimetype, kind):
    message = error_of(tmp_path, name, FLAT_ODT.format(mimetype=mimetype))
    assert f"is an {kind}" in message and "save it as plain text (.txt)" in message


def test_xml_and_xhtml_articles_still_load(tmp_path):
    """Only an office program's root element or instruction names a document: an XHTML page and an
    XML feed of a story are read."""
    xhtml = ("<?xml version='1.0' encoding='UTF-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head>"
             f"<title>{HEADLINE}</title></head><body>" + "".join(f"<p>{s}</p>" for s in STORY) + "</body></html>")
    assert all(sentence in text_of(tmp_path, "story.xhtml", xhtml) for sentence in STORY)
    feed = "<?xml version='1.0'?>\n<story><p>" + "</p><p>".join(STORY) + "</p></story>"
    assert all(sentence in text_of(tmp_path, "story.xml", feed) for sentence in STORY)


def test_a_text_that_quotes_rtf_or_a_word_tag_later_is_an_article(tmp_path):
    text = ARTICLE + "\nThe leaked file opened with {\\rtf1 and <w:wordDocument>, the court heard.\n"
    assert text_of(tmp_path, "story.txt", text) == text


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" + bytes(range(256)) * 4,
    b"\r\n%PDF-1.4\n" + bytes(range(256)) * 4,
    b"   \n%PDF-1.5\n1 0 obj << /Type /Catalog >> endobj\n" + ARTICLE.encode(),
], ids=["utf8-bom", "line-break", "spaces-then-text-body"])
def test_a_pdf_behind_a_bom_or_whitespace_is_named(tmp_path, data):
    message = error_of(tmp_path, "report.txt", data)
    assert "is a PDF document" in message


# --------------------------------------------------------------------------- a script whose end tag was lost

def page(body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{HEADLINE}</title></head>"
            f"<body>{body}</body></html>")


def paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{sentence}</p>\n" for sentence in sentences)


@pytest.mark.parametrize("element, code", [
    ("script", "var slot = 'inline-1'; loadAds(slot);"),
    ("style", ".ad { display: block; }\n.promo{color:red}"),
])
def test_an_unclosed_script_or_style_before_the_story_ends_where_the_story_resumes(tmp_path, element, code):
    """The rest of the page after a <script> or <style> whose end tag was lost is read: as markup, and
    as plain lines of text right after the code on its line."""
    as_markup = page(paragraphs(STORY[:1]) + f"<{element}>{code}\n" + paragraphs(STORY[1:]))
    text = text_of(tmp_path, "tagged.html", as_markup)
    assert all(sentence in text for sentence in STORY) and "loadAds" not in text and "display" not in text
    as_lines = page(paragraphs(STORY[:1]) + f"<{element}>{code}" + "\n\n".join(STORY[1:]))
    text = text_of(tmp_path, "lines.html", as_lines)
    assert all(sentence in text for sentence in STORY) and "loadAds" not in text and "display" not in text


def test_a_script_whose_end_tag_was_lost_ends_before_the_page_markup_and_headline_in_it(tmp_path):
    """The next script's end tag closes the script that lost its own: the page's markup in between,
    headline and byline too, is the page's, not the script's."""
    html = ("<!DOCTYPE html><html><head><title>Coast news</title>\n"
            "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'section': 'news'});</script>\n"
            "</head>\n<body>\n<article>\n<h1>Harbour wall gives way as storm batters coast</h1>\n"
            "<p class=\"byline\">By Ann Lee | Northport</p>\n<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>\n"
            + paragraphs(STORY) + "</article>\n<script>renderAds({'slots': ['rail']});</script>\n</body></html>")
    whole = text_of(tmp_path, "whole.html", html)
    assert "Harbour wall gives way" in whole and "By Ann Lee" in whole and "Home" not in whole
    assert text_of(tmp_path, "lost.html", html.replace("</script>", "", 1)) == whole


def test_a_page_cut_off_inside_its_script_gains_no_words(tmp_path):
    """A script that runs to the end of the page with only code in it (its comments and strings may
    read as prose) is the script: nothing of it is read, as before."""
    script = ("<script>\n// Load the comments only when the reader scrolls down to them.\n"
              "/* The consent banner must be shown before any tracking starts on the page. */\n"
              "var message = 'Comments are closed on this story until further notice.';\n"
              "function show() { alert(\"Please enable JavaScript to see the comments below.\"); }\n"
              "const note = `\n<p>Thank you for reading our journalism every single day.</p>\n`;\n"
              "if (ready) { show(); }\n")
    without = text_of(tmp_path, "whole.html", page(paragraphs(STORY)))
    assert text_of(tmp_path, "cut.html", page(paragraphs(STORY)) + script) == without


def test_a_closed_script_holding_prose_in_its_strings_stays_a_script(tmp_path):
    script = ("<script type='application/ld+json'>\n{\"@type\": \"NewsArticle\",\n"
              "\"description\": \"A powerful storm hit the northern coast on Monday, officials said.\"}\n</script>\n"
              "<script>\nvar strings = {\n  closed: 'Comments are closed on this story until further notice.'\n};\n"
              "</script>\n")
    text = text_of(tmp_path, "story.html", page(script + paragraphs(STORY)))
    assert text.count(STORY[0]) == 1 and "Comments are closed" not in text


# --------------------------------------------------------------------------- line ends and invisible characters

def test_short_lines_ended_by_nel_read_as_the_same_lines_ended_by_lf(tmp_path):
    """NEL (U+0085) ends the lines of text converted from EBCDIC; the splitter breaks lines there, so it
    is a line break, not a control character that makes a file binary."""
    lines = ["Storm hits coast", "Roads closed.", "Power cut.", "Schools shut.", "Ferries stop.",
             "Police said so.", "More soon."]
    nel_text = "\u0085".join(lines) + "\u0085"
    document = load_document(write(tmp_path, "ebcdic.txt", nel_text))
    assert document.text == nel_text
    assert [s.text for s in split_sentences(document.text)] == lines
    assert load_document(write(tmp_path, "ebcdic_utf16.txt", nel_text.encode("utf-16"))).text == nel_text


def test_zero_width_characters_stay_out_of_the_title_but_in_the_text(tmp_path):
    text = ARTICLE.replace(" ", " \u200b").replace("northern", "north\u00adern")
    document = load_document(write(tmp_path, "zw.txt", text))
    assert document.title == HEADLINE
    assert document.text == text


def test_a_joiner_that_shapes_an_emoji_stays_in_the_title(tmp_path):
    firefighter = "\U0001F469\u200d\U0001F692"
    text = f"Firefighters {firefighter} rescue family from flood\n\n" + "\n\n".join(STORY) + "\n"
    assert load_document(write(tmp_path, "emoji.txt", text)).title == f"Firefighters {firefighter} rescue family from flood"


# --------------------------------------------------------------------------- encodings and their messages

THAI = ("พายุรุนแรงพัดถล่มชายฝั่งภาคเหนือเมื่อวันจันทร์ เจ้าหน้าที่กล่าวว่ามีผู้ได้รับบาดเจ็บอย่างน้อย 12 คน "
        "และบ้านเรือน 3,000 หลังไม่มีไฟฟ้าใช้ “นายกเทศมนตรี” กล่าวว่ากำแพงท่าเรือพังลงสองแห่ง…\n")


@pytest.mark.parametrize("length", [40, 80, len(THAI)])
def test_thai_in_tis_620_is_read(tmp_path, length):
    text = THAI[:length]
    assert text_of(tmp_path, "thai.txt", text.encode("cp874")) == text


def test_korean_in_euc_kr_cut_short_is_not_read_as_thai(tmp_path):
    """A few Korean words in EUC-KR, cut in the middle of a character, keep Thai spelling in
    Windows-874 ("ศญฟไภฯ ฐญวั"), but read as Korean first."""
    korean = "화요일 강한 폭풍이 해안을 강타했다고 당국이 밝혔다.".encode("euc_kr")
    message = error_of(tmp_path, "korean.txt", korean[:15])
    assert "EUC-KR" in message


def test_bytes_of_no_known_encoding_are_not_said_to_be_chinese_japanese_or_korean(tmp_path):
    garbage = bytes([0xB6, 0xDB, 0x6D]) * 40  # what a uuencoded line of "M" decodes to
    message = error_of(tmp_path, "odd.txt", garbage)
    assert "cannot be told" in message
    assert "Chinese" not in message and "Japanese" not in message and "Korean" not in message


def mail(body: str, headers: str) -> bytes:
    return ("From: Desk <desk@example.org>\r\nTo: news@example.com\r\nSubject: Storm batters coast\r\n"
            "Date: Mon, 16 Jan 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" + headers + "\r\n\r\n" + body).encode()


def test_a_mail_whose_base64_holds_a_line_of_text_is_said_to_be_damaged(tmp_path):
    encoded = codecs.encode(ARTICLE.encode(), "base64").decode()
    data = mail("!!!! not base64 ####\r\n" + encoded,
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64")
    message = error_of(tmp_path, "storm.eml", data)
    assert "base64" in message and "damaged" in message
    assert "control characters" not in message


def test_a_mail_with_a_stray_base64_character_that_still_decodes_is_read(tmp_path):
    encoded = codecs.encode(ARTICLE.encode(), "base64").decode()
    data = mail(encoded + "\r\n-- \r\n", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64")
    assert all(sentence in text_of(tmp_path, "storm.eml", data) for sentence in STORY)


# --------------------------------------------------------------------------- permissions

def test_a_folder_that_may_not_be_searched_is_named(tmp_path, monkeypatch):
    """Also where the tests run as root (who may search anything): the error as the OS raises it, and
    the folder as the OS sees it."""
    from reader.core import document

    folder = tmp_path / "locked"
    folder.mkdir()
    path = write(folder, "story.txt", ARTICLE)

    class ClosedFolder:
        """The os module, as a user who may not search ``folder`` meets it."""

        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def stat(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        @staticmethod
        def access(where, mode):
            return Path(where) != folder

    monkeypatch.setattr(document, "os", ClosedFolder())
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value) == f"{path}: permission denied (you are not allowed to look inside the folder {folder})"


def test_real_permissions_name_the_folder_or_the_file(shared_folder):
    prefix = unprivileged()
    closed = shared_folder / "closed"
    closed.mkdir()
    (closed / "story.txt").write_text(ARTICLE)
    closed.chmod(0o644)  # readable, not searchable
    unreadable = shared_folder / "secret.txt"
    unreadable.write_text(ARTICLE)
    unreadable.chmod(0o200)
    script = ("import sys\nfrom reader.core.document import load_document\nfrom reader.core.errors import DocumentError\n"
              "try:\n    load_document(sys.argv[1])\nexcept DocumentError as error:\n    print(error)\n")
    said = {}
    for path in (closed / "story.txt", unreadable):
        run = subprocess.run([*prefix, sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True,
                             text=True, check=False)
        said[path.name] = run.stdout.strip()
    assert said["story.txt"].endswith(f"permission denied (you are not allowed to look inside the folder {closed})")
    assert said["secret.txt"].endswith("permission denied (you are not allowed to read this file)")
