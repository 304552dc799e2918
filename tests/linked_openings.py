"""Whether two reports are linked at the sentences that open with given words: shared by the alignment tests
of acronyms and the names they stand for."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text


def linked(text_a: str, text_b: str, opening_a: str, opening_b: str) -> bool:
    """Does comparing ``text_a`` with ``text_b`` link a sentence of A opening with ``opening_a`` to one of B
    opening with ``opening_b``?"""
    comparison = compare(document_from_text(text_a), document_from_text(text_b))
    return any(comparison.a_sentences[link.a].text.startswith(opening_a)
               and comparison.b_sentences[link.b].text.startswith(opening_b) for link in comparison.links)
