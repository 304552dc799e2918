"""Tags exported to CSV, opened and saved by a spreadsheet, imported again: the editor's
edits come back, what cannot be read is said row by row, and no verdict moves onto words
it was not about."""

from __future__ import annotations

import csv
import dataclasses
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tag_files import read_export, write_csv
from reader.cli import main
from reader.core.document import load_document
from reader.core.errors import TagError
from reader.core.export import current_tags, export_file
from reader.core.tag_import import import_file
from reader.core.store import TagStore
from reader.core.tags import new_tag

OSLO = "Mr Medvedev said he was speaking from Oslo."


def tag_and_export(sources, tmp_path, quote: str = OSLO, note: str = "checked with the lawyer") -> tuple[list[dict], str]:
    """A tag on seed 000's copy, exported to CSV; returns the exported rows and the tag's id."""
    document = load_document(sources[0])
    at = document.text.index(quote)
    with TagStore() as store:
        tag = store.add(new_tag(document, at, at + len(quote), "corroborated", note=note), document=document)
        export_file(current_tags(store), tmp_path / "export.csv", "csv")
    return read_export(tmp_path / "export.csv"), tag.id


def saved_by_spreadsheet(path: Path, rows: list[dict], *, delimiter: str = ",", encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, errors="replace", newline="") as stream:
        writer = csv.DictWriter(stream, list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_note_and_verdict_edited_in_the_spreadsheet_replace_the_stored_ones(sources, tmp_path, capsys):
    rows, tag_id = tag_and_export(sources, tmp_path)
    rows[0].update(note="Lawyer confirmed by phone — и по телефону, 已核实", tag="disputed")
    edited = saved_by_spreadsheet(tmp_path / "edited.csv", rows, delimiter=";")
    assert main(["tags", "import", str(edited)]) == 0
    assert "1 updated with the file's edits" in capsys.readouterr().out
    with TagStore() as store:
        tag = store.get(tag_id)
        assert (tag.note, tag.kind) == ("Lawyer confirmed by phone — и по телефону, 已核实", "disputed")
        assert tag.modified > rows[0]["modified"]  # the edit is the tag's newest change
        assert import_file(store, edited).already_present == 1  # and again: nothing to do


def test_a_tag_changed_in_the_store_after_the_export_is_kept_and_named(sources, tmp_path, capsys):
    rows, tag_id = tag_and_export(sources, tmp_path)
    with TagStore() as store:
        store.update(dataclasses.replace(store.get(tag_id), note="changed in the window"))  # as the window does
    rows[0]["note"] = "changed in the spreadsheet"
    edited = saved_by_spreadsheet(tmp_path / "edited.csv", rows)
    assert main(["tags", "import", str(edited)]) == 0
    out = capsys.readouterr().out
    assert "kept the stored tag for row 2" in out and "--prefer-file" in out, out
    with TagStore() as store:
        assert store.get(tag_id).note == "changed in the window"
    assert main(["tags", "import", "--prefer-file", str(edited)]) == 0
    with TagStore() as store:
        assert store.get(tag_id).note == "changed in the spreadsheet"


def test_a_modified_time_shown_to_the_minute_is_the_same_moment(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path)
    rows[0]["modified"] = rows[0]["modified"][:16].replace("T", " ")  # "2026-11-23 04:44"
    rows[0]["note"] = "edited"
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "e.csv", rows))
        assert (result.edited, store.get(tag_id).note) == (1, "edited")


def test_times_a_spreadsheet_cannot_have_written_are_noted_not_fatal(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path)
    rows[0].update(created="the 23rd, 04:44", modified="05/11/2026 04:44", id="")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for source in sources:
        (fresh / source.name).write_bytes(source.read_bytes())
    path = saved_by_spreadsheet(fresh / "dates.csv", rows)
    with TagStore(fresh / "store.sqlite3") as store:
        result = import_file(store, path)
        assert result.added == 1
        assert result.notes == (
            "created is not a time Parallax can read (like 2024-05-01T09:30:00Z) in row 2, for example "
            "'the 23rd, 04:44'; taken as unknown",
            "modified in row 2 could be day first or month first, for example '05/11/2026 04:44'; "
            "taken as unknown")


