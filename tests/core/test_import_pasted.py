"""Tags on pasted text (no file behind it) travel through export and import like any other.

UI QA finding 1: a file Parallax exported was refused as a whole ("no source file given",
"source 'urn:sha256:…' is not a local file") when one of its tags was on pasted text.
Such a row is a tag on pasted text again: source "" and the text's sha256, as the store keeps it."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tag_files import read_export, write_csv
from reader.cli import main
from reader.core.document import document_from_text, load_document
from reader.core.errors import TagError
from reader.core.export import current_tags, export_file
from reader.core.store import TagStore
from reader.core.tag_import import describe_import, import_file
from reader.core.tags import make_passage, new_tag

PASTED = "Wagner defector\n\nA former Wagner commander crossed into Norway in January, police said."
QUOTE = "crossed into Norway"


def tag_pasted(store: TagStore, text: str = PASTED, kind: str = "single-source", note: str = "one source"):
    document = document_from_text(text)
    at = text.index(QUOTE)
    return document, store.add(new_tag(document, at, at + len(QUOTE), kind, note=note), document=document)


@pytest.fixture
def exported(sources, tmp_path, private_data_dir, monkeypatch):
    """A store holding a tag on a file (with a partner on pasted text) and one on pasted text, exported
    as CSV and JSON; then PARALLAX_DATA_DIR points at a fresh, empty store (a colleague's, or a restore)."""
    article = load_document(sources[0])
    with TagStore() as store:
        document, pasted_tag = tag_pasted(store)
        at = article.text.index("Medvedev")
        partner = make_passage(document, document.text.index(QUOTE), document.text.index(QUOTE) + len(QUOTE))
        file_tag = store.add(new_tag(article, at, at + len("Medvedev"), "corroborated", partners=[partner]),
                             document=article)
        tags = current_tags(store)
        export_file(tags, tmp_path / "export.csv", "csv")
        export_file(tags, tmp_path / "export.json", "json")
    fresh = tmp_path / "fresh-store"
    fresh.mkdir()
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(fresh))
    return {"csv": tmp_path / "export.csv", "json": tmp_path / "export.json", "pasted": pasted_tag,
            "file": file_tag, "document": document}


def stored_rows(store: TagStore) -> list:
    with sqlite3.connect(store.path) as conn:
        return conn.execute("SELECT * FROM tags ORDER BY id").fetchall()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_with_a_tag_on_pasted_text_imports_whole_into_a_fresh_store(exported, fmt):
    with TagStore() as store:
        result = import_file(store, exported[fmt])
        assert (result.added, result.total) == (2, 2)
        pasted = store.get(exported["pasted"].id)
        assert pasted.source == "" and pasted.passage.anchor == exported["pasted"].passage.anchor
        assert (pasted.kind, pasted.note, pasted.status) == ("single-source", "one source", "anchored")
        assert pasted.passage.source_title == "Wagner defector"
        assert store.get(exported["file"].id) is not None
        # Shown again when the same text is pasted, keyed as the store keeps pasted text.
        [shown] = store.tags_for(document_from_text(PASTED))
        assert shown.id == exported["pasted"].id and shown.status == "anchored"
        assert store.tags_for(document_from_text(PASTED + " More.")) == []
        # Importing the same file again adds nothing, changes nothing.
        before = stored_rows(store)
        again = import_file(store, exported[fmt])
        assert (again.added, again.already_present) == (0, 2)
        assert stored_rows(store) == before


def test_the_partner_on_pasted_text_is_kept(exported):
    with TagStore() as store:
        import_file(store, exported["json"])  # JSON names the partner's text by its sha256
        [partner] = store.get(exported["file"].id).partners
        assert partner.source == "" and partner.anchor == exported["file"].partners[0].anchor
    with TagStore() as store:
        store.delete(exported["file"].id)
        result = import_file(store, exported["csv"])  # CSV's partner columns give no sha256
        [partner] = store.get(exported["file"].id).partners
        assert (partner.source, partner.anchor.quote) == ("", QUOTE)
        assert any("partner passage names no source file" in note for note in result.notes), result.notes


def test_the_import_says_that_a_pasted_texts_quote_could_not_be_checked(exported):
    with TagStore() as store:
        lines = describe_import(import_file(store, exported["csv"]), "export.csv")
    assert lines[0] == "imported 2 tags from export.csv"
    assert ("row 2 is on pasted text this store keeps no copy of, so its quote was taken as the file gives it; "
            "it shows when that text is pasted again") in lines


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_imported_tag_on_pasted_text_exports_again_as_it_was(exported, tmp_path, fmt):
    with TagStore() as store:
        import_file(store, exported[fmt])
        export_file(current_tags(store), tmp_path / f"again.{fmt}", fmt)
    if fmt == "csv":
        assert read_export(tmp_path / "again.csv") == read_export(exported["csv"])
    else:
        assert json.loads((tmp_path / "again.json").read_text()) == json.loads(exported["json"].read_text())


