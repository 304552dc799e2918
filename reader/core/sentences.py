"""Split a document into sentences with exact offsets.  (Interim version.)"""

from __future__ import annotations

import re

from reader.core.model import Sentence

_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"'”’)]*(?=\s)|(?=\n)|$)", re.S)


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group().rstrip()
        if not chunk:
            continue
        kind = "body" if chunk[-1] in ".!?\"'”’)" else "heading"
        sentences.append(Sentence(len(sentences), match.start(), match.start() + len(chunk), chunk, kind))
    return sentences
