"""Times a spreadsheet wrote back into a tag CSV, in its locale's format."""

from __future__ import annotations

import pytest

from reader.core.sheet_times import DAY_FIRST, MONTH_FIRST, column_order, readings


@pytest.mark.parametrize("cells, order", [
    (["23/11/2026 05:19", "05/11/2026 04:44"], DAY_FIRST),  # one cell tells for the column
    (["11/23/2026 5:19 AM", "11/05/2026 4:44 PM"], MONTH_FIRST),
    (["05.11.2026 04:44"], DAY_FIRST),  # dots are written day first
    (["05/11/2026 04:44"], None),  # nothing tells
    (["23/11/2026 05:19", "11/23/2026 05:19"], None),  # the cells contradict each other
    (["2026-11-23T05:19:00.610Z", "2026/11/05 04:44"], None),  # year first: no question
])
def test_the_day_and_month_order_is_read_from_the_whole_column(cells, order):
    assert column_order(cells) == order


@pytest.mark.parametrize("cell, order, expected", [
    ("23/11/2026 05:19", None, ["2026-11-23T05:19:00.000Z"]),
    ("11/23/26 5:19 PM", None, ["2026-11-23T17:19:00.000Z"]),
    ("11/23/2026 12:05 a.m.", None, ["2026-11-23T00:05:00.000Z"]),
    ("23.11.2026 05:19:07", DAY_FIRST, ["2026-11-23T05:19:07.000Z"]),
    ("2026/11/23 05:19", None, ["2026-11-23T05:19:00.000Z"]),
    ("05/11/2026 04:44", None, ["2026-11-05T04:44:00.000Z", "2026-05-11T04:44:00.000Z"]),
    ("05/11/2026 04:44", MONTH_FIRST, ["2026-05-11T04:44:00.000Z"]),
    ("05/05/2026", None, ["2026-05-05T00:00:00.000Z"]),  # both readings are one day
    ("31/02/2026 04:44", DAY_FIRST, []),  # no such day
    ("13/14/2026", None, []),
    ("yesterday", None, []),
    ("5:19 PM", None, []),
])
def test_a_cell_reads_as_the_times_it_may_mean(cell, order, expected):
    assert readings(cell, order) == expected
