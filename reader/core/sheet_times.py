"""Times as a spreadsheet writes them back into a CSV.

Parallax exports ISO 8601 times ("2026-11-23T05:19:00.610Z").  A spreadsheet that takes them for
dates shows them in its locale's format and, saving as CSV, writes what it shows: "23/11/2026
05:19", "11/23/26 5:19 AM", "23.11.2026 05:19".  The import needs those times: a copy that still
carries the stored tag's own time (to the minute) is an edit made in the file.

Which number is the day is a property of the file, not of one cell: one spreadsheet wrote the
whole column.  So the order is read from the column (a first number above 12 is a day, a second
one above 12 means month first; dots are written day first).  Where no cell tells, a cell whose
two numbers could each be the month reads both ways, and the caller picks the reading that is
the stored tag's time, or neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

_LOCAL_TIME = re.compile(
    r"(?P<first>\d{1,4})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<third>\d{2,4})"
    r"(?:[\sT,]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second_of_minute>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<half>[AaPp]\.?\s?[Mm]\.?)?)?\s*(?:Z|UTC)?")

DAY_FIRST, MONTH_FIRST = "day first", "month first"


def column_order(values: Iterable[str]) -> str | None:
    """Whether a column's dates put the day or the month first, as far as its cells tell."""
    day_first = month_first = False
    for value in values:
        match = _LOCAL_TIME.fullmatch(value.strip())
        if not match or len(match["first"]) == 4:
            continue
        day_first |= int(match["first"]) > 12 or match["sep"] == "."
        month_first |= int(match["second"]) > 12
    if day_first != month_first:
        return DAY_FIRST if day_first else MONTH_FIRST
    return None  # nothing tells, or the cells contradict each other


def readings(value: str, order: str | None) -> list[str]:
    """The UTC times (as the store writes them) a spreadsheet's cell may mean: one, two when the
    day and the month cannot be told apart, none when it is no date.  Times without a zone are
    UTC, as they were exported."""
    match = _LOCAL_TIME.fullmatch(value.strip())
    if not match:
        return []
    first, second, third = int(match["first"]), int(match["second"]), int(match["third"])
    if len(match["first"]) == 4:
        orders = [(third, second, first)]  # 2026/11/23
    elif order == DAY_FIRST:
        orders = [(first, second, third)]
    elif order == MONTH_FIRST:
        orders = [(second, first, third)]
    else:
        orders = [(first, second, third), (second, first, third)]
    found = []
    for day, month, year in orders:
        moment = _moment(day, month, year, match)
        if moment is not None and moment not in found:
            found.append(moment)
    return found


def _moment(day: int, month: int, year: int, match: re.Match) -> str | None:
    if year < 100:
        year += 2000  # "23/11/26": tags are recent
    hour, minute = int(match["hour"] or 0), int(match["minute"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"][0] in "Pp" else 0)
    try:
        moment = datetime(year, month, day, hour, minute, int(match["second_of_minute"] or 0),
                          tzinfo=timezone.utc)
    except ValueError:
        return None  # 31/02, 25:00
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
