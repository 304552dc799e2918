"""Phone numbers in long runs of figures (reader.core.phones).

A results table or a list of years pasted as one line ("1900 1901 1902 ...") is one run of digit
groups, and every stretch of up to six of its groups was read as a candidate number and weighed, six
per figure, though no year, count or clock time opens a phone number in prose.  A stretch is now ruled
out by its first group before its parts are read.  What is found must not change: the phone numbers
among the figures, and none taken from the figures themselves, wherever the run is cut.

Every number is a drama number or an invented one.
"""

from __future__ import annotations

import pytest

from reader.core import phones
from reader.core.numbers import find_numbers
from reader.core.phones import find_phones, has_phone

YEARS = " ".join(str(year) for year in range(1900, 2025))
# A sports table pasted as one line: a year and a finishing time, then another year and time.
TABLE = " ".join(f"{1900 + k} {k % 24}:{k % 60:02d} {2000 + k % 25} {k % 24}:{(7 * k) % 60:02d}" for k in range(125))
# Figures that stand three to a group, as a count of thousands or scores do: "125 250 375".
THREES = " ".join(str(100 + (37 * k) % 900) for k in range(300))


def surfaces(text: str) -> list[str]:
    return [phone.text for phone in find_phones(text)]


def phone_mentions(text: str) -> list[tuple[int, str, str]]:
    return [(m.start, m.surface, m.value) for m in find_numbers(text) if m.kind == "phone"]


# -- Phone numbers are still found, on their own and among figures ------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Anyone with information should call Crimestoppers anonymously on 0800 555 0111.", ["0800 555 0111"]),
    ("The helpline, +44 (0)20 7946 0000, is open from 9am to 5pm, seven days a week.", ["+44 (0)20 7946 0000"]),
    ("Reservations can be made on 1-800-555-0199 or at the box office.", ["1-800-555-0199"]),
    ("The Detroit office, (248) 647-7221, said it had received 1,200 calls since 2019.", ["(248) 647-7221"]),
    ("Call 0161 496 0000 or 020 7946 0000 between 1900 and 2100.", ["0161 496 0000", "020 7946 0000"]),
])
def test_phone_numbers_in_sentences_are_found(sentence, expected):
    assert surfaces(sentence) == expected


@pytest.mark.parametrize("run", [YEARS, TABLE, THREES], ids=["years", "table", "threes"])
def test_a_phone_number_among_a_long_run_of_figures_is_found_where_it_stands(run):
    text = f"{run} or call 0800 555 0142 {run}"
    start = text.index("0800")
    assert phone_mentions(text) == [(start, "0800 555 0142", "08005550142")]


@pytest.mark.parametrize("run", [YEARS, TABLE, THREES], ids=["years", "table", "threes"])
def test_figures_alone_are_not_taken_for_phone_numbers(run):
    assert find_phones(run * 4) == []
    assert phone_mentions(f"Results by season: {run}.") == []


# -- A long run reads the same as the short pieces it is made of --------------------------------------

def test_a_long_run_with_numbers_in_it_reads_as_its_pieces_do():
    pieces = [f"{YEARS} call 0800 555 0142,", f"{THREES} or +44 20 7946 0000;", f"{TABLE} then (020) 7946 0001."]
    whole = " ".join(pieces * 3)
    expected, offset = [], 0
    for piece in pieces * 3:
        expected += [(phone.start + offset, phone.text, phone.groups) for phone in find_phones(piece)]
        offset += len(piece) + 1
    assert [(phone.start, phone.text, phone.groups) for phone in find_phones(whole)] == expected
    assert len(expected) == 9


def test_a_contact_line_after_a_run_of_figures_still_holds_its_number():
    assert has_phone(f"{YEARS} Tel: 07700 900123")
    assert not has_phone(YEARS)


# -- The search weighs the stretches a phone number may open, not every stretch of the run -----------

def _stretches_weighed(monkeypatch, text: str) -> int:
    weighed = []
    unmistakable = phones._unmistakable

    def counted(text, groups):
        weighed.append(groups)
        return unmistakable(text, groups)

    monkeypatch.setattr(phones, "_unmistakable", counted)
    find_phones(text)
    return len(weighed)


@pytest.mark.parametrize("run", [YEARS * 20, TABLE * 4], ids=["years", "table"])
def test_a_run_of_years_and_times_is_not_weighed_stretch_by_stretch(monkeypatch, run):
    figures = len(run.split())
    # each stretch would be weighed once for every group it may close on: six to a figure
    assert _stretches_weighed(monkeypatch, run + " call 0800 555 0142") < figures


def test_a_phone_number_is_still_weighed_among_the_figures(monkeypatch):
    assert _stretches_weighed(monkeypatch, f"{YEARS} call 0800 555 0142 {YEARS}") >= 1
