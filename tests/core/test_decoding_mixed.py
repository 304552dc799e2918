"""A file joined from a UTF-8 text and a legacy one (two saved reports put together, a paste saved
by an older program) reads each line in its own encoding: neither half turns into "â€œ" mojibake or
loses its accents.  Each test writes its file itself; every example is invented."""

from __future__ import annotations

from written_files import text_of

from reader.core.compare import compare
from reader.core.document import load_document

UTF8_PART = "Officials said the “Kellan bridge” would stay closed until Monday.\n"
WESTERN_PART = "The mayor’s office said the café beside it, Crème & Co, was shut.\n"
CYRILLIC_PART = "Мэр города заявил, что мост будет закрыт до понедельника.\n"


def test_utf8_lines_and_windows_1252_lines_each_read_in_their_own_encoding(tmp_path):
    data = UTF8_PART.encode("utf-8") + WESTERN_PART.encode("cp1252") + UTF8_PART.encode("utf-8")
    assert text_of(tmp_path, "joined.txt", data) == UTF8_PART + WESTERN_PART + UTF8_PART


def test_the_legacy_lines_are_read_in_the_code_page_their_letters_need(tmp_path):
    data = UTF8_PART.encode("utf-8") + (CYRILLIC_PART * 2).encode("cp1251")
    assert text_of(tmp_path, "joined.txt", data) == UTF8_PART + CYRILLIC_PART * 2


def test_windows_line_endings_and_a_last_line_without_one_are_kept(tmp_path):
    text = UTF8_PART.replace("\n", "\r\n") + WESTERN_PART.rstrip("\n")
    data = UTF8_PART.replace("\n", "\r\n").encode("utf-8") + WESTERN_PART.rstrip("\n").encode("cp1252")
    assert text_of(tmp_path, "joined.txt", data) == text


def test_a_joined_file_compares_with_exact_offsets_and_links_its_utf8_sentence(tmp_path):
    joined = tmp_path / "joined.txt"
    joined.write_bytes(UTF8_PART.encode("utf-8") + WESTERN_PART.encode("cp1252"))
    other = tmp_path / "other.txt"
    other.write_text(UTF8_PART, encoding="utf-8")
    comparison = compare(load_document(joined), load_document(other))
    text = comparison.a.text
    assert all(text[s.start:s.end] == s.text for s in comparison.a_sentences)
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]
    assert comparison.links[0].relation == "equivalent" and comparison.links[0].score == 1.0  # the same words


def test_a_windows_1252_file_without_utf8_lines_still_reads_as_one(tmp_path):
    data = (WESTERN_PART * 3).encode("cp1252")
    assert text_of(tmp_path, "western.txt", data) == WESTERN_PART * 3


def test_a_long_utf8_article_with_one_legacy_paragraph_keeps_that_paragraph_s_accents(tmp_path):
    # The UTF-8 lines' curly quotes far outnumber the paragraph's bytes: it used to read as a
    # damaged UTF-8 file, each accent a replacement character.
    article = UTF8_PART * 12
    data = article.encode("utf-8") + WESTERN_PART.encode("cp1252")
    assert text_of(tmp_path, "joined.txt", data) == article + WESTERN_PART


def test_a_utf8_character_cut_off_is_still_one_replacement_character(tmp_path):
    data = (UTF8_PART * 3).encode("utf-8") + "Ross’".encode("utf-8")[:-1] + b"\n"
    assert text_of(tmp_path, "cut.txt", data) == UTF8_PART * 3 + "Ross\ufffd\n"
