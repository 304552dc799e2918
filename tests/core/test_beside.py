"""A long comparison may share its two biggest loops with a forked child
(reader/core/beside.py): the result must be the same as in one process, and a
failing child must cost nothing but time."""

from __future__ import annotations

import os

import pytest

from reader.core import align, compare as compare_module, link_notes, read_ahead
from reader.core.beside import run_beside
from reader.core.compare import compare
from reader.core.document import load_document

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="this system cannot fork")


@pytest.fixture
def forks(monkeypatch):
    """Every fork made while the test runs, one entry each."""
    made = []
    real_fork = os.fork

    def counted_fork():
        made.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted_fork)
    return made


def test_without_fork_the_task_runs_here():
    assert run_beside(os.getpid, fork=False)() == os.getpid()


@needs_fork
def test_with_fork_the_task_runs_in_another_process_and_its_result_comes_back():
    parent = os.getpid()
    result = run_beside(lambda: (os.getpid(), [("link", 1, 0.5)] * 1000), fork=True)()
    assert result[0] != parent
    assert result[1] == [("link", 1, 0.5)] * 1000


@needs_fork
def test_a_child_that_fails_leaves_the_task_to_the_parent():
    parent = os.getpid()

    def task():
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return "done here"

    assert run_beside(task, fork=True)() == "done here"


@needs_fork
def test_a_result_cut_short_leaves_the_task_to_the_parent(monkeypatch):
    import pickle

    from reader.core import beside

    parent = os.getpid()
    whole = pickle.dumps
    # The child writes only the first bytes of its result, as one killed while writing would.
    monkeypatch.setattr(beside.pickle, "dumps", lambda value, protocol: whole(value, protocol)[:12])
    assert run_beside(lambda: (os.getpid(), list(range(1000))), fork=True)() == (parent, list(range(1000)))


@needs_fork
def test_a_child_killed_leaves_the_task_to_the_parent():
    import signal

    parent = os.getpid()

    def task():
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return "done here"

    assert run_beside(task, fork=True)() == "done here"


@needs_fork
def test_a_system_out_of_processes_runs_the_task_here(monkeypatch):
    def no_fork():
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert run_beside(os.getpid, fork=True)() == os.getpid()


@needs_fork
def test_an_error_of_the_task_itself_still_reaches_the_caller():
    def task():
        raise ValueError("bad input")

    waiting = run_beside(task, fork=True)
    with pytest.raises(ValueError, match="bad input"):
        waiting()


@needs_fork
def test_a_forked_comparison_equals_the_one_process_comparison(seeds, monkeypatch, forks):
    doc_a, doc_b = load_document(seeds[0]), load_document(seeds[2])
    alone = compare(doc_a, doc_b)
    # The sample story is short: let it fork anyway.
    monkeypatch.setattr(align, "FORK_MIN_SENTENCES", 0)
    monkeypatch.setattr(compare_module, "FORK_MIN_LINKS", 0)
    monkeypatch.setattr(read_ahead, "FORK_MIN_CHARS", 0)
    forked = compare(doc_a, doc_b, fork=True)
    assert len(forks) == 3  # reading B, B's proposals and their scores, and half of the links' explanations
    assert forked == alone
    assert len(alone.links) >= 10


@needs_fork
def test_notes_read_half_in_a_forked_child_are_the_notes_read_here(seeds, monkeypatch, forks):
    comparison = compare(load_document(seeds[2]), load_document(seeds[4]))
    # Read here, one link after another: each link's own notes, with and without a note among them.
    alone = [link_notes.claim_notes(comparison, link) for link in comparison.links]
    assert any(alone) and not all(alone)
    again = compare(load_document(seeds[2]), load_document(seeds[4]))  # a fresh reading, nothing kept
    monkeypatch.setattr(link_notes, "NOTES_BESIDE_MIN_LINKS", 0)
    read_here = []
    reading = link_notes._claim_notes_read

    def counted_reading(*args):
        read_here.append(os.getpid())
        return reading(*args)

    monkeypatch.setattr(link_notes, "_claim_notes_read", counted_reading)
    link_notes.notes_read_beside(again, fork=True)
    assert forks == [1]
    # The parent read its half and took the child's: it did not fall back to reading them all.
    assert read_here == [os.getpid()] * (len(again.links) // 2)
    monkeypatch.setattr(link_notes, "_claim_notes_read", lambda *_: pytest.fail("every note was read already"))
    assert [link_notes.claim_notes(again, link) for link in again.links] == alone


@needs_fork
def test_a_short_comparison_does_not_fork(seeds, monkeypatch):
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("a seed pair is too short to be worth a second process"))
    compare(load_document(seeds[0]), load_document(seeds[2]), fork=True)


@needs_fork
def test_words_read_in_the_child_keep_their_range_ends(monkeypatch):
    """A range counts as its two ends too ("2019 and 2024" shares "2024" with "2016 to 2024"),
    and the ends are remembered where the range was read: in the child, for B."""
    from reader.core import terms
    from reader.core.model import Document

    text_a = "Between 2016 and 2024 the company hired staff across the northern region.\n"
    text_b = "The company hired staff across the northern region between 2019 and 2024, its report says.\n"
    doc_a, doc_b = Document("a.txt", "a", text_a, "0"), Document("b.txt", "b", text_b, "1")
    monkeypatch.setattr(read_ahead, "FORK_MIN_CHARS", 0)
    monkeypatch.setattr(terms, "_RANGE_ENDS", {})  # nothing read in this process yet
    forked = compare_module.Analysis(doc_a, doc_b, fork=True)
    alone = compare_module.Analysis(doc_a, doc_b)
    assert "#year=2019" in forked._b_terms[0]
    assert forked._b_terms == alone._b_terms
    assert forked.b.tokens == alone.b.tokens


@needs_fork
def test_b_read_ahead_before_the_engine_is_imported_gives_the_same_comparison(seeds, monkeypatch):
    doc_a, doc_b = load_document(seeds[1]), load_document(seeds[3])
    monkeypatch.setattr(read_ahead, "FORK_MIN_CHARS", 0)
    parent = os.getpid()
    readers = []
    real_packed_side = compare_module.packed_side

    def packed_side(document):
        readers.append(os.getpid())
        return real_packed_side(document)

    monkeypatch.setattr(compare_module, "packed_side", packed_side)
    reading_b = read_ahead.read_ahead(doc_b, fork=True)
    forked = compare(doc_a, doc_b, reading_b=reading_b)
    assert readers == []  # B was read in the child: the parent never packed a side
    assert forked == compare(doc_a, doc_b)
    assert os.getpid() == parent


def test_the_align_command_imports_the_engine_only_when_it_runs():
    """The command line forks B's reading before it imports the engine, so that both processes
    compile the engine's regular expressions at once: importing the command must not import it."""
    import subprocess
    import sys

    code = ("import sys; import reader.cli, reader.cli.align_command; "
            "print(sorted(m for m in ('reader.core.compare', 'reader.core.numbers', 'reader.core.sentences', "
            "'reader.cli.report') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
