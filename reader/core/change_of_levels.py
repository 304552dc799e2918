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

Read only levels a word of change governs ("rose from $20 to $40", "went up from", "was raised from"): a
range ("prices range from $20 to $40", "vary from", "between") is no change.  Not read: levels in per cent
("from 10% to 12%" is two points, or 20%, and says not which), ranges, a level of nothing ("from 0"); levels
whose kind the other report gives figures of, none of them either level, as the change in per cent is then
likely another thing's ("revenue rose 30% to $5bn" / "costs rose from $2m to $3m"); and levels of which the
other report gives one, but not as the level its change in per cent reaches ("profit rose 10% as revenue
climbed to $2.5bn": the 10% is the profit's).  Levels from a year named ("from 1.2 million in 2019 to 1.5
million") are a change over years, read only against a change whose sentence names that year ("up 25% since
2019"): a change in per cent said without its base is most often the year's.
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


def changes_between_levels(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str, offset: int,
                           other_text: str, other_offset: int) -> Sequence[NumberMention]:
    """``side`` with the earlier level of each change "from X to Y" read as the change in per cent from X
    to Y, spanning both levels (see the module docstring), where ``other`` gives a change in per cent and
    ``side`` none.  ``text`` is ``side``'s sentence, starting at ``offset`` in its document; ``other_text`` and
    ``other_offset`` are ``other``'s."""
    percents = [m for m in other if _is_change_in_per_cent(m)]
    if not text or not other_text or not percents or any(_is_change_in_per_cent(m) for m in side):
        return side  # most pairs
    read = list(side)
    for k, earlier in enumerate(side):
        later = _later_level(side, k) if earlier.direction == EARLIER_LEVEL else None
        if (later is not None and _levels_of_one_thing(earlier, later, other, percents, other_text, other_offset)
                and _told_as_a_change(earlier, text, offset)
                and _from_a_base_the_other_gives(earlier, later, text, offset, other_text)):
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


def _levels_of_one_thing(earlier: NumberMention, later: NumberMention, other: Sequence[NumberMention],
                         percents: Sequence[NumberMention], other_text: str, other_offset: int) -> bool:
    """Whether two levels may be of what ``other``'s change in per cent is of: both of one kind and unit, not
    in per cent, and either ``other`` gives no figure of their kind, or one of its figures is one of them and
    is the level one of its changes in ``percents`` reaches ("rose 10% to $2.5bn", "$2.5bn, up 10%")."""
    if (earlier.kind != later.kind or earlier.kind == "percent" or earlier.unit != later.unit
            or isinstance(earlier.value, Range) or isinstance(later.value, Range)):
        return False
    alike = [m for m in other if m.kind == earlier.kind and m.unit == earlier.unit]
    if not alike:
        return True
    levels = [m for m in alike if m.value in (earlier.value, later.value)]
    return any(_change_reaching(percent, level, other_text, other_offset) for percent in percents for level in levels)


def _change_reaching(percent: NumberMention, level: NumberMention, text: str, offset: int) -> bool:
    """Whether the change in per cent ``percent`` is the change to ``level`` in ``text``: the two in one clause,
    the change first and "to" or "at" before the level ("rose 10% last year to $2.5bn"), or the level first
    and a word of direction before the change ("$2.5bn, up 10%")."""
    if percent.end <= level.start:
        return _CHANGE_THEN_LEVEL.fullmatch(text, percent.end - offset, level.start - offset) is not None
    return _LEVEL_THEN_CHANGE.fullmatch(text, level.end - offset, percent.start - offset) is not None


# A few words of one clause: none that opens another ("profit rose 10% as revenue climbed to $2.5bn").
_WORDS_OF_ONE_CLAUSE = (r"(?:\s+(?!(?:as|and|but|while|whereas|although|though|which|who|that|when|after|"
                        r"because|with|its|their|his|her)\b)[A-Za-z0-9]+){0,6}")
_A_HEDGE = r"(?:(?:about|around|nearly|almost|some|roughly|just|over|more\s+than|less\s+than)\s+)?"
_CHANGE_THEN_LEVEL = re.compile(rf"{_WORDS_OF_ONE_CLAUSE}\s+(?i:to|at)\s+{_A_HEDGE}(?i:a\s+record\s+)?")
_LEVEL_THEN_CHANGE = re.compile(rf"{_WORDS_OF_ONE_CLAUSE},?\s+(?i:up|down|a\s+rise\s+of|an\s+increase\s+of|"
                                rf"a\s+fall\s+of|a\s+drop\s+of|a\s+decline\s+of)\s+(?:by\s+)?{_A_HEDGE}")


def _told_as_a_change(earlier: NumberMention, text: str, offset: int) -> bool:
    """Whether a word of change governs the "from" of ``earlier`` ("rose from $20 to $40", "was raised this
    year from"): of the words of change and of range before it in its clause, the nearest is of change."""
    start = earlier.start - offset
    clause = text[max(0, start - _GOVERNING_READ):start]
    clause = clause[max(clause.rfind(";"), clause.rfind(". ")) + 1:]
    words = [found.lastgroup for found in _CHANGE_OR_RANGE.finditer(clause)]
    return bool(words) and words[-1] == "change"


_GOVERNING_READ = 80
_CHANGE_OR_RANGE = re.compile(
    r"(?i:\b(?:(?P<change>ris(?:e|es|en|ing)|rose|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|soar\w*|surg\w*|"
    r"fell|fall\w*|drop\w*|declin\w*|decreas\w*|slid\w*|slip\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|"
    r"shr[iau]nk\w*|went|gone|go(?:es|ing)?|mov(?:e|es|ed|ing)|rais\w*|cut|cuts|cutting|lower\w*|reduc\w*|"
    r"hik\w*|lift\w*|slash\w*|trim\w*|doubl\w*|halv\w*|revis\w*|recover\w*|widen\w*|narrow\w*|expand\w*|"
    r"improv\w*|worsen\w*|boost\w*|up|down)|(?P<range>rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between|"
    r"spann?\w*|anywhere))\b)")


def _from_a_base_the_other_gives(earlier: NumberMention, later: NumberMention, text: str, offset: int,
                                 other_text: str) -> bool:
    """Whether the levels may be of the other report's change by their base: always, unless the earlier level
    is of a year named ("from 1.2 million in 2019 to 1.5 million"), a change over years, which only a change
    whose sentence names that year meets ("up 25% since 2019"), or one a year on from it ("to 1.5 million in
    2020")."""
    base = _YEAR_OF_THE_EARLIER.search(text, earlier.end - offset, later.start - offset)
    if base is None:
        return True
    after_later = _YEAR_OF_THE_LATER.match(text, later.end - offset)
    return (re.search(rf"\b{base[1]}\b", other_text) is not None
            or after_later is not None and int(after_later[1]) == int(base[1]) + 1)


_YEAR_OF_THE_EARLIER = re.compile(r"\b(?:in|of)\s+((?:19|20)[0-9]{2})\b")
_YEAR_OF_THE_LATER = re.compile(r"\s+(?:in|for)\s+((?:19|20)[0-9]{2})\b")


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
    opening = _FROM_AND_HEDGE_BEFORE.search(text, max(0, earlier.start - offset - _FROM_READ), earlier.start - offset)
    return opening.start() + offset if opening else earlier.start


# "from", and a hedge or so, right before an earlier level (unlike numbers' _FROM_BEFORE, any two words may
# stand between: the quotation only opens at the "from").
_FROM_AND_HEDGE_BEFORE = re.compile(r"\b(?i:from)\s+(?:[a-z]+\s+){0,2}\Z")
_FROM_READ = len("from more than ")


def _places(m: NumberMention) -> int:
    """How many digits after the point the percentage ``m`` is written with."""
    written = _PLACES.search(m.surface)
    return len(written[1]) if written and written[1] else 0
