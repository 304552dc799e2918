"""Compare two documents: the one entry point the CLI and the window call.  (Interim version.)"""

from __future__ import annotations

import difflib

from reader.core.model import Comparison, Document, Link
from reader.core.sentences import split_sentences


def compare(doc_a: Document, doc_b: Document) -> Comparison:
    a_sents = split_sentences(doc_a.text)
    b_sents = split_sentences(doc_b.text)
    links = []
    for sa in a_sents:
        if sa.kind != "body":
            continue
        best = max(
            ((difflib.SequenceMatcher(None, sa.text.split(), sb.text.split(), autojunk=False).ratio(), sb)
             for sb in b_sents if sb.kind == "body"),
            default=(0.0, None), key=lambda pair: pair[0],
        )
        if best[1] is not None and best[0] >= 0.3:
            links.append(Link(sa.index, best[1].index, round(best[0], 3),
                              "equivalent" if best[0] >= 0.6 else "related"))
    return Comparison(doc_a, doc_b, tuple(a_sents), tuple(b_sents), tuple(links))