def as_shown(iso: str, pattern: str) -> str:
    """An exported time as a spreadsheet in some locale shows it, and saves it back."""
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime(pattern)


@pytest.mark.parametrize("pattern", ["%d/%m/%Y %H:%M", "%m/%d/%y %I:%M %p", "%d.%m.%Y %H:%M:%S", "%Y/%m/%d %H:%M"])
def test_an_edit_saved_with_times_in_a_spreadsheets_locale_format_is_applied(sources, tmp_path, pattern):
    rows, tag_id = tag_and_export(sources, tmp_path)
    rows[0].update(note="edited in a spreadsheet set to another locale",
                   created=as_shown(rows[0]["created"], pattern), modified=as_shown(rows[0]["modified"], pattern))
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "locale.csv", rows))
        assert (result.edited, result.kept, result.notes) == (1, (), ())
        assert store.get(tag_id).note == "edited in a spreadsheet set to another locale"


def test_a_day_and_month_only_the_stored_time_tells_apart_are_read_by_it(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path)
    rows[0]["note"] = "edited"
    for cell, edited in (("05/11/2026 04:44", 1), ("11/05/2026 04:44", 1), ("06/11/2026 04:44", 0)):
        with TagStore() as store:  # last modified on 5 November: its day could be a month
            store.update(dataclasses.replace(store.get(tag_id), note="as stored"))
            with sqlite3.connect(store.path) as conn:
                conn.execute("UPDATE tags SET modified = ? WHERE id = ?", ("2026-11-05T04:44:31.250Z", tag_id))
        rows[0]["modified"] = cell
        with TagStore() as store:
            result = import_file(store, saved_by_spreadsheet(tmp_path / "two_ways.csv", rows))
            assert (result.edited, len(result.kept)) == (edited, 1 - edited), cell
            assert store.get(tag_id).note == ("edited" if edited else "as stored")


def test_a_row_copied_to_tag_another_passage_is_a_tag_of_its_own(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path)
    copy = {**rows[0], "quote": "Andrei Medvedev", "prefix": "", "suffix": "", "start": "", "end": "",
            "note": "another passage", "tag": "single-source"}
    path = saved_by_spreadsheet(tmp_path / "copied.csv", [rows[0], copy])
    with TagStore() as store:
        result = import_file(store, path)
        assert result.added == 1
        assert result.notes == ("row 3 has the id of row 2 but tags another passage: imported as a tag of its own",)
        assert sorted(t.passage.anchor.quote for t in store.all_tags()) == ["Andrei Medvedev", OSLO]


def test_two_rows_with_one_id_and_passage_but_different_notes_are_refused_by_row(sources, tmp_path):
    rows, _ = tag_and_export(sources, tmp_path)
    path = saved_by_spreadsheet(tmp_path / "twice.csv", [rows[0], {**rows[0], "note": "other"}])
    with TagStore() as store:
        with pytest.raises(TagError, match="row 2 and row 3 have the same id and passage but another verdict or note"):
            import_file(store, path)
        # The same row twice is just imported once.
        result = import_file(store, saved_by_spreadsheet(tmp_path / "dup.csv", [rows[0], rows[0]]))
        assert result.notes == ("row 3 repeats row 2; imported once",) and len(store.all_tags()) == 1


def test_an_editors_own_comment_column_does_not_replace_the_note_column(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path, note="the real note")
    rows = [{**row, "Comment": "ask the desk", "Kind": "news"} for row in rows]
    fresh = tmp_path / "fresh"
    with TagStore(fresh / "store.sqlite3") as store:
        assert import_file(store, saved_by_spreadsheet(tmp_path / "extra.csv", rows)).added == 1
        assert (store.get(tag_id).note, store.get(tag_id).kind) == ("the real note", "corroborated")
    twice = tmp_path / "twice.csv"
    twice.write_text("source,quote,tag,note,Note\na.txt,Oslo,disputed,x,y\n", encoding="utf-8")
    with TagStore() as store:
        with pytest.raises(TagError, match="the columns 'note' and 'Note' both give the note"):
            import_file(store, twice)


