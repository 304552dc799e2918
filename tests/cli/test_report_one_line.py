"""The text report writes each sentence on one line: its line breaks, with the blanks around them,
become one space.  The search starts only at the first blank of a run (a run of 100,000 blanks with
no line break took 43 s a sentence when it was tried from each blank: see bench_parsing.py); it
must join exactly what the plain pattern joins."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.cli.report import _LINE_BREAK, one_line

PLAIN = re.compile(r"[ \t]*[\r\n\u2028\u2029\x0b\x0c\x85]+[ \t]*")


@given(st.text(alphabet=" \t\r\n\u2028\x0c\x85ab", max_size=40))
def test_the_line_breaks_and_the_blanks_around_them_become_one_space(text):
    assert _LINE_BREAK.sub(" ", text) == PLAIN.sub(" ", text)


def test_a_hard_wrapped_sentence_with_padding_reads_on_one_line():
    padded = "Officials said" + " " * 5_000 + "the bridge\n   was closed \r\n\tuntil Monday."
    assert one_line(padded) == "Officials said" + " " * 5_000 + "the bridge was closed until Monday."
