"""Tag files a user may give the importer and the exporter: broken characters, files too large,
UTF-16, folders and pipes, Excel's "sep=" line, and export targets that are no tag files."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sqlite3
from dataclasses import replace

import pytest

from tag_files import read_export, write_csv
from reader.core.document import MAX_BYTES, load_document
from reader.core.errors import TagError
from reader.core.export import NotATagFile, current_tags, export_file
from reader.core.store import TagStore
from reader.core.tag_import import import_file, is_tag_file, read_tag_file
from reader.core.tags import new_tag

OSLO = "Mr Medvedev said he was speaking from Oslo."
REPLACEMENT = "\ufffd"


def annotation(note_body: str = "", creator: str = "", source: str = "a.txt") -> str:
    """A Web Annotation as another tool writes it: ``note_body`` and ``creator`` are JSON string
    literals' insides, so an escape such as ``\\ud83d`` stays as the file has it."""
    bodies = ['{"purpose": "tagging", "value": "corroborated"}']
    if note_body:
        bodies.append(f'{{"type": "TextualBody", "purpose": "commenting", "value": "{note_body}"}}')
    made_by = f', "creator": {{"name": "{creator}"}}' if creator else ""
    return (f'{{"type": "Annotation", "body": [{", ".join(bodies)}]{made_by}, "target": {{"source": "{source}", '
            f'"selector": [{{"type": "TextQuoteSelector", "exact": "{OSLO}"}}]}}}}')


# --- half a character (a lone surrogate) ---------------------------------------------------


def test_a_note_cut_in_the_middle_of_an_emoji_is_imported_with_a_replacement_character_and_said(sources, tmp_path):
    """JavaScript cuts strings in UTF-16 units: a note shortened in a browser can end in half an emoji."""
    path = tmp_path / "cut.json"
    path.write_text(annotation(note_body="Checked \\ud83d"), encoding="utf-8")
    with TagStore() as store:
        result = import_file(store, path, display="cut.json")
        [tag] = store.all_tags()
    assert (result.added, tag.note) == (1, "Checked " + REPLACEMENT)
    [said] = [note for note in result.notes if REPLACEMENT in note]
    assert said.startswith("annotation 1: ") and "the note" in said


def test_a_broken_character_in_the_author_is_replaced_too(sources, tmp_path):
    path = tmp_path / "author.json"
    path.write_text(annotation(creator="Ann \\udc00"), encoding="utf-8")
    with TagStore() as store:
        result = import_file(store, path)
        [tag] = store.all_tags()
    assert tag.author == "Ann " + REPLACEMENT
    assert any("the author" in note for note in result.notes)


def test_a_broken_character_in_a_partner_never_reaches_the_store_and_the_store_still_exports(sources, tmp_path):
    partners = '[{"source": "b.txt", "quote": "Oslo\\ud800"}, {"source": "b.txt", "quote": "Oslo"}]'
    path = write_csv(tmp_path / "partners.csv", [{"source": "a.txt", "quote": OSLO, "tag": "corroborated",
                                                  "partners_json": partners}])
    with TagStore() as store:
        result = import_file(store, path)
        [tag] = store.all_tags()
        assert tag.partners[0].anchor.quote == "Oslo" + REPLACEMENT
        assert any("row 2: " in note and "partner" in note and REPLACEMENT in note for note in result.notes)
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
        export_file(current_tags(store), tmp_path / "out.json", "json")
    with sqlite3.connect(store.path) as conn:
        [(stored,)] = conn.execute("SELECT partners FROM tags").fetchall()
    assert "\\ud800" not in stored
    assert "Oslo" + REPLACEMENT in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_a_store_an_earlier_version_let_a_broken_character_into_still_exports(sources, tmp_path):
    document = load_document(sources[0])
    start = document.text.index(OSLO)
    with TagStore() as store:
        store.add(new_tag(document, start, start + len(OSLO), "corroborated"), document=document)
        path = store.path
    # What an earlier version stored from such a partners_json cell: the JSON escape of half a character.
    poisoned = json.dumps([{"source": str(sources[1]), "source_title": "B", "quote": "Oslo\ud800", "prefix": "",
                            "suffix": "", "start": 0, "end": 5, "source_sha256": ""}])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE tags SET partners = ?", (poisoned,))
    with TagStore() as store:
        tags = current_tags(store)
        assert export_file(tags, tmp_path / "out.csv", "csv") == 1
        assert export_file(tags, tmp_path / "out.json", "json") == 1
    [row] = read_export(tmp_path / "out.csv")
    assert row["partner_quote"] == "Oslo" + REPLACEMENT
    assert "Oslo" + REPLACEMENT in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_the_store_keeps_no_half_character_whoever_saves_the_tag(sources):
    document = load_document(sources[0])
    with TagStore() as store:
        store.add(new_tag(document, 0, 10, "disputed", note="Verified \ud83d"), document=document)
        [tag] = store.all_tags()
    assert tag.note == "Verified " + REPLACEMENT


