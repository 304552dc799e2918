"""A span of time told by its first and last days, read as the length it gives.

One report says "the exhibition runs from March 3 to March 17", the other "the exhibition runs for two
weeks": the same fact, which the number ledger could not set side by side, since two dates and a duration
are no figures of one kind.  Where the other report gives a duration of the same order and no date of its
own, the two ends are read as one duration ("March 3 to March 17": 14 or 15 days, as the last day is
counted or not), which meets "two weeks" and disputes "10 days".

A count of weeks is rough as outlets write it: "from Monday, March 3 to Friday, March 14" is two working weeks,
"3 March to 15 April" six weeks and a day or two.  Against a count of weeks the span is read two days shorter
and a day longer than its days, so n weeks meets a span of 7n - 2 to 7n + 1 days (a week's working days, and
the last day counted or not), and "March 3 to March 27" still disputes "two weeks"; half a week either way
would let "March 3 to March 13" be two weeks.  A count of days is read to the day.

Only against a duration counted in days, weeks or months, within a few times the span's length: "two
years in the making", "eight hours a day" or "open 24 hours" measure something else, and the dates stay
dates, left on their own side as before.  Where the other report gives a date too ("for two weeks from
March 3"), the dates stay dates, to meet it.  Two weekdays are no span read here: "open from Monday to
Friday" is a week's timetable more often than one stretch of days.

Spans read: a range of days ("3-17 March", "between 3 and 17 March"), and two dates after "from" or
"between" ("from March 3 to March 17", "from 28 February until 3 March"), each with its weekday before
it or not ("from Monday, March 3 to Friday, March 14"), the year given on both ends, on neither, or on the
last only ("from March 3 to March 17, 2022").
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
_LONGEST_JOINT = len(" through ")
# Before the first end: "from", "between", or "the" after one ("from the 3rd ...").
_OPENING_A_SPAN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?\Z", re.I)
# The most that stands between a weekday and its date: "Monday, March 3", "Friday 14 March" (the ledger
# pairs a weekday with its date by the same measure).
WEEKDAY_GAP = 2
# The units of a duration that measures a span of days, and how far from the span's length it may be to
# measure it at all: "two weeks" measures "March 3 to March 27" (and disputes it), "two years" does not.
_UNITS_OF_DAYS = frozenset({"day", "week", "fortnight", "month"})
_UNITS_OF_WEEKS = frozenset({"week", "fortnight"})
# How many days short of a count of weeks, and over it, a span still meets it (see the module docstring).
_WEEK_SHORT, _WEEK_OVER = 2, 1
_SAME_ORDER = 3
_DAYS_IN_A_MONTH = 30.44


def spans_of_dates_as_durations(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                                offset: int) -> Sequence[NumberMention]:
    """``side`` with each span told by its two ends read as its length (see the module docstring), where
    ``other`` gives a duration of the same order and no date or weekday, and ``side`` gives no duration of its
    own.  ``text`` is ``side``'s sentence, starting at ``offset`` in its document."""
    if (not text or not any(m.kind == "duration" for m in other) or any(m.kind == "duration" for m in side)
            or any(m.kind in ("date", "weekday") for m in other)):
        return side  # most pairs
    lengths = [days for m in other if (days := _days_measured(m)) is not None]
    if not lengths:
        return side
    in_weeks = all(m.unit in _UNITS_OF_WEEKS for m in other if _days_measured(m) is not None)
    read: list[NumberMention] = []
    k = 0
    while k < len(side):
        span = _span_at(side, k, text, offset)
        if span is not None and _of_the_same_order(span[2], lengths):
            first, last, days, used = span
            read.append(_as_duration(first, last, days, text, offset, in_weeks=in_weeks))
            k += used
        else:
            read.append(side[k])
            k += 1
    return read