def test_the_cli_imports_lists_and_exports_tags_on_pasted_text(exported, tmp_path, capsys):
    assert main(["tags", "import", str(exported["csv"])]) == 0
    assert "imported 2 tags" in capsys.readouterr().out
    assert main(["tags", "list"]) == 0
    out = capsys.readouterr().out
    assert "Wagner defector — (pasted text)" in out and f"“{QUOTE}”" in out and "2 tags" in out, out
    assert main(["tags", "export", "--csv", str(tmp_path / "cli.csv")]) == 0
    rows = {row["id"]: row for row in read_export(tmp_path / "cli.csv")}
    pasted = rows[exported["pasted"].id]
    assert pasted["source"] == "" and pasted["source_sha256"] == exported["document"].sha256
    assert main(["tags", "import", str(tmp_path / "cli.csv")]) == 0
    assert "imported 0 tags" in capsys.readouterr().out


# --- checked against the store's snapshot of the pasted text ----------------------------------


def row_on_pasted(document, **cells) -> dict:
    return {"source": "", "source_sha256": document.sha256, "source_title": "Wagner defector",
            "quote": QUOTE, "tag": "disputed", **cells}


def test_a_pasted_texts_snapshot_checks_the_quote_and_finds_it_again(tmp_path):
    with TagStore() as store:
        document, _ = tag_pasted(store)  # the store now keeps a snapshot of the pasted text
        # Offsets that are off (the text was pasted with a heading less, say): found again by the quote.
        path = write_csv(tmp_path / "t.csv", [row_on_pasted(document, start="3", end="22", note="checked",
                                                                    author="alice")])
        result = import_file(store, path)
        assert result.added == 1 and not result.notes, result.notes
        [tag] = [t for t in store.stored_tags("") if t.note == "checked"]
        at = PASTED.index(QUOTE)
        assert (tag.passage.anchor.start, tag.passage.anchor.end, tag.status) == (at, at + len(QUOTE), "anchored")
        assert tag.passage.anchor.source_sha256 == document.sha256


def test_a_typed_quote_not_in_the_pasted_texts_snapshot_is_refused_in_one_sentence(tmp_path):
    with TagStore() as store:
        document, _ = tag_pasted(store)
        path = write_csv(tmp_path / "t.csv", [row_on_pasted(document, quote="crossed into Sweden")])
        with pytest.raises(TagError) as caught:
            import_file(store, path)
        assert str(caught.value) == f"{path}, row 2: quote not found in the pasted text: “crossed into Sweden”"


def test_an_exported_quote_no_longer_in_the_snapshot_is_orphaned_as_for_files(tmp_path):
    with TagStore() as store:
        document, _ = tag_pasted(store)
        path = write_csv(tmp_path / "t.csv", [row_on_pasted(document, quote="crossed into Sweden", start="43",
                                                            end="62", prefix="commander ", suffix=" in")])
        result = import_file(store, path)
        assert result.added == 1
        assert "row 2: quote not found in the pasted text: “crossed into Sweden”; imported as an orphaned tag" \
            in result.notes
        [orphan] = [t for t in store.stored_tags("") if t.orphaned]
        assert orphan.passage.anchor.quote == "crossed into Sweden" and orphan.source == ""


def test_without_a_snapshot_a_row_on_pasted_text_is_kept_as_given(tmp_path):
    text = "Some other text that nobody pasted here yet, crossed into Norway it said."
    sha = document_from_text(text).sha256
    path = write_csv(tmp_path / "t.csv", [{"source": "", "source_sha256": sha.upper(), "quote": QUOTE,
                                           "start": "45", "end": "64", "prefix": "yet, ", "suffix": " it",
                                           "tag": "corroborated"}])
    with TagStore() as store:
        assert import_file(store, path).added == 1
        [tag] = store.all_tags()
        assert (tag.source, tag.passage.source_title, tag.status) == ("", "Pasted text", "anchored")
        anchor = tag.passage.anchor
        assert (anchor.quote, anchor.start, anchor.end, anchor.prefix, anchor.suffix, anchor.source_sha256) == (
            QUOTE, 45, 64, "yet, ", " it", sha)
        assert [t.id for t in store.tags_for(document_from_text(text))] == [tag.id]


