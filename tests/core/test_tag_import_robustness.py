"""Tag import/export robustness: malformed files, long cells, odd export targets,
re-imports that must not overwrite edits, and edited passages (QA report items 2, 3, 7, 11-13)."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from tag_files import write_csv
from reader.cli import main
from reader.core.document import load_document
from reader.core.errors import TagError
from reader.core.export import current_tags, export_file
from reader.core.tag_import import import_file
from reader.core.store import TagStore
from reader.core.tags import new_tag

OSLO = "Mr Medvedev said he was speaking from Oslo."


@pytest.fixture
def default_csv_limit():
    """csv's field limit is process-wide: start from its default, put back what was there."""
    before = csv.field_size_limit(131072)
    yield
    csv.field_size_limit(before)


def annotation(target: dict | None = None, **extra) -> dict:
    return {"type": "Annotation",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "disputed"}],
            "target": target or {"source": "a.txt", "selector": [{"type": "TextQuoteSelector", "exact": OSLO}]},
            **extra}


def partners_row(partners) -> list[dict]:
    return [{"source": "a.txt", "quote": "Mr Medvedev", "tag": "disputed", "partners_json": json.dumps(partners)}]


# --- malformed files: one line, exit 2, nothing stored (item 11) -----------------------

MALFORMED = [
    ("deep.json", "[" * 100_000 + "]" * 100_000, r"deep\.json is not a tag file \(its JSON is nested too deeply\)"),
    ("nested.csv", partners_row([{"source": [1], "quote": "x"}]), r"row 2: partners_json passage 1: source is not text"),
    ("quote_list.csv", partners_row([{"source": "b.txt", "quote": ["x"]}]),
     r"row 2: partners_json passage 1: quote is not text"),
    ("start_str.csv", partners_row([{"source": "b.txt", "quote": "Medvedev", "start": "abc"}]),
     r"row 2: partners_json passage 1: start is not a whole number"),
    ("start_neg.csv", partners_row([{"source": "b.txt", "quote": "Medvedev", "start": -5, "end": 10**30}]),
     r"row 2: partner start -5 is not a character offset"),
    ("partner_cols.csv", [{"source": "a.txt", "quote": "Mr Medvedev", "tag": "disputed", "partner_source": "b.txt",
                           "partner_quote": "Medvedev", "partner_start": "99999999999999999999999"}],
     r"row 2: partner start 99999999999999999999999 is not a character offset"),
    ("orphan.csv", [{"source": "a.txt", "quote": "Text that is gone", "tag": "disputed", "status": "orphaned",
                     "start": "5", "end": "2"}], r"row 2: end 2 is not after start 5"),
    ("created.json", annotation(created=12345), r"annotation 1 has a 'created' time that is not text \(it is a number\)"),
    ("prefix.json", annotation({"source": "a.txt", "selector": {"type": "TextQuoteSelector", "exact": "Mr Medvedev",
                                                                "prefix": 5}}),
     r"annotation 1: its target: TextQuoteSelector prefix is not text"),
    ("items.json", {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": 5}},
     r"items\.json: the annotation page's 'items' is not a list of annotations"),
    ("note.json", {**annotation(), "body": [{"purpose": "tagging", "value": "disputed"},
                                            {"purpose": "commenting", "value": 12345}]},
     r"annotation 1 has a commenting body whose value is not text \(it is a number\)"),
    ("negative.json", annotation({"source": "a.txt", "selector": [
        {"type": "TextQuoteSelector", "exact": "Mr Medvedev"}, {"type": "TextPositionSelector", "start": -100, "end": -1}]}),
     r"annotation 1: start -100 is not a character offset"),
]


@pytest.mark.parametrize("name, content, message", MALFORMED, ids=[case[0] for case in MALFORMED])
def test_malformed_tag_files_give_one_line_and_exit_2(sources, tmp_path, capsys, name, content, message):
    path = tmp_path / name
    if name.endswith(".csv"):
        write_csv(path, content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with TagStore() as store:
        with pytest.raises(TagError, match=message):
            import_file(store, path)
    assert main(["tags", "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("parallax: error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    with TagStore() as store:
        assert store.all_tags() == []


def test_a_file_on_another_machine_is_found_by_its_name_beside_the_tag_file(sources, tmp_path):
    """A colleague's export names file://fileserver/news/a.txt; the article travels with the tag file."""
    path = tmp_path / "shared.csv"
    write_csv(path, [{"source": "file://fileserver/news/a.txt", "quote": "Mr Medvedev", "tag": "disputed"}])
    with TagStore() as store:
        assert import_file(store, path).added == 1
        assert Path(store.all_tags()[0].source).name == "a.txt"


def test_an_imported_quote_is_not_moved_onto_edited_words(sources, tmp_path):
    text = sources[0].read_text(encoding="utf-8")
    assert OSLO in text
    path = tmp_path / "tags.csv"
    start = text.index(OSLO)
    write_csv(path, [{"source": "a.txt", "quote": OSLO, "tag": "corroborated", "start": start,
                      "prefix": text[start - 30:start], "suffix": text[start + len(OSLO):start + len(OSLO) + 30]}])
    sources[0].write_text(text.replace(OSLO, OSLO.replace("Oslo", "Bergen")), encoding="utf-8")
    with TagStore() as store:
        result = import_file(store, path)
        [tag] = store.all_tags()
    # Kept, as the store keeps a tag whose words changed: orphaned, with the words that were judged.
    assert (result.added, tag.status, tag.passage.anchor.quote) == (1, "orphaned", OSLO)
    assert result.notes == (f"row 2: quote not found in a.txt: “{OSLO}”; imported as an orphaned tag",)


def test_a_foreign_tools_sloppy_end_offset_is_still_only_a_hint(sources, tmp_path):
    """end < start is refused where offsets are stored as given (orphaned rows), not where the quote is found."""
    path = write_csv(tmp_path / "t.csv", [{"source": "a.txt", "quote": OSLO, "tag": "disputed", "start": "5", "end": "2"}])
    with TagStore() as store:
        assert import_file(store, path).added == 1


# --- long cells round-trip through CSV (item 7) ----------------------------------------


def test_csv_export_of_a_long_note_and_quote_imports_again(sources, tmp_path, default_csv_limit):
    doc = load_document(sources[0])
    note = "checked " * 25_000  # 200,000 characters: over csv's default field limit
    with TagStore() as store:
        store.add(new_tag(doc, 0, len(doc.text), "disputed", note=note), document=doc)  # the whole article
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
    with TagStore(tmp_path / "other.sqlite3") as other:
        assert import_file(other, tmp_path / "out.csv").added == 1
        [tag] = other.all_tags()
    assert tag.note == note and tag.passage.anchor.quote == doc.text


# --- export targets (items 12, 13) ------------------------------------------------------


def test_export_under_a_regular_file_is_one_clear_error(sources, tmp_path):
    with pytest.raises(TagError, match=r"cannot write .*a\.txt/x\.csv \(Not a directory\)"):
        export_file([], sources[0] / "x.csv", "csv")


def test_export_writes_through_a_symlink_and_keeps_it(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "tags.csv").write_text("old", encoding="utf-8")
    os.chmod(real / "tags.csv", 0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(Path("real") / "tags.csv")
    export_file([], link, "csv")
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "tags.csv")
    assert (real / "tags.csv").read_text(encoding="utf-8-sig").startswith("id,source,")
    assert stat.S_IMODE((real / "tags.csv").stat().st_mode) == 0o640
    assert sorted(p.name for p in real.iterdir()) == ["tags.csv"]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_export_into_a_fifo_writes_into_it_instead_of_replacing_it(tmp_path):
    """A device or pipe (like /dev/null) must never be replaced by a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        assert export_file([], fifo, "json") == 0
    finally:
        reader.join(10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["type"] == "AnnotationCollection"


def test_export_to_a_folder_is_one_clear_error(tmp_path):
    with pytest.raises(TagError, match=r"cannot write .* \(it is a folder\)"):
        export_file([], tmp_path, "csv")


# --- re-importing must not overwrite edits (item 2) ----------------------------------------


def database_rows(store_path: Path) -> list:
    with sqlite3.connect(store_path) as conn:
        return (conn.execute("SELECT * FROM tags ORDER BY id").fetchall()
                + conn.execute("SELECT sha256, text FROM snapshots ORDER BY sha256").fetchall())


def test_reimporting_an_id_less_csv_keeps_a_note_edited_since(sources, tmp_path, capsys):
    path = write_csv(tmp_path / "t.csv", [{"source": "a.txt", "quote": OSLO, "tag": "corroborated", "note": "first note"}])
    with TagStore() as store:
        assert import_file(store, path).added == 1
        [tag] = store.all_tags()
        store.update(dataclasses.replace(tag, note="EDITED in the window"))  # as the window does
        before = database_rows(store.path)
        result = import_file(store, path)
        # The file gives no time: its note is not known to be newer, and the row is named.
        assert (result.added, result.updated, result.edited, result.kept_hand_typed) == (0, 0, 0, ("row 2",))
        assert store.get(tag.id).note == "EDITED in the window"
        assert database_rows(store.path) == before  # importing again changes nothing at all
    assert main(["tags", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "imported 0 tags" in out and "kept the stored tag for row 2" in out, out
    with TagStore() as store:
        assert store.get(tag.id).note == "EDITED in the window"


def test_reimporting_a_row_without_partners_keeps_the_stored_partners(sources, tmp_path):
    row = {"source": "a.txt", "quote": OSLO, "tag": "corroborated"}
    with TagStore() as store:
        import_file(store, write_csv(tmp_path / "p.csv", [{**row, "partner_source": "b.txt",
                                                           "partner_quote": "Andrei Medvedev"}]))
        assert import_file(store, write_csv(tmp_path / "n.csv", [row])).already_present == 1
        [tag] = store.all_tags()
        assert [p.anchor.quote for p in tag.partners] == ["Andrei Medvedev"]


def test_a_row_modified_later_updates_the_tag_and_says_so(sources, tmp_path, capsys):
    row = {"id": "tag-1", "source": "a.txt", "quote": OSLO, "tag": "corroborated", "note": "old",
           "modified": "2024-01-01T00:00:00Z"}
    with TagStore() as store:
        import_file(store, write_csv(tmp_path / "old.csv", [row]))
    newer = write_csv(tmp_path / "new.csv", [{**row, "note": "new", "modified": "2024-06-01T00:00:00Z"}])
    assert main(["tags", "import", str(newer)]) == 0
    assert "imported 0 tags from" in (out := capsys.readouterr().out) and "1 updated" in out, out
    with TagStore() as store:
        assert store.get("tag-1").note == "new"
        assert import_file(store, newer).already_present == 1  # and again: nothing to do


# --- an edited passage keeps what was judged (item 3) --------------------------------------


def tag_oslo(sources):
    """Seed 000's copy, as loaded, and a corroborated tag on its "speaking from Oslo" sentence."""
    article = sources[0]
    original = load_document(article)
    with TagStore() as store:
        at = original.text.index(OSLO)
        tag = store.add(new_tag(original, at, at + len(OSLO), "corroborated"), document=original)
    return article, original, tag


def test_a_passage_whose_words_changed_is_orphaned_with_its_original_quote_and_snapshot(sources):
    article, original, tag = tag_oslo(sources)
    article.write_text(original.text.replace("from Oslo.", "from Bergen."), encoding="utf-8")
    with TagStore() as store:
        [now] = store.tags_for(load_document(article))
        assert now.orphaned and now.passage.anchor == tag.passage.anchor  # "Oslo", as judged
        assert store.snapshot(original.sha256) == original.text  # the tagged version is kept
        assert store.get(tag.id).passage.anchor.quote == OSLO
    article.write_text(original.text, encoding="utf-8")  # the edit is undone
    with TagStore() as store:
        [back] = store.tags_for(load_document(article))
        assert not back.orphaned and back.passage.anchor.quote == OSLO


def test_a_passage_only_rewrapped_still_follows_the_text(sources):
    article, original, tag = tag_oslo(sources)
    article.write_text(original.text.replace(OSLO, OSLO.replace("was speaking", "was\nspeaking")), encoding="utf-8")
    with TagStore() as store:
        [now] = store.tags_for(load_document(article))
        assert not now.orphaned and now.passage.anchor.quote == OSLO.replace("was speaking", "was\nspeaking")
        assert now.id == tag.id


# --- a colleague's paths: each article in its own folder, never another one (QA 7, item 6) --


def alices_export(tmp_path, seeds) -> tuple[Path, dict[str, Path]]:
    """Two articles that share a file name, story1/report.txt and story2/report.txt, each
    tagged on its first sentence, exported by Alice; her paths read /home/alice/desk/...
    in the CSV, which sits in Bob's folder.  Returns the CSV and the articles by folder."""
    desk = tmp_path / "alice" / "desk"
    articles = {}
    with TagStore(tmp_path / "alice.sqlite3") as alice:
        for story, seed in (("story1", seeds[0]), ("story2", seeds[3])):
            article = desk / story / "report.txt"
            article.parent.mkdir(parents=True)
            article.write_bytes(seed.read_bytes())
            document = load_document(article)
            end = document.text.index("\n")
            alice.add(new_tag(document, 0, end, "disputed", note=f"{story} tag"), document=document)
            articles[story] = article
        export_file(current_tags(alice), tmp_path / "alice.csv", "csv")
    bob = tmp_path / "bob"
    bob.mkdir()
    exported = (tmp_path / "alice.csv").read_text(encoding="utf-8-sig")
    (bob / "colleague.csv").write_text(exported.replace(str(desk.resolve()), "/home/alice/desk"),
                                       encoding="utf-8-sig")
    return bob / "colleague.csv", articles


def test_a_colleagues_articles_are_found_in_their_own_folders_beside_the_tag_file(seeds, tmp_path):
    csv_path, articles = alices_export(tmp_path, seeds)
    for story, article in articles.items():
        (csv_path.parent / story).mkdir()
        (csv_path.parent / story / "report.txt").write_bytes(article.read_bytes())
    (csv_path.parent / "report.txt").write_bytes(articles["story1"].read_bytes())  # a bare name is tried last
    with TagStore() as store:
        assert import_file(store, csv_path).added == 2
        tags = {Path(tag.source).relative_to(csv_path.parent.resolve()).as_posix(): (tag.note, tag.status)
                for tag in store.all_tags()}
    assert tags == {"story1/report.txt": ("story1 tag", "anchored"), "story2/report.txt": ("story2 tag", "anchored")}


def test_an_article_found_by_its_name_only_that_is_another_article_gets_no_tag(seeds, tmp_path):
    csv_path, articles = alices_export(tmp_path, seeds)
    (csv_path.parent / "report.txt").write_bytes(articles["story1"].read_bytes())  # story1's, next to the CSV
    with TagStore() as store:
        with pytest.raises(TagError, match=r"row 3: report\.txt next to the tag file is not the article the tag "
                                           r"was made on \(its content differs\); put that article at "
                                           r"story2/report\.txt next to the tag file"):
            import_file(store, csv_path)
        assert store.all_tags() == []


def test_an_article_found_by_its_name_only_is_checked_against_the_stored_copy_when_the_row_has_no_hash(
        sources, tmp_path):
    """A spreadsheet user deleted the source_sha256 column: the stored tag tells the version."""
    document = load_document(sources[0])
    at = document.text.index(OSLO)
    with TagStore() as store:
        tag = store.add(new_tag(document, at, at + len(OSLO), "corroborated"), document=document)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    path = write_csv(elsewhere / "t.csv", [{"id": tag.id, "source": "/home/alice/a.txt", "quote": OSLO,
                                            "tag": "disputed"}])
    (elsewhere / "a.txt").write_bytes(sources[1].read_bytes())  # another article of that name
    with TagStore() as store:
        with pytest.raises(TagError, match=r"row 2: a\.txt next to the tag file is not the article"):
            import_file(store, path)
    # The same article, saved again with Windows line ends, is still that article.
    (elsewhere / "a.txt").write_bytes(sources[0].read_bytes().replace(b"\n", b"\r\n"))
    with TagStore() as store:
        assert import_file(store, path, prefer_file=True).edited == 1
        assert store.get(tag.id).source == str((elsewhere / "a.txt").resolve())


def test_an_article_edited_since_at_the_very_path_a_row_names_keeps_its_tag(seeds, tmp_path):
    """The content check is for articles found by their name only: at its own path an article
    edited a little is the tag's, and the quote is found again."""
    csv_path, articles = alices_export(tmp_path, seeds)
    exported = csv_path.read_text(encoding="utf-8-sig")
    csv_path.write_text(exported.replace("/home/alice/desk", str(articles["story1"].parents[1])), encoding="utf-8-sig")
    for article in articles.values():
        article.write_text("A correction was added at the top.\n\n" + article.read_text(encoding="utf-8"),
                           encoding="utf-8")
    with TagStore() as store:
        assert import_file(store, csv_path).added == 2
        assert {tag.status for tag in store.all_tags()} == {"anchored"}


# --- hand-typed rows are told in plain words (QA 7, minor issues) ---------------------------


def test_a_hand_typed_row_on_a_passage_already_tagged_is_explained_in_plain_words(sources, tmp_path, capsys):
    row = {"source": "a.txt", "quote": OSLO, "tag": "corroborated", "note": "checked"}
    with TagStore() as store:
        import_file(store, write_csv(tmp_path / "mine.csv", [row]))
    other_view = write_csv(tmp_path / "typed.csv", [{**row, "tag": "disputed", "note": "no, it is not"}])
    assert main(["tags", "import", str(other_view)]) == 0
    out = capsys.readouterr().out
    assert "kept the stored tag for row 2: the row gives no id and no time" in out, out
    assert "changed here after the file was written" not in out, out
    assert "imported 0 tags" in out and "already in the store" not in out, out
    with TagStore() as store:
        assert [(t.kind, t.note) for t in store.all_tags()] == [("corroborated", "checked")]