def test_the_store_refuses_a_file_name_that_is_not_text_with_one_clear_error(sources, tmp_path):
    """A file name of bytes that are not UTF-8 (a Latin-1 name on Linux) cannot be kept as text."""
    document = load_document(sources[0])
    tag = new_tag(document, 0, 10, "disputed")
    odd = replace(tag, passage=replace(tag.passage, source=str(tmp_path / "caf\udce9.txt")))
    with TagStore() as store:
        with pytest.raises(TagError, match=r"caf.*\.txt.*file name"):
            store.add(odd)
        assert store.all_tags() == []


# --- size, kind of file, encoding ------------------------------------------------------------


def test_a_tag_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.write(b"source,quote,tag\r\n")
        handle.truncate(MAX_BYTES + 1024 * 1024)  # sparse: no time or disk spent
    with TagStore() as store:
        with pytest.raises(TagError, match=r"huge\.csv: 51 MB is too large for a tag file \(limit 50 MB"):
            import_file(store, path, display="huge.csv")


def test_a_folder_is_not_a_tag_file(tmp_path):
    with pytest.raises(TagError, match=r"is a folder, not a tag file"):
        read_tag_file(tmp_path)


def tags_text(delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["source", "quote", "tag", "note"], ["a.txt", OSLO, "corroborated", "Kyiv, Київ ✓"]])
    return out.getvalue()