def _span_at(side: Sequence[NumberMention], k: int, text: str,
             offset: int) -> tuple[NumberMention, NumberMention, tuple[int, int], int] | None:
    """The span that opens at ``side[k]``: its first and last mentions (a weekday before a date counts with it),
    its fewest and most days, and how many mentions it takes; None when no span opens there."""
    first, k_first = _date_with_its_weekday(side, k)
    if first is None:
        return None
    if isinstance(first.value, Range):
        days = _days_between(first.value.low, first.value.high)
        return (side[k], first, days, k_first - k + 1) if days else None
    last, k_last = _date_with_its_weekday(side, k_first + 1)
    if last is None or isinstance(last.value, Range):
        return None
    between = text[first.end - offset:side[k_first + 1].start - offset]
    opening = side[k].start - offset
    if (len(between) > _LONGEST_JOINT or not _JOINING_THE_ENDS.match(between)
            or not _OPENING_A_SPAN.search(text, 0, opening)):
        return None
    days = _days_between(first.value, last.value)
    return (side[k], last, days, k_last - k + 1) if days else None


def _date_with_its_weekday(side: Sequence[NumberMention], k: int) -> tuple[NumberMention | None, int]:
    """The date at ``side[k]``, or right after the weekday there ("Monday, March 3"), and its place."""
    if k >= len(side):
        return None, k
    if side[k].kind == "weekday" and k + 1 < len(side) and side[k + 1].kind == "date" \
            and side[k + 1].start - side[k].end <= WEEKDAY_GAP:
        k += 1
    return (side[k], k) if side[k].kind == "date" else (None, k)


def _days_measured(m: NumberMention) -> float | None:
    """The days a plain duration counted in days, weeks or months gives ("two weeks": 14); None for any other."""
    if m.kind != "duration" or m.unit not in _UNITS_OF_DAYS or not isinstance(m.value, Duration):
        return None
    return m.value.amount * (_DAYS_IN_A_MONTH if m.value.base == "month" else 1)


def _of_the_same_order(days: tuple[int, int], lengths: list[float]) -> bool:
    """Whether a duration of the other report may measure a span of ``days``: within a few times its length."""
    fewest, most = days
    return any(fewest / _SAME_ORDER <= length <= (most + 1) * _SAME_ORDER for length in lengths)


def _days_between(low: object, high: object) -> tuple[int, int] | None:
    """The fewest and most days from the day ``low`` to the later day ``high`` (a year left unsaid may be a
    leap year: "28 February to 3 March" is three days or four; a year given on the last end only is the first
    end's too, or the year before when the first end's month comes later: "December 28 to January 3, 2024");
    None unless both are days of a month, the later one after the first."""
    if not (isinstance(low, Date) and isinstance(high, Date) and low.month and low.day and high.month and high.day):
        return None
    # A span across the new year ("December 28 to January 3") ends in the next year.
    step = 1 if (high.month, high.day) < (low.month, low.day) else 0
    if low.year and high.year:
        years = [(low.year, high.year)]
    elif high.year:
        years = [(high.year - step, high.year)]
    elif low.year:
        return None  # the first end's year given, the last's unsaid: it may be that year or another
    else:
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


def _as_duration(first: NumberMention, last: NumberMention, days: tuple[int, int], text: str, offset: int, *,
                 in_weeks: bool) -> NumberMention:
    """One duration mention over ``first`` to ``last``: the days between them, or one more when the last day is
    counted too ("from March 3 to March 17" runs 14 days, or 15 counting both); ``in_weeks``: read against a
    count of weeks, a few days either side as well (_WEEK_SHORT, _WEEK_OVER)."""
    fewest, most = days[0], days[1] + 1
    if in_weeks:
        # n weeks meets 7n - _WEEK_SHORT .. 7n + _WEEK_OVER days: 7n lies in the span widened the other way.
        fewest, most = max(1, fewest - _WEEK_OVER), most + _WEEK_SHORT
    return replace(first, end=last.end, surface=text[first.start - offset:last.end - offset], kind="duration",
                   value=Range(Duration(fewest, "day"), Duration(most, "day")), unit="day", hedge="",
                   role="", direction="", converted=None)
