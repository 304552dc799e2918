"""CSV and Web Annotation JSON: writing, reading, validating, round-tripping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tag_files import read_export, write_csv
from reader.core.document import load_document
from reader.core.errors import TagError
from reader.core.export import CSV_COLUMNS, current_tags, export_file, neutralise, unneutralise
from reader.core.tag_import import import_file, read_tag_file
from reader.core.store import TagStore
from reader.core.tags import new_tag

AWKWARD_NOTE = 'He said "no", twice, then left; see also: the "official" version'
FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"click\")"




def nth(text: str, quote: str, n: int) -> int:
    return [m.start() for m in re.finditer(re.escape(quote), text)][n]


# --- CSV injection --------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=1", "''+x"])
def test_formula_cells_are_neutralised_and_restored(cell):
    assert neutralise(cell).startswith("'")
    assert unneutralise(neutralise(cell)) == cell


@pytest.mark.parametrize("cell", ["plain", "", "'quoted", "it's", "1-2", "a=b"])
def test_harmless_cells_are_left_alone(cell):
    assert neutralise(cell) == cell and unneutralise(cell) == cell


@given(st.text())
def test_neutralising_always_round_trips(cell):
    out = neutralise(cell)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unneutralise(out) == cell


# --- import and export ------------------------------------------------------------------


def test_csv_round_trip_of_awkward_cells(sources, tmp_path):
    a_text = load_document(sources[0]).text
    third = nth(a_text, "Mr Prigozhin", 2)
    tag_file = write_csv(tmp_path / "tags.csv", [
        {"source": "a.txt", "quote": "Andrei Medvedev", "tag": "corroborated", "note": AWKWARD_NOTE, "start": ""},
        {"source": "a.txt", "quote": "Mr Prigozhin", "tag": "disputed", "note": FORMULA_NOTE, "start": str(third)},
    ])
    with TagStore() as store:
        assert import_file(store, tag_file).added == 2
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
    rows = read_export(tmp_path / "out.csv")
    assert set(CSV_COLUMNS) <= set(rows[0])
    by_quote = {r["quote"]: r for r in rows}
    prig = by_quote["Mr Prigozhin"]
    assert (int(prig["start"]), int(prig["end"])) == (third, third + len("Mr Prigozhin"))
    assert prig["note"] == "'" + FORMULA_NOTE  # neutralised in the file...
    assert by_quote["Andrei Medvedev"]["note"] == AWKWARD_NOTE
    assert {r["status"] for r in rows} == {"anchored"}
    raw = (tmp_path / "out.csv").read_bytes()
    assert b"\r\n" in raw and b'"He said ""no"", twice' in raw  # RFC 4180 quoting

    # ...and restored when the export is imported into another store.
    with TagStore(tmp_path / "colleague.sqlite3") as other:
        assert import_file(other, tmp_path / "out.csv").added == 2
        notes = {t.passage.anchor.quote: t.note for t in other.all_tags()}
        assert notes == {"Andrei Medvedev": AWKWARD_NOTE, "Mr Prigozhin": FORMULA_NOTE}
        assert import_file(other, tmp_path / "out.csv").added == 0


def test_json_is_web_annotation_and_round_trips(sources, tmp_path):
    a, b = load_document(sources[0]), load_document(sources[1])
    partner_start = b.text.index("Medvedev")
    from reader.core.tags import make_passage

    tag = new_tag(a, nth(a.text, "Mr Prigozhin", 2), nth(a.text, "Mr Prigozhin", 2) + 12, "single-source",
                  note=FORMULA_NOTE, partners=[make_passage(b, partner_start, partner_start + 8)])
    with TagStore() as store:
        store.add(tag, document=a)
        export_file(store.all_tags(), tmp_path / "out.json", "json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    [annotation] = data["first"]["items"]
    assert annotation["type"] == "Annotation" and annotation["id"] == f"urn:uuid:{tag.id}"
    selectors = {s["type"]: s for s in annotation["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "Mr Prigozhin"
    assert selectors["TextPositionSelector"] == {"type": "TextPositionSelector",
                                                 "start": tag.passage.anchor.start, "end": tag.passage.anchor.end}
    assert annotation["target"]["source"]["id"] == sources[0].resolve().as_uri()
    purposes = {body["purpose"]: body for body in annotation["body"]}
    assert purposes["tagging"]["value"] == "single-source"
    assert purposes["commenting"]["value"] == FORMULA_NOTE  # JSON needs no neutralising
    assert purposes["linking"]["selector"][0]["exact"] == "Medvedev"

    with TagStore(tmp_path / "colleague.sqlite3") as other:
        assert import_file(other, tmp_path / "out.json").added == 1
        [back] = other.all_tags()
        assert back == tag
        assert import_file(other, tmp_path / "out.json").added == 0


def test_csv_with_partners_round_trips(sources, tmp_path):
    a, b = load_document(sources[0]), load_document(sources[1])
    from reader.core.tags import make_passage

    one, two = b.text.index("Medvedev"), b.text.index("Norway")
    single = new_tag(a, 54, 69, "corroborated", partners=[make_passage(b, one, one + 8)])
    double = new_tag(a, 0, 10, "disputed", partners=[make_passage(b, one, one + 8), make_passage(b, two, two + 6)])
    with TagStore() as store:
        store.import_tags([single, double], [a, b])
        export_file(store.all_tags(), tmp_path / "out.csv", "csv")
    with TagStore(tmp_path / "other.sqlite3") as other:
        import_file(other, tmp_path / "out.csv")
        assert {t.id: t.partners for t in other.all_tags()} == {single.id: single.partners,
                                                                double.id: double.partners}


def test_orphaned_tags_are_exported_and_reimported_not_lost(sources, tmp_path):
    a = load_document(sources[0])
    quote = "climbing through barbed-wire fences"
    tag = new_tag(a, a.text.index(quote), a.text.index(quote) + len(quote), "single-source")
    with TagStore() as store:
        store.add(tag, document=a)
        sources[0].write_text(a.text.replace(quote, "walking"), encoding="utf-8")
        export_file(current_tags(store), tmp_path / "out.csv", "csv")
        export_file(current_tags(store), tmp_path / "out.json", "json")
    [row] = read_export(tmp_path / "out.csv")
    assert (row["status"], row["quote"]) == ("orphaned", quote)
    for name in ("out.csv", "out.json"):
        with TagStore(tmp_path / f"{name}.sqlite3") as other:
            assert import_file(other, tmp_path / name).added == 1
            [back] = other.all_tags()
            assert back.status == "orphaned" and back.passage.anchor.quote == quote


def test_relative_sources_resolve_next_to_the_tag_file_then_the_working_dir(sources, tmp_path, monkeypatch):
    sub = tmp_path / "shared"
    sub.mkdir()
    (sub / "a.txt").write_bytes(sources[0].read_bytes())
    tag_file = write_csv(sub / "tags.csv", [{"source": "a.txt", "quote": "Andrei Medvedev", "tag": "disputed"},
                                            {"source": "b.txt", "quote": "Medvedev", "tag": "disputed"}])
    monkeypatch.chdir(tmp_path)  # b.txt is only here
    with TagStore() as store:
        import_file(store, tag_file)
        assert {Path(t.source) for t in store.all_tags()} == {(sub / "a.txt").resolve(), sources[1].resolve()}


def test_semicolon_csv_from_a_european_spreadsheet(sources, tmp_path):
    path = tmp_path / "tags.csv"
    path.write_text("\ufeffSource;Quote;Tag;Note\na.txt;Andrei Medvedev;Single source;ok\n", encoding="utf-8")
    with TagStore() as store:
        import_file(store, path)
        [tag] = store.all_tags()
    assert (tag.kind, tag.note) == ("single-source", "ok")


def test_hand_typed_quote_with_straight_apostrophe_is_found(sources, tmp_path):
    path = write_csv(tmp_path / "tags.csv", [{"source": "a.txt", "quote": "he's very dangerous", "tag": "disputed"}])
    with TagStore() as store:
        import_file(store, path)
        [tag] = store.all_tags()
    assert tag.passage.anchor.quote == "he’s very dangerous"


# --- bad input ------------------------------------------------------------------------


def bad_rows():
    good = {"source": "a.txt", "quote": "Andrei Medvedev", "tag": "corroborated", "start": ""}
    return [
        ([good, {**good, "tag": "maybe"}],
         r"tags\.csv, row 3: unknown tag 'maybe' \(use corroborated, single-source or disputed\)"),
        ([good, good, {**good, "quote": "Vladimir Putin"}], r"tags\.csv, row 4: quote not found in a\.txt"),
        ([good, {**good, "source": "missing.txt"}], r"tags\.csv, row 3: source file 'missing\.txt' does not exist"),
        ([good, {**good, "start": "abc"}], r"tags\.csv, row 3: start 'abc' is not a character offset"),
        ([good, {**good, "quote": ""}], r"tags\.csv, row 3: the quote is empty"),
        ([{**good, "tag": ""}], r"tags\.csv, row 2: no tag given"),
    ]


@pytest.mark.parametrize("rows, message", bad_rows())
def test_bad_rows_name_file_and_row_and_leave_the_store_alone(sources, tmp_path, rows, message):
    path = write_csv(tmp_path / "tags.csv", rows)
    with TagStore() as store:
        with pytest.raises(TagError, match=message):
            import_file(store, path, display="tags.csv")
        assert store.all_tags() == []


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", r"not a CSV or JSON file"),
    # The export opened in a spreadsheet and saved as a workbook (.xlsx, .ods; .xls)
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
     r"tags\.csv is a spreadsheet workbook, not a CSV or JSON file; in the spreadsheet, save it as CSV"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00", r"is a spreadsheet workbook"),
    (b"\xff\xfe\x00garbage in latin-1 \xe9", r"not a CSV or JSON file"),
    (b"name,age\nbob,4\n", r"not a tag file: missing columns source, quote, tag"),
    (b"source,quote\na.txt,Andrei\n", r"not a tag file: missing column tag"),
    (b"", r"is empty"),
    # An article picked by mistake: a quotation opens a line and a comma is missing after it.
    ('The mayor said: "We will rebuild" before dawn.\n"It is over" he added, and left.\n'.encode(),
     r"tags\.csv is not a tag file \(a CSV or JSON file exported from Parallax\)$"),
])
def test_files_that_are_not_tag_files(tmp_path, content, message):
    path = tmp_path / "tags.csv"
    path.write_bytes(content)
    with TagStore() as store:
        with pytest.raises(TagError, match=message):
            import_file(store, path)
        assert store.all_tags() == []


@pytest.mark.parametrize("content, message", [
    ("{not json", r"tags\.json is not a CSV or JSON file"),
    ('[{"type": "Annotation", "target": "file:///a.txt"}]', r"tags\.json, annotation 1: .*no TextQuoteSelector"),
    ('[{"type": "Annotation", "body": [], "target": {"source": "a.txt", '
     '"selector": {"type": "TextQuoteSelector", "exact": "Andrei"}}}]', r"tags\.json, annotation 1 has no tag"),
    ('{"type": "Annotation", "body": {"purpose": "tagging", "value": "maybe"}, "target": {"source": "a.txt", '
     '"selector": {"type": "TextQuoteSelector", "exact": "Andrei"}}}', r"annotation 1: unknown tag 'maybe'"),
])
def test_bad_json(sources, tmp_path, content, message):
    path = tmp_path / "tags.json"
    path.write_text(content, encoding="utf-8")
    with TagStore() as store:
        with pytest.raises(TagError, match=message):
            import_file(store, path, display="tags.json")
        assert store.all_tags() == []


def test_foreign_web_annotation_is_accepted(sources, tmp_path):
    """A minimal annotation as another tool might write it: single target, string creator."""
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno/1",
        "type": "Annotation",
        "creator": "ana",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Disputed"},
                 {"type": "TextualBody", "value": "see the police report"}],
        "target": {"source": sources[0].resolve().as_uri(),
                   "selector": [{"type": "TextQuoteSelector", "exact": "Mr Prigozhin"},
                                {"type": "TextPositionSelector", "start": nth(load_document(sources[0]).text,
                                                                               "Mr Prigozhin", 1), "end": 0}]},
    }
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(annotation), encoding="utf-8")
    with TagStore() as store:
        assert import_file(store, path).added == 1
        [tag] = store.all_tags()
    text = load_document(sources[0]).text
    assert (tag.kind, tag.note, tag.author, tag.id) == ("disputed", "see the police report", "ana",
                                                         "http://example.org/anno/1")
    assert tag.passage.anchor.start == nth(text, "Mr Prigozhin", 1)


def test_read_tag_file_detects_json_without_extension(sources, tmp_path):
    path = tmp_path / "tags.txt"
    path.write_text('[{"type":"Annotation","body":{"purpose":"tagging","value":"disputed"},'
                    '"target":{"source":"a.txt","selector":{"type":"TextQuoteSelector","exact":"Andrei"}}}]',
                    encoding="utf-8")
    [row] = read_tag_file(path)
    assert row.passage["quote"] == "Andrei"


def test_export_replaces_the_file_atomically(sources, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with TagStore() as store:
        export_file(store.all_tags(), target, "csv")
    assert read_export(target) == [] and not list(tmp_path.glob(".out.csv.*"))
    with pytest.raises(TagError, match="cannot write"):
        export_file([], tmp_path / "no" / "such" / "dir.csv", "csv")


def test_a_colleagues_absolute_paths_fall_back_to_files_next_to_the_tag_file(sources, tmp_path):
    with TagStore() as store:
        import_file(store, write_csv(tmp_path / "t.csv", [{"source": "a.txt", "quote": "Andrei Medvedev",
                                                              "tag": "disputed"}]))
        export_file(store.all_tags(), tmp_path / "out.csv", "csv")
    shared = tmp_path / "from-alice"
    shared.mkdir()
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    (shared / "out.csv").write_text(exported.replace(str(sources[0].resolve()), "/home/alice/news/a.txt"),
                                    encoding="utf-8-sig")
    with TagStore(tmp_path / "bob.sqlite3") as bob:
        with pytest.raises(TagError, match=r"row 2: source file '/home/alice/news/a.txt' does not exist"):
            import_file(bob, shared / "out.csv")
        (shared / "a.txt").write_bytes(sources[0].read_bytes())
        assert import_file(bob, shared / "out.csv").added == 1
        assert bob.all_tags()[0].source == str((shared / "a.txt").resolve())


def test_reimporting_after_the_article_changed_adds_nothing(sources, tmp_path):
    path = write_csv(tmp_path / "tags.csv", [{"source": "a.txt", "quote": "Andrei Medvedev", "tag": "disputed",
                                              "start": ""},
                                             {"source": "a.txt", "quote": "Mr Prigozhin", "tag": "disputed",
                                              "start": str(nth(load_document(sources[0]).text, "Mr Prigozhin", 2))}])
    with TagStore() as store:
        assert import_file(store, path).added == 2
        sources[0].write_text("A new first paragraph.\n\n" + sources[0].read_text(encoding="utf-8"), encoding="utf-8")
        assert import_file(store, path).added == 0
        current_tags(store)
        assert import_file(store, path).added == 0
        assert len(store.all_tags()) == 2
