"""A change told by the two levels it joins, read as the change in per cent it gives.

One report says "subscribers grew 30% year over year to 2.8 million", the other "subscribers rose from 2.5
million a year earlier to 2.8 million": a rise of 12%, which disputes the 30%, though no figure of the one
report is a figure of the other.  Where the other report gives a change in per cent ("up 12%", "fell 20%")
and this one none, the two levels of one change ("from X to Y": numbers.EARLIER_LEVEL, LATER_LEVEL) are read
as the change (Y - X) / X as well, a figure in per cent set against the other report's.  The earlier level
gives way to that reading; the later one stays a figure of its own, to meet the level the other report
reaches ("to 2.8 million").

The change is read within the rounding of the percentage it is set against: "12%" is written to whole
numbers, so a change of 11.6% to 12.4% is 12%; "12.5%" allows 12.45% to 12.55%.  A hedged percentage
("about 12%") meets the change to one place more, and its hedge decides, as it does for any figure.

Not read: levels in per cent ("from 10% to 12%" is two points, or 20%, and says not which), ranges, a
level of nothing ("from 0"), and levels whose kind the other report gives figures of, none of them either
level: then the change in per cent is likely another thing's ("revenue rose 30% to $5bn" / "costs rose
from $2m to $3m").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction

from reader.core.model import NumberMention
from reader.core.numbers import EARLIER_LEVEL, LATER_LEVEL, Duration, Money, Range

_CHANGES = frozenset({"up", "down"})
# The digits after the point of a percentage as written: "12.5%" is written to one place.
_PLACES = re.compile(r"[0-9]+(?:[.,]([0-9]+))?")


def changes_between_levels(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                           offset: int) -> Sequence[NumberMention]:
    """``side`` with the earlier level of each change "from X to Y" read as the change in per cent from X
    to Y, spanning both levels (see the module docstring), where ``other`` gives a change in per cent and
    ``side`` none.  ``text`` is ``side``'s sentence, starting at ``offset`` in its document."""
    percents = [m for m in other if _is_change_in_per_cent(m)]
    if not text or not percents or any(_is_change_in_per_cent(m) for m in side):
        return side  # most pairs
    read = list(side)
    for k, earlier in enumerate(side):
        later = _later_level(side, k) if earlier.direction == EARLIER_LEVEL else None
        if later is not None and _levels_of_one_thing(earlier, later, other):
            change = _change(earlier, later)
            if change is not None:
                read[k] = _as_change(earlier, later, change, percents, text, offset)
    return read


def _later_level(side: Sequence[NumberMention], k: int) -> NumberMention | None:
    """The level the change from side[k] reaches: the next figure, or the one after a time between ("from 20
    on Monday to 28")."""
    return next((m for m in side[k + 1:k + 3] if m.direction == LATER_LEVEL), None)


def _is_change_in_per_cent(m: NumberMention) -> bool:
    return m.kind == "percent" and m.direction in _CHANGES and not isinstance(m.value, Range)


def _amount(m: NumberMention) -> Fraction | None:
    value = m.value.amount if isinstance(m.value, (Money, Duration)) else m.value
    if isinstance(value, bool) or not isinstance(value, (int, float, Fraction)):
        return None
    return Fraction(value).limit_denominator(10**9)


def _levels_of_one_thing(earlier: NumberMention, later: NumberMention, other: Sequence[NumberMention]) -> bool:
    """Whether two levels may be of what ``other``'s change in per cent is of: both of one kind and unit, not
    in per cent, and either ``other`` gives no figure of their kind or one of its figures is one of them."""
    if (earlier.kind != later.kind or earlier.kind == "percent" or earlier.unit != later.unit
            or isinstance(earlier.value, Range) or isinstance(later.value, Range)):
        return False
    alike = [m for m in other if m.kind == earlier.kind and m.unit == earlier.unit]
    return not alike or any(m.value in (earlier.value, later.value) for m in alike)


def _change(earlier: NumberMention, later: NumberMention) -> Fraction | None:
    """The change from ``earlier`` to ``later`` in per cent, or None when either is no amount or the first is
    nothing."""
    start, end = _amount(earlier), _amount(later)
    if start is None or end is None or start <= 0 or end < 0 or start == end:
        return None
    return (end - start) / start * 100


def _as_change(earlier: NumberMention, later: NumberMention, change: Fraction, percents: list[NumberMention],
               text: str, offset: int) -> NumberMention:
    """The change from ``earlier`` to ``later`` as a figure in per cent, its value as ``percents`` nearest it
    would write it."""
    size = abs(change)
    nearest = min(percents, key=lambda m: abs(Fraction(m.value).limit_denominator(10**6) - size))
    places = _places(nearest)
    if nearest.hedge:
        value = round(float(size), places + 1)  # "about 12%": the hedge decides how near is near enough
    elif abs(Fraction(nearest.value).limit_denominator(10**6) - size) <= Fraction(1, 2 * 10**places):
        value = nearest.value  # "12%" is any change that rounds to it
    else:
        value = round(float(size), places)
        if value == nearest.value:
            value = round(float(size), places + 1)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    start = _from_before(earlier, text, offset)
    return replace(earlier, start=start, end=later.end, surface=text[start - offset:later.end - offset], kind="percent",
                   value=value, unit="%", hedge="", role="", direction="up" if change > 0 else "down",
                   converted=None)


def _from_before(earlier: NumberMention, text: str, offset: int) -> int:
    """Where the change opens: at the "from" before its earlier level ("from about 2.5 million"), so it is
    quoted as "up from 2.5 million to 2.8 million"."""
    opening = _FROM_BEFORE.search(text, max(0, earlier.start - offset - _FROM_READ), earlier.start - offset)
    return opening.start() + offset if opening else earlier.start


# "from", and a hedge or so, right before an earlier level.
_FROM_BEFORE = re.compile(r"\b(?i:from)\s+(?:[a-z]+\s+){0,2}\Z")
_FROM_READ = len("from more than ")


def _places(m: NumberMention) -> int:
    """How many digits after the point the percentage ``m`` is written with."""
    written = _PLACES.search(m.surface)
    return len(written[1]) if written and written[1] else 0
