"""``parallax align A B [--json]``: the comparison as a report or as JSON."""

from __future__ import annotations

import json
import os
import re
import sys

from reader.cli import writing_output
from reader.core.cycles import no_cycle_collection
from reader.core.document import load_document
from reader.core.errors import DocumentError
from reader.core.read_ahead import read_ahead

# The engine (reader.core.compare, and the report, which uses it) is imported in ``run``, after
# B's reading has started in a second process: see reader/core/read_ahead.py.


def register(commands) -> None:
    parser = commands.add_parser(
        "align",
        help="align two articles and report what they share and where they differ",
        description="Align the sentences of two articles and report links (conflicting numbers "
        "first), word differences, the sentences only one source has, and the tag the comparison "
        "suggests for them (corroborated, single-source or disputed).",
    )
    parser.add_argument("a", metavar="A", help="first article (.txt, .md, .html; a saved .mhtml page or .eml mail)")
    parser.add_argument("b", metavar="B", help="second article")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")
    parser.set_defaults(run=run, parser=parser)


# Importing the engine compiles several hundred patterns and builds many small objects, none in a reference
# cycle: the collector's passes over them cost about 30 ms of every run (measured: importing the engine
# 0.40-0.50 s with the collector, 0.37-0.42 s without).
_no_cycle_collection_while_importing = no_cycle_collection


def run(args) -> int:
    if "-" in (args.a, args.b):
        raise DocumentError("reading an article from standard input is not supported; save it to a file "
                            "and give that file's path")
    doc_a, doc_b = load_document(args.a), load_document(args.b)
    # Only this process runs, with no other thread: a long comparison may fork (see reader/core/beside.py).
    reading_b = read_ahead(doc_b, fork=True)
    with _no_cycle_collection_while_importing():
        from reader.cli.report import comparison_dict, render_report
        from reader.core.compare import compare
        from reader.core.link_notes import notes_read_beside

    # The report of a long comparison is built from millions of objects, none in a reference
    # cycle: the cycle collector would rescan them all as the report grows (half a second of
    # a 100,000-word comparison's JSON).
    with no_cycle_collection():
        comparison = compare(doc_a, doc_b, fork=True, reading_b=reading_b)
        notes_read_beside(comparison, fork=True)  # the suggestions and the report read every link's notes
        if args.json:
            # Compact and in one write: a 100,000-word comparison is several MB, and
            # indenting it or streaming it with json.dump costs tenths of a second.  The dict
            # is built fresh here and holds no cycle: skipping the check saves a sixth of dumps.
            output = _surrogates_escaped(
                json.dumps(comparison_dict(comparison), ensure_ascii=False, check_circular=False) + "\n")
        else:
            colour = sys.stdout is not None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
            output = render_report(comparison, colour=colour) + "\n"
        with writing_output():
            sys.stdout.write(output)
    return 0


# A file name that is not UTF-8 ("caf\xe9.txt" saved on a Latin-1 system) reaches Python with its odd
# bytes as lone surrogates; written to UTF-8 output they would become "?", a path nobody can open.
# As JSON escapes ("caf\udce9.txt") they survive, and json.loads plus os.fsencode give the bytes back.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogates_escaped(output: str) -> str:
    try:
        output.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", output)
    return output
