"""``parallax tags``: the acceptance scenarios of issue #3, through the real command line."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tag_files import read_export, write_csv
from reader.cli import main
from reader.core.tag_import import import_file
from reader.core.store import TagStore

ROOT = Path(__file__).resolve().parents[2]
AWKWARD_NOTE = 'Reuters says "fled", AP says "deserted", BBC: both'
FORMULA_NOTE = "=1+2 claims the ministry"


@pytest.fixture
def story(tmp_path, seeds) -> Path:
    """A folder with private copies of the five seed articles (a.txt ... e.txt)."""
    folder = tmp_path / "story"
    folder.mkdir()
    for seed, name in zip(seeds, "abcde"):
        (folder / f"{name}.txt").write_bytes(seed.read_bytes())
    return folder


def occurrences(text: str, quote: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(quote), text)]


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")




def run(*args, capsys) -> tuple[int, str, str]:
    code = main(["tags", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def parallax(*args, env=None, cwd=ROOT, text=True) -> subprocess.CompletedProcess:
    """The real command line, in a child process."""
    return subprocess.run([sys.executable, "-m", "reader", "tags", *map(str, args)], cwd=cwd,
                          env={**os.environ, **(env or {})}, capture_output=True, text=text, timeout=120)


def seed_tags_csv(story: Path) -> Path:
    a = text_of(story / "a.txt")
    third = occurrences(a, "Mr Prigozhin")[2]
    return write_csv(story / "tags.csv", [
        {"source": "a.txt", "quote": "Andrei Medvedev", "tag": "corroborated", "note": AWKWARD_NOTE},
        {"source": "a.txt", "quote": "Mr Prigozhin", "tag": "disputed", "note": FORMULA_NOTE, "start": third},
        {"source": "a.txt", "quote": "climbing through barbed-wire fences", "tag": "single-source",
         "note": "only his own account"},
        {"source": "b.txt", "quote": "Medvedev", "tag": "corroborated", "note": "",
         "partner_source": "a.txt", "partner_quote": "Andrei Medvedev"},
    ])


# --- acceptance 1: import, export, every tag exact --------------------------------


def test_import_then_export_csv_keeps_every_tag_exact(story, tmp_path, capsys):
    code, out, _ = run("import", seed_tags_csv(story), capsys=capsys)
    assert code == 0 and "imported 4 tags" in out
    code, _, err = run("export", "--csv", tmp_path / "out.csv", capsys=capsys)
    assert code == 0 and "exported 4 tags" in err

    rows = read_export(tmp_path / "out.csv")
    assert len(rows) == 4
    for row in rows:
        text = text_of(Path(row["source"]))
        assert text[int(row["start"]):int(row["end"])] == row["quote"], row
        assert row["status"] == "anchored"
    by_quote = {r["quote"]: r for r in rows}
    a = text_of(story / "a.txt")
    assert int(by_quote["Mr Prigozhin"]["start"]) == occurrences(a, "Mr Prigozhin")[2]
    assert by_quote["Mr Prigozhin"]["note"] == "'" + FORMULA_NOTE
    assert by_quote["Andrei Medvedev"]["note"] == AWKWARD_NOTE
    assert by_quote["Medvedev"]["partner_quote"] == "Andrei Medvedev"
    raw = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert not re.search(r'(^|,)"?[=+\-@]', raw, re.M), "a cell would run as a formula"

    code, out, _ = run("import", tmp_path / "out.csv", capsys=capsys)  # our own export, again
    assert code == 0 and "imported 0 tags" in out
    with TagStore() as store:
        notes = sorted(t.note for t in store.all_tags())
    assert notes == sorted(["", AWKWARD_NOTE, FORMULA_NOTE, "only his own account"])


def test_json_export_imports_into_a_colleagues_store(story, tmp_path, capsys):
    run("import", seed_tags_csv(story), capsys=capsys)
    assert run("export", "--json", tmp_path / "out.json", capsys=capsys)[0] == 0
    with TagStore() as mine:
        original = sorted(mine.all_tags(), key=lambda t: t.id)
    colleague = {"PARALLAX_DATA_DIR": str(tmp_path / "colleague")}
    result = parallax("import", tmp_path / "out.json", env=colleague)
    assert result.returncode == 0 and "imported 4 tags" in result.stdout, result.stderr
    with TagStore(tmp_path / "colleague" / "tags.sqlite3") as theirs:
        assert sorted(theirs.all_tags(), key=lambda t: t.id) == original


# --- acceptance 2: the article changes ------------------------------------------------


def test_edited_source_moves_surviving_tags_and_orphans_the_deleted_one(story, tmp_path, capsys):
    run("import", seed_tags_csv(story), capsys=capsys)
    a_path = story / "a.txt"
    before = text_of(a_path)
    paragraph = "Correction, 12 March: an earlier version misspelled Mr Prigozhin's name.\n\n"
    after = paragraph + before.replace("climbing through barbed-wire fences, ", "")
    a_path.write_text(after, encoding="utf-8")

    assert run("export", "--csv", tmp_path / "out.csv", capsys=capsys)[0] == 0
    rows = {r["quote"]: r for r in read_export(tmp_path / "out.csv")}
    assert len(rows) == 4
    prig = rows["Mr Prigozhin"]
    # Still the third mention of the original text (now the fourth, after the correction's own).
    assert int(prig["start"]) == occurrences(after, "Mr Prigozhin")[3]
    assert int(rows["Andrei Medvedev"]["start"]) == before.index("Andrei Medvedev") + len(paragraph)
    for quote in ("Mr Prigozhin", "Andrei Medvedev"):
        assert after[int(rows[quote]["start"]):int(rows[quote]["end"])] == quote
        assert rows[quote]["status"] == "anchored"
    gone = rows["climbing through barbed-wire fences"]
    assert gone["status"] == "orphaned" and gone["note"] == "only his own account"

    code, out, _ = run("list", capsys=capsys)
    assert code == 0 and "ORPHANED" in out and "4 tags, 1 orphaned" in out
    code, out, _ = run("list", "--source", story / "b.txt", capsys=capsys)
    assert "1 tag" in out and "Prigozhin" not in out


# --- acceptance 3: kill -9 during import ------------------------------------------------

# The real CLI importer, with each row's INSERT slowed by 2 ms so that the
# transaction lasts long enough for random kills to land inside it too.
SLOW_IMPORTER = textwrap.dedent("""
    import sys, time
    from reader.core import store
    original = store.TagStore._insert
    def slow_insert(self, conn, tag):
        if not getattr(slow_insert, "announced", False):
            print("in-transaction", flush=True)
            slow_insert.announced = True
        time.sleep(0.002)
        original(self, conn, tag)
    store.TagStore._insert = slow_insert
    from reader.__main__ import main
    sys.exit(main(["tags", "import", sys.argv[1]]))