@pytest.mark.parametrize("name, data", [
    # Excel's "Unicode Text": UTF-16 LE with a BOM, tab-separated.
    ("unicode_text.txt", codecs.BOM_UTF16_LE + tags_text("\t").encode("utf-16-le")),
    ("utf16.csv", codecs.BOM_UTF16_LE + tags_text().encode("utf-16-le")),
    ("utf16_be.csv", codecs.BOM_UTF16_BE + tags_text().encode("utf-16-be")),
    ("utf16.json", codecs.BOM_UTF16_LE + annotation(note_body="Kyiv, Київ ✓").encode("utf-16-le")),
])
def test_utf16_tag_files_are_read(sources, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with TagStore() as store:
        assert import_file(store, path).added == 1
        [tag] = store.all_tags()
    assert tag.note == "Kyiv, Київ ✓" and tag.passage.anchor.quote == OSLO


def test_a_damaged_utf16_file_is_named_as_such(tmp_path):
    path = tmp_path / "tags.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + b"s\x00o\x00\x00\xd8")  # ends in half a surrogate pair
    with pytest.raises(TagError, match=r"tags\.csv is not a CSV or JSON file \(it starts like UTF-16 text but"):
        read_tag_file(path, "tags.csv")


# --- what a spreadsheet or another tool writes -----------------------------------------------


def test_excel_s_sep_line_declares_the_delimiter(sources, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\r\n" + tags_text(";"), encoding="utf-8")
    with TagStore() as store:
        assert import_file(store, path).added == 1
        assert store.all_tags()[0].note == "Kyiv, Київ ✓"


def test_rows_are_numbered_as_a_spreadsheet_shows_them_after_a_sep_line(sources, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\r\nsource;quote;tag\r\na.txt;" + OSLO + ";maybe\r\n", encoding="utf-8")
    with pytest.raises(TagError, match=r"row 2: unknown tag 'maybe'"):
        with TagStore() as store:
            import_file(store, path)


def test_two_byte_order_marks_are_not_part_of_the_first_column_name(sources, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_bytes(codecs.BOM_UTF8 * 2 + tags_text().encode("utf-8"))
    with TagStore() as store:
        assert import_file(store, path).added == 1


def test_a_csv_named_json_is_read_as_the_csv_it_is(sources, tmp_path):
    path = tmp_path / "tags.json"
    path.write_text(tags_text(), encoding="utf-8")
    with TagStore() as store:
        assert import_file(store, path).added == 1


@pytest.mark.parametrize("name", ["empty.json", "empty.csv", "blank.json"])
def test_an_empty_tag_file_is_called_empty_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"" if name != "blank.json" else codecs.BOM_UTF8 + b"  \r\n")
    with pytest.raises(TagError, match=rf"{name} is empty$"):
        read_tag_file(path, name)


def test_an_annotation_s_problem_reads_as_a_sentence(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"type": "Annotation", "body": {"purpose": "tagging", "value": "disputed"}, '
                    '"target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}}', encoding="utf-8")
    with pytest.raises(TagError, match=r"^t\.json, annotation 1: its target has no source$"):
        read_tag_file(path, "t.json")


# --- sources that are folders or pipes ---------------------------------------------------------


def test_a_source_that_is_a_folder_is_called_a_folder(sources, tmp_path):
    (tmp_path / "story").mkdir()
    for source in ("story", str(tmp_path / "story")):
        path = write_csv(tmp_path / "t.csv", [{"source": source, "quote": OSLO, "tag": "disputed"}])
        with TagStore() as store:
            with pytest.raises(TagError, match=rf"row 2: source '{source}' is a folder, not a file$"):
                import_file(store, path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_source_that_is_a_pipe_is_called_so(sources, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    for source in ("pipe.txt", str(tmp_path / "pipe.txt")):
        path = write_csv(tmp_path / "t.csv", [{"source": source, "quote": OSLO, "tag": "disputed"}])
        with TagStore() as store:
            with pytest.raises(TagError, match=rf"row 2: source '{source}' is not a regular file"):
                import_file(store, path)


# --- exporting over a file that is not a tag file ---------------------------------------------


def test_an_export_does_not_replace_an_article_unless_told_to(sources, tmp_path):
    article = sources[0].read_bytes()
    with TagStore() as store:
        with pytest.raises(NotATagFile, match=r"a\.txt already exists and is not a tag file"):
            export_file(store.all_tags(), sources[0], "csv", only_over_tag_files=True)
        assert sources[0].read_bytes() == article
        export_file(store.all_tags(), sources[0], "csv")
    assert read_export(sources[0]) == []


@pytest.mark.parametrize("name, content", [
    ("old.csv", codecs.BOM_UTF8 + b"id,source,source_title,start,end,quote,prefix,suffix,tag,note\r\n"),
    ("sheet.csv", b"sep=;\r\nSource;Quote;Kind;Comment\r\n"),  # a colleague's sheet, aliases and all
    ("unicode_text.txt", codecs.BOM_UTF16_LE + "source\tquote\ttag\r\n".encode("utf-16-le")),
    ("old.json", b'{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "type": "AnnotationCollection"}'),
    ("empty.csv", b""),
])
def test_an_earlier_tag_file_or_an_empty_file_is_replaced(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert is_tag_file(path) == bool(content)  # an empty file holds nothing to lose
    export_file([], path, "csv", only_over_tag_files=True)
    assert read_export(path) == []


@pytest.mark.parametrize("content", [b"Storm batters coast\n\nA powerful storm hit the coast, police said.\n",
                                     b"name,age\nbob,4\n", b'{"name": "config"}', b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_other_files_are_not_tag_files(tmp_path, content):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    assert not is_tag_file(path)