def test_a_short_quote_is_not_put_on_another_article_that_shares_the_file_name(sources, tmp_path):
    """A colleague's "Medvedev" tag names their a.txt; the a.txt here is another article."""
    document = load_document(sources[0])
    at = document.text.index(OSLO) + len("Mr ")
    with TagStore(tmp_path / "colleague" / "store.sqlite3") as store:
        store.add(new_tag(document, at, at + len("Medvedev"), "disputed"), document=document)
        export_file(current_tags(store), tmp_path / "colleague.csv", "csv")
    sources[0].write_bytes(sources[1].read_bytes())
    assert "Medvedev" in sources[0].read_text(encoding="utf-8")
    with TagStore() as store:
        result = import_file(store, tmp_path / "colleague.csv")
        [tag] = store.all_tags()
    assert (tag.status, tag.passage.anchor.prefix[-3:]) == ("orphaned", "Mr ")
    assert result.notes == ("row 2: quote not found in a.txt: “Medvedev”; imported as an orphaned tag",)


def test_excels_legacy_csv_is_read_and_letters_it_lost_never_overwrite_the_stored_ones(sources, tmp_path, capsys):
    rows, tag_id = tag_and_export(sources, tmp_path, note="已核实 with the lawyer")
    # Excel's plain "CSV" keeps what its code page has ("Café", curly quotes) and writes "?" for the rest.
    rows[0]["note"] = "已核实 with the lawyer; Café owner says “no”"
    path = saved_by_spreadsheet(tmp_path / "excel.csv", rows, encoding="cp1252")
    assert main(["tags", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "is not UTF-8" in out and "save it as 'CSV UTF-8'" in out, out
    assert "kept the stored tag for row 2: the file's copy lost letters" in out and "--prefer-file" not in out, out
    with TagStore() as store:
        assert store.get(tag_id).note == "已核实 with the lawyer"
    # What the code page could hold is an edit like any other.
    rows[0]["note"] = "Café owner says “no”"
    path = saved_by_spreadsheet(tmp_path / "excel.csv", rows, encoding="cp1252")
    assert main(["tags", "import", str(path)]) == 0
    with TagStore() as store:
        assert store.get(tag_id).note == "Café owner says “no”"
    # And a copy that only lost letters is the same tag, not an edit.
    rows, tag_id = tag_and_export(sources, tmp_path, note="звонили адвокату")
    path = saved_by_spreadsheet(tmp_path / "excel.csv", rows, encoding="cp1252")
    with TagStore() as store:
        assert import_file(store, path).already_present == 2
        assert store.get(tag_id).note == "звонили адвокату"


def test_letters_lost_in_a_copy_that_says_it_is_newer_never_replace_the_stored_ones(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path, note="звонили адвокату")
    rows[0].update(modified="2099-01-01T00:00:00Z", tag="disputed")  # edited elsewhere, later
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "excel.csv", rows, encoding="cp1252"))
        assert (result.updated, result.kept_lossy) == (0, ("row 2",))
        assert (store.get(tag_id).note, store.get(tag_id).kind) == ("звонили адвокату", "corroborated")


def test_a_row_whose_id_column_was_deleted_is_the_stored_tag_edited(sources, tmp_path, capsys):
    rows, tag_id = tag_and_export(sources, tmp_path)
    del rows[0]["id"]
    rows[0]["note"] = "edited without the id column"
    assert main(["tags", "import", str(saved_by_spreadsheet(tmp_path / "no_id.csv", rows))]) == 0
    assert "1 updated with the file's edits" in capsys.readouterr().out
    with TagStore() as store:
        [tag] = store.all_tags()
        assert (tag.id, tag.note) == (tag_id, "edited without the id column")
    # Without a time the copy is not known to be newer: kept and named, as a row with an id is.
    rows[0].update(note="edited again", modified="")
    no_time = saved_by_spreadsheet(tmp_path / "no_time.csv", rows)
    assert main(["tags", "import", str(no_time)]) == 0
    assert "kept the stored tag for row 2" in capsys.readouterr().out
    assert main(["tags", "import", "--prefer-file", str(no_time)]) == 0
    with TagStore() as store:
        assert [(t.id, t.note) for t in store.all_tags()] == [(tag_id, "edited again")]


