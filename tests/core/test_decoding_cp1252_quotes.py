"""A file joined from UTF-8 lines and Windows-1252 lines is read line by line even where a legacy
line puts an accented letter before a curly quote ("café’s": bytes E9 92, which look like the start
of a UTF-8 character but are not a whole one).  Each test writes its file itself; every example is
invented."""

from __future__ import annotations

from written_files import text_of

from reader.core.compare import compare
from reader.core.document import load_document

UTF8_LINE = "The café “reopened” on Friday.\n"
ACCENT_BEFORE_QUOTE = "The owner said Pelé’s old café’s terrace stays shut.\n"
CLOSING_QUOTE_AFTER_ACCENT = "… Renée called it “a true café”, then left.\n"


def test_a_legacy_line_with_an_accent_before_a_curly_quote_keeps_both(tmp_path):
    data = UTF8_LINE.encode("utf-8") + ACCENT_BEFORE_QUOTE.encode("cp1252") + UTF8_LINE.encode("utf-8")
    assert text_of(tmp_path, "joined.txt", data) == UTF8_LINE + ACCENT_BEFORE_QUOTE + UTF8_LINE


def test_a_legacy_line_with_an_accent_before_a_closing_quote_keeps_both(tmp_path):
    data = UTF8_LINE.encode("utf-8") + CLOSING_QUOTE_AFTER_ACCENT.encode("cp1252")
    assert text_of(tmp_path, "joined.txt", data) == UTF8_LINE + CLOSING_QUOTE_AFTER_ACCENT


def test_a_legacy_line_ending_in_an_accent_and_a_quote_reads_as_legacy_beside_another(tmp_path):
    # "café”" at a line's end looks like a UTF-8 character cut off; the other legacy line says otherwise.
    ending = "She said it was “the best café”\n"
    data = UTF8_LINE.encode("utf-8") + ending.encode("cp1252") + ACCENT_BEFORE_QUOTE.encode("cp1252")
    assert text_of(tmp_path, "joined.txt", data) == UTF8_LINE + ending + ACCENT_BEFORE_QUOTE


def test_lines_ending_in_a_lone_carriage_return_are_read_one_by_one_too(tmp_path):
    legacy = "Its owner, Renée, was pleased.\r"
    data = UTF8_LINE.replace("\n", "\r").encode("utf-8") + legacy.encode("cp1252")
    assert text_of(tmp_path, "old_mac.txt", data) == UTF8_LINE.replace("\n", "\r") + legacy


def test_a_utf8_line_with_one_broken_byte_is_still_utf8(tmp_path):
    # A whole UTF-8 character in the broken line says it is UTF-8 damaged, not a legacy line.
    broken = "The “café” had a ".encode() + b"\xff sign.\n"
    data = UTF8_LINE.encode("utf-8") * 3 + broken
    assert text_of(tmp_path, "broken.txt", data) == UTF8_LINE * 3 + "The “café” had a \ufffd sign.\n"


def test_offsets_are_exact_in_a_joined_file(tmp_path):
    joined = tmp_path / "joined.txt"
    joined.write_bytes((UTF8_LINE * 3).encode("utf-8") + ACCENT_BEFORE_QUOTE.encode("cp1252"))
    other = tmp_path / "other.txt"
    other.write_text(ACCENT_BEFORE_QUOTE, encoding="utf-8")
    comparison = compare(load_document(joined), load_document(other))
    text = comparison.a.text
    assert text == UTF8_LINE * 3 + ACCENT_BEFORE_QUOTE
    assert all(text[s.start:s.end] == s.text for s in comparison.a_sentences)
    assert [(link.a, link.b) for link in comparison.links] == [(3, 0)]


def test_a_capital_accent_before_a_curly_quote_in_a_legacy_line_keeps_both(tmp_path):
    # "É’" (C9 92) is a whole two-byte UTF-8 character ("ɒ"), but a lone one of an alphabet the line
    # does not use: the line is legacy, as its "café’s" shows.
    headline = "TRIBUTES PAID TO PELÉ’S FAMILY as the café’s owner wept.\n"
    data = UTF8_LINE.encode("utf-8") + headline.encode("cp1252") + UTF8_LINE.encode("utf-8")
    assert text_of(tmp_path, "joined.txt", data) == UTF8_LINE + headline + UTF8_LINE


def test_a_damaged_utf8_line_in_cyrillic_is_still_utf8(tmp_path):
    # Two whole Cyrillic letters are a word of UTF-8 with a broken byte, not a Windows-1252 line.
    russian = "Москва, 12 марта.\n"
    broken = "Он сказал: ".encode() + b"\xff" + " всё.\n".encode()
    data = russian.encode("utf-8") * 3 + broken
    assert text_of(tmp_path, "broken.txt", data) == russian * 3 + "Он сказал: \ufffd всё.\n"
