"""``parallax align A B [--json]``: the comparison as a report or as JSON."""

from __future__ import annotations

import json

from reader.core.compare import compare
from reader.core.document import load_document


def register(commands) -> None:
    parser = commands.add_parser("align", help="align two articles and report their differences")
    parser.add_argument("a", metavar="A", help="first article (.txt, .md, .html)")
    parser.add_argument("b", metavar="B", help="second article")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")
    parser.set_defaults(run=run)


def run(args) -> int:
    comparison = compare(load_document(args.a), load_document(args.b))
    if args.json:
        print(json.dumps({"links": [{"a": l.a, "b": l.b, "score": l.score, "relation": l.relation}
                                    for l in comparison.links]}, indent=1))
    else:
        for link in comparison.links:
            print(f"{link.score:.2f} {link.relation}\n  A: {comparison.a_sentences[link.a].text}\n"
                  f"  B: {comparison.b_sentences[link.b].text}")
    return 0