def test_a_row_without_an_id_by_another_author_is_a_tag_of_its_own(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path)
    del rows[0]["id"]
    rows[0].update(note="my colleague's view", author="colleague", tag="disputed")
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "colleague.csv", rows))
        assert (result.added, result.edited) == (1, 0)
        assert sorted(t.note for t in store.all_tags()) == ["checked with the lawyer", "my colleague's view"]


def test_stored_tags_a_file_does_not_hold_are_mentioned_not_deleted(sources, tmp_path, capsys):
    rows, tag_id = tag_and_export(sources, tmp_path)
    document = load_document(sources[0])
    quote = "He said he crossed the border"
    at = document.text.index(quote)
    with TagStore() as store:
        store.add(new_tag(document, at, at + len(quote), "single-source"), document=document)
    assert main(["tags", "import", str(saved_by_spreadsheet(tmp_path / "one_row.csv", rows))]) == 0
    assert "1 other stored tag on these articles is not in the file and stays as it is" in capsys.readouterr().out
    with TagStore() as store:
        assert len(store.all_tags()) == 2


def test_a_windows_path_finds_the_article_beside_the_tag_file(sources, tmp_path):
    path = write_csv(tmp_path / "from_windows.csv", [
        {"source": "C:\\Users\\anna\\Documents\\story\\a.txt", "quote": OSLO, "tag": "disputed",
         "start": "1,321", "end": "1364.0"}])
    with TagStore() as store:
        assert import_file(store, path).added == 1
        assert Path(store.all_tags()[0].source) == sources[0].resolve()


def test_a_partner_quote_gone_from_its_article_is_kept_as_written(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path)
    rows[0].update(partner_source="b.txt", partner_quote="words no article has", partner_start="10",
                   partner_end="30", note="with a partner")
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "p.csv", rows))
        assert result.notes == ("row 2: partner quote not found in b.txt: “words no article has”; kept as written",)
        [partner] = store.get(tag_id).partners
        assert (partner.anchor.quote, partner.anchor.start, partner.anchor.end) == ("words no article has", 10, 30)


# --- times a spreadsheet keeps to the minute (QA 7, item 4) -----------------------------------


def set_stored_times(store: TagStore, tag_id: str, created: str, modified: str) -> None:
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE tags SET created = ?, modified = ? WHERE id = ?", (created, modified, tag_id))


def test_a_change_made_here_within_the_minute_the_spreadsheet_shows_is_kept_and_named(sources, tmp_path):
    """Exported at 06:45:50.3, the note changed in the window at 06:45:50.7, the sheet shows 06:45."""
    rows, tag_id = tag_and_export(sources, tmp_path)
    with TagStore() as store:
        store.update(dataclasses.replace(store.get(tag_id), note="changed in the window"))
        set_stored_times(store, tag_id, "2026-11-23T06:45:50.279Z", "2026-11-23T06:45:50.695Z")
    rows[0].update(note="edited in the spreadsheet", created="23/11/2026 06:45", modified="23/11/2026 06:45")
    edited = saved_by_spreadsheet(tmp_path / "edited.csv", rows)
    with TagStore() as store:
        result = import_file(store, edited)
        assert (result.edited, result.kept) == (0, ("row 2",))
        assert result.notes == (("row 2: the file gives the time to the minute only (2026-11-23 06:45), and the "
                                 "stored tag was changed within that minute (06:45:50.695 UTC), perhaps after the "
                                 "file was written: which copy is newer cannot be told"),)
        assert store.get(tag_id).note == "changed in the window"
        assert import_file(store, edited, prefer_file=True).edited == 1
        assert store.get(tag_id).note == "edited in the spreadsheet"


