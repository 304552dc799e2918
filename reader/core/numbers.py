"""The quantities in news copy: find them and give each a normal form.

:func:`find_numbers` turns text into
:class:`~reader.core.model.NumberMention` values whose ``value`` is a hashable
normal form, so that equal quantities agree whatever their surface:

>>> [(m.surface, m.kind, m.value) for m in find_numbers("A 198-km (123-mile) border")]
[('198-km (123-mile)', 'length', 198000)]
>>> [m.value for m in find_numbers("July 6th, 2022 / 6th of July 2022 / 6 July 2022")]
[Date(year=2022, month=7, day=6), Date(year=2022, month=7, day=6), Date(year=2022, month=7, day=6)]
>>> [(m.kind, m.value) for m in find_numbers("a four-month deal, $10k a month")]
[('duration', Duration(amount=4, base='month')), ('money', Money(currency='USD', amount=10000))]

Kinds and the shape of their values (``unit`` in brackets):

* ``count``: a number (int, or float when fractional) [the counted noun, singular,
  when one follows: "30 men" -> "man", "1,200 British troops" -> "troop" (the phrase's first plural
  noun)].
  Vague counts ("thousands") are ranges.  Words read whole: "half a million", "a quarter of a
  million", "three-quarters of a billion", "one and a half million", "a million and a half".
  Thousands may be grouped by commas, by a no-break, narrow or thin space or an apostrophe
  ("1'400"), and by a plain space where nothing else reads ("1 400", not "call 800 123 456").
  A "K" is thousands before a plural noun ("25K employees"; not "a 5K run", "4K TVs"); a half or a
  quarter may follow the digits ("2½", "12½%", "2 1/2 hours").  A level on a scale ("rated 4", "level
  4", "a Category 4 hurricane", "phase 3 trials", "a 7 on a scale of 10") has the role RATING.
* ``magnitude``: a quake's, a number ["magnitude"]: "magnitude 6.9", "a 6.9-magnitude quake", "6.9 on
  the Richter scale", "M6.9" (with its tenths: "the M6" is a road).
* ``ordinal``: int [the noun that follows].  A reporting period is the ordinal it abbreviates:
  "Q3" is 3 ["quarter"], as "third quarter" is; "H1" is 1 ["half"]; and "No. 31", "#5", "world number
  31", "Number 10" are ranks or names, 31 ["No."].  ``percent``: a number ["%" or
  "percentage point"].
* ``ratio``: "1 in 5", "one in five", "one pupil in three", "3 out of 10", "a fifth of", "two-thirds of", "half
  of the voters", "half the staff": the share as a number (0.2) [the counted noun].  A share of a point is a percent:
  "a quarter point", "half a percentage point" (0.25, 0.5 ["percentage point"]).  A share of a measure
  compares ("half the size of Wales", "half the time", "a third the price"): no figure, as "half as
  big" and "cut in half" are none; but a share "of the" measure is one ("two-thirds of the cost"), as
  are "Half the price of petrol is tax" and "half the level crossings".
* ``money``: ``Money(currency, amount)`` [the ISO currency code]: "$3.5m", "$3.5M", "$250K", "£64million",
  "3.5 million US dollars", "5 million euros ($5.4 million)", "24m euros", "R50 million", "KSh 200 million"
  (a currency's letter only before an amount plainly money: "the R50 road" and "N95 masks" are none).
* ``length`` (metres), ``area`` (m²), ``volume`` (m³: "45 million cubic metres", "36,500 acre-feet", "10
  litres"), ``weight`` (kg), ``speed`` (km/h), ``power`` (watts: "58.3 GW", "53,800 megawatts", "a 60W
  bulb"), ``energy`` (kWh: "1.2 TWh", "40 megawatt-hours"): a number
  in the base unit [the unit written: "km", "mi"...]; also a share of one unit in words ("a quarter-mile",
  "half a mile", "half a tonne", "a mile and a half"), and one unit in words where a hedge or a distance
  travelled makes it a figure ("about a mile", "nearly a tonne", "travelled a mile").  ``concentration``: a
  mass in a volume in mg/L ("50 ng/mL", "50 nanograms per millilitre", "40 µg/m3") or parts of a whole in ppm ("420 parts per
  million", "15 ppb") [the unit: "ng/mL", "ppm"].  ``sound``: a sound's level in decibels ("40 decibels", "40dB", "45
  dB(A)") ["dB"], met by no count.
* ``temperature``: degrees Celsius ["C" or "F", the scale written]: "45C (113F)",
  "minus 5 degrees Celsius", "98.6°F", "between -5 and -10C"; a bare "C" or "F" only straight
  after the digits.  Bare degrees below zero are Celsius ("minus 5 degrees"); otherwise ("30 degrees",
  "30-35 degrees", "30°", in digits) their scale is unknown ["°"]: the ledger reads them in either.
  Degrees of an angle or a place ("turned 90 degrees", "a 45-degree angle", "a gradient of 38 degrees",
  "slopes steeper than 30 degrees", "51°30'N", "37 degrees latitude"), "plus or minus 2 degrees" (a
  margin) and "two degrees in law" stay counts.
* ``duration``: ``Duration(amount, base)``: base "day" up to weeks, "month" from
  months up (a month has no fixed number of days) [the unit written]: also "half an hour", "an hour
  and a half", after a hedge "more than a decade", "nearly a century", "at least a week", and as the
  length of something "a year of free credit monitoring", "a year-long inquiry", or a span "within a
  month", "in a fortnight", "for a decade" (not "lasted a week", "twice a year", "£50,000 a year", "a year
  ago", "in a year when").  A duration or a weight in
  two units is one figure: "2 years and 6 months", "1hr 30mins", "an hour and 45 minutes", "7lb 11oz"
  (see ``compound_step``); so is a race time in figures ("won in 2:04:37", "ran the 5,000m in 14:32").
* ``date``: ``Date(year, month, day)``, missing parts None; a date in figures has its day first
  or its month first as a part over 12 says ("13/4/2023", "4/13/2023"), and with both parts 12 or
  under is ``EitherDate(day_first, month_first)`` ("3/4/2023": 3 April or March 4); ``month``: 1-12
  ("last Dec.": an abbreviation alone only with its full stop, and at a sentence's end only after a
  word of a month: "in Jan.", "the year to Dec.", "Nov. and Dec.", not "a student, Jan.", "Tom and
  Jan."); a two-digit year is 20xx up to ten years on
  from now, else 19xx ("27/09/97": 1997); ``year``: int (also a fiscal year:
  "FY24", "FY2024"); ``weekday``: 0-6, Monday is 0; a date or a weekday of a statement ("the coastguard
  said on Monday", "Officials on Monday said") has the role STATEMENT_DATE; ``time``: ``(hour, minute)``
  on a 24-hour clock [time zone, not converted: "GMT", or in words "Irish time", "local time"], hedged by "about",
  "shortly after", "just before"...; "14.30" only
  where the words make it a clock time ("until 14.30 GMT", "from 09.00 to 17.00", "arrested at 12.30",
  "opened at 07.00"; after "at" a price or a level only with words of one: not "14.30 per cent", "rose
  14.30", "traded at 14.30", "shares were at 12.30", "the index closed at 14.30", "12.50 each");
  the French "20h00", "à 01h12" ("at 20h", not "en 4h"); a time that names a train or a flight ("the
  07:05 from Leeds") has the role SERVICE_TIME, the time one left ("The train, which left Ardmore at
  07:15") DEPARTURE_TIME, the time something started or finished ("started at 7:20 a.m.", "crossed the
  line at 9:41 a.m.") START_TIME or FINISH_TIME; a US court's case number ("1:23-cr-00298") is none;
  ``age``: years ("26-year-old", "aged 26", "at the age of 26", "the singer, 26,", "Anna Ross (19)",
  "Maria Kowal, who is 68.", "the youngest of the dead was 19"; not after a place's name: "Next came
  Great Britain, 40.", nor in a list of places with figures: "Great Britain, 40, and China, 38,").
* ``phone``: a telephone number, its digits as a string ("0800 555 0142" -> "08005550142"): one figure,
  not three counts.
* A range ("30-40", "15 to 20", "between 2017 and 2018") has the kind of its
  items and the value ``Range(low, high)`` of two item values; so do days of one month ("5-14
  August", "August 5 to 14, 2023": two ``Date`` values; in "3-5 May 12 people" the 12 counts), and
  years after "from" ("served from 2010 to 2015").  A scale or the thousands may be written once:
  "10-20 million", "2-3,000" (2,000 to 3,000; not "999-1,000", nor "pages 2-3,000").
* A minus sign or "minus" makes a count, a percent or a temperature negative: "-3%",
  "(−2.5%)", "growth of -0.3%", "-5C".  On a count or a percent only where it plainly is one: at
  the start, or after a space or an open bracket, and not one space after a figure ("5 -10" is a
  range, "2019-2024" and "Covid-19" have no sign, "plus or minus 3 points" is a margin).  So
  signed, a figure after a price is not the end of a money range: "$0.385   -14.2%" in a table is
  a price and its change, as is any share after a price ("£3.2bn -4%").  A plus sign where a minus
  would be one stays in the surface ("+4%") and makes the figure a rise.
* ``direction`` (of a share, an amount, points): "up" or "down" when the words say the figure is a
  rise or a fall ("up 12%", "a 4% drop").  Two figures of a change that name the level it left and
  the level it reached get "from" and "to" ("rose from 10% to 12%", "$12m, down from $30m"); a
  count or a measure only after a word of change, as "from 10 to 12 people" may be a range.

A bracketed conversion right after a quantity belongs to it ("$10,000 (£8,186)",
"150 metres [500ft]"): one mention, valued by the first quantity.  After a range it may convert
both ends, and then the range stays one even after "from": "from -5 to 3C (23F to 37F)".

Left alone on purpose: "one" on its own ("one of the", "no one"; "one million"
and "one-year" still count; "one passenger drowned" and "A firefighter died" count one where a fate
is given: see ``is_single``); "May" unless it is clearly a date ("May 5", "May
2023", "in May", "up to May", "at its May meeting"), and "May's" (a person's: "the third
of May's cabinet"); month names not capitalised, and abbreviated ones alone without a full stop
("Jan said"); numbers inside names ("Covid-19", "F-16", "G7"); "24/7".  A four-digit number from 1900
to 2099 without a unit is a year.  "rose from 10% to 15%" and "won 3-1" are two figures, not a range, as is a score or a vote
written low figure first ("lost 1-3", "a 48-52 vote"; but "won by 5-10 votes" is a range).

What two linked sentences' figures say of each other is :mod:`reader.core.ledger`'s work.
"""

from __future__ import annotations

import datetime as _datetime
import re
from bisect import bisect_left
from dataclasses import replace
from fractions import Fraction
from typing import NamedTuple

from reader.core.cjk import CJK_CHAR, CJK_RANGES
from reader.core.invisible import IN_WORD, visible
from reader.core.model import NumberMention
from reader.core.pattern_cache import PatternCache
from reader.core.stemmer import stem
from reader.core.numwords import (
    BARE_TEMPERATURE_LETTERS, BARE_WATTS, CJK_AGES, DOLLAR_CURRENCIES, CONCENTRATIONS, CURRENCY_LETTERS, CURRENCY_PREFIXES, CURRENCY_WORDS, DURATIONS,
    DIVISION_NAMES, FATE_SENSES, MEASURES, MONTH_ABBREVIATIONS, IRREGULAR_PLURALS, MONTHS, NOT_NOUNS, ONES, ORDINALS, PERSON_NOUNS,
    PRICED_ONLY_MEASURES,
    PAIRED_NOUNS, SCALE_ABBREVIATIONS, SCALES, SIZING_NOUNS, TEENS, TEMPERATURES, TENS, THING_KINDS, TIME_ZONES, TIMES,
    UNMARKED_PLURALS, VAGUE,
    WEEKDAYS, exact, fate_of, singular, words_to_number,
)
from reader.core.phones import find_phones

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

__all__ = ["find_numbers", "is_single", "Range", "Date", "EitherDate", "Money", "Duration"]


class Range(NamedTuple):
    low: object
    high: object


class Date(NamedTuple):
    year: int | None
    month: int | None
    day: int | None


class EitherDate(NamedTuple):
    """A date written in figures that one reader takes day first and another month first:
    "3/4/2023" is 3 April in London and March 4 in New York."""
    day_first: Date
    month_first: Date


class Money(NamedTuple):
    currency: str
    amount: int | float


class Duration(NamedTuple):
    amount: int | float
    base: str  # "day" or "month"


# --- the grammar -------------------------------------------------------------

def _longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longer words first, so they win over their prefixes, and
    words of one length in a fixed order.  Sets iterate in an order that changes with the hash seed on
    every start; a pattern built in that order has another text each start and misses the pattern cache."""
    return -len(word), word


def _alt(words, flags: str = "") -> str:
    """A regex matching any of the literal words, built as a trie.

    A trie tries one branch per letter instead of one per word: the ordinal and
    number-word lists are long and are tried at every word start.  Longer words
    win over their prefixes; a space in a word allows any run of spaces.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?{flags}:{build(trie)})" if flags else f"(?:{build(trie)})"


def _starts_with(words) -> str:
    """A regex for a lookahead: one of the literal words, in any case, begins here.

    It matches where ``_alt(words, "i")`` does, but branches on the first letter
    with a plain class ("[tT]") before a case-insensitive trie of the rest.  At
    every word of the text the regex engine skips a branch that opens with a
    character class without entering it, while it must enter every
    case-insensitive branch in turn (measured: a quarter of find_numbers).  The
    non-ASCII letters case-insensitive matching equates with ASCII ones (the
    Kelvin sign with "k") never reach it: ``find_numbers`` makes them ASCII first.
    """
    rests: dict[str, set[str]] = {}
    for word in words:
        assert word[:1].isascii(), word  # else a plain [xX] class would miss its case variants
        rests.setdefault(word[0].lower(), set()).add(word[1:])
    branches = [f"[{re.escape(first)}{re.escape(first.upper())}]{_alt(rest, 'i')}"
                for first, rest in sorted(rests.items())]
    return "(?:" + "|".join(branches) + ")"


# Thousands grouped by a no-break or thin space or a Swiss apostrophe ("1\u00a0400", "1'400") are one
# number wherever they stand: nothing else is written so.
_GROUP_MARK = "[\u00a0\u202f\u2009'’]"
# Grouped by a plain space ("1 400", "2 500 000 euros") only where nothing else reads: groups of exactly
# three digits after a first of one to three (so a year is never a group: "in 2019 1 400 people"); not
# a code's number ("Covid-19 100 deaths"); no letter straight after ("won 6 400m titles", "4 100-metre");
# and not a telephone number: no digits one space before or after ("0800 720 601", "555 123 4567"),
# bar a year's ("in 2019 1 400 people"), and no word for calling before ("call 800 123 456").
_PHONE_WORDS = ("call", "Call", "calling", "dial", "phone", "Phone", "tel", "Tel", "tel.", "Tel.", "fax", "Fax",
                "text", "text to", "SMS", "WhatsApp", "hotline", "Hotline", "line on", "us on", "ABN", "ACN")
_SPACE_GROUPED = (r"(?<![A-Za-z][-–])(?:(?<![0-9] )|(?<=(?<![0-9])(?:19|20)[0-9]{2} ))"
                  + "".join(f"(?<!{re.escape(word)} )" for word in _PHONE_WORDS)
                  + r"[0-9]{1,3}(?: [0-9]{3}){1,5}(?![0-9A-Za-z]| [0-9]|[-–][A-Za-z])")
_COMMA_GROUPED = r"[0-9]{1,3}(?:,[0-9]{3}){1,5}"
# South Asian grouping, by lakh and crore: "2,00,000" (two lakh), "1,50,00,000" (one and a half crore): a
# last group of three digits after groups of two.  No other custom writes a group of two before one of three.
_LAKH_GROUPED = r"[0-9]{1,2}(?:,[0-9]{2}){1,5},[0-9]{3}(?![0-9])"
_MARK_GROUPED = rf"[0-9]{{1,3}}(?:{_GROUP_MARK}[0-9]{{3}}){{1,5}}(?![0-9])"


# A whole number and a half or a quarter: "2½ hours", "12½%", and in plain-text wire copy "2 1/2 hours"
# (not "2 1/2/2023", a date).
_FRACTION = r"(?:[½¼¾]| [13]/4(?![0-9/])| 1/2(?![0-9/]))"
_FRACTION_VALUES = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4),
                    " 1/2": Fraction(1, 2), " 1/4": Fraction(1, 4), " 3/4": Fraction(3, 4)}


def _digits(*groupings: str) -> str:
    # Bounded repeats: a 5,000-digit run is not a number (and would not fit an int).
    return rf"(?:{'|'.join(groupings)}|[0-9]{{1,15}})(?:\.[0-9]{{1,12}}|{_FRACTION})?"


_DIGITS = _digits(_LAKH_GROUPED, _COMMA_GROUPED, _MARK_GROUPED)
# A decimal comma, as most of Europe writes one: "12,5 %", "1 234,5 millions", "1.234,5 Millionen".  A
# comma before one or two digits, or four or more, is no English thousands separator; nor is one after
# thousands grouped by a space or a full stop.  Alone ("12,5") it may still part the items of a list
# ("pages 1,5 and 7"): _quantity keeps such a figure only before what it measures, a unit, a share or a
# scale ("12,5 %", "3,5 km", "234,5 millions").  "12,500" stays twelve thousand five hundred.
_SCALES_ABROAD = {"millions": 10**6, "milliard": 10**9, "milliards": 10**9, "Million": 10**6, "Millionen": 10**6,
                  "Mio": 10**6, "Milliarde": 10**9, "Milliarden": 10**9, "Mrd": 10**9}
_DECIMALS_AFTER_COMMA = r",(?:[0-9]{1,2}|[0-9]{4,12})(?![0-9])"
# A year that ends a range is no decimal's whole part: in "Between 2000 and 2010,12 million people moved" the
# comma lacks its space, and "2010" closes the years before "12 million".
_NO_YEAR_ENDING_A_RANGE = r"(?:(?<!\band )(?<!\bto )(?<![0-9][-–])|(?!(?:19|20)[0-9]{2},))"
_DECIMAL_COMMA = (rf"(?:(?:{_SPACE_GROUPED}|{_MARK_GROUPED}){_DECIMALS_AFTER_COMMA}"
                  rf"|[0-9]{{1,3}}(?:\.[0-9]{{3}}){{1,4}},[0-9]{{1,12}}(?![0-9])"
                  rf"|{_NO_YEAR_ENDING_A_RANGE}[0-9]{{1,15}}{_DECIMALS_AFTER_COMMA})(?![.,][0-9])")
_BARE_DECIMAL_COMMA = rx.compile(rf"[0-9]+{_DECIMALS_AFTER_COMMA}")
# A figure or an amount, whose digits may also be grouped by a plain space.  Not a conversion's: the
# grammar holds _DIGITS fifteen times over, and _SPACE_GROUPED's lookbehinds there would cost a tenth
# of its compiling for a form ("(£8 186)") rarely seen.
_AMOUNT_DIGITS = _digits(_LAKH_GROUPED, _DECIMAL_COMMA, _COMMA_GROUPED, _MARK_GROUPED, _SPACE_GROUPED)
_GROUPING = str.maketrans("", "", ", \u00a0\u202f\u2009'’")
_DECIMAL_COMMA_GROUPING = str.maketrans(",", ".", ". \u00a0\u202f\u2009")
_COMMA_DECIMALS = rx.compile(r",([0-9]+)\Z")


def _ungrouped(digits: str) -> str:
    """The digits without their thousands separators: "1,400", "1 400" and "1'400" give "1400"; a
    fraction after them as decimals: "2½" and "2 1/2" give "2.5"; a decimal comma as a point: "12,5"
    and "1.234,5" give "12.5" and "1234.5"."""
    if digits[-1] in "½¼¾" or "/" in digits:
        fraction = digits[-1] if digits[-1] in "½¼¾" else digits[-4:]
        whole = exact(digits[:-len(fraction)].translate(_GROUPING))
        # as a float: exact for any figure news copy writes (past 2**53 the half is lost to rounding)
        return str(float(whole + _FRACTION_VALUES[fraction]))
    if "," in digits and _has_decimal_comma(digits):
        return digits.translate(_DECIMAL_COMMA_GROUPING)
    return digits.translate(_GROUPING)


def _has_decimal_comma(digits: str) -> bool:
    """Whether the last comma of ``digits`` marks decimals (see _DECIMAL_COMMA): not three digits after
    it, or a full stop before it ("1.234,5")."""
    decimals = _COMMA_DECIMALS.search(digits)
    return decimals is not None and (len(decimals[1]) != 3 or "." in digits[:decimals.start()])


_SCALE_WORD = r"(?:thousand|million|billion|trillion)"
_SCALE = rf"(?:[\s-]+(?:{_SCALE_WORD}|{_alt(_SCALES_ABROAD)}|lakh\s+crores?|crores?|lakhs?|lacs?)|\s?(?:bln|bn|mln|mn|trln|trn|tn)|万亿|[万亿만억])(?![A-Za-z])"
# "$3.5m", and in American copy "$3.5M", "$250K", "$1.5B"; in British tabloid copy the scale word
# may touch the digits after a currency sign: "£64million", "$2billion".
# After a currency a scale word may be title-cased, as in a headline ("Rs 25 Crore Winner", "$5 Million Home").
_TITLE_SCALE = r"[\s-]+(?:Thousand|Million|Billion|Trillion|Lakh\s+Crores?|Crores?|Lakhs?)(?![A-Za-z])"
_SCALE_AFTER_CURRENCY = rf"(?:{_SCALE}|{_TITLE_SCALE}|{_SCALE_WORD}(?![A-Za-z])|[mbkMBK](?![A-Za-z]))"
# "twenty-one", "twenty one", "twenty", "twelve": tens, then a one after a hyphen or spaces.  Written
# as tens-then-ones rather than as a trie of all 99 words: the grammar holds this eight times over,
# twice, and its size is what compiling the grammar costs at every start.
_BELOW_100 = (rf"(?:{_alt(TENS)}(?:(?:-|\s+){_alt(set(ONES) - {'zero'})})?|{_alt([*ONES, *TEENS])})"
              "(?![A-Za-z])")
_HUNDREDS = rf"\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?"
# "two dozen", "one thousand two hundred", "three million two hundred thousand", "a thousand and
# fifty": words_to_number adds the parts up.  After a scale word the number goes on only with
# "and", "hundred" or another scale: in "two million three years ago" and "ten million one-off
# payments" the next number word counts something else.
# "a million and a half" is one and a half million.
_AFTER_SCALE = (rf"\s+(?:and\s+{_BELOW_100}(?:{_HUNDREDS})?|{_BELOW_100}(?:{_HUNDREDS}(?:[\s-]+{_SCALE_WORD})?"
                rf"|[\s-]+{_SCALE_WORD})|and\s+a\s+half(?![A-Za-z-]))")
# "one and a half", "two-and-a-half": words_to_number adds the half.
_AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half(?![A-Za-z])"
# A share of a scale word: "half a million", "a half-million", "a quarter of a million", "three-quarters
# of a billion".  Without the scale word after it, "half a" and "a quarter of a" share something else.
_SHARE_OF_SCALE = (r"(?:half(?:\s+of)?\s+a|an?[\s-]+half|(?:an?|one|three)[\s-]+quarters?(?:\s+of\s+a)?)"
                   rf"(?=[\s-]+{_SCALE_WORD}(?![A-Za-z]))")
_WORD_NUMBER = (
    rf"(?i:(?:half\s+)?a\s+dozen|{_BELOW_100}\s+dozen(?![A-Za-z])"
    rf"|(?:{_SHARE_OF_SCALE}|{_BELOW_100}(?:{_HUNDREDS}|{_AND_A_HALF})?|a{_HUNDREDS}|a(?=\s+{_SCALE_WORD}(?![A-Za-z])))"
    rf"(?:[\s-]+{_SCALE_WORD}(?:{_AFTER_SCALE})?)?)"
    rf"(?![A-Za-z]|-{_alt(ORDINALS, 'i')})"  # "twenty-first" is an ordinal
)
# Chinese numerals ("十二人", "两名", "三天", "一百多人"), only before a measure word or a unit they
# count: "统一", "一些", "三星" hold the same characters.  A lone 一 is "a" ("一名男子", a man) and
# 第 makes an ordinal.
_CJK_NUMERAL = (r"(?<![第零〇一二两三四五六七八九十百千])(?!一(?![零〇一二两三四五六七八九十百千]))"
                r"[零〇一二两三四五六七八九十百千]+"
                r"(?=[万亿]?[多余]?(?:[个名人位天年岁次家所座辆架艘起周倍]|小时|分钟|公里|公斤|米|吨|元|美元|个月))")
# "25K employees", "200k followers": thousands of what a word after names (_quantity checks it).
_THOUSANDS_K = r"[kK](?=[\s-][a-z])"
_NUMBER = rf"(?:{_AMOUNT_DIGITS}(?:{_SCALE}|{_THOUSANDS_K})?|{_WORD_NUMBER}|{_CJK_NUMERAL}(?:{_SCALE})?)"
_AGE_UNIT = r"(?:years?|yrs?|months?)[\s-]+olds?"
# "in" is inches only straight after the digits ("8in", "a 12in pizza"): "1 in 5" is a ratio.
_BARE_INCHES = "in"
_UNIT = (rf"(?:{_AGE_UNIT}|{_alt([*MEASURES, *DURATIONS, *CURRENCY_WORDS, *CJK_AGES, *(set(TEMPERATURES) - BARE_TEMPERATURE_LETTERS)])}"
         rf"|(?<=[0-9])(?:[{''.join(sorted(BARE_TEMPERATURE_LETTERS))}]|{_BARE_INCHES}|{BARE_WATTS}))(?![A-Za-z²])")
_CURRENCY = rf"(?:{_alt(CURRENCY_PREFIXES)}\s?)"
# The signs of currencies ("$", "£", "₦"...), which open an amount as a digit does.
_CURRENCY_SIGNS = "".join(sorted({re.escape(prefix[0]) for prefix in CURRENCY_PREFIXES if not prefix[0].isalnum()}))
# Where a currency written in letters opens an amount ("USD 5m", "Rs 500 crore", "KSh 200 million"), and a
# currency's letter straight before its digits ("R50 million").  In their letter case, as the grammar reads
# them: not every word in "rs", "try" or "aud" need be tried.
_CURRENCY_FIRST = (rf"{_alt(p for p in CURRENCY_PREFIXES if p[0].isalpha() and p not in CURRENCY_LETTERS)}"
                   rf"|{_alt(CURRENCY_LETTERS)}(?=[0-9])")
# "24m euros", "10m Swiss francs", "3.6m pounds": an amount in millions (the "m" straight after its digits),
# then its currency in words.  Alone "10m" is ten metres ("a 10m wall"); before a currency it is money, as
# "24 million euros" and "€24m" are.  (And "pounds" after a scale are money: "5 million pounds".)
_SCALED_CURRENCY_WORDS = [word for word in CURRENCY_WORDS if len(word) > 1 and word[0].isascii()] + ["pound", "pounds"]
_SCALED_CURRENCY = rf"(?<=[0-9])[mM]\s+{_alt(_SCALED_CURRENCY_WORDS)}(?![A-Za-z])"
# A concentration's unit only here, straight after a figure: the grammar holds _UNIT eight times over, and
# each concentration's spelling in each would cost a tenth of its compiling.
_QUANTITY_UNIT = rf"(?:{_SCALED_CURRENCY}|{_alt(CONCENTRATIONS)}(?![A-Za-z²])|{_UNIT})"
# A sign the grammar lets a range's end carry ("between -5 and -10C", "between minus 5 and minus 10
# degrees", "5 to -3%"); _quantity decides whether it is read as below zero.
_SIGN = r"(?:[-−]|[Mm]inus )"
# Matches no text: a minus or "minus " stands right before the figure here.  Only figures so marked
# get _quantity's closer look for a sign (marked by the grammar, as most figures have none).
_SIGN_MARK = r"(?<=[-−–])|(?<=[Mm]inus )"
_RANGE_SEP = rf"(?:\s*[-–—]\s*|\s+to\s+{_SIGN}?)"
# A letter or digit, but not a Chinese or Japanese character: "12人" and "2万名" are numbers
# followed by a word, as "12 people" is.
_WORD_CHAR = rf"[^\W{CJK_RANGES}\uac00-\ud7a3]"  # and Korean syllables: "12명"
_TAIL = rf"(?!{_WORD_CHAR}|[.,/][0-9])"
# "(£8,186)", "[500ft]", "(-22F)", "(50-59F)"; or after a slash: "45°C/113°F".
_CONVERTED = rf"[-−]?{_DIGITS}(?:{_SCALE})?(?:\s*[-–]\s*[-−]?{_DIGITS})?[\s-]?{_UNIT}"
# The low end of a range converted with both its ends: "(23F to 37F)", "(14F and 23F)", "(6-12 mile)".
_CONVERTED_LOW = rf"[-−]?{_DIGITS}(?:[\s-]?{_UNIT})?(?:\s*[-–]\s*|\s+(?:to|and)\s+)"


def _conversion(converted: str) -> str:
    """A bracketed conversion, "(£8,186)", "[about 500ft]": ``converted`` is its figure in a unit."""
    return (r"(?:\s*[(\[]\s*(?:(?i:about|around|approximately|approx\.|roughly|some|nearly|almost"
            r"|over|under|more\s+than|less\s+than|c\.)\s*|~)?"
            rf"(?:{_CURRENCY}{_DIGITS}{_SCALE_AFTER_CURRENCY}?|{converted})"
            r"\s*[)\]])")


_CONVERSION = _conversion(_CONVERTED)
# After a range, the conversion may give both its ends; q_conv_low marks it (see _converts_both_ends).
_QUANTITY_CONVERSION = _conversion(rf"(?(q_n2)(?P<q_conv_low>{_CONVERTED_LOW})?){_CONVERTED}")
# After a unit only: "45°C/113°F", "20km/12mi", but not "3.12/1.41%" or "1/5".
_SLASH_CONVERSION = rf"(?(q_u2)/\s?{_CONVERTED}|(?(q_u1)/\s?{_CONVERTED}|(?!)))"
_MONTH = rf"(?:{_alt(MONTHS)}|{_alt(MONTH_ABBREVIATIONS)}\.?)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?:19|20)[0-9][0-9](?![0-9])"
# "the seventh of July", "July twenty-first": a day of the month in words.
_DAY_WORDS = [word for word, value in ORDINALS.items() if value <= 19] + ["twentieth", "thirtieth", "thirty-first"] + [
    f"twenty-{word}" for word, value in ORDINALS.items() if 1 <= value <= 9]
_DAY_WORD = rf"{_alt(_DAY_WORDS, 'i')}(?![\w-])"
_TZ = rf"(?:\s?{_alt(TIME_ZONES)}(?!\w))"
# A British clock time with a full stop, "14.30", "09.00", only where the words make it one: after "at",
# "until", "from"... (or another such time and "to": "from 09.00 to 17.00"), and before a time zone,
# "hrs", or what ends a time ("at 14.30 on Friday", "until 14.30."), never a unit ("at 14.30 per cent"
# is a share, "rose 14.30" and "$14.30" no time).  _scan leaves a price's "traded at 14.30" a figure.
_CLOCK_CUE = "|".join(
    [f"(?<=\\b{word} )" for word in ("[Aa]t", "[Uu]ntil", "[Tt]ill", "[Ff]rom", "[Ss]ince", "[Bb]efore", "[Aa]fter",
                                       "at about", "at around")]
    + [f"(?<=[0-2][0-9]\\.[0-5][0-9]{joint})" for joint in (" to ", " and ", " until ", "-", "–")])
_CLOCK_END = (r"(?=\s*(?:[,;:!?)—–-]|\.(?![0-9])|\Z)|\s+(?:on|in|when|and|or|to|until|till|local|yesterday|today"
              r"|tomorrow|tonight|this|last|next|after|before|while|as|at|the|hours|daily|every|each)\b"
              r"|\s+[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?\s+[Tt]ime\b)")  # "at 14.30 Irish time"
_DOTTED_CLOCK = (rf"(?=[0-2][0-9]\.[0-5][0-9])(?:{_CLOCK_CUE})(?P<clock>[01][0-9]|2[0-3])\.[0-5][0-9]"
                 rf"(?:{_TZ}|\s?hrs\b|{_CLOCK_END})")
# The French clock, "20h00", "à 01h12", "closed at 20h": the hour, an "h" and the minutes.  With its minutes
# it is a time unless it tells a length (see _FRENCH_HOURS: "en 2h30", "finished in 2h05", "lasted 11h40");
# bare, "20h" is one only after a word of a moment ("à 20h", "at 20h", "from 8h"), as "en 4h" and "a 12h
# shift" are lengths (and "24h", no hour of a clock, is "24 hours").
_MOMENT_BEFORE = "|".join(f"(?<=\\b{word} )" for word in (
    "[Aa]t", "à", "À", "[Uu]ntil", "[Tt]ill", "[Ff]rom", "[Ss]ince", "[Bb]efore", "[Aa]fter", "[Bb]y", "[Vv]ers",
    "[Dd]ès", "[Aa]vant", "[Aa]près", "[Jj]usqu'à", "[Jj]usqu’à", "[Ee]ntre", "[Dd]e", "[Ee]t", "and", "to"))
_FRENCH_CLOCK = (rf"(?:[01]?[0-9]|2[0-3])h[0-5][0-9]{_TZ}?(?!\w|[.,:][0-9])"
                 rf"|(?:{_MOMENT_BEFORE})(?:[01]?[0-9]|2[0-3])h{_TZ}?(?!\w|[.,:][0-9])")
# Hours told the French way are a length, whatever stands before them, after a verb or a word of lasting,
# hedged or not ("lasted 11h40", "spent 9h30 in custody", "took nearly 14h30", "up to 16h", "after 11h40 of
# talks"), before "of" and what lasted ("16h of blackouts") and as what "a" thing lasts ("a 12h30 flight");
# "the 12h30 train" is the one that leaves at that time.
_FRENCH_HOURS = rx.compile(r"[0-9]{1,2}h(?:[0-5][0-9])?(?![0-9])")
_LENGTH_WORD_BEFORE = rx.compile(
    r"(?i:\b(?:last(?:s|ed|ing)?|spen[dt]|spends|spending|t(?:ake|akes|aking|aken|ook)|clock(?:s|ed|ing)?"
    r"|for|during|after|in|within|of|up\s+to|en|pendant|durant)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|only|just|over|under|more\s+than"
    r"|less\s+than|at\s+least|at\s+most)\s+)?)\Z")
_WHAT_LASTED_AFTER = rx.compile(r"\s+of\s+[A-Za-z]")
_A_BEFORE = rx.compile(r"(?i:\ban?\s+)\Z")
# Days of one month: "5-14 August", "August 5-14, 2023", "6 to 8 July", "between 5 and 14 August".
# Not "July 6 and 8" (two days) nor "June 30 - July 2" (read as its two dates), nor where the month
# opens a date ("ruled 5-4 June 26, 2015": a vote, then the day); but a count after the month is
# none of its days: "3-5 May 12 people were arrested".
_DAYS_APART = r"(?:\s?[-–—]\s?|\s+(?:to|until|till|through)\s+)"
# A plural noun, roughly: a word in "s" that is no "was", "this" or "as" ("12 others" is a count).
_NOT_PLURAL = _alt(sorted(word for word in NOT_NOUNS if word.endswith("s") and word != "others")
                   + ["plus", "thus", "always", "perhaps"])
_COUNTED_AFTER = rf"[\s-]+(?:people|men|women|children|police|(?!{_NOT_PLURAL}\b)[a-z]+s\b)"
_DAY_SPAN = (
    rf"(?:(?i:between)\s+{_DAY}\s+and\s+{_DAY}|{_DAY}{_DAYS_APART}{_DAY})(?:\s+of)?\s+{_MONTH}"
    rf"(?!\.?\s+{_DAY}(?!{_COUNTED_AFTER}))(?:,?\s+{_YEAR})?{_TAIL}"
    rf"|{_MONTH}\s+(?:(?i:between)\s+{_DAY}\s+and\s+{_DAY}|{_DAY}{_DAYS_APART}{_DAY})(?:,?\s+{_YEAR})?{_TAIL}"
)
# "May" is also a surname, and a possessive makes it the person's: in "the third of May's cabinet" and
# "a third of May's ministers" the figure is a share of what May has, no day and no month.  Other
# months keep theirs: "February's fire", "the Fourth of July's fireworks".
_NOT_MAYS = r"(?!(?<=May)['’]s\b)"
# After these words "May" is the month, at a sentence's start too ("Last May"); but "After May resigned"
# and "Before May spoke" are the person's.
_MAY_CONTEXT = "|".join(f"(?<={w} )" for w in (
    *(w for word in ("in", "since", "until", "till", "by", "from", "during", "early", "late", "last", "next", "this",
                     "through", "up to", "as of", "throughout", "around") for w in (word, word.capitalize())),
    "of", "its", "their", "before", "after", "between",
)) + "|(?<=mid-)"
# "from 2016 until 2021", "2016 through 2021": a span of years, as "2016-2021" is (only years: see _quantity).
_UNTIL = r"\s+(?:until|till|through)\s+"
# A day before its month ends no range: "the three months to 30 September", "the seven days to 14 July"
# are a period and the date it ends on.  Not where the month opens a date ("ruled 5-4 June 26, 2015").
_NO_DAY_OF_A_MONTH = rf"(?!(?:\s+of)?\s+{_MONTH}(?![A-Za-z])(?!\.?\s+{_DAY}))"
_QUANTITY = (
    rf"(?P<q_aged>(?i:aged?|age\s+of)\s+)?(?P<q_between>(?i:between)\s+{_SIGN}?)?"
    rf"(?P<q_s1>{_SIGN_MARK})?(?P<q_n1>{_NUMBER})(?:[\s-]?(?P<q_u1>{_QUANTITY_UNIT}))?"
    rf"(?:(?(q_between)\s+and\s+{_SIGN}?|(?:{_RANGE_SEP}|(?P<q_until>{_UNTIL})))(?P<q_s2>{_SIGN_MARK})?"
    rf"(?P<q_n2>{_NUMBER}){_NO_DAY_OF_A_MONTH}"
    rf"(?:[\s-]?(?P<q_u2>{_QUANTITY_UNIT}))?)?"
    r"(?(q_between)(?(q_n2)|(?!))|)"  # "between" needs its "and ..."
    rf"(?P<q_conv>{_QUANTITY_CONVERSION}|{_SLASH_CONVERSION})?{_TAIL}"
)
# A share after the second figure: "$0.385   -14.2%", "£3.2bn -4%" are a price and its change (in a
# table), as no range of money ends in a percentage.
_NOT_A_SHARE = r"(?![\s-]?(?:%|(?i:per[\s-]?cent|percentage)))"
_MONEY = (
    rf"(?P<m_between>(?i:between)\s+)?(?P<m_c1>{_CURRENCY})(?P<m_a1>{_AMOUNT_DIGITS}{_SCALE_AFTER_CURRENCY}?)"
    rf"(?:(?(m_between)\s+and\s+|{_RANGE_SEP})(?P<m_second>(?P<m_c2>{_CURRENCY})?"
    rf"(?P<m_a2>{_AMOUNT_DIGITS}{_SCALE_AFTER_CURRENCY}?){_NOT_A_SHARE}))?"
    rf"(?(m_between)(?(m_a2)|(?!))|)(?P<m_conv>{_CONVERSION})?{_TAIL}"
)
# The words a match can start with ("a " as in "a million").  Checked first so
# that the long grammar below is tried only where a number could begin, not at
# every word: this check only rules positions out, the grammar still decides.
_FIRST_WORDS = _starts_with({word.split()[0].split("-")[0] for word in (
    *ONES, *TEENS, *TENS, *SCALES, *ORDINALS, *VAGUE, *TIMES, *MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS,
    "half", "aged", "age", "between", "noon", "midday", "midnight")} | {"a "})
# "周二", "星期二", "礼拜二", "火曜日": Tuesday in Chinese and Japanese ("一周一次", once a week, is none).
# Not "这周一直" (all this week), "本周一些" (some this week), "一周一次" (once a week).
_CJK_WEEKDAY = r"(?:周|星期|礼拜)[一二三四五六日天](?![次直些起样切定般度共致旦])|[月火水木金土日]曜日"
_CJK_WEEKDAY_FIRST = "[周星礼月火水木金土日零〇一二两三四五六七八九十百千]"  # and the numerals
# A company's reporting period: "Q3" (the third quarter), "H1" (the first half), "FY24" and "FY2024"
# (the fiscal year).  Not inside a name or a code: "H1N1", "Q3-X", "FY24/25".
_PERIOD = r"(?:Q[1-4]|H[12]|FY[\s-]?'?(?:(?:19|20)[0-9]{2}|[0-9]{2}))(?![\w/-]|[.,][0-9])"
_PERIOD_FIRST = "Q[1-4]|H[12]|FY"
# Branch order matters: at one position the first branch that matches wins.
_MASTER = rx.compile(
    rf"(?<!{_WORD_CHAR})(?<![{_CURRENCY_SIGNS}.,:])(?<![0-9]/)"
    rf"(?=[0-9{_CURRENCY_SIGNS}]|{_FIRST_WORDS}|{_CURRENCY_FIRST}|{_CJK_WEEKDAY_FIRST}|{_PERIOD_FIRST})(?:"
    rf"(?P<cjkdate>(?:(?:19|20)[0-9][0-9]年\s?)?(?:1[0-2]|0?[1-9])月(?:\s?(?:3[01]|[12][0-9]|0?[1-9])[日号])?"
    r"|(?:19|20)[0-9][0-9]年(?![0-9])"
    r"|(?:3[01]|[12][0-9]|0?[1-9])[日号](?![0-9間间]))"  # "记者6日获悉": on the 6th
    rf"|(?P<cjkweekday>{_CJK_WEEKDAY})"
    rf"|(?P<period>{_PERIOD})"
    r"|(?P<iso>(?:19|20)[0-9][0-9]-(?:0[1-9]|1[0-2])-(?:3[01]|[12][0-9]|0[1-9])(?![\w-]))"
    r"|(?P<season>(?:19|20)[0-9][0-9]/(?:(?:19|20)[0-9][0-9]|[0-9][0-9])(?![\w/]|[.,][0-9]))"
    r"|(?P<slash>[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9][0-9])(?![\w/]))"
    r"|(?P<dotted>(?:3[01]|[12][0-9]|0?[1-9])\.\s?(?:1[0-2]|0?[1-9])\.\s?(?:19|20)[0-9][0-9](?![\w]|[.,][0-9]))"
    rf"|(?P<date>{_DAY_SPAN}"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?{_TAIL}"
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?{_TAIL}"
    rf"|(?<=[Tt]he ){_DAY_WORD}\s+of\s+{_MONTH}{_NOT_MAYS}(?:,?\s+{_YEAR})?{_TAIL}"  # not "a third of June's rain"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY_WORD}(?:,?\s+{_YEAR})?{_TAIL}(?!\s+[a-z])"  # not "the October first round"
    rf"|{_MONTH}\s+the\s+{_DAY}(?:,?\s+{_YEAR})?{_TAIL}"
    rf"|{_MONTH},?\s+{_YEAR}{_TAIL})"
    r"|(?P<decade>(?:1[89]|20)[0-9]0s(?!\w))"
    # "10 p.m." keeps its last dot; "10pm." leaves the sentence's
    rf"|(?P<time>(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s?(?i:[ap]\.m\b\.?|[ap]m\b){_TZ}?"
    rf"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9]{_TZ}?(?!\w|[.,:][0-9])"
    rf"|(?:[01][0-9]|2[0-3])[0-5][0-9](?:{_TZ}|\s?hrs\b)"
    rf"|{_DOTTED_CLOCK}"
    rf"|{_FRENCH_CLOCK}"
    r"|(?i:noon|midday|midnight)(?!\w))"
    rf"|(?P<money>{_MONEY})"
    rf"|(?P<quantity>{_QUANTITY})"
    rf"|(?P<vague>{_alt(VAGUE, 'i')}(?!\w))"
    rf"|(?P<times>{_alt(TIMES, 'i')}(?!\w))"
    rf"|(?P<ordinal>[0-9]+(?:st|nd|rd|th)(?!\w)|{_alt(ORDINALS, 'i')}(?!\w))"
    rf"|(?P<month>{_alt(set(MONTHS) - {'May'})}(?!\w)|(?=May\b)(?:{_MAY_CONTEXT})May{_NOT_MAYS}"
    rf"|{_alt(MONTH_ABBREVIATIONS)}\.(?![\w.]))"  # "last Dec.": the full stop marks the abbreviation
    rf"|(?P<weekday>{_alt(WEEKDAYS)}(?!\w))"
    r")"
)
_NUMBER_PARTS = rx.compile(
    rf"(?P<digits>{_AMOUNT_DIGITS})[\s-]*(?P<scale>(?i:lakh\s+crores?)|[a-z]+|Thousand|Million|Billion|Trillion|Crores?|Lakhs?|{_alt(_SCALES_ABROAD)}|[MBK]|万亿|[万亿만억])?")
_TIME_PARTS = rx.compile(r"([0-9]{1,2})[:.h]?([0-9][0-9])?")
_AM_PM = rx.compile(r"(?i)([ap])\.?m\b")
_TIME_ZONE = rx.compile(_TZ)
_DATE_TOKENS = rx.compile(r"[A-Za-z]+|[0-9]+")
# A soft hyphen or zero-width character inside the noun ("resi&shy;dents") is no break in it.
_NOUN_AFTER = rx.compile(rf"(?:[\s-]+of)?[\s-]+([A-Za-z]+(?:[{IN_WORD}][A-Za-z]+)*)")
# "Medvedev, 26, said"; a person in lower case: "the suspect, 31, appeared", "his wife, 45, was"
# (not "Of the dead, 12, were").
_PEOPLE = ("man|woman|boy|girl|teenager|teen|child|baby|suspect|victim|driver|pilot|passenger|officer|"
           "soldier|student|worker|resident|mother|father|wife|husband|son|daughter|brother|sister|"
           "friend|partner|player|defendant|journalist|reporter|doctor|nurse|teacher|owner|survivor|"
           # and the roles a report names someone by: "the singer, 80, died", "the striker, 30, signed"
           "singer|actor|actress|star|musician|rapper|artist|author|writer|comedian|presenter|director|"
           "striker|footballer|athlete|cyclist|runner|coach|manager|gunman|attacker|assailant|shooter|"
           "pedestrian|motorcyclist|rider|hiker|climber|tourist|pensioner|grandmother|grandfather|toddler|"
           "schoolboy|schoolgirl|youth|founder|businessman|businesswoman|billionaire|lawyer|judge|politician|"
           "senator|candidate|leader|activist|prisoner|inmate|refugee|migrant|firefighter|farmer|fisherman")
# A capitalised word of a name, in any letters, with a small one in it: "Ross", "McDonald", "Müller",
# "O'Neill", "Súilleabháin" (not "NHS").
_NAME_WORD = r"\b[A-ZÀ-ÖØ-Þ](?=[^\s,]*?[a-zß-öø-ÿ])[^\W\d_]*(?:['’-][^\W\d_]+)*"
_AGE_BEFORE = rx.compile(rf"(?:(?P<name>{_NAME_WORD})|\b(?:{_PEOPLE})),\s$")
# Where no comma follows the age (the sentence ends, or a bracket closes), a person's full name or a word for
# a person must stand before it: "Among the dead was Anna Ross, 19.", "Anna Ross (19) and her brother"; not
# the last of a list of places ("Deaths: Kent, 12; West Sussex, 30.").  A full name may be a place's ("Great
# Britain, 40", "Sierra Leone (17) and Chad (9)", "the United Arab Emirates, 40"), and no first word tells
# them apart ("Costa Pappas", "Costa Rica"): see _names_a_person.
_AGE_AT_CLAUSE_END_BEFORE = rx.compile(
    rf"(?:(?<![;:]\s)(?P<name>{_NAME_WORD}\s+{_NAME_WORD})|\b(?:{_PEOPLE})),\s\Z")
# An age told in a clause of its own after a person's name or a word for a person, ending with the figure:
# "Maria Kowal, who is 68.", "the driver, who was 54, had" (as "Maria Kowal, 68," gives it); not "who is 68
# points behind" nor "who was 12 when", where the clause goes on.
_AGE_IN_A_CLAUSE_BEFORE = rx.compile(
    rf"(?:{_NAME_WORD}|\b(?:{_PEOPLE})),\s+who\s+(?:is|was|turned|is\s+now|was\s+then)\s+\Z")
_AGE_IN_BRACKETS_BEFORE = rx.compile(rf"(?:(?P<name>{_NAME_WORD}\s+{_NAME_WORD})|\b(?:{_PEOPLE}))\s\(\Z")
_NAME_WORDS_BEFORE = rx.compile(rf"(?:{_NAME_WORD}\s+)+\Z")
_WORDS_AFTER_BRACKET = rx.compile(r",|\s+[a-z]")
# "The youngest of the miners who died was 19", "The oldest was 87", "the eldest, 62,": the age of the
# youngest or the oldest, no count of the dead.
# "who died at 93 after a long illness", "dies at 87", "passed away at 91", "his death at 64": a person's age
# when they died, as "died aged 93" gives it; not a place or a time ("died at 93 Elm Street", "died at 3pm").
_AGE_AT_DEATH_BEFORE = rx.compile(r"(?i:\b(?:died|dies|dying|passed\s+away|passes\s+away|death))\s+at\s+\Z")
_NAME_OR_FIGURE_AFTER = rx.compile(r"\s*[A-Z0-9]|\s+(?:o['’]clock|on\s+the\s+dot)\b")
_AGE_OF_AN_EXTREME_BEFORE = rx.compile(
    r"(?i:\b(?:youngest|oldest|eldest)\b)(?:[^.;:!?]{0,60}?\s(?:was|is|aged))?\s*,?\s*\Z")
_PLAIN_YEAR = rx.compile(r"(?:19|20)[0-9][0-9]")
_FIRST_NUMERAL = rx.compile(_AMOUNT_DIGITS)
_LEADING_WORDS = rx.compile(_WORD_NUMBER)


# --- find_numbers ------------------------------------------------------------

# Also the full-width digits, per cent sign and point of Chinese and Japanese copy ("１２．５％").
_ASCII_LOOKALIKES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k", "％": "%", "．": ".", "٫": ".",
                                   "٬": ",", **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
                                   **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic
                                   **{chr(0x06F0 + digit): str(digit) for digit in range(10)}})  # Persian
_LOOKALIKE_LETTERS = rx.compile("[İıſ\u212a０-９％\u0660-\u066c\u06f0-\u06f9]")


def find_numbers(text: str, offset: int = 0) -> list[NumberMention]:
    """Every number mention in ``text``, sorted and non-overlapping.

    Offsets are positions in ``text`` plus ``offset``, so passing a sentence and
    its start gives document offsets.

    >>> [(m.start, m.surface, m.kind) for m in find_numbers("at 2am on Friday", offset=100)]
    [(103, '2am', 'time'), (110, 'Friday', 'weekday')]
    """
    mentions: list[NumberMention] = []
    if _LOOKALIKE_LETTERS.search(text):
        # A case-insensitive pattern takes "ı", "İ", "ſ" and the Kelvin sign for i, i, s and k
        # ("sıxty", "bıllion"), which the tables, keyed in ASCII, do not; and "１２" are digits the
        # pattern's [0-9] does not take: read a copy with them made ASCII (same length, so same
        # offsets), and give back the surfaces as written.
        ascii_text = text.translate(_ASCII_LOOKALIKES)
        _scan_with_powers(ascii_text, offset, mentions)
        mentions = _read_together(ascii_text, offset, mentions)
        return [replace(m, surface=text[m.start - offset:m.end - offset]) for m in mentions]
    _scan_with_powers(text, offset, mentions)
    return _read_together(text, offset, mentions)


# A power of ten as a page writes it: "10⁶", "1.2 × 10⁻³", "3x10^8", "10^6" (a <sup> reads as raised
# digits: see reader.core.raised).  One figure: "10⁶ cells" is a million cells, agrees with "a million
# cells" and disputes "10⁷ cells", where the grammar below would read a bare 10 in each.  A minus
# before the figure is its own ("-1.6 × 10⁻¹⁹"); money ("$1.2 × 10⁶") is left to the grammar below,
# as is a power before more of a number ("10^6.5", "10^6%").
_POWER_OF_TEN = rx.compile(
    rf"(?<![\w.,{_CURRENCY_SIGNS}+\-−])(?:(?P<minus>[-−])?"
    r"(?P<mantissa>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s?[×x*·]\s?)?"
    r"10(?:(?P<raised>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^(?P<caret>[-+−]?[0-9]+))(?![\w⁰¹²³⁴⁵⁶⁷⁸⁹%]|[.,][0-9])")
_TIMES_BEFORE = rx.compile(r"[×x*·]\s?\Z")  # the figure a bare power multiplies was not read with it
_POWER_SIGN = rx.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹^]")  # most text has none, and skips the search
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_MOST_A_POWER_OF_TEN = 30  # "10^1000" is no quantity a report gives
# A bare raised "10²" or "10³" is more likely ten and a footnote mark than a hundred or a thousand,
# which copy writes out: it reads as ten.  A power is read from 10⁴ on, or with a sign, a caret or a
# figure before it ("10⁻²", "10^2", "1.2 × 10³").
_LEAST_BARE_POWER = 4
_TEN_AND_A_NOTE = "ten"


def _power_of_ten(match: re.Match) -> int | float | str | None:
    """The value of a ``_POWER_OF_TEN`` match; ``_TEN_AND_A_NOTE`` for ten and a footnote mark;
    None where the grammar below is to read it."""
    written = match["raised"] or match["caret"]
    exponent = int(written.translate(_SUPERSCRIPT_DIGITS))
    if abs(exponent) > _MOST_A_POWER_OF_TEN:
        return None
    if not match["mantissa"]:
        if _TIMES_BEFORE.search(match.string, max(0, match.start() - 2), match.start()):
            return None
        if match["raised"] and written[0] not in "⁻⁺" and exponent < _LEAST_BARE_POWER:
            return _TEN_AND_A_NOTE
    value = exact(_ungrouped(match["mantissa"] or "1")) * Fraction(10) ** exponent
    return _norm(-value if match["minus"] else value)


def _scan_with_powers(text: str, offset: int, out: list[NumberMention]) -> None:
    """``_scan`` the text, each power of ten in it read as one figure."""
    pos = 0
    if _POWER_SIGN.search(text):
        for match in _POWER_OF_TEN.finditer(text):
            value = _power_of_ten(match)
            if value is None:
                continue
            _scan_past_case_numbers(text, pos, match.start(), offset, out)
            # "10² people": the figure is ten (its surface keeps the mark, its noun is the one after it).
            _add(text, offset, out, "count", 10 if value == _TEN_AND_A_NOTE else value, "", match.start(), match.end())
            pos = match.end()
    _scan_past_case_numbers(text, pos, len(text), offset, out)


# A US court's case number, "1:23-cr-00298", "2:24-cv-01234-JLR", "1:22-MJ-4567": the court's division, the
# year, the kind of case and its number.  It is one label, which names the case and counts nothing: no time
# "1:23", no 298 of anything ("Some 298 victims").  Read whole, it is left out of the figures, as "Covid-19"
# is.
_CASE_NUMBER = rx.compile(r"(?<![\w:.-])[0-9]{1,2}:[0-9]{2}-[A-Za-z]{2,4}-[0-9]{3,6}(?:-[A-Za-z]{1,4})*(?![\w-])")


def _scan_past_case_numbers(text: str, pos: int, endpos: int, offset: int, out: list[NumberMention]) -> None:
    """``_scan`` the text from ``pos`` to ``endpos`` but its case numbers (see _CASE_NUMBER)."""
    if ":" in text:
        for case in _CASE_NUMBER.finditer(text, pos, endpos):
            _scan(text, pos, case.start(), offset, out)
            pos = case.end()
    _scan(text, pos, endpos, offset, out)


def _read_together(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """What the figures of ``text`` say together, once each is read: a list item's number dropped,
    "1 in 5" one ratio, "from 10% to 12%" two levels of a change.

    The passes run in the order of ``_PASSES`` (at the end of the module, where every pass is
    defined).  Until one has a figure, only those that read a phrase of their own run: the rest join,
    drop or mark figures read, and leave an empty list empty (most sentences hold no figure)."""
    for read, reads_phrases_of_its_own in _PASSES:
        if mentions or reads_phrases_of_its_own:
            mentions = read(text, offset, mentions)
    return mentions


# A score or a vote ("beat Kestrel 2-1", "a vote of 9-4", "voted 8 to 5") is two counts whose role
# says when it stood: FINAL_SCORE for a result ("won", "beat", "lost", "voted", "failed", "a 3-1 win"),
# HALF_TIME_SCORE at the break, RUNNING_SCORE during play ("to make it 1-0", "led 2-0"), SCORE when
# nothing says.  The ledger sets a score only against another, as one tally, and disputes one only of
# the same moment.
FINAL_SCORE, HALF_TIME_SCORE, RUNNING_SCORE, SCORE = "final score", "half-time score", "running score", "score"
_SCORE_JOINT = rx.compile(r"\s?[-–]\s?\Z|\s+to\s+\Z")
# "by 320 votes to 250", "by nine votes to three", "by 4,118 votes against 3,906"
_VOTES_TO = rx.compile(r"\s+votes?\s+(?:to|against)\s+")
_SCORE_MOMENT_BEFORE = rx.compile(
    r"(?i:\b(?P<final>w[io]n|wins|beat(?:s|en)?|los[et]|loses|drew|defeat(?:s|ed)?|voted?|votes|pass(?:ed|es)|"
    r"fail(?:ed|s)|approved|rejected|carried|upheld|final\s+score|full[\s-]time|finished|ended)"
    r"|(?P<half>half[\s-]?time|the\s+(?:break|interval))"
    r"|(?P<running>led|leads?|leading|trail(?:s|ed|ing)?|ma(?:de|kes?|king)\s+it|level))\b")
_SCORE_MOMENT_AFTER = rx.compile(
    r"(?i:\s+(?:(?P<final>win|victory|defeat|loss|draw|vote|decision|majority|margin|ruling|verdict|triumph"
    r"|thrashing|rout|on\s+aggregate|in\s+favou?r)|at\s+(?P<half>half[\s-]?time|the\s+(?:break|interval))"
    r"|(?P<running>lead))\b)")
_SCORE_REACH = 40


def _with_scores(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mark the two counts of each score with the moment it stood (see FINAL_SCORE)."""
    if len(mentions) < 2:
        return mentions
    marked = list(mentions)
    for i in range(len(marked) - 1):
        first, second = marked[i], marked[i + 1]
        if first.kind != "count" or second.kind != "count" or first.role.endswith(SCORE):
            continue
        between = text[first.end - offset:second.start - offset]
        votes_to = _VOTES_TO.fullmatch(between) is not None
        if not votes_to and (len(between) > 4 or not _SCORE_JOINT.search(between)) or isinstance(first.value, Range):
            continue
        start, end = first.start - offset, second.end - offset
        if not votes_to and between.strip() == "to" and not _TALLY_BEFORE.search(text, max(0, start - 24), start):
            continue  # "fell 9 to 4": a change, not "voted 8 to 5"
        moment = _score_moment(text, start, end)
        if votes_to and moment == SCORE:
            moment = FINAL_SCORE  # "backed the bill by 320 votes to 250": a vote's count is its result
        marked[i], marked[i + 1] = replace(first, role=moment), replace(second, role=moment)
    return marked


def _score_moment(text: str, start: int, end: int) -> str:
    """When the score from ``start`` to ``end`` stood: the nearest word of a moment before it, or the
    result it names after it ("a 3-1 win"); SCORE when nothing says."""
    after = _SCORE_MOMENT_AFTER.match(text, end)
    if after:
        return _MOMENT_OF[after.lastgroup]
    before = None
    for before in _SCORE_MOMENT_BEFORE.finditer(text, max(0, start - _SCORE_REACH), start):
        pass
    return _MOMENT_OF[before.lastgroup] if before else SCORE


_MOMENT_OF = {"final": FINAL_SCORE, "half": HALF_TIME_SCORE, "running": RUNNING_SCORE}


# A vote told in words: "Seven of the nine members voted for the cut, while two wanted to keep rates on
# hold", "Twelve MPs voted in favour and three against".  Its two sides are one tally, as "voted 7-2" is
# (a final score: see FINAL_SCORE), so that it meets the other report's tally whole, and the body's size
# ("the nine members", a WHOLE) is set against no side of it.  The first side votes ("voted" between the
# two figures); the second opens a clause ("while two", "and three", "with the other two") and is said
# to dissent, or to vote otherwise, right after.
_VOTE_BETWEEN = rx.compile(r"\bvot(?:ed|ing)\b")
_SECOND_SIDE_BEFORE = rx.compile(
    r"(?:,|\b(?:while|whereas|with|and|but))\s+(?:(?:the|its|their)\s+)?(?:(?:other|remaining)\s+)?\Z")
_SECOND_SIDE_AFTER = rx.compile(
    r"(?:\s+[a-z]+)?\s+(?:voted|voting|against|opposed|opposing|wanted|wanting|preferred|preferring|favou?red"
    r"|favou?ring|backed|backing|dissented|dissenting|sought|seeking|called|calling)\b")
_MOST_VOTE_BETWEEN = 160


def _with_votes_in_words(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mark the two sides of a vote told in words as the figures of a final score (see _VOTE_BETWEEN)."""
    if "vot" not in text or len(mentions) < 2:
        return mentions  # most sentences (checked without a regex search)
    marked = list(mentions)
    for i, first in enumerate(marked):
        # the side's body may stand between: "Seven of the nine members ... voted"
        j = i + 2 if i + 2 < len(marked) and marked[i + 1].role == WHOLE else i + 1
        if j >= len(marked) or not (_side_of_a_vote(first) and _side_of_a_vote(marked[j])):
            continue
        second = marked[j]
        between = text[first.end - offset:second.start - offset]
        if (len(between) <= _MOST_VOTE_BETWEEN and _VOTE_BETWEEN.search(between)
                and _SECOND_SIDE_BEFORE.search(between) and _SECOND_SIDE_AFTER.match(text, second.end - offset)
                and (j == i + 1 or first.value + second.value <= marked[i + 1].value)):
            marked[i], marked[j] = replace(first, role=FINAL_SCORE), replace(second, role=FINAL_SCORE)
    return marked


# One side of a vote told alone, after the vote: "voted 6-3 for the cut, with three members preferring to keep
# rates on hold", "backed the plan, with two members voting against".  It counts a part of the body that voted,
# never the body's size ("the nine members", a WHOLE).
VOTE_SIDE = "vote side"


def _with_sides_of_a_vote(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mark a side of a vote told alone (see VOTE_SIDE)."""
    if "vot" not in text:
        return mentions  # most sentences (checked without a regex search)
    marked = list(mentions)
    for i, m in enumerate(marked):
        start, end = m.start - offset, m.end - offset
        before = text[max(0, start - _MOST_VOTE_BETWEEN):start]
        if (_side_of_a_vote(m) and not m.role and _VOTE_BETWEEN.search(before)
                and _SECOND_SIDE_BEFORE.search(before) and _SECOND_SIDE_AFTER.match(text, end)):
            marked[i] = replace(m, role=VOTE_SIDE)
    return marked


# The size of a body of people told on its own, as the words around the count give it: a count in a modifier
# ("the 11-member committee"), after a verb of carrying or having ("The bus carried 28 passengers", "The committee
# has 11 members"), after "there were" ("There were 28 passengers on the coach"), or of those on board
# ("with 28 passengers on board", "28 passengers were on board").  Only such a count may be the size of the
# body a part is counted in ("Two of the 30 passengers died": a WHOLE) told another way; any other count of
# the noun may count a part ("28 passengers were rescued", "leaving 35 hostages", "17 miners remain trapped").
# What a body still holds ("Hamas still has 35 hostages", "There are still 35 hostages") is what is left of it
# (REMAINDER).
GROUP_SIZE = "group size"
_SIZE_HEDGES = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|only|more\s+than|over|at\s+least"
                r"|up\s+to|fewer\s+than|less\s+than|just\s+(?:over|under))\s+)?")
_SIZE_VERB_BEFORE = rx.compile(
    r"(?<!still\s)(?<!\bnow\s)(?i:\b(?P<verb>carr(?:y|ies|ied|ying)|ha[sd]|have|having|number(?:s|ed)?"
    r"|compris(?:e|es|ed|ing)|(?:made\s+up|consist(?:s|ed|ing)?)\s+of|there\s+(?:were|are|was|is)))"
    rf"\s+{_SIZE_HEDGES}\Z")
_WITH_BEFORE = rx.compile(rf"\bwith\s+{_SIZE_HEDGES}\Z")
_ABOARD = r"(?:on\s+board|aboard|onboard)\b"
_ABOARD_AFTER = rx.compile(rf"\s+[a-z]+(?:\s+and\s+[a-z]+)?\s+{_ABOARD}")
_WERE_ABOARD_AFTER = rx.compile(rf"\s+[a-z]+(?:\s+and\s+[a-z]+)?\s+(?:were|was)\s+(?:all\s+)?{_ABOARD}")
_MODIFIER_AFTER = rx.compile(r"-[a-z]+\s+[a-z]")  # "the 11-member committee", "a 40-seat bus"

# What is left of a body, never its size nor a part something befell: "Hamas still has 35 hostages", "now
# holds 35 hostages", "There are still 35 hostages", "is believed to have 35 hostages" (what a body is thought
# to hold is what it holds now), "has 35 hostages left", "with 35 hostages remaining".  Its role, as "the
# remaining 35 hostages" reads, keeps it from the size ("the 40 hostages") and from the part that was freed
# ("Five of the 40 hostages were released"); it meets another report's count of what is left.
REMAINDER = stem("remaining")
_HOLD = r"(?:ha[sd]|have|having|hold(?:s|ing)?|held|keep(?:s|ing)?|kept)"
_REMAINDER_BEFORE = rx.compile(
    rf"(?i:\b(?:(?:still|now|(?:believed|thought|said|understood|known|estimated|reported)\s+to(?:\s+be)?)\s+(?P<verb>{_HOLD})"
    rf"|(?P<held>{_HOLD})\s+(?:still|now)|there\s+(?:were|are|was|is)\s+(?:still|now)))\s+{_SIZE_HEDGES}\Z")
_HOLD_BEFORE = rx.compile(rf"(?i:\b(?P<verb>{_HOLD}|with)|\bthere\s+(?:were|are|was|is))\s+{_SIZE_HEDGES}\Z")
# Not "left" with what was left after it: "A coach with 28 passengers left the depot".
_LEFT_AFTER = rx.compile(r"(?:[\s-]+[A-Za-z]+){0,2}?\s+(?:still\s+)?(?P<left>left|remaining)\b"
                         r"(?!\s+(?:the|an?|his|her|their|its|our|home|town|[A-Z])\b)")


# Those a body holds against their will, what "still has", "now holds" or "is believed to have" tells the rest
# of: "Hamas still has 35 hostages".  Of a workforce, a club or an army the same words give its size ("The
# company now has 1,200 employees", "The army is thought to have 20,000 troops"), which disputes another size.
_HELD_PEOPLE = frozenset({"hostage", "captive", "prisoner", "detainee", "abductee"})
# A body does not "hold" its own people: whoever it "still holds" or "now holds" it holds against their will,
# however the report names them ("still hold 60 passengers", "still holds 101 Israelis", "now hold 80
# schoolgirls"), and they are what is left of those it seized.
_HOLDING = rx.compile(r"(?i:hold(?:s|ing)?|held)")
_NATIONALITY_AFTER = rx.compile(r"\s+[A-Z][a-z]+s\b")  # "101 Israelis", "20 Britons"


def _with_group_sizes(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mark the counts that tell the size of a body (see GROUP_SIZE)."""
    marked = list(mentions)
    for i, m in enumerate(marked):
        start, end = m.start - offset, m.end - offset
        if m.kind == "count" and m.unit and _tells_what_is_left(text, start, end, m.role, m.unit):
            marked[i] = replace(m, role=REMAINDER)
        elif (m.kind == "count" and m.unit in PERSON_NOUNS and m.role in ("", _verb_of_size(text, start))
                and _tells_a_size(text, start, end)):
            marked[i] = replace(m, role=GROUP_SIZE)
    return marked


# A figure told as a limit set on a quantity ("The speed limit on the road is 50 km/h", "a 40-decibel limit", "the
# price cap of £2,500") is no reading of it ("was travelling at 80 km/h", "readings showed 43 dB(A)"): it meets only
# another limit (see ledger._limit_and_reading).
LIMIT = "limit"
_LIMIT_AFTER = rx.compile(r"(?:[\s-]+(?:speed|noise|weight|height|age|time|price|spending|pay|legal))?[\s-]+(?:limit|cap|ceiling)s?\b",
                          re.IGNORECASE)
# The noun, not the verb ("will have to cap usage at 50 litres" restricts the usage: a reading's own level).
_LIMIT_BEFORE = rx.compile(r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )(?<!\bmay )(?<!\bmust )"
                           r"\b(?:limit|cap|ceiling)s?\b(?:(?![0-9])[^.;:!?]){0,50}?\b(?:is|was|are|were|of|at|to)\s+"
                           r"(?:(?:just|only|now|currently)\s+)?\Z", re.IGNORECASE)
_LIMIT_KINDS = frozenset({"count", "money", "percent", "length", "area", "volume", "weight", "speed", "temperature",
                          "concentration", "duration", "sound", "power", "energy", "data", "age"})


def _with_limits(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mark the figures told as a limit (see LIMIT)."""
    if "limit" not in text and "cap" not in text and "ceiling" not in text:
        return mentions  # most sentences (checked without a regex search)
    marked = list(mentions)
    for i, m in enumerate(marked):
        if m.role or m.kind not in _LIMIT_KINDS:
            continue
        start, end = m.start - offset, m.end - offset
        if _LIMIT_AFTER.match(text, end) or _LIMIT_BEFORE.search(text, max(0, start - 70), start):
            marked[i] = replace(m, role=LIMIT)
    return marked


# "a 104-car train", "a five-storey building", "a 40-seat bus": a count written as a compound's first part
# tells the size of the thing the compound names.  Beside another count of its noun it is no second count of
# that noun: "Thirty-four cars of the 104-car train" gives one count of cars (34), and the train's size.  There
# its unit names both ("car train"), so that it is not one more value for the cars (see loose_figures) and stays
# apart from "two trains"; the ledger counts it as its noun where it meets another count (see
# ``counted_noun``).  Alone ("a 300-page report") it is the count of its noun, as before.  A body of people
# ("the 11-member committee") is told by GROUP_SIZE instead.
_COMPOUND_AFTER = rx.compile(r"-(?P<noun>[a-z]+)\s+(?P<thing>[a-z]{3,})\b")


def _with_sizes_of_things(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "-" not in text:
        return mentions  # most sentences (checked without a regex search)
    counted = [m.unit for m in mentions if m.kind == "count" and m.unit]
    if len(counted) == len(set(counted)):
        return mentions  # no noun counted twice
    return [_as_size_of_a_thing(text, offset, m) if m.kind == "count" and counted.count(m.unit) > 1 and not m.role
            else m for m in mentions]


def _as_size_of_a_thing(text: str, offset: int, m: NumberMention) -> NumberMention:
    compound = _COMPOUND_AFTER.match(text, m.end - offset)
    if (compound is None or m.unit in PERSON_NOUNS or singular(compound["noun"]) != m.unit
            or compound["thing"] in NOT_NOUNS):
        return m
    return replace(m, unit=f"{m.unit} {compound['thing']}")


# "66,000 gallons": a volume in a measure that converts to no other (see numwords.PRICED_ONLY_MEASURES) is read
# as a count, and shown with its measure as "250,000 litres" is; "66,000" alone reads as a bare number.  Counts
# of things show their digits, their noun beside them ("2 million barrels": "2 million").
_MEASURES_COUNTED = PRICED_ONLY_MEASURES.keys()
_MEASURE_WORD_AFTER = rx.compile(r"\s[a-z]+")


def _with_counted_measures_shown(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "gal" not in text:
        return mentions  # most sentences (checked without a regex search)
    return [_with_its_measure(text, offset, m) if m.kind == "count" and m.unit in _MEASURES_COUNTED else m
            for m in mentions]


def _with_its_measure(text: str, offset: int, m: NumberMention) -> NumberMention:
    word = _MEASURE_WORD_AFTER.match(text, m.end - offset)
    if word is None or singular(word.group().strip()) != m.unit:
        return m  # "a 5,000-gallon tank": the compound is the tank's size
    return replace(m, end=m.end + len(word.group()), surface=m.surface + word.group())


def counted_noun(m: NumberMention) -> str:
    """The noun a count counts: its unit, or for the size of a thing ("a 104-car train": "car train") the
    noun of its compound ("car")."""
    return m.unit.partition(" ")[0] if m.kind == "count" else m.unit


def _tells_what_is_left(text: str, start: int, end: int, role: str, unit: str) -> bool:
    """Whether the count from ``start`` to ``end`` of ``unit``, of the role read so far, tells what is left of
    a body (see REMAINDER): no role, or one read from the verb of holding before it ("still holding 35"); by
    "still has" and the like only of people held (see _HELD_PEOPLE), by "still holds" of any people (see
    _HOLDING), by "left" or "remaining" of anything."""
    window = max(0, start - 60)
    held = _REMAINDER_BEFORE.search(text, window, start)
    verb = held and (held["verb"] or held["held"] or "")
    if held and (singular(unit) in _HELD_PEOPLE or _holds_people(text, end, unit, verb)):
        return role in ("", stem(verb.lower()))
    left = _LEFT_AFTER.match(text, end)
    if left is None or role:
        return False
    return left["left"] == "remaining" or _HOLD_BEFORE.search(text, window, start) is not None


def _holds_people(text: str, end: int, unit: str, verb: str) -> bool:
    """Whether ``verb`` is one of holding (see _HOLDING) and the count ending at ``end`` of ``unit`` counts
    people: a noun of people, or a nationality's."""
    return (_HOLDING.fullmatch(verb) is not None
            and (singular(unit) in PERSON_NOUNS or _NATIONALITY_AFTER.match(text, end) is not None))


def _verb_of_size(text: str, start: int) -> str:
    """The role ``_role`` reads from a verb of carrying or having right before the count ("carried 28":
    "carry"), so the size's role may stand in its place; else ""."""
    found = _SIZE_VERB_BEFORE.search(text, max(0, start - 40), start)
    return stem(found["verb"].lower()) if found and found["verb"].isalpha() else ""


def _tells_a_size(text: str, start: int, end: int) -> bool:
    """Whether the count from ``start`` to ``end`` tells the size of a body (see GROUP_SIZE)."""
    window = max(0, start - 40)
    return (_MODIFIER_AFTER.match(text, end) is not None
            or _SIZE_VERB_BEFORE.search(text, window, start) is not None
            or _WITH_BEFORE.search(text, window, start) is not None and _ABOARD_AFTER.match(text, end) is not None
            or _WERE_ABOARD_AFTER.match(text, end) is not None)


def _side_of_a_vote(m: NumberMention) -> bool:
    """A plain whole count, of no score yet and no body's size ("Seven", "two members", "12 MPs")."""
    return (m.kind == "count" and isinstance(m.value, int) and not m.hedge and not m.role.endswith(SCORE)
            and m.role != WHOLE)


# A telephone number: "0800 555 0142", "+44 20 7946 0000", "(020) 7946 0000", "555-123-4567",
# "1 (800) 555-0199" (phones.py reads its shape).  One figure of its own kind, "phone", valued by its
# digits ("08005550142"), where read apart its groups were three counts ("0800", "555", "0142") and
# its "1" a fourth; the ledger sets it only against another phone number.  "call 800 123 456" and
# "line on 0800 720 601" stay figures, as they may be.
def _with_phone_numbers(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    phones = [NumberMention(phone.start + offset, phone.end + offset, phone.text, "phone", phone.digits, "")
              for phone in find_phones(text)]
    if not phones:
        return mentions
    # the pieces of a number read apart, and any figure it overlaps ("555-123" read as a range)
    kept = [m for m in mentions if not any(p.start < m.end and m.start < p.end for p in phones)]
    return sorted(kept + phones, key=lambda m: m.start)


# --- ratios -------------------------------------------------------------------

# "1 in 5", "one in five", "2 out of 3", "one in every four": a share of a whole, one figure (0.2)
# rather than two counts, so "1 in 5" agrees with "one in five" and disputes "1 in 4".  Only a count
# in a larger count: "3 in 10 minutes" is a time, "won 3 in 2019" a year, "scored 10 in 5 games" a
# tally, "won 3 in a row" no second figure.
_RATIO_BETWEEN = rx.compile(r"\s+(?:in|out\s+of)(?:\s+every)?\s+")
# "One in five", "one pupil in three": a lone "one" is no mention of its own (see _quantity), so it is read
# here, with the noun it may name inside the ratio.
_ONE_IN_BEFORE = rx.compile(r"(?<![\w-])(?:[Oo]ne|ONE)(?:\s+(?P<noun>[a-z]+))?"
                            r"(?=\s+(?:in|out\s+of)(?:\s+every)?\s+\Z)")


def _ratios_joined(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions, with each "N in M" joined into one ratio."""
    if not mentions or " in " not in text and " of " not in text:
        return mentions  # most sentences (checked without a regex search)
    joined: list[NumberMention] = []
    for mention in mentions:
        earlier = joined[-1] if joined else None
        ratio = _ratio(text, offset, earlier, mention)
        if ratio is not None and ratio.start == (earlier.start if earlier else None):
            joined[-1] = ratio  # "1 in 5": the "1" was a count of its own
        elif ratio is not None:
            joined.append(ratio)  # "one in five"
        else:
            joined.append(mention)
    return joined


# "71 marks out of 120", "nine votes out of ten", "one pupil in three", "one adult in every five": the part may
# name what it counts before "out of" or "in", which leaves it the part of the whole, where the whole counts
# nothing else ("12 goals in 10 games" is a tally, no share of the games).
_NOUN_IN_OR_OUT_OF = rx.compile(r"\s+[a-z]+\s+(?:in|out\s+of)(?:\s+every)?\s+")


def _part_named_out_of(text: str, offset: int, part: NumberMention, whole: NumberMention) -> bool:
    """Whether ``part`` and ``whole`` are "N nouns out of M" or "N nouns in M", the noun the part's own and
    no other noun counted by the whole ("30 people out of 40 buildings" is no share)."""
    found = _NOUN_IN_OR_OUT_OF.fullmatch(text, part.end - offset, whole.start - offset)
    return (found is not None and bool(part.unit) and _whole_counts(whole, part.unit)
            and _noun_after(text, part.end - offset) == part.unit)


def _whole_counts(whole: NumberMention, noun: str) -> bool:
    """Whether ``whole`` may be the whole of a part that names ``noun``: it counts no noun of its own ("in
    three who answered", "in ten backed it") or the same ("one pupil in three pupils")."""
    return _counts_no_noun(whole.unit) or whole.unit == noun


def _ratio(text: str, offset: int, earlier: NumberMention | None, whole: NumberMention) -> NumberMention | None:
    """The ratio that ends in ``whole``, the "5" of "1 in 5", or None."""
    if not _plain_count(whole) or whole.hedge:
        return None
    start = whole.start - offset
    # "twice in 14 appearances" is a tally of times, no part of the 14
    counts_with_earlier = earlier is not None and _plain_count(earlier) and earlier.unit != "time"
    if counts_with_earlier and _RATIO_BETWEEN.fullmatch(text, earlier.end - offset, start):
        part_start, part, hedge, counted = earlier.start - offset, earlier.value, earlier.hedge, whole.unit
    elif counts_with_earlier and _part_named_out_of(text, offset, earlier, whole):
        # "seven voters in ten": voters, named by the part
        part_start, part, hedge, counted = earlier.start - offset, earlier.value, earlier.hedge, earlier.unit
    else:
        one = _ONE_IN_BEFORE.search(text, max(0, start - 40), start)
        if one is None or (earlier is not None and earlier.end - offset > one.start()):
            return None
        noun = one["noun"]
        if noun and (noun in NOT_NOUNS or not _whole_counts(whole, noun)):
            return None  # "scored one goal in three games": a tally, no share of the games
        part_start, part, hedge = one.start(), 1, _hedge_before(text, one.start(), "count")
        counted = noun or whole.unit
    if not 0 < part < whole.value:
        return None
    return NumberMention(part_start + offset, whole.end, text[part_start:whole.end - offset], "ratio",
                         _norm(Fraction(part, whole.value)), counted, hedge)


# "a quarter of staff", "two-thirds of voters", "a fifth of adults": a share in words, one ratio (so
# "a fifth" agrees with "20%" and disputes "a quarter"), not the ordinal "third" or "fifth".  Only
# before "of" and a plural or a mass ("of the", "of staff"): "a third of a mile" is a length, "a
# quarter of an hour" a time.  A lone "half" is too often no share ("the second half of 2022").
_SHARE_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                       "ninth": 9, "tenth": 10}
_SHARE_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                     "seven": 7, "eight": 8, "nine": 9}
# The share's denominator is looked for first (most sentences have none), then its numerator.  "of"
# may be left out before a determiner: "half the staff", "nearly half their income".
# After "of" also a mass in lower case ("a third of total revenue", "a quarter of global output"), but
# not a number word ("a third of one percent" is no third of the whole).  And a share of what a name
# names ("a fifth of Corran", "a quarter of Ireland's exports"), but not of a month ("the fifth of May").
_SHARE_DENOMINATOR = rx.compile(
    r"(?i:\b(" + "|".join(_SHARE_DENOMINATORS) + r")s?)"
    r"(?=\s+(?:of\s+(?!an?\s)(?i:the|th[eo]se|their|its|his|her|our|all|[a-z]+s\b|staff|people)"
    r"|of\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a|an)\b)[a-z]+\b(?![-'’])"
    rf"|of\s+(?!{_alt([*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS])}\b)[A-Z][A-Za-z]+"
    r"|(?i:the|their|its|his|her|our)\s))")
_SHARE_NUMERATOR = rx.compile(r"(?<![\w-])(?i:(" + "|".join(_SHARE_NUMERATORS) + r"))[\s-]+\Z")
# "Half of the voters", "nearly half the staff", "said half of them": a lone "half" is a share where no
# determiner or ordinal makes it a part of something named, as in "the second half of the season",
# "the other half of the country", "its northern half of the island".
_HALF_IS_A_PART_AFTER = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                   "their", "our", "my", "your", "first", "second", "other", "latter", "former",
                                   "each", "every", "one"})


# "half the size of Wales", "half its usual speed", "a third the price", "half the time": a share of a
# measure is a comparison with something else (or an idiom), no share of people or things, and no figure
# to set against a share in the other report.  But "lost half its value" is the share it lost, and a
# share "of the" measure is one ("two-thirds of the cost", "a quarter of the time"), as is one that opens
# its sentence before "of" ("Half the price of petrol is tax") or a measure naming a thing ("half the
# level crossings", "half the price rise").
_MEASURE_COMPARED = rx.compile(
    r"\s+(?:the|its|their|his|her|our)\s+(?:[a-z]+\s+)?"
    r"(?:size|time|length|width|height|depth|weight|price|cost|speed|pace|rate|distance|age|level|volume"
    r"|average)s?\b(?P<next>[\s-]+[a-z]+\b)?")
# Words after a compared measure that leave it a comparison ("half the size of", "half the time he was
# away"); any other word makes the measure part of a thing's name ("half the level crossings").
_AFTER_A_COMPARED_MEASURE = frozenset({
    "of", "as", "to", "for", "in", "on", "at", "and", "or", "but", "than", "that", "it", "he", "she", "they", "we",
    "you", "i", "a", "an", "the", "was", "is", "were", "are", "will", "would", "had", "has", "have", "now", "ago",
    "before", "after", "again", "then", "when", "while"})


def _measure_compared(text: str, start: int, end: int) -> bool:
    """Whether the share from ``start`` to ``end`` ("half", "a third") is of a measure, compared
    ("half the size of Wales", "half the time"): see _MEASURE_COMPARED."""
    found = _MEASURE_COMPARED.match(text, end)
    if found is None:
        return False
    following = found["next"].strip(" -").lower() if found["next"] else ""
    if following and following not in _AFTER_A_COMPARED_MEASURE and not _still_a_measure(following):
        return False  # "half the level crossings", "half the price rise"
    if following == "of":
        before = text[:start].rstrip(" \"“‘'(")
        words = before.split()
        if not before or before.endswith(tuple(".;:!?")) or len(words) == 1 and words[0].lower() in _OPENING_HEDGES:
            return False  # "Half the price of petrol is tax": the share opens the sentence
    return True


_OPENING_HEDGES = frozenset({"nearly", "almost", "about", "roughly", "some", "over", "just", "fully"})


# A word after the measure that leaves it a measure compared, not a thing's name: a participle saying whose
# measure it is ("half the time expected", "half the price charged in the US", "half the level seen in
# London") or a noun that is itself an amount ("half the speed limit", "half the average wage").
_PARTICIPLES_AFTER_A_MEASURE = frozenset({
    "seen", "paid", "given", "known", "shown", "set", "forecast", "thought", "sought", "spent", "taken", "made",
    "found", "quoted", "cited", "hoped", "agreed", "promised", "originally", "usually", "normally", "typically",
    "previously", "initially"})
_AMOUNTS_AFTER_A_MEASURE = frozenset({
    "limit", "limits", "wage", "wages", "salary", "salaries", "pay", "income", "earnings", "figure", "amount",
    "value", "total", "target", "threshold", "cap", "maximum", "minimum", "norm", "standard", "benchmark",
    "estimate", "requirement", "allowance", "level", "rate", "price", "cost", "tag"})


def _still_a_measure(word: str) -> bool:
    """Whether ``word`` after a compared measure leaves it one: see _PARTICIPLES_AFTER_A_MEASURE."""
    return (word in _PARTICIPLES_AFTER_A_MEASURE or word in _AMOUNTS_AFTER_A_MEASURE
            or len(word) > 4 and word.endswith("ed"))  # "expected", "allowed", "needed", "predicted"


def _lone_half_is_a_share(text: str, start: int) -> bool:
    """Whether "half" at ``start``, with no numerator, is a share: no determiner in the two words before."""
    words_before = text[max(0, start - 30):start].split()[-2:]
    return not any(word.lower().strip(",;:()") in _HALF_IS_A_PART_AFTER for word in words_before)


def _with_word_shares(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if " of " not in text and "alf " not in text:
        return mentions  # most sentences (checked without a regex search)
    lower = text.lower()  # as case-insensitive as _SHARE_DENOMINATOR (find_numbers made "ı" ASCII)
    if not any(denominator in lower for denominator in _SHARE_DENOMINATORS):
        return mentions  # most sentences with " of ": no "half", "third", "quarter" ...
    shares, comparisons = [], []
    for found in _SHARE_DENOMINATOR.finditer(text):
        numerator = _SHARE_NUMERATOR.search(text, max(0, found.start() - 7), found.start())
        if numerator is not None:
            part, start = _SHARE_NUMERATORS[numerator[1].lower()], numerator.start()
        elif found.group().lower() == "half" and _lone_half_is_a_share(text, found.start()):
            part, start = 1, found.start()  # "Half of the voters"
        else:
            continue  # "the third of July", "the second half of the season"
        if _measure_compared(text, start, found.end()):
            comparisons.append((start + offset, found.end() + offset))  # "half the size of", "a third the price"
            continue
        whole = _SHARE_DENOMINATORS[found[1].lower()]
        # "two-thirds", not "two-third"; and a fraction written with its hyphen is one whatever its size
        # ("five-thirds of capacity"), where "two halves of the season" is no share
        written = text[found.start() - 1:found.start()] == "-"
        if (part < whole or written) and (part == 1 or found.group().lower().endswith("s")):
            hedge = _hedge_before(text, start, "count")
            # "has lost three-fifths of its volume": a fall, as "has lost 60% of its volume" is
            direction = _direction(text, start, found.end())
            shares.append(NumberMention(start + offset, found.end() + offset, text[start:found.end()], "ratio",
                                        _norm(Fraction(part, whole)), _noun_after(text, found.end()), hedge, "",
                                        direction))
    if comparisons:  # nor the ordinal of "a third the price"
        mentions = [m for m in mentions if not any(start <= m.start < end for start, end in comparisons)]
    return _in_place_of(mentions, shares)


# A change by a share in words: "rose by a quarter", "jumped by almost a third", "cut by half", "down a
# fifth", and after a verb of change with what it changes between ("reduced deaths by a quarter", "cut their
# use by a tenth": see change_told_by_verb): the share of what changed, as a ratio in the direction of the
# change, which agrees with the change as a percentage ("up 25 per cent", "a 30% rise": see
# ledger._ratio_as_share).  Not a share of something ("by a third of the cost": _with_word_shares), nor "a
# quarter of a point".
_SHARE_OF_CHANGE = rx.compile(
    r"(?<![\w-])(?:(?P<num>" + "|".join(_SHARE_NUMERATORS) + r")[\s-]+)?(?P<den>"
    + "|".join(_SHARE_DENOMINATORS) + r")(?P<plural>s)?(?![\w-])(?!\s+(?:of|the|an?|point|percentage)\b)"
    # nor the clock or the match: "by half time", "by half past nine", "by a quarter to ten" ("half-time",
    # "quarter-final" end at the hyphen above); "rose by a quarter to £2bn" is a change
    r"(?!\s+(?:time|past)\b)(?!\s+to\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon"
    r"|midnight|[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\b|o['’]clock)))", re.I)
# After the share, a comparative that makes it the change: "use a quarter less water", "two-thirds fewer cases",
# "a third more homes", as "by a quarter" is one.
# So is one that makes it the size of a level against another: "a quarter lower risk", "a third higher rate".
_SHARE_CHANGE_AFTER = rx.compile(r"\s+(?P<way>less|fewer|more|lower|higher|smaller|greater|bigger)\b", re.I)
# A hedge there may bound the change ("by up to a third", "by as much as two-thirds"), as it bounds "by up to 40%".
_SHARE_CHANGE_BEFORE = rx.compile(
    r"(?i:\b(?:by|up|down)\s+(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|"
    r"just\s+under|less\s+than|at\s+least|up\s+to|as\s+much\s+as)\s+)?)\Z")


_MORE_WAYS = frozenset({"more", "higher", "greater", "bigger"})


def _with_shares_of_change(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if not ("half" in text or "third" in text or "quarter" in text or "fifth" in text or "tenth" in text):
        return mentions  # most sentences (checked without a regex search, nor a generator's calls)
    shares: list[NumberMention] = []
    for found in _SHARE_OF_CHANGE.finditer(text):
        den = found["den"].lower()
        part = _SHARE_NUMERATORS[found["num"].lower()] if found["num"] else 1
        whole = _SHARE_DENOMINATORS[den]
        comparative = found["num"] and _SHARE_CHANGE_AFTER.match(text, found.end())
        if (not found["num"] and den != "half" or found["plural"] and part == 1 or part >= whole
                or not (comparative or _SHARE_CHANGE_BEFORE.search(text, max(0, found.start() - 24), found.start()))
                or any(m.start - offset < found.end() and found.start() < m.end - offset and m.kind != "ordinal"
                       for m in mentions)):
            continue
        direction = (("up" if comparative["way"].lower() in _MORE_WAYS else "down") if comparative
                     else _direction(text, found.start(), found.end()) or change_told_by_verb(text, found.start()))
        if direction not in ("up", "down"):
            continue  # "divided by a third", "by half past"
        hedge = _hedge_before(text, found.start(), "count")
        shares.append(NumberMention(found.start() + offset, found.end() + offset, found.group(), "ratio",
                                    _norm(Fraction(part, whole)), "", hedge, "", direction))
    return _in_place_of(mentions, shares)


# "has more than doubled", "nearly tripled", "almost trebling", "more than halved": a change by a multiple, told
# by its verb, which is the change in per cent it makes ("doubled" is up 100%, "halved" down 50%), so "more than
# doubled" disputes "rose by about 60%" as "rose by more than 100%" does.  Read where a hedge makes it a figure,
# as "more than a decade" is (see _A_DECADE): a bare "profit doubled" is a round word, as often said of a rise
# of 90% as of 100%, and is left alone.  Only where what changed is the
# verb's subject ("costs have doubled"), as it is for "rose 60%": with an object ("Officials doubled that
# number") the subject is who made the change, which the ledger would take for the thing that changed.  Not
# the verb's other senses ("doubled as a shelter", "doubled down", "doubled over in pain", "trebled up"), nor
# the adjective ("more than double the price", "a double room"), which compares two amounts the report may
# give itself.
_CHANGE_BY_A_MULTIPLE = rx.compile(
    r"(?<![\w-])(?i:(?P<verb>doubl|tripl|trebl|quadrupl|halv)(?:ed|ing))(?![\w-])"
    r"(?!\s+(?:as|down|up|over|back|the|an?|its|their|his|her|our|my|your|this|that|these|those|it|them)\b)")
_PER_CENT_OF_A_MULTIPLE = {"doubl": (100, "up"), "tripl": (200, "up"), "trebl": (200, "up"),
                           "quadrupl": (300, "up"), "halv": (50, "down")}


def _with_changes_by_a_multiple(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if not ("oubl" in text or "ripl" in text or "rebl" in text or "uadrupl" in text or "alv" in text):
        return mentions  # most sentences (checked without a regex search)
    changes: list[NumberMention] = []
    for found in _CHANGE_BY_A_MULTIPLE.finditer(text):
        hedge = _hedge_before(text, found.start(), "percent")
        if not hedge:
            if found["verb"].lower() == "halv":  # "had its penalty halved": a fall by half, as "cut by half" is
                changes.append(NumberMention(found.start() + offset, found.end() + offset, found.group(), "ratio",
                                             _norm(Fraction(1, 2)), "", "", "", "down"))
            continue
        per_cent, direction = _PER_CENT_OF_A_MULTIPLE[found["verb"].lower()]
        changes.append(NumberMention(found.start() + offset, found.end() + offset, found.group(), "percent",
                                     per_cent, "%", hedge, "", direction))
    return _in_place_of(mentions, changes)


# "double the risk", "triple the number": the adjective before "the" is a multiple of what follows, as "twice
# the risk" and "two times the risk" are, and is read as they are: a count of times ("twice" in numwords.TIMES).
# Not the verb ("doubled the risk", "doubles the dose": who made the change) nor the noun ("a double").
_MULTIPLE_BEFORE_THE = rx.compile(r"(?<![\w-])(?i:(?P<multiple>double|triple|treble|quadruple))(?=\s+the\s+[a-z])")
_MULTIPLES = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}


def _with_multiples_before_the(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if not ("ouble" in text or "riple" in text or "reble" in text):
        return mentions  # most sentences (checked without a regex search)
    multiples = [NumberMention(found.start() + offset, found.end() + offset, found.group(), "count",
                               _MULTIPLES[found["multiple"].lower()], "time", _hedge_before(text, found.start(), "count"))
                 for found in _MULTIPLE_BEFORE_THE.finditer(text)
                 if not _inside_a_figure_read(mentions, offset, found.start(), found.end())]
    return _in_place_of(mentions, multiples) if multiples else mentions


def is_change_by_a_multiple(m: NumberMention) -> bool:
    """Whether ``m`` is a change told by a verb of a multiple ("doubled", "halved"), whose word says its
    direction."""
    return m.kind == "percent" and _CHANGE_BY_A_MULTIPLE.fullmatch(m.surface) is not None


def _phrases_around(pattern: re.Pattern, text: str, anchors: tuple[str, ...]):
    """The matches of ``pattern`` in ``text`` that hold one of the ``anchors`` ("alf" of "half"), each
    found once.  The anchors are rare and a search for their letters is quick, where a search for
    the phrase itself tries every word of a long document: only the text around each is searched."""
    starts = sorted(i for anchor in anchors for i in _positions(text, anchor))
    searched_to = 0
    for start in starts:
        if start < searched_to:
            continue  # inside the phrase found last
        found = pattern.search(text, max(searched_to, start - _PHRASE_REACH), start + _PHRASE_REACH)
        if found and found.start() <= start < found.end():
            searched_to = found.end()
            yield found


_PHRASE_REACH = 40  # "three-quarters of a percentage point" holds its "uarter" 6 letters in, 30 from its end


def _positions(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


# "a quarter point", "a quarter-point", "half a percentage point", "three-quarters of a point", "half a
# per cent": a central bank's move or a poll's lead in words, the share of a point it is (so "a quarter
# point" agrees with "25 basis points" and disputes "50 basis points").
_SHARE_OF_A_POINT = rx.compile(
    r"(?<![\w-])(?P<share>(?i:half(?:\s+of)?\s+a|a[\s-]+half|(?:a|one|three)[\s-]+quarters?(?:\s+of\s+a)?"
    # the share alone as a compound's first part: "a larger half-point cut", "his biggest quarter-point lead"
    r"|(?:half|quarter)(?=-(?:percentage-)?point)"
    r"|(?P<tenths>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+tenths?\s+of\s+a))"
    r"[\s-]+(?:(?P<point>(?i:percentage[\s-]+)?points?)|(?P<percent>(?i:per[\s-]?cent)))(?![\w-])")
# "six-tenths of a percent", "a tenth of a point": the tenths of a point a statistic moved by.
_TENTHS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _with_shares_of_a_point(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "alf" not in text and "uarter" not in text and "enth" not in text:
        return mentions  # most sentences (checked without a regex search)
    shares: list[NumberMention] = []
    for found in _phrases_around(_SHARE_OF_A_POINT, text, ("alf", "uarter", "enth")):
        if _inside_a_figure_read(mentions, offset, found.start(), found.end()):
            continue  # the "a half per cent" that ends "one and a half per cent": read with its whole
        unit = "percentage point" if found["point"] else "%"
        share = found["share"].lower()
        if found["tenths"]:
            value = _TENTHS[found["tenths"].lower()] / 10
        else:
            value = 0.75 if share.startswith("three") else 0.25 if "quarter" in share else 0.5
        _add(text, offset, shares, "percent", value, unit, found.start(), found.end())
    return _in_place_of(mentions, shares)


def _inside_a_figure_read(mentions: list[NumberMention], offset: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within a longer figure already read."""
    return any(m.start - offset <= start and end <= m.end - offset and m.end - m.start > end - start
               for m in mentions)


def _in_place_of(mentions: list[NumberMention], readings: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with ``readings`` of whole phrases in place of the mentions inside them: "a third"
    for the ordinal "third", "5ft 10in" for "5ft"."""
    if not readings:
        return mentions
    kept = [m for m in mentions if not any(r.start <= m.start < r.end for r in readings)]
    return sorted(kept + readings, key=lambda m: m.start)


# "a man in his 40s", "in her late 20s": an age given by its decade, a range of ages (so "in his 40s"
# disputes "52-year-old" and holds "44-year-old").
_AGE_BY_DECADE = rx.compile(r"\b[Ii]n (?:his|her|their) (?P<age>(?:(early|mid|late)[\s-]+)?([1-9]0)s\b)")
_PART_OF_DECADE = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}


def _with_ages_by_decade(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "0s" not in text:
        return mentions  # most sentences (checked without a regex search)
    ages = []
    for found in _AGE_BY_DECADE.finditer(text):
        low, high = (int(found[3]) + years for years in _PART_OF_DECADE[found[2] and found[2].lower()])
        ages.append(NumberMention(found.start("age") + offset, found.end() + offset, found["age"], "age",
                                  Range(low, high), "year"))
    return _in_place_of(mentions, ages)


# A height in feet and inches is one length: "5ft 10in", "6 feet 2 inches", "5'10\"" (1.78 m), and as American
# copy gives it, "5-foot-9", "a 6-foot-2 inmate" (not a range of 5 to 9 feet, nor 6 feet and a stray 2).  Its
# value is in inches' metres, and it is as precise as an inch (see ledger._tolerance).
FEET_AND_INCHES = rx.compile(r"(?<![\w.])([1-9])(?:\s?(?:ft|feet|foot|'|’)\s?(1[01]|[0-9])\s?(?:in\b|inch(?:es)?\b|\"|”)"
                             r"|-(?:foot|feet)-(1[01]|[0-9])(?:-inch(?:es)?)?(?![\w-]|[.,]?[0-9]))")


def _with_feet_and_inches(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if not any(m.unit == "ft" or m.kind == "count" and text[m.end - offset:m.end - offset + 1] in ("'", "’")
               for m in mentions):
        return mentions  # most sentences: no figure in feet, no 5'10"
    heights = []
    for found in FEET_AND_INCHES.finditer(text):
        inches = int(found[1]) * 12 + int(found[2] or found[3])
        heights.append(NumberMention(found.start() + offset, found.end() + offset, found.group(), "length",
                                     _norm(inches * Fraction(254, 10000)), "ft"))
    return _in_place_of(mentions, heights)


# A quantity in two units, the larger then the smaller: "2 years and 6 months", "1hr 30mins", "7lb 11oz",
# "an hour and 45 minutes", "12 years and nine months".  One figure (30 months, 105 minutes, 3.49 kg, 153
# months), as precise as its smaller unit (see compound_step), where read apart "6 months" would dispute "30
# months" and "12 years" would agree with the other report's "12 years".  The smaller part is in digits or in
# plain number words ("nine months", "twenty-five minutes"), not a share ("and a half": one figure already).
_COMPOUND_KINDS = frozenset({"duration", "weight"})
_COMPOUND_JOINT = rx.compile(r"\s+and\s+|,\s*|\s*")  # not ", and": "2 weeks, and 3 days later" is two
# After the smaller part, words that make the two figures two: "2 years and 6 months later", "jailed for
# 2 years, 6 months respectively" ("respectively" anywhere before the clause ends: see _respectively_ahead).
_TWO_FIGURES_AFTER = rx.compile(r"\s+(?:later|after|ago|earlier|before)\b")
_RESPECTIVELY = rx.compile(r"\brespectively\b")
_CLAUSE_STOP = rx.compile("[.;]")
# One of the larger unit in words, then the smaller part: "an hour and 45 minutes", "a year and 3 months".
_ONE_UNIT_AND_BEFORE = rx.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(hour|day|week|month|year)\s+and\s+\Z")
COMPOUND_MEASURE = rx.compile(r"(?:[0-9.]+|[A-Za-z][A-Za-z -]*?)[\s-]?[A-Za-z]+\.?(?:,?\s+and\s+|,\s*|\s*)"
                              # a third part, as the ledger joins one ("2 hours 4 minutes and 37 seconds")
                              r"(?:[0-9]+[\s-]?[A-Za-z]+\.?(?:\s+and\s+|,\s*|\s*))?"
                              rf"(?:[0-9]+(?:\.[0-9]+)?|(?<![A-Za-z]){_BELOW_100})[\s-]?(?P<small>[A-Za-z]+)")


def _with_compound_measures(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if not any(m.kind in _COMPOUND_KINDS for m in mentions):
        return mentions  # most sentences: no duration, no weight
    joined: list[NumberMention] = []
    compounds: set[int] = set()  # positions in ``joined`` that are two parts already
    respectively_ahead = _respectively_ahead(text)
    for mention in mentions:
        larger = joined[-1] if joined and len(joined) - 1 not in compounds else None
        # Two parts at most: "2 hours, 1 minute and 9 seconds" is "2 hours, 1 minute" to the minute
        # and its seconds, and "4 years, 6 months and 3 months" a list, so each part still conflicts.
        if larger is not None and _smaller_part(text, offset, larger, mention, respectively_ahead):
            joined[-1] = _compound(text, offset, larger, mention, _exact_amount(text, offset, larger))
            compounds.add(len(joined) - 1)
        else:
            joined.append(_after_one_unit(text, offset, mention) or mention)
    return joined


def _after_one_unit(text: str, offset: int, smaller: NumberMention) -> NumberMention | None:
    """"an hour and 45 minutes": the figure ``smaller`` ends, when one of a larger unit in words
    stands before it (no mention of its own), else None."""
    start = smaller.start - offset
    if smaller.kind != "duration" or not text.endswith("and ", 0, start):
        return None  # most figures (checked without a regex search)
    one = _ONE_UNIT_AND_BEFORE.search(text, max(0, start - 20), start)
    larger_unit = one and _unit(one[1])
    if not larger_unit or not _smaller_part_of(larger_unit, smaller):
        return None
    return _compound(text, offset, replace(smaller, start=one.start() + offset), smaller, larger_unit[1])


def _compound(text: str, offset: int, larger: NumberMention, smaller: NumberMention, larger_amount) -> NumberMention:
    """The one figure ``larger`` and ``smaller`` give, ``larger_amount`` in the base unit."""
    amount = _norm(larger_amount + _exact_amount(text, offset, smaller))
    value = Duration(amount, smaller.value.base) if smaller.kind == "duration" else amount
    return replace(larger, end=smaller.end, surface=text[larger.start - offset:smaller.end - offset], value=value)


def _exact_amount(text: str, offset: int, m: NumberMention) -> int | Fraction:
    """A duration's or a weight's amount in its base unit, exactly as written ("1hr": 1/24 of a day),
    so that parts add up to what the other report writes in one ("1hr 45mins" = "105 minutes")."""
    start = m.start - offset
    numeral = _FIRST_NUMERAL.match(text, start)
    if numeral:
        return exact(_ungrouped(numeral.group())) * _unit(m.unit)[1]
    return words_to_number(_LEADING_WORDS.match(text, start).group()) * _unit(m.unit)[1]  # "two hours"


def _smaller_part(text: str, offset: int, larger: NumberMention, smaller: NumberMention,
                  respectively_ahead) -> bool:
    """Whether ``smaller`` goes on the figure ``larger`` gives: "6 months" after "2 years and", with
    nothing but "and" or a comma between, and no "later" nor "respectively" (``respectively_ahead``) after
    it."""
    return (larger.kind == smaller.kind and not isinstance(larger.value, Range)
            # "2:05:37, 21 seconds ahead": a race time is whole to the second, and what follows is another figure
            and compound_step(larger) is None
            and (text[larger.start - offset].isdigit() or _LEADING_WORDS.match(text, larger.start - offset))
            and _COMPOUND_JOINT.fullmatch(text, larger.end - offset, smaller.start - offset) is not None
            and _smaller_part_of(_known_unit(larger.unit), smaller)
            and _TWO_FIGURES_AFTER.match(text, smaller.end - offset) is None
            and not respectively_ahead(smaller.end - offset))


def _respectively_ahead(text: str):
    """A test of whether "respectively" comes after a position in ``text`` before its clause ends (a "."
    or ";").  Each is found once for the text, not looked for again from every figure: a sentence of
    thousands of figures and no stop would cost each of them a scan to its end."""
    respectively = [found.start() for found in _RESPECTIVELY.finditer(text)]
    stops = [found.start() for found in _CLAUSE_STOP.finditer(text)] if respectively else []

    def ahead(position: int) -> bool:
        word = bisect_left(respectively, position)
        if word == len(respectively):
            return False
        stop = bisect_left(stops, position)
        return stop == len(stops) or stops[stop] > respectively[word]
    return ahead


def _known_unit(canonical: str):
    """``_unit`` of a figure's canonical unit, None where that is no spelling of its own ("t", "g")."""
    return _unit(canonical) if canonical in DURATIONS or canonical in MEASURES else None


# How the smaller part of a figure in two units opens: digits, or a plain number word ("nine months"), not a share
# or a scale ("half an hour", "a million seconds").
_SMALLER_PART_NUMERAL = rx.compile(rf"[0-9]|{_BELOW_100}(?:[\s-]+(?!and\b)[A-Za-z]|\Z)")


def _smaller_part_of(larger_unit, smaller: NumberMention) -> bool:
    """Whether ``smaller`` can be the smaller part of a figure in ``larger_unit`` (as ``_unit`` gives
    it): of its kind and base, in digits or plain number words, and less than one of the larger unit."""
    small = _known_unit(smaller.unit)
    if (smaller.kind not in _COMPOUND_KINDS or isinstance(smaller.value, Range) or smaller.hedge
            or not _SMALLER_PART_NUMERAL.match(smaller.surface) or larger_unit is None or small is None
            or small[0] != larger_unit[0]):
        return False  # "2 days and 3 months": no one figure
    amount = smaller.value.amount if smaller.kind == "duration" else smaller.value
    return small[1] < larger_unit[1] and amount < larger_unit[1]


def compound_step(m: NumberMention) -> float | None:
    """The smaller unit of a figure written in two ("2 years and 6 months": a month; "7lb 11oz": an
    ounce; "2:04:37": a second), in the figure's base unit; None for any other figure."""
    if m.kind not in _COMPOUND_KINDS or isinstance(m.value, Range):
        return None
    if m.kind == "duration" and _ELAPSED.fullmatch(m.surface):
        return 1 / 86400
    found = COMPOUND_MEASURE.fullmatch(m.surface)
    small = found and _known_unit(found["small"])
    return float(small[1]) if small else None


# A race's or an elapsed time in figures: "won in 2:18:09" (2 hours 18 minutes 9 seconds), and in a race
# "ran the 5,000m in 14:32" (14 minutes 32 seconds).  One duration, to the second: "2:04:37" = "2 hours 4
# minutes and 37 seconds", and "2:18:09" disputes "2:18:19".  Hours, minutes and seconds are a clock
# time where the words make them one ("at 10:30:00", "14:52:07 GMT"), and left to the clock reading.
# Minutes and seconds alone ("14:32") are a time of day unless a race is run in them ("in 14:32",
# "clocked 3:59", "a time of 1:43" where the sentence speaks of a race).
_ELAPSED = rx.compile(r"(?<![\w:.,/])(?:(?P<h>[0-9]{1,2}):(?P<hm>[0-5][0-9])|(?P<m>[0-9]{1,2})):(?P<s>[0-5][0-9])"
                      r"(?![\w:]|[.,][0-9])")
_CLOCK_BEFORE = rx.compile(r"(?i:\b(?:at|from|until|till|to|since|by|before|after|around|between|and)\s+)\Z")
_CLOCK_AFTER = rx.compile(r"\s?(?:[AaPp]\.?[Mm]\b|(?:" + "|".join(TIME_ZONES) + r")\b|(?i:local\s+time)|[A-Z][a-z]+\s+[Tt]ime\b)")
_RACE_TIME_BEFORE = rx.compile(r"(?i:\b(?:in|clocked|ran|run|timed|time\s+of|record\s+of|best\s+of)\s+)\Z")
_RACE_WORDS = rx.compile(r"(?i:\b(?:race[sd]?|marathon|runners?|sprint(?:ed)?|finish(?:ed)?|clocked|laps?"
                         r"|personal\s+best|course\s+record|world\s+record|[0-9,]+\s?(?:m|km)|metres|mile)\b)")


def _with_race_times(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if text.count(":") < 1 or not _ELAPSED.search(text):
        return mentions  # most sentences
    race = None
    times: list[NumberMention] = []
    for found in _ELAPSED.finditer(text):
        before = text[max(0, found.start() - 20):found.start()]
        if _CLOCK_AFTER.match(text, found.end()):
            continue  # "14:52:07 GMT", "2:30 p.m."
        if race is None:
            race = _RACE_WORDS.search(text) is not None
        if found["h"]:
            if _CLOCK_BEFORE.search(before) and not race:
                continue  # "at 10:30:00", "from 09:00:00"
            seconds = int(found["h"]) * 3600 + int(found["hm"]) * 60 + int(found["s"])
            unit = "hour"
        else:
            if not (race and _RACE_TIME_BEFORE.search(before)):
                continue  # "14:32": a time of day
            seconds = int(found["m"]) * 60 + int(found["s"])
            unit = "minute"
        times.append(NumberMention(found.start() + offset, found.end() + offset, found.group(), "duration",
                                   Duration(_norm(Fraction(seconds, 86400)), "day"), unit))
    return _in_place_of(mentions, times)


# What a span's possessive names when the span is its length: a journey ("half an hour's drive", "an hour and a
# half's train ride", as "a 30-minute drive" is) or a stretch of waiting, work or rest ("a quarter of an hour's
# wait", "half a day's work").  One word may stand between ("half an hour's bus journey").  Any other possessive
# is an amount of something else, measured by the span: "a quarter of an hour's footage", "half a day's pay",
# "half a month's rain" (as _A_DECADE leaves "a month's rain").
_SPAN_OWNS_ITS_LENGTH = (
    r"['’]s\s+(?:[a-z]+[\s-]+)?(?:drive|drives|walk|ride|journey|trip|flight|sail|crossing|commute|cycle|hike|trek"
    r"|march|run|jog|swim|stroll|climb|detour|wait|delay|queue|work|rest|sleep|break|notice|travel|travelling"
    r"|traveling|driving|walking)\b")
# "half an hour", "a half-day strike", "half a year", "an hour and a half", "a year and a half", "a quarter of
# an hour", "three-quarters of an hour", "a three-quarter-hour drive", "a quarter-hour", and "a quarter of a
# century", "a quarter-century", "three-quarters of a century" (25 and 75 years, said of those spans and of no
# rounder one, so read wherever they stand, "ago" too, unlike "a century"): a duration in words,
# and so is one owning a journey or a wait (see _SPAN_OWNS_ITS_LENGTH).  Not "half-year results" (a reporting
# period, as "H1" is), nor "three quarter-hour slots" (three of them, of a quarter-hour each), nor one owning
# something else ("a quarter of an hour's footage"); "half a decade" and "half a century" are read where "a
# decade" is (see _A_DECADE).
_HALF_DURATION = rx.compile(
    r"(?<![\w-])(?:(?i:half)[\s-]+(?:an?[\s-]+(?P<half>hour|day|week|month|year)|(?P<half_unit>hour|day|week))"
    r"|(?i:an?|one)[\s-]+(?P<one_and_a_half>hour|day|week|month|year)[\s-]+and[\s-]+a[\s-]+half"
    r"|(?:(?i:an?|one)[\s-]+(?i:quarter)|(?P<three>(?i:three))(?:[\s-]+(?i:quarters)|-(?i:quarter)))"
    rf"(?:\s+of\s+an\s+|-)(?P<quarter>hour)"
    r"|(?:(?i:an?|one)[\s-]+(?i:quarter)|(?P<three_of_a_century>(?i:three))(?:[\s-]+(?i:quarters)|-(?i:quarter)))"
    rf"(?:\s+of\s+a\s+|-)(?P<quarter_century>century))(?![\w-]|(?!{_SPAN_OWNS_ITS_LENGTH})['’]s?\b)")


def _with_half_durations(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "alf" not in text and "uarter" not in text:
        return mentions  # most sentences (checked without a regex search)
    durations: list[NumberMention] = []
    for found in _phrases_around(_HALF_DURATION, text, ("alf", "uarter")):
        base, factor, unit = DURATIONS[found["half"] or found["half_unit"] or found["one_and_a_half"]
                                       or found["quarter"] or found["quarter_century"]]
        amount = (Fraction(3, 2) if found["one_and_a_half"]
                  else Fraction(3 if found["three"] else 1, 4) if found["quarter"]
                  else Fraction(3 if found["three_of_a_century"] else 1, 4) if found["quarter_century"]
                  else Fraction(1, 2))
        _add(text, offset, durations, "duration", Duration(_norm(amount * factor), base), unit,
             found.start(), found.end())
    return _in_place_of(mentions, durations)


# "a quarter-mile section", "half a mile", "a half-kilometre", "a three-quarter-mile stretch", "a mile and a
# half": a length, an area or a weight in words, a share of one unit, so that "quarter-mile" agrees with
# "400-metre" (402 m) and "half-mile" disputes it.  It is read as roughly as "about" reads a figure (see
# ledger._tolerance): a quarter-mile is nobody's measure to the metre.  So is a share "of" one: "a quarter of a
# mile", "three-quarters of a mile", "half of a kilometre" (as "half a mile").
_SHARED_KINDS = frozenset({"length", "area", "weight"})  # what a share of a unit measures
_UNITS_IN_SHARES = sorted(
    (word for word, (kind, _, _) in MEASURES.items() if kind in _SHARED_KINDS
     and re.fullmatch(r"[a-z]{3,}(?: [a-z]+)?", word) and not word.endswith(("s", "feet")) and word != "pound"),
    key=_longest_first)
SHARE_OF_A_UNIT = rx.compile(
    r"(?<![\w-])(?i:(?:(?P<lead>an?|one|three)[\s-]+)?(?P<share>half|quarters?)(?:\s+of(?=\s+an?\s))?(?:[\s-]+an?)?"
    r"|(?P<one>an?|one)(?=[\s-]+(?:" + "|".join(_UNITS_IN_SHARES) + r")[\s-]+and[\s-]+a[\s-]+half\b))"
    r"[\s-]+(?P<unit>(?i:" + "|".join(_UNITS_IN_SHARES) + r"))(?P<and_a_half>[\s-]+and[\s-]+a[\s-]+half)?"
    r"(?![\w'’])(?!-(?!long\b|wide\b|high\b|deep\b|tall\b|thick\b))")


def _with_shares_of_a_unit(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "alf" not in text and "uarter" not in text:
        return mentions  # most sentences (checked without a regex search)
    measures: list[NumberMention] = []
    for found in _phrases_around(SHARE_OF_A_UNIT, text, ("alf", "uarter")):
        share = _share_of_a_unit(found)
        if share is None or any(m.start - offset < found.end() and found.start() < m.end - offset
                                for m in mentions if m.kind in _SHARED_KINDS):
            continue  # "one and a half mile walk": read already (the "three" of "three-quarter-mile" was not)
        kind, factor, unit = MEASURES[found["unit"].lower()]
        _add(text, offset, measures, kind, _norm(share * factor), unit, found.start(), found.end())
    return _in_place_of(mentions, measures)


def _share_of_a_unit(found: re.Match) -> Fraction | None:
    """The share of its unit a SHARE_OF_A_UNIT match gives: "quarter-mile" 1/4, "three-quarter-mile" 3/4,
    "half a mile" 1/2, "a mile and a half" 3/2; None for words that give none ("three half miles")."""
    if found["one"]:
        return Fraction(3, 2) if found["and_a_half"] else None
    if found["and_a_half"]:
        return None
    lead = (found["lead"] or "").lower()
    if found["share"].lower() == "half":
        return Fraction(1, 2) if lead != "three" else None
    return Fraction(3, 4) if lead == "three" else Fraction(1, 4)


# "about a mile", "nearly a tonne", "more than an acre", "travelled a mile down the valley", "a mile-long
# queue": one unit of a length, an area or a weight in words, read where the words make it a figure, as
# _A_DECADE reads "a decade": after a hedge ("about a mile" fits "1.6 km" and disputes "2.5 km", as "about 1
# mile" does), as "-long", or as the length something travelled or stretched (see _DISTANCE_VERB_BEFORE).  A
# bare "a mile" elsewhere ("a mile from the coast", "weighs a ton", "50p a mile") is left alone.  It is read
# as roughly as a share of a unit is (see ledger._tolerance): nobody's "a mile" is measured to the yard.
A_UNIT_IN_WORDS = rx.compile(
    r"(?<![\w-])(?i:an?)\s+(?P<unit>(?i:" + "|".join(_UNITS_IN_SHARES) + r"))(?P<long>-long)?(?![\w'’-])")
# Letters that every unit of A_UNIT_IN_WORDS holds, looked for before any regex search.
_UNIT_ANCHORS = ("mile", "metre", "meter", "foot", "yard", "inch", "acre", "hectare", "ton", "kilo", "gram",
                 "ounce")
_ANY_UNIT_ANCHOR = rx.compile("|".join(_UNIT_ANCHORS))  # one search, not one look for each, on every sentence
# Words after "a mile" that leave it a measure: where the distance lies or runs ("a mile down the valley",
# "about a mile inland", "nearly a metre deep").  Any other word, bar a word of grammar, makes the unit part of
# a noun: "a story about a meter reader", "about a foot injury", "nearly a mile marker".
_WHERE_A_DISTANCE_RUNS = frozenset({
    "down", "up", "away", "long", "wide", "high", "deep", "tall", "thick", "inland", "offshore", "further",
    "farther", "ahead", "upstream", "downstream", "uphill", "downhill", "upriver", "downriver", "north", "south",
    "east", "west", "off", "out", "short", "closer", "nearer", "apart", "underground", "overhead", "outside",
    "overnight", "today", "yesterday", "tonight", "again", "altogether"})
_WORD_AFTER_A_UNIT = rx.compile(r"\s+([a-z]+)\b")


def _unit_names_a_thing(text: str, end: int) -> bool:
    """Whether the lower-case word after "a mile" (ending at ``end``) makes it part of a noun ("a meter
    reader"), not a measure (see _WHERE_A_DISTANCE_RUNS)."""
    found = _WORD_AFTER_A_UNIT.match(text, end)
    return (found is not None and found[1] not in NOT_NOUNS and found[1] not in _WHERE_A_DISTANCE_RUNS
            and not found[1].endswith("ly"))


# The verbs a length in words after them is the distance of: "the debris travelled a mile", "the queue
# stretched for a mile", "walked a kilometre".  Not "ran a mile" (an idiom of fleeing), nor "is a mile from".
_DISTANCE_VERB_BEFORE = rx.compile(
    r"(?i:\b(?:travel(?:s|l?ed|l?ing)?|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|walk(?:s|ed|ing)?"
    r"|dr(?:ove|ives?|iven|iving)|sw(?:am|ims?|imming)|fl(?:ew|ies|own|ying)|sail(?:s|ed|ing)?|march(?:es|ed|ing)?"
    r"|slid(?:es?|ing)?|roll(?:s|ed|ing)?|flow(?:s|ed|ing)?|advanc(?:es|ed|ing))(?:\s+for)?\s+)\Z")


def _with_units_in_words(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if _ANY_UNIT_ANCHOR.search(text) is None:
        return mentions  # most sentences
    measures: list[NumberMention] = []
    for found in _phrases_around(A_UNIT_IN_WORDS, text, _UNIT_ANCHORS):
        if any(m.start - offset < found.end() and found.start() < m.end - offset for m in mentions):
            continue  # "half a mile", "a mile and a half": read already
        if not found["long"] and _unit_names_a_thing(text, found.end()):
            continue  # "a meter reader"
        kind, factor, unit = MEASURES[" ".join(found["unit"].lower().split())]
        read: list[NumberMention] = []
        _add(text, offset, read, kind, _norm(factor), unit, found.start(), found.end())
        if read[0].hedge or found["long"] or kind == "length" and _DISTANCE_VERB_BEFORE.search(
                text, max(0, found.start() - 24), found.start()):
            measures.append(read[0])
    return _in_place_of(mentions, measures)


# "more than a decade", "nearly a century", "about an hour", "at least a week", "almost a fortnight": a
# span of time in words, read where a hedge makes it a figure ("more than a decade" fits "11 years",
# "about an hour" "58 minutes", "at least a week" "at least seven days").  So is a bare one that measures
# something, as "12 months of" does: "a year of free credit monitoring", "after a week of talks" (not "It was a
# year of turmoil", which names the year), or "-long" ("a year-long inquiry", as "a 12-month inquiry" is), or
# the span something happens in or lasts for ("within a month", "in a fortnight", "for a decade", "over a
# decade", as "within 30 days", "in two weeks", "for 10 years" are; "over" unhedged, as "over two days" is: see
# _hedge_before).  A bare "a decade" elsewhere ("a decade ago", "over a decade ago", "the past decade", "an
# hour later", "lasted a week", "twice a year", "£50,000 a year", "in a year when") is left alone, and so is
# "a month's rain" (an amount of something else), though a span owning what it is the length of is read
# ("a fortnight's delay", "a week's wait", "an hour's drive": see _SPAN_OWNS_ITS_LENGTH).
# Half of one is read by the same rules ("more than half a century of coal-fired generation", "around half a
# decade"), and so is never read as the whole span after its "half"; "half a century ago" is left alone, as
# "a century ago" is.
_A_DECADE = rx.compile(r"(?<![\w-])(?P<half>(?i:half)\s+)?(?i:an?)\s+"
                       r"(?P<unit>decade|century|year|month|fortnight|week|day|hour|minute)"
                       rf"(?P<long>-long)?(?![\w-]|(?!{_SPAN_OWNS_ITS_LENGTH})['’]s?\b)")
# Before "a year of ...", words that make it the name of a year, no length of time: "It was a year of turmoil",
# "in a year of record heat", "such a year of change"; and the words that set something in that day or year
# rather than measure it: "On a day of nationwide strikes, 200 flights were cancelled", "during a week of
# protests", "amid a year of losses" (but "after a week of protests", "at the end of a month of talks",
# "offered a year of" measure it).
_NAMING_A_SPAN_BEFORE = frozenset({"is", "was", "were", "be", "been", "being", "s", "in", "such", "what", "quite",
                                   "on", "during", "amid", "amidst", "throughout"})
_OF_SOMETHING_AFTER = rx.compile(r"\s+of\s+[a-z]")


_OWNING_ITS_LENGTH = rx.compile(_SPAN_OWNS_ITS_LENGTH)


def _owns_its_length(text: str, end: int) -> bool:
    """Whether the span ending at ``end`` is the length of what its possessive names: "a fortnight's delay", "a
    week's wait", "an hour's drive" (see _SPAN_OWNS_ITS_LENGTH); not "a month's rain"."""
    return _OWNING_ITS_LENGTH.match(text, end) is not None


def _a_length_of_something(text: str, start: int, end: int) -> bool:
    """Whether the bare "a year" (or "an hour", "a week"...) from ``start`` to ``end`` measures something
    ("a year of free credit monitoring": see _A_DECADE)."""
    return (_OF_SOMETHING_AFTER.match(text, end) is not None
            and _last_word(text[max(0, start - 16):start].rstrip()) not in _NAMING_A_SPAN_BEFORE)


# Words before a bare "a fortnight", "a decade" that make it a span of time, as they do "two weeks" and "10
# years": "the second flood in a fortnight", "banned for a decade", "due within a month", "over a decade",
# "freed after a year".  Not "in a year when" nor "in a week that", which name the span, nor "over a decade ago"
# (see _SPAN_NAMED_AFTER); "in a year of record heat" is left to _a_length_of_something.
_SPAN_BEFORE = frozenset({"within", "in", "for", "over", "after"})
_SPAN_NAMED_AFTER = rx.compile(r"\s+(?:when|where|that|which|whose|in\s+which|like|of|ago)\b")


# The verbs of lasting, before a span counted to the day: "the closure will last a fortnight" is 14 days long,
# as "will last 14 days" is.  Not before a rounder span: "the strike lasted a week" is said of six days or
# eight as readily as of seven, and is left alone.
_LASTING_BEFORE = frozenset({"last", "lasts", "lasted", "lasting"})


def _a_time_limit(text: str, start: int, end: int) -> bool:
    """Whether the bare "a month" (or "a week", "an hour"...) from ``start`` to ``end`` is a span of time by
    the word before it: "a report is due within a month", as "within 30 days" is one (see _SPAN_BEFORE), and
    "will last a fortnight" (see _LASTING_BEFORE)."""
    word_before = _last_word(text[max(0, start - 16):start].rstrip())
    if word_before in _LASTING_BEFORE:
        return text[start:end].lower().endswith(tuple(_SPANS_COUNTED_TO_THE_DAY))
    return word_before in _SPAN_BEFORE and _SPAN_NAMED_AFTER.match(text, end) is None


def is_round_span(m: NumberMention) -> bool:
    """Whether ``m`` is a lone span of time in words ("a decade", "an hour", "a year-long"), a round figure
    as "a fifth" is: "the lowest in a decade" is said of 11 years, "closed for a day" of 30 hours.  Not a span
    whose word is itself a count of days (_SPANS_COUNTED_TO_THE_DAY)."""
    if m.kind != "duration":
        return False
    found = _A_DECADE.fullmatch(m.surface)
    return found is not None and found["unit"].lower() not in _SPANS_COUNTED_TO_THE_DAY


# A span whose word names a count of days, as "two weeks" does: "a fortnight" is 14 days, so "a fortnight of
# strike action" disputes "10 days of strike action" as "14 days" does; no writer rounds ten days to it.
_SPANS_COUNTED_TO_THE_DAY = frozenset({"fortnight"})


# "for the next fortnight", "in the past hour": the span before or after now, as long as "the next two weeks" and
# "the past 60 minutes" are.  Only of a unit that names no stretch of the calendar: "the next week", "the past
# decade", "the next day" may name the calendar's week, decade or day, no length.
_THE_NEXT_SPAN = rx.compile(r"(?<![\w-])(?i:the)\s+(?i:next|past|last|coming|following|previous)\s+"
                            r"(?P<unit>fortnight|hour)(?![\w-]|['’]s?\b)")


def _with_spans_of_time_in_words(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    # most sentences hold no such span (checked without a regex search, and for "a day" and "a year",
    # not "day" and "year", which most sentences hold)
    if not ("decade" in text or "century" in text or "hour" in text or "a year" in text or "a month" in text
            or "a week" in text or "a day" in text or "fortnight" in text or "a minute" in text):
        return mentions
    spans: list[NumberMention] = []
    for found in _THE_NEXT_SPAN.finditer(text):
        base, factor, unit = DURATIONS[found["unit"]]
        _add(text, offset, spans, "duration", Duration(_norm(factor), base), unit, found.start("unit"), found.end())
    for found in _A_DECADE.finditer(text):
        if any(m.start - offset < found.end() and found.start() < m.end - offset for m in mentions):
            continue  # "half an hour", "an hour and 45 minutes": read already
        base, factor, unit = DURATIONS[found["unit"]]
        amount = Fraction(factor) / 2 if found["half"] else factor
        read: list[NumberMention] = []
        _add(text, offset, read, "duration", Duration(_norm(amount), base), unit, found.start(), found.end())
        if (read[0].hedge or found["long"] or _a_length_of_something(text, found.start(), found.end())
                or _a_time_limit(text, found.start(), found.end()) or _owns_its_length(text, found.end())):
            spans.append(read[0])
    return _in_place_of(mentions, spans)


# "The ferry was built 34 years ago", "the club, founded some 140 years ago": what was made N years ago is N
# years old, the age "the 31-year-old ferry" gives, so the two meet.  Only with the making verb right before
# the figure: "joined 34 years ago", "was made redundant 3 years ago" date something a person did, no age.
# Nor where a person is the maker ("the bakery Smith founded five years ago", "which she opened 3 years
# ago"): the sentence is about the person, whose own age the other report may give.
_MADE_BEFORE = rx.compile(
    r"(?<![\w-])(?:(?i:built|founded|opened|launched|made|established|constructed|completed|erected"
    r"|commissioned|inaugurated|created|formed|set\s+up))\s+\Z")
_MAKER_BEFORE = rx.compile(rf"(?:\b(?i:he|she|they|we|I|you|who)|{_NAME_WORD})\s+\Z")
_AGO_AFTER = rx.compile(r"\s+ago\b")


def _with_ages_of_things_made(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if " ago" not in text:
        return mentions  # most sentences (checked without a regex search)
    return [_as_age_of_a_thing_made(text, offset, m) or m for m in mentions]


def _as_age_of_a_thing_made(text: str, offset: int, m: NumberMention) -> NumberMention | None:
    """``m``, "34 years" of "built 34 years ago", read as the age of what was built; None for any other."""
    if (m.kind != "duration" or m.unit != "year" or not isinstance(m.value, Duration) or m.value.base != "month"
            or m.direction):
        return None
    if not _AGO_AFTER.match(text, m.end - offset):
        return None
    before = text[:m.start - offset]
    hedge = _HEDGE_BEFORE.search(before) if m.hedge else None
    made = _MADE_BEFORE.search(before, 0, hedge.start() if hedge else len(before))
    if made is None or _MAKER_BEFORE.search(before, max(0, made.start() - 40), made.start()):
        return None
    thing = (_THING_MADE_BEFORE.search(before, max(0, made.start() - 60), made.start())
             or _THING_MADE_AFTER.match(text, m.end - offset))
    role = f"{AGE_OF_A_THING_MADE} {thing['noun'].lower()}" if thing else AGE_OF_A_THING_MADE
    return replace(m, kind="age", value=_norm(Fraction(m.value.amount, 12)), role=role)


# Whose age a figure is.  What was made N years ago is a thing's: its role is AGE_OF_A_THING_MADE and the
# thing's noun where the words name it ("the ferry, built", "a decision made", "a case first opened").
# "The 31-year-old ferry" names what it is the age of after it: AGE_OF and the noun ("of ferry", "of
# captain").  Any other age ("Smith, 44,", "aged 44") has no role.  The ledger sets a thing's age only
# against the age of the same thing, never against a person's ("its 58-year-old captain", "Smith, 44,").
AGE_OF_A_THING_MADE = "made"
AGE_OF = "of"
_THING_MADE_BEFORE = rx.compile(
    r"(?<![\w'’-])(?P<noun>(?!(?:the|and|but|who|which|that|was|were|has|had|have|been|its|their)\b)[a-z]{3,})"
    r"(?:,?\s+(?:which|that))?,?(?:\s+(?:was|were|is|are|has|have|had|been|being|first|originally|[a-z]+ly))*\s+\Z")
# "Built thirty years ago, the bridge needs repairs": the thing named after the clause.
_THING_MADE_AFTER = rx.compile(r"\s+ago,\s+(?:the|its|this|that|their)\s+(?P<noun>[a-z]{3,})\b")
# The words after "N-year-old", up to the noun they qualify: "the 31-year-old passenger ferry", "its 58-year-old
# captain", "the 150-year-old Grade II-listed building".
_WORDS_AFTER_AN_AGE = rx.compile(r"(?:[\s-]+[A-Za-z][\w-]*){1,3}")
# People named by what a report calls them as well as the counted kinds: "its 58-year-old captain".
_AGED_PERSON_WORDS = frozenset({"captain", "skipper", "boss", "owner", "founder"})
# What follows "the 24-year-old" when no noun does: the verb or the clause of the person it stands for ("The
# 24-year-old won", "the 26-year-old claims he", "the 19-year-old who").
_NO_NOUN_AFTER_AN_AGE = frozenset({
    "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "must", "did",
    "does", "who", "whose", "and", "but", "from", "of", "for", "with", "says", "said", "claims", "told", "tells",
    "denies", "admits", "faces", "remains", "appeared", "pleaded", "died", "suffered", "allegedly", "also",
    "later", "then", "now", "still"})
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})


def is_age_of_a_thing_made(m: NumberMention) -> bool:
    """Whether ``m`` is the age of something made N years ago ("the ferry, built 34 years ago")."""
    return m.kind == "age" and m.role.split(" ", 1)[0] == AGE_OF_A_THING_MADE


def age_noun(m: NumberMention) -> str:
    """The noun of what an age is the age of, as its role keeps it ("ferry"); "" when nothing names it."""
    return m.role.split(" ", 1)[1] if m.kind == "age" and " " in m.role else ""


def _with_nouns_of_ages(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each "N-year-old" age told the noun after it ("the 31-year-old ferry")."""
    if "old" not in text:
        return mentions  # most sentences (checked without a regex search)
    return [_with_noun_after(text, offset, m) if m.kind == "age" and not m.role
            and m.surface.lower().endswith("old") else m for m in mentions]


def _with_noun_after(text: str, offset: int, m: NumberMention) -> NumberMention:
    noun = _noun_after_an_age(text, m.end - offset)
    return replace(m, role=f"{AGE_OF} {noun}") if noun else m


def _noun_after_an_age(text: str, position: int) -> str:
    """The noun an "N-year-old" at ``position`` is the age of: the last word for a thing or a person among the
    next few, before a verb or a clause ("passenger ferry": the ferry; "ferry passenger": the passenger), else
    the first word; "" where a verb or a clause follows ("the 24-year-old won", "the 19-year-old who"), as it
    does after a person."""
    run = _WORDS_AFTER_AN_AGE.match(text, position)
    if run is None:
        return ""
    words = run.group().replace("-", " ").split()
    known = ""
    for word in words:
        if word in _NO_NOUN_AFTER_AN_AGE or word in _ARTICLES:
            break
        if word.islower() and (singular(word) in THING_KINDS or is_a_person_word(word)):
            known = word
    if known:
        return known
    first = words[0]
    if not (len(first) >= 3 and first.isalpha() and first.islower()) or first in _NO_NOUN_AFTER_AN_AGE:
        return ""
    return "" if _past_verb(first) else first


def is_a_person_word(noun: str) -> bool:
    """Whether ``noun`` names a person ("woman", "captain", "minister")."""
    lower = singular(noun.lower())
    return lower in _PERSON_WORDS or lower in _AGED_PERSON_WORDS


def is_a_persons_age(m: NumberMention) -> bool:
    """Whether ``m`` is an age told of a person: by a person's pattern, which names no thing ("Smith, 44,",
    "aged 44", "(44)", "the 44-year-old said"), or before a word for a person ("its 58-year-old captain")."""
    if m.kind != "age" or is_age_of_a_thing_made(m):
        return False
    noun = age_noun(m)
    return not noun or is_a_person_word(noun)


# "half past ten", "a quarter to six", "ten o'clock": a time of day in words, as "10:30" and "5.45" are.
# Minutes count before "past", a quarter also before "to", a lone number only before "o'clock": "five to
# six" may be a range of people, "one and a half to two" is one.  Never before a share's rest ("a quarter
# to two thirds", "to one in five", "to two of every five"), a scale or a per cent.
_HOUR_WORDS = {word: value for word, value in {**ONES, **TEENS}.items() if 1 <= value <= 12}
_CLOCK_HOUR = rf"(?P<hour>{_alt(_HOUR_WORDS, 'i')}|1[0-2]|[1-9]|(?i:noon|midday|midnight))(?![\w-]|[:.][0-9])"
_NUMBER_WORD = rf"(?:[0-9]+|{_alt({**ONES, **TEENS, **TENS}, 'i')})"
_SHARE_GOES_ON = (rf"\s*%|\s+(?i:and\s+a\s+half)(?![A-Za-z-])|[\s-]+(?:{_SCALE_WORD}|(?i:per|percent|of|out\s+of)\b"
                  rf"|(?i:thirds?|quarters?|halves|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
                  rf"|(?i:in)\s+(?:(?i:every)\s+)?{_NUMBER_WORD}(?![\w-]))")
_CLOCK_IN_WORDS = rx.compile(
    rf"(?<![\w-])(?:(?:(?P<share>(?i:(?:a\s+)?quarter))\s+(?P<side>(?i:past|to))"
    rf"|(?P<minutes>(?i:half|five|ten|twenty|twenty[\s-]five))\s+(?i:past))\s+{_CLOCK_HOUR}"
    rf"(?(share)(?!{_SHARE_GOES_ON}))"
    rf"|(?P<oclock>{_alt(_HOUR_WORDS, 'i')}|1[0-2]|[1-9])\s+o['’]clock(?![\w-]))")
_MINUTES_IN_WORDS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
# "half past ten at night", "a quarter to six in the evening", "half past ten this evening", "on Friday
# night", "half past ten pm": the afternoon or night.
_LATER_IN_THE_DAY_AFTER = rx.compile(
    r"\s*(?i:\s(?:at\s+night|(?:in\s+the|this|that|on\s+\w+|last|tomorrow|yesterday)\s+(?:afternoon|evening|night)"
    r"|tonight)\b|p\.?m\b\.?)")
_AT_NIGHT_AFTER = rx.compile(r"\s+(?i:at\s+night|tonight|(?:in\s+the|this|that|on\s+\w+|last|tomorrow)\s+night)\b")
# The hour from which a time "at night" is the evening's, not the small hours': "two at night" is 02:00 and "a
# quarter to five last night" 04:45, but "half past five tonight" is 17:30 and "ten at night" 22:00.  A night
# said with an hour makes it the small hours or the evening, never the afternoon.
_NIGHT_FALLS = 5
# The words that say which half of the day a clock time in words is in; without them "half past ten" may be
# 10.30am or 10.30pm, as a speaker leaves it.
_HALF_OF_THE_DAY_AFTER = rx.compile(
    r"\s*(?i:at\s+night|(?:in\s+the|this|that|on\s+\w+|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)"
    r"|tonight|[ap]\.?m\b\.?)")
# "a quarter to N" is also the start of a share's change ("rose from a quarter to two thirds"): a clock only
# after a word that places a moment ("at a quarter to six", "by a quarter to ten") or before the half of the
# day ("a quarter to six in the evening").
_MOMENT_WORD_BEFORE = rx.compile(
    r"(?i:\b(?:at|by|until|till|before|after|around|about|since|approximately|roughly|gone|it\s+was|it['’]s)\s+)\Z")
# "from a quarter to nine until noon", "between a quarter to ten and ten past ten", "from a quarter to eight on
# weekdays": a span of the day, whose other end or days say the start is a moment, as a share's change ("rose
# from a quarter to two thirds") never goes on.
_SPAN_WORD_BEFORE = rx.compile(r"(?i:\b(?:from|between)\s+)\Z")
_SPAN_OF_THE_DAY_AFTER = rx.compile(
    r"\s+(?i:(?:until|till|and|to)\s+(?:a\s+)?(?:quarter|half|noon|midday|midnight"
    r"|[0-9]{1,2}(?:[:.][0-9]{2}|\s*[ap]\.?m\b)"
    rf"|(?:{_alt(_HOUR_WORDS)}|[0-9]{{1,2}})\s+(?:o['’]clock|[ap]\.?m\b)"
    r"|(?:five|ten|twenty(?:[\s-]five)?)\s+(?:past|to)\b)"
    r"|(?:on|every)\s+(?:weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)")


def _with_clock_times_in_words(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if " past " not in text and " to " not in text and "clock" not in text:
        return mentions  # most sentences (checked without a regex search)
    if "clock" not in text and not _holds_a_word_of_minutes(text):
        return mentions  # most sentences with " to ": no "quarter", "half", "five", "ten" or "twenty"
    times: list[NumberMention] = []
    for found in _CLOCK_IN_WORDS.finditer(text):
        if any(m.start - offset < found.start() < m.end - offset for m in mentions):
            continue  # "one and a half to two million": the end of a figure read whole
        if found["side"] and found["side"].lower() == "to" and not _placed_as_a_moment(text, found):
            continue  # "rose from a quarter to two": a share's change, not 01:45
        _add(text, offset, times, "time", _clock_in_words(text, found), "", found.start(), found.end())
    return _in_place_of(mentions, times)


def _holds_a_word_of_minutes(text: str) -> bool:
    """Whether ``text`` holds, in any case, the letters of a word of minutes that ``_CLOCK_IN_WORDS`` reads
    before "past" or "to" ("twenty-five" holds "five").  Lower-casing is as case-insensitive as the pattern:
    find_numbers has made the letters it would also take for ASCII ones ("ı") ASCII."""
    lower = text.lower()
    return "quarter" in lower or "half" in lower or "five" in lower or "ten" in lower or "twenty" in lower


def _placed_as_a_moment(text: str, found: re.Match) -> bool:
    before = max(0, found.start() - 16)
    return (_MOMENT_WORD_BEFORE.search(text, before, found.start()) is not None
            or _HALF_OF_THE_DAY_AFTER.match(text, found.end()) is not None
            or _SPAN_WORD_BEFORE.search(text, before, found.start()) is not None
            and _SPAN_OF_THE_DAY_AFTER.match(text, found.end()) is not None)


def half_of_the_day_unsaid(text: str, offset: int, m: NumberMention) -> bool:
    """Whether ``m`` is a clock time in words whose words leave its half of the day unsaid ("half past ten",
    not "half past ten at night", "noon" nor "10.30pm"): either 10.30am or 10.30pm.  ``text`` is the sentence
    read from ``offset``; without it, the figure's own words tell."""
    if m.kind != "time" or not 1 <= m.value[0] <= 12 or _HALF_OF_THE_DAY_NAMED.search(m.surface):
        return False  # "half past ten at night" read as 22:30 has its half said, wherever it is read
    if not _CLOCK_IN_WORDS.fullmatch(m.surface):
        return False  # "10:30", "10.30pm"; not "half past 10", whose hour in digits is still a clock in words
    return not text or _HALF_OF_THE_DAY_AFTER.match(text, m.end - offset) is None


_HALF_OF_THE_DAY_NAMED = rx.compile(r"(?i:noon|midday|midnight)")


def _clock_in_words(text: str, found: re.Match) -> tuple[int, int]:
    """(hour, minute) of a time in words found by _CLOCK_IN_WORDS."""
    hour_word = (found["hour"] or found["oclock"]).lower()
    if hour_word in ("noon", "midday", "midnight"):
        hour = 12 if hour_word != "midnight" else 0
    else:
        hour = _HOUR_WORDS.get(hour_word) or int(hour_word)
        small_hours = _AT_NIGHT_AFTER.match(text, found.end()) is not None and _in_the_small_hours(found, hour)
        if small_hours:
            hour %= 12  # "half past twelve at night" is 00:30, "half past two last night" 02:30: after midnight
        elif _LATER_IN_THE_DAY_AFTER.match(text, found.end()) and hour < 12:
            hour += 12  # "twelve in the afternoon" stays noon
    if found["oclock"]:
        return hour, 0
    words = (found["share"] or found["minutes"]).lower().split()
    minutes = _MINUTES_IN_WORDS[re.sub(r"\s+", "-", " ".join(w for w in words if w != "a"))]
    if found["side"] and found["side"].lower() == "to":
        before_one = hour != 1 or hour_word == "midnight" or small_hours  # "a quarter to one at night" is 00:45
        return (hour - 1) % 24 if before_one else 12, 60 - minutes
    return hour, minutes


def _in_the_small_hours(found: re.Match, hour: int) -> bool:
    """Whether a time in words of ``hour`` said with a night ("last night", "tonight") is after midnight: from
    midnight until the night falls (_NIGHT_FALLS), "a quarter to five" (04:45) but not "half past five"."""
    if hour == 12:
        return True
    before = found["side"] is not None and found["side"].lower() == "to"
    return (hour - 1 if before else hour) < _NIGHT_FALLS


# "two or three days", "five or six people": a writer's estimate between two close figures, one range as
# "two to three days" is, not a lone "two" beside "three days".  Figures further apart ("30 or 300") are
# two guesses, not a range.
_EITHER = " or "
_EITHER_MOST_APART = 2


def _with_either_figure_ranges(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if _EITHER not in text:
        return mentions  # most sentences (checked without a search)
    ranges: list[NumberMention] = []
    for low, high in zip(mentions, mentions[1:]):
        if text[low.end - offset:high.start - offset] != _EITHER or not _either_ends(low, high):
            continue
        # " to " is as long as " or ": the phrase read as its range, at the same offsets.
        as_range = text[:low.end - offset] + " to " + text[high.start - offset:]
        read: list[NumberMention] = []
        _scan(as_range, low.start - offset, high.end - offset, offset, read)
        if len(read) == 1 and isinstance(read[0].value, Range) and (read[0].start, read[0].end) == (low.start, high.end):
            ranges.append(replace(read[0], surface=text[low.start - offset:high.end - offset]))
    return _in_place_of(mentions, ranges)


def _either_ends(low: NumberMention, high: NumberMention) -> bool:
    """Whether a bare count and the figure after its "or" may be the two ends of one estimate: written
    alike (both in words or both in digits), the first the smaller, the two close."""
    if (low.kind != "count" or low.unit or low.hedge or isinstance(low.value, Range) or isinstance(high.value, Range)
            or low.surface[:1].isdigit() != high.surface[:1].isdigit()):
        return False
    first, second = _magnitude_of(low.value), _first_amount(high)
    return first is not None and second is not None and 0 < first < second <= first * _EITHER_MOST_APART


def _magnitude_of(value) -> float | None:
    return float(value) if isinstance(value, (int, float, Fraction)) else None


def _first_amount(m: NumberMention) -> float | None:
    """The figure as written at the start of a mention ("three" of "three days"), not in a base unit."""
    found = _FIRST_NUMERAL.match(m.surface) or _LEADING_WORDS.match(m.surface)
    if not found:
        return None
    return float(_number(found.group())[0])


def _plain_count(m: NumberMention) -> bool:
    """A whole number of things, not a range or a measure: "5", "five", "5 participants"."""
    return m.kind == "count" and isinstance(m.value, int)


# "4. Sylhet: 51.9 percent", "2) Register every grower": the item's number in a list says where it
# stands on the page, not how many of anything; two reports of one list may number it differently.
LIST_MARKER = rx.compile(r"\s*([0-9]{1,3})[.)]\s")


def _without_list_marker(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    marker = LIST_MARKER.match(text)
    if marker and mentions and mentions[0].start - offset == marker.start(1) and mentions[0].kind == "count":
        return mentions[1:]
    return mentions


_WHOLE_NUMBER = rx.compile(r"[0-9]+(?![0-9]|[.,/-][0-9])")


def _numbered(text: str, offset: int, out: list[NumberMention], match: re.Match) -> None:
    """"No 10", "world No 1", "No. 12 Elm Street", "#5": a number that names or ranks, not one that
    counts.  A whole one is a rank ("world No 1" disputes "world No 2", and "No 10" never disputes
    "300 protesters"); "No. 25-318", a recall or case number, is no figure at all."""
    whole = _WHOLE_NUMBER.match(text, match.start())
    if whole is None:
        return
    if _names_a_kind_of_one(text, whole.start(), whole.end()):
        out.append(NumberMention(whole.start() + offset, whole.end() + offset, whole.group(), "label",
                                 int(whole.group()), _KIND_NUMBER))
        return
    out.append(NumberMention(whole.start() + offset, whole.end() + offset, whole.group(), "ordinal",
                             int(whole.group()), "No."))


# "play as a No 6", "a natural No 9", "the No 10 shirt": a number that names a kind of player or a shirt,
# neither a rank nor a count: a label (the ledger sets it against the same label's number only), so
# "finished sixth" in the table never agrees with it.  "world No 6", "the No 6 seed" still rank.
_KIND_NUMBER = "no."
_NO = r"(?:No\.?|[Nn]umber)\s+"
_A_BEFORE_NUMBERED = rx.compile(  # the article, and any numbers of its list before ("a No 6 or No 8")
    rf"\b[Aa]n?\s+(?:(?!world\b)[a-z]+\s+)?(?:{_NO}[0-9]+\s*(?:,|/|or\b|and\b)\s*)*{_NO}\Z")
_SHIRT_AFTER = rx.compile(r"\s+(?:shirts?|jerseys?|role|position)\b")


def _names_a_kind_of_one(text: str, start: int, end: int) -> bool:
    """Whether the "No." figure from ``start`` to ``end`` names a kind of player or a shirt (_KIND_NUMBER)."""
    return (_A_BEFORE_NUMBERED.search(text, max(0, start - 60), start) is not None
            or _SHIRT_AFTER.match(text, end) is not None)


def _number_as_numbered(offset: int, out: list[NumberMention], match: re.Match) -> bool:
    """"world number 31", "the number 3 seed", "Number 10", "world number one": "number" written out before a
    lone whole figure is the "No." it abbreviates, a rank or a name, so "world number 31" meets "ranked No. 31".
    Whether it was read so; a figure with more to it is left to the grammar ("that number 20 per cent")."""
    figure = match.group()
    if figure.isdigit():
        value = int(figure)
    elif match.lastgroup == "quantity" and _LEADING_WORDS.fullmatch(figure):
        value = words_to_number(figure)  # "world number one": a lone "one" is no mention of its own
    else:
        return False
    if not isinstance(value, int):
        return False
    if _names_a_kind_of_one(match.string, match.start(), match.end()):
        out.append(NumberMention(match.start() + offset, match.end() + offset, figure, "label", value, _KIND_NUMBER))
        return True
    out.append(NumberMention(match.start() + offset, match.end() + offset, figure, "ordinal", value, "No."))
    return True


# A vehicle or a route in the singular after a figure: "the 73 bus" is the route's name, as "the number 73 bus"
# and "the No. 73 bus" are, where "73 buses" would count them.  Only where the vehicle is what the phrase
# names: before a plural it says which things or people the figure counts ("The 30 train services", "the 50
# bus routes", "The 13 service members", "the 300 service personnel"), while "the 73 bus driver" is still the
# route's.  A word in "s" the route does ("The 7 train leaves at 8am", "the 38 bus stops at Victoria", "runs
# every ten minutes", "serves Stoke Newington") is its verb, told by the little word or the place's name that
# takes the verb's place or time after it.
_ROUTE_AFTER = rx.compile(r"\s+(?:bus|tram|train|trolleybus|coach|route|line|service)(?![\w-])")
# Two routes named together: "the 45 and 46 bus routes", "the 7 or 8 train"; after the first figure,
# and before the second.  Not where the vehicle heads a plural other than its own routes: "the 40 or 50
# bus passengers", "the 40 and 50 line workers" count people.
_ROUTE_PAIR_AFTER = rx.compile(rf"\s+(?:and|or|&)\s+[0-9]+{_ROUTE_AFTER.pattern}")
_ROUTE_PAIR_BEFORE = rx.compile(r"\b[Tt]he\s+[0-9]+\s+(?:and|or|&)\s+\Z")
_WORD_AFTER = rx.compile(r"\s+([A-Za-z]+)")
_NEXT_TOKEN = rx.compile(r"\s+([A-Za-z0-9]+)")
# The grammar words that follow a plural noun as its verb ("the 73 bus drivers were", "drivers being
# questioned"), where other function words after a plural follow a verb of the route ("leaves at").
_AUXILIARIES = frozenset("is was were are be been being has have had will would can could may might must shall "
                         "should do does did".split())


def _names_a_route(text: str, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` names a route: "the 73 bus", "The 7 train", or
    either of "the 45 and 46 bus routes" (two routes named, so no count of them)."""
    if not text[start:end].isdigit():
        return False
    pair = _ROUTE_PAIR_AFTER.match(text, end)
    if pair and text.endswith(("the ", "The "), 0, start):
        return not _counted_after_routes(text, pair.end())
    route = _ROUTE_AFTER.match(text, end)
    if route and _ROUTE_PAIR_BEFORE.search(text, max(0, start - 24), start):
        return not _counted_after_routes(text, route.end())
    if not text.endswith(("the ", "The "), 0, start):
        return False
    return route is not None and not _counted_after(text, route.end())


def _counted_after(text: str, position: int) -> bool:
    """Whether the word after ``position`` is what the figure counts: "services", "routes", "drivers",
    "staff", "personnel"; not the route's verb ("leaves at", "runs every")."""
    found = _WORD_AFTER.match(text, position)
    if found is None:
        return False
    word = found[1].lower()
    if word in _UNMARKED_PEOPLE:
        return True
    return word not in NOT_NOUNS and _plural(word) and not _verb_of_the_route(text, found.end())


# The plurals two routes named together go by: "the 45 and 46 bus routes", "the 7 and 8 train services".
_ROUTES_NAMED = frozenset({"routes", "services", "lines", "buses", "trains", "trams", "coaches"})


def _counted_after_routes(text: str, position: int) -> bool:
    """Whether the word after two routes named together is what their figures count ("the 40 or 50 bus
    passengers"), rather than the routes themselves ("the 45 and 46 bus routes")."""
    found = _WORD_AFTER.match(text, position)
    return found is not None and found[1].lower() not in _ROUTES_NAMED and _counted_after(text, position)


def _verb_of_the_route(text: str, position: int) -> bool:
    """Whether the word after ``position`` follows a verb rather than a plural noun: a preposition, a
    determiner, a figure or a place's name ("leaves at", "stops at Victoria", "runs every", "serves 12
    stops", "serves Stoke Newington", "links Hackney with Oxford Circus")."""
    found = _NEXT_TOKEN.match(text, position)
    if found is None:
        return False
    word = found[1].lower()
    return (word[0].isdigit() or found[1][0].isupper() or word in ("every", "each")
            or word in NOT_NOUNS and word not in _AUXILIARIES)


def _scan(text: str, pos: int, endpos: int, offset: int, out: list[NumberMention]) -> None:
    for match in _MASTER.finditer(text, pos, endpos):
        start, end = match.span()
        if _after_code_hyphen(text, start):
            continue  # "Covid-19", "F-16", "MiG-29": part of a name, not a number
        if text.endswith(("No ", "No. ", "Nos ", "Nos. ", "#"), 0, start) and text[start:start + 1].isdigit():
            _numbered(text, offset, out, match)
            continue
        if ((text.endswith(("number ", "Number "), 0, start) or _names_a_route(text, start, end))
                and _number_as_numbered(offset, out, match)):
            continue
        branch = match.lastgroup
        if branch in ("quantity", "money"):
            parsed = (_quantity if branch == "quantity" else _money)(match, text)
            if parsed is None:
                continue
            if parsed == "no money":  # "the R50 road": the letter names something else
                _scan(text, match.start("m_a1"), end, offset, out)
                continue
            if parsed in ("split", "unconverted"):  # not really one range, or no conversion: read each part
                second = match.start(("q_n2" if branch == "quantity" else "m_second") if parsed == "split"
                                     else "q_conv")
                _scan(text, start, second, offset, out)
                _scan(text, second, end, offset, out)
                continue
            if isinstance(parsed, list):  # "from -5 to 3C": two figures, one scale
                for kind, value, unit, start, end in parsed:
                    _add(text, offset, out, kind, value, unit, start, end)
                continue
            kind, value, unit, start, end = parsed
            conversion = "m_conv" if branch == "money" else "q_conv"  # "5 million euros ($5.4 million)" too
            if kind == "money" and match[conversion] and not isinstance(value, Range):
                _add(text, offset, out, kind, value, unit, start, end,
                     converted=_converted_amount(text, offset, match.start(conversion), match.end(conversion), unit))
                continue
            if kind == "money":
                value, unit, end = _priced_per_unit(text, value, unit, end)
        elif branch == "time" and _FRENCH_HOURS.match(text, start) and _hours_of_a_length(text, start, end):
            continue
        elif branch == "time" and match["clock"] and _price_before_clock(text, start, end):
            kind, value, unit = "count", _norm(exact(match.group())), ""  # "the lira traded at 14.30": a price
        elif branch == "month" and text[end - 1] == "." and _name_at_sentence_end(text, start, end):
            continue  # "a Dutch student, Jan.": the full stop ends the sentence, and no word makes it a month
        else:
            read = _SIMPLE[branch](match.group())
            if read is None:
                continue  # "Directive 2019/41": no season
            kind, value, unit = read
            if kind == "time" and not unit:
                unit, end = _zone_named_after(text, end)
            if kind == "time":
                value = _in_the_half_of_the_day_named(text, start, end, value)
        _add(text, offset, out, kind, value, unit, start, end)


# A clock time in digits with no "am" or "pm" whose words after it name the afternoon, the evening or the night
# ("at 3:05 in the afternoon", "at 9:40 on Tuesday evening", "at 11:20 last night"): the hour of the day after noon.
_LATER_HALF_NAMED_AFTER = rx.compile(
    r"\s+(?i:(?:in\s+the|this|that|on\s+\w+|last|tomorrow|yesterday)\s+(?P<part>afternoon|evening|night)|at\s+(?P<at>night))\b")


def _in_the_half_of_the_day_named(text: str, start: int, end: int, value: tuple[int, int]) -> tuple[int, int]:
    """``value``, a clock time read from digits, in the later half of the day where the words after it say so
    (_LATER_HALF_NAMED_AFTER).  A night's hour before nightfall is the small hours ("2:30 at night" is 02:30)."""
    hour, minute = value
    if not 1 <= hour < 12 or _AM_PM.search(text, start, end):
        return value
    named = _LATER_HALF_NAMED_AFTER.match(text, end)
    if named is None or (named["part"] or named["at"]).lower() == "night" and hour < _NIGHT_FALLS:
        return value
    return hour + 12, minute


def _hours_of_a_length(text: str, start: int, end: int) -> bool:
    """Whether the French hours from ``start`` to ``end`` ("11h40", "16h") tell a length (see _FRENCH_HOURS)."""
    window = max(0, start - 40)
    return (_LENGTH_WORD_BEFORE.search(text, window, start) is not None
            or _WHAT_LASTED_AFTER.match(text, end) is not None
            or _A_BEFORE.search(text, window, start) is not None and _noun_follows(text, end))


def _noun_follows(text: str, end: int) -> bool:
    word = _WORD_AFTER.match(text, end)
    return word is not None and word[1].islower() and word[1] not in NOT_NOUNS


# A time zone named in words after a clock time: "3.52pm Irish time", "9am Eastern time", "2am local
# time", "8pm Central European Summer Time".  Its name is the time's unit, as "GMT" is; the ledger
# resolves the names it knows and never sets a time in a zone it cannot resolve against one in another
# zone.  A named zone joins the time's surface ("3.52pm Irish time"); "local time" does not, as it adds
# nothing a reader needs.
_ZONE_NAME_AFTER = rx.compile(
    r"\s+(?:(?P<local>local)|[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+){0,2})\s+[Tt]ime(?![\w-])")


def _zone_named_after(text: str, end: int) -> tuple[str, int]:
    """(zone, end) for a clock time ending at ``end``: ("", end) when no zone is named after it."""
    if not text.startswith(" ", end) or "ime" not in text[end:end + 40]:
        return "", end  # most times (checked without a regex search)
    zone = _ZONE_NAME_AFTER.match(text, end)
    if zone is None:
        return "", end
    name = " ".join(zone.group().split())
    return (name, end) if zone["local"] else (name, zone.end())


# A price of a measure: "about $40 per MWh", "4 cents a kilowatt-hour", "$1,900 an ounce", "£120/tonne".  The
# measure goes with the amount, so that two prices per different units never meet as two sums ("$40" / "4
# cents"): the amount is set per the base unit of its kind ("USD/kWh": "$40 per MWh" is 4 cents a kWh, and
# agrees with "4 cents a kilowatt-hour"), and a price of one kind meets no price of another ("$80 a barrel"
# stays a sum, as a barrel is no measure here; "$3.50 a gallon" is a price of a gallon, which meets no price of
# a litre: see numwords.PRICED_ONLY_MEASURES).
_PRICED_KINDS = frozenset({"length", "area", "volume", "weight", "power", "energy", "data"})
_PRICED_MEASURES = ({word: measure for word, measure in MEASURES.items() if measure[0] in _PRICED_KINDS}
                    | PRICED_ONLY_MEASURES)
_BASE_UNITS = {kind: canonical for kind, factor, canonical in _PRICED_MEASURES.values() if factor == 1}
# A litre is a bare "l" or "L" only after a slash, as a pump price writes it ("R0.91/l", "132c/L"): alone the letter
# names too much else (see numwords.MEASURES).
_LITRE_LETTERS = {"l": _PRICED_MEASURES["litre"], "L": _PRICED_MEASURES["litre"]}
_PER_UNIT_AFTER = rx.compile(r"(?:\s?/\s?(?P<letter>[lL])(?![\w²³-])|(?:\s?/\s?|\s+per\s+|\s+an?\s+)(?P<unit>"
                             + _alt(_PRICED_MEASURES) + r")(?![\w²³-]))")


def _priced_measure(per: re.Match) -> tuple:
    """(kind, factor, canonical) of the measure a price is per, as ``_PER_UNIT_AFTER`` found it."""
    return _LITRE_LETTERS[per["letter"]] if per["letter"] else _PRICED_MEASURES[" ".join(per["unit"].split())]


def _priced_per_unit(text: str, value, currency: str, end: int) -> tuple[object, str, int]:
    """(value, unit, end) of an amount of ``currency`` ending at ``end``: per the base unit of the measure
    written after it ("$40 per MWh": Money("USD", 0.04), "USD/kWh", past "MWh"), else as it was."""
    per = _PER_UNIT_AFTER.match(text, end)
    if per is None:
        return value, currency, end
    kind, factor, _ = _priced_measure(per)

    def per_base(money: Money) -> Money:
        return Money(money.currency, _norm(Fraction(money.amount) / factor))

    priced = Range(per_base(value.low), per_base(value.high)) if isinstance(value, Range) else per_base(value)
    return priced, f"{currency}/{_BASE_UNITS[kind]}", per.end()


def price_as_written(m: NumberMention) -> NumberMention:
    """A price of a measure as the amount written, with no measure ("$1,900 an ounce": $1,900), for a
    report that leaves the measure off ("gold hit $1,950"); any other figure as it is."""
    per = _PER_UNIT_AFTER.search(m.surface) if m.kind == "money" and "/" in m.unit else None
    if per is None:
        return m
    _, factor, _ = _priced_measure(per)

    def as_written(money: Money) -> Money:
        # Back from the base unit, to the cent the amount was written to: a float carries the division.
        return Money(money.currency, _norm(Fraction(str(round(float(Fraction(money.amount) * factor), 6)))))

    value = Range(as_written(m.value.low), as_written(m.value.high)) if isinstance(m.value, Range) else as_written(m.value)
    return replace(m, value=value, unit=m.unit.split("/", 1)[0])


# The amount inside a bracketed conversion: "($5.4m)", "[about US$108 million]".
_CONVERTED_MONEY = rx.compile(rf"(?P<c>{_CURRENCY})(?P<a>{_AMOUNT_DIGITS}{_SCALE_AFTER_CURRENCY}?)")


# A line's voltage in letters, "275kV", "400 kV", counts what "275-kilovolt" and "275 kilovolts" count: kilovolts
# (no measure the ledger converts, so a count with its noun, as those are read).
_KILOVOLTS = rx.compile(r"(?<![\w.,])(?P<a>[0-9]{1,4}(?:\.[0-9]+)?)[\s-]?kV(?![\w])")


def _with_kilovolts(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each voltage in kV read as a count of kilovolts."""
    if "kV" not in text:
        return mentions  # most sentences
    volts: list[NumberMention] = []
    for found in _KILOVOLTS.finditer(text):
        if not _inside_a_figure_read(mentions, offset, found.start(), found.end()):
            _add(text, offset, volts, "count", _norm(Fraction(found["a"])), "kilovolt", found.start(), found.end())
    return _in_place_of(mentions, volts) if volts else mentions


# Cents written "c" after the digits, in a price of a measure: "132c/l", "78c a litre", "9.5c per kWh".  Only
# before the measure: alone "50c" may be a temperature or a grade.  Cents, like "cents" in words, are hundredths
# of the dollar until the sentence names another currency (see _with_cents_in_the_sentences_currency).
_CENTS_PER_UNIT = rx.compile(r"(?<![\w.,$€£])(?P<a>[0-9]+(?:\.[0-9]+)?)c(?=\s?/|\s+(?:a|an|per)\s)")


def _with_cents_per_unit(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each price in cents written "c" of a measure read ("132c/l": 1.32 dollars a litre)."""
    if "c/" not in text and "c a" not in text and "c per" not in text:
        return mentions  # most sentences (checked without a regex search)
    prices: list[NumberMention] = []
    for found in _CENTS_PER_UNIT.finditer(text):
        if _inside_a_figure_read(mentions, offset, found.start(), found.end()):
            continue
        currency, factor = CURRENCY_WORDS["cents"]
        value, unit, end = _priced_per_unit(text, Money(currency, _norm(Fraction(found["a"]) * factor)),
                                            currency, found.end())
        if end > found.end():
            _add(text, offset, prices, "money", value, unit, found.start(), end)
    return _in_place_of(mentions, prices) if prices else mentions


# Cents are hundredths of more currencies than the dollar: the rand's, the euro's.  Read from a sentence that
# names one other currency with cents ("Paraffin goes up by 91 cents a litre, and LP gas by R2.07 per kg"),
# they are that currency's, so that "91 cents a litre" agrees with "R0.91/l" and does not meet it as dollars.
_CURRENCIES_WITH_CENTS = DOLLAR_CURRENCIES | {"EUR", "ZAR", "NAD", "KES", "UGX", "TZS"}
_CENTS = rx.compile(r"(?i:[0-9]\s?c(?:ents?)?)(?![A-Za-z])")


def _cents(m: NumberMention) -> bool:
    return m.kind == "money" and m.unit.split("/")[0] == "USD" and _CENTS.search(m.surface) is not None


def _with_cents_in_the_sentences_currency(text: str, offset: int,
                                          mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each amount in cents in the one other currency with cents the sentence names, if any."""
    if "c" not in text or not any(_cents(m) for m in mentions):
        return mentions  # most sentences
    others = {m.unit.split("/")[0] for m in mentions if m.kind == "money" and not _cents(m)}
    if len(others) != 1 or not others <= _CURRENCIES_WITH_CENTS or others == {"USD"}:
        return mentions
    (currency,) = others
    return [_in_the_currency(m, currency) if _cents(m) else m for m in mentions]


def _in_the_currency(m: NumberMention, currency: str) -> NumberMention:
    def moved(money: Money) -> Money:
        return Money(currency, money.amount)

    value = Range(moved(m.value.low), moved(m.value.high)) if isinstance(m.value, Range) else moved(m.value)
    return replace(m, value=value, unit=currency + m.unit[len("USD"):])


def _converted_amount(text: str, offset: int, start: int, end: int, currency: str) -> NumberMention | None:
    """The conversion of an amount into another currency, as a mention: "€5m ($5.4m)" -> "$5.4m"."""
    found = _CONVERTED_MONEY.search(text, start, end)
    if found is None or CURRENCY_PREFIXES[found["c"].strip()] == currency:
        return None
    amount, _ = _number(found["a"])
    other = CURRENCY_PREFIXES[found["c"].strip()]
    hedge = _hedge_before(text, found.start(), "money")  # "(about $44 million)"
    return NumberMention(found.start() + offset, found.end() + offset, found.group(), "money",
                         Money(other, _norm(amount)), other, hedge)


def _add(text: str, offset: int, out: list[NumberMention], kind: str, value, unit: str, start: int, end: int,
         *, converted: NumberMention | None = None) -> None:
    """Append the mention of one figure read at ``text[start:end]``, with its noun, hedge and role."""
    if kind == "ordinal" and _ORDINAL_IDIOM.match(text, end):
        return  # "third-party", "first-hand": no rank of anything
    if kind == "ordinal" and _PER_BEFORE.search(text, max(0, start - 5), start):
        return  # "300 cubic metres per second": the unit of a rate, no rank of anything
    if kind == "count" and _AGE_GROUP_BEFORE.search(text, max(0, start - 6), start):
        return  # "the under-21 coach", "England's under-19 team": an age group's name, no count
    if kind == "count" and "." in text[start:end] and _names_a_service(text, start, end):
        clock = _DOTTED_CLOCK_TIME.fullmatch(text, start, end)
        if clock:  # "the 8.15 from Paddington": a train named by the time it leaves, not 8.15 of anything
            kind, value = "time", (int(clock[1]), int(clock[2]))
    if kind == "count" and text[end:end + 1] in _PRIMES and _match_minute(text, start, end, value):
        kind, unit, end = "ordinal", "minute", end + 1  # "58' RED CARD!": the 58th minute, as a live blog marks it
    if kind == "duration" and unit == "minute" and _on_minutes(text, start, end):
        kind, value = "ordinal", _minute_on_the_clock(text, start)  # "scored on 76 minutes": the 76th minute
    if kind == "ordinal" and _ranks_a_title(text, start, end):
        return  # "First Officer Lucia Benitez", "the First Minister": a rank's name, no order of anything
    if kind == "ordinal" and (_opens_a_name(text, start, end) or _FIXED_PHRASE_AFTER_FIRST.match(text, end)
                              or _first_of_when(text, start, end)):
        return  # "First Lutheran Church", "first responders", "Kessler first saw": no order of anything
    others = kind == "count" and not unit and _counts_others(text, start, end)
    if kind == "count" and not unit and not others and (numbered := _numbered_by(text, start, end)):
        # "bus routes 31 and 32", "from platform 4": which of them, as "Route 31" says; no count of anything
        kind, unit, start = "label", *numbered
    if kind in ("count", "ordinal") and not unit:
        # A name right before a count ("Highway 49") stops the walk past modifiers and may make it a label.
        name = (_name_before_figure(text, start) or _part_of_a_text_before(text, start)) if kind == "count" else None
        unit = (kind == "count" and (_measure_before(text, start) or _head_past_modifiers(text, end, name)
                                     or _gathering_before(text, start))
                or _noun_after(text, end))
        if unit in _TALLY_NOUNS and _SCORE_BEFORE.search(text, max(0, start - 4), start):
            unit = ""  # "a 3-1 win": the score's second figure counts no wins (nor "victory" apart from "win")
        opening = kind == "count" and not name and _name_opening_a_headline(text, start, end)
        if opening:
            # "Tern 9 launches Kestrel weather satellite": the rocket's name, as "on Tern 9 rocket" is
            kind, unit, start = "label", opening[1].lower(), opening.start(1)
        elif name and name[1].istitle() and name[1].lower() in DIVISION_NAMES and not isinstance(value, Range):
            # "sixth in Ligue 1 last season", "the Formula 1 champion": the division's name, whatever follows
            kind, unit, start = "label", name[1].lower(), name.start(1)
        elif (name and not _SCORE_AFTER.match(text, end)
                and name[1] not in WEEKDAYS and name[1] not in MONTHS and name[1].lower() not in _RATING_SCALES
                and not _read_already(out, offset, name.start(1))
                and (_counts_no_noun(unit) and not isinstance(value, Range) and _names_one(text, name[1], end)
                     or _names_a_model(text, name, end, value, unit))):
            # "crosses Highway 49", "Flight 370", "Windows 10", "the Vento 300 hatchback", "the ATR 72-600":
            # the figure names one of what the name says, and counts nothing; the name goes with it, so it
            # meets only the same name's number.
            if isinstance(value, Range):
                value = _model_number(text[start:end])
            kind, unit, start = "label", name[1].lower(), name.start(1)
    if kind == "year" and isinstance(value, int) and (named := _name_before_year(text, start)):
        # "results of Census 2022", "at Euro 2024": the year names the census or the tournament, and dates no
        # other event the sentence tells ("published from April 2023"); it meets only the same name's year
        kind, unit, start = "label", named[1].lower(), named.start(1)
    if kind == "ordinal" and unit in _MINUTE_ABBREVIATIONS:
        unit = "minute"  # "in the 67th min" is the 67th minute
    if kind == "count" and unit in _THRESHOLD_NOUNS and _word_after(text, end) == unit:  # not "71 marks"
        unit = ""  # "passed the 5m mark": a level, of what the sentence counts, as "passed five million" is
    if kind == "count" and unit in _PRESSURE_NOUNS:
        unit = _PRESSURE_NOUNS[unit]  # "958 hPa", "958 millibars", "985 hectopascals": one measure
    elif (kind == "count" and unit in _SPANS_OF_TIME and isinstance(value, (int, float, Fraction))
          and _span_after_a_modifier(text, end, unit)):
        end = _span_after_a_modifier(text, end, unit)  # "14,300 flight hours": hours, as "13,400 hours" are
        kind, factor, unit = _unit(text[end - len(unit) - 1:end] if text[end - 1] == "s" else unit)
        value = _item_maker(kind, unit)(value * factor)
        kind = kind.split(":")[0]
    if kind == "count" and _of_a_magnitude(text, end, unit):
        kind, unit = MAGNITUDE, MAGNITUDE  # "magnitude 6.8", "6.8 on the Richter scale": no count of anything
    if kind in _SIGNED and text[start - 1:start] == "+" and _PLUS_BEFORE.search(text, max(0, start - 4), start):
        start -= 1  # "+4%": the sign is part of what the writer gave
    hedge = ((_hedge_before(text, start, kind) or _hedge_after(text, end))
             if kind in _BOUNDABLE and not isinstance(value, Range)
             else _time_hedge_before(text, start) if kind == "time" else "")
    if hedge == "as long as" and _as_long_as_no_bound(text, start, end):
        hedge = ""
    if not hedge and kind in _BOUNDABLE and not isinstance(value, Range):
        hedge = _threshold_passed(text, start, end, kind, unit)
    if others and _fate_of_others_apart(text, start, end):
        others = False  # "Eleven workers were killed and 53 others injured": the 53 are all the injured (their role)
    role = (OTHERS if others and kind == "count"  # "the pilot and three other people were killed": a part, whatever befell it
            else (RATING if _rates(text, start, end) else _role(text, start, end)) if kind == "count"
            else _statement_date(text, start, end, kind) or _date_event(text, start) if kind in _DATED
            else _statement_date(text, start, end, kind) if kind == "weekday"
            else _time_role(text, start, end) if kind == "time"
            else OWN_FIRST if kind == "ordinal" and _own_first(text, start, end) else "")
    if hedge in _THRESHOLD_VERBS:
        role = ""  # "passed five million": the verb bounds the figure, as "more than" does, and befalls nothing
    direction = ("" if isinstance(value, Range) else _direction(text, start, end) if _moves(kind, unit)
                 else _change_by(text, start) if kind == "count" else "")
    if direction == "up" and text[start] != "+" and _added(text, start, end):
        direction = ADDED  # "a further £5m": an amount, which the ledger reads as a rise
    out.append(NumberMention(start + offset, end + offset, text[start:end], kind, value, unit, hedge, role,
                             direction, converted))


# A figure on a scale of levels ranks what it rates and counts nothing: "rated 4", "level 4", "a level-4
# warning", "a Category 4 hurricane", "upgraded to Category 4", "grade 2", "phase 3 trials", "a 7 on a scale of
# 10", and the scale's own size ("on a scale of 10", "the five-level European scale").  Its role says so, and
# the ledger sets it against another rating only: "rated 4" never agrees with "four of the injured".
RATING = "rating"
_RATING_SCALES = frozenset({"level", "levels", "category", "categories", "grade", "grades", "stage", "stages",
                            "tier", "tiers", "phase", "phases"})
# Words before the figure that rate ("rated a 7", "graded 3", "a rating of 4") or give a scale's size ("on a
# scale of 10", "a scale from 1 to 5").
_RATING_BEFORE = rx.compile(
    r"(?i:\b(?:rated|graded|rating\s+of|scale\s+(?:of|from))(?:\s+(?:at|as))?(?:\s+an?)?\s+)\Z")
# A scale's word pointed to is the moment or the place, and the figure after it counts: "At this stage 12
# people had died", "at every level 300 staff".
_SCALE_POINTED_TO = rx.compile(r"(?i:\b(?:this|that|these|those|each|every|which|what|any|some|no|another)"
                               r"\s+[a-z]+[\s-]\Z)")
# After the figure: the scale it stands on ("4 on the five-level European scale") or it names the steps of
# ("the five-level scale", "a 10-point scale").
_RATING_AFTER = rx.compile(
    r"(?i:\s+on\s+(?:an?|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?scale\b"
    r"|-(?:level|point|step|tier|grade|band)\s+(?:[a-z]+\s+){0,2}?scale\b)")
_RATING_REACH = 60


def _rates(text: str, start: int, end: int) -> bool:
    """Whether the count from ``start`` to ``end`` is a rating on a scale (see RATING)."""
    before = text[max(0, start - 24):start]
    # (string methods, not a regex search: every count is looked at)
    if before[-1:] in (" ", "-") and before[:-1].rpartition(" ")[2].lower() in _RATING_SCALES:
        # "level 4", "a level-4 warning", "Category 4"; not "At this stage 12 people had died"
        return _SCALE_POINTED_TO.search(before) is None
    if (("rat" in before or "grad" in before or "scale" in before or "Rat" in before or "Grad" in before)
            and _RATING_BEFORE.search(before)):
        return True
    return (text.startswith((" on ", "-"), end) and "scale" in text[end:end + _RATING_REACH]
            and _RATING_AFTER.match(text, end) is not None)


# A clock time that names a train, a bus, a ferry or a flight by when it leaves ("The 07:05 service from
# Ardmore derailed at 7.48am", "the 8.15 from Paddington", "her 6am flight") is no time of what the report
# tells; its role says so, and the ledger sets it against another such name only.  After a word that
# points to the one meant ("the", "a", "his"), and before what runs, or where it runs from or to.
SERVICE_TIME = "service"
_SERVICE_NAMED_BEFORE = rx.compile(r"(?i:\b(?:the|an?|his|her|their|its|our|my|your|this|that)\s+)\Z")
_SERVICE_AFTER = rx.compile(
    r"\s+(?:(?:[A-Z][\w&'’-]*\s+){0,3}(?:(?:train|rail|bus|coach|ferry|air)\s+)?"
    r"(?:services?|trains?|flights?|sailings?|departures?|express|bus|coach|ferry|shuttle|boat|sleeper|crossing)\b"
    r"|(?:from|to)\s+[A-Z])")
_DOTTED_CLOCK_TIME = rx.compile(r"([01]?[0-9]|2[0-3])\.([0-5][0-9])")


# The time a train, a bus, a flight or a ship left, which a service's name gives too: "The train, which left
# Ardmore at 07:15", "departed from the station at about 8am", "The ferry was due to leave at 6.30".  It meets
# the service's name ("the 07:05 service from Ardmore") as well as a time said plainly.  "Leave" is a
# departure only where a vehicle leaves, or where what is left is a place services leave from ("left Ardmore",
# "left the station", "pulled out of the gate"); not "Firefighters left the scene at 11:30", "The crash left
# dozens hurt at 07:48", "the last passengers left the carriages at 09:30", nor people leaving a place
# ("Rescuers left Ardmore at 11:30", "Transport Secretary Louise Haigh left the station", "Rescue teams left
# the station"): the one leaving must be a vehicle (see _vehicle_leaves).
DEPARTURE_TIME = "departure"
_VEHICLE = (r"(?:trains?|services?|bus|buses|coach(?:es)?|flights?|planes?|aircraft|jets?|airliners?|ferry|ferries"
            r"|ships?|vessels?|boats?|trams?|liners?|express|shuttles?|sleepers?|sailings?)")
_STOP = (r"(?:stations?|port|airport|terminal|terminus|harbou?r|docks?|pier|quay|platforms?|depot|gates?|berth"
         r"|marina)")
_LEAVE = r"(?:left|leaves?|leaving|set\s+off|setting\s+off)"
_DEPART = r"(?:depart(?:ed|s|ing)?|pull(?:ed|s|ing)?\s+out)"
_PLACE_LEFT = (rf"(?:(?:from|out\s+of|of)\s+)?(?:the\s+)?"
               rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}(?:\s+{_STOP})?|(?:[a-z]+\s+)?{_STOP})")
# Words between a vehicle and its leaving: "The vessel had left", "the ferry was due to leave", "finally set off".
_ON_THE_WAY_WORDS = ("had", "has", "have", "was", "were", "is", "are", "will", "would", "been", "due", "scheduled",
                     "expected", "set", "supposed", "to", "finally")
_ON_THE_WAY = rf"(?:\s+(?:{'|'.join(_ON_THE_WAY_WORDS)}))*"
_DEPARTURE_BEFORE = rx.compile(
    rf"(?:(?P<verb>\b{_LEAVE}\s+{_PLACE_LEFT}|\b{_DEPART}(?:\s+[\w'’-]+){{0,3}}?)"
    rf"|(?i:\b{_VEHICLE})(?:,?\s+(?:which|that))?{_ON_THE_WAY}\s+{_LEAVE}(?:\s+(?:on\s+time|late|early))?)"
    r"\s+at\s+(?:(?:about|around|approximately|roughly|just|shortly|after|before)\s+){0,2}\Z")
_VEHICLE_WORD = rx.compile(rf"(?i:{_VEHICLE})")
# What stands between the one leaving and the verb: "The vessel had left", "the ferry finally set off".
_BETWEEN_SUBJECT_AND_VERB = frozenset(_ON_THE_WAY_WORDS) | {
    "then", "already", "just", "eventually", "later", "only", "also"}
# Words for a thing, never a person: "The train, which left Ardmore", "after it left the station".
_THING_PRONOUNS = frozenset({"it", "which"})
# Words that hand the verb the subject of the clause before it: "The ferry turned back and left the port".
_SHARED_SUBJECT = frozenset({"and", "then"})
_CLAUSE_END = rx.compile(r"[.!?;:]\s")
_CLAUSE_WORD = rx.compile(r"[\w'’-]+")
_OF_THE_SUBJECT = frozenset({"from", "of", "to", "for", "with", "in", "at"})
_ARTICLES = frozenset({"the", "a", "an"})
_SUBJECT_REACH = 120


# When something started or finished: "who started at 7:20 a.m.", "the runners set off at 8am", "The
# hearing began shortly after 10am", "crossed the line at 9:41 a.m.", "The curfew ended at 6am".  A start
# and a finish are two moments of one event, and a report that gives the one gives no rival of the other:
# the ledger sets a time of either role against a time of the same role only.  A few words may stand
# between the verb and the time ("started the race at 7:20"), but no second clause ("finished and went
# home at 9pm").  So are the start and the end of a mishap, each told by a verb of its own: "ran aground at
# 02:15" and "was refloated at 9.30pm", "escaped at 7.40am" and "was recaptured at 10am", "The fire broke out
# at 2am" and "was extinguished at 5am".
START_TIME = "start"
FINISH_TIME = "finish"
_STARTED = (r"start(?:s|ed|ing)?|set(?:s|ting)?\s+off|beg(?:an|un|ins?|inning)|kick(?:s|ed|ing)?\s+off"
            r"|(?:got|gets|getting|get)\s+(?:under\s*way|going)"
            r"|(?:r[au]n|runs|running|w(?:ent|ents|oing))\s+aground|went\s+missing|escap(?:e[sd]|ing)"
            r"|br(?:oke|eaks?|eaking)\s+out")
_FINISHED = (r"finish(?:es|ed|ing)?|cross(?:e[sd]|ing)\s+the\s+(?:finish(?:ing)?\s+)?line"
             r"|end(?:s|ed|ing)?|(?:was|were|is|are|been)\s+completed|complet(?:es|ed|ing)"
             r"|refloat(?:s|ed|ing)?|reopen(?:s|ed|ing)?|recaptur(?:e[sd]|ing)|extinguish(?:e[sd]|ing)"
             r"|brought\s+under\s+control")
_NOT_IN_ONE_CLAUSE = r"(?!(?:and|or|but|then|when|while|before|after|until|which|who|as)\b)"
_START_OR_FINISH_BEFORE = rx.compile(
    rf"(?i:\b(?:(?P<start>{_STARTED})|(?P<finish>{_FINISHED}))(?:\s+{_NOT_IN_ONE_CLAUSE}[\w'’-]+){{0,3}}?"
    r"\s+(?:at|(?:shortly|just|soon)\s+(?:after|before)|around|about)"
    r"(?:\s+(?:about|around|approximately|roughly|just|shortly|after|before))*\s+)\Z")


def _time_role(text: str, start: int, end: int) -> str:
    """The role of the clock time from ``start`` to ``end``: SERVICE_TIME where it names a service,
    DEPARTURE_TIME where it is when a vehicle left, START_TIME or FINISH_TIME where it is when something
    started or finished, else ""."""
    if _names_a_service(text, start, end):
        return SERVICE_TIME
    window = max(0, start - 80)
    found = _DEPARTURE_BEFORE.search(text, window, start)
    if found and _vehicle_leaves(text, found.start("verb")):
        return DEPARTURE_TIME
    moment = _START_OR_FINISH_BEFORE.search(text, window, start)
    return "" if moment is None else START_TIME if moment["start"] else FINISH_TIME


def _vehicle_leaves(text: str, verb: int) -> bool:
    """Whether the one leaving at the verb at ``verb`` is a vehicle: a word for one ("The train left the
    station", "The vessel had left Santo Reyes", "The ferry, carrying 312 passengers, left", "The 07:05
    service from Ardmore left"), a word for a thing that points back to one ("The train, which left
    Ardmore", "after it left"), or the subject of a clause before it ("The ferry turned back and left the
    port").  Not people, named or not ("Rescuers", "Louise Haigh", "Mr Haigh", "Rescue teams", "a convoy
    of officials"): a name tells no vehicle from a person ("The Eurostar", "The Transport Secretary"), nor
    does a verb with no such word before it.  True where no verb was read: the vehicle was (see
    _DEPARTURE_BEFORE)."""
    if verb < 0:
        return True
    words = _words_before_the_verb(text, verb)
    if not words:
        return False
    subject = words[-1]
    if _VEHICLE_WORD.fullmatch(subject[0]) or subject[0].lower() in _THING_PRONOUNS:
        return True
    return subject[0].lower() in _SHARED_SUBJECT and any(_VEHICLE_WORD.fullmatch(word[0]) for word in words)


def _words_before_the_verb(text: str, verb: int) -> list[re.Match]:
    """The words of the clause before the verb at ``verb`` up to its subject: past an aside between commas
    ("The ferry, carrying 312 passengers and crew, left": "The ferry"), the words between a subject and its
    verb ("had", "finally") and what the subject is from or of ("service from Ardmore", "convoy of
    officials")."""
    window = max(0, verb - _SUBJECT_REACH)
    clause_ends = [found.end() for found in _CLAUSE_END.finditer(text, window, verb)]
    clause = clause_ends[-1] if clause_ends else window
    before = text[clause:verb].rstrip()
    if before.endswith(","):
        before = before[:before.rfind(",", 0, len(before) - 1) + 1] if "," in before[:-1] else ""
    words = list(_CLAUSE_WORD.finditer(text, clause, clause + len(before)))
    while words and (words[-1][0].lower() in _BETWEEN_SUBJECT_AND_VERB
                     or words[-1][0].islower() and words[-1][0].endswith("ly")):
        words.pop()
    while len(words) > 2 and (words[-2][0].lower() in _OF_THE_SUBJECT
                              or len(words) > 3 and words[-2][0].lower() in _ARTICLES
                              and words[-3][0].lower() in _OF_THE_SUBJECT):
        del words[-2 if words[-2][0].lower() in _OF_THE_SUBJECT else -3:]
    return words


def _names_a_service(text: str, start: int, end: int) -> bool:
    """Whether the clock time from ``start`` to ``end`` names a service (see SERVICE_TIME)."""
    return (_SERVICE_AFTER.match(text, end) is not None
            and _SERVICE_NAMED_BEFORE.search(text, max(0, start - 8), start) is not None)


# A live blog's post starts with the minute of play: "58' RED CARD!", "(104') GOAL", "90' - Full time".
# Only at the start of a post, and before no lower-case word: "a 6' fence" and "6' tall" are feet.
_PRIMES = ("'", "’")
_MOST_MINUTES = 130  # extra time, stoppages and all
_MINUTE_OPENING = rx.compile(r"\s*\(?\Z")
_AFTER_MINUTE = rx.compile(r"\)?(?:\Z|[\s:,.;!–—-]+(?:\Z|[^a-z0-9\s]))")


def _match_minute(text: str, start: int, end: int, value) -> bool:
    """Whether the figure from ``start`` to ``end``, a prime after it, is a minute of a match."""
    return (isinstance(value, int) and 1 <= value <= _MOST_MINUTES and start <= 2
            and _MINUTE_OPENING.match(text, 0, start) is not None and _AFTER_MINUTE.match(text, end + 1) is not None)


# "on 76 minutes": the minute of a match a goal came in, as "in the 76th minute" and "a 76th-minute goal" give
# it, not a length of time ("after 90 minutes of talks" stays one).
_ON_MINUTES_BEFORE = rx.compile(r"(?<![\w-])[Oo]n\s+\Z")
_OF_AFTER = rx.compile(r"\s+of\b")
_MINUTE_ABBREVIATIONS = frozenset({"min", "mins"})


def _on_minutes(text: str, start: int, end: int) -> bool:
    """Whether the minutes from ``start`` to ``end`` name the minute of a match: "on 76 minutes"."""
    if _ON_MINUTES_BEFORE.search(text, max(0, start - 4), start) is None or _OF_AFTER.match(text, end):
        return False
    minute = _minute_on_the_clock(text, start)
    return isinstance(minute, int) and 1 <= minute <= _MOST_MINUTES


def _minute_on_the_clock(text: str, start: int) -> int | Fraction:
    """The number of minutes written from ``start``: "76" of "76 minutes", 76 of "seventy-six minutes"."""
    digits = _FIRST_NUMERAL.match(text, start)
    if digits is not None:
        return _number(digits.group())[0]
    return words_to_number(_LEADING_WORDS.match(text, start).group())


def _read_already(out: list[NumberMention], offset: int, start: int) -> bool:
    """Whether the text from ``start`` is part of the figure read last ("2022 GMT 1": "GMT" is the time's
    zone, no name for the 1)."""
    return bool(out) and out[-1].end - offset > start


# The readings of one pressure: a hectopascal is a millibar.
_PRESSURE_NOUNS = {"hpa": "hectopascal", "hectopascal": "hectopascal", "millibar": "hectopascal",
                   "mbar": "hectopascal"}
# Spans of time a noun may modify: "14,300 flight hours", "12 school days", "400 man hours".
_SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month"})
_MODIFIED_SPAN_AFTER = rx.compile(
    r"[^\S\n]+(?!light\b|of\b)(?P<modifier>[a-z]+(?:-[a-z]+)?)[^\S\n]+(?P<span>minutes|hours|days|weeks|months)\b")
# A figure in words is no modifier of the span after it, but a figure of its own: "1 first days" holds an ordinal.
_FIGURE_WORDS = frozenset({*ORDINALS, *ONES, *TEENS, *TENS, *SCALES})


def _span_after_a_modifier(text: str, end: int, unit: str) -> int:
    """Where the span of time after one modifying word ends ("14,300 flight hours"), or 0 when the
    figure's noun is no span of time so modified ("3 light years" is a length)."""
    found = _MODIFIED_SPAN_AFTER.match(text, end)
    return (found.end() if found and found["span"][:-1] == unit and found["modifier"] not in _FIGURE_WORDS
            else 0)


# The ranks and offices an ordinal word opens as part of a title: "First Officer", "First Minister",
# "Second Lieutenant", "First Lady".  A title is written in capitals; in lower case only "first" opens one
# ("the first lady", "the first officer, Lucia Benitez", "the former first minister"), where a name of its
# holder follows or a word that only a title takes stands before it.  Else the ordinal puts someone in a
# sequence: "the third minister forced out", "the second officer killed on duty", "the first officer to
# arrive".
_RANKS = frozenset({"officer", "minister", "lieutenant", "lady", "mate", "secretary", "sergeant", "deputy",
                    "sea", "gentleman", "baron", "earl"})
_RANK_AFTER = rx.compile(r"\s+([A-Za-z]+)(?!\s+(?:to|of|who)\b)")
# The name of the rank's holder after it: "first officer Lucia Benitez", "the first officer, Lucia Benitez,".
_HOLDER_AFTER = rx.compile(r",?\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+\b")
# A word before a title, not before a place in a sequence: "the former first lady", "Scotland's first minister".
_TITLE_BEFORE = rx.compile(r"(?:\b(?:former|then|late|acting|future|outgoing|incoming)|[A-Z][a-z]+['’]s?)\s+\Z")
# The office a lower-case "first" always titles: a sequence of women in news copy says "woman", not "lady".
_TITLE_WITH_FIRST = frozenset({"lady"})


def _ranks_a_title(text: str, start: int, end: int) -> bool:
    """Whether the ordinal word ending at ``end`` opens a rank or an office: "First Officer Benitez"."""
    found = _RANK_AFTER.match(text, end)
    if not found or found[1].lower() not in _RANKS or not text[start:end].isalpha():
        return False
    if text[start].isupper() and found[1][0].isupper():
        return True  # "First Officer", "Scotland's First Minister"
    return text[start:end].lower() == "first" and (
        found[1] in _TITLE_WITH_FIRST or _HOLDER_AFTER.match(text, found.end()) is not None
        or _TITLE_BEFORE.search(text, max(0, start - 24), start) is not None)


# A part of a text numbered in lower case, as a name is: "chapter 11 bankruptcy", "article 50 of the treaty".
_PART_OF_A_TEXT_BEFORE = rx.compile(r"\b([Cc]hapter|[Aa]rticle|[Ss]ection|[Cc]lause)\s\Z")


def _part_of_a_text_before(text: str, start: int) -> re.Match | None:
    return _PART_OF_A_TEXT_BEFORE.search(text, max(0, start - 12), start)


def _names_a_model(text: str, name: re.Match, end: int, value, unit: str) -> bool:
    """Whether a figure after a capitalised name is the name's model or type: two figures glued by a
    hyphen ("the ATR 72-600 was", "a Boeing 737-800 jet"), or a figure with a singular noun right after
    it that a count of more than one would put in the plural ("the Vento 300 hatchback", "an iPhone 15
    handset").  Not before a plural ("told Reuters 10-12 officers", "Smith 300 cars", "40 sheep") nor a
    noun by which a count sizes another ("his England 26 man squad"), nor a tally's second figure ("the
    Senate 52 to 48"), nor after a source that is told the figure ("told Reuters 10-12 had died", "told
    the BBC 40 sheep were killed")."""
    before_name = max(0, name.start(1) - 24), name.start(1)
    if _SECOND_FIGURE_AFTER.match(text, end) or _TOLD_BEFORE_NAME.search(text, *before_name):
        return False
    if unit and not _names_one_thing(text, end, unit):
        return False
    if isinstance(value, Range):  # "said Reuters 10-12 had died": the speaker gives a range
        return (_MODEL_SUFFIX.fullmatch(text, name.end(), end) is not None
                and not _SAID_BEFORE_NAME.search(text, *before_name))
    return bool(unit) and value != 1


def _names_one_thing(text: str, end: int, unit: str) -> bool:
    """Whether the noun after the figure is one thing, written right after it: "300 hatchback"."""
    after = _PHRASE_WORD.match(text, end)
    return (after is not None and after.start(1) == end + 1 and after[1].islower() and after[1] == unit
            and not _plural(unit) and unit not in _UNMARKED_PEOPLE and unit not in UNMARKED_PLURALS
            and not fate_of(unit) and not _sizes_the_noun_after(text, after.end(), unit))


def _sizes_the_noun_after(text: str, position: int, unit: str) -> bool:
    """Whether ``unit``, ending at ``position``, is a noun by which a count sizes the noun after it: "26
    man squad", "80 seat majority"."""
    if unit not in SIZING_NOUNS and unit not in PERSON_NOUNS:
        return False
    after = _PHRASE_WORD.match(text, position)
    return after is not None and after[1].islower() and after[1] not in NOT_NOUNS and not _past_verb(after[1])


# A model's number in two parts: "72-600", "737-800".
_MODEL_SUFFIX = rx.compile(r"[0-9]+-[0-9]+")
# A source a figure was given to or by: "told Reuters", "told the BBC", "according to CNN".
_TOLD_BEFORE_NAME = rx.compile(r"\b(?i:told|tells|telling|according\s+to)\s+(?:the\s+)?\Z")
# A speaker named after its verb: a range after it is what was said ("said Reuters 10-12 had died"), a
# figure before one thing still names it ("said Local 1107 president Dwayne Okafor").
_SAID_BEFORE_NAME = rx.compile(r"\b(?i:said|says|quoted)\s+\Z")


def _model_number(surface: str) -> int:
    """One number for a model written in two parts, so that "737-800" and "737-900" differ, where a
    range would overlap: "72-600" -> 72600."""
    series, variant = surface.split("-")
    return int(series + variant)


def _counts_no_noun(unit: str) -> bool:
    """Whether the word read as a count's noun is none: no word, or a verb ("Line 4 stopped", "Flight
    370 landed") other than what befell people ("14 killed")."""
    return not unit or unit.endswith("ed") and not fate_of(unit)


# The noun after a score or a vote names the result, not what its second figure counts.
_TALLY_NOUNS = frozenset({"win", "victory", "defeat", "loss", "lead", "draw", "vote", "decision", "scoreline",
                          "majority", "margin", "ruling", "verdict", "triumph", "thrashing", "rout"})
_SCORE_BEFORE = rx.compile(r"[0-9]\s?[-–]\s?\Z")
_SCORE_AFTER = rx.compile(r"\s?[-–]\s?[0-9]")  # "beat Chelsea 3-1": a score's first figure, no label


# A plus sign before a figure, as the minus is read ("-4%", see _PLAIN_MINUS_BEFORE): where a sign
# plainly is one, at the start or after a space or an open bracket, and not one space after a figure
# ("5 +10"), in "1+1", "C++ 20" or "+/-2".  It stays in the surface and says the figure is a rise.
_SIGNED = frozenset({"count", "percent", "money", "temperature"})
_PLUS_BEFORE = rx.compile(r"(?<![0-9%] )(?<![^\s(\[])\+\Z")


def _moves(kind: str, unit: str) -> bool:
    """Figures that rise and fall in news copy: shares, amounts, and points of an index or a poll."""
    return kind in ("percent", "money") or kind == "count" and unit == "point"


_RISE = ("up", "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing",
         "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
         "jumping", "soared", "soar", "soars", "surged", "surge", "surges", "grew", "grow", "grows", "growing",
         "grown", "advanced", "advance", "advances", "higher", "rallied", "boosted", "hike", "hikes", "hiked")
_FALL = ("down", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping",
         "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases", "decreasing",
         "lost", "loses", "losing", "slid", "slide", "slides", "sliding", "slipped", "slip", "slips", "plunged",
         "plunge", "plunges", "plummeted", "tumbled", "tumble", "sank", "sink", "sinks", "shrank", "shrink",
         "shrinks", "shrunk", "lower", "dipped", "dip", "dips", "eased", "eases", "retreated", "cut", "cuts")
_DIRECTION_OF = {**{word: "up" for word in _RISE}, **{word: "down" for word in _FALL}}
# The verb or adverb right before the figure, past "by" and a hedge: "rose by about 12%", "down 4%".
_DIRECTION_BEFORE = rx.compile(
    r"(?i:\b(" + "|".join(sorted(_DIRECTION_OF, key=_longest_first)) + r")"
    r"(?:\s+(?:by|of))?(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than|just))?\s+)\Z")
# The noun or comparative right after it: "a 4% drop", "12% higher", "a $2bn increase".
_DIRECTION_NOUNS = {"rise": "up", "increase": "up", "gain": "up", "jump": "up", "surge": "up", "climb": "up",
                    "higher": "up", "up": "up", "drop": "down", "fall": "down", "decline": "down",
                    "decrease": "down", "loss": "down", "slide": "down", "plunge": "down", "lower": "down",
                    "down": "down", "cut": "down", "dip": "down", "hike": "up", "reduction": "down"}
_DIRECTION_AFTER = rx.compile(r"(?i:[\s-]+(" + "|".join(_DIRECTION_NOUNS) + r")\b)")
# A noun of change after what changed: "a 4.5% pay rise", "a 20% tax cut", "a 0.25-point interest rate hike",
# up as "a 5.4% increase" is.  Not past a word of grammar ("12% of staff fall ill", "5% and falling"), nor a
# comparative or an adverb ("a 5% stake up for sale"): only a noun says the figure is the change.
_CHANGE_NOUNS = {noun: way for noun, way in _DIRECTION_NOUNS.items() if noun not in ("higher", "lower", "up", "down")}
_CHANGE_NOUN_AFTER_WHAT_CHANGED = rx.compile(
    rf"(?:[\s-]+(?!{_alt(NOT_NOUNS)}\b)[a-z]+){{1,2}}[\s-]+({'|'.join(_CHANGE_NOUNS)})\b")


# An amount added to another: "a further €10m", "an additional 2%", "plus $5m", "€10m in add-ons".  It
# is a rise on what went before, no total: "a further €10m" and "rising to €90m" are two roles.
_ADDED_BEFORE = rx.compile(
    r"(?i:\b(?:a\s+further|an\s+additional|an\s+extra|another|plus)\s+(?:(?:about|around|some|up\s+to|nearly)\s+)?)\Z")
_ADDED_AFTER = rx.compile(r"(?i:\s+(?:in|of)\s+(?:add-ons|add-on\s+payments|bonuses|extras)\b)")
# The direction of such an amount: a rise, as the ledger reads it ("a further €10m" is "up" beside "up €12m"),
# but the writer gave an amount, not a change, so a quotation of it (``with_hedge``) shows no "up": "a further
# £5m" / "a further £8m" conflict as "£5m" vs "£8m".
ADDED = "added"


def _added(text: str, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` is an amount added (_ADDED_BEFORE, _ADDED_AFTER)."""
    return (_ADDED_BEFORE.search(text, max(0, start - 24), start) is not None
            or _ADDED_AFTER.match(text, end) is not None)


# A verb of change and "by" right before a count: "the death toll rose by 12", "cut by 300".
_CHANGE_BY_BEFORE = rx.compile(r"(?i:\b(" + "|".join(sorted(_DIRECTION_OF, key=_longest_first)) + r")\s+by\s+)\Z")


def _change_by(text: str, start: int) -> str:
    """"up" or "down" for a count the words before call a change: most counts ("killed 12", "12
    jobs") are no change, but "the toll rose by 12" gives the rise, not the toll."""
    if not text.endswith("by ", 0, start):
        return ""  # most counts (checked without a regex search)
    found = _CHANGE_BY_BEFORE.search(text, max(0, start - 24), start)
    return _DIRECTION_OF[found[1].lower()] if found else ""


# A verb of change, then what it changes, then "by" and the figure: "will raise the employer's contribution by 2
# percentage points", "cut its main rate by 0.5 points", "was reduced by 3%", as "rose by 2 percentage points" is a
# rise.  Any form of the verb ("raise", "raised", "raising"); what stands between is a few words of one clause (up to
# eight, as in "cut the risk of death from heart failure by 30%"; no stop, no word that opens another: "cut jobs,
# which fell by 3%" is no cut by 3%).  Not a figure's own direction
# (_direction): a change so told is weighed as one only where the ledger asks (a change in points against one in
# per cent, a change by a share in words against one in per cent), and "cut the risk by 24%" still meets "by a
# fifth" as a share.  A share in words so told is the change (_with_shares_of_change): "by a quarter" says
# nothing but the change, where "by 24%" may be the share itself.
_VERBS_OF_CHANGE_BY = {
    **{form: "up" for form in (
        "raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing",
        "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted", "boosting", "hike", "hikes", "hiked",
        "hiking", "rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing")},
    **{form: "down" for form in (
        "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered",
        "lowering", "decrease", "decreases", "decreased", "decreasing", "slash", "slashes", "slashed", "slashing",
        "trim", "trims", "trimmed", "trimming", "fall", "falls", "fell", "fallen", "falling")},
}
_CLAUSE_WORDS = ("and", "or", "but", "which", "that", "who", "while", "whereas", "when", "after", "before", "since",
                 "because", "as", "than")
_VERB_OF_CHANGE_THEN_BY = rx.compile(
    r"(?i:\b(" + "|".join(sorted(_VERBS_OF_CHANGE_BY, key=_longest_first)) + r")"
    r"(?:\s+(?!(?:" + "|".join(_CLAUSE_WORDS) + r"|by)\b)[\w'’-]+){0,8}"
    r"\s+by(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than|just|up\s+to"
    r"|as\s+much\s+as))?\s+)\Z")


def change_told_by_verb(text: str, start: int) -> str:
    """"up" or "down" for the figure at ``start`` in ``text`` that the words before give as the size of a change
    made to something ("raise the contribution by 2 percentage points", "cut its rate by 0.5 points", "was reduced
    by 3%"), else ""."""
    if " by " not in text[max(0, start - 24):start]:
        return ""  # most figures (checked without a regex search)
    found = _VERB_OF_CHANGE_THEN_BY.search(text, max(0, start - 90), start)
    return _VERBS_OF_CHANGE_BY[found[1].lower()] if found else ""


# "made up 33% of revenue", "makes up a third": a share of a whole, no rise.
_MADE_UP_BEFORE = rx.compile(r"(?i:\bma(?:de|kes?|king)\s+)\Z")


def _direction(text: str, start: int, end: int) -> str:
    """"up" or "down" when the words next to the figure say it is a rise or a fall, else "".
    A figure after "from" or "to" is a level, not the change: "rose from 10% to 12%" gives neither
    (_with_levels may mark it a level).  A plus sign written before it ("+4%") says it rose."""
    if text[start] == "+" or _added(text, start, end):
        return "up"
    before = _DIRECTION_BEFORE.search(text, max(0, start - 40), start)
    if before and not (before[1].lower() == "up" and _MADE_UP_BEFORE.search(text, max(0, before.start() - 8),
                                                                             before.start())):
        return _DIRECTION_OF[before[1].lower()]
    after = _DIRECTION_AFTER.match(text, end)
    if after:
        return _DIRECTION_NOUNS[after[1].lower()]
    changed = _CHANGE_NOUN_AFTER_WHAT_CHANGED.match(text, end)
    return _CHANGE_NOUNS[changed[1]] if changed else ""


# "12 people were killed", "30 injured", "12 dead", "killing 12", "killed 12": what happened to what a
# count counts.  Not past a conjunction: in "injured 30 and killed 12 people" the 30 were injured.
_ROLE_AFTER = rx.compile(r"(?:[\s-]+(?!(?:and|or|but)\b)[A-Za-z]+)?"
                         r"(?:\s+(?:were|was|are|is|had|have|has)(?:\s+been)?)?"
                         r"\s+([a-z]+ed|dead|hurt|missing|wounded)\b")


# The size of a body a part of it is counted in: "Seven of the nine members", "two of the 30 passengers".
# It never disputes a count of the part ("three members preferring ...", "Five passengers died"); the part
# takes the fate said after the whole ("Two of the 30 passengers died": two died).
WHOLE = "whole"
# The whole may be a body's, named before it: "Six of the MPC's nine members".
_WHOSE = r"(?:(?:the|its|their)\s+)?(?:[A-Z][A-Za-z]*|[a-z]+)['’]s\s+"
_WHOLE_BEFORE = rx.compile(
    rf"(?:\b[0-9][0-9,.]*|\b(?i:{_BELOW_100}))\s+of\s+(?:(?:the|its|their|all(?:\s+the)?)\s+|{_WHOSE})?\Z")
_WHOLE_AFTER = rx.compile(
    rf"\s+of\s+(?:(?:the|its|their|all(?:\s+the)?)\s+|{_WHOSE})?(?:[0-9][0-9,]*|(?i:{_BELOW_100}))")


# The doer of a passive verb: "was backed by 300 MPs" tells what "300 MPs backed" does, so the count
# takes the verb's role as the active form's count does (never a body's size: the MPs who backed a bill
# are not the seats of the house).
_AGENT_BEFORE = rx.compile(
    r"\b(?P<verb>[a-z]+ed)\s+by\s+(?:(?:about|some|nearly|almost|over|at\s+least|more\s+than)\s+)?\Z")


def _role(text: str, start: int, end: int) -> str:
    """The stem of what befell what a count counts, read in this order: the size of a whole a part is
    counted in; the count's own verb after it ("three shots fired"); the passive verb it is the doer of
    ("was killed by three shots"); the verb before it ("killing 12")."""
    if " of " in text[max(0, start - 40):start] and _WHOLE_BEFORE.search(text, max(0, start - 40), start):
        return WHOLE
    found = _ROLE_AFTER.match(text, end)
    if found is None and text.startswith(" of ", end):
        whole = _WHOLE_AFTER.match(text, end)
        found = whole and _ROLE_AFTER.match(text, whole.end())
    if found:
        return stem(found[1])
    agent = _AGENT_BEFORE.search(text, max(0, start - 40), start)
    if agent:
        return stem(agent["verb"])
    # The verb before, past a hedge: "killing 12", "killed at least 12" (words, not a regex search).
    words = text[max(0, start - 40):start].lower().split()
    if words[-2:] in (["at", "least"], ["more", "than"]):
        del words[-2:]
    elif words[-1:] and words[-1] in _ROLE_SKIPPED:
        words.pop()
    verb = words[-1] if words else ""
    if verb in _NOT_ROLES:
        return ""
    return stem(verb) if verb.endswith(("ing", "ed")) and verb.isalpha() and verb.islower() else ""


# A date names when something happened, and not always what the sentence reports: "after a reduction in
# February" and "since March" date an earlier event the claim is set against, "at its next meeting on 11
# June" one still to come.  Such a date's role says so (REFERENCE_DATE, NEXT_EVENT_DATE); the ledger sets
# it against the other report's date of the same role only, so the earlier cut's month never disputes the
# day of this one.  A date of no such phrase (the claim's own) has none.
REFERENCE_DATE = "reference"
NEXT_EVENT_DATE = "next"
_DATED = frozenset({"date", "month", "year"})
_DETERMINER = r"(?i:the|an?|its|their|his|her|our|this|that|[A-Za-z]+['’]s)"
# A date or month at the end of a phrase led by "after", "before", "following", "until", with the noun
# of the earlier event ("after a reduction in February", "before the vote in May", "following the bank's
# cut on 3 March"), or bare after "after" and after "since" set against a record ("the steepest rise since
# March"); a bare "since March" is when the claim began ("missing since 3 March"), a bare "before June"
# or "until June" a deadline: the claim's own date.
_REFERENCE_DATE_BEFORE = rx.compile(
    r"(?i:\b(?:(?P<bare>after|following)|(?P<since>since)|before|until|till|ahead\s+of|prior\s+to))\s+"
    rf"(?P<event>{_DETERMINER}\s+(?:[A-Za-z’'-]+\s+){{0,2}}?(?P<noun>[a-z][A-Za-z-]*)\s+(?:in|on|of|at|during)\s+)?"
    r"(?:(?:early|late|mid)[\s-]+|the\s+(?:start|end|middle)\s+of\s+)?(?:[A-Z][a-z]+day,?\s+)?\Z")
_RECORD_BEFORE = rx.compile(r"(?i:\b(?:[a-z]+est|most|least|first|only)\b)[^,;.!?]*\Z")
_NOT_RECORDS = frozenset({"interest", "protest", "arrest", "request", "forest", "west", "rest", "test",
                          "contest", "suggest", "invest", "harvest", "honest", "modest", "latest"})
# "its next meeting on 11 June", "The committee's next decision is due on June 18", "an earlier cut in
# February": an event before or after the one reported, named a few words before the date; not "next
# week", "next Tuesday" or "earlier this month", which date the claim.
_TIME_WORDS = r"(?:day|week|month|year|morning|afternoon|evening|night|time|weekend|decade|few|two|three|several)"
_OTHER_EVENT_BEFORE = rx.compile(
    rf"\b{_DETERMINER}\s+(?i:(?P<next>next|upcoming|forthcoming)|previous|prior|earlier)\s+"
    rf"(?!{_TIME_WORDS}s?\b)(?P<noun>[a-z][a-z-]*)\b(?:\s+[A-Za-z'’-]+){{0,3}}\s+\Z")
_DATE_EVENT_REACH = 80


def _date_event(text: str, start: int) -> str:
    """The role of the date at ``start``: REFERENCE_DATE, NEXT_EVENT_DATE or "" (see REFERENCE_DATE)."""
    window = max(0, start - _DATE_EVENT_REACH)
    found = _REFERENCE_DATE_BEFORE.search(text, window, start)
    if found and (found["event"] or found["bare"] or found["since"] and _after_record(text, window, found.start())):
        return REFERENCE_DATE
    found = _OTHER_EVENT_BEFORE.search(text, window, start)
    if found:
        return NEXT_EVENT_DATE if found["next"] else REFERENCE_DATE
    return ""


# The day something was said is not the day of what was said: "All 23 crew have been rescued, the coastguard
# said on Monday" / "the ship sank on Sunday".  A date or a weekday told right after a verb of saying ("said on
# Monday", "told reporters on Monday", "said in a statement on 3 March", "said Monday") or right before one
# ("Officials on Monday said") has this role; the ledger sets it against another report's day of a statement
# only, as it does a dateline's date.  Only where the saying attributes a claim of its own: a plain verb of
# saying always does ("said", "told reporters"), but a saying that is itself the news ("The firm announced on
# Tuesday that it would cut jobs", "The witness testified on Monday", "The jury was told on Monday that he lied")
# happened on that day, and a verb of it tells a statement's day only in a tag after the claim it attributes
# ("All 23 crew are safe, the coastguard confirmed on Monday").
STATEMENT_DATE = "said"
_SAYING = (r"(?:said|says|stated|added|warned|wrote|explained|noted|insisted|claimed|admitted|stressed|argued"
           r"|remarked|commented|acknowledged|replied|responded)")
# Sayings that are news in themselves: an announcement, a disclosure, a testimony, a denial, a post; and a
# publication, which in a tag gives the day of what the claim is taken from ("..., according to final results
# published on Monday").
_SAYING_AS_NEWS = (r"(?:announced|confirmed|revealed|disclosed|declared|testified|denied|posted|tweeted"
                   r"|published|released)")
_TELLING = r"(?:told|informed|briefed)"
# Words after "told" that name no one told: "were told after January that", "told to leave on Monday".
_NOT_TOLD = r"(?:to|that|after|before|since|until|till|by|in|of|for|about|over|during|from|at|on|with)\b"
# "told reporters", "informed the court": the one told named; "was told", "were informed" name no one, and tell
# of a hearing or a briefing, which is news in itself.
_TOLD_SOMEONE = rf"{_TELLING}(?:\s+(?!{_NOT_TOLD})[A-Za-z]+){{1,2}}?"
_DAY_AFTER_SAYING = (r"(?i:\s+in\s+an?\s+(?:statement|interview|briefing|post))?(?i:\s+(?:late|early))?"
                     r"(?P<on>\s+(?i:on|in))?\s+(?:[A-Z][a-z]+day,?\s+)?\Z")  # "said on Monday, 3 March"
_SAID_BEFORE_DATE = rx.compile(rf"\b(?i:{_SAYING}|{_TOLD_SOMEONE}){_DAY_AFTER_SAYING}")
_SAID_AS_NEWS_BEFORE_DATE = rx.compile(rf"\b(?i:{_SAYING_AS_NEWS}|{_TELLING}){_DAY_AFTER_SAYING}")
_SAID_AFTER_DATE = rx.compile(rf"\s+(?i:{_SAYING}|{_TELLING}\s+(?!{_NOT_TOLD})[A-Za-z]+)\b")
# A tag that attributes the claim before it: ", the coastguard confirmed", ", the jury was told"; a few words
# naming who said it between a comma or a closing quote and the verb, and the clause ends after the day.
# (Up to eight words: a body's full name, "the department of mineral resources and energy announced".)
_TAG_OPENING = rx.compile(r"[,’”\"']\s+(?:[\w'’.-]+\s+){1,8}?(?:(?:was|were|had been|has been)\s+)?\Z")
_TAG_CLOSING = rx.compile(r"\s*(?:[,.;:!?”\")]|\Z)")
_SAID_REACH = 60


def _statement_date(text: str, start: int, end: int, kind: str) -> str:
    """STATEMENT_DATE when the date or weekday (``kind``) at ``text[start:end]`` is the day something was said,
    else "".  Only a weekday follows the verb bare ("said Monday"): "said 2022 was" and "said March was" tell
    of the year and the month."""
    window = max(0, start - _SAID_REACH)
    said = _SAID_BEFORE_DATE.search(text, window, start)
    if said and (said["on"] or kind == "weekday"):
        return STATEMENT_DATE
    said = _SAID_AS_NEWS_BEFORE_DATE.search(text, window, start)
    if said and (said["on"] or kind == "weekday") and _in_a_tag(text, window, said.start(), end):
        return STATEMENT_DATE  # "All 23 crew are safe, the coastguard confirmed on Monday"
    if text.endswith(("on ", "On "), 0, start) and _SAID_AFTER_DATE.match(text, end):
        return STATEMENT_DATE  # "Officials on Monday said"
    return ""


def _in_a_tag(text: str, window: int, verb: int, day_end: int) -> bool:
    """Whether the verb of saying at ``verb``, told with a day that ends at ``day_end``, is in a tag after the
    claim it attributes: a comma or a closing quote, a few words naming who said it, the verb and its day, then
    the clause's end ("..., the coastguard confirmed on Monday.")."""
    # (read back from the verb, not from ``window``: a body's full name may stand before it)
    return bool(_TAG_CLOSING.match(text, day_end)) and bool(_TAG_OPENING.search(text, max(0, verb - _TAG_REACH), verb))


_TAG_REACH = 80


def _after_record(text: str, window: int, since: int) -> bool:
    """Whether "since" follows a record it is set against: "the steepest rise since", "the first time since"."""
    found = _RECORD_BEFORE.search(text, window, since)
    return bool(found) and found.group().split()[0].lower().strip(",") not in _NOT_RECORDS


_ROLE_SKIPPED = frozenset({"about", "some", "nearly", "almost", "over"})
# Words in "-ing" before a count that are prepositions, not what befell it: "including nine reports of
# burns" counts reports of no fate, as "with one report of burns" does.
_NOT_ROLES = frozenset({"including", "excluding", "involving", "featuring", "counting", "regarding",
                        "concerning", "following", "according"})


# "more than 100", "up to $5 billion", "about 30", "nearly 20 per cent": news hedges a figure
# as often as it states one, and "more than 100" does not dispute "150".  Each hedge, by the
# bound it sets on the figure after it.
FIGURE_HEDGES = {
    "min": ("more than", "over", "above", "at least", "no fewer than", "no less than", "not less than",
            "not fewer than", "upwards of",
            "in excess of", "well over", "well above", "just over", "just above",
            "超过", "超過", "至少", "逾", "少なくとも"),
    "max": ("less than", "fewer than", "under", "below", "at most", "up to", "no more than", "not more than",
            "as many as", "as much as", "as long as", "well under", "well below", "just under", "just below",
            "within",
            "不到", "不足", "最多", "多达", "多達", "少于", "最大"),
    "about": ("about", "around", "approximately", "approx.", "roughly", "some", "an estimated",
              "circa", "~", "约", "大约", "約", "大約", "およそ"),
    "nearly": ("nearly", "almost", "close to", "将近", "將近", "接近", "近"),
}
# A bound turned round by a negation before it: "did not drop below 86F", "never fell below 30C", "was not
# below 30C" set a floor, as "stayed above 30C" does; "did not rise above 2%" a ceiling.  Read so, each is
# quoted with its "not" ("not below 86F").  Only after a verb of moving or being, or none: "not far below"
# and "did not stay above" say something else.
NEGATED_HEDGES = {"not below": "min", "not under": "min", "not above": "max", "not over": "max"}
_NEGATED = {"below": "not below", "under": "not under", "above": "not above", "over": "not over",
            "less than": "not less than", "fewer than": "not fewer than", "more than": "not more than"}
_MOVING_VERBS = ("drop", "dip", "fall", "sink", "slip", "slide", "go", "get", "rise", "climb", "creep", "edge",
                 "stray", "venture", "plunge", "soar", "jump", "be")
_NEGATION_BEFORE_HEDGE = rx.compile(
    r"(?i:(?:\b(?:not|never)|n['’]t)\s+(?:(?:" + "|".join(_MOVING_VERBS)
    + r")(?:s|es|ped|ed|d|ping|ing|en)?|fell|fallen|sank|sunk|slid|sliding|went|gone|got|rose|rising|risen|crept"
    r"|been|was|were)?\s*)\Z")
# Chinese hedges written after the figure: "100多人", "1000余人", "12人以上", "100人左右".
POST_HEDGES = {"多": "min", "余": "min", "餘": "min", "以上": "min", "以下": "max", "以内": "max", "以內": "max",
               "左右": "about", "上下": "about"}
_BOUND_OF_HEDGE = {hedge: bound for bound, hedges in FIGURE_HEDGES.items() for hedge in hedges} | POST_HEDGES
_WRITTEN_HEDGES = dict(_BOUND_OF_HEDGE)  # read before a figure as written, not through a negation
_BOUND_OF_HEDGE |= NEGATED_HEDGES
_HEDGE_AFTER = rx.compile(rf"([多余餘])|(?:[{CJK_RANGES}]?)(以上|以下|以内|以內|左右|上下)")


def _hedge_after(text: str, end: int) -> str:
    found = _HEDGE_AFTER.match(text, end) if end < len(text) and not text[end].isascii() else None
    return (found[1] or found[2]) if found else ""


def quoted_figure(m: NumberMention, mark: tuple[str, str] = ('"', '"')) -> str:
    """``with_hedge`` in quotation marks that hold only the writer's words: a change's direction,
    read from "rose" or "fell", stands outside them (up "0.6%", not "up 0.6%"); "to $4m" is quoted."""
    inferred = m.direction in ("up", "down")  # from "rose", "fell"; "to" and "from" are the writer's
    quote = with_hedge(replace(m, direction="")) if inferred else with_hedge(m)
    shown = with_hedge(m)
    direction = shown[: len(shown) - len(quote)].strip() if shown.endswith(quote) else ""
    return f"{direction} {mark[0]}{quote}{mark[1]}" if direction else f"{mark[0]}{quote}{mark[1]}"


def with_its_noun(m: NumberMention) -> str:
    """The figure as written, with its noun when it is a count in words that is no figure alone ("A
    firefighter", not "A"; "both pilots", "a pair of drones")."""
    if is_single(m) and m.unit:
        return f"{m.surface} {m.unit}"
    plural = _plural_of(m.unit) if is_word_count(m) else ""
    return f"{m.surface} {plural}" if plural else m.surface


def with_hedge(m: NumberMention) -> str:
    """The figure as a reader would quote it: "more than 100", "~40 km", "至少12", "100多", "up 12%"."""
    if m.hedge in POST_HEDGES:
        return m.surface + m.hedge
    surface = with_its_noun(m)
    quoted = m.hedge + (" " if m.hedge.isascii() and m.hedge not in ("", "~") else "") + surface
    # "+4%", not "up +4%"; "doubled", not "up doubled"
    said_by_sign = (m.direction == "up" and m.surface.startswith("+")
                    or m.direction in ("up", "down") and is_change_by_a_multiple(m))
    unsaid = m.direction in LEVEL_OF or m.direction == ADDED  # "$12 million, down from ...": no "to" before it
    return f"{m.direction} {quoted}" if m.direction and not said_by_sign and not unsaid else quoted
_HEDGE_BEFORE = rx.compile(
    rf"(?i:(?<!{_WORD_CHAR})(?<![.~])(?P<hedge>" + "|".join(
        re.escape(hedge).replace(r"\ ", r"\s+") for hedge in sorted(_WRITTEN_HEDGES, key=_longest_first))
    + r"))\s*\Z")
def _last_word(text: str) -> str:
    """The letters (and dots: "approx.") that end ``text``, lower-cased: "(About" gives "about"."""
    i = len(text)
    while i and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:].lower()


_HEDGE_LAST_WORDS = frozenset(hedge.split()[-1] for hedge in _BOUND_OF_HEDGE if hedge.isascii())
# A quake's magnitude is a figure of its own kind: it meets only another magnitude, never a toll.
MAGNITUDE = "magnitude"
_BOUNDABLE = frozenset({"count", "money", "percent", "length", "area", "volume", "weight", "speed", "power", "energy",
                        "duration", "age", "temperature", "concentration", "data", "sound", MAGNITUDE})


# A level passed is a floor: "The population has passed five million", "sales topped $5bn", "passed the 5m mark",
# "surpassed 100,000 signatures": the figure is at least the one written, and "5,184,139" fits it.  The verb is
# the hedge, quoted as written ("passed five million").  "Topped", "surpassed" and "exceeded" say so of any
# figure.  "Passed" and "crossed" are as often verbs of other deeds ("the car passed three cyclists", "The
# House passed $95 billion in aid": a bill passed, whose sum is exact), so they bound a figure only where the
# sentence names a level: a mark, milestone or threshold after it, or a running count that grows
# (_LEVELS_PASSED) as the noun after it or as the subject before it.  A sum of money passes a level only with a
# running sum as the subject ("Annual revenue passed $1 billion", _MONEY_LEVELS_PASSED); otherwise a budget or an
# aid package "passed" is voted through.
_THRESHOLD_VERBS = {**dict.fromkeys(("passed", "passes", "passing", "crossed", "crosses", "crossing"), "noun-free"),
                    **dict.fromkeys(("topped", "tops", "topping", "surpassed", "surpasses", "surpassing", "exceeded",
                                     "exceeds", "exceeding", "eclipsed", "eclipses"), "any")}
_THRESHOLD_NOUNS = frozenset({"mark", "milestone", "barrier", "threshold"})
_THRESHOLD_VERB_BEFORE = rx.compile(r"(?i:\b(?P<verb>[a-z]+)\s+(?P<the>the\s+)?)\Z")
_LEVEL_KINDS = frozenset({"count", "money", "percent", "temperature", "power", "energy", "data"})
# Counts and levels that grow and are said to pass a figure ("the population has passed five million", "the
# petition passed 100,000 signatures", "the death toll passed 100", "turnout crossed 70%"), as the noun after the
# figure or a word of the subject before the verb; kept and looked up singular ("cases" -> "case").
_LEVELS_PASSED = frozenset(singular(word) for word in """
    population signature case visitor subscriber follower user member download viewer view infection vaccination
    dose registration sign-up death fatality passenger customer attendance turnout total tally toll count number
    figure temperature mercury inflation unemployment index
""".split())
# Running sums that grow and are said to pass a sum of money ("Annual revenue passed $1 billion", "sales crossed
# $5bn", "the national debt passed $34 trillion", "donations have passed £1m"), as a word of the subject; kept
# apart from _LEVELS_PASSED, whose members and users pass a sum in a vote as often ("Members passed $5m in cuts").
_MONEY_LEVELS_PASSED = frozenset(singular(word) for word in """
    revenue sale turnover profit earning income value valuation capitalisation capitalization cap price fund
    funding fundraising donation loss damage debt deficit spending cost wealth fortune worth total tally
""".split())
# Who passes a bill, a budget or a sum in a vote: with one of these in the subject, "passed" is the vote's.
_PASSERS_OF_BILLS = frozenset({
    "house", "senate", "congress", "parliament", "assembly", "lawmakers", "legislators", "legislature", "mps",
    "senators", "council", "councillors", "chamber", "lords", "commons", "bill", "law", "measure", "vote",
    "budget", "motion", "cabinet", "committee"})
_CLAUSE_WORD = rx.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # a word of the subject, hyphened whole ("sign-ups")


def _threshold_passed(text: str, start: int, end: int, kind: str, unit: str) -> str:
    """The verb of a level passed right before the figure at ``text[start:end]``, as its hedge ("passed"), else
    "" (see _THRESHOLD_VERBS)."""
    if kind not in _LEVEL_KINDS or not text.endswith(("ed ", "es ", "ps ", "ng ", "the "), 0, start):
        return ""  # most figures (checked without a regex search)
    found = _THRESHOLD_VERB_BEFORE.search(text, max(0, start - 20), start)
    verb = found["verb"].lower() if found else ""
    if verb not in _THRESHOLD_VERBS:
        return ""
    if _SECOND_FIGURE_AFTER.match(text, end) or text[end:end + 1] in ("-", "–"):
        return ""  # "The bill passed 312 to 270": a vote's tally
    threshold_noun = _word_after(text, end) in _THRESHOLD_NOUNS
    if found["the"] and not threshold_noun:
        return ""  # "passed the 300 cars": a count of the cars
    if _THRESHOLD_VERBS[verb] == "noun-free" and not threshold_noun:
        if not _level_passed(text, found.start(), kind, unit):
            return ""  # "The House passed $95 billion", "the car passed three cyclists": no level named
    if verb.startswith("top") and kind == "temperature":
        return ""  # "Temperatures topped 36C": the day's peak, as "peaked at 36C" tells it
    return verb


def _level_passed(text: str, verb_start: int, kind: str, unit: str) -> bool:
    """Whether "passed" or "crossed" at ``verb_start``, with no mark after its figure, passes a level: a growing
    count named after the figure ("passed 100,000 signatures") or in the subject ("the population has passed
    five million", "Annual revenue passed $1 billion"), and no legislature, bill or vote in the subject ("The House
    passed $95 billion in aid": a sum voted through).  See _LEVELS_PASSED and _MONEY_LEVELS_PASSED."""
    if kind == "count" and unit:
        return singular(unit) in _LEVELS_PASSED  # "passed three cyclists" counts them
    clause_start = max(0, verb_start - 80)
    for mark in ",;:.!?()":
        clause_start = max(clause_start, text.rfind(mark, clause_start, verb_start) + 1)
    words = {word.lower().removesuffix("'s") for word in _CLAUSE_WORD.findall(text, clause_start, verb_start)}
    if words & _PASSERS_OF_BILLS:
        return False
    levels = _MONEY_LEVELS_PASSED if kind == "money" else _LEVELS_PASSED
    return any(singular(word) in levels for word in words)


_KINDS_OF_LENGTH = frozenset({"duration", "length"})  # what "as long as" bounds
# After the span "as long as" stands before, the words that make it no bound: the span's own verb of a
# condition ("as long as 10 years have passed", "as long as two years remain") or "ago" ("as long as five
# years ago", how long ago something began, as "as early as" dates it).  Not any verb: in "cracks as long as
# 30cm were found" the verb is the sentence's, and the span is bounded.
_NO_BOUND_AFTER_AS_LONG_AS = rx.compile(
    r"\s+(?i:ago\b|(?:have|has|had)\s+(?:not\s+)?(?:passed|elapsed|remained|gone\s+by)\b"
    r"|(?:pass|passes|elapse|elapses|remain|remains|(?:go|goes)\s+by)\b)")
# The same verbs in the simple past are the sentence's own as often as the condition's: "Lorry queues as long
# as five hours remained at Dover" tells how long the queues were.  They make a condition only of an "as long
# as" that opens its clause ("..., as long as two years remained on the lease").
_PAST_AFTER_AS_LONG_AS = rx.compile(r"\s+(?i:passed|elapsed|remained|went\s+by)\b")
_AS_LONG_AS_BEFORE = rx.compile(r"(?i:as\s+long\s+as)\s*\Z")
_CLAUSE_OPENING_MARKS = frozenset(",;:.!?()–—\"“”‘'")


def _as_long_as_no_bound(text: str, start: int, end: int) -> bool:
    """Whether "as long as" before the span from ``start`` to ``end`` sets no bound on it (see
    _NO_BOUND_AFTER_AS_LONG_AS and _PAST_AFTER_AS_LONG_AS)."""
    if _NO_BOUND_AFTER_AS_LONG_AS.match(text, end):
        return True
    return _PAST_AFTER_AS_LONG_AS.match(text, end) is not None and _opens_its_clause(text, start)


def _opens_its_clause(text: str, start: int) -> bool:
    """Whether the "as long as" right before ``start`` opens a clause: it begins the text or follows a mark
    that ends one, not a word it describes ("queues as long as")."""
    hedge = _AS_LONG_AS_BEFORE.search(text, max(0, start - 24), start)
    if hedge is None:
        return False
    i = hedge.start()
    while i and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in _CLAUSE_OPENING_MARKS


# A verb of going before "up to", whose "up" is its own: "Pension age to go up to 67", "the fare went up to
# £3", "has gone up to 4%" tell the level reached, no ceiling.  Not after a word of what may be ("speeds can go
# up to 200km/h", "could go up to £5,000"), which leaves it a bound.
_GOING_UP_BEFORE = rx.compile(
    r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan['’]t\s)(?<!\bcannot\s)"
    r"\b(?i:go|goes|going|gone|went)\s+\Z")


def _hedge_before(text: str, start: int, kind: str) -> str:
    """The hedge right before a figure, lower-cased ("more than", "up to", "about"...), else ""."""
    before = text[max(0, start - 24):start].rstrip()
    if not before or before[-1].isascii() and before[-1] != "~" and _last_word(before) not in _HEDGE_LAST_WORDS:
        return ""  # most figures: the word before ends no hedge (checked without a regex search)
    hedge = _HEDGE_BEFORE.search(text, max(0, start - 24), start)
    if not hedge or hedge.end("hedge") == start and hedge["hedge"][-1].isascii() and hedge["hedge"] != "~":
        return ""  # "about100" is no hedge; "~100" and "至少12" are
    words = " ".join(hedge["hedge"].lower().split())
    if words == "as long as" and kind not in _KINDS_OF_LENGTH:
        return ""  # "as long as two people agree": a condition; "as long as a fortnight" bounds a span
    if words == "近" and hedge.start() and text[hedge.start() - 1] in "最附":
        return ""  # "最近3年" (the last 3 years), "附近3公里" (3 km around): no "nearly"
    if words in ("over", "under") and not _a_lone_span(text, start, kind) and not _a_bounded_stay(
            text, hedge.start(), kind) and (kind == "duration" or _TIME_NOUN_AFTER.match(text, _number_end(text, start))
            or _PHRASAL_BEFORE.search(text, max(0, hedge.start() - 20), hedge.start())):
        # "over two days", "over three nights": across, as often as more than; "took over 3 firms",
        # "sued over $5 million", "served under 3 presidents": a verb's particle, no bound.
        return ""
    if words in _NEGATED and _NEGATION_BEFORE_HEDGE.search(text, max(0, hedge.start() - 24), hedge.start()):
        return _NEGATED[words]  # "did not drop below 30C": a floor
    if words == "up to" and _GOING_UP_BEFORE.search(text, max(0, hedge.start() - 24), hedge.start()):
        return ""  # "the pension age will go up to 67": the level reached, as "rise to 67" gives it
    return words


# A clock time's hedges: "about 2am", "shortly after 2am", "before 2pm" (the ledger widens the time by
# each; see ledger._TIME_HEDGE_MINUTES), by the bound they set, beside those of FIGURE_HEDGES' "about"
# and "nearly".  Not "more than" or "up to", which no writer puts before a time, nor "by": "by 10pm,
# 400,000 homes were without power" gives the time of a count.
TIME_HEDGES = {"shortly after": "min", "soon after": "min", "just after": "min", "after": "min",
               "shortly before": "max", "just before": "max", "before": "max"}
_TIME_HEDGE_WORDS = (*TIME_HEDGES, "about", "around", "approximately", "approx.", "roughly", "circa", "nearly",
                     "almost", "close to")
_TIME_HEDGE_LAST_WORDS = frozenset(hedge.split()[-1] for hedge in _TIME_HEDGE_WORDS)
_TIME_HEDGE_BEFORE = rx.compile(
    r"(?i:(?<![\w.])(" + "|".join(re.escape(hedge).replace(r"\ ", r"\s+")
                                    for hedge in sorted(_TIME_HEDGE_WORDS, key=_longest_first)) + r"))\s+\Z")


def _time_hedge_before(text: str, start: int) -> str:
    """The hedge right before a clock time, lower-cased ("about", "shortly after"), else ""."""
    before = text[max(0, start - 24):start].rstrip()
    if _last_word(before) not in _TIME_HEDGE_LAST_WORDS:
        return ""  # most times (checked without a regex search)
    hedge = _TIME_HEDGE_BEFORE.search(text, max(0, start - 24), start)
    return " ".join(hedge[1].lower().split()) if hedge else ""


# A preposition that makes the span after it one thing lasts, or one thing waited for: "worked there for over
# 10 years", "the first time in over 10 years", "finished in under 10 minutes", "freed after over 2 years".
# "Over" there cannot be "across" (that is "over 10 years" alone: "$5bn over 10 years", "spread over 3 days").
_STAY_BEFORE_BOUND = rx.compile(r"(?i:\b(?:for|in|after|of)\s+)\Z")


def _a_bounded_stay(text: str, hedge_start: int, kind: str) -> bool:
    """Whether the "over" or "under" at ``hedge_start`` bounds a duration that a preposition makes one stay (see
    _STAY_BEFORE_BOUND): "for over 10 years" says more than ten, as "for more than 10 years" does."""
    return kind == "duration" and _STAY_BEFORE_BOUND.search(text, max(0, hedge_start - 8), hedge_start) is not None


def _a_lone_span(text: str, start: int, kind: str) -> bool:
    """Whether the duration at ``start`` is a lone span in words ("a decade", "a year"), after which "over" and
    "under" set a bound: "feuded for over a decade", "took over a year", "jailed for under a year", as "more
    than a decade" does.  "Over a decade" is seldom "across a decade", and no verb's particle takes a span
    of time for its object.  Not where the words date or name the span ("over a decade ago", "over a year
    of talks": see _SPAN_NAMED_AFTER), which stay as they were.  Nor half of one: "made over half a year"
    is made during it, as "made over six months" is, and "for over half a century" is bounded as a stay."""
    found = _A_DECADE.match(text, start) if kind == "duration" else None
    return found is not None and not found["half"] and _SPAN_NAMED_AFTER.match(text, found.end()) is None


def _number_end(text: str, start: int) -> int:
    match = _FIRST_NUMERAL.match(text, start) or _LEADING_WORDS.match(text, start)
    return match.end() if match else start


_TIME_NOUN_AFTER = rx.compile(r"\s+(?:nights?|evenings?|weekends?|rounds?|games?|matches|sessions?|seasons?|"
                              r"stages?|innings|laps?|terms?|generations?)\b", re.IGNORECASE)
_PHRASAL_BEFORE = rx.compile(
    r"\b(?:t(?:ake|akes|aking|aken|ook)|w(?:in|ins|inning|on)|r(?:un|uns|unning|an)|hand(?:s|ed|ing)?|"
    r"turn(?:s|ed|ing)?|sue[sd]?|suing|charged?|charges|charging|fought|fights?|fighting|argu(?:e|es|ed|ing)|"
    r"clash(?:es|ed|ing)?|row(?:s|ed|ing)?|feud(?:s|ed|ing)?|disput(?:e|es|ed|ing)|spread|serv(?:e|es|ed|ing)|"
    r"prevail(?:s|ed|ing)?|reign(?:s|ed|ing)?|presid(?:e|es|ed|ing))\s+$",
    re.IGNORECASE)


# --- levels before and after a change -----------------------------------------

# A figure may be the level a change started from or the one it reached: "rose from 41.2% to
# 43.5%", "cut rates to 4.5% from 4.75%", "a loss of $12 million, down from $30 million".  Its
# direction says so, beside "up" and "down" for a change itself: "from" (the earlier level) or "to"
# (the later one).  Then "from 41.2% to 43.5%" and "from 43.5% to 41.2%", the same two figures with
# their roles swapped, are told apart.  Only a pair of levels gets them: a lone "to 12%" or "from
# 10%" says too little to dispute the other report's order.
EARLIER_LEVEL, LATER_LEVEL = "from", "to"
# The same roles where no "from" or "to" stands before the figure ("$12 million, down from $30
# million", "$12 million, compared with $30 million a year earlier"): the ledger reads them as the
# two above, but a quotation of the figure (``with_hedge``) must not put a word in the writer's mouth.
EARLIER_LEVEL_UNSAID, LATER_LEVEL_UNSAID = "earlier", "later"
LEVEL_OF = {EARLIER_LEVEL_UNSAID: EARLIER_LEVEL, LATER_LEVEL_UNSAID: LATER_LEVEL}

# Kinds whose "from X to Y" is a change whatever the words before it ("tariffs, from 10% to 25%");
# a count's or a measure's may be a range ("from 10 to 12 people"), and is a change only after a
# word of change ("rose from 9 to 12").
_LEVELS_ALWAYS = frozenset({"percent", "money"})
_LEVELS_AFTER_A_CHANGE = frozenset({"count", "length", "area", "volume", "weight", "speed", "power", "energy",
                                    "temperature", "duration", "concentration", "data", "sound"})
_CHANGE_WORDS = sorted({*_DIRECTION_OF, *_DIRECTION_NOUNS, "went", "moved", "changed", "improved", "worsened",
                        "widened", "narrowed", "expanded", "contracted", "raised", "lowered", "reduced", "hiked",
                        "lifted", "trimmed", "slashed", "doubled", "halved", "revised", "recovered"},
                       key=_longest_first)
_CHANGE_WORD = r"\b(?:" + "|".join(_CHANGE_WORDS) + r")"
# A hedge may stand between the preposition and the figure ("from about 10%"); it is the figure's own.
_ASCII_HEDGE = "(?:" + "|".join(re.escape(hedge).replace(r"\ ", r"\s+") for hedge in sorted(
    (hedge for bound, hedges in FIGURE_HEDGES.items() for hedge in hedges if hedge.isascii() and hedge[0].isalpha()),
    key=_longest_first)) + r")\s+"
_AFTER_A_CHANGE_WORD = rf"(?i:{_CHANGE_WORD}(?:\s+[a-z]+ly)?\s+)"  # "rose", "rose sharply", "a drop"


def _preposition_before(preposition: str, *, after_a_change: bool = False) -> re.Pattern:
    """Text that ends in ``preposition`` (and perhaps a hedge) right before a figure: "from about ";
    ``after_a_change``: only right after a word of change ("rose from ")."""
    opening = _AFTER_A_CHANGE_WORD if after_a_change else r"\b"
    return rx.compile(rf"{opening}(?i:{preposition}\s+(?:{_ASCII_HEDGE})?)\Z")


# Before the first of the pair: "from X to Y", "to X from Y".
_FROM_BEFORE, _TO_BEFORE = _preposition_before("from"), _preposition_before("to")
_CHANGE_THEN_FROM_BEFORE = _preposition_before("from", after_a_change=True)
_CHANGE_THEN_TO_BEFORE = _preposition_before("to", after_a_change=True)
# Between the two: " to ", " from "; before "to", the time of the earlier level may stand ("rose from 2.5
# million a year earlier to 2.8 million", "from 20 on Monday to 28", "from 12% in 2023 to 15%").
_WHEN_OF_THE_EARLIER = (rf"(?:\s+(?:a|one)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before)"
                        rf"|\s+(?:on|last)\s+{_alt(WEEKDAYS)}|\s+(?:in|last)\s+{_alt(MONTHS)}|\s+in\s+(?:19|20)[0-9]{{2}})?")
_TO_BETWEEN = rx.compile(rf"{_WHEN_OF_THE_EARLIER},?\s+to\s+(?:{_ASCII_HEDGE})?")
_FROM_BETWEEN = rx.compile(rf",?\s+from\s+(?:{_ASCII_HEDGE})?")
# What the later level may carry before the comma that attaches the earlier one: "$1.73 a share, up
# from $1.37", "12% of voters, compared with 10% a year earlier".
_LEVEL_TAIL = r"(?:(?:\s+[A-Za-z]+){1,3},|,)?"
# A later level with the earlier one attached: "$12 million, down from $30 million", "12%, up 2
# points from 10%".
_CHANGE_FROM_BETWEEN = rx.compile(
    rf"(?i:{_LEVEL_TAIL}\s+(?:(?:was|were|is|are)\s+)?(?:an?\s+)?{_CHANGE_WORD}(?:\s+[^,;]{{1,30}}?)?"
    rf"\s+from\s+(?:{_ASCII_HEDGE})?)")
# "$12 million, compared with $30 million a year earlier": a comparison, with a time to say that the
# second figure is the earlier level ("12% in Norway, compared with 10% in Sweden" compares places).
_COMPARED_BETWEEN = rx.compile(
    rf"(?i:{_LEVEL_TAIL}\s+(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:{_ASCII_HEDGE})?)")
_EARLIER_AFTER = rx.compile(
    r"(?i:\s+(?:(?:a|one)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before)|previously|"
    r"(?:in|for|during|over)\s+the\s+(?:same|previous|prior|preceding|year-earlier|year-ago|last)\b|"
    r"(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|quarter|month|week)|(?:in|for)\s+(?:19|20)[0-9]{2}\b))")
# "€80m, rising to €90m with bonuses", "10%, falling to 8% by June": a figure, then the level it goes
# on to reach; the first is the level left, unsaid.
_CHANGE_TO_BETWEEN = rx.compile(rf"(?i:,?\s+{_CHANGE_WORD}\s+to\s+(?:{_ASCII_HEDGE})?)")
_LEVEL_CUE = rx.compile(r"(?i:\bfrom\b|\bcompared\b|\bversus\b|\bvs\b|\bagainst\b)")
# "rising to", "cut to": a word of change before "to".  Found by each "to" and a look at the word
# before it: an alternation of a hundred verbs tried at every position took 50 us a sentence.
# Tried from a word's first letter only (where every match starts), not again from each of its letters.
_WORD_BEFORE_TO = rx.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+to\b")
_CHANGE_WORD_SET = frozenset(_CHANGE_WORDS)


def _has_level_cue(text: str) -> bool:
    return _has_a_word_of_levels(text) and _LEVEL_CUE.search(text) is not None or any(
        found[1].lower() in _CHANGE_WORD_SET for found in _WORD_BEFORE_TO.finditer(text))


def _has_a_word_of_levels(text: str) -> bool:
    """Whether ``text`` holds, in any case, the letters of a word of ``_LEVEL_CUE``: a quicker look than the
    case-insensitive search, and as case-insensitive (find_numbers has made "ſ" of "verſus" ASCII)."""
    lower = text.lower()
    return "from" in lower or "compared" in lower or "versus" in lower or "vs" in lower or "against" in lower


def _with_levels(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions, with the levels a change left and reached marked in their direction."""
    if len(mentions) < 2 or not _has_level_cue(text):
        return mentions  # most sentences: no "from", no comparison
    levels: dict[int, str] = {}
    for i, first in enumerate(mentions):
        if i in levels:
            continue
        # The partner is the next figure, or the one after it ("$12m, down 5% from $13m").
        for j in range(i + 1, min(i + 3, len(mentions))):
            order = _level_order(text, offset, first, mentions[j])
            if order:
                levels[i], levels[j] = order
                break
    return [replace(m, direction=levels[i]) if i in levels else m for i, m in enumerate(mentions)]


def _may_be_levels_of_one_change(first: NumberMention, second: NumberMention) -> bool:
    """Two single figures of one kind, in one currency or one kind of share, and within a thousand
    times of each other: in "$812 million, or $1.37 a share, compared with $655 million a year
    earlier" the share price and the net income are no levels of one change."""
    if (first.kind != second.kind or first.kind not in _LEVELS_ALWAYS | _LEVELS_AFTER_A_CHANGE
            or isinstance(first.value, Range) or isinstance(second.value, Range)
            or first.kind in _LEVELS_ALWAYS and first.unit != second.unit):
        return False
    amounts = [abs(m.value.amount if isinstance(m.value, (Money, Duration)) else m.value) for m in (first, second)]
    return not all(amounts) or max(amounts) <= _MOST_A_LEVEL_CHANGES * min(amounts)


_MOST_A_LEVEL_CHANGES = 1000


def _level_order(text: str, offset: int, first: NumberMention, second: NumberMention) -> tuple[str, str] | None:
    """The roles of two figures of one kind as levels of one change, in their order, or None."""
    if not _may_be_levels_of_one_change(first, second):
        return None
    kind = first.kind
    first_start, first_end, second_start = first.start - offset, first.end - offset, second.start - offset
    between = text[first_end:second_start]
    before = max(0, first_start - 48)
    # "rose from 10% to 12%"; a count only after a word of change ("rose from 9 to 12")
    if _TO_BETWEEN.fullmatch(between):
        from_before = _FROM_BEFORE if kind in _LEVELS_ALWAYS else _CHANGE_THEN_FROM_BEFORE
        return (EARLIER_LEVEL, LATER_LEVEL) if from_before.search(text, before, first_start) else None
    # "cut rates to 4.5% from 4.75%", but not "up to 5% from ..." (a cap)
    if _FROM_BETWEEN.fullmatch(between) and not first.hedge.endswith("to"):
        to_before = _TO_BEFORE if kind in _LEVELS_ALWAYS else _CHANGE_THEN_TO_BEFORE
        return (LATER_LEVEL, EARLIER_LEVEL) if to_before.search(text, before, first_start) else None
    if _DIRECTION_BEFORE.search(text, before, first_start):
        return None  # "rose 12%, up from 10% growth": the first figure is the change, not a level
    # "$12 million, down from $30 million"; "$12 million, compared with $30 million a year earlier"
    if _CHANGE_FROM_BETWEEN.fullmatch(between):  # "fell to 66.9%, down from 289%" says its "to"
        return (LATER_LEVEL if _TO_BEFORE.search(text, before, first_start) else LATER_LEVEL_UNSAID, EARLIER_LEVEL)
    if _COMPARED_BETWEEN.fullmatch(between) and _EARLIER_AFTER.match(text, second.end - offset):
        return (LATER_LEVEL_UNSAID, EARLIER_LEVEL_UNSAID)
    if kind in _LEVELS_ALWAYS and _CHANGE_TO_BETWEEN.fullmatch(between):
        return (EARLIER_LEVEL_UNSAID, LATER_LEVEL)
    return None


_PER_BEFORE = rx.compile(r"(?<![\w-])(?i:per)\s+\Z")
# Compounds whose ordinal ranks nothing ("a third-party analytics company", "a first-hand account"):
# two such words made an unrelated pair of sentences look alike and could pair up as a conflict.
# So do "first-time" ("first-time buyers") and a squad ("the first-team coach"), but not a list of honours
# ("a first-team All-American", "second-team all-conference"), which ranks a player.
_ORDINAL_IDIOM = rx.compile(r"-(?:party|parties|hand|handed|person|guess|guessed|guessing|rate|string|stringers?|time"
                            r"|team(?![\s-]+all\b))\b", re.IGNORECASE)
_AGE_GROUP_BEFORE = rx.compile(r"(?<![\w-])(?i:under|over)-\Z")


# "first" that tells when something was done ("who first tried to sign him", "was first reported") or one's
# own first ("won his first cap"): no rank or record a report claims, so the ledger lists it only beside a rival
# ("his third cap"), never as a figure one report gives alone.  "the first case west of the Mississippi" is a
# claim, and stays one.
OWN_FIRST = "own first"
_POSSESSIVE_BEFORE = rx.compile(r"\b(?:his|her|their|its|my|our|your|[A-Z][a-z]+['’]s)\s+\Z")
_VERB_AFTER_FIRST = rx.compile(r"[^\S\n]+([a-z]{3,})(?![\w-])")
# Participles that follow "first" as the adverb it is there ("was first seen"), with no "-ed" of a past verb.
_PARTICIPLES_AFTER_FIRST = frozenset({"seen", "known", "shown", "taken", "given", "written", "done", "begun"})
# Words after "first" that end as a past verb does and are none there: "the first red card", "the first left turn".
_NO_VERBS_AFTER_FIRST = frozenset({"red", "bed", "left", "hundred"})


# Nouns that make one phrase with "first" before them, which ranks nothing: "first responders", "first aid",
# "the first lady", "first aiders" (but "the first time", "the first victim" keep their order).
_FIXED_PHRASE_AFTER_FIRST = rx.compile(r"[^\S\n]+(?:responders?|aid|aiders?|lady|ladies|gentleman)\b", re.IGNORECASE)
# The word before an ordinal that makes it an order of something: "the first recorded case", "a first reported
# sighting", "this first" (and any possessive: see _POSSESSIVE_BEFORE).
_ORDER_WORD_BEFORE = rx.compile(r"\b(?i:the|a|an|this|that|these|those|every|each)\s+\Z")
_BEING_BEFORE = rx.compile(r"\b(?i:is|are|was|were|be|been|being)\s+\Z|['’](?:s|re)\s+\Z")
_WORD_BEFORE = rx.compile(r"([A-Za-z]+)[^\S\n]+\Z")
_NAME_WORD_AFTER = rx.compile(r"[^\S\n]+[A-Z][a-z]")


def _opens_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised ordinal word from ``start`` to ``end`` opens a name, inside a sentence in lower
    case: "moved to First Lutheran Church", "on Fifth Avenue", "the First Nations" (the word before it in lower
    case, a capitalised word after it).  Not in a headline in title case ("Club Wins First Title"), whose words
    are all capitalised), nor inside a longer name joined by "of" ("the Court of First Instance"), read as a
    figure the other report's same name meets."""
    if not text[start].isupper() or not text[start:end].isalpha() or not _NAME_WORD_AFTER.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before[1].islower() and before[1] != "of"


def _first_of_when(text: str, start: int, end: int) -> bool:
    """Whether "first" is the adverb of when someone did something, between the doer and the verb ("Kessler first
    saw Tranmere", "who first tried to sign him"): no order of anything (see _own_first).  Not "the first recorded
    case" nor "his first capped season", which order something, nor a passive ("The case was first heard"),
    which may place what it tells of in a sequence ("was third heard") and stays OWN_FIRST."""
    return (_own_first(text, start, end) and not _POSSESSIVE_BEFORE.search(text, max(0, start - 16), start)
            and not _ORDER_WORD_BEFORE.search(text, max(0, start - 16), start)
            and not _BEING_BEFORE.search(text, max(0, start - 16), start))


def _own_first(text: str, start: int, end: int) -> bool:
    """Whether "first" from ``start`` to ``end`` is one's own first or says when (see OWN_FIRST): after a
    possessive, or before a past verb ("first tried", "first met", "first seen"; not "the first seed", "the
    first hundred days")."""
    if text[start:end].lower() != "first":
        return False
    if _POSSESSIVE_BEFORE.search(text, max(0, start - 16), start):
        return True
    after = _VERB_AFTER_FIRST.match(text, end)
    if after is None or after[1] in _NO_VERBS_AFTER_FIRST or after[1].endswith("eed"):
        return False
    return after[1].endswith("ed") or after[1] in _IRREGULAR_PASTS or after[1] in _PARTICIPLES_AFTER_FIRST


def _after_code_hyphen(text: str, start: int) -> bool:
    if start < 2 or text[start - 1] not in "-–":
        return False
    j = start - 1
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return any(c.isupper() for c in text[j:start - 1])


def _norm(number: int | Fraction) -> int | float:
    if isinstance(number, int):
        return number
    return number.numerator if number.denominator == 1 else float(number)


def _number(surface: str) -> tuple[int | Fraction, int]:
    """Parse one number (digits with an optional scale, or words); also return its scale (or 1)."""
    if surface.isdigit() and surface.isascii():
        return int(surface), 1  # the common case, kept fast
    if surface[0] in _CJK_DIGITS or surface[0] in _CJK_UNITS:
        numeral = surface.rstrip("万亿")
        scale = SCALE_ABBREVIATIONS[surface[len(numeral):]] if len(numeral) < len(surface) else 1
        return _cjk_numeral(numeral) * scale, scale
    match = _NUMBER_PARTS.match(surface)
    if match:
        scale = match["scale"]
        scale = (SCALES.get(scale.lower()) or _SCALES_ABROAD.get(scale)
                 or SCALE_ABBREVIATIONS[" ".join(scale.lower().split())]) if scale else 1
        return exact(_ungrouped(match["digits"])) * scale, scale
    words = surface.lower().split()
    return words_to_number(surface), SCALES.get(words[-1], 1) if len(words) > 1 else 1


_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
               "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}


def _cjk_numeral(numeral: str) -> int:
    """"十二" 12, "二十" 20, "一百零五" 105, "两千三百" 2300: a digit counts the unit after it;
    without units, digit by digit: "二〇二二" 2022."""
    if len(numeral) > 1 and not any(char in _CJK_UNITS for char in numeral):
        return int("".join(str(_CJK_DIGITS[char]) for char in numeral))
    total = digit = 0
    for char in numeral:
        if char in _CJK_UNITS:
            total += (digit or 1) * _CJK_UNITS[char]
            digit = 0
        else:
            digit = _CJK_DIGITS[char]
    return total + digit


def _unit(surface: str | None) -> tuple[str, int | Fraction, str] | None:
    """(kind, factor to base, canonical unit) of a unit as written."""
    if not surface:
        return None
    key = " ".join(surface.split())
    # "m euros", "m Swiss francs": millions of a currency ("128M bytes" are a data size)
    if key[1:2] == " " and key[0] in "mM" and key not in MEASURES:
        currency, factor = CURRENCY_WORDS.get(key[2:]) or _POUNDS
        return ("money", factor * 10**6, currency)
    if key.endswith(("old", "olds")):  # "26-year-old", "six-month-old"
        return ("age", Fraction(1, 12) if key.startswith("month") else 1,
                "month" if key.startswith("month") else "year")
    if key in DURATIONS:
        base, factor, canonical = DURATIONS[key]
        return ("duration:" + base, factor, canonical)
    if key in CURRENCY_WORDS:
        currency, factor = CURRENCY_WORDS[key]
        return ("money", factor, currency)
    if key in TEMPERATURES:
        return ("temperature", 1, TEMPERATURES[key])
    if key in CJK_AGES:
        return ("age", 1, "year")
    if key in CONCENTRATIONS:
        return CONCENTRATIONS[key]
    return MEASURES["inch" if key == _BARE_INCHES else "watt" if key == BARE_WATTS else key]


def _letters_name_something_else(match: re.Match, text: str, end: int) -> bool:
    """Whether a data size's letters ("TB", "GB") name something else, as a plural noun after them shows:
    "1,200 TB cases" (tuberculosis), "5 GB medals" (Great Britain).  "1.5TB of data" and "a 512GB phone" are
    sizes, and so is any size spelt as a word ("1.2 terabytes") or glued to its digits ("500 2TB drives").
    Only a noun right after the letters tells: "6 GB of emails" measures the emails, as "of data" does."""
    letters = "u2" if match["q_u2"] else "u1"
    glued = text[match.start("q_" + letters) - 1].isdigit()
    return (match["q_" + letters][-1] == "B" and not glued and not _OF_AFTER.match(text, end)
            and _plural_noun_follows(text, end))


_OF_AFTER = rx.compile(r"[\s-]+(?i:of)\b")


_POUNDS = ("GBP", 1)  # after a scale, pounds are money: "3.6m pounds", "5 million pounds"


# The lines of a video's picture, written as pence are ("1080p", "720p"): read as lines, not money, where the
# figure is one of those a screen has and the sentence speaks of pictures.  A price in pence stays money
# ("shares closed at 720p", "a 50p coin").
_VIDEO_LINES = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
_VIDEO_CUE = rx.compile(r"(?i:\b(?:video|videos|footage|stream(?:s|ed|ing)?|resolution|HD|screens?|displays?"
                        r"|monitors?|cameras?|TVs?|televisions?|pixels?|fps|frames?|YouTube|Netflix|films?|movies?"
                        r"|playback|upscal\w*|consoles?|graphics)\b)")


# A market report prices a TV or camera maker's shares in pence: the price wins over the picture words. Its
# cues: shares or stock (not the verb "shares 1080p video", nor "stock footage"), or a figure in pence that no screen has beside it
# ("rose 12p to 480p"; "from 720p to 1080p" stays lines).
_PRICE_CUE = rx.compile(r"(?i:\b(?:shares?(?!\s+(?:[0-9]|(?:its|their|the|an?|his|her)\b))|share\s+price|stocks?(?!\s+(?:footage|video|images?|photos?|pictures?))"
                        r"|pence)\b)")
_PENCE_FIGURE = rx.compile(r"(?<![\w.])([0-9]+(?:\.[0-9]+)?)p\b")


def _video_lines(match: re.Match, text: str, n1_text: str) -> bool:
    """Whether a figure read as pence ("1080p") is a video's lines: one of the line counts a screen has, in a
    sentence that speaks of pictures (not "Shares hit a record 720p") and not of a share price ("Shares in
    the camera maker rose 12p to 480p")."""
    unit = "q_u2" if match["q_u2"] else "q_u1"
    if match[unit] != "p" or n1_text not in _VIDEO_LINES:
        return False
    start, end = _sentence_span(text, match.start(), match.end())
    return _VIDEO_CUE.search(text, start, end) is not None and not _speaks_of_a_price(text, start, end)


def _speaks_of_a_price(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] names shares or stock, or gives a price in pence that is no
    screen's line count."""
    if _PRICE_CUE.search(text, start, end):
        return True
    return any(figure[1] not in _VIDEO_LINES for figure in _PENCE_FIGURE.finditer(text, start, end))


# After a speed's "an hour", words that make the hour a time of its own: "walked 3 miles an hour ago", "swam 2
# kilometres an hour later": a length, then when (but "travelling at 110 kilometres an hour before the crash"
# is a speed).
_AN_HOUR_OF_WHEN_AFTER = rx.compile(r"\s+(?i:ago|later|earlier)\b")
_AN_HOUR = rx.compile(r"\s+an\s+hour\Z")


def _length_before_an_hour(match: re.Match) -> tuple[str, int | Fraction, str, int]:
    """(kind, factor, unit, end) of the length a speed's match holds before its "an hour" (see
    _AN_HOUR_OF_WHEN_AFTER); the speed as read where its unit has no "an hour" ("3 mph ago")."""
    group = "q_u2" if match["q_u2"] else "q_u1"
    an_hour = _AN_HOUR.search(match[group])
    if an_hour is None:
        return (*_unit(match[group]), match.end(group))
    return (*_unit(match[group][:an_hour.start()]), match.start(group) + an_hour.start())


def _quantity(match: re.Match, text: str):
    """A number or a range, with an optional unit and conversion: count, year, age, length..."""
    n1_text, n2_text = match["q_n1"], match["q_n2"]
    unit1, unit2 = _unit(match["q_u1"]), _unit(match["q_u2"])
    if match["q_conv"] and not (unit1 or unit2):
        return "unconverted"  # "-3.17 (-6.11%)": a figure and another one, not one in two units
    if (match["q_u1"] or match["q_u2"]) in BARE_TEMPERATURE_LETTERS and not _bare_degrees(match, text):
        return None  # "seat 23F", "Gate 5C", "Boeing 747F", "2F会場": a label, no temperature
    if match["q_conv"] and (match["q_conv"].startswith("/") or _converts_both_ends(match)) and (
            _converted_unit(match["q_conv"]) == (unit2 or unit1)):
        # "the 100m/200m double", "5% to 6% (7% to 8%)": two figures in one unit, not one in two
        return "unconverted"
    unit = unit2 or unit1
    if ((n1_text[-1] in "kK" or n2_text and n2_text[-1] in "kK") and not (unit and unit[0] == "money")
            and not _thousands_of_a_noun(match, text)):
        return None  # "a 5K run", "4K TVs", "the 10K": a race or a screen, not thousands ("500k euros" are)
    if match["q_conv"] and unit:
        end = match.end("q_conv")
    else:
        end = max(match.end("q_n1"), match.end("q_u1"), match.end("q_n2"), match.end("q_u2"))  # -1: absent
    signed = match["q_s1"] is not None or match["q_s2"] is not None  # a minus may stand before a figure
    degrees = _bare_degrees_after(match, text, end, signed) if not unit else None
    if degrees:
        unit2, end = degrees  # "30 degrees", "minus 5 degrees": a temperature, its scale unwritten
        unit = unit2
    if match["q_until"] and not _years_until(match, text, end):
        return "split"  # "open from 9 until 5": two figures
    if n2_text and (unit1 and unit2 and unit1 != unit2 or unit1 and not unit2 and " to " in match.group()
                    or _from_to(match, text, bool(unit1 and unit2), unitless=not (unit1 or unit2))
                    and not _converts_both_ends(match) and not _span_of_years(match, text, end)):
        if unit2 and unit2[0] == "temperature" and not unit1:
            return _temperatures_from_to(match, text, unit2, end)
        # "5 km to 10%", "0.5 percentage points to 4.5%", "1.2% to 34,500", "rose from 10% to 15%": two
        # figures, not a range (a range gives its unit once, at the end, or at both ends)
        return "split"
    n1, scale1 = _number(n1_text)
    n2, scale2 = _number(n2_text) if n2_text else (None, 1)
    if not unit and scale1 == scale2 == 1 and (_BARE_DECIMAL_COMMA.fullmatch(n1_text)
                                               or n2_text and _BARE_DECIMAL_COMMA.fullmatch(n2_text)):
        return None  # "pages 1,5 and 7": a list, unless a measure follows ("12,5 %", see _DECIMAL_COMMA)
    if n2 is not None and scale1 == 1 and not unit1:
        # "10-20 million", "2-3,000": the scale or the thousands are shared
        n1 *= scale2 * _shared_thousands(text, match.start(), match.span("q_n1"), match.span("q_n2"))
    kind, factor, unit_name = unit or ("count", 1, "")
    if kind == "speed" and not match["q_conv"] and _AN_HOUR_OF_WHEN_AFTER.match(text, end):
        kind, factor, unit_name, end = _length_before_an_hour(match)  # "walked 3 miles an hour ago": no speed
    if match["q_u1"] == "年" and n2 is None and len(n1_text) == 4 and 1900 <= n1 <= 2099:
        return ("year", int(n1), "", match.start(), match.end("q_u1"))  # "二〇二二年": a year, not 2,022 of them
    if unit_name == "GBP" and factor != 1 and _video_lines(match, text, n1_text):
        return None  # "1080p footage", "a 720p stream": the lines of a video's picture, no pence
    if match["q_aged"] and kind in ("count", "duration:month"):
        kind, factor, unit_name = "age", Fraction(1, 12) if unit_name == "month" else 1, "year"
    elif unit_name == "lb" and (scale1 > 1 or _pounds_in_money_context(match, text, end)):
        kind, factor, unit_name = "money", 1, "GBP"  # "5 million pounds", "a reward of 250,000 pounds"
    elif kind == "data" and _letters_name_something_else(match, text, end):
        kind, factor, unit_name = "count", 1, ""  # "1,200 TB cases", "5 GB medals": a count, no data
        end = match.end("q_n2") if n2_text else match.end("q_n1")
    elif unit_name == "m" and (_plural_noun_follows(text, end) or _cubed_or_squared_after(text, end)
                               or _millions_in_context(text, match.start(), end)):
        kind, factor, unit_name = "count", 10**6, ""  # "5m people", "the waiting list fell to 7.24m"
        measure = _measure_in_millions(text, end)
        if measure:
            kind, factor, unit_name, end = measure  # "1.2m litres", as "1.2 million litres" is
    elif kind == "count":
        if n2 is None and n1_text.lower() == "one":
            return None  # "one of the", "no one": too often not a count (but see _with_single_casualties)
        year = _year_range(n1_text, n2_text) if n2_text else (
            int(n1_text) if _PLAIN_YEAR.fullmatch(n1_text) or _older_year(text, match.start(), end) else None)
        if year is not None:
            return ("year", year, "", match.start(), end)
        if n2 is None and _looks_like_age(text, match.start(), end, n1):
            kind, unit_name = "age", "year"
    start = match.start()
    if kind == "temperature":  # "-5C", "minus 5 degrees Celsius", "between -5 and -10C": below zero, as written
        n1, n2, start = _with_signs(match, text, n1, n2, _MINUS_BEFORE)
        if n2 is not None and n1 > n2:
            n1, n2 = n2, n1  # "-5 to -10C": the range from -10 to -5
    elif kind in ("count", "percent") and signed:  # "-3%", "(−2.5%)", "growth of -0.3%", "5 to -3%"
        n1, n2, start = _with_signs(match, text, n1, n2, _PLAIN_MINUS_BEFORE)
    elif n2 is not None and text[match.start("q_n2") - 1] in _MINUS_SIGNS and match["q_n2"][0].isdigit() and " to " in match.group():
        return "split"  # "5 to -3 km": a change across zero, each figure on its own
    if n2 is not None and (n1 > n2 or kind == "count" and not unit and _tally(match, text, end)):
        return "split"  # "won 3-1", "a 48-52 vote": a score, not a range; "5 to -3%": a change across zero
    item = _item_maker(kind, unit_name)
    value = item(n1 * factor) if n2 is None else Range(item(n1 * factor), item(n2 * factor))
    return (kind.split(":")[0], value, unit_name, start, end)


# "One person died", "one passenger drowned", "A firefighter died", "police arrested a man": a lone "one"
# before a singular noun, or an article before a person, counts one of them where the sentence gives
# their fate (_role; the fates of numwords.FATE_SENSES), and the ledger sets it against the other
# report's count of that noun ("Two firefighters died") and against nothing else (see is_single).
# Elsewhere "one" and "a" count nothing a reader would quote: "one of the", "one in five", "no one", "at
# one point", "one another", "a man who died", "Sometimes one guy was shot" (no fate read).
_FATE_STEMS = frozenset(FATE_SENSES)
# A first look for a fate, on every sentence: the stems of numwords.FATE_SENSES ("kill", "die"; "dy" of
# "dying") anywhere in the lower-cased text, the quickest search; numwords.fate_of reads each word one opens.
_FATE_OPENING = rx.compile("|".join(sorted(
    _FATE_STEMS | {verb[:-2] + "y" for verb in _FATE_STEMS if verb.endswith("ie")}, key=_longest_first)))
_WORD = rx.compile(r"[A-Za-z]+")


def _says_a_fate(text: str) -> bool:
    """Whether ``text`` holds a word of a fate (numwords.fate_of): "were killed", "kills", "dying"; not
    "studied" or "soldiers", which only hold a fate's letters."""
    lower = text.lower()
    for found in _FATE_OPENING.finditer(lower):
        start = found.start()
        if (start == 0 or not lower[start - 1].isalpha()) and fate_of(_WORD.match(lower, start).group()):
            return True
    return False


_NOT_RELATIVE = r"(?![\w'’-])(?!,?\s+(?:who|whom|whose|that|which)\b)"
_PERSON_AN_ARTICLE_COUNTS = (rf"(?:{_PEOPLE}|person|civilian|protester|demonstrator|miner|hostage|patient|pupil"
                             rf"|police(?:man|woman)?|motorist|bystander|employee|guard|sailor|fan|spectator|crewman"
                             rf"|journalist)")
_SINGLE_BEFORE_NOUN = rx.compile(
    rf"(?<![\w-])(?:(?P<one>[Oo]ne)(?=\s+[a-z]+{_NOT_RELATIVE})"
    rf"|[Aa]n?(?=\s+{_PERSON_AN_ARTICLE_COUNTS}{_NOT_RELATIVE}))")
# The article before a person alone, as a first look where no "one" is: a pattern that opens with a class of
# letters is searched for by skipping to them, where _SINGLE_BEFORE_NOUN is tried at every position.
_ARTICLE_BEFORE_A_PERSON = rx.compile(rf"[Aa]n?\s+{_PERSON_AN_ARTICLE_COUNTS}")
_ONE_NOUN_AFTER = rx.compile(r"\s+([a-z]+)")
_NOT_COUNTED_BY_ONE = frozenset({
    "another", "such", "last", "final", "more", "way", "thing", "time", "point", "hand", "side", "bit", "kind",
    "sort", "piece", "step", "moment", "lot", "like", "big", "single", "only", "same", "particular", "certain",
    "day", "night", "too", "apiece", "alone", "either", "anyway", "still", "also", "thus", "dead"})
# "One point" is mostly a point made ("one point of contention", "at one point"), but in a table or a vote it
# is a margin: "one point clear of the drop zone", "one point behind", "won by one point".
_STANDING_AFTER_POINTS = rx.compile(r"\s+(?:clear|behind|ahead|adrift|above|below|short|shy|off|back|better"
                                    r"|worse|up|down)\b")


def _one_point_is_a_margin(text: str, end: int, before: list[str]) -> bool:
    """Whether "one point" ending at ``end`` is a margin in a table or a vote: a word of standing after it, or
    "by" before it."""
    return bool(before and before[-1].lower() == "by") or _STANDING_AFTER_POINTS.match(text, end) is not None


_NOT_ONE_BEFORE = frozenset({"no", "any", "every", "each", "some", "the", "this", "that", "which", "at", "on",
                             "one", "a",
                             # "Sometimes one guy was shot", "perhaps one reason": one of a kind, no count
                             "sometimes", "often", "usually", "occasionally", "typically", "perhaps", "maybe"})


def _one_counts(text: str, start: int, end: int) -> bool:
    """Whether the lone "one" from ``start`` to ``end`` may count the singular noun right after it."""
    noun = _ONE_NOUN_AFTER.match(text, end)
    word = noun[1] if noun else ""
    before = text[max(0, start - 16):start].split()
    if word == "point":  # "one point clear of the drop zone", "won by one point"; not "one point of contention"
        if not _one_point_is_a_margin(text, noun.end(), before):
            return False
    elif not word or word in NOT_NOUNS or word in _NOT_COUNTED_BY_ONE or singular(word) != word or word.endswith("ly"):
        return False
    if before and text[start] == "O" and _in_a_name(before[-1]):
        return False  # "Formula One driver", "Category One hurricane", "BBC One programme": a name
    return not (before and before[-1].lower().strip("\"“‘'(") in _NOT_ONE_BEFORE)


def _in_a_name(word_before: str) -> bool:
    """Whether a capital "One" after ``word_before`` is part of a name: a capitalised word right before
    it, not the end of a sentence ("Formula One", "BBC One"; not "He left. One man died.")."""
    word = word_before.lstrip("\"“‘'(")
    return bool(word) and word[0].isupper() and word[-1].isalnum()


def _with_single_casualties(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with the counts of one in words: a lone "one" before a singular noun anywhere ("they
    released one video", "with one report of burns"), an article before a person where the sentence
    gives a fate ("A firefighter died").  The ledger sets each against a count of the same noun only."""
    fate = None  # looked for only where an article could count one of the fallen (a search of every word)
    if "one" not in text and "One" not in text:
        if not _ARTICLE_BEFORE_A_PERSON.search(text):
            return mentions  # most sentences: no "one", and no "a" before a person
        fate = _says_a_fate(text)
        if not fate:
            return mentions  # nobody died, was hurt or was arrested
    singles: list[NumberMention] = []
    for found in _SINGLE_BEFORE_NOUN.finditer(text):
        if found["one"]:
            if not _one_counts(text, found.start(), found.end()):
                continue
        else:
            if fate is None:
                fate = _says_a_fate(text)
            if not fate:
                continue
        if any(m.start - offset <= found.start() < m.end - offset for m in mentions):
            continue
        read: list[NumberMention] = []
        _add(text, offset, read, "count", 1, "", found.start(), found.end())
        if read[0].unit and (found["one"] or read[0].role in _FATE_STEMS):
            singles.append(read[0])
    return _in_place_of(mentions, singles)


# "One day, the men left", "One day he will return", "hoped that one day they would": "one day" as an
# adverb says when, not how long (as "a one-day strike", "lasted one day", "one day later" do).
_ONE_DAY_ADVERB = rx.compile(
    r"(?:\A|[.;:!?]\s+|\b(?:and|but|that|so|then|until|hope|hoped|hopes)\s+)[\"“‘'(]?\Z")
_ONE_DAY_CLAUSE_AFTER = rx.compile(
    r",|\s+(?:he|she|they|we|I|you|it|the|a|an|his|her|their|our|my|this|that|there|police|soon)\b")


def _without_one_day_openers(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "ne day" not in text:
        return mentions  # most sentences (checked without a regex search)
    return [m for m in mentions if not (
        m.kind == "duration" and m.surface.lower() == "one day" and not m.hedge
        and _ONE_DAY_ADVERB.search(text, max(0, m.start - offset - 12), m.start - offset)
        and _ONE_DAY_CLAUSE_AFTER.match(text, m.end - offset))]


# "Talks between the two sides", "the two countries' leaders met", "between the two men": "the two" names the
# two parties the story has already named, as "both" would; no figure a report could give otherwise (a dispute
# has two sides, "between" takes two).  "The two men were arrested" stays a count: another report may say three.
_THE_TWO_BEFORE = rx.compile(r"(?i:\b(?P<between>between\s+)?the\s+)\Z")
_TWO_PARTIES = frozenset({"side"})


def _without_the_two_parties(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if "two" not in text and "Two" not in text:
        return mentions  # most sentences (checked without a regex search)
    return [m for m in mentions if not _names_the_two_parties(text, offset, m)]


def _names_the_two_parties(text: str, offset: int, m: NumberMention) -> bool:
    if m.kind != "count" or m.surface.lower() != "two" or m.hedge or m.role:
        return False
    before = _THE_TWO_BEFORE.search(text, max(0, m.start - offset - 12), m.start - offset)
    return before is not None and (before["between"] is not None or m.unit in _TWO_PARTIES)


# "in the first three days", "the first 100 days", "its second two matches": an ordinal in words between a
# determiner and a figure picks out which of them the figure counts, and is no rank of its own; the figure tells
# it all.  Without the determiner the ordinal is a place of its own: "finished second 12 seconds behind", "came
# third 0.4 seconds down", whose rank disputes another report's "third"; and after "a" it ranks the one thing
# named ("a second 12-month term" is the second term, and disputes "a third 12-month term").
_KINDS_AN_ORDINAL_PICKS_FROM = frozenset({"count", "duration", "length", "area", "volume", "weight", "money",
                                          "percent"})
_DETERMINER_BEFORE_ORDINAL = rx.compile(
    r"(?:(?<![\w-])(?i:the|its|their|his|her|our|my|your|this|that|these|those)|\w['’]s)\s+\Z")


def _without_ordinals_before_figures(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    picking = {m.start for m, after in zip(mentions, mentions[1:])
               if m.kind == "ordinal" and m.surface.isalpha() and after.kind in _KINDS_AN_ORDINAL_PICKS_FROM
               and text[m.end - offset:after.start - offset] == " "
               and _DETERMINER_BEFORE_ORDINAL.search(text, max(0, m.start - offset - 8), m.start - offset)}
    return [m for m in mentions if m.start not in picking] if picking else mentions


# "73 by 92 centimetres", "3 x 4m": a size whose unit is written once, after its last figure, which gives it
# to the figures before it, so that "73 by 92 centimetres" meets "73cm by 92cm" figure by figure.  Not a relay
# ("the 4 x 100m relay", "the 4 x 200 metres freestyle"): its first figure counts the team, each of whom runs
# or swims the length.
_BY_OF_A_SIZE = rx.compile(r"\s*(?:by|x|×)\s*\Z")
_RELAY_AFTER = rx.compile(r"(?i:[\s-]+(?:(?:men|women|mixed|boys|girls)['’]s\s+)?"
                          r"(?:relays?|medley|freestyle|backstroke|breaststroke|butterfly|squad|team|quartet)\b)")
_LENGTH_FACTORS = {canonical: factor for kind, factor, canonical in MEASURES.values() if kind == "length"}


def _with_sizes_by_their_last_unit(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    if " by " not in text and "x" not in text and "×" not in text:
        return mentions  # most sentences (checked without a regex search)
    sized = list(mentions)
    for i in range(len(sized) - 2, -1, -1):  # from the last figure back: "2 by 3 by 4 metres"
        figure, sized_after = sized[i], sized[i + 1]
        if (figure.kind == "count" and figure.unit in ("", "x") and not figure.hedge and not isinstance(figure.value, Range)
                and sized_after.kind == "length" and sized_after.unit in _LENGTH_FACTORS
                and _BY_OF_A_SIZE.match(text[figure.end - offset:sized_after.start - offset])
                and not _RELAY_AFTER.match(text, sized_after.end - offset)):
            value = _norm(Fraction(figure.value) * _LENGTH_FACTORS[sized_after.unit])
            sized[i] = replace(figure, kind="length", value=value, unit=sized_after.unit)
    return sized


# The words that make a count one when nothing else does: "one passenger", "a firefighter".
SINGLE_WORDS = frozenset({"one", "a", "an"})
# The word that makes a count two of the plural noun after it: "both doses", "both pilots".
PAIR_WORD = "both"
# "Both" before a plural noun counts two of it ("received both doses", "both pilots died", "both sides
# agreed"), and the ledger sets it against the other report's count of that noun ("three doses") and
# nothing else, as it does a lone "one".  Not "both men and women" (two kinds named, no count of either),
# nor "both" with no noun ("both were injured": nothing to set it against), nor "both young children" (a
# word between, which may be one of several).
_WIDER_PLACE = (r"(?:building|block|city|town|village|country|region|state|county|district|area|site|estate"
                r"|complex|street|house|hospital|school|prison|island|capital|province|borough|world)\b")
_BOTH_BEFORE_NOUN = rx.compile(
    r"(?<![\w-])[Bb]oth\s+(?:of\s+)?(?:(?:the|these|those|their|his|her|its|our|my|your)\s+)?(?P<noun>[a-z]+)"
    r"(?![\w'’-])(?!,?\s+(?:and|or|as\s+well\s+as)\b)"
    # "both hospitals in the city", "both floors of the building": two of a wider set, which the other
    # report may count whole ("3 hospitals, including both in the city"); only before a place that holds
    # more than the two, as "both doses of the vaccine" are all the doses and "both men in the car" all
    # the men in it
    r"(?!\s+(?:(?:in|at|across|inside|outside|near)\s+(?:[A-Z]|(?:the|this|that|its|their)\s+" + _WIDER_PLACE + r")"
    r"|of\s+the\s+" + _WIDER_PLACE + r"))")


# "a pair of drones" is two drones, a count the ledger treats as it treats "both drones"; not "a pair of
# scissors" (numwords.PAIRED_NOUNS), which is one thing.  "A trio of hillwalkers" is three of them, a count as
# "three hillwalkers" is (and "a duo of", "a quartet of", "a quintet of" likewise): unlike "pair", these words
# name no one thing made of two parts.
PAIR_OF = "a pair of"
_GROUP_OF_BEFORE_NOUN = rx.compile(
    r"(?<![\w-])[Aa]\s+(?P<group>pair|duo|trio|quartet|quintet)\s+of\s+"
    # past one modifier in hyphens: "A pair of off-duty lifeguards", "a trio of well-known climbers"
    r"(?:(?:the|these|those|their|his|her|its|our)\s+)?(?:[a-z]+(?:-[a-z]+)+\s+)?(?P<noun>[a-z]+)(?![\w'’-])")
_GROUP_SIZES = {"pair": 2, "duo": 2, "trio": 3, "quartet": 4, "quintet": 5}
_GROUPS_OF = ("pair of", "duo of", "trio of", "tet of")  # "quartet of", "quintet of"


def _with_counts_of_both(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with "both" or "a pair of" before a plural noun read as a count of two of it, "a trio of" as
    one of three (see _BOTH_BEFORE_NOUN, _GROUP_OF_BEFORE_NOUN)."""
    if "oth " not in text and not any(group in text for group in _GROUPS_OF):
        return mentions  # most sentences (checked without a regex search)
    pairs: list[NumberMention] = []
    for pattern, words in ((_BOTH_BEFORE_NOUN, PAIR_WORD), (_GROUP_OF_BEFORE_NOUN, PAIR_OF)):
        for found in pattern.finditer(text):
            noun = found["noun"]
            size = _GROUP_SIZES[found["group"]] if words == PAIR_OF else 2
            if (noun in NOT_NOUNS or singular(noun) == noun or words == PAIR_OF and noun in PAIRED_NOUNS
                    or any(m.start - offset <= found.start() < m.end - offset for m in mentions)):
                continue
            # The words alone, as "A" of "A firefighter": the noun stays a word both sentences share
            end = found.start() + len(PAIR_WORD) if words == PAIR_WORD else text.index("of", found.end("group")) + 2
            _add(text, offset, pairs, "count", size, singular(noun), found.start(), len(text[:end].rstrip()))
    return _in_place_of(mentions, sorted(pairs, key=lambda m: m.start))


def is_single(m: NumberMention) -> bool:
    """A count of one read from "one" or an article ("one passenger drowned", "A firefighter died"): the
    ledger pairs it only with a count of the same noun in the other report, and leaves it out otherwise,
    as a lone "one" or "a" is too rarely the figure a report gives."""
    return m.kind == "count" and m.value == 1 and m.surface.lower() in SINGLE_WORDS


def is_word_count(m: NumberMention) -> bool:
    """A count read from a word that is no figure on its own: of one ("one passenger", "A firefighter": see
    is_single) or of two ("both doses").  The ledger pairs it only with a count of the same noun."""
    return is_single(m) or m.kind == "count" and m.value == 2 and " ".join(m.surface.lower().split()) in (
        PAIR_WORD, PAIR_OF)


def _plural_of(noun: str) -> str:
    """The plural of a counted noun as read ("dose" -> "doses", "party" -> "parties", "man" -> "men"), for
    quoting "both" with it; "" where the spelling rules and the irregular plurals give none that numwords.
    singular reads back to ``noun``."""
    irregular = [plural for plural, one in IRREGULAR_PLURALS.items() if one == noun]
    plural = (irregular[0] if irregular else noun[:-1] + "ies" if _CONSONANT_Y.search(noun)
              else noun + "es" if noun.endswith(("s", "x", "z", "ch", "sh")) else noun + "s")
    return plural if singular(plural) == noun else ""


_CONSONANT_Y = rx.compile(r"[^aeiou]y\Z")


def is_count_without_numeral(m: NumberMention) -> bool:
    """A count read from an article or "both" ("a suspect", "both doses"): words no report gives as a figure,
    unlike "one"."""
    return is_word_count(m) and m.surface.lower() != "one"


# "2-3,000", "20-30,000 people", "$5-10,000": the thousands written once, for both ends, as "10-20
# million" writes its scale once.  Only a dash between, a bare first figure of up to three digits
# below the second's leading group, and no number of a page or a section before ("pages 2-3,000").
_THOUSANDS_WRITTEN_ONCE = rx.compile(r"([1-9][0-9]{0,2})((?:,000)+)")
_RANGE_DASH = rx.compile(r"\s?[-–—]\s?")
_NUMBERED_BEFORE = rx.compile(r"(?i:\b(?:pages?|pp?\.|paragraphs?|chapters?|sections?|articles?|clauses?|verses?"
                              r"|lines?|items?|nos?\.?|numbers?)\s+)\Z")


def _shared_thousands(text: str, start: int, first_span: tuple[int, int], second_span: tuple[int, int]) -> int:
    """What the first figure of a range starting at ``start`` is to be multiplied by: 1000 in "2-3,000"
    (2,000 to 3,000), else 1 ("999-1,000", "1,500-2,000", "2 to 3,000" stay as written)."""
    first, second = text[slice(*first_span)], text[slice(*second_span)]
    thousands = _THOUSANDS_WRITTEN_ONCE.fullmatch(second) if "," in second else None
    if (thousands is None or not first.isdigit() or len(first) > 3 or not 0 < int(first) < int(thousands[1])
            or not _RANGE_DASH.fullmatch(text, first_span[1], second_span[0])
            or _NUMBERED_BEFORE.search(text, max(0, start - 12), start)):
        return 1
    return 1000 ** thousands[2].count(",")


def _thousands_of_a_noun(match: re.Match, text: str) -> bool:
    """Whether "25K" is 25,000 of something: a plural noun straight after it ("25K employees", "10-20k
    fans"), no unit, and at least 10 thousand or a decimal ("1.5K"), as "5K runners" ran a 5K and
    "4K TVs" show 4K pictures; and no noun a "K" names otherwise ("10K runners", "16K screens")."""
    digits = next(figure for figure in (match["q_n2"], match["q_n1"]) if figure and figure[-1] in "kK")[:-1]
    return (not (match["q_u1"] or match["q_u2"]) and (len(digits) > 1 or "." in digits)
            and _plural_noun_follows(text, match.end())
            and singular(_word_after(text, match.end())) not in _NOT_THOUSANDS_OF)


# What a "K" names besides thousands: a race's kilometres ("10K runners") and a screen's pixels ("8K TVs").
_NOT_THOUSANDS_OF = frozenset({"runner", "racer", "race", "run", "walker", "tv", "screen", "display", "monitor",
                               "video", "camera", "television"})


def _converts_both_ends(match: re.Match) -> bool:
    """Whether the brackets convert a range end to end: "from -5 to 3C (23F to 37F)", "from 20C to
    25C (68F to 77F)".  The writer gives the two figures as one span, so they stay one range with
    the conversion, where "from -5 to 3C" alone is a start and an end (see _from_to)."""
    return match["q_conv_low"] is not None


def _with_signs(match: re.Match, text: str, n1, n2, minus_before: re.Pattern):
    """The quantity's figures with the minus written before each made negative, and where the
    quantity starts: at its first figure's minus when that stands before the match ("-3%")."""
    start = match.start()
    minus = _minus_at(text, match.start("q_n1"), minus_before)
    if minus is not None:
        n1, start = -n1, min(start, minus)
    if n2 is not None and _minus_at(text, match.start("q_n2"), minus_before) is not None:
        n2 = -n2
    return n1, n2, start


def _minus_at(text: str, figure_start: int, minus_before: re.Pattern) -> int | None:
    """Where the minus written right before the figure at ``figure_start`` begins, else None."""
    if not figure_start or text[figure_start - 1] not in _MINUS_SIGNS and not text.endswith("inus ", 0, figure_start):
        return None  # most figures: neither "-5" nor "minus 5" (checked without a regex search)
    found = minus_before.search(text, max(0, figure_start - 8), figure_start)
    return found.start() if found else None


def _temperatures_from_to(match: re.Match, text: str, unit, end: int) -> list:
    """"from -5 to 3C", "rose from 5 to 10C": a start and an end (see _from_to), two temperatures in
    the one scale written after the second."""
    scale = unit[2]
    item = _item_maker("temperature", scale)
    readings = []
    for group, group_end in (("q_n1", match.end("q_n1")), ("q_n2", end)):
        degrees, _ = _number(match[group])
        start = match.start(group)
        minus = _minus_at(text, start, _MINUS_BEFORE)
        if minus is not None:
            degrees, start = -degrees, minus
        readings.append(("temperature", item(degrees), scale, start, group_end))
    return readings


def _bare_degrees_after(match: re.Match, text: str, end: int, signed: bool):
    """(unit, end) of "degrees" or "°" after figures with no scale written, else None.  Below zero
    ("minus 5 degrees", "between -5 and -10 degrees") they are Celsius, the scale of most copy that
    writes them.  Otherwise ("30 degrees", "1.5 degrees of warming", "turned 180 degrees") the scale
    may be either: the ledger tries both.  Not after a sign that is no minus ("plus or minus 2
    degrees", a margin), nor after figures in words ("two degrees in law"), nor for an angle or a place
    ("turned 90 degrees", "51°30'N": see _ANGLE_AFTER_DEGREES)."""
    if not (text.startswith("degree", end + 1) or text.startswith("°", end)):
        return None  # most figures (checked without a regex search)
    degrees = _DEGREES_AFTER.match(text, end)
    if degrees is None:
        return None
    if signed:
        below_zero = any(_minus_at(text, match.start(group), _MINUS_BEFORE) is not None
                         for group in ("q_n1", "q_n2") if match[group])
        if below_zero:
            return (_UNWRITTEN_SCALE, degrees.end())
        if match["q_s1"] is not None:
            return None  # "plus or minus 2 degrees": a margin
        # "30-35 degrees": the dash of a range, no sign, read as "30 to 35 degrees"
    if not all(figure[0].isdigit() for figure in (match["q_n1"], match["q_n2"]) if figure):
        return None
    if (_ANGLE_AFTER_DEGREES.match(text, degrees.end())
            or _ANGLE_BEFORE_DEGREES.search(text, max(0, match.start() - 40), match.start())):
        return None  # "51°30'N", "51.5 degrees north", "turned 90 degrees", "a 45-degree angle": no temperature
    return (_UNKNOWN_SCALE, degrees.end())


# Degrees of an angle or a place, not of heat: minutes or a compass point after ("51°30'N", "51.5
# degrees north", "37 degrees latitude", "a 45-degree angle", "a 180-degree U-turn", "listed 20 degrees to
# port"), or a turn, a lean or a slope before ("turned 90 degrees", "the tower leans 4 degrees", "banked
# sharply at 60 degrees", "the road climbs at 12 degrees"), or the slant a noun names ("a gradient of around
# 38 degrees", "a roof pitch of 40 degrees", "slopes steeper than 30 degrees").  "Rose", "fell" and "climbed"
# alone are temperatures' words too ("temperatures climbed 10 degrees"); a slope's "climbs at" is not.
_ANGLE_AFTER_DEGREES = rx.compile(
    r"\s?(?:[0-9]|['′]|[NSEW]\b|(?i:north|south|east|west|lat(?:itude)?|long(?:itude)?|angle|(?:[a-z]+-)?turn"
    r"|arc|tilt|incline|slope|gradient|bend|view|rotation|spin|reversal|flip|volte-face"
    r"|of\s+(?:arc|latitude|longitude|the\s+compass)"
    r"|(?:to|towards)\s+(?:port|starboard|the\s+(?:left|right|vertical|horizontal))"
    r"|(?:off|from|past|beyond)\s+(?:the\s+)?(?:vertical|horizontal|upright|level|course))\b)")
_ANGLE_BEFORE_DEGREES = rx.compile(
    r"(?i:\b(?:turn(?:s|ed|ing)?|rotat(?:e|es|ed|ing)|tilt(?:s|ed|ing)?|spun|spin(?:s|ning)?|swung|swivell?ed"
    r"|pivot(?:s|ed)?|veer(?:s|ed)|bank(?:s|ed|ing)?|angled|latitude|longitude|inclin(?:e|es|ed|ing)"
    r"|slop(?:e|es|ed|ing)|lean(?:s|ed|ing)?|leant|list(?:s|ed|ing)|heel(?:s|ed|ing)|pitch(?:es|ed|ing)"
    r"|(?:climb(?:s|ed|ing)?|descend(?:s|ed|ing)?)(?=(?:\s+\w+ly)?\s+at\s)"
    r"|(?:angle|gradient|slope|incline|inclination|pitch|tilt|lean|list|camber|grade)s?\s+"
    r"(?:of|at|steeper\s+than|shallower\s+than|greater\s+than|exceeding))"
    r"(?:\s+(?:sharply|steeply|slightly|gently|heavily|gradually|dangerously|steadily))?"  # "banked sharply at"
    r"(?:\s+(?:at|by|through|about|some|around|nearly|almost|roughly|approximately|a\s+full|up\s+to|more\s+than"
    r"|less\s+than|over|under|at\s+least|just\s+over|just\s+under))?\s+)\Z")


_DEGREES_AFTER = rx.compile(r"[\s-]degrees?\b|°")
# The scale of bare degrees below zero: Celsius, the scale of most copy that writes "minus 5 degrees".
_UNWRITTEN_SCALE = ("temperature", 1, "C")
# Bare degrees otherwise: no scale (the ledger reads them in Celsius and in Fahrenheit).
UNKNOWN_SCALE = "°"
_UNKNOWN_SCALE = ("temperature", 1, UNKNOWN_SCALE)


def _converted_unit(conversion: str):
    """The unit a conversion is written in: "/113°F", "(23F to 37F)"."""
    unit = _CONVERTED_UNIT.search(conversion.rstrip(")] \t"))
    return _unit(unit.group()) if unit else None


def _bare_degrees(match: re.Match, text: str) -> bool:
    """Whether "45C" or "113F", a bare letter after the digits, is a temperature: a value the
    weather has (-90C to 60C, -130F to 140F), no label before it ("seat 23F", "Gate 5C",
    "stage 4C"), and no Chinese or Japanese after it ("2F会場": the second floor)."""
    value = float(match["q_n2"] or match["q_n1"]) if (match["q_n2"] or match["q_n1"]).replace(".", "").isdigit() else None
    low, high = (-90, 60) if (match["q_u2"] or match["q_u1"]) == "C" else (-130, 140)
    end = match.end()
    return (value is not None and low <= value <= high
            and not _LABEL_BEFORE.search(text, max(0, match.start() - 16), match.start())
            and not (end < len(text) and CJK_CHAR.match(text, end)))


# Words that make "23F" or "5C" a seat, a gate or a grade.
_LABEL_BEFORE = rx.compile(
    r"\b(?:seats?|gates?|rooms?|flats?|apartments?|apt\.?|suites?|units?|category|cat\.?|platforms?|terminals?|"
    r"rows?|bays?|levels?|floors?|blocks?|grades?|class|types?|models?|vitamins?|exits?|stands?|lots?|piers?|"
    r"berths?|sections?|wards?|boxes|box|no\.?|number|iphone|galaxy|stages?|flights?|forms?|ch\.|chapters?|"
    r"boeing|airbus|routes?|buses|bus|lines?)\s+$", re.IGNORECASE)
# The unit of a conversion ("/113°F", "(23F to 37F" without its bracket): what follows its figure.
_CONVERTED_UNIT = rx.compile(rf"{_UNIT}\Z")
_MINUS_SIGNS = "-−–"
# Before a temperature: "-5C", "(-22F)", "L:-9°C", "minus 5 degrees", but not "+/-2C" or "plus or minus
# 2 degrees", a margin either way.
_MINUS_BEFORE = rx.compile(rf"(?:(?<![\w.,/])[{_MINUS_SIGNS}]|(?<![Pp]lus or )\b[Mm]inus )\Z")
# Before a plain figure or a share, where the minus plainly is one: "-3%", "(−2.5%)", "growth of -0.3%",
# "to minus 1.9 billion".  The sign opens the text or follows a space or an open bracket (after a word
# a hyphen joins a compound: "Covid-19", "Su-27"), and no figure stands one space before it ("5 -10" is
# a range, "won 3 -1" a score, "5 minus 3" a sum); a table's column of changes stands further off.
_PLAIN_MINUS_BEFORE = rx.compile(r"(?<![0-9%] )(?:(?<![^\s(\[])[-−]|(?<![\w/-])(?<![Pp]lus or )[Mm]inus )\Z")


# "rose from 10% to 15%", "Oil rose $2 to $85", "fell 3 cents to $1.20": a change and the level it
# reached (or a start and an end), two figures rather than one range; a figure between them agrees
# with neither.
_CHANGE_BEFORE = rx.compile(
    r"(?:\bfrom|\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
    r"gain(?:s|ed|ing)?|lost|los(?:es|ing)|drop(?:s|ped|ping)?|slip(?:s|ped|ping)?|sl(?:id|ides|iding)|"
    r"(?:in|de)creas(?:e|es|ed|ing)|gr(?:ew|ows?|own|owing)|shr(?:ank|inks?|unk)|declin(?:e|es|ed|ing)|"
    r"add(?:s|ed|ing)?|shed(?:s|ding)?|edged (?:up|down|higher|lower)|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
    r"plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|s[au]nk|sinks?|up|down)(?P<by>\s+by)?)\s+$",
    re.IGNORECASE)


def _from_to(match: re.Match, text: str, both_ends_marked: bool, *, unitless: bool = False) -> bool:
    """A start and an end, or a change and a level: after "from" always; after a verb of change
    only when each figure carries its own unit or currency ("rose $2 to $85", "rose 5% to 85%"),
    as "fell 3 to 5 percent" is a range of the change; or after a verb of change and "by" when
    neither carries one ("the death toll rose by 12 to 45": the rise, then the toll it reached),
    as "slipped by 2 to 3 percent" is again a range."""
    start = match.start()
    if " to " not in match.group():
        return False
    minus = _minus_at(text, start, _MINUS_BEFORE)
    if minus is not None:
        start = minus  # "from -3C to 5C", "from minus 5 to minus 10 degrees"
    before = _CHANGE_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    if before["by"] is not None:  # "rose by 12 to 45"; "cut by 40% to 50%" stays a range
        return unitless or both_ends_marked and _level_far_past_its_change(match)
    return both_ends_marked or before.group().lower().startswith("from")


def _level_far_past_its_change(match: re.Match) -> bool:
    """Whether the second of "by X to Y" is many times the first: "will rise by £84.50 to £1,778.12",
    "rose by 4p to 152p", a change and the level it reached.  A range of a change keeps its ends
    near each other ("cut by 40% to 50%", "by £2m to £3m")."""
    first, second = ("m_a1", "m_a2") if match["m_a1"] else ("q_n1", "q_n2")
    change, level = _number(match[first])[0], _number(match[second])[0]
    return change > 0 and level > _LEVEL_PAST_ITS_CHANGE * change


# How many times its change a level reached must be for "by X to Y" to read as change and level.
_LEVEL_PAST_ITS_CHANGE = 10


def _span_of_years(match: re.Match, text: str, end: int) -> bool:
    """"served from 2010 to 2015": a span of years, as "2010-2015" is, not a start and an end to tell
    apart; but "rose from 1990 to 2010" (after a word of change) and "from 1900 to 2000 members"
    (before what they count) are counts."""
    first, second = match["q_n1"], match["q_n2"]
    return (_PLAIN_YEAR.fullmatch(first) is not None and _PLAIN_YEAR.fullmatch(second) is not None
            and int(first) < int(second) and not (match["q_u1"] or match["q_u2"])
            and text[max(0, match.start() - 5):match.start()].lower() == "from "
            and not _CHANGE_THEN_FROM_BEFORE.search(text, max(0, match.start() - 48), match.start())
            and not _plural_noun_follows(text, end))


def _years_until(match: re.Match, text: str, end: int) -> bool:
    """"from 2016 until 2021", "2016 through 2021": two years, the first the earlier, that count nothing
    after them ("from 1990 until 2010 members") and follow no word of change."""
    first, second = match["q_n1"], match["q_n2"]
    return (_PLAIN_YEAR.fullmatch(first) is not None and _PLAIN_YEAR.fullmatch(second) is not None
            and int(first) < int(second) and not (match["q_u1"] or match["q_u2"] or match["q_conv"])
            and not _CHANGE_THEN_FROM_BEFORE.search(text, max(0, match.start() - 48), match.start())
            and not _plural_noun_follows(text, end))


# A score or a vote written low figure first ("lost 1-3", "a 48-52 vote") is two figures, as
# "won 3-1" is: read as a range, "48-52" would take in any figure between and the tally would be lost.
_TALLY_BEFORE = rx.compile(
    r"(?i:\b(?:w[io]n|wins|winning|beat(?:s|en)?|los[est]|losing|drew|draws?|drawn|led|leads?|leading|"
    r"trail(?:s|ed|ing)?|defeat(?:s|ed)?|voted?|votes|voting|score[ds]?|scoring|finish(?:ed|es)?|"
    r"pass(?:ed|es)|fail(?:ed|s)|approved|rejected|carried|upheld)"
    r"(?:\s+(?:by|at|to))?(?:\s+an?)?\s+"
    # the tally named first: "passed by a vote of 172 to 163", "a final tally of 52-48"
    r"|\b(?:an?|the|its|final)\s+(?:vote|tally|scoreline|margin)\s+of\s+)\Z")
_TALLY_AFTER = rx.compile(
    r"(?i:\s+(?:vote|win|victory|defeat|loss|lead|decision|draw|scoreline|majority|margin|ruling|"
    r"on\s+aggregate|in\s+favou?r)\b)")


def _tally(match: re.Match, text: str, end: int) -> bool:
    """Whether "N-M" is a score or a vote ("lost 1-3", "by a 48-52 margin"), not a range: never with
    a plural noun after it ("won by 5-10 votes" is a range of votes)."""
    if (" to " in match.group() or not match["q_n1"].isdigit() or not match["q_n2"].isdigit()
            or _plural_noun_follows(text, end)):
        return False
    return bool(_TALLY_BEFORE.search(text, max(0, match.start() - 24), match.start())
                or _TALLY_AFTER.match(text, end))


# "built in 1852", "since 1600": a year before 1900 is read as one only after a word that dates, and
# not before what it counts ("in 1852 cases").  Not after "of", "by" or "from": "a crowd of 1500",
# "cut its workforce by 1800", "rose from 1500 to 1800" count.
_OLDER_YEAR = rx.compile(r"1[5-8][0-9][0-9]")
_DATING_WORD_BEFORE = rx.compile(r"(?i:\b(?:in|since|until|till|circa|c\.|before|after)\s+)\Z")


def _older_year(text: str, start: int, end: int) -> bool:
    return (end - start == 4 and _OLDER_YEAR.fullmatch(text, start, end) is not None
            and _DATING_WORD_BEFORE.search(text, max(0, start - 8), start) is not None
            and not _plural_noun_follows(text, end))


def _looks_like_age(text: str, start: int, end: int, number: int | Fraction) -> bool:
    """A bare number after a name or a person: "Medvedev, 26, said", "the suspect, 31, appeared",
    "Among the dead was Anna Ross, 19.", "Anna Ross (19)"; the age one died at: "who died at 93"; or the age
    of the youngest or the oldest: "The youngest of the dead was 19"."""
    if not (isinstance(number, int) and 0 < number <= 120):
        return False
    after, before = text[end:end + 1], max(0, start - 40)
    if text.endswith("at ", 0, start) and _AGE_AT_DEATH_BEFORE.search(text, before, start):
        return _NAME_OR_FIGURE_AFTER.match(text, end) is None and not _plural_noun_follows(text, end)
    if after == ",":
        person = _AGE_BEFORE.search(text, before, start)
        if person:  # "Medvedev, 26, said", "the suspect, 31,"; not "Great Britain, 40, and China, 38"
            return not (person["name"] and (_in_a_list_of_figures(text, person.start("name"), end)
                                            or _after_a_place_preposition(text, person.start("name"), end)))
    if after == ")" and text.endswith("(", 0, start):
        # the sentence goes on ("(58), a retired teacher", "(34) remanded"): not a count on a button, "Like (14)"
        person = _AGE_IN_BRACKETS_BEFORE.search(text, before, start)
        return (_WORDS_AFTER_BRACKET.match(text, end + 1) is not None and not _a_game_near(text, start, end)
                and (_after_a_person(text, person, end) or _bracketed_after_a_name(text, person, end)))
    if (after in ("", ".", ",", ";") and not text[end + 1:end + 2].isdigit()
            and _AGE_IN_A_CLAUSE_BEFORE.search(text, before, start)):
        return True  # "Maria Kowal, who is 68.", "the driver, who was 54, had"
    if after in ("", ".") and not text[end + 1:end + 2].isdigit():
        if _after_a_person(text, _AGE_AT_CLAUSE_END_BEFORE.search(text, before, start), end):
            return True
        last_item = _AGE_BEFORE.search(text, before, start)
        if last_item and last_item["name"] and _in_a_list_of_people(text, last_item.start("name"), end):
            return True
    return ("est" in text[max(0, start - 80):start] and not _plural_noun_follows(text, end)
            and _AGE_OF_AN_EXTREME_BEFORE.search(text, max(0, start - 80), start) is not None)


def _bracketed_after_a_name(text: str, found: re.Match | None, end: int) -> bool:
    """Whether ``found`` is a full name right before the bracketed figure that ends at ``end``, as Irish and
    British regional copy gives an age ("Marcus Ellery (44) was found guilty"), the way "Marcus Ellery, 47,"
    does: no place's name ("the United Arab Emirates (40)", "came from South Korea (30)"), and no item of a
    tally or a list of places with figures ("Sierra Leone (17) and Chad (9)"); and what follows is told of one
    person in a report ("(44) was", "(44) pleaded", "(44), of Hove"), not of a team ("Real Madrid (12) lead the
    table").  Not a player's shirt number in a photo's caption, told in the present after the team's name
    ("Montana State's Tessa Lundgren (12) celebrates")."""
    if found is None or not found["name"] or not _told_of_one_after(text, end + 1):
        return False
    name = found.start("name")
    return not (_the_before_name(text, name) or _possessive_before_name(text, name) or _in_a_tally(text, name, end)
                or _after_a_place_preposition(text, name, end) or _in_a_list_of_figures(text, name, end))


# What follows a person's bracketed age in a report of a court, a crime or a death: where they live ("(44), of
# Hove", "(44) from Leeds"), who they are ("(58), a retired teacher", "(30) who"), or what befell them or what
# they did in a case, in the past ("(44) was found guilty", "(34) pleaded", "(71) died", "(19) will be
# sentenced").  Match reports put a player's runs, rating or shirt number in the same brackets with the game's
# own verbs ("Joe Root (84) was caught behind", "Ben Stokes (45) fell to a short ball", "Saka (7) went off"),
# which say nothing of an age; nor does a caption's present ("Lundgren (12) celebrates").
_PERSONS_CASE_VERBS = (
    "charged|convicted|jailed|imprisoned|sentenced|found|arrested|remanded|fined|killed|injured|hurt|named"
    "|identified|rushed|airlifted|cleared|acquitted|bailed|released|freed|murdered|stabbed|pronounced|reported"
    "|ordered|spared|treated|rescued|detained|questioned|accused|suspected|missing|born|married|due"
    "|appear|appeared|plead|pleaded|deny|denied|admit|admitted|die|died|said|told|described|lived|drowned"
    "|suffered|given|handed|taken")
_TOLD_OF_A_PERSON_AFTER = rx.compile(
    r"\s*(?:,\s*(?:of|from|who|a|an)\s|(?:of|from|who)\s"
    r"|(?:(?:was|has|had|will|would|could|can|may|must|did)(?:\s+(?:not|never|also|later|then|since))?"
    r"(?:\s+(?:be|been|have\s+been))?\s+)?(?:" + _PERSONS_CASE_VERBS + r")\b)", re.IGNORECASE)


def _told_of_one_after(text: str, position: int) -> bool:
    """Whether the words at ``position``, after a name's bracketed figure, tell of a person in a report of a
    case, a crime or a death (see _TOLD_OF_A_PERSON_AFTER), or tell what befell the person or what they did,
    in the past ("(44) was banned", "(44) was last seen", "(52), is being questioned": _A_PERSONS_DEED_AFTER)."""
    if _TOLD_OF_A_PERSON_AFTER.match(text, position) is not None:
        return True
    deed = _A_PERSONS_DEED_AFTER.match(text, position)
    if deed is None:
        return False
    if deed["auxiliary"]:
        return _past_verb(deed["verb"]) or deed["verb"].endswith(_FORMS_AFTER_AN_AUXILIARY)
    # A bare active verb ("finished", "edged", "topped") is as much a driver's, a batsman's or a singer's as a
    # defendant's: a person's deed only where a court or the police tell of it.
    return _past_verb(deed["verb"]) and _A_CASE_TOLD.search(text) is not None


# What stands after "was" or "has" of a verb with no "-ed" ("was seen", "was shown", "was serving").
_FORMS_AFTER_AN_AUXILIARY = ("ing", "en", "wn")


# Any verb in the past after a name's bracketed figure, or any after an auxiliary ("was serving"), with the
# adverbs between ("was last seen", "has since been banned"): what a report says of a person, not only the
# verbs of a case.  A game near the bracket keeps a player's runs out (see _a_game_near).  Without the
# auxiliary only in a report of a case (_A_CASE_TOLD): "Anna Ross (29) attacked the guard, the court heard".
_A_PERSONS_DEED_AFTER = rx.compile(
    r",?\s+(?:(?P<auxiliary>was|were|is|has|had|will|would|could|can|may|must|did)"
    r"(?:\s+(?:not|never|also|later|then|since|last|first|still|now|often|[a-z]+ly))*"
    r"(?:\s+(?:be|been|being|have\s+been))?\s+)?(?P<verb>[a-z]+)\b(?![-'’])")


# Who tells of a case or of a crime: a court sitting, its people, or the police at work on one.  Words a case
# alone uses, as a match report has a court ("Court One", "on court", "Centre Court"), the police ("after police
# closed the track") and officers ("officers cleared the course") too: a court that hears or is appeared at or
# in, one a case is taken to ("at court", "taken to court"; not a named one, "at Court One"), or a court of law
# by its name; the police or officers only as they tell of a case or act in one ("police said", "arrested by
# police", "police custody", "police arrived", "officers attended").
_A_CASE_TOLD = rx.compile(
    r"(?i:\b(?:judge|jury|jurors|magistrates?|prosecutors?|prosecution|inquest|coroner|(?<!time\s)trial|detectives?"
    r"|(?:in|before|told\s+the|by\s+the)\s+court|court\s+(?:heard|has\s+heard|was\s+told|ruled|hearing|case|order"
    r"|documents|papers|records)"
    r"|(?:appear\w*\s+at|(?:taken|went|gone|go|going|brought|dragged|hauled)\s+to)\s+court(?!(?-i:\s+[A-Z0-9]))"
    r"|(?:crown|magistrates['’]?|high|supreme|district|county|youth|sheriff|federal|appeals?|criminal|family"
    r"|superior|circuit)\s+court"
    r"|(?:police|officers)(?:\s+(?:have|had|has|were|was|are|is|later))?\s+(?:said|say|says|arrested|charged"
    r"|investigat\w*|called|appeal\w*|searched|seized|believe\w*|found|named|identified|confirmed|questioned"
    r"|interviewed|recovered|cautioned|arriv\w*|attend\w*|respond\w*|launch\w*|raid\w*|detain\w*|cordon\w*"
    r"|pursu\w*|tasered|restrained|rushed\s+to\s+the\s+scene)"
    r"|(?:arrested|charged|questioned|detained|interviewed|stopped|held|cautioned|quizzed)\s+by\s+(?:the\s+)?police"
    r"|police\s+(?:custody|station|investigation|inquiry|enquiries|probe|statement|spokes\w+)"
    r"|according\s+to\s+(?:the\s+)?police)\b)")


def _a_game_near(text: str, start: int, end: int) -> bool:
    """Whether a game is told of around a name's bracketed figure (start, end: the figure), which makes the
    figure a score, a rating or a shirt number (see _A_GAME).  Only the words around the bracket, as a court
    report may tell of a fight at a match further on; and never where the person's home follows ("(44), of
    Hove"), which a report gives of a person in a case."""
    if _HOME_AFTER_BRACKET.match(text, end + 1):
        return False
    around = (max(0, start - _GAME_WORDS_BEFORE), min(len(text), end + _GAME_WORDS_AFTER))
    if _A_GAME.search(text, *around) is not None:
        return True
    return _A_GAME_OUTSIDE_A_CASE.search(text, *around) is not None and _A_CASE_TOLD.search(text) is None


_GAME_WORDS_BEFORE = 60
_GAME_WORDS_AFTER = 80
_HOME_AFTER_BRACKET = rx.compile(rf",?\s*(?:of|from)\s+{_NAME_WORD}")
# A game makes a name's bracketed figure a score, a rating or a shirt number, whatever is said of the player:
# "Stokes (45) was given out lbw", "Saka (7) went off injured in the first half", "Curry (6) was sin-binned in
# the 20th minute".  A grand prix does the same with a car's number: "Lewis Hamilton (44) took pole position".
# Not a bare "match" (a DNA match).
_A_GAME = rx.compile(
    r"(?i:\b(?:innings|wickets?|bowled|bowling|batting|lbw|stumped|sin-binned|half-time|full-time|scored|goals?"
    r"|caught\s+(?:behind|at|in\s+the)|all\s+out|run\s+out|overs|not\s+out|grand\s+prix"
    r"|pole\s+position|on\s+pole|podium|qualifying"
    r"|substituted|penalty\s+(?:kick|spot|area)|(?:first|second)\s+half(?!\s+of)"
    r"|[0-9]+(?:st|nd|rd|th)\s+minute)\b)")
# Words of a race, a chart or a table, which make a bracketed figure a car's number, a place or a ranking ("Lewis
# Hamilton (44) was second in the standings", "Taylor Swift (12) topped the chart", "Sinner (1) was seeded"), but
# which a case tells of too ("a race hate attack", "six points on his licence", "cannabis seeds", "a League Two
# footballer"): a game only where no court or police tell of the person.  Never "penalty points" nor a "race-"
# word ("race-hate"), which are a case's own.
_A_GAME_OUTSIDE_A_CASE = rx.compile(
    r"(?i:\b(?:balls?|runs|slip|standings|charts?|rankings?|ranked|seeds?|seeded|(?<!penalty\s)points|laps?"
    r"|races?(?!-)|championship|tournament|league|album)\b)")


def _possessive_before_name(text: str, name: int) -> bool:
    """Whether a possessive stands before the whole name whose last words start at ``name`` ("Montana State's
    Tessa Lundgren", "Duke's Kyle Filipowski"): a team's player, whose bracket holds a shirt number."""
    return _POSSESSIVE_BEFORE_NAME.search(text, max(0, name - 60), name) is not None


_POSSESSIVE_BEFORE_NAME = rx.compile(rf"['’]s\s+(?:{_NAME_WORD}\s+)*\Z")


def _after_a_person(text: str, found: re.Match | None, end: int) -> bool:
    """Whether ``found`` (a name or a word for a person before the figure that ends at ``end``) is a
    person: a word for one ("the suspect"), or a name that ``_names_a_person``."""
    if found is None:
        return False
    return not found["name"] or _names_a_person(text, found.start("name"), end)


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
_PERSON_WORDS = PERSON_NOUNS | frozenset(_PEOPLE.split("|"))
# What is said only of people: they speak, are named, tried and buried.
_SAID_OF_PEOPLE = frozenset({
    "said", "says", "told", "named", "identified", "charged", "accused", "sentenced", "convicted", "jailed",
    "born", "married", "survived", "body", "funeral", "slaying", "trial"})
# The items of a tally next to a name's figure, each after a name of one word: "(17) and Chad (9)", "Chad (9)
# and ".
_LONE_ITEM_AFTER = rx.compile(rf"\)?[,;]?\s+(?:and\s+)?{_NAME_WORD}(?:,\s|\s\()[0-9]{{1,3}}\b")
_LONE_ITEM_BEFORE = rx.compile(rf"(?P<name>{_NAME_WORD})(?:,\s|\s\()[0-9]{{1,3}}\)?[,;]?\s+(?:and\s+)?\Z")
_SENTENCE_REACH = 160  # a sentence's length, either side, where find_numbers reads more than one


def _names_a_person(text: str, name: int, end: int) -> bool:
    """Whether the full name at ``name``, before a bare figure that ends at ``end``, is a person's, not a
    place's.  No first word tells them apart ("Costa Pappas, 61" / "Costa Rica, 12").  A place's: "the"
    before the whole name ("the United Arab Emirates, 40"; no person's name takes it), or a tally next to
    it after a name of one word ("Sierra Leone (17) and Chad (9)", "United States (40) and China (38)"; a
    person's age follows a full name).  Else a person's where the sentence speaks of someone: a word for
    a person (numwords.PERSON_NOUNS, "brother"), a pronoun, what befell them ("Among the dead was Sri
    Wahyuni, 34."), or what is said only of people ("said council spokesperson Lena Okonkwo, 24", "found
    the body of Adan Avalos, 37", "the slaying of Dean Meyers, 53"); a name alone is no person's ("Next
    came Great Britain, 40.").  Never a person's where the name follows "from" or "in" said of a group of
    people, whom the figure counts ("Most of the victims came from South Korea (30)", "Of the 150 dead, most
    were from Sri Lanka (92)"; see _after_a_place_preposition)."""
    if _the_before_name(text, name) or _in_a_tally(text, name, end) or _after_a_place_preposition(text, name, end):
        return False
    words = _WORD.findall(text, max(0, name - _SENTENCE_REACH), end + _SENTENCE_REACH)
    return any(_speaks_of_a_person(word.lower()) for word in words)


_PLACE_PREPOSITIONS = frozenset({"from", "in"})
# What tells of a group the figure after a place counts a part of: "Most of the victims", "The tourists killed",
# "Of the 150 dead, most".  A call, a goal, a complaint or a replacement comes from one person: "The first call
# came from Margaret Hill, 72,", "a replacement in Foden, 23,".
_GROUP_WORDS = frozenset({"most", "many", "majority", "rest", "all", "half", "dead", "others", "several"})
# What is said of a person after the figure, never of a place: "Margaret Hill, 72, who saw smoke".
_OF_A_PERSON_AFTER = rx.compile(r"[,)]\s+(?:who|whose|whom)\b")


def _after_a_place_preposition(text: str, name: int, end: int) -> bool:
    """Whether the whole name whose last words start at ``name``, before a figure that ends at ``end``,
    names a place by "from" or "in" before it: "came from New Zealand", "most were from Sri Lanka",
    "hostages held in Gaza, 40" (not the "In" that opens "In Papua New Guinea" and is read with the name's
    capitals).  Only where the clause before speaks of a group of people (see _GROUP_WORDS): where it speaks
    of one thing or one person the name is a person's."""
    if _OF_A_PERSON_AFTER.match(text, end) is not None:
        return False
    clause = re.split(r"[.;:!?]\s", text[max(0, name - 80):name])[-1]
    words = clause.split()
    while words and _first_word_of_a_name(words[-1]):
        words.pop()
    if not words or words[-1].lower() not in _PLACE_PREPOSITIONS:
        return False
    if words[-1].lower() == "from" and not _telling_where_from(words[:-1]):
        return False
    return any(_tells_of_a_group(word) for word in words[:-1])


def _tells_of_a_group(word: str) -> bool:
    """Whether a word speaks of a group of people: a word for them in the plural ("victims", "tourists"),
    or a word of a part of them ("most", "many")."""
    word = word.strip(",()\"'’“”").lower()
    return word in _GROUP_WORDS or _plural(word) and singular(word) in PERSON_NOUNS


# Verbs that say where people are from ("came from", "were mostly from", "hailed from"): after other
# words "from" leads to a person as often as to a place ("removed from Terri Schiavo, 39,", "a letter
# from Anna Ross (19)").
_ORIGIN_VERBS = frozenset("come comes came coming be is are was were been being hail hails hailed hailing".split())


def _telling_where_from(words: list[str]) -> bool:
    """Whether the words before a "from" end in a verb of origin, adverbs and "all" aside."""
    while words and (words[-1].lower().endswith("ly") or words[-1].lower() in ("all", "both")):
        words = words[:-1]
    return bool(words) and words[-1].lower() in _ORIGIN_VERBS


def _first_word_of_a_name(word: str) -> bool:
    """A capitalised word with no stop after it ("Sierra", "New"): not the "Leeds," of "a man from Leeds,
    John Smith, 34", which is another name."""
    return word[:1].isupper() and word[-1].isalpha() and word.lower() not in _PLACE_PREPOSITIONS


def _the_before_name(text: str, name: int) -> bool:
    """Whether "the" stands before the whole name whose last words start at ``name`` ("the United Arab
    Emirates")."""
    opening = _NAME_WORDS_BEFORE.search(text, max(0, name - 60), name)
    first = opening.start() if opening else name
    return text[max(0, first - 4):first].lower() == "the "


def _in_a_tally(text: str, name: int, end: int) -> bool:
    """Whether the item next to the name at ``name`` and its figure (ending at ``end``) gives a figure
    after a name of one word ("and Chad (9)"; see _names_a_person)."""
    if _LONE_ITEM_AFTER.match(text, end + (text[end:end + 1] == ")")):
        return True
    before = _LONE_ITEM_BEFORE.search(text, max(0, name - 40), name)
    return before is not None and _NAME_WORDS_BEFORE.search(text, max(0, before.start() - 60),
                                                            before.start()) is None


def _in_a_list_of_figures(text: str, name: int, end: int) -> bool:
    """Whether the name at ``name`` and its figure (ending at ``end``) are one item of a list of places with
    figures: "Great Britain, 40, and China, 38", "Syria, 120, and Eritrea, 85", a table's places and their
    tallies.  A list of names of one word, unless the sentence says its names are people's: their kin, a
    pronoun, what is said only of people ("three children - Stella, 31, Mary, 33, and James, 25 - by his
    wife", "Smith, 26, and Jones, 31, were charged").  A person's age is told after a full name in any list
    ("Angel Ruiz, 25, and Tomas Vega, 34"), and after a surname alone where it stands apart ("Medvedev, 26,
    said")."""
    return _in_a_list(text, name, end) and not _lists_people(text, name, end)


def _in_a_list_of_people(text: str, name: int, end: int) -> bool:
    """Whether the name at ``name`` and its figure are one item of a list the sentence says is of people,
    so that the last item's figure, at the clause's end, is an age too ("Among the 30 arrested were Smith,
    26, and Jones, 31.")."""
    return _in_a_list(text, name, end) and _lists_people(text, name, end)


def _in_a_list(text: str, name: int, end: int) -> bool:
    return (_LONE_ITEM_AFTER.match(text, end) is not None
            or _LONE_ITEM_BEFORE.search(text, max(0, name - 40), name) is not None)


def _lists_people(text: str, name: int, end: int) -> bool:
    """Whether the list around the item at ``name`` is said to be of people: by the words around the list
    itself, or by a word of the sentence (see _names_people_listed)."""
    first, last, items = _list_extent(text, name, end)
    if _people_stand_before_list(text, first, items) or _people_do_after_list(text, last):
        return True
    if items > 1 and _opens_the_sentence(text, first) and _a_deed_after_list(text, last):
        return True  # "Colley, 44, and Barnes, 29, scaled a fence": the sentence's subject, who did it
    words = _WORD.findall(text, max(0, name - _SENTENCE_REACH), end + _SENTENCE_REACH)
    return any(_names_people_listed(word.lower()) for word in words)


def _list_extent(text: str, name: int, end: int) -> tuple[int, int, int]:
    """Where the list of names with figures around the item at ``name`` (its figure ending at ``end``)
    starts and ends, and how many items it holds."""
    first, last, items = name, end, 1
    while (before := _LONE_ITEM_BEFORE.search(text, max(0, first - 40), first)) is not None:
        first, items = before.start("name"), items + 1
    while (after := _LONE_ITEM_AFTER.match(text, last + (text[last:last + 1] == ")"))) is not None:
        last, items = after.end(), items + 1
    return first, last, items


# A word for people the list stands beside or is said to be: "The victims, Ahmed, 19, and Hassan, 22,",
# "the two men - Ryan, 26, and Hughes, 31 -", "Among the 30 arrested were Smith, 26, and Jones, 31"; not a
# breakdown after a colon ("Floods killed 40 people: Kent, 12, and Sussex, 28") nor a place after "from".
_PEOPLE_BEFORE_LIST = rx.compile(
    r"(?:\b(?P<count>[0-9]+|[a-z]+)\s+)?\b(?P<word>[A-Za-z]+)"
    r"(?:(?P<apart>\s*[,(]\s*|\s+[-–—]\s+)|\s+(?:were|are|was|is|included?|including|(?:named|identified)\s+as)\s+)\Z")
# What the list's names then do, or are: "Ryan, 26, and Hughes, 31, appeared", "..., who were both
# students", "..., were charged"; places and parties with tallies are not tried, charged or killed.
_PEOPLE_AFTER_LIST = rx.compile(
    r"\)?,?\s+(?:(?:were|are|was|is|have|has|had|been|both|all|each|will|would|later|also|then|jointly)\s+)*"
    r"(?P<word>[A-Za-z]+)")
# What is done in court to people, not to places or parties: "Ryan, 26, and Hughes, 31, deny murder".
_DONE_IN_COURT = frozenset({
    "appeared", "appear", "appears", "appearing", "deny", "denies", "denied", "denying", "plead", "pleads",
    "pleaded", "pleading", "remanded", "bailed", "magistrates", "aged"})


def _people_stand_before_list(text: str, first: int, items: int) -> bool:
    """Whether a word for people stands right before the list's first name, as the list's own: joined by a
    comma or a dash only where no larger count of them makes the list a breakdown ("Of the 25 athletes,
    Kenya, 12, Uganda, 8 and Tanzania, 5"; "the two men, Ryan, 26, and Hughes, 31," stays theirs)."""
    found = _PEOPLE_BEFORE_LIST.search(text, max(0, first - 60), first)
    if found is None or not _a_word_for_people(found["word"].lower()):
        return False
    if not found["apart"] or not found["count"]:
        return True
    count = found["count"].lower()
    if count.isdigit():
        return int(count) <= items
    return count not in _NUMBER_WORDS or words_to_number(count) <= items


# Verbs in the past that tell a tally's places or parties as often as people: "Syria, 120, and Eritrea, 85, topped
# the list", "Kenya, 12, and Uganda, 8, won medals".
_TALLIED_VERBS = frozenset({
    "won", "took", "got", "had", "topped", "lost", "gained", "sent", "received", "recorded", "reported", "scored",
    "finished", "came", "led", "followed", "trailed", "ranked", "accounted", "made", "added", "saw", "contributed"})
# What a state, country or council does in its own name, not a person: "Texas, 40, and Florida, 32,
# declared states of emergency" lists places with tallies.
_DEEDS_OF_BODIES = frozenset({
    "declared", "decreed", "imposed", "issued", "passed", "approved", "adopted", "enacted", "ratified", "banned",
    "ordered", "mandated", "legalised", "legalized", "introduced", "extended", "lifted", "suspended", "reopened"})
_SENTENCE_OPENING = rx.compile(r"(?:\A|[.!?]\s|\n)[\s\"“‘'(]*\Z")


def _opens_the_sentence(text: str, position: int) -> bool:
    """Whether nothing but quotes or brackets stands between the sentence's start and ``position``."""
    return _SENTENCE_OPENING.search(text, max(0, position - 8), position) is not None


def _a_deed_after_list(text: str, last: int) -> bool:
    """Whether a list that opens its sentence is the subject of a deed in the past right after it ("...,
    scaled a fence", "..., had escaped"): what people do, where a list of places with tallies, told first in
    its sentence, is not said to act (nor to do what a tally does: "won", "topped", _TALLIED_VERBS; nor what
    a state does: "declared", _DEEDS_OF_BODIES)."""
    found = _PEOPLE_AFTER_LIST.match(text, last)
    if found is None or not text.startswith(",", last):
        return False
    word = found["word"]
    return _past_verb(word) and word not in _TALLIED_VERBS and word.lower() not in _DEEDS_OF_BODIES


def _people_do_after_list(text: str, last: int) -> bool:
    """Whether the words after the list (ending at ``last``) say what its people did or are."""
    found = _PEOPLE_AFTER_LIST.match(text, last)
    if found is None:
        return False
    word = found["word"].lower()
    return word in ("who", "whom", "whose") or word in _DONE_IN_COURT or _a_word_for_people(word)


def _a_word_for_people(word: str) -> bool:
    """A word (lower case) for people, what befell them or what is said only of them: "victims", "men",
    "arrested", "dead", "charged"."""
    return singular(word) in _PERSON_WORDS or bool(fate_of(word)) or word in _SAID_OF_PEOPLE_LISTED


# Words that say a list of names of one word with figures is a list of people and their ages: their kin, a
# pronoun for one, what is said only of people; not "said" (every report's), nor a count's noun or fate
# ("migrants came from Syria, 120, and Eritrea, 85", "Floods killed 40: Kent, 12, and Sussex, 28").
_KIN = frozenset({
    "child", "children", "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father",
    "sibling", "grandchild", "grandchildren", "grandson", "granddaughter", "parent", "grandparent", "twin",
    "cousin", "nephew", "niece", "uncle", "aunt", "stepson", "stepdaughter", "widow", "widower", "family"})
_SAID_OF_PEOPLE_LISTED = _SAID_OF_PEOPLE - {"said", "says", "told"}


def _names_people_listed(word: str) -> bool:
    return (word in _PERSON_PRONOUNS or word in _SAID_OF_PEOPLE_LISTED or word in _DONE_IN_COURT
            or singular(word) in _KIN)


def _speaks_of_a_person(word: str) -> bool:
    """Whether a word (lower case) speaks of someone: see _names_a_person."""
    return (word in _PERSON_PRONOUNS or word in _SAID_OF_PEOPLE or singular(word) in _PERSON_WORDS
            or bool(fate_of(word)))


def _item_maker(kind: str, unit_name: str):
    if kind == "temperature":  # in degrees Celsius
        return (lambda degrees: _norm((degrees - 32) * Fraction(5, 9))) if unit_name == "F" else _norm
    if kind == "money":
        return lambda amount: Money(unit_name, _norm(amount))
    if kind.startswith("duration:"):
        base = kind.split(":")[1]
        return lambda amount: Duration(_norm(amount), base)
    return _norm


def _year_range(n1_text: str, n2_text: str) -> Range | None:
    if not _PLAIN_YEAR.fullmatch(n1_text):
        return None
    low = int(n1_text)
    if _PLAIN_YEAR.fullmatch(n2_text):
        high = int(n2_text)
    elif re.fullmatch(r"[0-9][0-9]", n2_text):
        high = low // 100 * 100 + int(n2_text)  # "2017-18"
    else:
        return None
    return Range(low, high) if low < high else None


# After millions written "m", the unit they count: "1.2m litres", "3m tonnes", "2.5m cubic metres".
_UNIT_AFTER_MILLIONS = rx.compile(r"\s+((?:(?i:cubic|square)\s+)?[A-Za-z]+)(?![\w-])")
_KINDS_IN_MILLIONS = frozenset({"length", "area", "volume", "weight", "energy", "power"})
_CUBED_OR_SQUARED = rx.compile(r"\s+(?i:cubic|square)\s")


def _cubed_or_squared_after(text: str, end: int) -> bool:
    """Whether millions written "m" that end at ``end`` count a unit of volume or area ("2.5m cubic metres",
    "2m square feet"), whose first word is no plural noun to tell them millions; not "a 2m square hole"."""
    return _CUBED_OR_SQUARED.match(text, end) is not None and _measure_in_millions(text, end) is not None


def _measure_in_millions(text: str, end: int) -> tuple[str, int | Fraction, str, int] | None:
    """(kind, factor to base, canonical unit, end) of a measure's unit after millions written "m" that end at
    ``end`` ("1.2m litres"), else None ("5m people")."""
    found = _UNIT_AFTER_MILLIONS.match(text, end)
    unit = MEASURES.get(found[1].lower()) if found else None
    if unit is None or unit[0] not in _KINDS_IN_MILLIONS:
        return None
    kind, factor, canonical = unit
    return kind, factor * 10**6, canonical, found.end(1)


# A bare "m" after a figure is metres where the sentence measures something, and millions where the
# figure's own clause tells a total of people, patients or money and the sentence measures nothing: "the
# waiting list fell to 7.24m", "viewing figures hit 7.5m", "the club's debt rose to 80m"; not "the wall is
# 2.5m high", nor "the river peaked at 5.6m, flooding 200 homes", whose homes are another clause's.
_MILLIONS_CUE = rx.compile(r"(?i:\b(?:list|lists|people|population|patients|viewers|viewing|audience|voters|votes"
                           r"|users|subscribers|customers|households|homes|visitors|passengers|tourists|residents"
                           r"|members|jobs|workers|budget|cost|costs|fee|fees|funding|fund|deal|worth|revenue"
                           r"|revenues|profit|profits|sales|spending|debt|debts|bill|pay|paid|raised|savings"
                           r"|investment|turnover|income|bid|price|prices)\b)")
_LENGTH_CUE = rx.compile(r"(?i:\b(?:tall|high|higher|height|deep|depth|long|length|wide|width|distance|metres?"
                         r"|meters?|km|kilomet(?:re|er)s?|cm|mm|feet|foot|ft|jump(?:s|ed)?|thr(?:ew|own|ow)"
                         r"|leap|vault|waves?|sea\s+level|wall|tower|below|above|across|span|radius)\b)"
                         # Water measured, in lower case ("River Island" and "Thames Water" are firms): a level,
                         # or a river or a tide that rises or peaks ("the river peaked at 5.6m"), not a word
                         # that only names a thing of it ("river buses", "the river festival").
                         r"|\b(?:(?:river|water|flood|tide)\s+levels?|(?:rivers?|tides?|flood\s?waters?)\s+"
                         r"(?:rise|rose|rises|risen|peak|peaked|peaks|crest|crested|crests|reach|reached|reaches|stand|stood"
                         r"|stands|swell|swelled|fall"
                         r"|fell|falls|was|were|is|are|has|have|had|could|may|might|will|would))\b")
_CLAUSE_REACH = 120
# Where a clause ends, so that a cue in another one ("..., flooding 200 homes") is not the figure's.  An
# "and" after the figure opens a clause ("fell to 1.5m and residents were moved out"); before it, it more
# often joins the subject's nouns ("profits and sales rose to 80m").
_CLAUSE_BREAK = rx.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|while|whereas|when|which|who|where)\b")
_CLAUSE_BREAK_AFTER = rx.compile(rf"{_CLAUSE_BREAK.pattern}|\band\b")


def _millions_in_context(text: str, start: int, end: int) -> bool:
    """Whether a bare "m" after the figure from ``start`` to ``end`` is millions by its sentence: a word
    of a total of people or money in the figure's own clause, and no word of a length, a height or a
    depth in the sentence."""
    if text[end - 1:end] != "m" or text[start:end][-2:-1].isspace():
        return False  # "7.24 m" spaced is a measure, as science copy writes one
    if _singular_noun_follows(text, end) and _word_after(text, end) not in _THRESHOLD_NOUNS:
        return False  # "the 400m track", "a 2m wall": a measure of the thing after it ("the 5m mark" may be none)
    return (_MILLIONS_CUE.search(_clause_around(text, start, end)) is not None
            and _LENGTH_CUE.search(_sentence_around(text, start, end)) is None)


# "Pounds" after a figure are a weight ("a 10-pound baby", "300 pounds of cocaine") unless the sentence reads
# as money and weighs nothing: "a reward of 250,000 pounds", "fined 5,000 pounds", "paid 40,000 pounds for
# the car", or another sum in sterling or another currency beside it.  (After a scale they are always money:
# "5 million pounds".)
_MONEY_CUE = rx.compile(r"[£$€¥]|\bGBP\b|(?i:\b(?:rewards?|fine[sd]?|paid|pay|pays|paying|payments?|payouts?|cost"
                        r"|costs|costing|worth|salary|salaries|wages?|prices?|priced|sold|sells?|selling|bought"
                        r"|buys?|bail|compensation|damages|fees?|budgets?|funding|funds?|funded|raised|donat(?:ed"
                        r"|ions?)|spent|spend(?:s|ing)?|award(?:ed|s)?|prizes?|bonus(?:es)?|tax(?:es)?|loans?|debts?"
                        r"|bids?|invest(?:ed|ing|ments?)?|income|earn(?:s|ed|ing|ings)?|profits?|revenues?"
                        r"|sterling|ransom|valued|bills?|cash|grants?|bribes?|pensions?|rent|settlement|jackpot"
                        r"|winnings|money|owe[sd]?|refunds?|pence|euros?|dollars?"
                        # a household's sums: "a typical borrower saving 39 pounds a month"
                        r"|sav(?:e|es|ed|ing|ings)|borrow(?:s|ed|ing|ers?)?|mortgages?|repayments?"
                        # a share's price: "shares closed up 27 percent at 3.89 pounds"
                        r"|shares?|stocks?)\b)")
_WEIGHT_CUE = rx.compile(r"(?i:\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)|lbs?|kg|kilos?"
                         r"|kilograms?|ounces?|oz|tonnes?|tons?|stones?|obese|haul|catch|parcels?|babies|baby"
                         r"|fish|cocaine|cannabis|heroin|drugs|explosives?)\b)"
                         # "300 pounds of rice": a weight of a thing, not of money ("pounds of taxpayers' money")
                         r"|\bpounds?\s+of\s+(?!(?:public|taxpayers|government|his|her|their|its|our|money|cash)\b)")


# What a thing is worth, told right before the figure: "worth 150,000 pounds", "valued at about 2m pounds".
_VALUE_BEFORE = rx.compile(
    r"(?i:\b(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|an\s+estimated|more\s+than|over"
    r"|up\s+to|at\s+least)\s+)?)\Z")


def _pounds_in_money_context(match: re.Match, text: str, end: int) -> bool:
    """Whether the bare "pounds" after a figure are sterling: a word of money in the figure's clause, or
    straight after "-pound" ("a 300,000-pound reward"; "a 300-pound man" is a weight), and no word of a
    weight anywhere in its sentence (see _MONEY_CUE)."""
    unit = "q_u2" if match["q_u2"] else "q_u1"
    if not match[unit].lower().startswith("pound"):
        return False  # "lb", "lbs": a weight, whatever the sentence
    sentence_start, sentence_end = _sentence_span(text, match.start(), end)
    if _VALUE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return True  # "a haul worth 150,000 pounds": what the haul is worth, whatever it weighs
    if (_WEIGHT_CUE.search(text[sentence_start:match.start()]) or _WEIGHT_CUE.search(text, end, sentence_end)
            or _WEIGHT_CUE.match(text, match.start(unit), sentence_end)):
        return False
    if text[match.start(unit) - 1] == "-":
        return _MONEY_CUE.match(_word_after(text, end).lower()) is not None
    return _MONEY_CUE.search(_clause_around(text, match.start(), end)) is not None


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause that holds ``text[start:end]``, without the figure: its sentence cut at the last clause
    break before it and the first after it."""
    sentence_start, sentence_end = _sentence_span(text, start, end)
    before, after = text[sentence_start:start], text[end:sentence_end]
    breaks_before = list(_CLAUSE_BREAK.finditer(before))
    break_after = _CLAUSE_BREAK_AFTER.search(after)
    return (before[breaks_before[-1].end():] if breaks_before else before) + " " + (
        after[:break_after.start()] if break_after else after)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``, as far as ``_CLAUSE_REACH`` either side."""
    return text[slice(*_sentence_span(text, start, end))]


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence that holds ``text[start:end]`` starts and ends, as far as ``_CLAUSE_REACH``
    either side."""
    first = max(0, start - _CLAUSE_REACH)
    before = max(text.rfind(". ", first, start), text.rfind("\n", first, start))
    after = min((found for found in (text.find(". ", end, end + _CLAUSE_REACH), text.find("\n", end, end + _CLAUSE_REACH))
                 if found >= 0), default=min(len(text), end + _CLAUSE_REACH))
    return before + 1 if before >= 0 else first, after


def _singular_noun_follows(text: str, end: int) -> bool:
    noun = _word_after(text, end)
    return (bool(noun) and noun.islower() and noun not in NOT_NOUNS and noun not in _TIME_OPENERS
            and singular(noun) == noun)


_TIME_OPENERS = frozenset({"last", "next", "this", "earlier", "ago"})  # "rose to 80m last year"


def _plural_noun_follows(text: str, end: int) -> bool:
    noun = _word_after(text, end)
    return bool(noun) and noun.lower() not in NOT_NOUNS and singular(noun) != noun.lower()


def _word_after(text: str, end: int) -> str:
    noun = _NOUN_AFTER.match(text, end)
    if not noun:
        return ""
    if text.startswith("-", noun.end()):  # "41st call-out": the noun whole, as "callout" is
        rest = _HYPHENATED_REST.match(text, noun.end())
        closed = _closed_compound(f"{noun[1]}{rest[0]}") if rest else None
        if closed:
            return visible(closed)
    return visible(noun[1])


# A noun written hyphenated or closed ("call-out" / "callout", "lock-down" / "lockdown", "e-mail" / "email",
# "lay-offs" / "layoffs") is one noun: read closed, so that a count or ordinal of either form meets the other.
# Only a verb with its particle, or the "e-" of electronic, is closed up: "ex-soldiers" and "coffee-makers"
# are a modifier and a head.
_HYPHENATED_REST = rx.compile(r"-[A-Za-z]+")
_CLOSED_PARTICLES = frozenset({"out", "in", "down", "up", "off", "over", "back", "away"})


def _closed_compound(word: str) -> str | None:
    """The closed form of a hyphenated noun of two parts that is also written closed, else None."""
    first, hyphen, last = word.partition("-")
    if not hyphen or "-" in last or not first.isalpha() or not last.isalpha():
        return None
    particle = last.lower().removesuffix("s")
    if first.lower() == "e" and len(last) > 2 or particle in _CLOSED_PARTICLES and len(first) > 2:
        return first + last
    return None


# A measure named before its figure: "an earthquake of magnitude 6.9", "a magnitude-7.1 quake".  It
# says what the figure measures, as "magnitude" does after it ("a 6.8-magnitude earthquake"), so the
# two can be compared.
_MEASURE_BEFORE = rx.compile(r"(?i:\bmagnitude(?:\s+of)?)[\s-]\Z")


_MAGNITUDE_NOUNS = frozenset({MAGNITUDE, "richter"})  # "a 6.8-magnitude quake", "a 6.8 Richter quake"
_RICHTER_AFTER = rx.compile(r"(?i:\s+on\s+the\s+richter)\b")


def _of_a_magnitude(text: str, end: int, unit: str) -> bool:
    """Whether the figure read as a count of ``unit`` ending at ``end`` is a magnitude: its noun says so
    ("magnitude 6.8" reads the word before as its noun), or "on the Richter scale" follows it."""
    if unit in _MAGNITUDE_NOUNS:
        return True
    return not unit and text.startswith(" on ", end) and _RICHTER_AFTER.match(text, end) is not None


# A magnitude written as a seismologist does: "M6.8", "M 6.8", "Mw 7.1", "ML 4.2".  Always with its
# tenths, as motorways ("the M6", "M25") are numbered without.  The "M" opens the pattern, so that a
# search skips to each capital M.
_WRITTEN_MAGNITUDE = rx.compile(r"M(?<![\w.-]M)[wL]?\s?([0-9]\.[0-9])(?![\w.,]?[0-9]|[\w-])")


def _with_written_magnitudes(text: str, offset: int, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each magnitude written "M6.8" as one figure (the grammar reads "M 6.8" as a
    count, and "M6.8" not at all)."""
    if "M" not in text:
        return mentions  # most sentences (checked without a regex search)
    magnitudes = [NumberMention(found.start() + offset, found.end() + offset, found.group(), MAGNITUDE,
                                _norm(exact(found[1])), MAGNITUDE)
                  for found in _WRITTEN_MAGNITUDE.finditer(text)]
    return _in_place_of(mentions, magnitudes)


def _measure_before(text: str, start: int) -> str:
    if not text.endswith(("e ", "e-", "f "), 0, start):  # most figures (checked without a regex search)
        return ""
    return "magnitude" if _MEASURE_BEFORE.search(text, max(0, start - 20), start) else ""


def _noun_after(text: str, end: int) -> str:
    measure = _MEASURE_WORD.match(text, end) if end < len(text) and not text[end].isascii() else None
    if measure:  # "12人", "100多名", "3个国家": the measure word, or the noun after 个
        return _SAME_MEASURE.get(measure[1], measure[1])
    noun = _word_after(text, end)
    if not noun or noun.lower() in NOT_NOUNS or noun.lower() in _NUMBER_WORDS:
        return ""  # "6-3, 6-4 two days before": another figure follows, no noun
    if noun.lower() in _ADJECTIVES_BEFORE_NOUN:  # "One young woman died": a woman, not a "young"
        found = _NOUN_AFTER.match(text, end)
        head = _HEAD_AFTER_ADJECTIVE.match(text, found.end()) if found else None
        if head and noun.lower() in _RUN_WORDS and head[1].lower() in _PERIOD_ADJECTIVES:
            return _PERIOD_ADJECTIVES[head[1].lower()]  # "the fourth consecutive monthly rise": a run of months
        if head and head[1].lower() not in NOT_NOUNS and not head[1].lower().endswith(("ed", "ly")):
            return singular(visible(head[1]))
    return singular(noun)


_NUMBER_WORDS = frozenset({*ONES, *TEENS, *TENS, *SCALES, "dozen"})
# A run's words, and the periods it may be counted in by an adjective: "the fourth consecutive monthly
# increase" is the fourth month of the run, as "the third straight month" is the third.
_RUN_WORDS = frozenset({"consecutive", "straight", "successive", "running"})
# (Not "quarterly": an ordinal of a quarter names one of the year's, "Q3".)
_PERIOD_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"}


def _head_past_modifiers(text: str, end: int, name_before: re.Match | None) -> str:
    """The noun a count counts when words that qualify it stand first: the first plural noun of the
    phrase after the figure ("1.4 million single-serve coffee makers" -> "maker", "1,200 British troops"
    -> "troop", "300,000 Ford vehicles", "12 suspected protesters"), so that a report that names the
    make, nation or status counts the same thing as one that does not.  Empty when the figure is part of
    a modifier ("a 300-page report"), when what follows it is what befell the counted ("14 killed"), or
    when no plural noun comes before a break in the phrase, or when a name stands right before the
    figure (``name_before``: "Category 4 hurricane hits")."""
    if not text[end:end + 1].isspace() or name_before is not None:
        return ""
    position = end
    for index in range(_MODIFIERS_BEFORE_HEAD + 1):
        found = _PHRASE_WORD.match(text, position)
        if not found:
            return ""
        word = visible(found[1]).lower()
        if index == 0 and word == "of":  # "millions of single-use bottles"
            found = _PHRASE_WORD.match(text, found.end())
            word = visible(found[1]).lower() if found else ""
        last_part = _closed_compound(word) or word.rsplit("-", 1)[-1]  # "ex-soldiers", "coffee-makers"
        if index > 0 and word in _MODIFIERS_JOINED_BY:
            position = found.end()  # "400 gold and silver coins": two modifiers of one noun, not a break
            continue
        if not word or word in NOT_NOUNS or word in _PHRASE_BREAKS or (
                _past_verb(found[1]) and not _participle_before_a_noun(text, found.end(), word)):
            return ""  # "5,000 attended protests": what follows the verb is its object, not the counted
        if _a_head(last_part) and not found[1][0].isupper():  # "14 western Kansas counties": a name
            return _people_after_a_head(text, found.end(), singular(last_part))
        if index == 0 and (word in _TALLY_NOUNS or fate_of(word) and word not in _ADJECTIVES_BEFORE_NOUN):
            return ""  # "three died hours later", "a 7-2 vote ends": what befell them, or a result
        position = found.end()
    return ""


# The first parts of a hyphenated verb ("re-elected", "co-founded"), which a hyphenated participle that
# qualifies a noun ("long-finned", "well-armed", "rain-soaked") does not open with.
_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "mis", "non", "out", "over", "under", "up", "down", "self"})
_PERSON_AFTER_A_PARTICIPLE = 2  # words between: "23 trapped copper miners", "40 stranded rail passengers"


def _participle_before_a_noun(text: str, position: int, word: str) -> bool:
    """Whether ``word``, a past participle after a figure and ending at ``position``, qualifies the noun
    after it rather than being the counted's verb: a hyphenated one ("240 long-finned pilot whales"), or
    one before a plural word for people ("23 trapped copper miners", "40 stranded passengers"; not "5,000
    attended protests")."""
    first, hyphen, _rest = word.partition("-")
    if hyphen:
        return first not in _VERB_PREFIXES
    for _ in range(_PERSON_AFTER_A_PARTICIPLE + 1):
        found = _PHRASE_WORD.match(text, position)
        if found is None or not found[1].islower() or found[1] in NOT_NOUNS:
            return False
        if _plural(found[1]):
            return singular(found[1]) in PERSON_NOUNS
        position = found.end()
    return False


# People counted by a noun with no plural ending: "150 agency staff", "40 cabin crew", "300 security personnel".
_UNMARKED_PEOPLE = frozenset({"staff", "crew", "personnel"})


def _a_head(word: str) -> bool:
    """Whether a word (lower case) of the phrase after a figure may be the noun it counts."""
    return _plural(word) or word in _UNMARKED_PEOPLE


def _people_after_a_head(text: str, position: int, head: str) -> str:
    """The counted noun where the one found (``head``, ending at ``position``) is a modifier of a word for
    people after it: "60 customs officers" -> "officer", "200 sales staff" -> "staff", "50 arms dealers";
    else ``head``.  A word for people is kept ("200 police officers" count police, as "12 policemen" do)."""
    found = _PHRASE_WORD.match(text, position)
    if head in PERSON_NOUNS or found is None or found[1][0].isupper():
        return head
    word = visible(found[1]).lower()
    if word in NOT_NOUNS or not _a_head(word) or singular(word) not in PERSON_NOUNS:
        return head
    return singular(word)


# A gathering of people counted by its size: "A crowd of 41,512 saw the game", "an attendance of 30,000", so
# that it meets "41,215 fans" (a noun after the figure still says who they were: "a crowd of 40,000 fans").
_GATHERING_BEFORE = rx.compile(rf"(?i:\b(?:crowds?|attendance|audience)\s+of\s+{_SIZE_HEDGES})\Z")
_GATHERED = "person"


def _gathering_before(text: str, start: int) -> str:
    """"person" when the figure at ``start`` gives the size of a crowd, else ""."""
    return _GATHERED if _GATHERING_BEFORE.search(text, max(0, start - 40), start) else ""


def _names_one(text: str, name: str, end: int) -> bool:
    """Whether a figure after a capitalised name names one thing of it: always after a name that numbers
    things ("Highway 49", "Flight 370", "Windows 10"); after another only when no verb follows the
    figure and no second figure of a tally does ("told CNN 12 had died", "the Senate 52 to 48" count)."""
    if _SECOND_FIGURE_AFTER.match(text, end):
        return False
    if name.lower() in _NUMBERING_NAMES:
        return True
    after = _PHRASE_WORD.match(text, end)
    return not (after and (after[1].lower() in _VERBS_AFTER_A_COUNT or _past_verb(after[1])))


_SECOND_FIGURE_AFTER = rx.compile(r"\s+to\s+[0-9]")


# The role of a count of others: those besides the ones named beside it ("the pilot and three other people",
# "the Krämers and the other 15 passengers", "12 others"), a part of a group and never its whole, so that it
# disputes no count of the group nor of what befell it ("Four people were killed"), only another count of others.
OTHERS = "others"
_OTHERS_AFTER = rx.compile(r"[^\S\n]+others?\b")
_OTHER_BEFORE = rx.compile(r"\bother[^\S\n]+\Z")


# How far before a count of others its sentence is read for the fate of the ones named before them.
_FATE_OF_NAMED_REACH = 100


def _fate_of_others_apart(text: str, start: int, end: int) -> bool:
    """Whether a fate is said right after a count of others ("53 others injured", "12 others were hurt")
    and the clause before tells a different fate ("Eleven workers were killed and 53 others injured"): the
    others are those besides the dead, so the count is the whole toll of its own fate, the same count as "35
    injured".  Not when no fate follows, or the one before is the same ("the pilot and three others were killed",
    "Two died and two others died later"): a part of a group, as OTHERS says."""
    found = _ROLE_AFTER.match(text, end)
    if found is None or not (sense := fate_of(found[1])):
        return False
    before = text[max(0, start - _FATE_OF_NAMED_REACH):start]
    senses_before = {fate_of(word) for word in _WORD.findall(before)} - {""}
    return bool(senses_before) and sense not in senses_before


def _counts_others(text: str, start: int, end: int) -> bool:
    """Whether the count from ``start`` to ``end`` counts others (see OTHERS)."""
    return (_OTHERS_AFTER.match(text, end) is not None
            or _OTHER_BEFORE.search(text, max(0, start - 7), start) is not None)


# A noun that numbers things (_NUMBERING_NAMES), in any case and in the plural, before a list of figures in
# digits that it names: "platform 4", "bus routes 31 and 32", "gates 12, 14 or 15".
_NUMBERING_NOUN_BEFORE = rx.compile(r"\b([A-Za-z]+)[^\S\n](?:[0-9]+(?:,[^\S\n]|,?[^\S\n](?:and|or|&)[^\S\n]))*\Z")


_LIST_JOINERS = frozenset({"and", "or", "&"})


def _numbered_by(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The noun that numbers the figure from ``start`` to ``end`` and where the label starts: right before the
    figure the label takes the noun with it ("platform 4"); further on in a list only the figure ("32" of
    "routes 31 and 32").  None when the figure counts something after it ("bus 38 passengers") or is a
    tally's ("the bill 312 to 108"), or follows a name of one thing, a list of one's with a verb after it
    ("Route 9 and 3 were hurt"), or a scale's level (see _RATING_SCALES)."""
    if not text[start:end].isdigit() or text[start - 1:start] not in (" ", "\xa0"):
        return None
    words_before = text[max(0, start - 16):start].rsplit(maxsplit=1)
    word_before = words_before[-1] if words_before else ""
    if not (_numbering_noun(word_before) or word_before in _LIST_JOINERS or word_before[:-1].isdigit()):
        return None  # most figures (checked without a regex search)
    found = _NUMBERING_NOUN_BEFORE.search(text, max(0, start - 60), start)
    noun = found and _numbering_noun(found[1])
    if not noun or noun in _RATING_SCALES or _SECOND_FIGURE_AFTER.match(text, end):
        return None
    if not _counts_no_noun(_noun_after(text, end)):
        return None
    if found.end(1) + 1 == start:
        return noun, found.start(1)
    plural = found[1].lower() != noun
    return (noun, start) if plural or _names_one(text, "", end) else None


def _numbering_noun(word: str) -> str:
    """The noun of _NUMBERING_NAMES a word is, singular ("routes", "buses": "route", "bus"); "" if none."""
    lower = word.lower()
    for noun in (lower, singular(lower), lower[:-2] if lower.endswith("es") else ""):
        if noun in _NUMBERING_NAMES:
            return noun
    return ""
# Names whose figure says which one of them: a road, a flight, a room, a part of a text, a version.
_NUMBERING_NAMES = frozenset({
    "highway", "route", "interstate", "road", "flight", "gate", "room", "line", "platform", "terminal", "section",
    "article", "chapter", "clause", "paragraph", "page", "windows", "category", "level", "stage", "phase",
    "building", "block", "floor", "pier", "berth", "bay", "lane", "exit", "junction", "channel", "bus",
    "track", "ward", "unit", "district", "precinct", "zone", "grade", "tier", "series", "season", "episode",
    "version", "model", "apollo", "proposition", "amendment", "resolution", "bill", "figure", "table"})
# The verbs after a name's figure that make the figure a count of those who did something ("told CNN 12 had
# died", "told Reuters 40 remain"): the auxiliaries, and the full verbs a toll is told with.
_VERBS_AFTER_A_COUNT = frozenset({
    "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "must",
    "should", "did", "do", "does", "voted", "died", "remain", "remained"})


def _past_verb(word: str) -> bool:
    """Whether a word after a count reads as its verb in the past ("attended", "lost"), not as a word
    that qualifies the counted noun ("12 suspected protesters", "two young men")."""
    lower = word.lower()
    return (word.islower() and lower not in _ADJECTIVES_BEFORE_NOUN and lower not in _PARTICIPLES_BEFORE_NOUN
            and (lower.endswith("ed") or lower in _IRREGULAR_PASTS))


_IRREGULAR_PASTS = frozenset({
    "lost", "took", "made", "won", "saw", "gave", "got", "held", "met", "ran", "came", "went", "fled", "fought",
    "built", "bought", "sold", "sent", "spent", "told", "said", "wrote", "brought", "caught", "kept", "found",
    "paid", "led", "began", "became", "drove", "chose", "drew", "flew", "grew", "knew", "rode", "rose", "shot",
    "stole", "threw", "wore", "sought", "heard", "left", "stood", "sat", "fell", "broke", "spoke", "swore"})
# Past participles that stand before the counted noun as adjectives do: "12 suspected protesters".
_PARTICIPLES_BEFORE_NOUN = frozenset({
    "suspected", "alleged", "displaced", "registered", "confirmed", "named", "qualified", "skilled", "trained",
    "unemployed", "married", "licensed", "reported", "estimated", "expected", "accredited", "elected",
    "undocumented", "vaccinated", "unvaccinated", "specialised", "specialized", "dedicated", "detained"})


# A name that opens a headline or a sentence, right before its figure: "Tern 9 launches Kestrel satellite",
# "Falcon 9 carries the crew".  _NAME_BEFORE_FIGURE leaves an opening word alone, as any opening word has its
# capital; read here only before a verb in "-s" with its object after it (see _name_opening_a_headline).
_OPENING_NAME_BEFORE = rx.compile(r"\A[\s\"“‘'(\[]*([A-Z][A-Za-z]*) \Z")
_VERB_IN_S_AFTER = rx.compile(rf"\s([a-z]+[^s\W]s)\s+(?:[A-Z]|[0-9]|{_DETERMINER}\s)")


def _name_opening_a_headline(text: str, start: int, end: int) -> re.Match | None:
    """The name that opens the text right before the figure from ``start`` to ``end``, when a verb in "-s" and
    what it acts on follow the figure ("Tern 9 launches Kestrel", "Falcon 9 carries the crew"): the figure is
    the name's, and counts nothing; None otherwise (a figure in words or with a fraction, a weekday's or a
    month's name, "Police 12 arrests in Leeds")."""
    if start > 40 or not text[start:end].isdigit() or not _VERB_IN_S_AFTER.match(text, end):
        return None
    name = _OPENING_NAME_BEFORE.search(text, 0, start)
    if (name is None or name[1].lower() in NOT_NOUNS or name[1].lower() in _OPENING_HEDGES
            or name[1].lower() in _HEDGE_LAST_WORDS or name[1] in WEEKDAYS or name[1] in MONTHS):
        return None  # "Nearly 300 homes ...", "Just 12 ..."
    return name


def _name_before_figure(text: str, start: int) -> re.Match | None:
    """The name that stands right before the figure inside a sentence, making it a label: "Category 4
    hurricane hits", "Route 66 diner" (a singular noun then a verb, no phrase to read past), "crosses
    Highway 49"; None when there is none."""
    found = _NAME_BEFORE_FIGURE.search(text, max(0, start - 40), start)
    return found if found and found[1].lower() not in NOT_NOUNS else None


# Capitalised names of events, series and plans that take their year as part of the name: "Census 2022", "Euro
# 2024", "the World Cup 2026", "Expo 2020", "Vision 2030", "Budget 2024".  Only these: before any other
# capitalised word the year still dates the sentence ("Chicago 2019", "Apple 2023", "Jones 2005", "Election
# 2024"), because a label hides a year from every conflict and from the ledger's year guards, while a name's
# year read as a date only meets the dates of the other report, as it did before names were read.
_NAMES_TAKING_A_YEAR = frozenset({
    "census", "games", "olympics", "paralympics", "olympiad", "cup", "euro", "euros", "expo", "festival", "mela",
    "fair", "marathon", "tournament", "awards", "conference", "summit", "forum", "budget", "vision", "agenda",
    "championship", "championships", "biennale", "triennale"})


def _name_before_year(text: str, start: int) -> re.Match | None:
    """The capitalised name of an event or series a year right after it names ("Census 2022", "Euro 2024"),
    inside a sentence; None for any other word (see _NAMES_TAKING_A_YEAR)."""
    if not text.endswith(" ", 0, start) or not text[max(0, start - 2):start - 1].isalpha():
        return None  # most years: "in 2022", "(2022)" (checked without a regex search)
    name = _name_before_figure(text, start)
    if name is None or not name[1][:1].isupper() or not name[1][1:].islower():
        return None  # no name, or "FY", "UK", "iPhone"
    return name if name[1].lower() in _NAMES_TAKING_A_YEAR else None


def _plural(word: str) -> bool:
    # "news" and "series" name one thing as often as many, and stand before nouns ("news outlets")
    return word in IRREGULAR_PLURALS and word not in ("news", "series") or singular(word) != word


_MODIFIERS_BEFORE_HEAD = 3
# Words that join two modifiers of one noun after a figure ("400 gold and silver coins", "400 black and white
# photographs"); right after the figure they end the phrase ("arrested 12 and charged three").
_MODIFIERS_JOINED_BY = frozenset({"and", "or"})
# One word of the phrase, hyphenated modifiers whole, on the figure's line.
_PHRASE_WORD = rx.compile(rf"[^\S\n]+([A-Za-z]+(?:[-{IN_WORD}]+[A-Za-z]+)*)")
# Words that end a noun phrase besides those that never follow a figure as its noun (NOT_NOUNS).
_PHRASE_BREAKS = frozenset({
    "because", "during", "across", "through", "throughout", "against", "among", "amid", "amongst", "near",
    "like", "via", "despite", "toward", "towards", "within", "along", "including", "excluding", "except",
    "following", "plus", "versus", "vs", "also", "ago", "apiece", "too", "yet", "just", "only", "once",
    "again", "already", "still", "now", "ever", *ONES, *TEENS, *TENS, *SCALES})
# A capitalised word after a word inside the sentence (not after its opening, a colon or a quote).
_NAME_BEFORE_FIGURE = rx.compile(r"[^\s.!?:;\"'“‘(\[]\s+([a-z]?[A-Z][A-Za-z]*)[ -]\Z")  # "Flight", "iPhone"


# Adjectives a count often stands before its noun with: its unit is the noun after ("two young men",
# "one local resident", "one senior Democrat"), so "One young woman" / "Two young men" count two things.
_ADJECTIVES_BEFORE_NOUN = frozenset({
    "young", "old", "elderly", "aged", "teenage", "local", "senior", "junior", "former", "female", "male",
    "unarmed", "unnamed", "unidentified", "foreign", "new", "little", "small", "large", "retired", "veteran",
    "pregnant", "disabled", "injured", "wounded", "off-duty", "lone", "unknown", "armed", "masked", "fellow",
    "top", "leading", "prominent", "rival", "key", "major", "minor", "private", "public", "further",
    # a run's words: "an 18th consecutive month" and "a 17th straight month" both count months
    "consecutive", "straight", "successive", "running"})
_HEAD_AFTER_ADJECTIVE = rx.compile(rf"\s+([A-Za-z]+(?:[{IN_WORD}][A-Za-z]+)*)")


# After a number in Chinese or Japanese: an optional 多/余 ("more than"), then the measure word;
# after the generic 个/個/つ, the noun itself.
_MEASURE_WORD = rx.compile(rf"[多余餘]?(?:[个個つ]\s?)?([{CJK_RANGES}\uac00-\ud7a3])")
_SAME_MEASURE = {"名": "人", "位": "人", "口": "人"}  # people, counted three ways


# An amount a currency's letter may open ("R50 million", "N2.5bn", "R1,200", "R12.50"): with a scale, its
# thousands grouped (by commas, or by spaces as South Africa writes them: "R20 000"), or cents; not "R50"
# (a road) nor "N95" (a mask).
_PLAINLY_MONEY = rx.compile(r".*[^\W\d_]|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{2})?|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+"
                            r"|[0-9]+\.[0-9]{2}")


def _plainly_money(match: re.Match) -> bool:
    """Whether an amount opened by a currency's letter (CURRENCY_LETTERS) is plainly money."""
    return match["m_c1"] in CURRENCY_LETTERS and any(
        match[amount] and _PLAINLY_MONEY.fullmatch(match[amount]) for amount in ("m_a1", "m_a2"))


def _money(match: re.Match, text: str):
    if (match["m_c1"].strip() in CURRENCY_LETTERS and not _plainly_money(match)
            and not (match["m_a2"] is None and _PER_UNIT_AFTER.match(text, match.end()))):
        return "no money"  # "the R50 road", "N95 masks"; but "R1 a litre" is a price
    currency = CURRENCY_PREFIXES[match["m_c1"].strip()]
    a1, scale1 = _number(match["m_a1"])
    end = match.end("m_conv") if match["m_conv"] else match.end("m_a2" if match["m_a2"] else "m_a1")
    if match["m_a2"] is None:
        return ("money", Money(currency, _norm(a1)), currency, match.start(), end)
    if match["m_c2"] and CURRENCY_PREFIXES[match["m_c2"].strip()] != currency or _from_to(match, text, bool(match["m_c2"])):
        return "split"
    if _minus_at(text, match.start("m_a2"), _PLAIN_MINUS_BEFORE) is not None:
        return "split"  # "$0.385   -0.06": a price and a signed change beside it, as in a table ("$5 -10" stays)
    a2, scale2 = _number(match["m_a2"])
    if scale1 == 1:
        # "$10-20 million", "$2-3,000"
        a1 *= scale2 * _shared_thousands(text, match.start(), match.span("m_a1"), match.span("m_a2"))
    if a1 > a2:
        return "split"
    return ("money", Range(Money(currency, _norm(a1)), Money(currency, _norm(a2))), currency, match.start(), end)


def _date(surface: str):
    year = month = day = None
    days = []  # two for a span of days ("5-14 August")
    for token in _DATE_TOKENS.findall(surface):
        if token in MONTHS or token in MONTH_ABBREVIATIONS:
            month = MONTHS.get(token) or MONTH_ABBREVIATIONS[token]
        elif token.isdigit():
            if len(token) == 4:
                year = int(token)
            else:
                days.append(int(token))
        elif token.lower() in ORDINALS or token.lower() in TENS:  # "twenty-first": 20 + 1
            day = (day or 0) + (ORDINALS.get(token.lower()) or TENS[token.lower()])
    if len(days) == 2:
        first, last = days
        if first >= last:
            return ("date", Date(year, month, None), "")  # "30-2 July" is no span: keep the month
        return ("date", Range(Date(year, month, first), Date(year, month, last)), "")
    return ("date", Date(year, month, days[0] if days else day), "")


_CJK_WEEKDAYS = {**dict(zip("一二三四五六", range(6))), "日": 6, "天": 6, **dict(zip("月火水木金土", range(6)))}
_CJK_DATE_PARTS = rx.compile(r"([0-9]+)\s?([年月日号])")


def _cjk_weekday(surface: str):
    """"周二", "星期日", "礼拜天": the day is the last character; "火曜日": the first."""
    return ("weekday", _CJK_WEEKDAYS[surface[-1] if surface[0] in "周星礼" else surface[0]], "")


def _cjk_date(surface: str):
    """"2022年7月6日", "7月6号", "7月", "2023年": year, month and day as marked."""
    parts = {mark: int(number) for number, mark in _CJK_DATE_PARTS.findall(surface)}
    year, month, day = parts.get("年"), parts.get("月"), parts.get("日", parts.get("号"))
    if month is None and day is not None:
        return ("date", Date(None, None, day), "")
    if month is None:
        return ("year", year, "")
    if year is None and day is None:
        return ("month", month, "")
    return ("date", Date(year, month, day), "")


def _iso(surface: str):
    year, month, day = map(int, surface.split("-"))
    return ("date", Date(year, month, day), "")


# The last two-digit year read in this century: ten years on from this one.
_TWO_DIGIT_YEAR_PIVOT = _datetime.date.today().year % 100 + 10


def _slash(surface: str):
    """"13/4/2023" (13 April), "4/13/2023" (April 13): a part over 12 is the day.  With both parts
    12 or under the order is the writer's custom, unknown here: "3/4/2023" is both readings (the
    ledger takes one custom for all of a sentence's dates, the one that agrees best).  A two-digit
    year is in this century up to ten years on from now, else in the last: "27/09/97" is 1997."""
    first, second, year = map(int, surface.split("/"))
    if year < 100:  # "27/09/97": 1997; "4/4/23": 2023 (up to ten years on from this one)
        year += 2000 if year <= _TWO_DIGIT_YEAR_PIVOT else 1900
    day_first, month_first = Date(year, second, first), Date(year, first, second)
    if not (1 <= first <= 31 and 1 <= second <= 31) or first > 12 and second > 12:
        return ("date", Date(year, None, None), "")  # "0/4/2023", "14/15/2023": no month to read
    if first > 12 or first == second:
        return ("date", day_first, "")
    if second > 12:
        return ("date", month_first, "")
    return ("date", EitherDate(day_first, month_first), "")


def _dotted(surface: str):
    """"12.03.2025" or "12. 3. 2025": day first wherever dates are written with full stops."""
    day, month, year = (int(part) for part in surface.replace(" ", "").split("."))
    return ("date", Date(year, month, day), "")


# What makes "at 14.30" a price or a level rather than a clock time: "traded at 14.30", "rose from 14.30"
# (but "the polls close at 22.00" and "the meeting ends at 14.30" are times).
_PRICE_AT_BEFORE = rx.compile(
    r"(?i:\b(?:trad(?:e|es|ed|ing)|st(?:ood|ands?|anding)|settl(?:e|es|ed|ing)|fix(?:ed|ing)|pric(?:ed|ing)|"
    r"valu(?:ed|ing)|peak(?:s|ed|ing)|pegged|capped|quoted|rates?|inflation|yields?|index|shares?|stocks?|prices?)"
    r"\s+at\s+)\Z")
_CLOCK_BEFORE_AND = rx.compile(r"[0-2][0-9]\.[0-5][0-9](?: to | and | until |-|–)\Z")
# After "at", a bare "12.30" is a clock time ("arrested at 12.30", "polls opened at 07.00", "At 14.30 the
# first train left"), the commonest reading in British copy, unless something says it is a price or a level:
# a word of trading right before "at" (_PRICE_AT_BEFORE), a market or a level earlier in the clause ("shares
# were at 12.30", "the index closed at 14.30", "the euro at 14.30", "inflation was at 10.10"; not across
# "and", "when"...: "the price was agreed and he left at 12.30"), or what follows a price ("12.50 each",
# "in early trading").  Words of a time win over those ("shares were suspended at 14.30", "at 14.30 local
# time"), and a leading zero ("07.00") is never a price.
_AT_BEFORE_CLOCK = rx.compile(r"(?:\b[Aa]t|\b[Aa]t\s+(?:about|around))\s+\Z")
_TIME_AT_BEFORE = rx.compile(
    r"(?i:\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|kick(?:s|ed)?[\s-]off|kick-?off|due|scheduled"
    r"|arriv(?:e|es|ed|ing)|land(?:s|ed)|depart(?:s|ed|ing)?|leaves|happened|occurred|struck|erupted|exploded"
    r"|took\s+place|called|rang|seen|spotted|curfew|deadline|polls\s+(?:close|open)|closes|opens"
    r"|suspended|halted|resumed)"
    r"\s+at\s+(?:about\s+|around\s+)?)\Z")
_TIME_AFTER_CLOCK = rx.compile(
    r"\s*(?:(?:local|[A-Z][A-Za-z]+)\s+time\b|hours\b|sharp\b|tonight\b"
    r"|(?:in\s+the|this|that|on\s+\w+)\s+(?:morning|afternoon|evening|night)\b)")
# A market, a price or a level earlier in the clause than "at" (no comma or stop between).
_LEVEL_BEFORE_AT = rx.compile(
    r"(?:(?i:\b(?:shares?|stocks?|equit(?:y|ies)|ind(?:ex|ices|exes)|yields?|bonds?|gilts?|treasur(?:y|ies)"
    r"|futures|(?<!-)prices?|(?<!-)rates?|inflation|currenc(?:y|ies)|euro|pound|sterling|dollar|yen|yuan"
    r"|renminbi|rupee|r[ou]ble|lira|franc|peso|rand|krona|krone|zloty|forint|oil|crude|gold|silver|copper"
    r"|bitcoin)s?\b)|\b(?:FTSE|Dow|Nasdaq|Nikkei|DAX|CAC|Hang\s+Seng|S&P|Brent)\b)"
    r"(?:(?!\b(?:and|but|when|while|after|before|then|as)\b)[^.;:!?,]){0,40}\b[Aa]t\s+(?:about\s+|around\s+)?\Z")
# What follows a price rather than a time: "sold at 12.50 each", "at 14.30 in early trading".
_PRICE_AFTER_CLOCK = rx.compile(
    r"\s+(?:each|apiece|in\s+(?:[a-z]+\s+){0,2}trading|at\s+the\s+(?:close|open)(?!\s+of))\b")


def _price_before_clock(text: str, start: int, end: int, evidence_end: int | None = None) -> bool:
    """Whether the bare "14.30" at ``start`` (no zone, no "hrs") is a price or a level: after a
    word of trading ("traded at"), or a level a change left ("rose from 14.30"), or the second of
    two such figures ("rose from 14.30 to 15.20"); or after "at" where a market, a level or a price's
    words are around it ("shares were at 12.30", not "arrested at 12.30": see _LEVEL_BEFORE_AT)."""
    surface = text[start:end]
    if not surface.replace(".", "").isdigit():
        return False  # "14.30 GMT", "14.30hrs": a time whatever the words before
    if surface.startswith("0"):
        return False  # "at 07.00", "at 02.15": a price or a level is written "7.00", "2.15"
    first = _CLOCK_BEFORE_AND.search(text, max(0, start - 12), start)
    if first is not None:
        return _price_before_clock(text, first.start(), first.start() + 5, end)
    before = max(0, start - 32)
    if _PRICE_AT_BEFORE.search(text, before, start) or _CHANGE_THEN_FROM_BEFORE.search(text, before, start):
        return True
    if _AT_BEFORE_CLOCK.search(text, max(0, start - 10), start) is None:
        return False  # "until 14.30", "from 09.00": a time
    if _TIME_AT_BEFORE.search(text, before, start) or _TIME_AFTER_CLOCK.match(text, evidence_end or end):
        return False  # "starts at 14.30", "at 14.30 local time"
    return bool(_LEVEL_BEFORE_AT.search(text, max(0, start - 72), start)
                or _PRICE_AFTER_CLOCK.match(text, evidence_end or end))


# Before an abbreviated month whose full stop may end the sentence, the words that make it one ("last
# Dec.", "in Jan."), as for "May" (_MAY_CONTEXT).
_MONTH_CONTEXT_BEFORE = rx.compile(
    r"(?i:\b(?:in|since|until|till|by|from|during|early|late|last|next|this|through|throughout|of|up\s+to|as\s+of"
    r"|before|after|between|around|mid)[\s-]+)\Z")


def _name_at_sentence_end(text: str, start: int, end: int) -> bool:
    """Whether "Jan." (or "Dec.", "Mar."...) at ``start`` is at a sentence's end with no word before it
    that makes it a month: then it may be a name or a word ("the prize went to a student, Jan.").
    "The Jan. vote" goes on in lower case, and "last Dec." has its month word."""
    after = text[end:end + 3].lstrip()
    if after and not after[0].isupper() and after[0] not in "\"“‘'(":
        return False  # the sentence goes on: "the Jan. vote"
    link = _MONTH_LINK_BEFORE.search(text, max(0, start - 24), start)
    if link is not None:  # "the 12 months to Dec.", "in Nov. and Dec.", "set for Jan.": a month
        prior = link["prior"] or ""
        opens = not text[max(0, link.start() - 8):link.start()].rstrip(" \"“‘'(")[-1:].isalnum()  # "Talks with"
        return (prior[:1].isupper() and not opens and prior not in MONTHS
                and prior not in MONTH_ABBREVIATIONS)  # "Tom and Jan."
    return _MONTH_CONTEXT_BEFORE.search(text, max(0, start - 14), start) is None


# Words linking an abbreviated month to what comes before ("the year to Dec.", "Nov. and Dec.", "set for
# Jan.", "lower than Dec."): it is a month, unless the word before the link is a name ("Tom and Jan.").
_MONTH_LINK_BEFORE = rx.compile(
    r"(?:\b(?P<prior>[A-Za-z]+)\.?,?\s+)?(?i:to|and|or|for|through|with|than)\s+\Z")


def _time(surface: str):
    lowered = surface.lower()
    if lowered in ("noon", "midday"):
        return ("time", (12, 0), "")
    if lowered == "midnight":
        return ("time", (0, 0), "")
    parts = _TIME_PARTS.match(surface)
    hour, minute = int(parts[1]), int(parts[2] or 0)
    am_pm = _AM_PM.search(surface, parts.end())
    if am_pm:
        hour = hour % 12 + (12 if am_pm[1].lower() == "p" else 0)
    zone = _TIME_ZONE.search(surface, parts.end())
    return ("time", (hour, minute), zone.group().strip() if zone else "")


# A reporting period is read as the words it abbreviates: "Q3" is the ordinal of "third quarter",
# "H1" that of "first half", so that each agrees with the other spelling and disputes "second
# quarter"; a fiscal year is read as its year ("FY2024" = "fiscal 2024", "FY24" against "FY25").
_PERIOD_NOUNS = {"Q": "quarter", "H": "half"}


def _period(surface: str):
    """"Q3": the ordinal 3 of a quarter; "H1": 1 of a half; "FY24", "FY 2024": the year 2024."""
    if surface.startswith("FY"):
        digits = surface[-4:] if surface[-4:].isdigit() else surface[-2:]
        return ("year", int(digits) if len(digits) == 4 else _century_of(int(digits)), "")
    return ("ordinal", int(surface[1]), _PERIOD_NOUNS[surface[0]])


def _season(surface: str):
    """"2023/24", "2023/2024", "1999/00": a season or a fiscal year, as "2023-24" is (a year and the
    next).  Other pairs name no years: "Directive 2019/41", "Regulation 2016/679"."""
    first, second = surface.split("/")
    low = int(first)
    high = int(second) if len(second) == 4 else (low + 1) // 100 * 100 + int(second)
    return ("year", Range(low, high), "") if high == low + 1 else None


def _ordinal(surface: str):
    if surface[0].isdigit():
        return ("ordinal", int(surface[:-2]), "")
    return ("ordinal", ORDINALS[surface.lower()], "")


_SIMPLE = {
    "iso": _iso,
    "slash": _slash,
    "season": _season,
    "dotted": _dotted,
    "date": _date,
    # "the 1800s", "the early 1900s": a century before 2000 (a decade is "the 1850s"); "the 2000s" a decade
    "decade": lambda s: ("year", Range(int(s[:4]), int(s[:4]) + (99 if s[2:4] == "00" and s < "2000" else 9)), ""),
    "time": _time,
    "vague": lambda s: ("count", Range(*VAGUE[" ".join(s.lower().split())]), ""),
    "times": lambda s: ("count", TIMES[s.lower()], "time"),
    "ordinal": _ordinal,
    "month": lambda s: ("month", MONTHS.get(s) or MONTH_ABBREVIATIONS[s[:-1]], ""),
    "weekday": lambda s: ("weekday", WEEKDAYS[s], ""),
    "cjkdate": _cjk_date,
    "cjkweekday": _cjk_weekday,
    "period": _period,
}


# --- datelines ----------------------------------------------------------------

# "SHENZHEN, Nov 26 (Reuters) -", "LONDON (AP) —", "新华社深圳11月27日电（记者 李明）": where and when
# a report was filed, opening its first sentence.  Two outlets file on different days; that is no
# dispute about the story, so the ledger leaves these figures out.
_DATELINE_PLACE = r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,?\s+"
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s+"
# Any outlet files so under its own name: "CAPE HARLOW, March 6 (Global Wire) -", "(The Daily Courier)".
# Under a name not listed, the place in capitals must open the line, and the brackets hold words only:
# "UK GDP (Q3) -" and "Revenue, March 6 (Halvard Group) -" are no datelines.
_CAPITALS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,?\s+"
_OUTLET = r"[A-Z][A-Za-z&.'’-]*(?:\s+(?:[A-Z&][A-Za-z&.'’-]*|of|the|de|for|and)){0,5}"
_DATELINE = rx.compile(
    # "LONDON, Oct 24 (Reuters) -", or without the place: "Oct 24 (Reuters) -"
    rf"(?:{_DATELINE_PLACE})?(?:{_DATELINE_DATE})?"
    r"\((?:Reuters|AP|AFP|Xinhua|Bloomberg|dpa|DPA|IANS|PTI|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|RIA|CNA)\)\s*[-–—]+\s*"
    rf"|{_CAPITALS_PLACE}(?:{_DATELINE_DATE})?\({_OUTLET}\)\s*[-–—]+\s*"
    # AP's "PINE HOLLOW, Calif., Aug. 14 —": a place in capitals, a date, a dash and no agency
    rf"|[A-Z][A-Z.'’-]{{2,}}(?: [A-Z][A-Z.'’-]+){{0,3}},\s*[A-Z][A-Za-z.'’ -]{{1,30}},\s+{_DATELINE_DATE}[–—]\s+"
    r"|(?:本报|本報|新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網)[^\s，。]{0,10}?"
    r"\d{1,2}月\d{1,2}日(?:电|電|讯|訊)(?:[（(][^）)\n]{0,20}[）)])?\s*")


def dateline_end(sentence: str) -> int:
    """Where a dateline opening ``sentence`` ends (0 when there is none)."""
    found = _DATELINE.match(sentence)
    return found.end() if found else 0


# --- what the ledger reads of a figure ---------------------------------------

BOUND_OF_HEDGE = (_BOUND_OF_HEDGE | TIME_HEDGES  # hedge -> "min", "max", "about" or "nearly"
                  | dict.fromkeys(_THRESHOLD_VERBS, "min"))


def written_digits(m: NumberMention) -> str:
    """The figure's first number as digits, as precise as written: "1,200" -> "1200", "37.8" -> "37.8",
    "two kilometres" -> "2" (a word is as precise as its digit)."""
    numeral = written_numeral(m)
    if numeral is not None:
        return numeral
    words = _LEADING_WORDS.match(m.surface)
    return str(_norm(words_to_number(words.group()))) if words else "1"


def written_numeral(m: NumberMention) -> str | None:
    """The figure's first numeral in digits, without grouping marks ("1,200" -> "1200"); None when
    the figure is written in words ("half a million")."""
    numeral = _FIRST_NUMERAL.search(m.surface)
    return _ungrouped(numeral.group()) if numeral else None


def _century_of(two_digits: int) -> int:
    """A two-digit year in full, as spreadsheets read one: "FY24" is 2024, "FY99" 1999."""
    return (1900 if two_digits >= 70 else 2000) + two_digits


# --- the passes of _read_together, in order ----------------------------------

# Each with whether it reads a phrase of its own ("half of the voters", "a mile", "A firefighter died",
# a phone number), so may give a figure where none was read; the others only join, drop or mark the
# figures read before them, and give back an empty list for an empty one.
_PASSES = (
    (_with_phone_numbers, True),
    (_without_list_marker, False),
    (_ratios_joined, False),
    (_with_word_shares, True),
    (_with_ages_by_decade, True),
    (_with_feet_and_inches, False),
    (_with_race_times, True),
    (_with_compound_measures, False),
    (_with_shares_of_a_point, True),
    (_with_shares_of_change, True),
    (_with_changes_by_a_multiple, True),
    (_with_multiples_before_the, True),
    (_with_half_durations, True),
    (_with_shares_of_a_unit, True),
    (_with_units_in_words, True),
    (_with_spans_of_time_in_words, True),
    (_with_ages_of_things_made, False),
    (_with_nouns_of_ages, False),
    (_with_clock_times_in_words, True),
    (_with_either_figure_ranges, False),
    (_with_written_magnitudes, True),
    (_with_single_casualties, True),
    (_with_counts_of_both, True),
    (_with_cents_per_unit, True),
    (_with_kilovolts, True),
    (_with_cents_in_the_sentences_currency, False),
    (_without_one_day_openers, False),
    (_without_the_two_parties, False),
    (_without_ordinals_before_figures, False),
    (_with_sizes_by_their_last_unit, False),
    (_with_scores, False),
    (_with_votes_in_words, False),
    (_with_sides_of_a_vote, False),
    (_with_group_sizes, False),
    (_with_limits, False),
    (_with_sizes_of_things, False),
    (_with_counted_measures_shown, False),
    (_with_levels, False),
)


# Every pattern above is compiled: keep them for the next start.
rx.save()