""")


def many_tags_csv(story: Path, count: int = 200) -> Path:
    rng = random.Random(3)
    rows = []
    for name in "abcde":
        text = text_of(story / f"{name}.txt")
        for _ in range(count // 5):
            start = rng.randrange(0, len(text) - 60)
            rows.append({"source": f"{name}.txt", "quote": text[start:start + rng.randrange(8, 50)],
                         "tag": rng.choice(["corroborated", "single-source", "disputed"]),
                         "note": f"row {len(rows)}", "start": start})
    return write_csv(story / "many.csv", rows)


@pytest.mark.slow
def test_kill_9_during_import_leaves_none_or_all(story, tmp_path):
    tag_file = many_tags_csv(story)
    rng = random.Random(20240501)
    outcomes, inside = [], 0
    for attempt in range(20):
        data_dir = tmp_path / f"store{attempt}"
        env = {**os.environ, "PARALLAX_DATA_DIR": str(data_dir)}
        importer = subprocess.Popen([sys.executable, "-c", SLOW_IMPORTER, str(tag_file)], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if attempt % 2:
            # Once the transaction has begun (about 0.4 s of inserts): how long the process takes to
            # get there depends on the machine, so a fixed delay alone may always land before it.
            announced = importer.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            announced = ""
            time.sleep(rng.uniform(0.05, 0.8))
        importer.send_signal(signal.SIGKILL)
        out, _ = importer.communicate()
        inside += "in-transaction" in announced + out and importer.returncode == -signal.SIGKILL

        store = TagStore(data_dir / "tags.sqlite3")
        assert store.notice is None, store.notice
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = [t.note for t in store.all_tags()]
        assert len(notes) in (0, 200) and len(set(notes)) == len(notes), (attempt, len(notes))
        outcomes.append(len(notes))
        # Importing again after the crash completes the set, never doubles it.
        assert import_file(store, tag_file).total == 200
        assert len(store.all_tags()) == 200
        store.close()
    assert inside >= 1, f"no kill landed inside the import transaction (outcomes {outcomes})"


# --- acceptance 4: two writers -----------------------------------------------------------


def test_two_importers_at_once_both_succeed(story):
    tag_file = many_tags_csv(story, 100)
    rows = list(csv.DictReader(open(tag_file, encoding="utf-8", newline="")))
    first = write_csv(story / "first.csv", rows[:50])
    second = write_csv(story / "second.csv", rows[50:])
    importers = [subprocess.Popen([sys.executable, "-m", "reader", "tags", "import", str(path)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for path in (first, second)]
    results = [p.communicate(timeout=120) for p in importers]
    assert [p.returncode for p in importers] == [0, 0], results
    assert all("imported 50 tags" in out for out, _ in results)
    with TagStore() as store:
        assert len(store.all_tags()) == 100


# --- errors ------------------------------------------------------------------------------


def test_bad_row_is_one_line_exit_2_and_store_untouched(story):
    rows = [{"source": "a.txt", "quote": "Andrei Medvedev", "tag": "corroborated"}] * 2
    rows.append({"source": "a.txt", "quote": "Mr Prigozhin", "tag": "maybe"})
    write_csv(story / "tags.csv", rows)
    result = parallax("import", "tags.csv", cwd=story)
    assert result.returncode == 2
    assert result.stderr == ("parallax: error: tags.csv, row 4: unknown tag 'maybe' "
                             "(use corroborated, single-source or disputed)\n")
    with TagStore() as store:
        assert store.all_tags() == []


@pytest.mark.parametrize("content, message", [
    ("source,quote,tag\nmissing.txt,Andrei,disputed\n", "row 2: source file 'missing.txt' does not exist"),
    ("source,quote,tag\na.txt,Vladimir Putin,disputed\n", "row 2: quote not found in a.txt"),
    ("who,what\nx,y\n", "missing columns source, quote, tag"),
])
def test_other_bad_files(story, capsys, content, message):
    path = story / "bad.csv"
    path.write_text(content, encoding="utf-8")
    code, _, err = run("import", path, capsys=capsys)
    assert code == 2 and message in err and err.count("\n") == 1
    with TagStore() as store:
        assert store.all_tags() == []


def test_not_a_tag_file(story, capsys):
    path = story / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    code, _, err = run("import", path, capsys=capsys)
    assert code == 2 and "is not a CSV or JSON file" in err
    code, _, err = run("import", story / "nowhere.csv", capsys=capsys)
    assert code == 2 and "nowhere.csv: cannot be read" in err


def test_export_needs_a_target(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["tags", "export"])
    assert exit_info.value.code == 2 and "--csv" in capsys.readouterr().err


@pytest.mark.parametrize("csv_target, json_target, said", [
    ("t.csv", "./t.csv", "name the same file (t.csv)"),
    ("-", "-", "only one of --csv and --json can go to standard output"),
])
def test_export_refuses_to_write_both_formats_to_one_place(capsys, tmp_path, monkeypatch, csv_target, json_target,
                                                           said):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["tags", "export", "--csv", csv_target, "--json", json_target])
    assert exit_info.value.code == 2 and said in capsys.readouterr().err
    assert not (tmp_path / "t.csv").exists()


def test_export_csv_to_standard_output(story):
    assert parallax("import", seed_tags_csv(story)).returncode == 0
    result = parallax("export", "--csv", "-", text=False)
    assert result.returncode == 0 and result.stdout.startswith(b"\xef\xbb\xbfid,source,")
    assert len(list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8-sig"))))) == 4


def test_corrupt_store_is_reported_and_the_command_still_works(story, private_data_dir, capsys):
    (private_data_dir / "tags.sqlite3").write_bytes(b"\x00garbage" * 1000)
    code, out, err = run("import", seed_tags_csv(story), capsys=capsys)
    assert code == 0 and "imported 4 tags" in out
    assert "parallax: note: The tag store could not be read" in err and "moved to" in err
    assert list(private_data_dir.glob("tags.sqlite3.broken-*"))
    code, out, err = run("list", capsys=capsys)
    assert code == 0 and err == "" and "4 tags" in out


def test_list_when_empty(capsys):
    assert run("list", capsys=capsys)[1] == "no tags\n"


def test_json_to_standard_output_is_valid(story, capsys):
    run("import", seed_tags_csv(story), capsys=capsys)
    code, out, _ = run("export", "--json", "-", capsys=capsys)
    assert code == 0 and json.loads(out)["total"] == 4


def test_list_shows_a_notes_control_characters_without_obeying_them(story, capsys):
    """A note pasted from a terminal may hold escape sequences: listed, they are symbols."""
    write_csv(story / "tags.csv", [{"source": "a.txt", "quote": "Andrei Medvedev", "tag": "disputed",
                                    "note": "see \x1b]0;pwned\x07 \x1b[2Kthe log"}])
    assert run("import", story / "tags.csv", capsys=capsys)[0] == 0
    code, out, _ = run("list", capsys=capsys)
    assert code == 0
    assert "see ␛]0;pwned␇ ␛[2Kthe log" in out
    assert "\x1b" not in out and "\x07" not in out