def test_a_tag_last_changed_before_a_later_time_in_the_file_is_edited_by_a_row_to_the_minute(sources, tmp_path):
    """The file was written after the latest time it holds: a stored change before that is in it."""
    document = load_document(sources[0])
    at = document.text.index("Andrei Medvedev")
    with TagStore() as store:
        other = store.add(new_tag(document, at, at + len("Andrei Medvedev"), "disputed"), document=document)
    rows, tag_id = tag_and_export(sources, tmp_path)
    with TagStore() as store:
        set_stored_times(store, tag_id, "2026-11-23T06:00:10.000Z", "2026-11-23T06:45:50.695Z")
        set_stored_times(store, other.id, "2026-11-23T06:50:12.000Z", "2026-11-23T06:50:12.000Z")
    for row in rows:
        if row["id"] == tag_id:
            row.update(created="23/11/2026 06:00", modified="23/11/2026 06:45", note="edited in the spreadsheet")
        else:
            row.update(created="23/11/2026 06:50", modified="23/11/2026 06:50")
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "edited.csv", rows))
        assert (result.edited, result.kept, result.notes) == (1, (), ())
        assert store.get(tag_id).note == "edited in the spreadsheet"


# --- line ends in a note cell (QA 7, minor issues) ----------------------------------------------


def test_a_note_whose_line_ends_a_spreadsheet_changed_is_the_same_note(sources, tmp_path):
    rows, tag_id = tag_and_export(sources, tmp_path, note="line one\nline two")
    rows[0]["note"] = "line one\r\nline two"
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "crlf.csv", rows))
        assert (result.already_present, result.edited) == (1, 0)
        assert store.get(tag_id).note == "line one\nline two"
        # Another verdict beside it is an edit; the note stays as it was.
        rows[0]["tag"] = "disputed"
        assert import_file(store, saved_by_spreadsheet(tmp_path / "crlf.csv", rows)).edited == 1
        assert (store.get(tag_id).kind, store.get(tag_id).note) == ("disputed", "line one\nline two")


# --- tags deleted since the export (QA 7, minor issues) -----------------------------------------


def test_an_import_that_brings_back_a_tag_deleted_since_the_export_says_so(sources, tmp_path, capsys):
    document = load_document(sources[0])
    quote = "He said he crossed the border"
    at = document.text.index(quote)
    with TagStore() as store:
        deleted = store.add(new_tag(document, at, at + len(quote), "single-source"), document=document)
    rows, _ = tag_and_export(sources, tmp_path)
    with TagStore() as store:
        store.delete(deleted.id)
    assert main(["tags", "import", str(tmp_path / "export.csv")]) == 0
    out = capsys.readouterr().out
    row = next(number for number, row in enumerate(rows, start=2) if row["id"] == deleted.id)
    assert "imported 1 tag" in out, out
    assert (f"1 tag that is no longer in the store (deleted since the export?) was added back: row {row}"
            in out), out
    with TagStore() as store:
        assert store.get(deleted.id) is not None


def test_an_import_looks_each_stored_tag_up_once(sources, tmp_path, monkeypatch):
    """Review finding: each row's stored tag was looked up by id, then by its article, then by id
    again to compare.  One lookup per row id and one per article now serve every step, and the
    import still says the same: a row whose id column was emptied is still its stored tag."""
    document = load_document(sources[0])
    with TagStore() as store:
        for quote in (OSLO, "He said he crossed the border", "Mr Medvedev"):
            at = document.text.index(quote)
            store.add(new_tag(document, at, at + len(quote), "corroborated"), document=document)
        export_file(current_tags(store), tmp_path / "export.csv", "csv")
    rows = read_export(tmp_path / "export.csv")
    rows[0]["id"] = ""
    calls = {"get": 0, "stored_tags": 0}
    for name in calls:
        def counted(self, *args, _real=getattr(TagStore, name), _name=name, **kwargs):
            calls[_name] += 1
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(TagStore, name, counted)
    with TagStore() as store:
        result = import_file(store, saved_by_spreadsheet(tmp_path / "edited.csv", rows))
    assert (result.added, result.already_present, result.not_in_file, result.notes) == (0, 3, 0, ())
    assert calls == {"get": 2, "stored_tags": 1}  # the id-less row's tag is found on its article
