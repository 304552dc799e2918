"""A tag records the article shown beside its own when it was made (``Tag.beside``): a single-source
verdict names no partner passage, yet it was reached against that article.  The store keeps it
(older stores gain the column), the tag files carry it, and an import that does not name it keeps
what the store knew."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import replace

import pytest

from reader.core import store as store_module
from reader.core.document import load_document
from reader.core.errors import TagError
from reader.core.export import current_tags, export_file
from reader.core.store import SCHEMA_VERSION, TagStore
from reader.core.tag_import import import_file
from reader.core.tags import new_tag


def single_source_tag(a, b):
    """A single-source tag on "Andrei Medvedev" of ``a``, made beside ``b``: no partner passage."""
    document = load_document(a)
    start = document.text.index("Andrei Medvedev")
    return document, new_tag(document, start, start + len("Andrei Medvedev"), "single-source",
                             beside=load_document(b))


def test_a_new_tag_records_the_article_beside_it_and_the_store_keeps_it(sources):
    a, b = sources
    document, tag = single_source_tag(a, b)
    other = load_document(b)
    assert (tag.beside.source, tag.beside.title, tag.beside.sha256) == (str(b.resolve()), other.title, other.sha256)
    with TagStore() as store:
        store.add(tag, document)
    with TagStore() as store:  # read back from the file, not a cache
        assert store.get(tag.id).beside == tag.beside


def test_a_tag_made_with_nothing_beside_records_none(sources):
    document = load_document(sources[0])
    tag = new_tag(document, 0, 10, "corroborated")
    with TagStore() as store:
        store.add(tag, document)
        assert store.get(tag.id).beside is None


def second_release_store(path, article) -> None:
    """A tag store as release 2 wrote it (schema version 2), with one tag on ``article``."""
    conn = sqlite3.connect(path)
    for step in store_module.MIGRATIONS[:2]:
        for statement in step:
            conn.execute(statement)
    conn.execute(
        "INSERT INTO tags VALUES ('t1', ?, 'Title', 'Andrei Medvedev', '', '', 54, 69, 'sha', 'single-source', "
        "'', '[]', 'ana', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'anchored', 'fp')",
        (str(article.resolve()),))
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_a_store_of_the_second_release_opens_with_its_tags_recording_no_article(tmp_path, sources):
    path = tmp_path / "tags.sqlite3"
    second_release_store(path, sources[0])
    with TagStore(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        old = store.get("t1")
        assert old.passage.anchor.quote == "Andrei Medvedev" and old.beside is None
        document, tag = single_source_tag(*sources)
        store.add(tag, document)
        assert store.get(tag.id).beside == tag.beside


def test_a_damaged_store_of_the_second_release_still_gives_up_its_tags(tmp_path, sources):
    """The rescue of a damaged store reads the columns the store has: one of release 2 has no
    ``beside`` column, and its tags must not be lost for want of it."""
    path = tmp_path / "tags.sqlite3"
    second_release_store(path, sources[0])
    rescued = store_module._rescue(path)
    assert [tag.id for tag in rescued.tags] == ["t1"] and rescued.tags[0].beside is None


def test_the_article_beside_survives_csv_and_json_round_trips(sources, tmp_path):
    a, b = sources
    document, tag = single_source_tag(a, b)
    with TagStore() as store:
        store.add(tag, document)
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
        export_file(current_tags(store), tmp_path / "out.json", "json")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert (row["made_beside_title"], row["made_beside_source"]) == (tag.beside.title, tag.beside.source)
    annotation = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["first"]["items"][0]
    assert annotation["parallax:madeBeside"]["dc:title"] == tag.beside.title

    for name in ("out.csv", "out.json"):
        with TagStore(tmp_path / f"fresh-{name}.sqlite3") as fresh:
            assert import_file(fresh, tmp_path / name).added == 1
            assert fresh.get(tag.id).beside == tag.beside, name


def test_an_import_that_names_no_article_keeps_the_one_the_store_recorded(sources, tmp_path):
    """A newer copy of a tag from a file of an earlier version (no made_beside columns) changes
    its note, and the store still knows which article the tag was made beside."""
    a, b = sources
    document, tag = single_source_tag(a, b)
    with TagStore() as store:
        store.add(tag, document)
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    older = {key: value for key, value in row.items() if not key.startswith("made_beside")}
    older.update(note="Checked again: only this outlet has it.", modified="2099-01-01T00:00:00.000Z")
    with open(tmp_path / "older.csv", "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(older))
        writer.writeheader()
        writer.writerow(older)
    with TagStore() as store:
        assert import_file(store, tmp_path / "older.csv").updated == 1
        stored = store.get(tag.id)
    assert stored.note == "Checked again: only this outlet has it." and stored.beside == tag.beside


def test_a_json_made_beside_that_is_not_an_object_is_a_clear_error(sources, tmp_path):
    a, b = sources
    document, tag = single_source_tag(a, b)
    with TagStore() as store:
        store.add(replace(tag, beside=None), document)
        export_file(current_tags(store), tmp_path / "out.json", "json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    data["first"]["items"][0]["parallax:madeBeside"] = "b.txt"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with TagStore(tmp_path / "fresh.sqlite3") as fresh:
        with pytest.raises(TagError, match=r"'parallax:madeBeside' that is not an object \(it is text\)"):
            import_file(fresh, tmp_path / "bad.json")
        assert fresh.all_tags() == []  # nothing of the file was imported


def exported_row(sources, tmp_path) -> tuple[dict, object]:
    """The CSV row export writes for a single-source tag on ``sources[0]`` made beside ``sources[1]``."""
    document, tag = single_source_tag(*sources)
    with TagStore(tmp_path / "first.sqlite3") as store:
        store.add(tag, document)
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    return row, tag


def write_rows(path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_a_made_beside_naming_neither_file_nor_text_is_not_recorded_and_says_so(sources, tmp_path):
    """A spreadsheet that blanked the file and sha256 but kept the title: a title alone would set
    the tag beside an article nothing recognises (drawn 'made elsewhere' beside the very article)."""
    row, tag = exported_row(sources, tmp_path)
    write_rows(tmp_path / "edited.csv", [{**row, "made_beside_source": "", "made_beside_sha256": ""}])
    with TagStore(tmp_path / "fresh.sqlite3") as fresh:
        result = import_file(fresh, tmp_path / "edited.csv")
        assert fresh.get(tag.id).beside is None
    assert any("names neither a file nor a sha256" in note for note in result.notes)


def test_a_relative_made_beside_path_is_resolved_as_the_rows_own_source_is(sources, tmp_path):
    row, tag = exported_row(sources, tmp_path)
    write_rows(tmp_path / "edited.csv", [{**row, "made_beside_source": "b.txt", "made_beside_title": "  "}])
    with TagStore(tmp_path / "fresh.sqlite3") as fresh:
        import_file(fresh, tmp_path / "edited.csv")
        beside = fresh.get(tag.id).beside
    assert beside.source == str(sources[1].resolve()) and beside.title == ""


def test_an_empty_json_made_beside_is_not_recorded(sources, tmp_path):
    document, tag = single_source_tag(*sources)
    with TagStore() as store:
        store.add(tag, document)
        export_file(current_tags(store), tmp_path / "out.json", "json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    data["first"]["items"][0]["parallax:madeBeside"] = {}
    (tmp_path / "empty.json").write_text(json.dumps(data), encoding="utf-8")
    with TagStore(tmp_path / "fresh.sqlite3") as fresh:
        import_file(fresh, tmp_path / "empty.json")
        assert fresh.get(tag.id).beside is None


@pytest.mark.parametrize("cell", ['{"source": "x"}', "null", "not json", '{"source": 1, "title": "", "sha256": ""}'])
def test_an_unreadable_beside_cell_reads_as_not_recorded_and_the_tag_survives(sources, tmp_path, cell):
    document, tag = single_source_tag(*sources)
    path = tmp_path / "tags.sqlite3"
    with TagStore(path) as store:
        store.add(tag, document)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tags SET beside = ?", (cell,))
    conn.commit()
    conn.close()
    with TagStore(path) as store:
        kept = store.get(tag.id)
    assert kept.passage.anchor.quote == "Andrei Medvedev" and kept.beside is None


def test_many_rows_whose_made_beside_names_nothing_get_one_note(sources, tmp_path):
    row, tag = exported_row(sources, tmp_path)
    text = load_document(sources[0]).text
    rows = []
    for n, quote in enumerate(["Andrei Medvedev", "Norway", "Wagner"]):
        start = text.index(quote)
        rows.append({**row, "id": f"t{n}", "quote": quote, "start": str(start), "end": str(start + len(quote)),
                     "prefix": "", "suffix": "", "made_beside_source": "", "made_beside_sha256": ""})
    write_rows(tmp_path / "edited.csv", rows)
    with TagStore(tmp_path / "fresh.sqlite3") as fresh:
        result = import_file(fresh, tmp_path / "edited.csv")
    said = [note for note in result.notes if "names neither a file nor a sha256" in note]
    assert said == ["rows 2-4: the article their tags were made beside names neither a file nor a sha256, "
                    "so it is not recorded"]
