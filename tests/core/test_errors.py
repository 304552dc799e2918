"""Messages shown in a dialog read as sentences; the command line keeps them as they are."""

from __future__ import annotations

import pytest

from reader.core.errors import as_sentence


@pytest.mark.parametrize("message, sentence", [
    ("the tag store is read-only", "The tag store is read-only."),
    ("  cannot read tags.csv: no such file \n", "Cannot read tags.csv: no such file."),
    ("Already a sentence.", "Already a sentence."),
    ("is this a tag file?", "Is this a tag file?"),
    ("3 tags were kept (see the list)", "3 tags were kept (see the list)."),
    ("the store cannot be used (disk I/O error)", "The store cannot be used (disk I/O error)."),
    ("(It was moved aside.)", "(It was moved aside.)"),
    ("tags.csv: cannot be read", "tags.csv: cannot be read."),  # a file's name keeps its case
    ("draft: no such file", "draft: no such file."),
    ('the row says "Read more."', 'The row says "Read more."'),
    ("/home/ed/tags.csv is not a tag file", "/home/ed/tags.csv is not a tag file."),
    ("", ""),
])
def test_a_message_becomes_a_sentence(message, sentence):
    assert as_sentence(message) == sentence
