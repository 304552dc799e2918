"""A change made to something, told by its verb, what it changes, then "by" and the figure: "will raise the
contribution by 2 percentage points" tells a rise of 2 points, as "will rise by 2 percentage points" does."""

import pytest

from reader.core.numbers import change_told_by_verb


def told(text: str, figure: str) -> str:
    return change_told_by_verb(text, text.index(figure))


@pytest.mark.parametrize("text, figure, direction", [
    ("The government will raise the employer's pension contribution by 2 percentage points.",
     "2 percentage points", "up"),
    ("The government will raise the employer's pension contribution by 2 per cent.", "2 per cent", "up"),
    ("The bank raised interest rates by 0.25 percentage points on Thursday.", "0.25 percentage points", "up"),
    ("Ministers plan to increase the levy on sugary drinks by 5%.", "5%", "up"),
    ("The board lifted its dividend by 8 per cent.", "8 per cent", "up"),
    ("The central bank cut its main rate by 0.5 percentage points.", "0.5 percentage points", "down"),
    ("The council is reducing its grant to the theatre by 12%.", "12%", "down"),
    ("The regulator lowered the cap on fees by 3 per cent.", "3 per cent", "down"),
    ("The fee was reduced by 3%.", "3%", "down"),
    ("The rate will rise next year by about 2 percentage points.", "2 percentage points", "up"),
])
def test_a_verb_of_change_before_what_it_changes_tells_the_figure_after_by_a_change(text, figure, direction):
    assert told(text, figure) == direction


@pytest.mark.parametrize("text, figure", [
    ("Labour won the seat by 4 percentage points.", "4 percentage points"),
    ("The firm cut jobs and beat forecasts by 3%.", "3%"),
    ("The bank cut its rate, which analysts had expected by 2%.", "2%"),
    ("The charity raised $5m by selling tickets.", "$5m"),
])
def test_a_figure_after_by_is_no_change_where_no_verb_of_change_governs_it(text, figure):
    assert told(text, figure) == ""
