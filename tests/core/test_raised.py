"""reader.core.raised: what a <sup> or <sub> reads as, the one decision HTML and Markdown share."""

import pytest

from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text
from reader.core.raised import read_raised

CASES = [
    # (tag, text before, text inside, linked, reads as)
    ("sup", "It held 10", "6", False, "⁶"),  # a power
    ("sup", "The dose was 1.2 × 10", "-3", False, "⁻³"),
    ("sup", "The flat covers 120 m", "2", False, "²"),
    ("sup", "the lake 5km", "3", False, "³"),
    ("sup", "In 2010", "6", False, ""),  # not a 10 of its own: a footnote mark
    ("sup", "the term", "2", False, ""),  # a word ending in "m": a footnote mark
    ("sup", "120 m", "4", False, ""),  # no area or volume
    ("sup", "$4.2bn", "1", False, ""),
    ("sup", "patients", "[2]", False, ""),
    ("sup", "in 2023", "1,2", False, ""),
    ("sup", "fell", "*", False, ""),
    ("sup", "rose", "[citation needed]", True, ""),  # a link: a note, whatever it says
    ("sup", "the 1", "st", False, "st"),  # a word's end
    ("sup", "M", "me", False, "me"),
    ("sup", "x", "", False, ""),  # empty: nothing to read
    ("sup", "x", " ", True, " "),
    ("sup", "", "1", False, ""),  # at the start of the text
    ("sub", "CO", "2", False, "₂"),
    ("sub", "H", " 2 ", False, "₂"),
    ("sub", "PM", "2.5", False, "2.5"),  # no signed number: as it stands
    ("sub", "x", "i", False, "i"),
    ("sub", "10", "6", True, "₆"),  # a <sub> is never a note mark
]


@pytest.mark.parametrize(("tag", "before", "text", "linked", "expected"), CASES)
def test_read_raised(tag, before, text, linked, expected):
    assert read_raised(tag, before, text, linked=linked) == expected


@pytest.mark.parametrize("line", [
    "It held 10<sup>6</sup> cells.",
    "It cost $4.2bn<sup>1</sup> in all.",
    "The flat covers 120 m<sup>2</sup>, the term<sup>2</sup> ends.",
    "On the 1<sup>st</sup> of May, CO<sub>2</sub> rose.",
    'See the note<sup><a href="#n1">3</a></sup> below.',
    "It held 10<sup><b>6</b></sup> cells.",  # tags inside are read through
    'Emissions of CO<sub><a href="#co2">2</a></sub> rose.',
])
def test_html_and_markdown_read_raised_text_alike(line):
    assert html_to_text(f"<p>{line}</p>")[0] == markdown_to_text(line)[0]


def test_a_raised_element_holding_a_line_break_is_read_as_plain_text_in_markdown():
    # As in HTML, "1<br>2" is no footnote mark: its digits stay, the break a space.
    assert markdown_to_text("a<sup>1<br>2</sup>b")[0] == "a1 2b"
    assert markdown_to_text("Price<sup>as of<br>May</sup> now")[0] == "Priceas of May now"