def test_a_json_urn_source_without_a_sha256_field_is_pasted_text_too(tmp_path):
    sha = document_from_text(PASTED).sha256
    annotation = {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "disputed"}],
                  "target": {"source": f"urn:sha256:{sha}",
                             "selector": [{"type": "TextQuoteSelector", "exact": QUOTE}]}}
    path = tmp_path / "t.json"
    path.write_text(json.dumps([annotation]))
    with TagStore() as store:
        assert import_file(store, path).added == 1
        assert [t.kind for t in store.tags_for(document_from_text(PASTED))] == ["disputed"]


# --- ids, and rows that say too little ----------------------------------------------------------


def test_id_less_rows_on_two_pasted_texts_are_two_tags_and_import_once(tmp_path):
    first, second = document_from_text(PASTED), document_from_text(PASTED + "\nMore to follow.")
    at = str(PASTED.index(QUOTE))
    rows = [row_on_pasted(document, start=at) for document in (first, second)]
    path = write_csv(tmp_path / "t.csv", rows)
    with TagStore() as store:
        assert import_file(store, path).added == 2
        assert len(store.tags_for(first)) == len(store.tags_for(second)) == 1
        assert import_file(store, path).added == 0
        assert len(store.all_tags()) == 2


def test_tags_on_two_pasted_texts_alike_in_words_and_verdict_both_import(tmp_path, private_data_dir, monkeypatch):
    with TagStore() as store:
        tag_pasted(store, PASTED, "disputed", note="")
        tag_pasted(store, PASTED + "\nMore to follow.", "disputed", note="")
        export_file(current_tags(store), tmp_path / "e.csv", "csv")
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path))
    with TagStore() as store:
        assert import_file(store, tmp_path / "e.csv").added == 2


@pytest.mark.parametrize("cells, message", [
    ({"source": "", "source_sha256": ""}, "row 2: no source file given"),
    ({"source": "", "source_sha256": "abc123"},
     "row 2: no source file given, and source_sha256 'abc123' is not the sha256 of a pasted text "
     "(64 hexadecimal digits)"),
    ({"source": "urn:sha256:abc123"},
     "row 2: source 'urn:sha256:abc123' does not name a pasted text (urn:sha256: must be followed by the "
     "text's sha256, 64 hexadecimal digits)"),
    ({"source": "urn:sha256:" + "a" * 64, "source_sha256": "b" * 64},
     f"row 2: source 'urn:sha256:{'a' * 64}' and its sha256 {'b' * 64} name two different texts"),
])
def test_a_row_that_names_no_text_keeps_a_clear_error(tmp_path, cells, message):
    path = write_csv(tmp_path / "t.csv", [{"quote": QUOTE, "tag": "disputed", **cells}])
    with TagStore() as store, pytest.raises(TagError) as caught:
        import_file(store, path)
    assert str(caught.value) == f"{path}, {message}"
    assert "\n" not in str(caught.value)


def test_a_good_file_row_beside_a_pasted_row_is_imported_in_the_same_go(sources, tmp_path):
    sha = document_from_text(PASTED).sha256
    path = write_csv(tmp_path / "t.csv", [
        {"source": "a.txt", "quote": "Medvedev", "tag": "corroborated", "source_sha256": ""},
        {"source": "", "quote": QUOTE, "tag": "disputed", "source_sha256": sha}])
    with TagStore() as store:
        assert import_file(store, path).added == 2
        assert {t.source for t in store.all_tags()} == {"", os.path.realpath(sources[0])}


def test_tags_list_puts_each_pasted_text_under_its_own_title(private_data_dir, capsys):
    other = "Storm report\n\nA storm crossed into Norway on Monday, forecasters said."
    with TagStore() as store:
        first, _ = tag_pasted(store)
        second, _ = tag_pasted(store, text=other, kind="disputed")
        # A tag later in the first text: by offset alone the store lists it after the second text's.
        at = PASTED.index("police said")
        store.add(new_tag(first, at, at + len("police said"), "corroborated"), document=first)
    assert main(["tags", "list"]) == 0
    out = capsys.readouterr().out
    headers = [line for line in out.splitlines() if line.endswith("(pasted text)")]
    assert sorted(headers) == ["Storm report — (pasted text)", "Wagner defector — (pasted text)"], out
    lines = out.splitlines()
    under_wagner = lines[lines.index("Wagner defector — (pasted text)") + 1:][:2]
    assert all("single-source" in line or "corroborated" in line for line in under_wagner), out


def test_a_title_with_line_breaks_prints_as_one_header_line(private_data_dir, capsys):
    with TagStore() as store:
        document = document_from_text(PASTED, title="Wagner\ndefector")
        at = PASTED.index(QUOTE)
        store.add(new_tag(document, at, at + len(QUOTE), "disputed"), document=document)
    assert main(["tags", "list"]) == 0
    assert "Wagner defector — (pasted text)" in capsys.readouterr().out.splitlines()
