"""A span of time told by its first and last days, read as the length it gives.

One report says "the exhibition runs from March 3 to March 17", the other "the exhibition runs for two
weeks": the same fact, which the number ledger could not set side by side, since two dates and a duration
are no figures of one kind.  Where the other report gives a duration and no date of its own, the two ends
are read as one duration ("March 3 to March 17": 14 or 15 days, as the last day is counted or not), which
meets "two weeks" and disputes "10 days".  Where the other report gives a date too ("for two weeks from
March 3"), the dates stay dates, to meet it.

Spans read: a range of days ("3-17 March", "between 3 and 17 March"), two dates after "from" or
"between" ("from March 3 to March 17", "from 28 February until 3 March"), and two weekdays after "from"
("from Monday to Friday": four or five days).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from reader.core.model import NumberMention
from reader.core.numbers import Date, Duration, Range

# Between the two ends: "to", "until", "till", "through", "and" (after "between"), or a dash.
_JOINING_THE_ENDS = re.compile(r"\s*(?:[-–—]|\s(?:to|until|till|through|and)\s)\s*\Z", re.I)
# Before the first end: "from", "between", with a weekday or "the" between ("from Monday 3 March to ...").
_OPENING_A_SPAN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?\Z", re.I)
_DAYS_IN_A_WEEK = 7


def spans_of_dates_as_durations(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                                offset: int) -> Sequence[NumberMention]:
    """``side`` with each span told by its two ends read as its length (see the module docstring), where
    ``other`` gives a duration and no date or weekday, and ``side`` gives no duration of its own.  ``text``
    is ``side``'s sentence, starting at ``offset`` in its document."""
    if (not text or not any(m.kind == "duration" for m in other) or any(m.kind == "duration" for m in side)
            or any(m.kind in ("date", "weekday") for m in other)):
        return side  # most pairs
    read: list[NumberMention] = []
    k = 0
    while k < len(side):
        m = side[k]
        if m.kind == "date" and isinstance(m.value, Range):
            days = _days_between(m.value.low, m.value.high)
            read.append(_as_duration(m, m, days, text, offset) if days else m)
            k += 1
            continue
        after = side[k + 1] if k + 1 < len(side) else None
        days = _days_from_one_end_to_the_other(m, after, text, offset) if after is not None else None
        if days:
            read.append(_as_duration(m, after, days, text, offset))
            k += 2
        else:
            read.append(m)
            k += 1
    return read if len(read) != len(side) or any(x is not y for x, y in zip(read, side, strict=True)) else side


def _days_from_one_end_to_the_other(first: NumberMention, last: NumberMention, text: str,
                                    offset: int) -> tuple[int, int] | None:
    """The fewest and most days from ``first`` to ``last`` when the two are the ends of one span ("from March 3
    to March 17", "from Monday to Friday"); None when they are not."""
    if first.kind != last.kind or first.kind not in ("date", "weekday"):
        return None
    between = text[first.end - offset:last.start - offset]
    if not _JOINING_THE_ENDS.match(between) or len(between) > len(" through "):
        return None
    if not _OPENING_A_SPAN.search(text, 0, first.start - offset):
        return None
    if first.kind == "weekday":
        if not (isinstance(first.value, int) and isinstance(last.value, int)):
            return None
        apart = (last.value - first.value) % _DAYS_IN_A_WEEK
        return (apart, apart) if apart else None
    return _days_between(first.value, last.value)


def _days_between(low: object, high: object) -> tuple[int, int] | None:
    """The fewest and most days from the day ``low`` to the later day ``high`` (a year left unsaid may be a
    leap year: "28 February to 3 March" is three days or four); None unless both are days of a month, the
    later one after the first."""
    if not (isinstance(low, Date) and isinstance(high, Date) and low.month and low.day and high.month and high.day):
        return None
    if low.year and high.year:
        years = [(low.year, high.year)]
    elif low.year or high.year:
        return None  # one end's year unsaid: it may be the other's or the next
    else:
        # A span across the new year ("December 28 to January 3") ends in the next year.
        step = 1 if (high.month, high.day) < (low.month, low.day) else 0
        years = [(2023, 2023 + step), (2024, 2024 + step)]  # a common year and a leap year
    spans = []
    for low_year, high_year in years:
        try:
            days = (datetime.date(high_year, high.month, high.day) - datetime.date(low_year, low.month, low.day)).days
        except ValueError:
            continue  # "February 29" of a common year
        if days > 0:
            spans.append(days)
    return (min(spans), max(spans)) if spans else None


def _as_duration(first: NumberMention, last: NumberMention, days: tuple[int, int], text: str,
                 offset: int) -> NumberMention:
    """One duration mention over ``first`` to ``last``: the days between them, or one more when the last day is
    counted too ("from March 3 to March 17" runs 14 days, or 15 counting both)."""
    fewest, most = days
    return replace(first, end=last.end, surface=text[first.start - offset:last.end - offset], kind="duration",
                   value=Range(Duration(fewest, "day"), Duration(most + 1, "day")), unit="day", hedge="",
                   role="", direction="", converted=None)
