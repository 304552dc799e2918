"""Tag files saved as UTF-16 without a byte-order mark (as some scripts and editors write them) are
imported like any other; a binary file, which has zero bytes too, is still refused in one line."""

from __future__ import annotations

import csv
import io

import pytest

from reader.cli import main
from reader.core.errors import TagError
from reader.core.store import TagStore
from reader.core.tag_import import import_file, is_tag_file, read_tag_file

OSLO = "Mr Medvedev said he was speaking from Oslo."
NOTE = "Kyiv, Київ ✓"


def tags_csv(delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["source", "quote", "tag", "note"], ["a.txt", OSLO, "corroborated", NOTE]])
    return out.getvalue()


def annotation_json() -> str:
    return ('{"type": "Annotation", "body": [{"purpose": "tagging", "value": "corroborated"}, '
            f'{{"type": "TextualBody", "purpose": "commenting", "value": "{NOTE}"}}], '
            '"target": {"source": "a.txt", "selector": [{"type": "TextQuoteSelector", '
            f'"exact": "{OSLO}"}}]}}}}')


def cyrillic_first_csv() -> str:
    # A short header and a note in another script near the start: not every character is ASCII.
    return f"note,source,tag,quote\r\n\"Київ, Київ, Київ\",a.txt,corroborated,\"{OSLO}\"\r\n"


WITHOUT_BOM = [
    ("utf16_le.csv", tags_csv().encode("utf-16-le")),
    ("utf16_be.csv", tags_csv().encode("utf-16-be")),
    ("utf16_le.json", annotation_json().encode("utf-16-le")),
    ("utf16_be.json", annotation_json().encode("utf-16-be")),
    ("unicode_text.txt", tags_csv("\t").encode("utf-16-le")),
]


@pytest.mark.parametrize("name, data", WITHOUT_BOM, ids=[name for name, _ in WITHOUT_BOM])
def test_a_utf16_tag_file_without_a_byte_order_mark_is_imported(sources, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with TagStore() as store:
        assert import_file(store, path).added == 1
        [tag] = store.all_tags()
    assert tag.note == NOTE and tag.passage.anchor.quote == OSLO and tag.kind == "corroborated"


def test_a_utf16_file_with_a_note_in_another_script_near_its_start_is_imported(sources, tmp_path):
    path = tmp_path / "cyrillic.csv"
    path.write_bytes(cyrillic_first_csv().encode("utf-16-le"))
    with TagStore() as store:
        assert import_file(store, path).added == 1
        assert store.all_tags()[0].note == "Київ, Київ, Київ"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_whose_notes_are_mostly_chinese_is_imported(sources, tmp_path, encoding):
    # Chinese has no zero byte in UTF-16: after the ASCII header, most of the head is not ASCII.
    note = "北京" * 300
    path = tmp_path / "chinese.csv"
    path.write_bytes(f"source,quote,tag,note\r\na.txt,\"{OSLO}\",corroborated,{note}\r\n".encode(encoding))
    with TagStore() as store:
        assert import_file(store, path).added == 1
        assert store.all_tags()[0].note == note


def test_the_command_line_imports_a_utf16_file_without_a_byte_order_mark(sources, tmp_path, capsys):
    path = tmp_path / "tags.csv"
    path.write_bytes(tags_csv().encode("utf-16-be"))
    assert main(["tags", "import", str(path)]) == 0
    capsys.readouterr()
    with TagStore() as store:
        assert [tag.note for tag in store.all_tags()] == [NOTE]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8,
    b"\x00\x01\x02\x03\xff\xfe binary \x00" * 100,
    "source,quote,tag\r\n".encode("utf-32-le"),  # UTF-32 without its mark: every other pair all zeros
])
def test_a_binary_file_is_still_refused_in_one_line(tmp_path, capsys, data):
    path = tmp_path / "tags.csv"
    path.write_bytes(data)
    with pytest.raises(TagError, match=r"^tags\.csv is not a CSV or JSON file \(it is binary\)$"):
        read_tag_file(path, "tags.csv")
    assert main(["tags", "import", str(path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_damaged_utf16_file_without_a_byte_order_mark_is_named_as_such(tmp_path):
    path = tmp_path / "tags.csv"
    path.write_bytes("source,quote,tag\r\n".encode("utf-16-le") + b"\x00\xd8")  # half a surrogate pair
    with pytest.raises(TagError, match=r"tags\.csv is not a CSV or JSON file \(it starts like UTF-16 text without"):
        read_tag_file(path, "tags.csv")


def test_an_earlier_utf16_tag_file_without_a_byte_order_mark_is_a_tag_file(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("id,source,quote,tag,note\r\n".encode("utf-16-le"))
    assert is_tag_file(path)
