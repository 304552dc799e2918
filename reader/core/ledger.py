"""The number ledger: which figures of two linked sentences agree, which conflict, which one side
alone gives.

How :func:`compare_numbers` decides, for the numbers of two linked sentences:

1. **Agree** when two mentions of one *family* are compatible: equal values; a
   single value inside the other side's range (including vague counts); dates
   whose shared parts are equal ("July 6th, 2022" ~ "July 2022" ~ "2022"); a
   length, area, weight or speed written in other units that matches within the
   precision of the numbers as written ("198 km" ~ "123 miles", not "72 km" ~ "50 miles"; a range
   end by end: "5-8C" ~ "41-46F"; "7lb 11oz" is as precise as an ounce; a conversion cut down to its
   last digit: "90 pounds" ~ "40 kilograms", "185 pounds" ~ "83 kilograms", not "2 miles" ~ "5 km"); two
   plain figures of which the less precise is the other rounded to the place it is written to,
   moved by no more than 5% ("1.1 million" ~ "1,098,431", "52%" ~ "52.3%", not "52%" ~ "54%" or
   "1 million" ~ "1.4 million"); a hedged figure
   and a plain one it allows ("more than 100" ~ "150", "about 30" ~ "31", not "about 285,000" ~
   "298,000": a figure written that precisely is hedged narrowly;
   "nearly 200" ~ "198", "at least 40" ~ "dozens"; two hedged figures agree when
   equal and not on opposite sides of it, when one nears what the other is about
   ("almost 1 million" ~ "some 950,000"), or when hedged other ways one figure makes both true
   ("about 1,100" ~ "over 1,000", "up to 500" ~ "more than 400"); "at least 27" and "at least 26" dead
   are two tolls, "about 300" and "about 320" miles two estimates,
   "nearly 100" and "more than 100" homes disagree; a clock time within what the other's hedge
   allows: "about 2am" ~ "2.15am", "shortly after 2am" ~ "2.40am"); a figure that reads two ways
   when either reading agrees ("3/4/2023" ~ "4 March 2023" ~ "March 4, 2023", one custom for all
   of a sentence's dates; "30 degrees" ~ "30C" ~ "86F", "104 degrees" ~ "40 degrees", each bare
   figure in one scale: "1 degree" and "2 degrees" disagree); hedged times across zones ("about 2am
   ET" ~ "7.15am GMT", "14:52 GMT" ~ "3.52pm Irish time"; a zone it cannot resolve, "local time",
   never conflicts with another zone), and one time from either side, near it ("just before 2am" ~
   "shortly after 2am", but "before midnight" / "after midnight" conflict).  Counts of what befell people
   ("died", "killed", "nine deaths", "12 dead"; "hurt", "injured") are read by their sense, and two
   fates never agree ("Five people died" / "Five people were injured").  Equal values
   pair first, then the pairs that share the most date parts.
2. **Conflict**: two pairs of equal counts whose nouns cross ("12 killed, 30
   injured" / "30 killed, 12 injured") are swapped figures: each count conflicts
   with the other side's count of the same thing.  Leftovers of one family pair
   one-to-one, the most alike first (what they count, their role in a change, their order of
   magnitude, then their place).  Dates must share a part to conflict
   ("6 July" and "2023" do not) and date one kind of event: the claim's own date never disputes an
   earlier event's ("after a reduction in February") nor one to come ("at its next meeting on 11
   June"), and the day a thing was said ("the coastguard said on Monday", "Officials on Monday said")
   meets only another report's day of a statement, never the day of the event ("sank on Sunday", nor "sank
   on Monday": neither agrees nor conflicts); a figure
   that names ("Highway 49", "Flight 370", "bus routes 31 and 32") meets only the same name's number, a count of
   others ("the Krämers and fifteen other people") only another count of others, a clock
   time that names a train ("the 07:05 service") only another such time, and the size of a body a part
   is counted in ("Seven of the nine members") only another body's size; an
   amount added ("a further €10m") never disputes a level reached ("rising to €90m"), nor a distance
   ("20 km upstream of") a height or a level ("crested at 27.5 feet"); and counts
   and ordinals must not count clearly different nouns or fates ("two shots" vs "three countries",
   "14 killed" vs "40 wounded"; a count of people meets a count of one kind of person, a count of animals
   one of a kind of animal the same verb counts ("counted 1,236 animals" / "counted 1,326 ibex"), and nouns
   that name one thing meet: "37 homes" vs "43 houses", "23 crew" vs "21 sailors", whatever modifiers stand
   between ("400 gold and silver coins" vs "240 coins"), and so do seats and those who hold them: "30 MEPs" vs
   "31 seats", and a union's members and the workers it speaks for: "34,000 union members" vs "38,000 rail
   workers"; a count with no noun may conflict with a count, unless it could be either of two, or its
   role says it counts people and the other counts no person: "forcing 32,000 to flee" vs "two
   counties").  Of counts of one noun, the one of the same role is the rival first ("Eleven miners were
   trapped" / "six miners ..., where 13 miners had been trapped": 13), and a count of a fate takes the other
   report's count of that fate before one of no fate it fits ("At least 11 people have died" / "17 people
   died and 12 people remain unaccounted for": 11 and 17 conflict, and the missing 12 stand alone).  One
   figure told with two of the victims' fates is disputed
   ("Five people died" / "Five people were injured"); the victims' against the suspects' ("Two
   people were killed" / "Two people were arrested") are two counts, each on its side alone.
   Degrees with no scale ("30 degrees") conflict when no reading in Celsius or Fahrenheit fits
   ("90 degrees" / "40C"), nor as one change of temperature ("dropped 20 degrees" / "dropped 11C":
   no conflict).  An age beyond any life or told of a thing ("a 2,300-year-old coin hoard", "the 31-year-old
   ferry") is no person's age ("Boy, 12,").  Agreement ignores nouns: "30-40 men" and "30-40 troops" agree;
   but a figure of
   another noun never takes the partner a figure of the same noun may be set against ("37 homes ...
   dozens more outbuildings" / "43 homes": 37 and 43 conflict).
3. The rest are ``only_a`` / ``only_b``.

Two sentences of hundreds of figures (a table pasted into the story) are not weighed figure against
figure: each figure agrees with its equal on the other side, and the few left over are weighed as above
(see _table_pairing).

Figures that stand in a change opposite ways never agree: a rise and a fall ("up 12%" / "down 12%";
"fell 4%" agrees with "-4%"), or the level a change left and the one it reached ("rose from 10% to
12%" / "fell from 12% to 10%": each level conflicts with the other report's level in its place).  A
figure whose place nothing says opposes nothing.  Given the sentences' texts, a rise and a fall of two
things named before them ("The pound rose 0.4%" / "the main share index fell 0.4%") dispute nothing.

Families: money per currency, percent per unit, duration per base (a span in days or weeks still meets one in
months or years, each month 28 to 31 days: "six weeks" / "two months" conflict, "eight weeks" / "two months"
agree), concentration as a mass in a volume
or as parts of a whole ("0.05 mg/L" / "420 ppm"; parts of water may agree with a mass in a litre of it, "15
ppb" / "15 µg/L"), date/month/year together; every other kind is its own
family.  A ratio ("1 in 5") agrees with the plain share it rounds to ("20%"), and conflicts only with a plain
share clear of all it may round ("by about a fifth" / "by 26%", "two-thirds" / "75%", which is three-quarters;
not "one in three" / "30%") or, bounded, with a hedged share clear of its bound ("just over half" / "roughly
40%"; not "almost a third" / "roughly 30%"), or, hedged "about", with a hedged share clear of both hedges and
its rounding ("roughly a fifth" / "about 12%", "a fifth" / "some 12%"); a rise or a fall by a round fraction disputes no change in per
cent ("rose by a quarter" / "up 35%"), but one by a fraction bounded ("jumped by almost half", "by more than a
third") disputes the same change clear of its bound ("rose 30%"), and one beside a share in per cent that a
verb makes the same change by ("reduced deaths by a quarter" / "cut the risk by 30%") is weighed as a share; a bare figure left over agrees with a speed or a concentration of the same digits, its unit left off
("142" / "142 mg/dL"), and never conflicts with one.  A count of points ("won by 4.8 points") is of the family
of percentage points, and a quake's magnitude ("magnitude 6.8", "M6.8") of none but magnitudes: it never disputes a toll
("killed 11"); a level on a scale ("rated 4", "level 4", "a Category 4 hurricane") meets only another,
whatever each rates, and never a count ("four of the injured").  A score that meets none of the other
report's is told whole ("2-1"), a match's sets as one ("6-3, 6-4").  One amount in two currencies ("£35m" /
"$35m") conflicts: a slip of the symbol, which a fact-checker wants shown (a "$", "pesos" or "shillings" of
no country said is the other report's dollar, peso or shilling); so does one amount whose conversions into
one currency lie further apart than two days' exchange rates ("€45m (£38m)" / "€45m (£50m)").  A count of one in
words ("one passenger drowned", "A firefighter died", "released one video") is set only against a count
of the same noun and fate ("three passengers drowned", not "questioned two men") or the same single
("A man" = "one man"), and never listed alone.  Two figures hedged different ways that may both be true
but lie far apart ("at least 40" / "up to 400") neither agree nor conflict.  "Up to" a figure beside a plain
one the other report gives as a peak ("winds of up to 180 mph" / "winds reaching 250 km/h") is weighed as
the peak it tells, plainly.  A rate told per a period ("£30 a month", "2 million barrels a day") is weighed per
the other report's longer period where it adds up over time ("£30 a month" / "£360 a year" agree, "£30 a month" /
"£500 a year" conflict), by any count of the shorter period in the longer (a month is 28 to 31 days, 4 to 31/7
weeks: "about £10 a day" / "about £300 a month" and "£250 a week" / "£1,000 a month" agree, "£10 a day" /
"£400 a month" conflict); rates per two periods one cannot be told in ("£12 an hour" / "£24,000 a year", "1% a
month" / "12% a year") neither agree nor conflict.  A phone number meets only
a phone number, and conflicts with one of the same code.

>>> from reader.core.numbers import find_numbers
>>> ledger = compare_numbers(find_numbers("executed in November"), find_numbers("went viral in December"))
>>> [(a.surface, b.surface) for a, b in ledger.conflict]
[('November', 'December')]
>>> ledger = compare_numbers(find_numbers("about 30-40 men"), find_numbers("30 to 40 troops, 2 shots"))
>>> [(a.surface, b.surface) for a, b in ledger.agree], [m.surface for m in ledger.only_b]
([('30-40', '30 to 40')], ['2'])
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict, deque
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import replace
from fractions import Fraction

from reader.core.change_of_levels import changes_between_levels
from reader.core.date_spans import WEEKDAY_GAP, spans_of_dates_as_durations
from reader.core.model import NumberLedger, NumberMention
from reader.core.numbers import (
    ADDED, A_UNIT_IN_WORDS, BOUND_OF_HEDGE, DEPARTURE_TIME, EARLIER_LEVEL, FEET_AND_INCHES, LATER_LEVEL_UNSAID, FINISH_TIME, GROUP_SIZE,
    LATER_LEVEL, LEVEL_OF, LIMIT, MAGNITUDE, OTHERS, OWN_FIRST, RATING, REMAINDER, START_TIME, SHARE_OF_A_UNIT, STATEMENT_DATE, UNKNOWN_SCALE, WHOLE, Date, Duration, EitherDate, SCORE, Money, Range,
    age_noun, change_told_by_verb, compound_step, counted_noun, dateline_end, half_of_the_day_unsaid, is_a_person_word, is_a_persons_age,
    is_age_of_a_thing_made, is_count_without_numeral, is_round_span,
    is_single, is_word_count, price_as_written, written_digits, written_numeral,
)
from reader.core.numwords import (
    ATTACKER_NOUNS, CURRENCY_NAMESAKES, DIVISION_NAMES, FATE_ADJECTIVES, FATE_SENSES, GENERAL_PERSON_NOUNS, HOLDING_SEATS,
    HELD_NOUNS, KNOWING_VERBS, MEASURES, NOT_NOUNS, PARTS_PER, PEOPLE_BY_ORIGIN, PEOPLE_BY_ROLE, PEOPLE_ROLES, PERSON_NOUNS, SAME_THING, SEAT, SEAT_HOLDERS,
    MONTHS, SCALES, THING_KINDS, VICTIM_NOUNS, WEEKDAYS, fate_of, singular,
)
from reader.core.pattern_cache import PatternCache
from reader.core.phones import read_phone, same_code
from reader.core.stemmer import stem

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

__all__ = ["compare_numbers"]


_CALENDAR = frozenset({"date", "month", "year"})
_DAYS_NAMED = _CALENDAR | {"weekday"}
_MEASURED = frozenset({"length", "area", "volume", "weight", "speed", "power", "energy", "concentration", "data"})
_NOUN_KINDS = frozenset({"count", "ordinal"})


def compare_numbers(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str] = ("", ""),
                    offsets: tuple[int, int] = (0, 0)) -> NumberLedger:
    """The ledger of two linked sentences' numbers: agree, conflict, only_a, only_b.  ``texts`` are the two
    sentences, each starting at its offset in ``offsets`` (where find_numbers read it): with them, a rise and
    a fall of two different things ("The pound rose 0.4%" / "the main share index fell 0.4%") are no dispute
    (see _changes_of_two_things).

    >>> from reader.core.numbers import find_numbers
    >>> ledger = compare_numbers(find_numbers("July 6th, 2022"), find_numbers("in July 2022 and 2023"))
    >>> [(x.surface, y.surface) for x, y in ledger.agree], [m.surface for m in ledger.only_b]
    ([('July 6th, 2022', 'July 2022')], ['2023'])
    """
    if not a and not b:
        # Most linked sentences give no figure: every step below reads or re-reads the figures given and
        # adds none, so two sentences without one have an empty ledger.
        return NumberLedger()
    if any(m.direction == ADDED for m in a) or any(m.direction == ADDED for m in b):
        # "a further £5m" is a rise beside "up £8m" and no total beside "rising to £90m": read as one, and
        # shown as the amount written.
        return _amounts_added_as_written(_compared(_added_as_rises(a), _added_as_rises(b), texts, offsets), a, b)
    return _compared(a, b, texts, offsets)


def _added_as_rises(side: Sequence[NumberMention]) -> Sequence[NumberMention]:
    """``side`` with each amount added (numbers.ADDED: "a further £5m") read as the rise it is."""
    return [replace(m, direction="up") if m.direction == ADDED else m for m in side]


def _amounts_added_as_written(ledger: NumberLedger, a: Sequence[NumberMention],
                              b: Sequence[NumberMention]) -> NumberLedger:
    """``ledger`` with each amount added (numbers.ADDED), read as a rise, given its direction back."""
    added_a, added_b = ({m.start for m in side if m.direction == ADDED} for side in (a, b))

    def as_written(m: NumberMention, added: set[int]) -> NumberMention:
        return replace(m, direction=ADDED) if m.start in added and m.direction == "up" else m

    return NumberLedger(
        agree=tuple((as_written(x, added_a), as_written(y, added_b)) for x, y in ledger.agree),
        conflict=tuple((as_written(x, added_a), as_written(y, added_b)) for x, y in ledger.conflict),
        only_a=tuple(as_written(x, added_a) for x in ledger.only_a),
        only_b=tuple(as_written(y, added_b) for y in ledger.only_b),
    )


def _compared(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
              offsets: tuple[int, int]) -> NumberLedger:
    """compare_numbers of figures whose amounts added are read as rises (see _added_as_rises)."""
    # "winds of up to 180 mph" beside "winds reaching 250 km/h": two peaks, weighed as plain figures.
    read_a, read_b = _up_to_as_peak(a, b, texts[1], offsets[1]), _up_to_as_peak(b, a, texts[0], offsets[0])
    # "within two miles" beside "within a 1-mile radius": two radii of one zone, weighed as plain figures.
    read_a, read_b = (_within_as_radius(read_a, b, texts[1], offsets[1]),
                      _within_as_radius(read_b, a, texts[0], offsets[0]))
    if read_a is a and read_b is b:
        return _numbers_compared(a, b, texts, offsets)
    return _with_hedges_as_written(_numbers_compared(read_a, read_b, texts, offsets), a, b)


def _numbers_compared(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                      offsets: tuple[int, int]) -> NumberLedger:
    """compare_numbers, each figure as it is to be read: a rate per a period as it is per the other report's
    period (see _rates_in_one_period), and shown as written."""
    periods_a, periods_b = _periods_of_rates(a, texts[0], offsets[0]), _periods_of_rates(b, texts[1], offsets[1])
    if not (periods_a or periods_b):
        return _read_figures_compared(a, b, texts, offsets)  # most pairs: a rate per a period is rare
    counts_apart = _counted_rates_and_counts(a, b, periods_a, periods_b)
    if not (periods_a and periods_b):
        return _read_figures_compared(a, b, texts, offsets, counts_apart)
    restating = _RESTATED.set({})
    try:
        read_a, read_b, apart = _rates_in_one_period(a, b, periods_a, periods_b)
        return _as_written(_read_figures_compared(read_a, read_b, texts, offsets, apart | counts_apart), a, b)
    finally:
        _RESTATED.reset(restating)


def _read_figures_compared(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                           offsets: tuple[int, int], rates_apart: frozenset[tuple[int, int]] = frozenset()
                           ) -> NumberLedger:
    """compare_numbers of figures read per one period; ``rates_apart``: the starts of the pairs of rates per
    two periods one cannot be told in (see _rates_in_one_period)."""
    # "from March 3 to March 17" beside "for two weeks": the two ends as the length they give.
    a, b = (spans_of_dates_as_durations(a, b, texts[0], offsets[0]),
            spans_of_dates_as_durations(b, a, texts[1], offsets[1]))
    # "2 hours 4 minutes and 37 seconds" beside "2:04:37": the two parts as the one duration they give.
    a, b = _whole_durations(a, b, texts[0], offsets[0]), _whole_durations(b, a, texts[1], offsets[1])
    a, b = _fractions_of_a_change(a, texts[0], offsets[0]), _fractions_of_a_change(b, texts[1], offsets[1])
    a, b = (_years_later_as_years(a, b, texts[0], offsets[0]), _years_later_as_years(b, a, texts[1], offsets[1]))
    a, b = (_changes_in_points_and_per_cent(a, b, texts[0], offsets[0]),
            _changes_in_points_and_per_cent(b, a, texts[1], offsets[1]))
    # "grew 30% to 2.8 million" beside "rose from 2.5 million to 2.8 million": the two levels as the change they give.
    a, b = (changes_between_levels(a, b, texts[0], offsets[0], texts[1], offsets[1]),
            changes_between_levels(b, a, texts[1], offsets[1], texts[0], offsets[0]))
    a, b = (_changes_by_a_share_as_shares(a, b, texts[1], offsets[1]),
            _changes_by_a_share_as_shares(b, a, texts[0], offsets[0]))
    a, b = _members_as_workers(a, b, texts), _members_as_workers(b, a, texts[::-1])
    # "four people who died" beside "killing five skiers": the fate a relative clause tells, as one toll.
    a, b = _fates_in_relative_clauses(a, texts[0], offsets[0]), _fates_in_relative_clauses(b, texts[1], offsets[1])
    # "represents 141 institutions" / "represents 136 universities"; "480,000 homes ... lost power" / "650,000
    # customers": a count of a kind of thing as one of its class.
    a, b = (_kinds_as_their_class(a, b, texts[0], offsets[0], texts[1], offsets[1]),
            _kinds_as_their_class(b, a, texts[1], offsets[1], texts[0], offsets[0]))
    a, b = _supplied_as_customers(a, b, texts[0], offsets[0]), _supplied_as_customers(b, a, texts[1], offsets[1])
    a, b = _fates_of_lasting(a, texts[0], offsets[0]), _fates_of_lasting(b, texts[1], offsets[1])
    # "has 14 staff, down from about 40 in 2021" beside "now employs around 40": the figure told as now
    # is the level the change reached, 14, not the one it left.
    a, b = _current_as_later_levels(a, b, texts[0], offsets[0]), _current_as_later_levels(b, a, texts[1], offsets[1])
    a, b = (_clocks_in_the_others_half(a, b, texts[0], offsets[0]),
            _clocks_in_the_others_half(b, a, texts[1], offsets[1]))
    # "stage seven" beside "the sixth stage": the figure after the noun as the ordinal before it.
    a, b = (_numbers_after_a_noun_as_ordinals(a, b, texts[0], offsets[0]),
            _numbers_after_a_noun_as_ordinals(b, a, texts[1], offsets[1]))
    # "X and two other riders" beside "Three other riders ..., including X": X counted among the others.
    a, b = (_others_with_the_one_named(a, b, texts[0], offsets[0], texts[1], offsets[1]),
            _others_with_the_one_named(b, a, texts[1], offsets[1], texts[0], offsets[0]))
    # Figures of a past year and of now are two events' figures, which neither dispute nor agree.
    unmet = _figures_of_a_year_and_of_now(a, b, texts, offsets)
    apart = (_changes_of_two_things(a, b, texts, offsets) | _people_and_things_by_verb(a, b, texts, offsets)
             | _shares_of_two_things(a, b, texts, offsets) | _seats_lost_and_held(a, b, texts, offsets)
             | _distances_and_heights(a, b, texts, offsets) | _lengths_of_two_things(a, b, texts, offsets)
             | _sums_of_two_things(a, b, texts, offsets)
             | _days_of_two_events(a, b, texts, offsets) | _dates_of_two_life_events(a, b, texts, offsets)
             | _figures_of_two_places(a, b, texts) | _figures_of_two_named_sites(a, b, texts)
             | _figures_of_a_part(a, b, texts) | _days_of_two_groups(a, b, texts)
             | _measures_at_birth_and_at_an_age(a, b, texts) | _a_career_and_another_total(a, b, texts)
             | _figures_of_two_periods(a, b, texts) | _figures_of_two_dated_events(a, b, texts)
             | _figures_of_two_countries(a, b, texts) | unmet
             | _figures_of_two_named_subjects(a, b, texts, offsets) | _ages_of_two_people(a, b, texts, offsets)
             | _figures_of_two_ranked_items(a, b, texts, offsets) | _figures_of_another_item(a, b, texts)
             | _sizes_and_distances_moved(a, b, texts, offsets) | rates_apart)
    tallies_a, tallies_b = _tallies(a), _tallies(b)
    if not (tallies_a or tallies_b):
        return _figures_compared(a, b, apart, unmet)
    # A score's figures meet only another score's, as one tally (see _scores_compared).
    in_tally_a = {i for tally in tallies_a for i in tally}
    in_tally_b = {j for tally in tallies_b for j in tally}
    rest = _figures_compared([m for i, m in enumerate(a) if i not in in_tally_a],
                             [m for j, m in enumerate(b) if j not in in_tally_b], apart, unmet)
    agree, conflict, used_a, used_b = _scores_compared(a, b, tallies_a, tallies_b)
    return NumberLedger(
        agree=tuple(sorted(rest.agree + tuple(agree), key=_pair_place)),
        conflict=tuple(sorted(rest.conflict + tuple(conflict), key=_pair_place)),
        only_a=tuple(sorted(rest.only_a + _tallies_alone(a, tallies_a, used_a), key=_place)),
        only_b=tuple(sorted(rest.only_b + _tallies_alone(b, tallies_b, used_b), key=_place)),
    )


# Hedges that give the most a figure reached, as "reaching" does: "up to 180 mph", "as many as 300".
_UP_TO = frozenset({"up to", "as many as", "as much as"})
# Words that give a figure as the peak something reached, right before it (a word or two such as "a record"
# between): "peaked at", "a peak of", "maximum sustained winds of", "top speeds of", "gusts of", "a high of".
_PEAK_BEFORE = rx.compile(
    r"\b(?:peak(?:s|ed|ing)?\s+at|(?:peak|maximum|max|(?<!on\s)top|highest)(?:\s+[a-z]+){0,2}\s+of|gusts?\s+of"
    r"|gust(?:s|ed|ing)\s+(?:at\s+|to\s+)?|highs?\s+of|max(?:es|ed|ing)?\s+out\s+at)"
    r"(?:\s+a)?(?:\s+(?:record|new|peak))?\s*\Z", re.I)
# Verbs that give a reading as the peak it reached: "winds reaching 250 km/h", "temperatures topped 40C", "hit
# 120 mph".  Only of a measure read off a gauge: "the toll reached 250" is where a count stands, no peak of it.
_PEAK_VERB_BEFORE = rx.compile(r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|top(?:s|ped|ping)|touch(?:es|ed|ing))"
                               r"(?:\s+a)?(?:\s+(?:record|new|peak))?\s*\Z", re.I)
_READINGS = _MEASURED | {"temperature"}
# Words right after a speed that name it a gust's, a peak by its nature: "70km/h gusts", "90mph wind gusts".
_GUSTS_AFTER = rx.compile(r"(?:[\s-]+winds?)?[\s-]+gusts?\b", re.I)


def _up_to_as_peak(side: Sequence[NumberMention], other: Sequence[NumberMention], other_text: str,
                   other_offset: int) -> Sequence[NumberMention]:
    """``side`` with each figure hedged "up to" read without its hedge where the other report gives a plain
    figure of its family as a peak ("winds of up to 180 mph" / "winds reaching 250 km/h"): both tell the most
    the winds reached, so the two dispute each other as plain figures do.  Beside a plain figure that nothing
    marks as a peak ("up to 300 people" / "250 people") the hedge stays, and the lower figure fits it."""
    if not other_text or not any(m.hedge in _UP_TO for m in side):
        return side
    peaks = [o for o in other if _given_as_peak(o, other_text, other_offset)]
    if not peaks:
        return side
    read = [replace(m, hedge="") if m.hedge in _UP_TO and not isinstance(m.value, Range)
            and any(_family(m) == _family(peak) for peak in peaks) else m for m in side]
    return side if read == list(side) else read


def _given_as_peak(m: NumberMention, text: str, offset: int) -> bool:
    """Whether ``m``, a plain figure, is the peak something reached by the words right before it in ``text``
    (_PEAK_BEFORE; for a reading off a gauge, _PEAK_VERB_BEFORE too), or, a speed, a gust's (_GUSTS_AFTER)."""
    if m.hedge or isinstance(m.value, Range):
        return False
    before = text[max(0, m.start - offset - 40):max(0, m.start - offset)]
    return bool(_PEAK_BEFORE.search(before) or m.kind in _READINGS and _PEAK_VERB_BEFORE.search(before)
                or m.kind == "speed" and _GUSTS_AFTER.match(text, m.end - offset))


# A length given as the radius of a zone: "a 1-mile radius", "a two-mile radius", "a radius of 3 km".
_RADIUS_AFTER = rx.compile(r"[\s-]*radius\b", re.I)
_RADIUS_BEFORE = rx.compile(r"\bradius\s+of\s+(?:about\s+|some\s+|around\s+)?\Z", re.I)


def _within_as_radius(side: Sequence[NumberMention], other: Sequence[NumberMention], other_text: str,
                      other_offset: int) -> Sequence[NumberMention]:
    """``side`` with each length hedged "within" read without its hedge where the other report gives a length
    as a zone's radius ("within two miles of the plant" / "within a 1-mile radius of the plant"): both give
    the edge of one zone, so the two dispute each other as plain figures do.  Beside a length that is no radius
    ("within two miles" / "lives a mile away") the hedge stays, and the shorter length fits it."""
    if not other_text or not any(m.hedge == "within" and m.kind == "length" for m in side):
        return side
    if "radius" not in other_text.lower():
        return side  # most pairs
    if not any(_given_as_radius(o, other_text, other_offset) for o in other):
        return side
    return [replace(m, hedge="") if m.hedge == "within" and m.kind == "length" and not isinstance(m.value, Range)
            else m for m in side]


def _given_as_radius(m: NumberMention, text: str, offset: int) -> bool:
    """Whether ``m``, a length, is given as a zone's radius by the word beside it (_RADIUS_AFTER, _RADIUS_BEFORE)."""
    if m.kind != "length" or isinstance(m.value, Range):
        return False
    start, end = m.start - offset, m.end - offset
    return bool(_RADIUS_AFTER.match(text, end) or _RADIUS_BEFORE.search(text, max(0, start - 30), start))


def _with_hedges_as_written(ledger: NumberLedger, a: Sequence[NumberMention],
                            b: Sequence[NumberMention]) -> NumberLedger:
    """``ledger`` with each figure read without its hedge (see _up_to_as_peak, _within_as_radius) shown again as
    written."""
    written_a, written_b = {m.start: m for m in a if m.hedge}, {m.start: m for m in b if m.hedge}

    def as_written(m: NumberMention, written: dict[int, NumberMention]) -> NumberMention:
        original = written.get(m.start)
        if original is None or original.end != m.end or m.hedge:
            return m
        return replace(m, hedge=original.hedge)

    return NumberLedger(
        agree=tuple((as_written(x, written_a), as_written(y, written_b)) for x, y in ledger.agree),
        conflict=tuple((as_written(x, written_a), as_written(y, written_b)) for x, y in ledger.conflict),
        only_a=tuple(as_written(x, written_a) for x in ledger.only_a),
        only_b=tuple(as_written(y, written_b) for y in ledger.only_b),
    )


def _as_written(ledger: NumberLedger, a: Sequence[NumberMention], b: Sequence[NumberMention]) -> NumberLedger:
    """``ledger`` with each figure whose value was read another way (a rate per another period) shown with the
    value it was written with."""
    written_a, written_b = {m.start: m for m in a}, {m.start: m for m in b}

    def as_written(m: NumberMention, written: dict[int, NumberMention]) -> NumberMention:
        original = written.get(m.start)
        if original is None or original.end != m.end or original.value == m.value:
            return m
        return replace(m, value=original.value, converted=original.converted)

    return NumberLedger(
        agree=tuple((as_written(x, written_a), as_written(y, written_b)) for x, y in ledger.agree),
        conflict=tuple((as_written(x, written_a), as_written(y, written_b)) for x, y in ledger.conflict),
        only_a=tuple(as_written(x, written_a) for x in ledger.only_a),
        only_b=tuple(as_written(y, written_b) for y in ledger.only_b),
    )


# --- rates per a period --------------------------------------------------------------------------------------

# A figure told per a period of time: "£30 a month", "£360 a year", "2 million barrels a day", "500 cars per
# week", "£30/month", "40 litres daily".  A word or two may stand between ("1,500 people a day", "£30 more a
# month"); not "a year ago", "a week later" nor "a month after", which date, nor "in a day", which is a span,
# nor "a year on" where the clause ends or "from" follows ("a year on, ...", "a year on from the flood"); "£30 a
# month on average" and "£30 a week on rent" are rates.
_PERIODS_PER_YEAR = {"day": 365, "week": 52, "fortnight": 26, "month": 12, "year": 1, "annum": 1, "hour": None}
_PERIOD_OF_WORD = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
                   "annually": "year", "yearly": "year", "hourly": "hour", "yr": "year", "mo": "month", "hr": "hour"}
_PERIOD_AFTER = rx.compile(
    r"(?P<between>(?:[\s-]+[a-z]+){0,2}?)(?:[\s-]+(?:a|an|per|each|every)[\s-]+(?P<period>day|week|fortnight|month|year"
    r"|annum|hour)|\s?/\s?(?P<slash>day|week|month|year|yr|mo|hour|hr)|[\s-]+(?P<adverb>daily|weekly|fortnightly"
    r"|monthly|annually|yearly|hourly))(?![\w-])(?![\s-]+(?:ago|earlier|later|after|before|old)\b)"
    r"(?![\s-]+on(?:\s*(?:[,.;:!?)]|\Z)|\s+(?:from|and)\b))")
# Whether a text tells any rate at all (checked once, before any figure is).
_ANY_PERIOD = rx.compile(r"(?:\b(?:a|an|per|each|every)[\s-]+(?:day|week|fortnight|month|year|annum|hour)|/\s?(?:day"
                         r"|week|month|year|yr|mo|hour|hr)|\b(?:daily|weekly|fortnightly|monthly|annually|yearly"
                         r"|hourly))\b")
# Kinds of figure a rate is told in; of them, those that add up over time ("£30 a month" is £360 a year), not
# a share ("2% a month" compounds) nor a duration ("8 hours a day" says nothing of days a week).
_RATE_KINDS = _MEASURED | {"money", "count", "percent", "duration"}
_ADDING_UP = _MEASURED | {"money", "count"}


def _periods_of_rates(side: Sequence[NumberMention], text: str, offset: int) -> dict[int, str]:
    """The period each figure of ``side`` is told per ("£30 a month": "month"), by its start; figures told
    per none are left out."""
    if not text or not _ANY_PERIOD.search(text):
        return {}
    periods = {}
    for m in side:
        if m.kind in _RATE_KINDS:
            period = _period_after(text, m.end - offset)
            if period:
                periods[m.start] = period
    return periods


def _period_after(text: str, position: int) -> str:
    found = _PERIOD_AFTER.match(text, position)
    if found is None or any(word in NOT_NOUNS for word in found["between"].replace("-", " ").split()):
        return ""  # "died in a day": a span, no rate
    word = found["period"] or found["slash"] or found["adverb"]
    return _PERIOD_OF_WORD.get(word, "year" if word == "annum" else word)


def _rates_in_one_period(a: Sequence[NumberMention], b: Sequence[NumberMention], periods_a: dict[int, str],
                         periods_b: dict[int, str]) -> tuple[list, list, frozenset[tuple[int, int]]]:
    """a and b with each rate told per a shorter period than a rate of the other report restated per the
    longer ("fall by about £30 a month" beside "about £360 a year": £360 a year, which agrees), and the starts
    of the pairs of rates still per two periods (per an hour and per a year, a share per a month and per a
    year), which neither agree nor conflict."""
    read_a = [_per_period(m, periods_a.get(m.start), _longest_period(periods_b, b)) for m in a]
    read_b = [_per_period(m, periods_b.get(m.start), _longest_period(periods_a, a)) for m in b]
    told_a = {m.start: _period_told(m, periods_a.get(m.start), _longest_period(periods_b, b)) for m in a
              if m.start in periods_a}
    told_b = {m.start: _period_told(m, periods_b.get(m.start), _longest_period(periods_a, a)) for m in b
              if m.start in periods_b}
    apart = frozenset((x, y) for x, x_period in told_a.items() for y, y_period in told_b.items()
                      if x_period != y_period)
    return read_a, read_b, apart


def _counted_rates_and_counts(a: Sequence[NumberMention], b: Sequence[NumberMention], periods_a: dict[int, str],
                              periods_b: dict[int, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of a count told per a period and a count told per none, which do not conflict:
    "plan for about 1,100 new homes a year" is a rate of building, "approved a scheme of 300 homes last year"
    one scheme's size.  (An amount of money or a share per a period against one per none still conflicts:
    "a salary of £35,000" and "earns £30,000 a year" are one pay.)"""
    return frozenset((x.start, y.start) for x in a if x.kind == "count" for y in b if y.kind == "count"
                     and (x.start in periods_a) != (y.start in periods_b))


def _longest_period(periods: dict[int, str], side: Sequence[NumberMention]) -> str:
    """The longest period a side's figures that add up over time are told per, if any can be restated."""
    told = [periods[m.start] for m in side if m.start in periods and m.kind in _ADDING_UP
            and _PERIODS_PER_YEAR[periods[m.start]]]
    return min(told, key=_PERIODS_PER_YEAR.__getitem__, default="")


def _period_told(m: NumberMention, period: str, longest: str) -> str:
    """The period ``m`` is read per: the other report's longest, where it may be restated so, else its own."""
    return longest if _restated(m, period, longest) else period


def _restated(m: NumberMention, period: str | None, longest: str) -> bool:
    return (bool(period and longest) and m.kind in _ADDING_UP and bool(_PERIODS_PER_YEAR[period])
            and _PERIODS_PER_YEAR[period] > _PERIODS_PER_YEAR[longest])


# How long each period is, in days, shortest and longest: a month is 28 to 31 days, a year 365 or 366.
_DAYS_IN = {"day": (1, 1), "week": (7, 7), "fortnight": (14, 14), "month": (28, 31), "year": (365, 366),
            "annum": (365, 366)}
# Each rate restated per a longer period of uneven length ("£10 a day" per a month), by the mention as read:
# the figure as written and the fewest and most times the shorter period goes into the longer (see
# _restated_readings).  _agreement is handed single mentions, so the spread travels beside them, for the one
# comparison of two sentences that restated them (_numbers_compared): a context variable, so a comparison on
# another thread (the window reads on a pool) keeps its own, and none is left over.
_RESTATED: ContextVar[dict[NumberMention, tuple[NumberMention, Fraction, Fraction]] | None] = ContextVar(
    "restated_rates", default=None)


def _per_period(m: NumberMention, period: str | None, longest: str) -> NumberMention:
    """``m`` restated per ``longest`` when it is a rate per a shorter period that adds up over time: by the
    periods per year ("£10 a day" is £304.17 a month), and remembered with the fewest and most times the one
    period goes into the other, which the writer may have used (30 days, 4 weeks to a month)."""
    if not _restated(m, period, longest):
        return m
    times = Fraction(_PERIODS_PER_YEAR[period], _PERIODS_PER_YEAR[longest])
    read = _scaled(m, times)
    fewest, most = _times_in(period, longest)
    restated = _RESTATED.get()
    if fewest != most and restated is not None:
        restated[read] = (m, min(fewest, times), max(most, times))
    return read


def _times_in(period: str, longest: str) -> tuple[Fraction, Fraction]:
    """The fewest and most times ``period`` goes into the longer ``longest``: a day into a month 28 to 31, a
    week into a month 4 to 31/7; a month into a year 12, as it is a twelfth of any year."""
    if period == "month":
        return Fraction(_PERIODS_PER_YEAR[period], _PERIODS_PER_YEAR[longest]), Fraction(
            _PERIODS_PER_YEAR[period], _PERIODS_PER_YEAR[longest])
    days = _DAYS_IN[period][0]
    shortest, longest_days = _DAYS_IN[longest]
    return Fraction(shortest, days), Fraction(longest_days, days)


def _scaled(m: NumberMention, times: Fraction) -> NumberMention:
    converted = m.converted and replace(m.converted, value=_times(m.converted.value, times))
    return replace(m, value=_times(m.value, times), converted=converted)


def _restated_readings(m: NumberMention, other: NumberMention) -> list[NumberMention]:
    """The ways to read ``m``, a rate restated per a longer period of uneven length, beside ``other``: as
    restated, by the fewest and the most times the period goes into the longer, and by the times nearest the
    other figure between them ("1,500 people a day" is 45,000 a month of 30 days; "about £10 a day" about
    £300).  A hedge stays the writer's, on the figure as written.  [m] for any other figure."""
    restated = (_RESTATED.get() or {}).get(m)
    if restated is None:
        return [m]
    written, fewest, most = restated
    readings = [m, _scaled(written, fewest), _scaled(written, most)]
    own, target = _magnitude(written.value), _magnitude(other.value)
    if (isinstance(own, (int, float, Fraction)) and own and isinstance(target, (int, float, Fraction))
            and _family(written) == _family(other)):
        readings.append(_scaled(written, min(max(Fraction(target) / Fraction(own), fewest), most)))
    return readings


def _times(value, times: Fraction):
    """A figure's value ``times`` over: an amount of money, each end of a range, a plain number."""
    if isinstance(value, Range):
        return Range(_times(value.low, times), _times(value.high, times))
    if isinstance(value, Money):
        return Money(value.currency, _whole_if_whole(value.amount * times))
    return _whole_if_whole(value * times)


def _whole_if_whole(number):
    if isinstance(number, Fraction):
        return number.numerator if number.denominator == 1 else float(number)
    return number


def _place(m: NumberMention) -> int:
    return m.start


def _pair_place(pair: tuple[NumberMention, NumberMention]) -> tuple[int, int]:
    return pair[0].start, pair[1].start


def _tallies(side: Sequence[NumberMention]) -> list[tuple[int, int]]:
    """The places of each score's two figures in ``side`` (numbers._with_scores and
    numbers._with_votes_in_words mark them), in order: a score's first figure, and the next of its
    moment.  A vote told in words may have a figure between its two ("Seven of the nine members voted
    ..., while two ...")."""
    tallies, paired = [], set()
    for i, first in enumerate(side):
        if i in paired or not first.role.endswith(SCORE):
            continue
        second = next((j for j in range(i + 1, len(side)) if side[j].role == first.role), None)
        if second is not None:
            tallies.append((i, second))
            paired.update((i, second))
    return tallies


_MOST_SCORE_JOINT = 4  # " to " in "voted 8 to 5"


def _scores_compared(a: Sequence[NumberMention], b: Sequence[NumberMention], tallies_a: list, tallies_b: list):
    """The agreements and conflicts of two sentences' scores and votes, each read as one tally, and
    the places of the figures used.  One tally in either order agrees ("voted 52-48" / "a 48-52 vote"),
    unless the two are said to stand at different moments (full time, half-time, during play).  Two
    different tallies conflict only when said to stand at the one moment, or when neither says: a
    running "1-0" never disputes the final "2-1", nor a score of no moment said a final one.  They
    conflict as one pair of tallies ("9-4" / "8 to 5"), or, when they share a figure, by the figure
    that changed ("3-1" / "3-2": 1 against 2)."""
    agree: list[tuple[NumberMention, NumberMention]] = []
    conflict: list[tuple[NumberMention, NumberMention]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for same_tally in (True, False):
        for (i, k), (j, l) in _tallies_to_compare(a, b, tallies_a, tallies_b):
            if i in used_a or j in used_b:
                continue
            figures_a, figures_b = (a[i].value, a[k].value), (b[j].value, b[l].value)
            if same_tally != (sorted(figures_a) == sorted(figures_b)):
                continue
            if same_tally and not _moments_meet(a[i], b[j]) or not same_tally and not _one_moment(a[i], b[j]):
                continue
            used_a.update((i, k))
            used_b.update((j, l))
            matched = _figures_matched(a, b, (i, k), (j, l))
            agree += [(a[x], b[y]) for x, y in matched]
            if len(matched) == 1:  # "3-1" / "3-2": the figure that changed
                [(x, y)] = matched
                conflict.append((a[i + k - x], b[j + l - y]))
            elif not matched and (_spread(a[i], a[k]) or _spread(b[j], b[l])):
                # "Seven ... voted for ..., while two ..." / "voted 6-3": no one span to quote for the
                # tally in words, so side by side, the larger with the larger: Seven / 6, two / 3
                conflict += list(zip(sorted((a[i], a[k]), key=lambda m: m.value),
                                     sorted((b[j], b[l]), key=lambda m: m.value)))
            elif not matched:
                conflict.append((_whole_tally(a[i], a[k]), _whole_tally(b[j], b[l])))
    return agree, conflict, used_a, used_b


def _tallies_to_compare(a, b, tallies_a: list, tallies_b: list) -> list:
    """The pairs of tallies to set against each other: any of A's with any of B's; but a run of
    tallies of one moment told as many in each sentence is a sequence (a match's sets, "won 6-3,
    6-4"), and each meets the one in its place ("6-3, 6-4" / "6-4, 6-3" is two disputes)."""
    moments = {a[i].role for i, _ in tallies_a} | {b[j].role for j, _ in tallies_b}
    if len(tallies_a) == len(tallies_b) >= 2 and len(moments) == 1:
        return list(zip(tallies_a, tallies_b))
    return [(tally_a, tally_b) for tally_a in tallies_a for tally_b in tallies_b]


def _spread(first: NumberMention, second: NumberMention) -> bool:
    """Whether a score's two figures stand apart, more than "to" between them ("nine votes to three",
    a vote told in words)."""
    return second.start - first.end > _MOST_SCORE_JOINT


def _figures_matched(a, b, tally_a: tuple[int, int], tally_b: tuple[int, int]) -> list[tuple[int, int]]:
    """The places of the equal figures of two tallies, each figure once: "52-48" / "48-52" both, "3-1" /
    "3-2" the 3s."""
    pairs, taken = [], set()
    for x in tally_a:
        for y in tally_b:
            if y not in taken and a[x].value == b[y].value:
                pairs.append((x, y))
                taken.add(y)
                break
    return pairs


def _moments_meet(x: NumberMention, y: NumberMention) -> bool:
    """Two scores that may stand at one moment: the same said, or one unsaid."""
    return x.role == y.role or SCORE in (x.role, y.role)


def _one_moment(x: NumberMention, y: NumberMention) -> bool:
    """Two scores said to stand at the one moment (full time, half-time, during play), or both at a
    moment unsaid: two reports' one line ("Harbour City 2-1 Kestrel")."""
    return x.role == y.role


# What stands between two scores of one run, a match's sets ("6-3, 6-4"), by its length.
_SET_JOINTS = {1: " ", 2: ", "}


def _tallies_alone(side: Sequence[NumberMention], tallies: list[tuple[int, int]], used: set[int]):
    """The scores of ``side`` that met none of the other sentence's, each whole ("2-1", not "2" and "1"), and
    a run of scores of one moment, a match's sets, as the one score it is ("6-3, 6-4").  A score whose two
    figures more than a dash stands between ("voted 8 to 5", "3-to-1", a vote told in words) stays two
    figures, each quoted as written."""
    runs: list[list[NumberMention]] = []
    for i, k in tallies:
        if i in used:
            continue
        if side[k].start - side[i].end != 1:
            runs += [[side[i]], [side[k]]]
            continue
        whole = _whole_tally(side[i], side[k])
        run = runs[-1] if runs else None
        if (run is not None and isinstance(run[-1].value, tuple) and run[-1].role == whole.role
                and whole.start - run[-1].end in _SET_JOINTS):
            run.append(whole)
        else:
            runs.append([whole])
    return tuple(run[0] if len(run) == 1 else replace(
        run[0], end=run[-1].end, value=tuple(score.value for score in run),
        surface="".join((_SET_JOINTS[score.start - earlier.end] if earlier else "") + score.surface
                        for earlier, score in zip([None, *run], run)))
        for run in runs)


def _whole_tally(first: NumberMention, second: NumberMention) -> NumberMention:
    """A score's two figures as one: "9-4", "8 to 5"."""
    gap = second.start - first.end
    joint = " to " if gap == _MOST_SCORE_JOINT else "-" if gap == 1 else " - "
    return replace(first, end=second.end, surface=first.surface + joint + second.surface,
                   value=(first.value, second.value))


def _figures_compared(a: Sequence[NumberMention], b: Sequence[NumberMention],
                      apart: frozenset[tuple[int, int]] = frozenset(),
                      unmet: frozenset[tuple[int, int]] = frozenset()) -> NumberLedger:
    """compare_numbers of figures that are no scores; ``apart``: the starts of the pairs of figures that may
    not conflict (see _changes_of_two_things); ``unmet``: those of them that may not agree either (figures of
    two events: _figures_of_a_year_and_of_now)."""
    readings = _in_one_custom(a, b)
    if len(readings) == 1:
        agree, conflict = _pairing(readings[0][1], readings[0][3], apart, unmet)
    else:
        a_sorts_first = _side_key(a) <= _side_key(b)
        agree, conflict = min(((_pairing(read_a, read_b, apart, unmet), custom_a, custom_b)
                               for custom_a, read_a, custom_b, read_b in readings),
                              key=lambda found: _reading_rank(*found, a_sorts_first))[0]
    used_a = {i for i, _ in agree + conflict}
    used_b = {j for _, j in agree + conflict}
    return NumberLedger(
        # "a suspect" / "a suspect", "both companies" / "both companies": no figure either report gives, and
        # the words read alike already; "A man" / "One man" is one (one side gives the figure), and stays.
        agree=tuple((a[i], b[j]) for i, j in agree
                    if not (is_count_without_numeral(a[i]) and is_count_without_numeral(b[j]))),
        conflict=tuple((a[i], b[j]) for i, j in conflict),
        # "one passenger", "a firefighter", "both doses": a count in such a word is a figure only beside a
        # count of the same noun, and no figure the report gives otherwise.
        only_a=tuple(x for i, x in enumerate(a) if i not in used_a and not is_word_count(x)
                     and not _day_of(a, i, used_a) and not _no_figure_alone(x)),
        only_b=tuple(y for j, y in enumerate(b) if j not in used_b and not is_word_count(y)
                     and not _day_of(b, j, used_b) and not _no_figure_alone(y)),
    )


def _no_figure_alone(m: NumberMention) -> bool:
    """Whether ``m`` is a figure only beside its rival, never one a report gives alone: one's own "first" or the
    "first" of when (numbers.OWN_FIRST: "won his first cap" meets "his second cap", but one report's first cap
    is no figure the other leaves out; "who first tried"), and a division's number in its name ("Ligue 1":
    numwords.DIVISION_NAMES)."""
    return m.kind == "ordinal" and m.role == OWN_FIRST or m.kind == "label" and m.unit in DIVISION_NAMES


def _day_of(side: Sequence[NumberMention], i: int, used: set[int]) -> bool:
    """Whether side[i] is the weekday of a date beside it that met a date of the other report ("Friday
    7 March" / "March 7"): it goes with that date, and is no figure the one report gives alone."""
    weekday = side[i]
    if weekday.kind != "weekday":
        return False
    return any(j in used and side[j].kind == "date" and 0 <= gap <= WEEKDAY_GAP
               for j, gap in ((i + 1, side[i + 1].start - weekday.end if i + 1 < len(side) else -1),
                              (i - 1, weekday.start - side[i - 1].end if i else -1)))


# The text between a duration in two parts and a third, smaller part after it, by its length: "2 hours 4
# minutes and 37 seconds", "2 hours, 4 minutes, 37 seconds" (see numbers._COMPOUND_JOINT).
_JOINTS = {0: "", 1: " ", 2: ", ", 5: " and "}
# After a part set off by a comma, words that make it a race's margin, no part of the time before it: "in 2
# hours 4 minutes, 21 seconds ahead of Girma", "21 seconds clear", "3 seconds outside the record".
_MARGIN_AFTER = rx.compile(r"\s+(?:ahead|behind|clear|adrift|faster|slower|quicker|outside|inside|off|short|back)\b")


def _whole_durations(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str = "",
                     offset: int = 0) -> Sequence[NumberMention]:
    """``side`` with each duration written in three parts ("2 hours 4 minutes and 37 seconds": read as
    "2 hours 4 minutes" to the minute and "37 seconds") as one figure, when ``other`` gives a duration
    to the third part's unit in one figure ("2:04:37"): then "41 seconds" in the other report is no
    rival of "37 seconds".  Beside the same three parts ("2 hours, 1 minute and 9 seconds" / "2 hours,
    4 minutes and 9 seconds") each part is its own figure, and conflicts as such; and a margin after a
    comma ("2 hours 4 minutes, 21 seconds ahead of Girma", in ``text``) is a figure of its own."""
    if len(side) < 2 or not any(m.kind == "duration" for m in other):
        return side
    joined: list[NumberMention] = []
    for m in side:
        earlier = joined[-1] if joined else None
        whole = earlier is not None and not _margin_after_comma(earlier, m, text, offset) and _third_part(earlier, m)
        if whole and any(o.kind == "duration" and not isinstance(o.value, Range)
                         and (compound_step(o) or 1) <= whole * (1 + 1e-9)
                         and Fraction(_magnitude(o.value)).limit_denominator(10**7) >= compound_step(earlier)
                         for o in other):
            amount = Fraction(_magnitude(earlier.value)).limit_denominator(10**7) + Fraction(
                _magnitude(m.value)).limit_denominator(10**7)
            amount = amount.numerator if amount.denominator == 1 else float(amount)
            joined[-1] = replace(earlier, end=m.end, surface=earlier.surface + _JOINTS[m.start - earlier.end] + m.surface,
                                 value=Duration(amount, earlier.value.base))
        else:
            joined.append(m)
    return joined


def _margin_after_comma(larger: NumberMention, smaller: NumberMention, text: str, offset: int) -> bool:
    """Whether ``smaller`` stands after a comma and is told as a margin ("..., 21 seconds ahead of")."""
    return (bool(text) and _JOINTS.get(smaller.start - larger.end) == ", "
            and _MARGIN_AFTER.match(text, smaller.end - offset) is not None)


def _third_part(larger: NumberMention, smaller: NumberMention) -> float | None:
    """The unit of ``smaller`` (in the base unit) when it is the third part of the two-part duration
    ``larger`` ("2 hours 4 minutes" then "and 37 seconds"), else None."""
    step = compound_step(larger)
    if (larger.kind != "duration" or smaller.kind != "duration" or step is None or smaller.hedge or larger.hedge
            or isinstance(smaller.value, Range) or compound_step(smaller) is not None
            or smaller.start - larger.end not in _JOINTS or not smaller.surface[:1].isdigit()
            or smaller.value.base != larger.value.base):
        return None
    unit = _SECOND if smaller.unit == "second" else _MINUTE if smaller.unit == "minute" else None
    if unit is None or unit >= step * (1 - 1e-9) or _magnitude(smaller.value) >= step * (1 - 1e-9):
        return None
    return unit


_SECOND, _MINUTE = 1 / 86400, 1 / 1440


def _single_and_count(x: NumberMention, y: NumberMention) -> bool:
    """Whether x and y are a count in a word (of one, or "both") and another count of the same noun, of
    one fate: "One passenger drowned" / "three passengers drowned", "released one video" / "released three
    videos", "both doses" / "three doses".  A single whose sentence gives its fate ("A boy died") meets only
    a count of that fate: not "Two boys, one of whom died, were in the crash", "a father of two children",
    "questioned two men"."""
    single, count = (x, y) if is_word_count(x) else (y, x)
    return (is_word_count(single) and not is_word_count(count) and count.kind == "count" and bool(count.unit)
            and count.unit == single.unit and _word_fates_meet(single, count))


def _singles_meet(x: NumberMention, y: NumberMention) -> bool:
    """Two counts in words of the same noun and fate: "A man was arrested" / "one man was arrested", "both
    men were arrested" / "one man was arrested"."""
    return (is_word_count(x) and is_word_count(y) and x.unit == y.unit
            and (_fates_meet(x, y) if is_single(x) and is_single(y) else not _fates_apart(x, y)))


def _word_fates_meet(word: NumberMention, other: NumberMention) -> bool:
    """Whether a count in a word may be the other count by what befell each: a lone "one" or article only
    beside a count of its fate (_fates_meet); "both doses", as plain a count as "two doses", beside any
    count of no other known fate ("received both doses" / "88 per cent for two doses")."""
    return _fates_meet(word, other) if is_single(word) else not _fates_apart(word, other)


def _fates_meet(single: NumberMention, other: NumberMention) -> bool:
    """Whether a single's fate (what befell it, see _sense) is the other count's: both the same,
    or neither given.  A single of no fate ("One resident said ...") meets no count with one ("Two
    residents were rescued"), nor one with a fate a count of none."""
    return _sense(single.role) == _sense(other.role)


# The most pairs of figures the ledger weighs one by one for two linked sentences.  An ordinary
# sentence gives a handful of figures; one of hundreds is a table (a district's vote counts, a
# timetable) pasted into the story or flattened to one line, and weighing every figure of it against
# every figure of its partner takes minutes (2,000 figures a side: 4 million pairs); 20,000 pairs
# take a few tenths of a second.
_MOST_PAIRS_WEIGHED = 20_000


def _pairing(a: Sequence[NumberMention], b: Sequence[NumberMention], apart: frozenset[tuple[int, int]] = frozenset(),
             unmet: frozenset[tuple[int, int]] = frozenset()):
    """The pairs of indices that agree and that conflict (in the order shown), the two sides as read."""
    if len(a) * len(b) > _MOST_PAIRS_WEIGHED:
        return _table_pairing(a, b, apart, unmet)
    return _pairs_weighed(a, b, apart, unmet)


def _table_pairing(a: Sequence[NumberMention], b: Sequence[NumberMention], apart: frozenset[tuple[int, int]],
                   unmet: frozenset[tuple[int, int]] = frozenset()):
    """_pairing of two sentences with too many figures to weigh every pair (see _MOST_PAIRS_WEIGHED).
    Each figure agrees with the equal figure read alike on the other side, the first with the first
    (a table's rows in their order); the figures left over are weighed pair by pair when few enough
    (one changed row conflicts), and otherwise each stands on its side alone: a table rewritten
    throughout is no claim the ledger can set figure against figure.  Figures read alike count the
    same thing, so no two equal pairs trade what they count (see _swapped), nor does one with a pair
    of the figures left over: _pairs_weighed finds all the swapped figures there are."""
    agree, left_a, left_b = _equal_figures(a, b)
    if len(left_a) * len(left_b) > _MOST_PAIRS_WEIGHED:
        return sorted(agree), []
    agree_left, conflict_left = _pairs_weighed([a[i] for i in left_a], [b[j] for j in left_b], apart, unmet)
    agree += [(left_a[i], left_b[j]) for i, j in agree_left]
    return sorted(agree), [(left_a[i], left_b[j]) for i, j in conflict_left]


def _equal_figures(a: Sequence[NumberMention], b: Sequence[NumberMention]):
    """The pairs of indices of equal figures read alike (see _as_read), each of A's with the first of
    B's still free, and the indices left over on each side."""
    free: dict[tuple, deque[int]] = defaultdict(deque)
    for j, y in enumerate(b):
        free[_as_read(y)].append(j)
    agree, left_a = [], []
    for i, x in enumerate(a):
        partners = free.get(_as_read(x))
        if partners and _agreement(x, b[partners[0]]) == _EQUAL:
            agree.append((i, partners.popleft()))
        else:
            left_a.append(i)  # "more than 100" / "nearly 100": equal, yet no agreement
    paired_b = {j for _, j in agree}
    return agree, left_a, [j for j in range(len(b)) if j not in paired_b]


def _as_read(m: NumberMention) -> tuple:
    """All the ledger reads of a figure but where it stands and how it is written: two figures of one
    reading are one figure, told twice."""
    converted = m.converted and (m.converted.kind, m.converted.unit, m.converted.value)
    return m.kind, m.value, m.unit, m.hedge, m.role, m.direction, converted


def _pairs_weighed(a: Sequence[NumberMention], b: Sequence[NumberMention],
                   apart: frozenset[tuple[int, int]] = frozenset(), unmet: frozenset[tuple[int, int]] = frozenset()):
    """_pairing of every figure of A with every figure of B, but the pairs ``apart`` (by their starts) in no
    conflict, and those ``unmet`` in no agreement either."""
    # Between equally good pairs, the one counting the same thing ("first heard" with
    # "third heard", not with "Court of First Instance"), then the one in the same place.
    candidates = sorted(
        (-score, _counted(x) != _counted(y), abs(i - j), i, j)
        for i, x in enumerate(a) for j, y in enumerate(b)
        if (score := _agreement(x, y)) > 0 and not _partner_of_its_own_noun(a, b, i, j, score)
        and not _partner_of_its_own_fate(a, b, i, j, score)
        and not (apart and (x.start, y.start) in apart
                 and (_only_within_a_bound(x, y) or (x.start, y.start) in unmet))
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    agree = []
    for *_, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            agree.append((i, j))
    swapped = _swapped(a, b, agree)
    # A changed figure keeps what it counts, its role in a change ("up 12" / "up 15", "from 41.2%" /
    # "from 43.5%") and its order of magnitude ("$812 million" / "$821 million", not "$1.73 a share"),
    # then its place in the sentence.  The best pairs are taken first, whichever side they start on:
    # in "rose by 12 to 45" against "rose to 38", 45 and 38 are the rivals, and 12 stands alone.
    # Two fates of one toll ("Five people died" / "Five people were injured") meet last: a toll's own
    # fate's count in the other report is its rival first.  Of counts of one noun, the one of the same role
    # ("Eleven miners were trapped" / "brought six miners out ..., where 13 miners had been trapped": 13)
    # before the nearer.
    rivals = sorted((_fates_apart(x, y), _counted(y) != _counted(x), not _same_role(x, y), _change_and_level(x, y),
                     _levels_apart(x, y), _orders_apart(x, y), abs(i - j), i, j)
                    for i, x in enumerate(a) if i not in used_a
                    for j, y in enumerate(b) if j not in used_b and _can_conflict(x, y)
                    and (x.start, y.start) not in apart and not _two_parts_of_one_split(a, b, i, j))
    changed = []
    for *_, i, j in rivals:
        if i not in used_a and j not in used_b and not _noun_guessed(a, b, i, j, used_a, used_b):
            used_a.add(i)
            used_b.add(j)
            changed.append((i, j))
    return sorted(agree + _units_left_off(a, b, used_a, used_b)), swapped + sorted(changed)


def _only_within_a_bound(x: NumberMention, y: NumberMention) -> bool:
    """Whether two unequal figures meet only as one lies within the other's bound ("up to two weeks" holds
    "one to three days"): of two things (a pair apart), that tells of no figure the reports share."""
    return (x.hedge in _UP_TO or y.hedge in _UP_TO) and x.value != y.value


# The most that stands between a part and the body it is counted in: "four of its six seats", "two out of the
# nine members", "three of their 12 players".
_PART_OF_GAP = len(" out of their ")


def _body_of(side: Sequence[NumberMention], k: int) -> NumberMention | None:
    """The body side[k] is a part of, when the figure after it is that body ("four of its six seats"), else
    None."""
    if k + 1 >= len(side) or side[k].kind not in _NOUN_KINDS:
        return None
    body = side[k + 1]
    return body if body.role == WHOLE and body.start - side[k].end <= _PART_OF_GAP else None


def _two_parts_of_one_split(a: Sequence[NumberMention], b: Sequence[NumberMention], i: int, j: int) -> bool:
    """Whether a[i] and b[j] are the two sides of one body split in two, a part each and together the body:
    "lost four of its six seats" / "held on to two of its six seats".  One report tells what went and the
    other what stayed, so the two parts agree with each other; unless the same is said of both ("Four of the
    six were killed" / "Two of the six were killed")."""
    body_a, body_b = _body_of(a, i), _body_of(b, j)
    if body_a is None or body_b is None or body_a.value != body_b.value:
        return False
    if _befell(a[i]) and _befell(a[i]) == _befell(b[j]):
        return False
    parts = _magnitude(a[i].value), _magnitude(b[j].value)
    return not any(isinstance(part, Range) for part in parts) and sum(parts) == _magnitude(body_a.value)


def _units_left_off(a: Sequence[NumberMention], b: Sequence[NumberMention], used_a: set[int], used_b: set[int]):
    """The pairs of a measure and a bare figure of its digits (see _unit_left_off) among the figures that met
    nothing: weighed last, so a bare toll never leaves the toll it disputes for a distance ("The death toll has
    risen to 12" / "... to 14 and the fire has spread 12 miles": 12 and 14 conflict)."""
    pairs = []
    for i, x in enumerate(a):
        j = next((j for j, y in enumerate(b) if j not in used_b and i not in used_a and _unit_left_off(x, y)), None)
        if j is not None:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return pairs


def _partner_of_its_own_noun(a, b, i: int, j: int, score: int) -> bool:
    """Whether a[i] and b[j], which agree (by ``score``), may count different things while a figure
    of the same noun as one of them, on the other's side, may be set against it: in "37 homes ... and
    dozens more outbuildings" against "43 homes", the homes are each other's rivals, and "dozens"
    taking "43" would hide their dispute.  Two counts of nouns that differ, or a count of no noun said
    that only loosely agrees (a range, a hedge; an equal figure is a partner of its own).  Agreement
    otherwise ignores nouns ("30-40 men" ~ "30-40 troops")."""
    x, y = a[i], b[j]
    if not (x.kind in _NOUN_KINDS and y.kind in _NOUN_KINDS
            and (_nouns_apart(x, y) or score < _EQUAL and bool(x.unit) != bool(y.unit))):
        return False  # most pairs
    return (any(_of_its_noun(m, y) for k, m in enumerate(a) if k != i)
            or any(_of_its_noun(m, x) for k, m in enumerate(b) if k != j))


_EQUAL = 100  # what _agreement gives two equal figures


def _partner_of_its_own_fate(a, b, i: int, j: int, score: int) -> bool:
    """Whether a[i] and b[j], which only loosely agree (by ``score``: a hedge, a range), are a count whose fate
    is said ("died", "were rescued") and a count nothing says befell anything, while a count of that same
    fate, on the other's side, may be set against the first: in "At least 11 people have died" against "At
    least 17 people died and 12 people were taken to hospital", the dead are each other's rivals, and "12"
    fitting "at least 11" would hide the tolls' dispute."""
    x, y = a[i], b[j]
    if score >= _EQUAL or x.kind not in _NOUN_KINDS or y.kind not in _NOUN_KINDS:
        return False
    if _fate_said(x) and not _befell(y):
        return any(_rival_of_its_fate(x, m) for k, m in enumerate(b) if k != j)
    if _fate_said(y) and not _befell(x):
        return any(_rival_of_its_fate(y, m) for k, m in enumerate(a) if k != i)
    return False


def _fate_said(m: NumberMention) -> bool:
    """Whether a count says what befell what it counts, not only how it is known ("confirmed", "counted")."""
    return bool(_befell(m)) and _befell(m) not in KNOWING_VERBS


def _rival_of_its_fate(fated: NumberMention, m: NumberMention) -> bool:
    """Whether ``m`` counts what ``fated`` counts, of the same fate, and may be paired with it."""
    return (m.kind in _NOUN_KINDS and _same_role(fated, m) and not _nouns_apart(fated, m)
            and (_can_conflict(fated, m) or _agreement(fated, m) > 0))


def _of_its_noun(m: NumberMention, other: NumberMention) -> bool:
    """Whether ``m`` counts what ``other`` counts, said in both, and may be paired with it."""
    return (m.kind in _NOUN_KINDS and bool(m.unit) and bool(other.unit) and not _nouns_apart(m, other)
            and (_can_conflict(m, other) or _agreement(m, other) > 0))


def _noun_guessed(a, b, i: int, j: int, used_a: set[int], used_b: set[int]) -> bool:
    """Whether a count that names nothing ("Daniel Cheung (Labour) 17,072", a table's row) would be set
    against one of two or more counts of a noun on the other side ("took 18,904 votes ... beating him
    by 1,283 votes"): which of them it counts is a guess, and a wrong guess is a false dispute."""
    x, y = a[i], b[j]
    if x.kind != "count" or y.kind != "count" or bool(x.unit) == bool(y.unit):
        return False
    nouned, side, used = (x, a, used_a) if x.unit else (y, b, used_b)
    body = _body_of(b, j) if x.unit else _body_of(a, i)
    if body is not None and not _nouns_apart(body, nouned):
        return False  # "won 28 of the 65 seats": the part counts the body's seats, no guess
    rivals = sum(1 for k, m in enumerate(side)
                 if k not in used and m.kind == "count" and _counted(m) == _counted(nouned))
    return rivals > 1


def _reading_rank(pairing, custom_a: int, custom_b: int, a_sorts_first: bool) -> tuple:
    """Which of two ways to read the sentences' dates in figures, as good by _in_one_custom, to show:
    the one with fewer conflicts, then more agreements ("4/3/2023 4 March 2023" against "3/4/2023"
    reads both as 4 March, not both as April).  The rest of the key is the same whichever sentence
    is A, so swapping the reports mirrors the ledger: one custom on both sides (day first first),
    then the sentence whose figures sort first read day first."""
    agree, conflict = pairing
    first, second = (custom_a, custom_b) if a_sorts_first else (custom_b, custom_a)
    return len(conflict), -len(agree), first != second, first + second, first


def _side_key(side: Sequence[NumberMention]) -> tuple:
    """An order of sentences by their figures that does not depend on which is A."""
    return tuple((m.surface, m.kind, repr(m.value), m.unit, m.hedge) for m in side)


def _in_one_custom(a: Sequence[NumberMention], b: Sequence[NumberMention]):
    """The ways to read the two sentences' figures, each date that reads two ways ("3/4/2023": 3 April
    or March 4) read in one custom for all of its sentence, day first (0) or month first (1), as
    (custom_a, read_a, custom_b, read_b): the pairs of customs under which most such dates meet a
    date of the other side (compare_numbers takes the best of them by _reading_rank).  A sentence
    never reads "from 3/4/2023 to 6/5/2023" as 3 April to 5 June, and a date that meets no reading
    disputes one."""
    if not any(isinstance(m.value, EitherDate) for m in a) and not any(isinstance(m.value, EitherDate) for m in b):
        return [(0, a, 0, b)]
    scored = []
    for custom_a, read_a in _customs(a):
        keys_a = _date_keys(read_a)
        for custom_b, read_b in _customs(b):
            keys_b = _date_keys(read_b)
            score = _meeting(a, read_a, keys_b) + _meeting(b, read_b, keys_a)
            scored.append((score, custom_a, read_a, custom_b, read_b))
    best_score = max(found[0] for found in scored)
    return [found[1:] for found in scored if found[0] == best_score]


def _customs(side: Sequence[NumberMention]) -> list[tuple[int, list[NumberMention]]]:
    """The side read day first (0) and month first (1); only as it is (0), when no date of it reads
    two ways."""
    if not any(isinstance(m.value, EitherDate) for m in side):
        return [(0, list(side))]
    return [(custom, [replace(m, value=m.value[custom]) if isinstance(m.value, EitherDate) else m for m in side])
            for custom in (0, 1)]


def _own_date_key(m: NumberMention):
    """The parts of a date that can meet another's, as (year, month, day), or None."""
    if m.kind == "month":
        return (None, m.value, None)
    if m.kind == "date" and isinstance(m.value, Date) and m.value.month is not None:
        return tuple(m.value)
    return None


def _date_keys(side: list[NumberMention]) -> set:
    return {key for m in side if (key := _own_date_key(m)) is not None}


def _meeting(original: Sequence[NumberMention], read: list[NumberMention], other_keys: set) -> int:
    """How many of the dates that read two ways meet a date of the other side, read as they are."""
    count = 0
    for before, m in zip(original, read):
        if isinstance(before.value, EitherDate):
            year, month, day = m.value
            count += bool({(year, month, day), (year, month, None), (None, month, day), (None, month, None)}
                          & other_keys)
    return count


def _swapped(a: Sequence[NumberMention], b: Sequence[NumberMention], agree: list[tuple[int, int]]):
    """Take the pairs of figures that trade what they count out of ``agree``: in "12 cars and 30
    buses" against "30 cars and 12 buses" (or "12 were evacuated and 30 rescued" against the reverse)
    the 12s and the 30s are equal, yet each count disputes the other side's.  Return the pairs of
    figures that count the same thing instead.  (Counts of two known fates never agree, so "12 killed,
    30 injured" against "30 killed, 12 injured" reaches the conflict pass, which sets each toll against
    the other report's toll of the same fate.)"""
    crossings: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for first, (i, j) in enumerate(agree):
        for k, l in agree[first + 1:]:
            if (a[i].kind in _NOUN_KINDS and a[k].kind == a[i].kind and _counts_apart(a[i], a[k])
                    and _counts_alike(a[i], b[l]) and _counts_alike(a[k], b[j])
                    and not any(pair in crossing for crossing in crossings for pair in ((i, j), (k, l)))):
                crossings.append(((i, j), (k, l)))
    disputes = []
    for (i, j), (k, l) in crossings:
        agree.remove((i, j))
        agree.remove((k, l))
        disputes += [(i, l), (k, j)]
    return sorted(disputes)


def _orders_apart(x: NumberMention, y: NumberMention) -> int:
    """How many powers of ten apart two figures are, rounded (0 for dates and other non-amounts)."""
    vx, vy = _middle(_magnitude(x.value)), _middle(_magnitude(y.value))
    if not (isinstance(vx, (int, float, Fraction)) and isinstance(vy, (int, float, Fraction))) or not (vx and vy):
        return 0
    return round(abs(math.log10(abs(vx)) - math.log10(abs(vy))))


def _middle(value):
    """A range's midpoint; a span of days ("5-14 August") is no amount and stays as it is."""
    if isinstance(value, Range) and not isinstance(value.low, Date):
        return (value.low + value.high) / 2
    return value


# Nouns that count people by what befell them: "nine deaths", "12 fatalities" are the dead, as "12 dead"
# and "30 injured" (words of a fate read as nouns: see _noun_fate) are.
FATE_NOUNS = {"death": "dead", "fatality": "dead"}
# The senses of the fates that befall the victims of one event: one toll told with two of them ("Five
# people died" / "Five people were injured") is one figure disputed, not two tolls (see _one_toll_two_fates).
_VICTIMS_FATES = frozenset({"dead", "injured", "missing"})


# Words of a fate said as a state, not done by a verb: "12 people are unaccounted for", "12 unaccounted for"
# are the missing, as "12 missing" are (stems, as a count's role is kept).
_FATES_AS_STATES = {stem("unaccounted"): "missing"}


def _sense(role: str) -> str:
    """What befell what a count counts, by the sense of its role (numwords.FATE_SENSES: "kill" and "die"
    are "dead"; _FATES_AS_STATES: "unaccounted for" is "missing"); a role not listed there is its own sense
    ("evacuat", "rescu")."""
    return FATE_SENSES.get(role) or _FATES_AS_STATES.get(role, role)


def _noun_fate(noun: str) -> str:
    """The fate a count's noun names, or "": a noun of one ("nine deaths": dead), or the word of the fate
    read as the noun ("12 dead", "12 killed", "30 injured", "12 unaccounted"; not "12 kills", "three
    misses")."""
    if not noun:
        return ""
    if noun in FATE_NOUNS:
        return FATE_NOUNS[noun]
    if noun.endswith("ed") and stem(noun) in _FATES_AS_STATES:
        return _FATES_AS_STATES[stem(noun)]
    return fate_of(noun) if noun.endswith("ed") or noun in FATE_ADJECTIVES else ""


# A count still missing, said by a verb of lasting that reads no fate of its own: "12 people remain
# unaccounted for", "eight remain missing", "Twelve people are still missing", "those who remain missing",
# "Twelve people from the village remain missing", "12 villagers are feared missing".  The counted noun may
# take a few words, but no verb nor joining word: "12 died and two remain missing" tells two groups.
_STILL_MISSING_AFTER = rx.compile(
    r"(?:[\s-]+(?!(?:and|or|but|who|that|which|while|whereas|remain|remains|remained|are|were|is|was|have|has|had"
    r"|still)\b)[A-Za-z]+){0,5}(?:\s+(?:who|that))?(?:\s+still)?"
    r"\s+(?:remain|remains|remained|are|were|is|was)(?:\s+still)?"
    r"(?:\s+(?:feared|reported|listed\s+as|believed\s+(?:to\s+be\s+)?|thought\s+to\s+be|officially))?"
    r"\s+(?:unaccounted\s+for|missing)\b")
# The roles a count said to be missing may carry and still be read as a count of the missing: none, the verb
# of lasting ("remained"), a verb that says only how the missing are known ("12 villagers are feared missing",
# "were reported missing"), or a count of others ("One climber has died and two others are missing": the two
# are the missing, no part of the dead that another report's "Two climbers have died" may count).
_ROLES_OF_THE_MISSING = frozenset({"", OTHERS,
                                   *(stem(verb) for verb in ("remained", "feared", "reported", "listed", "believed"))})
_MISSING_ROLE = next(role for role, sense in FATE_SENSES.items() if sense == "missing")


def _fates_of_lasting(side: Sequence[NumberMention], text: str, offset: int) -> Sequence[NumberMention]:
    """``side`` with each count said to remain missing (_STILL_MISSING_AFTER) read as a count of the missing, so
    it is never taken for the other report's toll of the dead ("At least 11 people have died" / "17 people
    died and 12 people remain unaccounted for": 11 meets 17, and 12 stands alone)."""
    if not text:
        return side
    return [replace(m, role=_MISSING_ROLE) if m.kind == "count" and m.role in _ROLES_OF_THE_MISSING
            and _STILL_MISSING_AFTER.match(text, m.end - offset) else m for m in side]


def _clocks_in_the_others_half(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                               offset: int) -> Sequence[NumberMention]:
    """``side`` with each clock time in words that leaves its half of the day unsaid ("half past ten":
    numbers.half_of_the_day_unsaid) read in the half of the day nearer the other report's times, so it fits
    "10.30pm" and "22:30" as it fits "10.30am", and disputes "11pm"."""
    times = [m.value[0] * 60 + m.value[1] for m in other if m.kind == "time" and isinstance(m.value, tuple)]
    if not times:
        return side
    return [_in_the_nearer_half(m, times) if half_of_the_day_unsaid(text, offset, m) else m for m in side]


def _in_the_nearer_half(m: NumberMention, times: list[int]) -> NumberMention:
    hour, minute = m.value
    readings = [((hour % 12) + half) * 60 + minute for half in (0, 12)]
    nearest = min(readings, key=lambda at: min(_minutes_apart(at, time) for time in times))
    return replace(m, value=divmod(nearest, 60))


def _minutes_apart(first: int, second: int) -> int:
    apart = abs(first - second) % _DAY_MINUTES
    return min(apart, _DAY_MINUTES - apart)


# Verbs by which the dead are found, as a count's role is kept: "recovered 27 bodies", "Twelve bodies were
# pulled from the river" count the dead, as "27 people died" does.  Only with such a verb: "three regulatory
# bodies" are no dead.
_FINDING_THE_DEAD = frozenset(stem(verb) for verb in """
    recovered retrieved pulled exhumed washed identified found discovered
""".split())


def _bodies_of_the_dead(m: NumberMention) -> bool:
    """A count of bodies found ("Rescuers recovered 27 bodies"): a count of the dead."""
    return m.unit == "body" and m.role in _FINDING_THE_DEAD


def _counted(m: NumberMention) -> str:
    """What a count counts, one word for one thing: a count named by a fate ("nine deaths", "12 dead",
    "30 injured") counts people, as bodies found do ("recovered 27 bodies"); nouns that name one thing
    ("houses", "dwellings") are one noun (numwords.SAME_THING)."""
    noun = counted_noun(m)  # "a 104-car train" counts cars
    if not noun or m.kind not in _NOUN_KINDS:
        return noun
    if _noun_fate(noun) or _bodies_of_the_dead(m):
        return "person"
    return SAME_THING.get(noun, noun)


def _befell(m: NumberMention) -> str:
    """What befell what a count counts, by sense: the fate its noun names ("nine deaths have been
    linked": dead), else its role's ("12 were killed": dead; "12 were evacuated": its own); "" when
    nothing says."""
    if m.role == WHOLE:
        return ""  # "Two of the 30 passengers died": the two died, not the 30
    if _bodies_of_the_dead(m):
        return "dead"
    return _noun_fate(m.unit) or _sense(m.role)


def _whole_may_meet(x: NumberMention, y: NumberMention) -> bool:
    """Whether the size of a body a part is counted in (a WHOLE: "the 30 passengers" in "Two of the 30
    passengers died") may meet the other report's count, one of them a WHOLE: a count of the same noun
    that tells the body's size (numbers.GROUP_SIZE: "The bus carried 28 passengers", "the 11-member
    committee"), or, for a body of victims ("Three of the 12 victims"), the count of a victims' fate ("14
    people were killed").  Any other count of the noun may count a part ("28 passengers were rescued",
    "leaving 35 hostages", "Two members voted against", "Five passengers died"): the body's size disputes
    none of them."""
    whole, other = (x, y) if x.role == WHOLE else (y, x)
    if other.kind not in _NOUN_KINDS or not other.unit or _nouns_apart(whole, other):
        return False
    return other.role == GROUP_SIZE or _befell(other) in _VICTIMS_FATES and whole.unit in VICTIM_NOUNS


def _counts_apart(x: NumberMention, y: NumberMention) -> bool:
    """Both say what they count, and say different things: "12 killed" / "30 injured", or
    "12 people were killed" / "30 people were injured"."""
    if _nouns_apart(x, y):
        return True
    x_befell, y_befell = _befell(x), _befell(y)
    return bool(x_befell and y_befell and x_befell != y_befell)


def _nouns_apart(x: NumberMention, y: NumberMention) -> bool:
    """Both name what they count, and name different things: "two shots" / "three countries".  A count
    of people is any kind of them: "Three people" meets "Five passengers" (not "five buses"); "nine
    deaths" counts people, and "37 homes" what "43 houses" counts, "30 MEPs" what "31 seats" counts.  A
    count of no noun whose role is of people ("forcing 32,000 to flee") counts people, never "two counties"."""
    if bool(x.unit) != bool(y.unit):
        return _people_and_things(x, y)
    if not (x.unit and y.unit) or x.unit == y.unit:
        return False
    x_noun, y_noun = _counted(x), _counted(y)
    return (x_noun != y_noun and not _people_and_kind(x, y) and not _seats_and_holders(x, y)
            and not _animals_and_kind(x, y) and not _named_by_their_fate(x, y) and not _cases_and_the_sickened(x, y))


# The verbs (stems, as a count's role keeps them) by which an illness strikes people: "an outbreak has sickened
# 139 people", "infected 40 people".  Each person so struck is a case of it.
_SICKENING_ROLES = frozenset(stem(word) for word in ("sickened", "infected"))


def _cases_and_the_sickened(x: NumberMention, y: NumberMention) -> bool:
    """A count of cases ("146 confirmed cases") and a count of people an illness struck ("has sickened 139
    people"): one tally of an outbreak, told two ways.  Not people who did anything else ("139 people were
    tested"), nor cases beside people of no illness ("Police are investigating 146 cases" / "arrested 139 people")."""
    cases, people = (x, y) if x.unit == "case" else (y, x)
    return (cases.unit == "case" and _counted(people) in PERSON_NOUNS
            and people.role in _SICKENING_ROLES)


# The fates that give people a name of their own: the held are suspects, the dead and injured victims.
_FATES_NAMING = ((HELD_NOUNS, frozenset({"held"})), (VICTIM_NOUNS, _VICTIMS_FATES))


def _named_by_their_fate(x: NumberMention, y: NumberMention) -> bool:
    """A count of people named by what befell them ("three suspects had been detained", "12 victims died") and
    a count of any people that befell the same ("two men had been arrested", "14 people were killed"): one
    group, told two ways.  Never the attackers ("Two gunmen were killed"), who are not the victims."""
    for named, fates in _FATES_NAMING:
        one, other = (x, y) if _counted(x) in named else (y, x)
        if (_counted(one) in named and _counted(other) in PERSON_NOUNS and other.unit not in ATTACKER_NOUNS
                and _befell(one) in fates and _befell(one) == _befell(other)):
            return True
    return False


def _people_and_things(x: NumberMention, y: NumberMention) -> bool:
    """One count of no noun whose role says it counts people (numwords.PEOPLE_ROLES: "forcing 32,000 to
    flee", "12 were killed"), the other a count of something no person is said to be ("two counties", "40
    homes").  A noun no list names as people ("14 Palestinians", "14 schoolchildren") still counts the
    people of "Twelve were killed" when the same befell both."""
    nounless, nouned = (x, y) if not x.unit else (y, x)
    if nounless.role not in PEOPLE_ROLES or _counted(nouned) in PERSON_NOUNS:
        return False
    return _befell(nounless) != _befell(nouned)


def _seats_and_holders(x: NumberMention, y: NumberMention) -> bool:
    """Seats and those who hold them (numwords.SEAT_HOLDERS): "30 MEPs" / "31 seats" count the seats a party
    won, when the holders' count tells seats held or won (_ROLES_OF_SEATS_HELD: "has 31 MEPs", "will send
    30 MEPs"), not what some of them did ("200 MPs signed the letter").  Two kinds of holder ("MPs" /
    "senators") sit in two chambers, and stay apart."""
    seats, holders = (x, y) if _counted(x) == SEAT else (y, x)
    return (_counted(seats) == SEAT and _counted(holders) in SEAT_HOLDERS
            and holders.role in _ROLES_OF_SEATS_HELD)


# A count of seat holders with no role ("Labour won 412 MPs" keeps none) or one that tells a body's size
# ("The party has 31 councillors") tells the seats held as well.
_ROLES_OF_SEATS_HELD = HOLDING_SEATS | {"", GROUP_SIZE}


def _seats_lost_and_held(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                         offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of counts of seats or of their holders, one of seats lost ("have lost 18 MPs",
    "losing 20 seats") and the other not ("now hold 350 seats"): what a party lost and what it holds are two
    counts.  A loss meets another loss ("lost 20 seats" / "lost 18 MPs"), and a holding a holding."""
    lost_a = {x.start: _seats_lost(x, texts[0], offsets[0]) for x in a if _counts_seats(x)}
    lost_b = {y.start: _seats_lost(y, texts[1], offsets[1]) for y in b if _counts_seats(y)}
    return frozenset((x, y) for x, x_lost in lost_a.items() for y, y_lost in lost_b.items() if x_lost != y_lost)


def _counts_seats(m: NumberMention) -> bool:
    return m.kind == "count" and (_counted(m) == SEAT or _counted(m) in SEAT_HOLDERS)


# The stems of the words of a loss of seats: "lost 18 MPs", "losing 20 seats", "a loss of 12 seats".
_LOSING_SEATS = frozenset(stem(word) for word in "lose loses lost losing loss losses".split())


def _seats_lost(m: NumberMention, text: str, offset: int) -> bool:
    """Whether a count of seats or holders is of those lost: its role says so ("losing 18 MPs"), or, as a
    role is kept for only some verbs, the verb of holding, winning or losing nearest before it in its clause
    is one of losing ("have lost 18 MPs to defections")."""
    if m.role in _LOSING_SEATS:
        return True
    clause = _clause_before(text, m.start - offset)
    verbs = [stem(word) for word in _WORDS.findall(clause.lower())
             if stem(word) in HOLDING_SEATS or stem(word) in _LOSING_SEATS]
    return bool(verbs) and verbs[-1] in _LOSING_SEATS


# Fates told of a count of people in a relative clause after it: "four people who died", "the 12 passengers who
# were injured".  Each verb as the role numbers.py keeps for it (numwords.FATE_SENSES: "kill", "die", "injur").
_FATE_IN_A_RELATIVE = rx.compile(r"(?:[\s-]+[A-Za-z'’-]+){0,3}?\s+(?:who|that)\s+(?:(?:were|was|have|had|has)\s+(?:been\s+)?)?"
                                 r"(died|killed|injured|hurt|wounded|drowned|perished|arrested|detained)\b", re.I)


def _fates_in_relative_clauses(side: Sequence[NumberMention], text: str, offset: int) -> Sequence[NumberMention]:
    """``side`` with each count of people whose fate a relative clause tells, and nothing else does, read with
    that fate ("A Cork man is among four people who died" meets "killing five skiers" as one toll)."""
    if not text or " who " not in text and " that " not in text:
        return side  # most sentences: no relative clause
    return [_with_fate_told_after(m, text, offset) if m.kind == "count" and not m.role
            and _counted(m) in PERSON_NOUNS else m for m in side]


def _with_fate_told_after(m: NumberMention, text: str, offset: int) -> NumberMention:
    found = _FATE_IN_A_RELATIVE.match(text, m.end - offset)
    if not found:
        return m
    verb = found[1].lower()
    return replace(m, role=next((role for role in FATE_SENSES if verb.startswith(role)), verb))


# Nouns of a class, each with the kinds of thing it counts: "Universities UK, which represents 141 institutions"
# / "which represents 136 universities" count one membership two ways.
_CLASS_OF_KINDS = {
    "institution": frozenset("university college school polytechnic academy".split()),
    "vehicle": frozenset("car truck lorry van bus coach motorcycle".split()),
    "vessel": frozenset("ship boat trawler ferry yacht tanker".split()),
    "aircraft": frozenset("plane jet airliner helicopter".split()),
}
# Words of a count told before its figure that say nothing of what it counts: "represents some 140".
_NOT_VERBS_BEFORE = frozenset("""about around some nearly almost roughly approximately over more than less fewer at
    least most up to as many much estimated just under the a an its their his her which who that all""".split())


def _kinds_as_their_class(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str, offset: int,
                          other_text: str, other_offset: int) -> Sequence[NumberMention]:
    """``side`` with each count of a kind of thing ("136 universities") read as a count of the class the other
    report counts ("141 institutions": _CLASS_OF_KINDS) when the same verb tells both ("represents") or the same
    fate befell both: one count, told two ways.  A sentence that counts the class and the kind ("141 institutions,
    including 40 universities"), or this one the class too, counts a part of it, and so does a count of another
    verb ("has 141 institutions" / "admitted 136 universities"), or a count beside another kind of its class ("90
    universities and 51 colleges": parts of the 141 institutions)."""
    classes = {_counted(o): o for o in other if o.kind == "count" and _counted(o) in _CLASS_OF_KINDS}
    if not classes or not text:
        return side  # most pairs: the other report counts no class
    own = {_counted(m) for m in side if m.kind == "count"}
    classes = {name: found for name, found in classes.items() if len(own & _CLASS_OF_KINDS[name]) < 2}
    kinds_there = {_counted(o) for o in other if o.kind == "count"}
    read = []
    for m in side:
        noun = _counted(m) if m.kind == "count" else ""
        group = next((name for name in classes if noun in _CLASS_OF_KINDS[name] and name not in own
                      and noun not in kinds_there), None)
        if group and _told_alike_as_counts(m, text, offset, classes[group], other_text, other_offset):
            m = replace(m, unit=group)
        read.append(m)
    return read


def _told_alike_as_counts(m: NumberMention, text: str, offset: int, other: NumberMention, other_text: str,
                          other_offset: int) -> bool:
    """Whether two counts are told by one verb, the word before each figure (hedges left out), or of one fate."""
    if _befell(m) and _befell(m) == _befell(other):
        return True
    verb = _verb_before(text, m.start - offset)
    return bool(verb) and verb == _verb_before(other_text, other.start - other_offset)


def _verb_before(text: str, at: int) -> str:
    words = [word.lower() for word in _WORDS.findall(text[max(0, at - 40):at])]
    words = [word for word in words if word not in _NOT_VERBS_BEFORE]
    return stem(words[-1]) if words else ""


# Where a supply of power is cut, the homes, households and businesses left without it are the supplier's
# customers: "About 480,000 homes and businesses ... lost power" / "More than 650,000 customers ... were left
# without electricity" count one blackout two ways.
_SUPPLIED = frozenset("home household house property premises business connection consumer".split())
_CUSTOMER = "customer"
_SUPPLY_CUT = rx.compile(r"\b(?:power|electricity|blackouts?|outages?|blacked\s+out)\b", re.I)
_SUPPLY_BEFORE, _SUPPLY_AFTER = 40, 90


def _supplied_as_customers(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                           offset: int) -> Sequence[NumberMention]:
    """``side`` with each count of homes, households or businesses told beside a supply's cut (_SUPPLY_CUT, within
    a few words) read as a count of customers, where the other report counts customers: one count of a blackout.
    Homes told of anything else ("40 homes were destroyed") stay homes."""
    if not any(o.kind == "count" and _counted(o) == _CUSTOMER for o in other) or not _SUPPLY_CUT.search(text):
        return side  # most pairs: no customers counted, or no supply cut
    return [replace(m, unit=_CUSTOMER) if m.kind == "count" and _counted(m) in _SUPPLIED
            and _SUPPLY_CUT.search(text, max(0, m.start - offset - _SUPPLY_BEFORE), m.end - offset + _SUPPLY_AFTER)
            else m for m in side]


# What a union's members are in a story of its dispute: the workers it speaks for, balloted or called out.
_MEMBER, _WORKER = "member", "worker"
# A union named as such: "union members", "members of the union", "the Unite union" (not "the European Union",
# nor "the Union" of a nation).
_A_UNION = rx.compile(r"\bunions?\b|\AUnions?\b")
# Words of industrial action, which only a union's members take: "went on strike", "a walkout", "balloted".
_INDUSTRIAL_ACTION = frozenset("""strike strikes striking strikers walkout walkouts stoppage stoppages picket
    pickets picketing ballot ballots balloted""".split())


def _members_as_workers(side: Sequence[NumberMention], other: Sequence[NumberMention],
                        texts: tuple[str, str]) -> Sequence[NumberMention]:
    """``side`` with each count of members read as a count of workers ("34,000 union members voted to accept" /
    "38,000 rail workers voted to accept": one count, disputed) where the two sentences tell of a union's
    dispute (_union_dispute) and the other report counts workers of the same fate, or of no fate said, as this
    one.  Members of anything else, a club or a party, are no workers."""
    if not _union_dispute(*texts):
        return side
    return [replace(m, unit=_WORKER) if _member_of_workers(m, other) else m for m in side]


def _member_of_workers(m: NumberMention, other: Sequence[NumberMention]) -> bool:
    return (m.kind == "count" and m.unit == _MEMBER and not is_word_count(m)
            and any(o.kind == "count" and _counted(o) == _WORKER and _befell(o) == _befell(m) for o in other))


def _union_dispute(text: str, other_text: str) -> bool:
    """Do two sentences tell of a union's dispute: one names a union, or both name industrial action?"""
    if _A_UNION.search(text) or _A_UNION.search(other_text):
        return True
    return all(_INDUSTRIAL_ACTION.intersection(_WORDS.findall(words.lower())) for words in (text, other_text))


def _people_and_kind(x: NumberMention, y: NumberMention) -> bool:
    """"person" / "passenger": a count of people and a count of one kind of person.  People named by their
    part in the story (numwords.PEOPLE_BY_ROLE: "witnesses", "friends", "gunmen") are those people only when
    the same thing befell both, or nothing is said of either ("Nine people" / "11 skiers" were killed; "swept
    over 11 skiers" / "Nine people were swept away"): not "killed 12 people" / "Three witnesses told police";
    and attackers are never the victims a toll counts ("Twelve people were killed" / "Two gunmen were
    killed")."""
    general, kind = (x, y) if _counted(x) in GENERAL_PERSON_NOUNS else (y, x)
    if _counted(general) not in GENERAL_PERSON_NOUNS or _counted(kind) not in PERSON_NOUNS:
        return False
    if kind.unit in PEOPLE_BY_ORIGIN:
        # "killed three Australians" is a part of "killed 40 people", and the toll of "left 12 dead"
        return general.unit not in GENERAL_PERSON_NOUNS and _befell(kind) == _befell(general)
    if kind.unit in ATTACKER_NOUNS and _befell(kind) in _VICTIMS_FATES:
        return False
    return kind.unit not in PEOPLE_BY_ROLE or _befell(kind) == _befell(general)


# Kinds of animal a report counts in a herd, a flock or a survey, each as numwords.singular reads it (so
# "wolves", "geese" and "calves" stand beside their singulars).
_MAMMALS = frozenset(singular(word) for word in """
    ibex deer elk moose reindeer caribou antelope gazelle oryx zebra giraffe elephant rhino rhinoceros hippo
    hippopotamus buffalo buffaloes bison yak lion tiger leopard cheetah jaguar lynx wolf wolves fox bear panda
    gorilla chimpanzee orangutan monkey baboon lemur whale dolphin porpoise otter beaver badger hedgehog squirrel
    hare rabbit camel horse pony donkey goat sheep cow calf calves cattle pig boar koala kangaroo wallaby walrus
    dog puppy cat kitten seal bat rat mouse mice mink ferret llama alpaca mule
""".split())
_BIRDS = frozenset(singular(word) for word in """
    eagle hawk falcon owl vulture stork heron swan goose geese duck gull puffin penguin albatross flamingo
    pelican parrot sparrow pigeon chicken hen ostrich osprey curlew plover
""".split())
_REPTILES_AND_AMPHIBIANS = frozenset(singular(word) for word in """
    turtle tortoise crocodile alligator lizard snake frog toad newt salamander
""".split())
_FISH = frozenset(singular(word) for word in "fish salmon trout shark cod eel carp".split())
# Farm animals, as "livestock" counts them.
_LIVESTOCK = frozenset(singular(word) for word in "cattle cow calf calves sheep lamb pig goat horse chicken hen".split())
# Nouns that count any animal of the kinds they cover: "counted 1,236 animals" is a count of the ibex another
# report counts.  Not "species", which counts kinds, not animals.
_ANIMALS_COVERED = {
    **dict.fromkeys(("animal", "creature"), _MAMMALS | _BIRDS | _REPTILES_AND_AMPHIBIANS | _FISH),
    "bird": _BIRDS,
    "mammal": _MAMMALS,
    "livestock": _LIVESTOCK,
}


def _animals_and_kind(x: NumberMention, y: NumberMention) -> bool:
    """"animals" / "ibex", "birds" / "storks": a count of animals and a count of a kind of them, when the same
    thing befell both or the same verb counts both ("Rangers counted 1,236 animals" / "Rangers counted 1,326
    ibex"; "40 animals died" / "38 deer died"): one count, told two ways.  Of no verb said ("a park of 1,200
    animals" / "home to 300 ibex") the ibex may be a part of the animals."""
    general, kind = (x, y) if _counted(x) in _ANIMALS_COVERED else (y, x)
    covered = _ANIMALS_COVERED.get(_counted(general), frozenset())
    return _counted(kind) in covered and _same_role(general, kind)


def _counts_alike(x: NumberMention, y: NumberMention) -> bool:
    return not _counts_apart(x, y) and bool(
        x.unit and _counted(x) == _counted(y) or x.role and _befell(x) == _befell(y))


def _same_role(x: NumberMention, y: NumberMention) -> bool:
    """Both counts say what befell what they count, and say the same ("were trapped" / "had been trapped")."""
    return bool(_befell(x)) and _befell(x) == _befell(y)


def _fates_apart(x: NumberMention, y: NumberMention) -> bool:
    """Two counts of people that befell different known fates: "killed 14" and "wounded 40" are
    two tolls of one attack, never one figure written twice."""
    x_befell, y_befell = _befell(x), _befell(y)
    return x_befell in _KNOWN_FATES and y_befell in _KNOWN_FATES and x_befell != y_befell


def _begun_or_held(x: NumberMention, y: NumberMention) -> bool:
    """Is one time when something began or ended and the other one that nothing says of ("The meeting
    began at 10am" / "The meeting was held at 11am")?  A time with no role may be either."""
    roles = {x.role, y.role}
    return "" in roles and bool(roles & {START_TIME, FINISH_TIME})


def _roles_apart(x: NumberMention, y: NumberMention) -> bool:
    """Two counts said to be of two groups: one of a fate ("injuring more than 2,000") or of what is left of a
    body ("Hamas has 35 hostages left": numbers.REMAINDER), the other said to be something else ("leaving
    thousands without shelter", "Five of the 40 hostages were released").  Two roles of no fate ("rescued" /
    "evacuated") may be one group told two ways, and a count whose role nothing says may be either, as one
    of a verb that says only how it is known may ("19 people are confirmed dead": numwords.KNOWING_VERBS)."""
    x_befell, y_befell = _befell(x), _befell(y)
    if not (x_befell and y_befell) or x_befell == y_befell or {x_befell, y_befell} & KNOWING_VERBS:
        return False
    return bool({x_befell, y_befell} & (_KNOWN_FATES | {REMAINDER}))


# The fates numwords.FATE_SENSES names, by sense ("dead", "injured", "held", "missing"): what befell a count
# that is one of them, not some other event ("evacuated", "rescued").
_KNOWN_FATES = frozenset(FATE_SENSES.values())


def counts_of_two_fates(ledger: NumberLedger) -> bool:
    """Does each sentence give a count of people with another fate, left as two counts, of one figure or of
    two ("Two people were killed" / "Two people were arrested", "Three people were killed" / "Twelve people
    were injured")?  Two tolls, never one claim told twice."""
    # Only counts of a known fate are read; a table's figures left on each side may be thousands.
    fated_a = [x for x in ledger.only_a if _befell(x) in _KNOWN_FATES]
    fated_b = [y for y in ledger.only_b if _befell(y) in _KNOWN_FATES]
    return any(_fates_apart(x, y) for x in fated_a for y in fated_b)


def _one_toll_two_fates(x: NumberMention, y: NumberMention) -> bool:
    """One figure of the victims told with two fates: "Five people died" / "Five people were injured",
    "killed 12 workers" / "wounded 12 workers": the reports dispute what befell them.  Two different
    figures ("killed 14" / "wounded 40") are two tolls, and the victims' against the suspects' ("Two
    people were killed" / "Two people were arrested") two counts."""
    return (_befell(x) in _VICTIMS_FATES and _befell(y) in _VICTIMS_FATES and x.value == y.value
            and not isinstance(x.value, Range) and x.hedge == y.hedge and not _nouns_apart(x, y))


def _family(m: NumberMention):
    if m.kind in _CALENDAR:
        return "calendar"
    if m.kind == "count" and m.unit == "point":
        # "won by 4.8 points" beside "by 4.6 percentage points": a poll's or a vote's points are
        # percentage points, and "24 points" in a game is never beside them.
        return ("percent", "percentage point")
    if m.kind in ("money", "percent"):
        return (m.kind, m.unit)
    if m.kind == "concentration":
        # "420 ppm" of a gas in air and "0.05 mg/L" of lead in water: parts of a whole, or a mass in a volume
        return (m.kind, m.unit in PARTS_PER)
    if m.kind == "duration":
        item = m.value.low if isinstance(m.value, Range) else m.value
        return ("duration", item.base)
    return m.kind


# An age written in years ("more than 400 years old", "a 120-year-old bridge") and a span of years ("dating back
# at least four centuries", "has stood for 120 years") may give one length of time: they agree when the age read
# as the span does, and never conflict, as a thing's age and a span the other report gives (how long it has
# stood, been closed or been owned) need not be one.  A bare age ("Smith, 40,") and a person's are left out.
_AGE_IN_YEARS = rx.compile(r"(?i:years?[\s-]+old)\Z")


def _age_as_span(x: NumberMention, y: NumberMention) -> tuple[NumberMention, NumberMention] | None:
    """x and y with an age in years read as the span of years it is, when the other is a span of years."""
    if {x.kind, y.kind} != {"age", "duration"}:
        return None
    age, span = (x, y) if x.kind == "age" else (y, x)
    if (age.unit != "year" or isinstance(age.value, Range) or isinstance(span.value, Range)
            or span.value.base != "month" or not _AGE_IN_YEARS.search(age.surface)
            or is_a_person_word(age_noun(age))):
        return None  # "the 40-year-old man": a person's age is no span the other report gives
    read = replace(age, kind="duration", value=Duration(age.value * 12, "month"), role="")
    return (read, span) if age is x else (span, read)


# A span of days or weeks and one of months or years measure one stretch of time in two bases, which no fixed
# factor joins: a month is 28 to 31 days, a year 365 or 366.  Hours and minutes are not set against months
# ("a 48-hour strike" / "three months of talks" are two spans), nor are decades and centuries against days.
_DAYS_OF = {"month": (28, 31), "year": (365 / 12, 366 / 12)}  # days in each month of the figure, by its unit
_DAY_UNITS = frozenset({"day", "week", "fortnight"})


def _days_against_months(x: NumberMention, y: NumberMention) -> bool:
    """Whether one figure is a span in days or weeks and the other in months or years ("six weeks" / "two
    months")."""
    if x.kind != "duration" or y.kind != "duration":
        return False
    days, months = (x, y) if _family(x) == ("duration", "day") else (y, x)
    return (_family(days) == ("duration", "day") and _family(months) == ("duration", "month")
            and days.unit in _DAY_UNITS and months.unit in _DAYS_OF)


def _days_and_months_meet(x: NumberMention, y: NumberMention) -> bool:
    """Whether a span in days and one in months may be one stretch of time, each read in days as a range
    (two months: 56 to 62 days).  "six weeks" / "two months" do not meet, "eight weeks" / "two months" and
    "six weeks" / "a month and a half" do; a hedge reaches as it does in one unit ("nearly two months" is
    50 to 62 days).  Two figures hedged the same way are two claims of that bound ("more than six weeks" /
    "more than a month"), and meet only when their figures do."""
    same_bound = bool(x.hedge and y.hedge and BOUND_OF_HEDGE.get(x.hedge) == BOUND_OF_HEDGE.get(y.hedge))
    return _spans_overlap(_span_in_days(x, hedged=not same_bound), _span_in_days(y, hedged=not same_bound))


def _days_and_months_apart(x: NumberMention, y: NumberMention) -> bool:
    """Whether a span in days and one in months, hedged different ways, may both be true but lie too far apart
    to be one figure ("at least a week" / "up to six months": see _hedges_apart)."""
    if not (x.hedge and y.hedge and BOUND_OF_HEDGE.get(x.hedge) != BOUND_OF_HEDGE.get(y.hedge)):
        return False
    if not _days_and_months_meet(x, y):
        return False
    middle_x, middle_y = (sum(_span_in_days(m, hedged=False)) / 2 for m in (x, y))
    return abs(middle_x - middle_y) > _HEDGES_CLOSE * max(middle_x, middle_y)


def _span_in_days(m: NumberMention, hedged: bool) -> tuple[float, float]:
    """The days a span of time stands for, as (low, high): with ``hedged``, all its hedge allows (see
    _allowed), else the figure as written (see _plain_span); a figure in months each month 28 to 31 days
    long, in years each year 365 or 366."""
    bounded = hedged and m.hedge in BOUND_OF_HEDGE and not isinstance(m.value, Range)
    low, high = _allowed(m) if bounded else _plain_span(m)
    if _family(m) == ("duration", "day"):
        return low, high
    shortest, longest = _DAYS_OF[m.unit]
    return low * (shortest if low >= 0 else longest), high * (longest if high >= 0 else shortest)


# The volumes of a concentration in a liquid: a part per million of water is a milligram in a litre, so
# "15 parts per billion" and "15 micrograms per litre" of lead are one reading; a mass in a cubic metre is
# of air, whose parts per million ("420 ppm" of carbon dioxide) are parts by volume, no mass.
_VOLUMES_OF_WATER = ("/L", "/mL", "/dL")


def _parts_as_mass_in_water(x: NumberMention, y: NumberMention) -> tuple[NumberMention, NumberMention] | None:
    """x and y in parts per million, when one is a concentration in parts of a whole and the other a mass in
    a volume of water ("15 ppb" / "15 µg/L"); else None.  They may agree, never conflict: which of the two a
    report measured its parts by, mass or volume, is not said."""
    if x.kind != "concentration" or y.kind != "concentration":
        return None
    parts, mass = (x, y) if x.unit in PARTS_PER else (y, x)
    if parts.unit not in PARTS_PER or mass.unit in PARTS_PER or not mass.unit.endswith(_VOLUMES_OF_WATER):
        return None
    return parts, replace(mass, unit=parts.unit)


def _agreement(x: NumberMention, y: NumberMention, levels_only: bool = False) -> int:
    """0 when x and y are not compatible; higher for better pairs (equal values: 100).  With
    ``levels_only``, a Celsius and a Fahrenheit figure agree as one temperature, not as one change
    of it (see _same_temperature).  A rate restated per a longer period agrees when one way to count
    the periods does (see _restated_readings)."""
    restated = _RESTATED.get()
    if restated and (x in restated or y in restated):
        return max(_agreement_as_read(x_reading, y_reading, levels_only)
                   for x_reading in _restated_readings(x, y) for y_reading in _restated_readings(y, x))
    return _agreement_as_read(x, y, levels_only)


def _agreement_as_read(x: NumberMention, y: NumberMention, levels_only: bool = False) -> int:
    """_agreement of two figures each read one way."""
    if _limit_and_reading(x, y):
        return 0
    if (x.kind in _DAYS_NAMED and y.kind in _DAYS_NAMED
            and (x.role == STATEMENT_DATE) != (y.role == STATEMENT_DATE)):
        return 0  # "the coastguard said on Monday" / "sank on Monday": two days, whatever their names
    dollars = _in_one_dollar(x, y)
    if dollars != (x, y):
        # "$2.94bn" beside "C$4.2bn ($2.94bn)": a dollar of no country said may be the other's dollar
        # or the dollar it is converted into
        converted = _in_one_currency(x, y)
        return max(_agreement(*dollars, levels_only=levels_only), min(1, _agreement(*converted)) if converted else 0)
    if _ages_of_two_owners(x, y):
        return 0  # "made 34 years ago" is no person's age, whatever figure a person's age gives
    if x.kind == y.kind == "temperature" and not _degrees_may_meet(x, y):
        return 0  # most pairs of temperatures, one of them in no scale (checked without readings)
    if (is_word_count(x) or is_word_count(y)) and not (_single_and_count(x, y) or _singles_meet(x, y)):
        return 0  # "one passenger" meets only a count of passengers
    if x.kind in _NOUN_KINDS and y.kind in _NOUN_KINDS and _fates_apart(x, y):
        return 0  # "Five people died" / "Five people were injured": one figure, two fates
    if _one_a_rating(x, y):
        return 0  # "rated 4" / "four of the injured": a level on a scale counts nothing
    readings = _readings(x, y)
    if readings:
        # Two bare figures ("1 degree" / "2 degrees") are each in one scale: 30 and 86 may be one
        # temperature in C and in F, but a change reading would pair the Celsius of the one with
        # the Fahrenheit of the other, and every small figure would agree with one 1.8 times it.
        both_bare = x.unit == y.unit == UNKNOWN_SCALE
        score = max(_agreement(*pair, levels_only=both_bare) for pair in readings)
        if (not score and x.unit == y.unit == UNKNOWN_SCALE and not (x.hedge or y.hedge)
                and not isinstance(x.value, Range) and not isinstance(y.value, Range) and _rounded_alike(x, y)):
            return 1  # "40 degrees" ~ "40.5 degrees": the one rounded, in whichever scale both are
        return score
    if _family(x) != _family(y):
        if _days_against_months(x, y):
            # "eight weeks" ~ "two months", never as equals
            return 1 if _days_and_months_meet(x, y) and not _days_and_months_apart(x, y) else 0
        converted = _in_one_currency(x, y)
        if converted:
            return min(1, _agreement(*converted))  # "£85m ($108m)" ~ "$108 million": a good pair, not an equal one
        in_water = _parts_as_mass_in_water(x, y)
        if in_water:
            return min(1, _agreement(*in_water))  # "15 ppb" ~ "15 µg/L" of lead in water
        as_span = _age_as_span(x, y)
        if as_span:
            return min(1, _agreement(*as_span))  # "more than 400 years old" ~ "at least four centuries"
        return 1 if _ratio_as_share(x, y) else 0
    if x.kind == "phone":
        return 100 if _same_phone(x, y) else 0  # "020 7946 0000" = "+44 20 7946 0000"
    if x.kind == "label" and x.unit != y.unit:
        return 0  # "Route 66" and "Highway 66" are two roads
    if _opposed(x, y):
        return 0  # "up 12%" / "down 12%": one figure, moving the other way; "from 12%" / "to 12%": swapped levels
    if _conversions_apart(x, y):
        return 0  # "€45m (£38m)" / "€45m (£50m)": one amount, but the conversions dispute each other
    if _signed_change(x, y):
        return 100  # "fell 4%" = "-4%"
    if x.kind == y.kind == "time" and x.unit and y.unit and x.unit != y.unit and not _zones_unresolved(x, y):
        return _agreement_in_zones(x, y)  # "3 p.m. ET" = "20:00 GMT", "about 2am ET" ~ "7.15am GMT"
    if x.value == y.value and (x.kind == y.kind or x.kind not in _CALENDAR):  # "4.6 points" = "4.6 percentage points"
        if x.kind == "time" and _opposite_hedges(x, y):
            # "just before 2am" / "shortly after 2am": one moment, reported from either side of it.
            # A bare "before midnight" against "after midnight" puts it on two sides: a conflict,
            # though the two windows touch at midnight.
            return 1 if _near_time_hedge(x) and _near_time_hedge(y) and _times_meet(x, y) else 0
        return 0 if _opposite_hedges(x, y) else 100
    if x.kind == y.kind == "time":
        return 1 if _times_meet(x, y) else 0  # "about 2am" ~ "2.15am"
    if x.kind in _CALENDAR:
        shared = _shared_date_parts(x, y)
        return len(shared) if shared and all(ok for ok in shared.values()) else 0
    vx, vy = _magnitude(x.value), _magnitude(y.value)
    if bool(x.hedge) != bool(y.hedge):
        hedged, plain = (x, y) if x.hedge else (y, x)
        if x.kind in _NOUN_KINDS and y.kind in _NOUN_KINDS and _counts_apart(x, y):
            return 0  # "more than 100 people" allows 130, but not "130 homes"
        step = _one_decimal_place(hedged, plain)
        if step is not None:
            # "about 4.3 billion pounds" / "£4.1bn": both to the tenth of a billion, two steps apart
            return 1 if abs(_magnitude(hedged.value) - _magnitude(plain.value)) <= step * (1 + 1e-9) else 0
        # "About" loosens a figure, never tightens it: "about 1.25 million" fits "1.3 million" as
        # "1.25 million" does (the plainer figure rounded).
        about_rounded = (BOUND_OF_HEDGE.get(hedged.hedge) == "about" and x.kind in _ROUNDABLE
                         and not isinstance(vx, Range) and not isinstance(vy, Range) and _rounded_alike(x, y))
        return 1 if _within_bound(hedged, plain) or about_rounded else 0
    if _near_and_about(x, y) and not isinstance(vx, Range) and not isinstance(vy, Range):
        # "almost 1 million" and "some 950,000": the one estimate just below what the other nears
        nearly, about = (x, y) if BOUND_OF_HEDGE[x.hedge] == "nearly" else (y, x)
        return 1 if _within_bound(nearly, about) else 0
    if (x.hedge and y.hedge and BOUND_OF_HEDGE.get(x.hedge) != BOUND_OF_HEDGE.get(y.hedge)
            and not isinstance(vx, Range) and not isinstance(vy, Range)):
        # "about 1,100" and "over 1,000", "up to 500" and "more than 400": hedged different ways, the
        # two agree when one figure can make both true.  Hedged the same way they are two claims
        # ("at least 27" / "at least 26"), unless equal (above).
        if x.kind in _NOUN_KINDS and y.kind in _NOUN_KINDS and _counts_apart(x, y):
            return 0
        return 1 if _hedges_meet(x, y) and not _hedges_apart(x, y) else 0
    if not (x.hedge or y.hedge) and (is_round_span(x) or is_round_span(y)):
        return 1 if _spans_overlap(_plain_span(x), _plain_span(y)) else 0  # "in a decade" / "in 11 years"
    if isinstance(vx, Range) != isinstance(vy, Range):
        single, span = (vy, vx) if isinstance(vx, Range) else (vx, vy)
        return 1 if span.low <= single <= span.high else 0
    if (x.kind in _MEASURED or x.kind == "temperature") and x.unit != y.unit and isinstance(vx, Range):
        # "5-8C" / "41-46F", "3-4 metres" / "10-13ft": one range converted, end by end
        ends = zip(_range_ends(x), _range_ends(y))
        return 1 if all(_agreement(*pair, levels_only=levels_only) for pair in ends) else 0
    if x.kind in _MEASURED and (x.unit != y.unit or _to_the_inch(x) or _to_the_inch(y)) and not isinstance(vx, Range):
        return 1 if _measures_meet(x, y) else 0
    if x.kind == "temperature" and x.unit != y.unit and not isinstance(vx, Range):
        return 1 if _same_temperature(x, y, levels_only) else 0
    if x.kind in _ROUNDABLE and not isinstance(vx, Range) and not (x.hedge or y.hedge):
        return 1 if _rounded_alike(x, y) else 0
    return 0


# Measures whose unit a report leaves off as read from a gauge or a test ("gusts of 120", "glucose was 142"):
# a bare figure beside a length, an area or a weight is a count ("the toll rose to 40" / "40 acres").
_UNIT_OFTEN_LEFT_OFF = frozenset({"speed", "concentration"})


def _unit_left_off(x: NumberMention, y: NumberMention) -> bool:
    """A measure and a bare figure of the same digits, the unit left off in one report: "Fasting glucose was
    142 mg/dL" / "Fasting glucose ... was 142", "gusts of 120 km/h" / "gusts of 120".  Only a figure that counts
    nothing said (no noun, no role, no hedge) beside a measure unhedged of a kind read off a gauge, and never a
    conflict: a bare figure is too rarely the measure to dispute it.  A bare figure is as often a toll ("the
    death toll has risen to 12"), so the two meet only when neither met a figure of its own (see
    _units_left_off)."""
    measure, bare = (x, y) if x.kind in _MEASURED else (y, x)
    return (measure.kind in _UNIT_OFTEN_LEFT_OFF and bare.kind == "count"
            and not (bare.unit or bare.role or bare.hedge)
            and not isinstance(measure.value, Range) and not isinstance(bare.value, Range)
            and measure.hedge == "" and written_numeral(bare) is not None
            and written_numeral(bare) == written_numeral(measure))


def _readings(x: NumberMention, y: NumberMention) -> list[tuple[NumberMention, NumberMention]]:
    """The pairs to try when a figure may be read two ways, else []: a date in figures whose order is
    the writer's custom ("3/4/2023": 3 April or March 4), and degrees without a scale beside a
    temperature ("30 degrees": 30C or 30F).  The pair agrees when one reading does, and may conflict
    only when none does.  compare_numbers reads a sentence's dates in one custom first (see
    _in_one_custom), so the dates are here only when _agreement is called alone."""
    if isinstance(x.value, EitherDate) or isinstance(y.value, EitherDate):
        return [(a, b) for a in _date_readings(x) for b in _date_readings(y)]
    if x.kind == y.kind == "temperature" and (x.unit == UNKNOWN_SCALE or y.unit == UNKNOWN_SCALE):
        return [(x_reading, y_reading) for x_reading in _scale_readings(x) for y_reading in _scale_readings(y)]
    return []


def _degrees_may_meet(x: NumberMention, y: NumberMention) -> bool:
    """False when two plain temperatures, one or both in no scale, are more than a degree and a half
    apart in every reading (in Celsius, in Fahrenheit, as a change in Fahrenheit): then no reading
    agrees (see _same_temperature, _rounded_alike).  True otherwise, and for ranges and hedges."""
    if (x.unit != UNKNOWN_SCALE and y.unit != UNKNOWN_SCALE or x.hedge or y.hedge
            or isinstance(x.value, Range) or isinstance(y.value, Range)):
        return True
    both_bare = x.unit == y.unit == UNKNOWN_SCALE  # then no change reading (see _agreement)
    return any(abs(one - other) <= 1.5
               for one in _celsius_readings(x, both_bare) for other in _celsius_readings(y, both_bare))


def _celsius_readings(m: NumberMention, levels_only: bool = False) -> tuple:
    value = float(m.value)
    if m.unit == UNKNOWN_SCALE:
        return (value, (value - 32) * 5 / 9) + (() if levels_only else (value * 5 / 9,))
    return value, value + 160 / 9  # a figure in a scale, and a rise in Fahrenheit read back


def _date_readings(m: NumberMention) -> list[NumberMention]:
    if isinstance(m.value, EitherDate):
        return [replace(m, value=date) for date in m.value]
    return [m]


def _scale_readings(m: NumberMention) -> tuple[NumberMention, ...]:
    """Degrees without a scale read in Celsius and in Fahrenheit (values are kept in Celsius); a
    temperature in a scale as it is.  Made once for each figure (see _SCALE_READINGS)."""
    if m.unit != UNKNOWN_SCALE:
        return (m,)
    readings = _SCALE_READINGS.get(m)
    if readings is None:
        def celsius(fahrenheit):
            return (fahrenheit - 32) * 5 / 9
        value = m.value
        in_f = Range(celsius(value.low), celsius(value.high)) if isinstance(value, Range) else celsius(value)
        readings = (replace(m, unit="C"), replace(m, unit="F", value=in_f))
        if len(_SCALE_READINGS) > 4096:
            _SCALE_READINGS.clear()
        _SCALE_READINGS[m] = readings
    return readings


# The readings of bare degrees made so far, by figure: a sentence's figures are paired many times.
_SCALE_READINGS: dict[NumberMention, tuple[NumberMention, NumberMention]] = {}


# How far a hedge lets a clock time move, in minutes (before, after): "about 2am" may be 2.15am,
# "shortly after 2am" 2.40am, "before 2am" 1am.  A figure to the minute is hedged more narrowly
# ("about 2.15am": a quarter of an hour either way).  See numbers.TIME_HEDGES.
_TIME_HEDGE_MINUTES = {
    "about": (30, 30), "nearly": (30, 0),
    "shortly after": (0, 60), "soon after": (0, 60), "just after": (0, 30), "after": (0, 180),
    "shortly before": (60, 0), "just before": (30, 0), "before": (180, 0),
}
_DAY_MINUTES = 24 * 60


def _near_time_hedge(m: NumberMention) -> bool:
    """Whether the time's hedge keeps it within an hour of the time written ("just before",
    "shortly after", "nearly"), not any time on one side of it ("before", "after")."""
    first, last = _time_window(m)
    return last - first <= _NEAR_HEDGE_MINUTES


# The widest window a hedge may allow and still place a time near the one written (see _TIME_HEDGE_MINUTES).
_NEAR_HEDGE_MINUTES = 60


def _time_window(m: NumberMention) -> tuple[int, int]:
    """The minutes of the day a clock time allows, as (first, last); they may pass midnight."""
    hour, minute = m.value
    at = hour * 60 + minute
    hedge = m.hedge if m.hedge in _TIME_HEDGE_MINUTES else BOUND_OF_HEDGE.get(m.hedge, "")
    before, after = _TIME_HEDGE_MINUTES.get(hedge, (0, 0))
    if minute and hedge == "about":
        before = after = 15
    elif minute:  # "shortly after 3:40 a.m.": minutes past it, not the hour "shortly after 3am" may mean
        before, after = (_to_the_minute(reach) for reach in (before, after))
    return at - before, at + after


# The most a hedge near a time given to the minute allows ("shortly after 3:40 a.m." is no 4:40 a.m.; "shortly
# before 11:30 a.m." is no 10.45am: a writer who knew the minute would not put three quarters of an hour under
# "shortly", though "shortly after 11.30pm" may be 12.10am); a bound ("after 3:40 a.m.") keeps its reach.
_MINUTE_HEDGE_MINUTES = 40


def _to_the_minute(reach: int) -> int:
    return min(reach, _MINUTE_HEDGE_MINUTES) if reach <= _NEAR_HEDGE_MINUTES else reach


def _times_meet(x: NumberMention, y: NumberMention) -> bool:
    """Whether two clock times of which one or both are hedged can be one moment (across midnight
    too): the one time within what the other's hedge allows ("about 2am" ~ "2.15am", "around 2.15am"
    ~ "about 2am", not "about 7pm" ~ "about 8pm").  Two bounds one way agree only when equal, as
    other figures' do ("after 2am" and "after 3am" are two claims)."""
    bounds = {BOUND_OF_HEDGE.get(x.hedge), BOUND_OF_HEDGE.get(y.hedge)}
    if len(bounds) == 1 and bounds & {"min", "max"}:
        return False
    (x_first, x_last), (y_first, y_last) = _time_window(x), _time_window(y)
    x_at, y_at = (m.value[0] * 60 + m.value[1] for m in (x, y))
    return any(x_first <= y_at + shift <= x_last or y_first <= x_at - shift <= y_last
               for shift in (-_DAY_MINUTES, 0, _DAY_MINUTES))


# Kinds a writer rounds: "1.1 million" for 1,098,431 ballots, "52%" for 52.3%, "$4.2bn", "72 km".
_ROUNDABLE = _MEASURED | {"count", "percent", "money", "duration", MAGNITUDE}  # "magnitude 7" ~ "magnitude 6.8"
# The most a rounding moves a figure that keeps two significant digits ("1.05" to "1.1"); beyond it
# ("1.4 million" as "1 million") the rounder figure disputes the other rather than shortening it.
_MAX_ROUNDING = 0.05


# A figure's direction: a change ("up 12%", "fell 4%") or a level a change left or reached ("rose from
# 10% to 12%"); see numbers.py.
_CHANGES = frozenset({"up", "down"})
_LEVELS = frozenset({EARLIER_LEVEL, LATER_LEVEL})


# Words that tell a figure as where a thing stands now, in its clause before it: "now employs around 40",
# "currently has 14 staff", "today stands at".
_NOW_BEFORE = rx.compile(r"\b(?:now|currently|today|presently|at\s+present)\b", re.I)


def _current_as_later_levels(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                             offset: int) -> Sequence[NumberMention]:
    """``side`` with each figure of no place in a change that its clause tells as now ("now employs around
    40") read as the level a change reached, where the other report gives a level left ("14 staff, down from
    about 40 in 2021"): the old level is no rival of what stands now, the new one is (see _opposed)."""
    if not text or not any(_role_in_change(m) == EARLIER_LEVEL for m in other):
        return side  # most pairs: no level left on the other side
    return [replace(m, direction=LATER_LEVEL_UNSAID)
            if not m.direction and _NOW_BEFORE.search(_clause_before(text, m.start - offset)) else m
            for m in side]


def _role_in_change(m: NumberMention) -> str:
    """The figure's direction, a level the text leaves unsaid read as the level it is."""
    return LEVEL_OF.get(m.direction, m.direction)


def _opposed(x: NumberMention, y: NumberMention) -> bool:
    """Whether the two figures stand in a change in the same terms, and in different places: a rise
    and a fall ("up 12%" / "down 12%"), or the level left and the level reached ("from 12% to 10%" /
    "from 10% to 12%").  A change against a level ("up 12%" / "rose from 10% to 12%") may both be
    true, and a figure nothing places opposes nothing."""
    px, py = _role_in_change(x), _role_in_change(y)
    return bool(px and py and px != py and (px in _CHANGES) == (py in _CHANGES))


def _changes_of_two_things(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                           offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures, a rise on one side and a fall on the other, whose subjects both
    sentences name and name differently: "The pound rose 0.4%" / "The pound rose ..., while the main share
    index fell 0.4%" are two markets, no dispute.  A rise and a fall of one thing ("Shares rose 3%" / "Shares
    fell 3%") still conflict, and so does one whose subject goes unsaid ("a 3% fall"); without the texts,
    every pair (see _two_things)."""
    if not any(texts):
        return frozenset()
    subjects_a = {x.start: _subject(texts[0], x.start - offsets[0]) for x in a if x.direction in _CHANGES}
    subjects_b = {y.start: _subject(texts[1], y.start - offsets[1]) for y in b if y.direction in _CHANGES}
    if not (subjects_a and subjects_b):
        return frozenset()  # most pairs: the sentences' nouns need not be read
    words_a, words_b = _nouns_of(texts[0]), _nouns_of(texts[1])
    return frozenset((x.start, y.start) for x in a if x.start in subjects_a for y in b if y.start in subjects_b
                     and x.direction != y.direction
                     and _two_things(subjects_a[x.start], subjects_b[y.start], words_a, words_b))


# A place a sentence tells its figures of: a name after "in", "at" or "near" ("in Penrith", "in the Camden
# area", "at Heathrow").  Not a month or a day ("in March", "on Friday"), which are no places.
# Capitalised, "In" counts only where it opens the sentence: in a title-cased headline every word is.
_PLACE_NAMED = rx.compile(r"(?:\b(?:in|at|near)|\A\W*(?:In|At|Near))\s+(?:the\s+)?([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*)"
                          r"(?:\s+([a-z]+))?")
# Words after a name that leave it a place's: a noun of a place ("in the Camden area"); any other noun makes the
# name an adjective ("at German fertiliser plant"), and so no place.
_PLACE_NOUNS = frozenset("""
    area areas region district county suburb suburbs valley state province city town village shire municipality
    neighbourhood neighborhood
""".split())
_NOT_PLACES = frozenset(word.lower() for word in (*MONTHS, *WEEKDAYS))
# The letters of a place's name another sentence must share to name it too: "Canada" / "Canadian",
# "Ukraine" / "Ukrainian", "Britain" / "British" stay one place.
_PLACE_STEM = 4
# Kinds no place sets apart: a moment told of two places is often one moment ("on Friday").
_KINDS_OF_ANY_PLACE = _DAYS_NAMED | {"time", "decade"}


def _but_days(side: Sequence[NumberMention]) -> list[int]:
    """The starts of the side's figures but its days and times (_KINDS_OF_ANY_PLACE), which two places, periods or
    subjects may share: the guards of figures apart below set those apart by their own rules."""
    return [m.start for m in side if m.kind not in _KINDS_OF_ANY_PLACE]


def _every_pair(starts_a: Sequence[int], starts_b: Sequence[int]) -> frozenset[tuple[int, int]]:
    return frozenset((x, y) for x in starts_a for y in starts_b)


def _figures_of_two_places(a: Sequence[NumberMention], b: Sequence[NumberMention],
                           texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences that each name a place the other does not ("120
    flood rescues ..., most of them in the Camden area" / "In Penrith, the SES performed 45 flood rescues"):
    counts of two places, no dispute.  A sentence that names no place, or only the other's, may tell of the
    other's place, and still disputes."""
    if not all(texts):
        return frozenset()
    figures_a, figures_b = _but_days(a), _but_days(b)
    if not (figures_a and figures_b):
        return frozenset()
    if not (_place_the_other_omits(texts[0], texts[1]) and _place_the_other_omits(texts[1], texts[0])):
        return frozenset()
    return _every_pair(figures_a, figures_b)


def _place_the_other_omits(text: str, other: str) -> bool:
    """Whether ``text`` tells of a place (_PLACE_NAMED) whose name ``other`` nowhere gives."""
    return _any_name_omitted(_places_told(text), other)


def _any_name_omitted(names: Sequence[str], other: str) -> bool:
    """Whether ``other`` nowhere gives one of ``names`` (by its first letters: _PLACE_STEM)."""
    lowered = other.lower()
    return any(_omitted_from(name, lowered) for name in names)


def _omitted_from(name: str, lowered: str) -> bool:
    """Whether the lower-cased text does not give ``name`` by its first letters (_PLACE_STEM): "Canada" is given by
    "Canadian"."""
    return name.lower()[:_PLACE_STEM] not in lowered


def _places_told(text: str) -> list[str]:
    """The names of the places ``text`` tells its figures of (_PLACE_NAMED): not a building's, nor where
    someone spoke."""
    places = []
    for match in _PLACE_NAMED.finditer(text):
        place, after = match.groups()
        if (place.split()[0].lower() not in _NOT_PLACES and _named_as_place(after)
                and place.split()[-1].lower() not in _BUILDINGS and not _where_it_was_said(text, match)):
            places.append(place)
    return places


# One of many things of a kind, told apart by a name before its noun: "A Heretaunga St car dealer", "an Ahuriri
# car yard", "a Ponsonby jeweller".  The name, then the noun after it.
_INDEFINITE_NAMED = rx.compile(r"\b(?:[Aa]n?)\s+((?:[A-Z][a-z]+\.?\s+)+)([a-z]+)")
# Endings of a people's adjective ("a British tourist", "an Indian firm"): "British" and "English" may name one
# holder, and figures of two countries are weighed by their own rule (_figures_of_two_countries).
_PEOPLES_ENDINGS = ("ian", "ish", "ese", "ean", "can", "ch")


def _figures_of_two_named_sites(a: Sequence[NumberMention], b: Sequence[NumberMention],
                                texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences, one of which counts the things of one of many
    holders told apart by a name ("A Heretaunga St car dealer said 120 new cars on his yard had been damaged"),
    the other those of a holder or a place whose names the first nowhere gives ("In Napier, an Ahuriri car yard
    reported 45 vehicles damaged"), and each a name the other omits: counts of two yards, as counts of two
    places are (_figures_of_two_places), no dispute.  A holder the other names too ("A Heretaunga St dealer" /
    "the Heretaunga St yard"), or a side that names none, still disputes; so do ages, which a name before a
    person's noun ("a British tourist" / "an English tourist") may give of one person, and days and times."""
    if not all(texts):
        return frozenset()
    figures_a = [m.start for m in a if m.kind not in _KINDS_OF_ANY_PLACE and m.kind != "age"]
    figures_b = [m.start for m in b if m.kind not in _KINDS_OF_ANY_PLACE and m.kind != "age"]
    if not (figures_a and figures_b):
        return frozenset()
    sites_a, sites_b = _named_sites(texts[0]), _named_sites(texts[1])
    if not (sites_a or sites_b):
        return frozenset()  # most pairs
    names_a, names_b = sites_a + _places_told(texts[0]), sites_b + _places_told(texts[1])
    if not (_any_name_omitted(names_a, texts[1]) and _any_name_omitted(names_b, texts[0])):
        return frozenset()
    return _every_pair(figures_a, figures_b)


def _named_sites(text: str) -> list[str]:
    """The names that tell one of many holders apart in ``text`` (_INDEFINITE_NAMED), a day's, a month's or a
    people's adjective none."""
    names = []
    for found in _INDEFINITE_NAMED.finditer(text):
        name, noun = found[1].split(), found[2]
        if noun in NOT_NOUNS or name[0].lower() in _NOT_PLACES or name[0].lower().endswith(_PEOPLES_ENDINGS):
            continue
        if _COUNTRY_NAMED.search(found[1]):
            continue
        names.append(name[0].rstrip("."))
    return names


# A measure told of life from birth, or from an age: "Life expectancy at birth is 82.8 years" / "life expectancy
# at 66 is about 20 years", "at the age of 65", "at age 65".
_AT_BIRTH = rx.compile(r"\bat\s+birth\b", re.I)
_AT_AN_AGE = rx.compile(r"\bat\s+(?:the\s+age\s+of\s+|age\s+)?\d{1,3}\b(?![.,]?\d)(?!\s*(?:%|per\s*cent|a\.?m\b|p\.?m\b))",
                        re.I)


def _measures_at_birth_and_at_an_age(a: Sequence[NumberMention], b: Sequence[NumberMention],
                                     texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences, one of a measure at birth ("Life expectancy at birth
    ... is now 82.8 years"), the other of one at an age ("Average life expectancy at 66 is now about 20 years"):
    two measures, no dispute.  Both at birth, or both at an age, still dispute.  Days and times are compared as
    they are."""
    if not all(texts) or "birth" not in texts[0] + texts[1]:
        return frozenset()  # most pairs
    births = [bool(_AT_BIRTH.search(text)) for text in texts]
    if births[0] == births[1]:
        return frozenset()
    at_an_age = texts[1] if births[0] else texts[0]
    if not _AT_AN_AGE.search(at_an_age):
        return frozenset()
    return _every_pair(_but_days(a), _but_days(b))


# A count of one person's career or life: "has described more than 100 species over his career", "scored 300
# goals in her career", "in his lifetime".
_CAREER = rx.compile(r"\b(?:over|in|during|throughout|across)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?"
                     r"(?:career|lifetime|life)\b", re.I)
_CAREER_WORDS = rx.compile(r"\b(?:career|lifetime|retir\w*)\b", re.I)
_OPENING_CAPITAL = rx.compile(r"\W*([A-Z][a-z]+)\b")


def _career_holder(text: str) -> str:
    """The surname of whom a career's count is told: the last name before the first comma or the career
    ("Co-author S.D. Biju, known as ...": "Biju"; "Former Spurs striker Harry Kane scored 300 goals over his
    career": "Kane"); empty when no name stands there ("The scientist has described ...")."""
    career = _CAREER.search(text)
    until = min(at for at in (text.find(","), career.start() if career else -1, len(text)) if at >= 0)
    names = [word for word in _CAPITALISED.findall(text, dateline_end(text), until) if word.lower() not in NOT_NOUNS]
    return names[-1] if names else ""


def _a_career_and_another_total(a: Sequence[NumberMention], b: Sequence[NumberMention],
                                texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences, one a count of a named person's career ("Co-author
    S.D. Biju ... has described more than 100 amphibian species over his career"), the other a count of a named
    subject that tells of no career and nowhere names that person ("India has more than 400 amphibian species"):
    a career's tally and a country's, no dispute.  Two careers, a sentence of the same person ("Biju has
    described 120 species"), or one that opens on no name ("He has described 120"), still dispute."""
    if not all(texts) or not (_CAREER.search(texts[0]) or _CAREER.search(texts[1])):
        return frozenset()  # most pairs
    for career, other in (texts, texts[::-1]):
        if not _CAREER.search(career) or _CAREER_WORDS.search(other):
            continue
        opening = _OPENING_CAPITAL.match(other, dateline_end(other))
        if opening is None or opening[1].lower() in NOT_NOUNS:
            continue
        holder = _career_holder(career)
        if holder and _omitted_from(holder, other.lower()):
            return _every_pair(_but_days(a), _but_days(b))
    return frozenset()


def _figures_of_a_part(a: Sequence[NumberMention], b: Sequence[NumberMention],
                       texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences, one of which tells of a place that the other
    names only in a list of several ("tore across Iowa, Illinois and Missouri ..., killing at least 14
    people" / "In Illinois, three people were killed"): a count of a part against the whole's, as "28 of the
    65 seats" is, no dispute.  Days and times may be told of the part and the whole alike, and still meet."""
    if not all(texts):
        return frozenset()
    figures_a, figures_b = _but_days(a), _but_days(b)
    if not (figures_a and figures_b):
        return frozenset()
    if not (_one_place_of_the_others_list(texts[0], texts[1]) or _one_place_of_the_others_list(texts[1], texts[0])):
        return frozenset()
    return _every_pair(figures_a, figures_b)


# A list of places, three or more names ("Iowa, Illinois and Missouri") or two ("Iowa and Illinois").
_NAME = r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*"
_LIST_OF_NAMES = rx.compile(rf"\b{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME}\b")


def _one_place_of_the_others_list(text: str, other: str) -> bool:
    """Whether ``text`` tells of a place ("In Illinois, ... near Peoria"), not in a list, that ``other``
    names only in lists of places (_LIST_OF_NAMES: "across Iowa, Illinois and Missouri")."""
    if " and " not in other and " or " not in other:
        return False  # most pairs: the other names no list
    places = _places_told(text)
    if not places:
        return False
    lists_here, lists_there = _lists_of_names(text), _lists_of_names(other)
    return any(_only_in_lists(place, other, lists_there) and not _only_in_lists(place, text, lists_here)
               for place in places)


def _lists_of_names(text: str) -> list[tuple[int, int]]:
    return [found.span() for found in _LIST_OF_NAMES.finditer(text)]


def _only_in_lists(name: str, text: str, lists: list[tuple[int, int]]) -> bool:
    """Whether ``text`` gives ``name``, and each time within one of its ``lists`` of names."""
    spans = [found.span() for found in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(spans) and all(any(start <= at and end <= until for start, until in lists) for at, end in spans)


# A period a sentence dates what it tells by, from the day it was written: "Last year, 56 pilot whales
# stranded", "fell 20% over the past year", "this month".  Its place ("last" and "past" are one: the period
# gone by) and its noun, singular: "last year" / "this year" are two periods of one length.
_PERIOD_FRAME = rx.compile(r"\b(last|this|next|past)\s+(year|month|week|weekend|decade|summer|winter|spring"
                           r"|autumn|season|night)s?\b", re.I)
_PERIOD_PLACES = {"last": "gone", "past": "gone", "this": "this", "next": "next"}
# A time of day a running count is told by: "haul 15 bodies by nightfall" / "By midday, rescuers had recovered
# nine bodies", two counts at two times.
_BY_TIME_OF_DAY = rx.compile(r"\bby\s+(nightfall|midday|noon|dawn|daybreak|dusk|sunset|sunrise|midnight|evening"
                             r"|morning|afternoon|lunchtime)\b", re.I)
# Words of one time of day: "by nightfall" / "by evening" count up to one time, and still dispute.
_ONE_TIME_OF_DAY = {**dict.fromkeys(("nightfall", "dusk", "sunset", "evening"), "evening"),
                    **dict.fromkeys(("midday", "noon", "lunchtime"), "noon"),
                    **dict.fromkeys(("dawn", "daybreak", "sunrise"), "dawn")}


def _figures_of_two_periods(a: Sequence[NumberMention], b: Sequence[NumberMention],
                            texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences that each date what they tell by another period
    ("Last year, 56 pilot whales stranded ..." / "Last month, nine pilot whales stranded ..."; "112 cases ...
    this year" / "Last year, the bureau registered 87 cases"), or count up to another time of day ("by
    nightfall" / "By midday"): two events, as figures of two places are (_figures_of_two_places), no dispute.
    One period ("last year" / "over the past year"), or one side's alone, still disputes.  Days and times are
    compared as they are."""
    if not all(texts):
        return frozenset()
    if not (_periods_apart(texts) or _times_of_day_apart(texts)):
        return frozenset()  # most pairs: one side, or both, gives no such period
    return _every_pair(_but_days(a), _but_days(b))


def _periods_apart(texts: tuple[str, str]) -> bool:
    """Whether both sentences give periods (_PERIOD_FRAME), and none of them one period."""
    if not (_PERIOD_FRAME.search(texts[0]) and _PERIOD_FRAME.search(texts[1])):
        return False
    periods_a, periods_b = ({(_PERIOD_PLACES[found[1].lower()], found[2].lower()) for found in
                             _PERIOD_FRAME.finditer(text)} for text in texts)
    return not periods_a & periods_b


def _times_of_day_apart(texts: tuple[str, str]) -> bool:
    """Whether both sentences count up to a time of day (_BY_TIME_OF_DAY), and none of them one."""
    if not ("by " in texts[0].lower() and "by " in texts[1].lower()):
        return False
    times_a, times_b = ({_ONE_TIME_OF_DAY.get(found[1].lower(), found[1].lower())
                         for found in _BY_TIME_OF_DAY.finditer(text)} for text in texts)
    return bool(times_a and times_b) and not times_a & times_b


# How many words before a bare age may name whom it is told of: "Mayor Kolte, 54,", "the contractor (45)",
# "The contractor, Ramesh Patil, 45,".
_HOLDER_WORDS = 4


def _ages_of_two_people(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                        offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of ages of two people: one told of a person by a noun ("The complainant, a
    41-year-old contractor"), whom the other sentence names as well, apart from its own age's holder ("Mayor
    Kolte, 54, was caught after the contractor approached the ACB"), no dispute.  Ages of one person ("Mayor
    Kolte, 54" / "The 56-year-old mayor"; "a 41-year-old contractor" / "The contractor, Ramesh Patil, 45"), or of
    one the other sentence names not, still dispute."""
    ages_a = [x for x in a if x.kind == "age"]
    ages_b = [y for y in b if y.kind == "age"]
    if not (ages_a and ages_b and all(texts)):
        return frozenset()  # most pairs
    return frozenset((x.start, y.start) for x in ages_a for y in ages_b
                     if _other_holder_named(x, y, texts[1], offsets[1])
                     or _other_holder_named(y, x, texts[0], offsets[0]))


def _other_holder_named(m: NumberMention, other: NumberMention, other_text: str, other_offset: int) -> bool:
    """Whether the person ``m`` is the age of by a noun ("a 41-year-old contractor") stands in ``other_text``,
    but not as the holder of its age ``other`` (its noun, or the words right before it: _HOLDER_WORDS)."""
    noun = singular(age_noun(m).lower())
    if not noun or _age_of_a_thing(m) or is_age_of_a_thing_made(m) or not _plainly_a_persons_age(other):
        return False
    if not re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", other_text, re.I):
        return False
    if singular(age_noun(other).lower()) == noun:
        return False
    before = other_text[:max(0, other.start - other_offset)]
    holder = _WORDS.findall(before)[-_HOLDER_WORDS:] + _WORDS.findall(_before_an_apposition(before))[-_HOLDER_WORDS:]
    return noun not in {singular(word.lower()) for word in holder}


# A clause between a noun and the age that follows it, told of the noun: "the man, who has been named locally as
# Tom Jones, 45", "the victim, identified as Ann Lee, 32", "the driver, later named as ..., 45".
_APPOSITION_BEFORE_AN_AGE = rx.compile(
    r",\s*(?:who|whom|whose|named|identified|described|known|later|since|now|believed|understood|thought)\b"
    r"[^,;()]{0,80},\s*\(?\s*\Z", re.I)


def _before_an_apposition(before: str) -> str:
    """The words before the clause ``before`` ends on, when it is one told of a noun (_APPOSITION_BEFORE_AN_AGE):
    that noun holds the age after the clause, as the words right before an age do.  Empty when there is none."""
    if "," not in before:
        return ""  # most ages: no clause before them
    found = _APPOSITION_BEFORE_AN_AGE.search(before)
    return before[:found.start()] if found else ""


# A sum handed over as a bribe or taken by threat, told after its verb, a few words maybe between: "demanded ₹12
# lakh", "extorted $5,000".  Not a sum paid, given or taken as such ("agreed to pay $4.7 billion for the gas
# company", "will pay the firm $2.5 billion"): that is a price, and a deal's price is the deal's value.
_HANDED_OVER_BEFORE = rx.compile(r"\b(?:demand|extort)[a-z]*\s+(?:[\w'’-]+\s+){0,3}\Z", re.I)
# A sum paid, taken or sought, with a bribe's word before it: "paid a bribe of $5,000", "accepted a kickback of
# Rs 2 lakh", "took bribes worth ₹50,000".
_BRIBE_BEFORE = rx.compile(r"\b(?:paid|pay|accept|took|take|taken|receiv|offer|gave|give|given|pocket|collect|"
                           r"sought|seek|ask)[a-z]*\s+(?:[\w'’-]+\s+){0,2}(?:bribe|kickback|backhander)"
                           r"s?\s+(?:[\w'’-]+\s+){0,2}\Z", re.I)
_HANDED_READ = 50


def _sums_of_two_things(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                        offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of a sum written as the value of a thing it names ("a cut on a Rs 48-crore road
    contract") and a sum handed over ("had allegedly demanded ₹12 lakh from a contractor"), in a sentence that
    nowhere names the thing: a contract's value and a bribe, no dispute, as lengths of two things are
    (_lengths_of_two_things).  A sentence that names the thing ("The road contract, worth Rs 45 crore"), a sum
    not handed over ("cost about $10 billion" / "a US$10-billion observatory"), or a price paid ("a $4.1-billion
    deal" / "agreed to pay $4.7 billion": a deal's price is its value), still meets it."""
    sums_a = [x for x in a if x.kind == "money"]
    sums_b = [y for y in b if y.kind == "money"]
    if not (sums_a and sums_b and all(texts)):
        return frozenset()  # most pairs
    things_a = {x.start: _thing_lasting(x, texts[0], offsets[0]) for x in sums_a}
    things_b = {y.start: _thing_lasting(y, texts[1], offsets[1]) for y in sums_b}
    if not (any(things_a.values()) or any(things_b.values())):
        return frozenset()  # no sum written as a thing's value
    stems_a = {stem(word.lower()) for word in _WORDS.findall(texts[0])}
    stems_b = {stem(word.lower()) for word in _WORDS.findall(texts[1])}
    return frozenset((x.start, y.start) for x in sums_a for y in sums_b
                     if things_a[x.start] and not things_a[x.start] & stems_b and _handed_over(y, texts[1], offsets[1])
                     or things_b[y.start] and not things_b[y.start] & stems_a and _handed_over(x, texts[0], offsets[0]))


def _handed_over(m: NumberMention, text: str, offset: int) -> bool:
    start = m.start - offset
    read_from = max(0, start - _HANDED_READ)
    return (_HANDED_OVER_BEFORE.search(text, read_from, start) is not None
            or _BRIBE_BEFORE.search(text, read_from, start) is not None)


# A year a sentence opens on, as the frame of what it tells ("In 2007, bread producers were fined R98.8
# million"), then the words of its subject, up to its verb: an auxiliary, a word in "-ed", or a figure.
_OPENING_YEAR = rx.compile(r"(?:Back\s+)?In\s+(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d),\s+")
_SUBJECT_WORDS = rx.compile(r"(?:(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|must)\b)"
                            r"[A-Za-z][\w'’-]*(?<!ed)\s+){1,4}")


def _figures_of_two_dated_events(a: Sequence[NumberMention], b: Sequence[NumberMention],
                                 texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences that each open on a year of their own ("In 2007,
    bread producers were fined R98.8 million" / "In 2010, a poultry producer paid R69m"), of subjects each
    with a word the other sentence nowhere gives, and told otherwise by more than one word: two events of the
    story's past, as figures of two periods are (_figures_of_two_periods), the years too, no dispute.  One
    subject ("In 2007, the company was fined" / "In 2010, the company was fined"), one named two ways ("the
    company" / "the firm": numwords.SAME_THING), one sentence told again with its subject's word alone changed
    ("the regulator fined the bank £20m over the same failings" / "the watchdog fined the bank £25m over the
    same failings"), or one year, still disputes."""
    if not all(texts) or not (texts[0].lstrip().startswith(("In ", "Back")) and
                              texts[1].lstrip().startswith(("In ", "Back"))):
        return frozenset()  # most pairs: neither opens on a year
    opening_a = _OPENING_YEAR.match(texts[0], dateline_end(texts[0]))
    opening_b = _OPENING_YEAR.match(texts[1], dateline_end(texts[1]))
    if opening_a is None or opening_b is None or opening_a[1] == opening_b[1]:
        return frozenset()
    subject_a, subject_b = _subject_after(texts[0], opening_a.end()), _subject_after(texts[1], opening_b.end())
    if not (_words_omitted(subject_a, texts[1]) and _words_omitted(subject_b, texts[0])):
        return frozenset()
    if _told_alike(texts[0][opening_a.end():], texts[1][opening_b.end():]):
        return frozenset()  # one event told again, a word of it paraphrased
    return frozenset((x.start, y.start) for x in a for y in b)


def _subject_after(text: str, at: int) -> frozenset[str]:
    """The nouns of the subject that stands in ``text`` at ``at`` (_SUBJECT_WORDS)."""
    found = _SUBJECT_WORDS.match(text, at)
    return _nouns_of(found[0]) if found else frozenset()


def _words_omitted(words: frozenset[str] | set[str], other: str) -> frozenset[str]:
    """The ``words`` that ``other`` nowhere gives, by their first letters (_PLACE_STEM) or by another noun of one
    thing ("firm" for "company": numwords.SAME_THING)."""
    lowered = other.lower()
    missing = frozenset(word for word in words if _omitted_from(word, lowered))
    if not missing:
        return missing  # most calls: the other gives them all
    things_there = {SAME_THING.get(noun, noun) for noun in _nouns_of(lowered)}
    return frozenset(word for word in missing if _one_thing(word) not in things_there)


def _one_thing(word: str) -> str:
    noun = singular(word.lower())
    return SAME_THING.get(noun, noun)


def _told_alike(one: str, other: str) -> bool:
    """Whether two sentences' words (past their openings), each as one thing's noun and stemmed, differ by one
    word swapped at most: one report told again, not two events.  Figures and their scales are left out."""
    words_one, words_other = _content_stems(one), _content_stems(other)
    return len(words_one ^ words_other) <= 2


def _content_stems(text: str) -> set[str]:
    return {stem(_one_thing(word)) for word in _WORDS.findall(text)
            if len(word) > 2 and word.lower() not in NOT_NOUNS and word.lower() not in SCALES
            and word.lower() not in _SUM_WORDS}


# Countries by the names and adjectives a report gives them ("Austria" / "Austrian", "India" / "Indian", "New
# Zealand" / "New Zealander"), one country to a line part, its forms between commas.  Names that are often a
# person's ("Jordan", "Chad") are left out, and so are "US" and "UK", often an outlet's or a source's.
_COUNTRY_FORMS = """
    Austria, Austrian; Switzerland, Swiss; Germany, German, Germans; France, French; Italy, Italian; Spain, Spanish;
    Portugal, Portuguese; Netherlands, Dutch; Belgium, Belgian; Ireland, Irish, Irishman, Irishwoman; Britain,
    British, Briton, Britons, United Kingdom; Norway, Norwegian; Sweden, Swedish; Denmark, Danish; Finland, Finnish;
    Iceland, Icelandic; Poland, Polish; Czechia, Czech Republic, Czech; Slovakia, Slovak; Hungary, Hungarian;
    Romania, Romanian; Bulgaria, Bulgarian; Greece, Greek; Turkey, Turkish; Cyprus, Cypriot; Ukraine, Ukrainian;
    Russia, Russian; Israel, Israeli; Lebanon, Lebanese; Syria, Syrian; Iraq, Iraqi; Iran, Iranian; Egypt,
    Egyptian; Libya, Libyan; Tunisia, Tunisian; Algeria, Algerian; Morocco, Moroccan; Sudan, Sudanese; Ethiopia,
    Ethiopian; Somalia, Somali; Kenya, Kenyan; Uganda, Ugandan; Tanzania, Tanzanian; Rwanda, Rwandan; Nigeria,
    Nigerian; Niger, Nigerien; Ghana, Ghanaian; Mali, Malian; Senegal, Senegalese; Cameroon, Cameroonian;
    Zimbabwe, Zimbabwean; Zambia, Zambian; Mozambique, Mozambican; Angola, Angolan; Namibia, Namibian; Botswana;
    South Africa, South African; Afghanistan, Afghan; Pakistan, Pakistani; India, Indian; Bangladesh, Bangladeshi;
    Nepal, Nepali, Nepalese; Sri Lanka, Sri Lankan; China, Chinese; Japan, Japanese; Taiwan, Taiwanese;
    South Korea, South Korean; North Korea, North Korean; Vietnam, Vietnamese; Thailand, Thai; Philippines,
    Filipino; Indonesia, Indonesian; Malaysia, Malaysian; Singapore, Singaporean; Myanmar, Burmese; Mongolia,
    Mongolian; Kazakhstan, Kazakh; Australia, Australian; New Zealand, New Zealander; Canada, Canadian; United
    States, American, Americans; Mexico, Mexican; Brazil, Brazilian; Argentina, Argentine, Argentinian; Colombia,
    Colombian; Venezuela, Venezuelan; Peru, Peruvian; Chile, Chilean; Cuba, Cuban; Haiti, Haitian; Jamaica,
    Jamaican; Qatar, Qatari; Kuwait, Kuwaiti; Oman, Omani; Yemen, Yemeni; Saudi Arabia, Saudi
"""
_COUNTRY_OF = {" ".join(form.split()): " ".join(country.split(",")[0].split())
               for country in _COUNTRY_FORMS.split(";") for form in country.split(",")}
# Longer forms first, so that "South African" is read as one form, not as "South" and "African"; the form in group 1
# (for _where_it_was_said).
_COUNTRY_NAMED = rx.compile(r"\b(" + "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in
                                               sorted(_COUNTRY_OF, key=len, reverse=True)) + r")\b")
# The first words of the countries' names and adjectives, for a cheap look before the full pattern.
_COUNTRY_WORDS = frozenset(form.split()[0] for form in _COUNTRY_OF)
_CAPITALISED = rx.compile(r"\b[A-Z][a-z]+\b")
# Kinds a country does not set apart: a day or a clock time told of two countries is often one moment ("on
# Tuesday").  A year is set apart: "India plans ... by 2040" / "China aims ... by 2030" are two plans.
_KINDS_OF_ANY_COUNTRY = _KINDS_OF_ANY_PLACE - {"year"}


def _figures_of_two_countries(a: Sequence[NumberMention], b: Sequence[NumberMention],
                              texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences that each tell their figures of a country, in one
    role (_countries_told: the party whose figures they are, or the place where the counted things happened),
    and share no country's name or adjective ("Austria has recorded 18 avalanche deaths" / "Switzerland has
    recorded 11"; "ISRO plans to send an Indian astronaut ... by 2040" / "China aims ... by 2030"): figures of
    two countries, no dispute, as those of two places are (_figures_of_two_places).  One country named on both
    sides ("in Austria's Tyrol" / "in the Austrian Tyrol"), a country on one side alone, or countries in two
    roles ("The British tourist fell 20 metres" / "fell 15 metres ... in Spain") still dispute.  Days and times
    are compared as they are."""
    if not all(texts):
        return frozenset()
    roles_a, named_a = _countries_told(texts[0])
    roles_b, named_b = _countries_told(texts[1]) if roles_a else ({}, frozenset())
    if named_a & named_b or not any(roles_a.get(role) and roles_b.get(role) for role in _COUNTRY_ROLES):
        return frozenset()  # most pairs: one side, or both, tells no figure of a country, or they share one
    return _every_pair([m.start for m in a if m.kind not in _KINDS_OF_ANY_COUNTRY],
                       [m.start for m in b if m.kind not in _KINDS_OF_ANY_COUNTRY])


_COUNTRY_ROLES = ("party", "place")
# Words before a country that make it the place of what a sentence tells: "in Austria", "across the Sudan".
_PLACE_BEFORE = rx.compile(r"\b(?:in|across|throughout|within|inside)\s+(?:the\s+)?\Z", re.I)
# What may stand before a sentence's subject: an opening phrase of time or place ("In 2022, ", "On Tuesday, ")
# and determiners or a count ("The", "A", "Two").
_BEFORE_THE_SUBJECT = rx.compile(r"(?:(?:In|On|At|By|Since|Last|This|Earlier|Later|Overnight)\b[^,.]{0,40},\s+)?"
                                 r"(?:(?:the|a|an|two|three|four|five|\d+)\s+)*", re.I)
_ARTICLE = rx.compile(r"\b(?:a|an)\s+\Z", re.I)
# Words after a country's adjective that make it a named person's nationality, not what the figures are of:
# "including Belgian sprinter Tom Peeters" / "Dutch climber Sem de Graaf and two other riders" still dispute.
_PERSON_NAMED_AFTER = rx.compile(r"(?:\s+[a-z][\w-]*){1,2}\s+[A-Z][a-z]+\s+(?:(?:de|van|von|da|di|del|le|la|al|bin)\s+)?"
                                 r"[A-Z][a-z]")
# A capitalised word after a country's form makes it part of another name: "French Open", "Indian Ocean",
# "Austrian Board for Alpine Safety", "Turkey Trot".  So does one before it ("New Mexico") or "X of" ("Gulf of
# Mexico").
_NAME_GOES_ON = rx.compile(r"\s+[A-Z][a-z]")
_NAME_BEFORE = rx.compile(r"\b([A-Z][a-z]+)\s+(?:of\s+(?:the\s+)?)?\Z")


@functools.lru_cache(maxsize=2048)
def _countries_told(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The countries ``text`` tells its figures of, by role: "party" for one that is the subject ("Austria has
    recorded", "China aims"), an owner ("Switzerland's tally") or an adjective in what the subject does ("send an
    Indian astronaut"); "place" for one the sentence is set in ("in Spain").  Not a country that names the
    source ("Ukraine's air force said"), an adjective on the subject ("The British tourist fell", "Israeli
    strikes killed": a nationality, or an actor, the other side may tell by where it happened), a named
    person's nationality, a people-word ("three Americans"), nor one inside another name ("Gulf of Mexico").
    Also every country the text names in any role, for the test of a country both sides give.  Cached: a
    sentence is compared in each of its links."""
    if _COUNTRY_WORDS.isdisjoint(_CAPITALISED.findall(text)):
        return {}, frozenset()  # most sentences: no capitalised word opens a country's name
    subject_at = _BEFORE_THE_SUBJECT.match(text, dateline_end(text)).end()
    roles: dict[str, set[str]] = {"party": set(), "place": set()}
    named = set()
    for found in _COUNTRY_NAMED.finditer(text):
        form = " ".join(found[1].split())
        country = _COUNTRY_OF[form]
        named.add(country)
        role = _country_role(text, found, form == country, subject_at)
        if role:
            roles[role].add(country)
    return {role: frozenset(countries) for role, countries in roles.items()}, frozenset(named)


def _country_role(text: str, found: re.Match, is_name: bool, subject_at: int) -> str:
    """The role of the country ``found`` names in what ``text`` tells (see _countries_told), or "" for none."""
    before = text[max(0, found.start() - 30):found.start()]
    name_before = _NAME_BEFORE.search(before)
    if (_NAME_GOES_ON.match(text, found.end()) or name_before and found.start() > subject_at
            and name_before[1].lower() not in NOT_NOUNS):
        return ""  # within another name
    if _where_it_was_said(text, found) or _PERSON_NAMED_AFTER.match(text, found.end()):
        return ""
    if _PLACE_BEFORE.search(before):
        return "place"
    owned = text.startswith(("'s", "’s"), found.end())
    if is_name:
        at_subject = found.start() == subject_at and not _ARTICLE.search(before)  # "A New Zealand aid worker"
        return "party" if owned or at_subject else ""
    if found.start() == subject_at or found[1].endswith(("ans", "ons", "man", "woman", "der")):
        return ""  # the subject's nationality, or people
    return "party"


# A year that dates the clause it is told in, after "in" and before a stop or the end ("was robbed in 2019, when",
# "In 2019, customs officers seized"): not one a noun follows ("in 2024 notes"), nor one of an aside that dates
# something else ("the worst since records began in 1950", "The company, founded in 1998,", "which opened in
# 2010").
_IN_BEFORE_A_YEAR = rx.compile(r"\b[Ii]n\s+(?:early\s+|late\s+|mid-)?\Z")
_AFTER_A_DATING_YEAR = rx.compile(r"\s*(?:[,.;:)]|\Z)")
_DATES_AN_ASIDE = rx.compile(r"\b(?:since|began|begun|founded|established|born|built|opened|created|formed|set\s+up|"
                             r"which|who|whose|that)\b", re.I)
_CLAUSE_MARK = rx.compile(r"[,;(\u2013\u2014]")
# A time of the story's present another sentence tells its event by: a recent period ("last month", "this
# week"), a weekday of no year ("lost power on Thursday afternoon", or as US outlets write it, "were taken to
# hospitals Tuesday"), or a verb in the present perfect ("have
# seized", "has been freed"), but a verb of saying ("has announced it will cut", "has confirmed"), which tells
# no event.
_RECENT_PERIOD = rx.compile(r"\b(?:last|this|past)\s+(?:week|weekend|month|night)\b|\b(?:yesterday|today)\b", re.I)
_ON_A_WEEKDAY = rx.compile(r"\b(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PRESENT_PERFECT = rx.compile(r"\b(?:has|have)\s+(?:(?:now|just|already|recently)\s+)?(?:been\s+)?([a-z]+(?:ed|en))\b")
_VERBS_OF_SAYING = frozenset("""said announced confirmed reported stated claimed warned revealed admitted denied
    insisted told estimated added explained""".split())
# Words that make a weekday the day a figure was given out, not the day of its event: "reported a profit of $2.1bn
# on Tuesday" may tell a past year's profit.
_GIVEN_OUT = _VERBS_OF_SAYING | frozenset("says reports announces posted published released unveiled".split())


def _figures_of_a_year_and_of_now(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                                  offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences, one of an event it dates by a year the other nowhere
    gives ("The same branch was robbed in 2019, when a man escaped with $3,200"; "In 2019, customs officers ...
    seized 12.9 tonnes"), the other of an event it tells as of now, by a recent period, a weekday or the present
    perfect, and by no year ("was robbed last month by a man who demanded $5,000"; "have seized 2.3 tonnes"): two
    events, as figures of two dated events are (_figures_of_two_dated_events), neither a dispute nor one figure
    (the ``unmet`` of _pairs_weighed: "in 2021, affected 477,000 customers" confirms no "480,000 homes ... lost
    power on Thursday").  Both of one year, or both of now, still dispute, and so does a year of an aside
    ("The floods, the worst since records began in 1950, killed 12 people" / "The floods have killed 15")."""
    if not all(texts):
        return frozenset()
    for (dated, dated_at, of_now, now_at), (side, other) in (((texts[0], offsets[0], texts[1], offsets[1]), (a, b)),
                                                             ((texts[1], offsets[1], texts[0], offsets[0]), (b, a))):
        if (not any(m.kind == "year" for m in other) and _dates_by_a_year(dated, side, dated_at)
                and _told_as_of_now(of_now) and not _told_as_of_now(dated)):
            if _a_figure_told_alike(a, b):
                return frozenset()  # the figures of one event, looked up only where the guard would hold them apart
            return _every_pair(_but_days(a), _but_days(b)) | _every_pair(
                [m.start for m in a if m.kind == "year"], [m.start for m in b if m.kind == "year"])
    return frozenset()


def _a_figure_told_alike(a: Sequence[NumberMention], b: Sequence[NumberMention]) -> bool:
    """Whether both sentences give one figure of the same kind and value, a time aside: they tell one event, dated
    then and told now ("stole $50,000 from the charity in 2021" / "was jailed on Tuesday for stealing $50,000"),
    not two (review 27)."""
    told = {(m.kind, m.value) for m in a if m.kind not in _TIMES_OF_A_DEED}
    return any((m.kind, m.value) in told for m in b if m.kind not in _TIMES_OF_A_DEED)


_TIMES_OF_A_DEED = frozenset({"year", "date", "month", "weekday", "time"})


def _dates_by_a_year(text: str, side: Sequence[NumberMention], offset: int) -> bool:
    """Whether one of the years of ``side`` dates the clause of ``text`` it is told in (_IN_BEFORE_A_YEAR)."""
    for m in side:
        if m.kind != "year":
            continue
        at, end = m.start - offset, m.end - offset
        if not (_IN_BEFORE_A_YEAR.search(text, max(0, at - 12), at) and _AFTER_A_DATING_YEAR.match(text, end)):
            continue
        marks = [found.end() for found in _CLAUSE_MARK.finditer(text, 0, at)]
        if not _DATES_AN_ASIDE.search(text, marks[-1] if marks else 0, at):
            return True
    return False


def _told_as_of_now(text: str) -> bool:
    return (bool(_RECENT_PERIOD.search(text))
            or any(found[1] not in _VERBS_OF_SAYING for found in _PRESENT_PERFECT.finditer(text))
            or any(_the_day_of_an_event(text, found.start()) for found in _ON_A_WEEKDAY.finditer(text)))


def _the_day_of_an_event(text: str, at: int) -> bool:
    """Whether the weekday at ``at`` dates what its clause tells, not the day it was given out (_GIVEN_OUT)."""
    marks = [found.end() for found in _CLAUSE_MARK.finditer(text, 0, at)]
    return _GIVEN_OUT.isdisjoint(word.lower() for word in _WORDS.findall(text, marks[-1] if marks else 0, at))


# Words a sum is told in beside its figure ("R98.8 million", "Rs 48 crore"), no word of what is told.
_SUM_WORDS = frozenset("crore crores lakh lakhs dollars pounds euros rupees rand".split())


# The name a sentence opens on, as the subject of what it tells: capitalised words ("Chief Minister Hemant
# Soren announced", "Ashcombe's shares had fallen"), after a dateline and a leading "The".  A name of one
# word with no "'s" ("Halvern shares fell") may be a common noun that opens the sentence ("Police said"):
# it is taken for a name only beside the other side's name of the same thing ("Ashcombe's shares").
_OPENING_NAME = rx.compile(r"(?:(?:The|A|An)\s+)?((?:[A-Z][\w’'-]*\s+)*?[A-Z][\w-]*)(['’]s)?\s+([a-z]+)")
# Words after a name that leave it the source of a figure, not its subject: "Reuters reported 14 dead" /
# "The Guardian reported 11 dead" dispute.
_SAYING = frozenset("said says told tells reported reports reporting according estimated estimates".split())


def _figures_of_two_named_subjects(a: Sequence[NumberMention], b: Sequence[NumberMention],
                                   texts: tuple[str, str], offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences that open on two named subjects, each with a
    name the other sentence nowhere gives ("Ashcombe's shares had fallen 20%" / "Halvern shares fell 3
    percent"; "Chief Minister Hemant Soren announced ₹5 lakh" / "Prime Minister Narendra Modi announced
    200,000 rupees"): figures of two companies, or given by two people, no dispute.  One subject named two
    ways ("President Trump" / "US President Donald Trump"), a source ("Reuters reported", "Ukraine's military
    said"), or a subject not named on one side, still disputes.  Days and times are compared as they are."""
    if not all(texts):
        return frozenset()
    figures_a, figures_b = _but_days(a), _but_days(b)
    if not (figures_a and figures_b):
        return frozenset()
    opening_a = _opening_name(texts[0], min(figures_a) - offsets[0])
    opening_b = _opening_name(texts[1], min(figures_b) - offsets[1])
    if opening_a is None or opening_b is None:
        return frozenset()
    (names_a, sure_a, noun_a), (names_b, sure_b, noun_b) = opening_a, opening_b
    if not (sure_a and sure_b or (sure_a or sure_b) and noun_a == noun_b):
        return frozenset()
    if not (_any_name_omitted(names_a, texts[1]) and _any_name_omitted(names_b, texts[0])):
        return frozenset()
    return _every_pair(figures_a, figures_b)


def _opening_name(text: str, first_figure: int) -> tuple[list[str], bool, str] | None:
    """The words of the name ``text`` opens on, whether they surely name something (several capitalised
    words, or a "'s"), and the word after them; None if it opens on none, or on a source (a word of _SAYING
    before the first figure, at ``first_figure``)."""
    found = _OPENING_NAME.match(text, dateline_end(text))
    if not found or found.end() > first_figure:
        return None
    name, owned, after = found.groups()
    words = name.split()
    if words[0].lower() in NOT_NOUNS or _SAYING.intersection(text[found.start(3):first_figure].split()):
        return None
    names = [word for word in words if not word.isupper()]  # "US", "BBC": often an adjective, or a source
    return (names, len(words) > 1 or bool(owned), after) if names else None


# A building is in some place, maybe the other sentence's: "treated at Royal Berkshire Hospital" / "treated in
# hospital in Reading" still dispute.
_BUILDINGS = frozenset("""
    hospital hospitals clinic court station airport university college school centre center stadium prison
    hotel house hall church mosque cathedral temple office building tower bridge road street avenue square park
    port harbour harbor market mall
""".split())
# Where a figure was given out is no place of what it counts: "killed 120 people, a UN spokesman told
# reporters in Geneva" / "killed 95 people, officials in Tripoli said" dispute.
_SAID_BEFORE = rx.compile(r"\b(?:said|says|told|tells|reporters|spokes(?:man|woman|person)|briefing|statement|"
                          r"conference|announced)\W+(?:\w+\W+){0,2}\Z", re.I)
# Words after a name that make it the sayer: "officials in Tripoli said", "Ukraine's air force said it shot down
# 40 drones" / "Russia's defence ministry said it downed 30 drones".
_SAID_AFTER = rx.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|told|tells|reported|reports|announced|"
                         r"claimed|claims|confirmed)\b", re.I)


def _where_it_was_said(text: str, match: re.Match) -> bool:
    """Whether the place ``match`` names is where someone spoke: "told reporters in Geneva", "the army said in
    Kyiv", "officials in Tripoli said"."""
    return bool(_SAID_BEFORE.search(text, max(0, match.start() - 40), match.start())
                or _SAID_AFTER.match(text, match.end(1)))


def _named_as_place(word_after: str) -> bool:
    """Whether the word after a name leaves it a place: none, a word that names no thing ("in Penrith on
    Friday"), an adverb ("in Moscow currently"), or a noun of a place (_PLACE_NOUNS)."""
    return (not word_after or word_after in NOT_NOUNS or word_after.endswith("ly")
            or word_after in _PLACE_NOUNS)


# What stands before a ranked item that opens its sentence: "The second prize of ₹1 crore", "Its third
# round".  "It is the third walkout" ranks the event the sentence tells, and disputes "the fourth strike".
_OPENING_DETERMINER = rx.compile(r"\W*(?:(?:the|its|their|his|her|a)\s+)?\Z", re.I)


def _figures_of_two_ranked_items(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                                 offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences that each open on another item of one list ("The
    second prize of ₹1 crore each went to 20 tickets" / "The third prize of Rs 50 lakh each went to 20
    tickets"): two prizes, and neither their ranks nor their other figures dispute.  Each sentence must give
    another figure besides the rank, not all of them the other's: "The second prize went to Palakkad" / "The
    third prize went to Palakkad", and "The first prize of ₹25 crore" / "The second prize of ₹25 crore", still
    dispute the rank."""
    if not all(texts) or len(a) < 2 or len(b) < 2:
        return frozenset()
    item_a, item_b = _opening_rank(a, texts[0], offsets[0]), _opening_rank(b, texts[1], offsets[1])
    if item_a is None or item_b is None or item_a.value == item_b.value or _counted(item_a) != _counted(item_b):
        return frozenset()
    values_a, values_b = {x.value for x in a[1:]}, {y.value for y in b[1:]}
    if values_a == values_b:
        return frozenset()  # one item told twice, its rank changed
    return frozenset((x.start, y.start) for x in a for y in b)


# A sentence that opens on one more of a kind ("A second planet in the system, LHS 3172 c, orbits every 27
# days", "Another company was fined"), and one that opens on "the" one of it ("The planet ... completes an orbit
# every 13 days"): the noun, singular, after each, an adjective maybe between ("A second rocky planet").
_OPENING_ANOTHER = rx.compile(r"(?:An?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|Another)"
                              r"\s+(?:([a-z]+)\s+)?([a-z]+)\b")
_OPENING_THE_ONE = rx.compile(r"(?:The|This|Its|Their)\s+(?:([a-z]+)\s+)?([a-z]+)\b")
_ANOTHER_BEFORE = rx.compile(r"\b(?:another|other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                             r"(?:[a-z]+\s+)?\Z", re.I)


def _figures_of_another_item(a: Sequence[NumberMention], b: Sequence[NumberMention],
                             texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of figures of two sentences, one of which opens on one more of a kind ("A second
    planet in the system ... orbits every 27 days", "Another planet"), the other on the one of it the story
    tells of ("The planet ... completes an orbit every 13 days"): figures of two planets, no dispute, as figures
    of two ranked items are (_figures_of_two_ranked_items).  Both "a second planet", or a sentence that opens
    on another noun ("Another person died, ..." / "The toll rose to 14"), still dispute.  Days and times are
    compared as they are."""
    if not all(texts):
        return frozenset()
    if not (_another_and_the_one(texts[0], texts[1]) or _another_and_the_one(texts[1], texts[0])):
        return frozenset()  # most pairs: neither opens on "a second" or "another"
    return _every_pair(_but_days(a), _but_days(b))


def _another_and_the_one(text: str, other: str) -> bool:
    """Whether ``text`` opens on one more of a kind (_OPENING_ANOTHER), and ``other`` on "the" one of that kind,
    one it nowhere calls another (_ANOTHER_BEFORE)."""
    another = _OPENING_ANOTHER.match(text, dateline_end(text))
    if another is None:
        return False
    the_one = _OPENING_THE_ONE.match(other, dateline_end(other))
    if the_one is None:
        return False
    kind = {singular(word) for word in another.groups() if word}
    if not kind & {singular(word) for word in the_one.groups() if word}:
        return False
    return not _ANOTHER_BEFORE.search(other, 0, the_one.start(2))


def _opening_rank(side: Sequence[NumberMention], text: str, offset: int) -> NumberMention | None:
    """The ordinal of a noun that opens the sentence ("The second prize ..."), if one does."""
    first = side[0]
    if first.kind != "ordinal" or not _counted(first):
        return None
    return first if _OPENING_DETERMINER.match(text[:max(0, first.start - offset)]) else None


# Where the main clause a day is told in begins, reading back from it: a stop, or a comma or a semicolon
# before a word that joins another main clause ("passed his medical, and the deal was announced on
# Wednesday").  Not "after", "when" or "with", whose clause tells of the same event ("sank after hitting
# rocks on Tuesday").
_MAIN_CLAUSE_OPENING = rx.compile(r"[;:]|,\s+(?:and|but|while|whereas|before|then)\b")


# The most days a sentence gives whose events are read (each from its clause): prose dates a few events, and
# a pasted table of thousands of dates is read as figures only.
_MOST_DAYS_OF_EVENTS = 50


def _days_of_two_events(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                        offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of days (weekdays and dates) told of two events: the words of the clause each
    day is told in share none, and one sentence tells of the other's event as well, in a main clause of its
    own that gives no day ("The 23-year-old passed his medical on Tuesday" / "The 23-year-old passed his
    medical, and the deal was announced on Wednesday evening": the medical's day, and the deal's).  Days of one
    event told in other words ("The ship sank on Tuesday" / "Rescuers searched all night, and the vessel went
    down on Wednesday"; "was shown in November" / "went viral in December") still conflict."""
    days_a = [x for x in a if x.kind in _DAYS_NAMED]
    days_b = [y for y in b if y.kind in _DAYS_NAMED]
    if not (days_a and days_b and all(texts)):
        return frozenset()  # most pairs: the sentences' words need not be read
    if len(days_a) > _MOST_DAYS_OF_EVENTS or len(days_b) > _MOST_DAYS_OF_EVENTS:
        return frozenset()  # a table of dates, whose clauses tell no events apart
    clauses_a, clauses_b = _main_clauses(texts[0]), _main_clauses(texts[1])
    undoing_a, undoing_b = _undoing(_WORDS.findall(texts[0])), _undoing(_WORDS.findall(texts[1]))
    if (len(clauses_a) == len(clauses_b) == 1 and bool(undoing_a) == bool(undoing_b)
            and not (_RELATIVE_AFTER.search(texts[0]) or _RELATIVE_AFTER.search(texts[1]))):
        return frozenset()  # neither tells a second event: in a clause of its own, a relative clause, or undone
    told_a = {x.start: _day_told(texts[0], x, offsets[0], clauses_a) for x in days_a}
    told_b = {y.start: _day_told(texts[1], y, offsets[1], clauses_b) for y in days_b}
    undone_a = ({x.start: _tells_a_deed(told_a[x.start][0], undoing_a) for x in days_a}
                if undoing_a and not undoing_b else {})
    undone_b = ({y.start: _tells_a_deed(told_b[y.start][0], undoing_b) for y in days_b}
                if undoing_b and not undoing_a else {})
    return frozenset((x.start, y.start) for x in days_a for y in days_b
                     if _two_events(told_a[x.start], told_b[y.start])
                     or (undone_a.get(x.start) or undone_b.get(y.start)) and told_a[x.start][0] & told_b[y.start][0])


# Where a group is told to be: "gathered outside the hospital", "outside Amalienborg Palace", "at the gates".
_WHERE_A_GROUP_IS = rx.compile(r"\b(?:outside|at|near|inside|opposite|in\s+front\s+of)\s+(?:the\s+|a\s+)?"
                               r"([A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _days_of_two_groups(a: Sequence[NumberMention], b: Sequence[NumberMention],
                        texts: tuple[str, str]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of days (and times) told of two groups at two places: each sentence counts a
    group the other nowhere names and puts it at a place the other nowhere names ("Around 60 journalists
    gathered outside the hospital on Thursday" / "About 200 well-wishers gathered outside Amalienborg Palace on
    Wednesday evening"): two gatherings, as figures of two places are two counts (_figures_of_two_places), and
    their days are no dispute.  One group ("60 journalists" / "60 journalists"), or one place ("journalists
    ... outside the hospital" / "reporters ... outside the hospital"), still disputes the day."""
    days_a = [x.start for x in a if x.kind in _KINDS_OF_ANY_PLACE]
    days_b = [y.start for y in b if y.kind in _KINDS_OF_ANY_PLACE]
    if not (days_a and days_b and all(texts)):
        return frozenset()  # most pairs
    groups_a = {_counted(x) for x in a if x.kind == "count"} - {""}
    groups_b = {_counted(y) for y in b if y.kind == "count"} - {""}
    if not (groups_a and groups_b):
        return frozenset()
    if not (_all_omitted(groups_a, texts[1]) and _all_omitted(groups_b, texts[0])):
        return frozenset()
    places_a, places_b = _where_groups_are(texts[0]), _where_groups_are(texts[1])
    if not (places_a and places_b and _all_omitted(places_a, texts[1]) and _all_omitted(places_b, texts[0])):
        return frozenset()
    return _every_pair(days_a, days_b)


def _all_omitted(words: set[str], other: str) -> bool:
    """Whether ``other`` gives none of ``words`` (_words_omitted)."""
    return len(_words_omitted(words, other)) == len(words)


def _where_groups_are(text: str) -> set[str]:
    """The words of the places ``text`` puts a group at (_WHERE_A_GROUP_IS), not a day, nor a word that names no
    thing ("at least")."""
    return {word for found in _WHERE_A_GROUP_IS.finditer(text) for word in found[1].split()
            if word.lower() not in NOT_NOUNS and word.lower() not in _NOT_PLACES and len(word) >= _PLACE_STEM}


# The events of a life a date may be told of.  Two dates told of two of them ("Born ... on March 3, 1946" /
# "After winning a scholarship in 1964"; "In 1972 she married" / "died in 2019") date two events, whatever the
# years; two dates of one of them ("born in 1946" / "Born in 1964") still conflict.
_LIFE_EVENTS = {
    "birth": rx.compile(r"(?i:\b(?:born|birth|birthday)\b)"),
    "death": rx.compile(r"(?i:\b(?:died|dies|die|death|dead|passed\s+away|killed)\b)"),
    "marriage": rx.compile(r"(?i:\b(?:marr(?:y|ies|ied|iage)|wed|weds|wedded|wedding)\b)"),
}
_CLAUSE_EDGE = rx.compile(r"[,;:()—–]")
_DATED = frozenset({"date", "year"})


def _dates_of_two_life_events(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                              offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of dates or years told of two events of a life (see _LIFE_EVENTS): one is
    told, in its clause, as an event the other's sentence nowhere names."""
    dates_a = [x for x in a if x.kind in _DATED]
    dates_b = [y for y in b if y.kind in _DATED]
    if not (dates_a and dates_b and all(texts)):
        return frozenset()
    named_a, named_b = _life_events_named(texts[0]), _life_events_named(texts[1])
    if not (named_a or named_b):
        return frozenset()  # most pairs: no event of a life in either sentence
    told_a = {x.start: _life_event_of(texts[0], x, offsets[0]) for x in dates_a}
    told_b = {y.start: _life_event_of(texts[1], y, offsets[1]) for y in dates_b}
    return frozenset((x.start, y.start) for x in dates_a for y in dates_b
                     if told_a[x.start] - named_b or told_b[y.start] - named_a)


# "in 1964, she joined the company four years later": the years after a year its sentence gives tell the
# year of the later event (1968), which meets the other report's "joined ... in 1968".
_LATER_AFTER = rx.compile(r"\s+(?:later|afterwards|on)\b")


def _years_later_as_years(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                          offset: int) -> Sequence[NumberMention]:
    """``side`` with a span of whole years told as so many "later" than the sentence's one year read as the
    year it reaches, where the other report gives that year and not the span."""
    years = [m for m in side if m.kind == "year" and isinstance(m.value, int)]
    if len(years) != 1 or not text or not any(m.kind == "year" for m in other):
        return side
    other_years = {m.value for m in other if m.kind == "year"}
    read = list(side)
    for i, m in enumerate(side):
        if (m.kind == "duration" and m.unit == "year" and m.start > years[0].start and not m.hedge
                and isinstance(m.value.amount, int) and m.value.amount % 12 == 0
                and years[0].value + m.value.amount // 12 in other_years
                and _LATER_AFTER.match(text, m.end - offset)):
            read[i] = replace(m, kind="year", value=years[0].value + m.value.amount // 12, unit="")
    return read


# A figure right after a noun names the one of that rank: "stage seven", "Stage 7", "round three", "on lap 5",
# "Game 7" are "the seventh stage", "the third round", "the fifth lap", "the seventh game".  Where the other
# report gives the ordinal of that noun, the figure is read as it, so "stage seven" disputes "the sixth stage"
# as "stage six" does; a count of the noun ("seven stages") is no such figure.
_NOUN_BEFORE = rx.compile(r"([A-Za-z]+)[ -]\Z")
_NOUN_REACH = 24


def _numbers_after_a_noun_as_ordinals(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                                      offset: int) -> Sequence[NumberMention]:
    """``side`` with each whole figure that follows a noun the other report gives an ordinal of read as that
    ordinal (see _NOUN_BEFORE)."""
    ranked = {singular(m.unit.lower()) for m in other if m.kind == "ordinal" and m.unit}
    if not ranked or not text:
        return side  # most pairs: the other report ranks nothing
    read = list(side)
    for i, m in enumerate(side):
        noun = _noun_named_by(m, text, offset)
        if noun in ranked:
            read[i] = replace(m, kind="ordinal", unit=noun, role="")
    return read


def _whole_number(m: NumberMention) -> bool:
    return isinstance(m.value, int) and not isinstance(m.value, bool)


def _noun_named_by(m: NumberMention, text: str, offset: int) -> str:
    """The noun a whole figure names one of ("stage" for "stage seven", "game" for the label "Game 7"), or ""."""
    if not _whole_number(m) or m.hedge:
        return ""
    if m.kind == "label":
        return singular(m.unit.lower())
    if m.kind != "count" or m.unit or m.role not in ("", RATING):
        return ""
    start = m.start - offset
    found = _NOUN_BEFORE.search(text, max(0, start - _NOUN_REACH), start)
    return singular(found[1].lower()) if found else ""


# "Three other riders abandoned the race, including Dutch climber Sem de Graaf" counts de Graaf among the three;
# "Sem de Graaf and two other riders pulled out" counts him beside the two.  Where one report tells its others
# with "including" the one the other report names before its "and", the "and" count is read with that one
# added, so the two agree (3 = 2 + 1) and "Three" never disputes "two".
_INCLUDING_AFTER = rx.compile(r"[^.;:]*?\bincluding\s+([^.;:()]+)")
_AND_BEFORE = rx.compile(r"\band\s+(?:(?:at\s+least|about|some|another)\s+)?\Z")
_NAMED_WORD = rx.compile(r"[A-Za-z][a-z'’-]{2,}")


def _others_with_the_one_named(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                               offset: int, other_text: str, other_offset: int) -> Sequence[NumberMention]:
    """``side`` with its one count of others told beside one named ("X and two other riders") read with that
    one added, where the other report's one count of others is told as including X (see _INCLUDING_AFTER)."""
    mine = [i for i, m in enumerate(side) if m.role == OTHERS and m.kind == "count" and _whole_number(m)]
    theirs = [m for m in other if m.role == OTHERS and m.kind == "count" and _whole_number(m)]
    if len(mine) != 1 or len(theirs) != 1 or "including" not in other_text:
        return side  # most pairs: no count of others on both sides
    m = side[mine[0]]
    start = m.start - offset
    if m.value + 1 != theirs[0].value or not _AND_BEFORE.search(text, max(0, start - 16), start):
        return side  # read so only where it makes the two agree: "Three" never disputes "three"
    included = _INCLUDING_AFTER.match(other_text, theirs[0].end - other_offset)
    if included is None:
        return side
    named_before = {word.lower() for word in _NAMED_WORD.findall(text[:start])}
    if not any(word.lower() in named_before for word in _NAMED_WORD.findall(included[1])
               if word.lower() not in _NOT_NAMING):
        return side  # the one included is not the one named beside the others
    read = list(side)
    read[mine[0]] = replace(m, value=m.value + 1)
    return read


# Words that name nobody in an "including" phrase ("including the", "including two of his team-mates").
_NOT_NAMING = frozenset({"the", "his", "her", "their", "its", "two", "three", "four", "five", "one", "team",
                         "and", "with", "who", "which", "from"})


def _life_events_named(text: str) -> frozenset[str]:
    return frozenset(event for event, words in _LIFE_EVENTS.items() if words.search(text))


def _life_event_of(text: str, m: NumberMention, offset: int) -> frozenset[str]:
    """The events of a life the clause that holds the date ``m`` tells ("Born in Whitby on March 3, 1946":
    birth; "In 1972 she married the director": marriage)."""
    start, end = m.start - offset, m.end - offset
    edges_before = [found.end() for found in _CLAUSE_EDGE.finditer(text, 0, start)]
    edge_after = _CLAUSE_EDGE.search(text, end)
    clause = text[edges_before[-1] if edges_before else 0:start] + " " + text[end:edge_after.start() if edge_after else len(text)]
    return _life_events_named(clause)


def _main_clauses(text: str) -> list[tuple[int, int]]:
    """Where each main clause of ``text`` begins and ends (see _MAIN_CLAUSE_OPENING), after its dateline:
    "GRADY, Ark. (AP) —" names where the report was filed, no word of the event."""
    openings = [dateline_end(text)] + [found.end() for found in _MAIN_CLAUSE_OPENING.finditer(text)]
    return list(zip(openings, openings[1:] + [len(text)]))


# A relative clause after a day, which tells an event of its own that the day does not date: "officers
# searched ... on Tuesday for two inmates who escaped from a prison" (the escape was earlier).  Not "after",
# "when" or "with", whose clause tells of the same event ("sank on Tuesday after hitting rocks").
_RELATIVE_AFTER = rx.compile(r"\b(?:who|whom|whose|which)\b[^;:]*", re.I)


def _day_told(text: str, m: NumberMention, offset: int,
              clauses: list[tuple[int, int]]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the event the day ``m`` in ``text`` dates (its main clause up to the day), and the words
    of the events the sentence tells besides: its other main clauses, and a relative clause after the day in
    its own (_RELATIVE_AFTER)."""
    at = m.start - offset
    own = next(((start, end) for start, end in clauses if start <= at < end), clauses[-1])
    others = frozenset().union(*(_nouns_of(text[start:end]) for start, end in clauses if (start, end) != own))
    relative = _RELATIVE_AFTER.search(text, max(at, m.end - offset), own[1])
    if relative:
        others |= _nouns_of(relative.group())
    return _nouns_of(text[own[0]:at]), others


# Deeds that undo or end what another began: "The prison was placed on lockdown Sunday" / "The prison's
# lockdown was lifted Tuesday" tell the lockdown's start and its end, two days.  Two days are told of two deeds
# done to one thing where the events share a word and one of them tells such a deed, which the other sentence
# nowhere tells, nor any other of them.  The same deed told on two days ("lifted Sunday" / "ended Tuesday")
# still conflicts.  By stem.
_UNDOING_DEEDS = frozenset(stem(word) for word in """
    lifted ended reopened resumed released freed cancelled canceled scrapped withdrawn withdrew rescinded
    revoked reversed overturned restored
""".split())


def _undoing(words: Sequence[str]) -> frozenset[str]:
    """The stems of _UNDOING_DEEDS among ``words``, read in the order written: not one before "off", which makes
    another deed of it: "lifted off on Jan. 17" is a launch, the deed "was launched on January 14" tells."""
    return frozenset(stem(word.lower()) for word, after in zip(words, [*words[1:], ""])
                     if stem(word.lower()) in _UNDOING_DEEDS and after.lower() != "off")


def _tells_a_deed(event: frozenset[str], deeds: frozenset[str]) -> bool:
    """Whether the words of an event (see _day_told) tell one of the ``deeds`` (stems, from _undoing)."""
    return any(stem(word.lower()) in deeds for word in event)


def _two_events(told_x: tuple[frozenset[str], frozenset[str]], told_y: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two days date two events: their events share no word, and one sentence's other clauses tell of
    the other's event."""
    (event_x, others_x), (event_y, others_y) = told_x, told_y
    if not (event_x and event_y) or event_x & event_y:
        return False
    return bool(event_x & others_y or event_y & others_x)


def _people_and_things_by_verb(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                               offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of a count of people told by a headline's verb ("airbag fault injures 32",
    "Storm kills 3") and a count of things ("recalls 1.2 million trucks", "floods 40 homes"): a toll and the
    size of something else, no dispute.  A verb in the present tense gives the count no role where it is read,
    so the verb is read here."""
    told_a = {x.start for x in a if _counted_by_fate_verb(x, texts[0], offsets[0])}
    told_b = {y.start for y in b if _counted_by_fate_verb(y, texts[1], offsets[1])}
    return frozenset((x.start, y.start) for x in a for y in b
                     if x.start in told_a and _counts_things(y) or y.start in told_b and _counts_things(x))


def _counted_by_fate_verb(m: NumberMention, text: str, offset: int) -> bool:
    """Whether ``m``, a count of no noun and no role, follows a verb in the present tense that befalls people
    (numwords.PEOPLE_ROLES: "injures 32", "kills 12", "strands 400")."""
    if not text or m.kind != "count" or m.unit or m.role:
        return False
    words = text[:m.start - offset].split()
    verb = words[-1] if words else ""
    return verb.isalpha() and verb.islower() and verb.endswith("s") and stem(verb) in PEOPLE_ROLES


def _counts_things(m: NumberMention) -> bool:
    """Whether ``m`` counts something a list of people does not name, nor a fate: "40 homes", "1.2 million
    cars"."""
    return (m.kind == "count" and bool(m.unit) and not _noun_fate(m.unit)
            and _counted(m) not in PERSON_NOUNS and _counted(m) not in SEAT_HOLDERS)


def _two_things(subject_a: frozenset[str], subject_b: frozenset[str], words_a: frozenset[str],
                words_b: frozenset[str]) -> bool:
    """Whether two changes' subjects are two things: they share no word, and one sentence names the other's
    subject as well, apart from its own figure's ("The pound rose 0.4%" / "The pound rose ..., while the main
    share index fell 0.4%").  Subjects that merely share no word are most often one thing named two ways
    ("The FTSE 100 fell" / "London's main index rose", "Sterling" / "the pound"), and still conflict."""
    if not (subject_a and subject_b) or subject_a & subject_b:
        return False
    return subject_a <= words_b or subject_b <= words_a


# Where the clause of a change's subject begins, reading back from its figure: a stop, or a word that opens
# another clause ("The pound rose against the dollar, while the main share index fell 0.4%").
_CLAUSE_OPENING = rx.compile(
    r"[,;:()\[\]\u2013\u2014]|\b(?:while|whereas|but|though|although|as|after|when|with|and|that|which)\b", re.I)
# Words of a change that name no thing changed: "rose", "was down", "edged up", "climbed by".
_CHANGE_WORDS = frozenset("""
    rose rise rises rising risen fell fall falls falling fallen up down higher lower climbed climb climbs
    dropped drop drops slid slip slipped sank sunk gained gain gains lost lose loses jumped jump surged soared
    plunged plummeted tumbled slumped rallied edged inched increased decreased declined grew shrank added
    shed eased advanced retreated firmed weakened strengthened sharply slightly just nearly almost around
""".split())
_WORDS = rx.compile(r"[A-Za-z][A-Za-z'’-]*")


def _subject(text: str, at: int) -> frozenset[str]:
    """The words that name what a change figure at ``at`` in ``text`` is of: the nouns of its clause before
    it ("The pound rose 0.4%": pound; "the main share index fell 0.4%": main, share, index), each singular and
    without its "'s"; empty when the clause says nothing before the figure ("a 0.4% fall in the pound")."""
    return _nouns_of(_clause_before(text, at))


def _clause_before(text: str, at: int) -> str:
    """The words of the clause that stands in ``text`` before ``at``, back to its opening (_CLAUSE_OPENING)."""
    before = text[:max(0, at)]
    return before[max((found.end() for found in _CLAUSE_OPENING.finditer(before)), default=0):]


def _nouns_of(text: str) -> frozenset[str]:
    """The words of ``text`` that may name a thing, each singular and without its "'s"."""
    words = (singular(re.sub(r"['’]s?$", "", word)) for word in _WORDS.findall(text))
    return frozenset(word for word in words if word not in NOT_NOUNS and word not in _CHANGE_WORDS)


def _change_and_level(x: NumberMention, y: NumberMention) -> bool:
    """One figure a rise or a fall ("up 12"), the other not said to be one: a poorer pair of rivals."""
    return (x.direction in _CHANGES) != (y.direction in _CHANGES)


def _change_and_place(x: NumberMention, y: NumberMention) -> bool:
    """One figure a rise or a fall, the other a level left or reached: what moved, and where it
    stood, which no report gives as one figure."""
    px, py = _role_in_change(x), _role_in_change(y)
    return px in _CHANGES and py in _LEVELS or px in _LEVELS and py in _CHANGES


def _levels_apart(x: NumberMention, y: NumberMention) -> bool:
    """One figure the level a change left, the other the level it reached: when figures change,
    the earlier level of one report is set against the earlier of the other."""
    px, py = _role_in_change(x), _role_in_change(y)
    return px in _LEVELS and py in _LEVELS and px != py


def _ratio_as_share(x: NumberMention, y: NumberMention) -> bool:
    """"1 in 5" and "20%", "one in three" and "33%": a ratio and the plain share it rounds to.  Not a
    change ("up 20%"), a ranged share, or a share hedged otherwise than the ratio; and never a
    conflict, as a ratio is often the rounder figure ("one in three" for 30%)."""
    if {x.kind, y.kind} != {"ratio", "percent"}:
        return False
    ratio, share = (x, y) if x.kind == "ratio" else (y, x)
    # A change by a share ("rose by a quarter") is the change in per cent ("up 25%"); a share of
    # something only a plain share.
    if share.unit != "%" or share.direction != ratio.direction or isinstance(share.value, Range):
        return False
    if _both_about(ratio, share):  # "about half" / "about 52 percent"
        return _each_within_the_others_about(replace(ratio, kind="percent", value=ratio.value * 100, unit="%"), share)
    if BOUND_OF_HEDGE.get(share.hedge) != BOUND_OF_HEDGE.get(ratio.hedge):
        # One side hedged: "almost a third" allows "31%" and "30%" (as written: 29.5 to 30.5), "some
        # 20%" allows "one in five".  Hedged two ways they say too little of each other ("nearly half"
        # is "almost 50%", not "over 50%").
        if share.hedge and ratio.hedge:
            return False
        as_share = replace(ratio, kind="percent", value=ratio.value * 100, unit="%")
        if share.hedge:
            return _within_bound(share, as_share)
        half_step = (_rounding_step(share) or 10.0 ** -len(written_digits(share).partition(".")[2])) / 2
        return _within_bound(as_share, replace(share, value=Range(share.value - half_step, share.value + half_step)))
    # A share in words ("Twenty-five percent") is as precise as its digits ("25%").
    step = _rounding_step(share) or 10.0 ** -len(written_digits(share).partition(".")[2])
    return abs(ratio.value * 100 - share.value) <= step / 2 * (1 + 1e-9)


# A ratio of so many in ten, a hundred or a thousand ("nine in ten", "3 out of 100"): a share in per cent said
# in words, as exact as "90%"; unlike "one in three" or "three quarters", often the rounder figure for a share
# no round ratio gives ("one in three" for 30%).
_SO_MANY_IN_A_POWER_OF_TEN = rx.compile(r"(?i:\s(?:in|out\s+of)\s+(?:a\s+)?(?:10|100|1,?000|ten|hundred|thousand))\Z")


_PERCENTAGE_POINTS = ("percent", "percentage point")


def _points_for_per_cent(x: NumberMention, y: NumberMention) -> bool:
    """Whether one change is in percentage points and the other the same figure in per cent ("rose by 2
    percentage points" / "rose by 2 per cent"): two claims, of which one misreads the other, since a share
    that rises 2 points rises by more or less than 2%.  Different figures may both be true (40% to 42% is 2
    points and 5%), and stay apart."""
    points, share = (x, y) if _family(x) == _PERCENTAGE_POINTS else (y, x)
    return (_family(points) == _PERCENTAGE_POINTS and share.kind == "percent" and share.unit == "%"
            and points.direction in _CHANGES and share.direction == points.direction
            and not isinstance(points.value, Range) and not isinstance(share.value, Range)
            and _magnitude(points.value) == _magnitude(share.value))


def _changes_in_points_and_per_cent(side: Sequence[NumberMention], other: Sequence[NumberMention], text: str,
                                    offset: int) -> Sequence[NumberMention]:
    """``side`` with each figure in percentage points or in per cent that nothing beside it marks as a change,
    where the other report gives the same figure in the other unit, read as the change its verb tells
    (numbers.change_told_by_verb): "will raise the contribution by 2 percentage points" is a rise, as "will rise
    by 2 per cent" is, and the two dispute each other (see _points_for_per_cent)."""
    if not text or not any(_in_points_or_per_cent(m) for m in side):
        return side  # most sentences
    read = [_as_change_told_by_verb(m, text, offset) if _beside_it_in_the_other_unit(m, other) else m for m in side]
    return side if read == list(side) else read


def _in_points_or_per_cent(m: NumberMention) -> bool:
    return _family(m) in (_PERCENTAGE_POINTS, ("percent", "%")) and not isinstance(m.value, Range)


def _beside_it_in_the_other_unit(m: NumberMention, other: Sequence[NumberMention]) -> bool:
    """Whether ``m``, in percentage points or in per cent and told as no change, meets the same figure in the
    other of the two units among ``other``."""
    return (not m.direction and _in_points_or_per_cent(m)
            and any(_in_points_or_per_cent(o) and _family(o) != _family(m)
                    and _magnitude(o.value) == _magnitude(m.value) for o in other))


def _as_change_told_by_verb(m: NumberMention, text: str, offset: int) -> NumberMention:
    direction = change_told_by_verb(text, m.start - offset)
    return replace(m, direction=direction) if direction else m


def _changes_by_a_share_as_shares(side: Sequence[NumberMention], other: Sequence[NumberMention], other_text: str,
                                  other_offset: int) -> Sequence[NumberMention]:
    """``side`` with each change by a share in words ("reduced deaths by a quarter", "fell by a quarter") read as
    the plain share it is, where the other report gives a share in per cent as the same change its verb makes to
    what it changes ("cut the risk of death by 30%", told as no change of its own: see
    numbers.change_told_by_verb).  That share may be the change or the share of something the verb acts on, so
    the two are weighed as two shares are: "by a quarter" disputes "by 30%" and meets "by 25%", as "by a fifth"
    and "by 24%" do."""
    if not other_text or not any(m.kind == "ratio" and m.direction in _CHANGES for m in side):
        return side  # most sentences
    ways = {change_told_by_verb(other_text, o.start - other_offset) for o in other
            if o.kind == "percent" and o.unit == "%" and not o.direction and not isinstance(o.value, Range)}
    read = [replace(m, direction="") if m.kind == "ratio" and m.direction in _CHANGES & ways else m for m in side]
    return side if read == list(side) else read


def _ratio_against_share(x: NumberMention, y: NumberMention) -> bool:
    """Whether a ratio and a share in per cent may dispute each other.  A ratio of so many in ten or a
    hundred is a share as exact as its figure: "a target of nine in ten" / "a target of 92%" give two shares,
    though a hedge on either lets it round ("about nine in ten" fits 92%: see _ratio_as_share).  Any other
    ratio is a round figure for a share, and disputes only a share written plainly ("26%") clear of all it may
    round ("by about a fifth" / "by 26%"; not "one in three" / "30%": see _ratio_clear_of_share), and a share
    hedged beside it only when clear of both the hedge and the ratio's rounding ("Some 20%" / "One in three",
    "about 12%" / "a fifth"; not "about 30%" / "one in three").  A range says too little
    to dispute, and so does a rise or a fall by a round fraction ("rose by a quarter" / "up 35 per cent"); but
    a change by a fraction the report bounds ("jumped by almost half", "by more than a third") says where the
    change stands, as "almost 50%" does, and disputes the same change in per cent clear of that bound ("rose
    30%"), though not one hedged ("rose about 30%"), which says too little of the change.  A bounded fraction
    of a thing ("just over half of the cost") disputes even a hedged share that allows nothing on its side of
    the bound, as "just over 50%" disputes "roughly 40%" (see _bound_clear_of_hedged_share); and a round fraction,
    plain or hedged "about", disputes a hedged share clear of both hedges and its rounding ("roughly a fifth" /
    "about 12%": see _about_a_fraction_clear_of_hedged_share)."""
    if {x.kind, y.kind} != {"ratio", "percent"}:
        return False
    ratio, share = (x, y) if x.kind == "ratio" else (y, x)
    if share.unit != "%" or isinstance(share.value, Range) or isinstance(ratio.value, Range):
        return False
    if ratio.direction or share.direction:
        return (ratio.direction == share.direction and BOUND_OF_HEDGE.get(ratio.hedge) in _BOUNDS
                and not share.hedge and not _SO_MANY_IN_A_POWER_OF_TEN.search(ratio.surface)
                and _ratio_clear_of_share(ratio, share))
    if _SO_MANY_IN_A_POWER_OF_TEN.search(ratio.surface):
        return not (ratio.hedge or share.hedge)
    if share.hedge:
        if _both_ceilings(ratio, share):
            return _ratio_clear_of_share(replace(ratio, hedge=""), replace(share, hedge=""))
        if not ratio.hedge or BOUND_OF_HEDGE.get(ratio.hedge) == "about":
            return _about_a_fraction_clear_of_hedged_share(ratio, share)
        return BOUND_OF_HEDGE.get(ratio.hedge) in _BOUNDS and _bound_clear_of_hedged_share(ratio, share)
    return _ratio_clear_of_share(ratio, share)


def _both_ceilings(ratio: NumberMention, share: NumberMention) -> bool:
    """Whether a fraction and a share in per cent each give the most something reaches (_UP_TO: "fall by up to
    40%" / "fall by as much as two-thirds"): two reports of one ceiling, weighed as the plain figures are, so
    that they dispute where "40%" and "two-thirds" do.  "Less than" and "more than" give no figure reached, and
    two such bounds one way still meet (_bound_clear_of_hedged_share)."""
    return ratio.hedge in _UP_TO and share.hedge in _UP_TO


def _bound_clear_of_hedged_share(ratio: NumberMention, share: NumberMention) -> bool:
    """Whether a fraction the report bounds ("just over half", "almost a third") and a hedged share in per cent
    ("roughly 40%", "more than 40%") allow no share in common, weighed as two hedged shares in per cent are
    (_hedges_meet): "just over half" as "just over 50%".  The fraction's bound is taken as written, without the
    rounding a plain share is given room for (_FRACTION_ROUNDS): the share's own hedge is that room.  So
    "roughly 40%" (36% to 44%) disputes "just over half", "roughly 30%" meets "almost a third", and two bounds
    one way ("more than 40%" / "more than a third") always meet."""
    if share.hedge not in BOUND_OF_HEDGE:
        return False
    as_share = replace(ratio, kind="percent", value=float(ratio.value) * 100, unit="%")
    return not _hedges_meet(share, as_share)


def _about_a_fraction_clear_of_hedged_share(ratio: NumberMention, share: NumberMention) -> bool:
    """Whether a round fraction, plain ("a fifth") or hedged "about" ("roughly a fifth"), and a hedged share in
    per cent ("about 12%", "less than 12%") allow no share in common.  The fraction is given both the room a
    round fraction rounds in (_FRACTION_ROUNDS) and the room its hedge adds (_allowed): "a fifth" is 17% to 23%
    and "roughly a fifth" 15% to 25%, which "about 12%" (10.8% to 13.2%) lies clear of, and "about 14%" or
    "more than 12%" does not."""
    if share.hedge not in BOUND_OF_HEDGE:
        return False
    as_share = replace(ratio, kind="percent", value=float(ratio.value) * 100, unit="%")
    rounding = abs(as_share.value) * _FRACTION_ROUNDS
    if _both_about(ratio, share) and _among_the_roundest(ratio):
        return _each_clear_of_the_other(ratio, as_share, share, rounding)
    if not ratio.hedge:
        ratio_low, ratio_high = as_share.value - rounding, as_share.value + rounding
        share_low, share_high = _allowed(share)
        return share_high < ratio_low or ratio_high < share_low
    ratio_low, ratio_high = _allowed(as_share, rounding)
    share_low, share_high = _allowed(share)
    return share_high < ratio_low or ratio_high < share_low


def _both_about(ratio: NumberMention, share: NumberMention) -> bool:
    """Whether a fraction and a share in per cent are both hedged "about" ("about half" / "roughly 60 percent")."""
    return BOUND_OF_HEDGE.get(ratio.hedge) == BOUND_OF_HEDGE.get(share.hedge) == "about"


def _each_within_the_others_about(as_share: NumberMention, share: NumberMention) -> bool:
    """Whether a fraction hedged "about", read as a share (``as_share``), and a share hedged "about" each lie
    within what the other's hedge allows: "about half" (45% to 55%) and "about 52 percent" (46.8% to 57.2%)."""
    fraction_low, fraction_high = _allowed(as_share)
    share_low, share_high = _allowed(share)
    return fraction_low <= share.value <= fraction_high and share_low <= as_share.value <= share_high


def _among_the_roundest(ratio: NumberMention) -> bool:
    """Whether a ratio is one of the roundest fractions (_ROUNDEST_FRACTIONS: halves, thirds, quarters)."""
    fraction = Fraction(float(ratio.value)).limit_denominator(_ROUNDEST_DENOMINATOR)
    return fraction in _ROUNDEST_FRACTIONS and abs(float(fraction) - float(ratio.value)) <= 1e-9


def _each_clear_of_the_other(ratio: NumberMention, as_share: NumberMention, share: NumberMention,
                             rounding: float) -> bool:
    """Whether "about" one of the roundest fractions and a share hedged "about" each lie clear of what the other
    allows: the share beyond all the fraction may round and its hedge add, short of halfway to the next of the
    roundest fractions (_between_neighbours), and the fraction beyond the share's hedge.  "About half" is said
    of 42% to 58%, nearer half than a third or two-thirds, and "roughly 60 percent" (54% to 66%) of no 50%: two
    claims, as "about 50%" and "roughly 60%" are.  "About a third" and "about 40%" are not (40% is nearer a third
    than a half)."""
    fraction_low, fraction_high = _between_neighbours(ratio, *_allowed(as_share, rounding))
    share_low, share_high = _allowed(share)
    return (not fraction_low <= share.value <= fraction_high) and not share_low <= as_share.value <= share_high


# The hedges that bound a figure from one side ("more than", "almost"), as "about" does not.
_BOUNDS = frozenset({"min", "max", "nearly"})


# How far a ratio written as a round fraction ("a fifth", "one in three") may stand from the share it rounds,
# as a share of its own value: "one in three" is said of 30%, "a fifth" of 18% or 22%, never of 26%.
_FRACTION_ROUNDS = 0.15


def _ratio_clear_of_share(ratio: NumberMention, share: NumberMention) -> bool:
    """Whether a plain share in per cent, to the place it is written to, lies clear of all a ratio may round
    (_FRACTION_ROUNDS) within what its hedge allows: "a fifth" (17% to 23%) and "26%"; "about a fifth" as "a
    fifth", "nearly a fifth" at most 23%, "more than a fifth" at least 17%."""
    as_share = replace(ratio, kind="percent", value=float(ratio.value) * 100, unit="%")
    rounding = abs(as_share.value) * _FRACTION_ROUNDS
    if BOUND_OF_HEDGE.get(ratio.hedge) in ("min", "max", "nearly"):
        ratio_low, ratio_high = _allowed(as_share, rounding)
    else:
        ratio_low, ratio_high = _between_neighbours(ratio, as_share.value - rounding, as_share.value + rounding)
    half_step = (_rounding_step(share) or 10.0 ** -len(written_digits(share).partition(".")[2])) / 2
    return share.value + half_step < ratio_low or ratio_high < share.value - half_step


# The roundest fractions, which a report gives a share as (halves, thirds, quarters): each is said of the shares
# nearer it than any other of them.
_ROUNDEST_DENOMINATOR = 4
_ROUNDEST_FRACTIONS = sorted({Fraction(part, whole) for whole in range(1, _ROUNDEST_DENOMINATOR + 1)
                              for part in range(whole + 1)})


def _between_neighbours(ratio: NumberMention, low: float, high: float) -> tuple[float, float]:
    """The shares in per cent from ``low`` to ``high`` that a ratio of the roundest fractions (_ROUNDEST_FRACTIONS)
    may round, short of halfway to its neighbours among them: "two-thirds" is said of 62% or 70%, but 75% is
    "three-quarters", as 55% is still "half".  Any other ratio ("a fifth", "one in six") rounds as far as
    ``low`` to ``high`` allow."""
    fraction = Fraction(float(ratio.value)).limit_denominator(_ROUNDEST_DENOMINATOR)
    if fraction not in _ROUNDEST_FRACTIONS or abs(float(fraction) - float(ratio.value)) > 1e-9:
        return low, high
    k = _ROUNDEST_FRACTIONS.index(fraction)
    if k > 0:
        low = max(low, float(fraction + _ROUNDEST_FRACTIONS[k - 1]) * 50)
    if k + 1 < len(_ROUNDEST_FRACTIONS):
        high = min(high, float(fraction + _ROUNDEST_FRACTIONS[k + 1]) * 50)
    return low, high


# The ordinals that name a fraction after "a" or "one": "by a fifth", "by about one-third".  ("a second" is a
# moment, and "a half" and "a quarter" no ordinals.)
_FRACTION_ORDINALS = range(3, 11)
_HEDGES_IN_WORDS = sorted((hedge for hedge in BOUND_OF_HEDGE if hedge.replace(" ", "").replace(".", "").isascii()
                           and hedge[:1].isalpha()), key=len, reverse=True)
# A change by a fraction, the ordinal's words before it: "cut the risk by a fifth", "by about one-fifth".
_BY_A_FRACTION = rx.compile(r"\bby\s+(?:(?P<hedge>" + "|".join(map(re.escape, _HEDGES_IN_WORDS))
                            + r")\s+)?(?P<one>an?|one)[\s-]+\Z", re.I)


def _fractions_of_a_change(side: Sequence[NumberMention], text: str, offset: int) -> Sequence[NumberMention]:
    """``side`` with each ordinal that is the fraction a change is by ("cut the risk by about a fifth", read as
    the fifth of something) as the ratio it is ("about a fifth": 0.2), so it meets the share in per cent the
    other report gives ("by 26%").  An ordinal of a noun ("a third term") or after no "by" stays an ordinal."""
    if not text:
        return side
    return [_as_fraction(m, text, offset) for m in side]


# Words after a change by a fraction that an ordinal may be read to count, and that name no thing: "by a fifth
# last year", "by a fifth compared with 2019", "by a fifth among women".
_NO_THING_COUNTED = frozenset("last compared among against from to between during within overall".split())


def _as_fraction(m: NumberMention, text: str, offset: int) -> NumberMention:
    if (m.kind != "ordinal" or m.value not in _FRACTION_ORDINALS or not m.surface.isalpha()
            or m.unit and m.unit not in NOT_NOUNS and m.unit not in _NO_THING_COUNTED):
        return m
    found = _BY_A_FRACTION.search(text[:max(0, m.start - offset)])
    if found is None:
        return m
    start = found.start("one") + offset
    return replace(m, kind="ratio", value=1 / m.value, start=start, surface=text[start - offset:m.end - offset],
                   hedge=(found.group("hedge") or "").lower())


def _shares_of_two_things(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                          offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of a ratio and a share in per cent that may dispute each other
    (_ratio_against_share) whose clauses are of two things, as _two_things tells them: "Nine in ten of the new
    homes were sold" / "Most of the new homes, 40% of them flats, were sold" give the homes sold and the flats
    among them.  A ratio and a share across families meet only as shares of one thing; a share whose clause
    says nothing of what it is of ("a target of 92%" / "a target of nine in ten") still disputes."""
    if not any(texts):
        return frozenset()
    clauses_a = {x.start: _clause_nouns(texts[0], x, offsets[0]) for x in a if x.kind in _SHARE_KINDS}
    clauses_b = {y.start: _clause_nouns(texts[1], y, offsets[1]) for y in b if y.kind in _SHARE_KINDS}
    if not (clauses_a and clauses_b):
        return frozenset()  # most pairs: the sentences' nouns need not be read
    words_a, words_b = _nouns_of(texts[0]), _nouns_of(texts[1])
    return frozenset((x.start, y.start) for x in a if x.start in clauses_a for y in b if y.start in clauses_b
                     and _ratio_against_share(x, y)
                     and _two_things(clauses_a[x.start], clauses_b[y.start], words_a, words_b))


_SHARE_KINDS = frozenset({"ratio", "percent"})


def _distances_and_heights(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                           offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of lengths, one a distance between two places ("about 20 km upstream of
    Millbrook", "12 miles off the coast") and the other a height, a depth or a level ("crested at 27.5 feet",
    "2 metres deep", "climbed to 30,000 feet"): two measures that only share their units, no dispute.  A
    length whose words say neither may be either, and still meets both."""
    measures_a = {x.start: _length_measured(x, texts[0], offsets[0]) for x in a if x.kind == "length"}
    measures_b = {y.start: _length_measured(y, texts[1], offsets[1]) for y in b if y.kind == "length"}
    return frozenset((x, y) for x, x_measures in measures_a.items() for y, y_measures in measures_b.items()
                     if {x_measures, y_measures} == {_DISTANCE, _HEIGHT})


def _lengths_of_two_things(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                           offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of durations that are the lengths of two things, no dispute: one the length of a
    thing it names ("a four-year deal", "a two-year ban"), the other positively the length of something else, a
    thing of its own named ("a three-year contract" beside "a two-year ban") or the subject of a verb of lasting
    ("negotiations which lasted for three days").  A duration that says not what it is the length of may be the
    thing's ("a two-year term" / "jailed for three years"), and two names of one family are one thing ("a
    five-year deal" / "a four-year contract"): those still dispute each other."""
    durations_a = [x for x in a if x.kind == "duration"]
    durations_b = [y for y in b if y.kind == "duration"]
    if not (durations_a and durations_b):
        return frozenset()  # most pairs
    things_a = {x.start: _thing_lasting(x, texts[0], offsets[0]) for x in durations_a}
    things_b = {y.start: _thing_lasting(y, texts[1], offsets[1]) for y in durations_b}
    bounded = any(m.hedge in _UP_TO for m in durations_a + durations_b)
    if not (any(things_a.values()) or any(things_b.values()) or bounded):
        return frozenset()  # no length of a thing named, nor a bound: the sentences' words are not needed
    owners_a = {x.start: things_a[x.start] or _subject_lasting(x, texts[0], offsets[0]) for x in durations_a}
    owners_b = {y.start: things_b[y.start] or _subject_lasting(y, texts[1], offsets[1]) for y in durations_b}
    hedges_a, hedges_b = {x.start: x.hedge for x in durations_a}, {y.start: y.hedge for y in durations_b}
    # A bound ("contagious for up to two weeks") holds any shorter length, and so would agree with the length
    # of anything; beside the length of another thing named ("symptoms usually last one to three days") it
    # is told apart, as a thing's own length is.
    return frozenset((x, y) for x in owners_a for y in owners_b
                     if (things_a[x] or things_b[y] or hedges_a[x] in _UP_TO or hedges_b[y] in _UP_TO)
                     and _two_things_lasting(owners_a[x], owners_b[y]))


# A length joined by a hyphen to its unit before a noun is that thing's size: "a 90-metre section", "a 120-meter
# span".  A length after a verb of moving is how far something went: "plunged roughly 130 feet", "fell 40 metres".
_SIZE_BEFORE_A_NOUN = rx.compile(r"[^\S\n]+[a-z]{3,}")
_MOVED = frozenset(stem(word) for word in """
    fell fall falling dropped drop plunged plunge plummeted tumbled slid swept carried dragged thrown flung hurled
    travelled traveled ran walked swam drifted climbed rose jumped
""".split())
_WORDS_FROM_A_MOVE = 2  # "plunged roughly 130 feet", "fell some 40 metres"


def _sizes_and_distances_moved(a: Sequence[NumberMention], b: Sequence[NumberMention], texts: tuple[str, str],
                               offsets: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The starts of the pairs of lengths of which one is a thing's size and the other how far something moved:
    "A 90-metre section of the bridge gave way" / "Cars plunged roughly 130 feet (40 meters)" measure two
    things, no dispute.  Two sizes ("a 90-metre section" / "a 120-meter span") or two distances still do."""
    lengths_a = [x for x in a if x.kind == "length"]
    lengths_b = [y for y in b if y.kind == "length"]
    if not (lengths_a and lengths_b and all(texts)):
        return frozenset()  # most pairs
    kinds_a = {x.start: _size_or_move(x, texts[0], offsets[0]) for x in lengths_a}
    kinds_b = {y.start: _size_or_move(y, texts[1], offsets[1]) for y in lengths_b}
    return frozenset((x, y) for x, kind_x in kinds_a.items() for y, kind_y in kinds_b.items()
                     if {kind_x, kind_y} == {"size", "moved"})


def _size_or_move(m: NumberMention, text: str, offset: int) -> str:
    """"size" for a length written as a modifier of a noun, "moved" for one after a verb of moving, else ""."""
    start, end = m.start - offset, m.start - offset + len(m.surface)
    if "-" in m.surface.strip("-") and _SIZE_BEFORE_A_NOUN.match(text, end):
        return "size"
    before = re.findall(r"[a-z]+", text[max(0, start - 40):start].lower())[-(_WORDS_FROM_A_MOVE + 1):]
    return "moved" if any(stem(word) in _MOVED for word in before) else ""


# A duration joined by a hyphen to its unit, then the noun or two it is the length of: "a four-year deal", "a
# 12-month trade contract", "a two-year-long ban".
_THING_LASTING_AFTER = rx.compile(r"(?:-long)?[^\S\n]+([a-z]+)(?:[^\S\n]+([a-z]+))?")
_NO_THINGS = frozenset({"of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a",
                        "an", "after", "before", "ago", "old", "later", "earlier", "since", "until", "period", "spell",
                        "stretch", "span"})

# The length added to a thing, a thing of its own in no family of names: "a two-year extension to his contract",
# "a one-year extension of the lease".
_ADDITIONS = frozenset({"extension", "extensions"})
_ADDED_TO = frozenset({"to", "of", "on"})
_ADDED_LENGTH = "added length"


def _thing_lasting(m: NumberMention, text: str, offset: int) -> frozenset[str]:
    """The stems of the noun (and a word before it) a duration is the length of when it is written as a
    modifier ("a four-year deal": deal), else none ("lasted three days", "for four years")."""
    if not text or "-" not in m.surface.rstrip("-"):
        return frozenset()
    after = _THING_LASTING_AFTER.match(text, m.end - offset)
    if after is None or after[1] in _NO_THINGS:
        return frozenset()
    if after[1] in _ADDITIONS and after[2] in _ADDED_TO:
        return frozenset({_ADDED_LENGTH})  # "a two-year extension to his contract": not the contract's length
    return frozenset(stem(word) for word in after.groups() if word and word not in _NO_THINGS)


def _two_things_lasting(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the stems of what two durations are the lengths of name two things: both named, with no stem in
    common, and no family of names (_NAMES_OF_ONE_THING) holding a stem of each."""
    return bool(one and other and not one & other
                and not any(family & one and family & other for family in _NAMES_OF_ONE_THING))


# Names outlets give one thing that lasts, stemmed: a player's "five-year deal" is his "four-year contract", a
# convict's "two-year term" his "sentence", a bus's "10-hour journey" its "14-hour trip".  "term" is in three: of a deal, of a prison sentence, of an office.
# An "extension" may be the new deal itself ("agreed a four-year extension with Real Madrid"), but an extension
# "to" or "of" a thing is added to its length (_ADDED_LENGTH), as "a further £5m" is added to an amount.
_NAMES_OF_ONE_THING = tuple(frozenset(stem(name) for name in family.split()) for family in (
    "deal contract agreement extension pact accord treaty term lease",
    "sentence term ban suspension jail prison imprisonment",
    "term tenure mandate reign presidency",
    "plan programme program strategy scheme project",
    "journey trip voyage crossing ride drive flight",  # "a 10-hour journey" / "a 14-hour overnight trip"
))
# A duration after a verb of lasting and the noun that lasts, "which" or an auxiliary between: "negotiations
# which lasted for three days", "the talks, which lasted three days", "the deal will run for four years".
_LASTING_BEFORE = rx.compile(
    r"\b([a-z]+)(?:,?\s+(?:which|that))?(?:\s+(?:had|has|have|will|would|could|is|was|were|are))?"
    r"(?:\s+(?:usually|typically|often|generally|normally|can|may|might))?"
    r"\s+(?:lasted|lasting|lasts|last|ran|runs|run|running)\s+(?:for\s+)?"
    r"(?:(?:about|around|almost|nearly|just|over|some|more\s+than|less\s+than)\s+)?\Z", re.I)
_LASTING_READ = 60
# A state told to last as long as a duration, its adjective after a verb of being: "People are usually
# contagious for up to two weeks", "the road will remain closed for three days".
_STATE_LASTING_BEFORE = rx.compile(
    r"\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed)\s+(?:[a-z]+ly\s+)?"
    r"([a-z]+)\s+for\s+(?:up\s+to\s+|as\s+(?:long|much)\s+as\s+)?\Z", re.I)
# Words before a verb of lasting that name nothing: "the last three days", "it lasted", "who ran for".
_NO_SUBJECTS = _NO_THINGS | {"it", "they", "this", "that", "which", "who", "he", "she", "we", "i", "you"}
# A penalty told by its verb, then "for" and its length: "banned for two years" is a two-year ban, "jailed for
# three years" a three-year term, each named by a stem of its family above.
_PENALTY_BEFORE = rx.compile(r"\b(jailed|imprisoned|banned|suspended|sentenced)\s+for\s+(?:[a-z]+\s+)?\Z", re.I)
_PENALTY_NAMES = {"jailed": "jail", "imprisoned": "imprisonment", "banned": "ban", "suspended": "suspension",
                  "sentenced": "sentence"}
# Time served so far, told by its verb: "has served eight years in office", "served two years of", "spent six
# years in prison", "has been in office for eight years".  It may run over several terms, or be part of one
# sentence: the length of no term or sentence, so a thing of its own (_TIME_SERVED, in no family of names).
_SERVED_BEFORE = rx.compile(r"\b(?:served|serving|spent|spending|been\s+in\s+(?:office|power|post|prison|jail)"
                            r"\s+for)\s+(?:for\s+)?(?:[a-z]+\s+)?\Z", re.IGNORECASE)
_TIME_SERVED = "time served"


def _subject_lasting(m: NumberMention, text: str, offset: int) -> frozenset[str]:
    """The stem of the noun said to last as long as the duration ``m`` ("negotiations which lasted for three
    days": negotiations), or of the penalty its verb names ("banned for two years": ban), or the time served
    ("has served eight years": _TIME_SERVED), else none."""
    if not text:
        return frozenset()
    start = m.start - offset
    penalty = _PENALTY_BEFORE.search(text, max(0, start - _LASTING_READ), start)
    if penalty is not None:
        return frozenset({stem(_PENALTY_NAMES[penalty[1].lower()])})
    if _SERVED_BEFORE.search(text, max(0, start - _LASTING_READ), start):
        return frozenset({_TIME_SERVED})
    before = (_LASTING_BEFORE.search(text, max(0, start - _LASTING_READ), start)
              or _STATE_LASTING_BEFORE.search(text, max(0, start - _LASTING_READ), start))
    if before is None or before[1].lower() in _NO_SUBJECTS:
        return frozenset()
    return frozenset({stem(before[1].lower())})


_DISTANCE, _HEIGHT = "distance", "height"
# What follows a distance between two places: "20 km upstream of", "5 miles north-east of", "12 miles off the
# coast", "3 km offshore", "40 miles from", "20 km further upstream".
_DISTANCE_AFTER = rx.compile(r"\A\s+(?:(?:further|farther|due|just|or\s+so)\s+)?(?:upstream|downstream|from|away|off|"
                             r"offshore|inland|outside|(?:north|south)(?:[-\s]?(?:east|west))?|east|west)\b", re.I)
# What follows a height, a depth or a level: "2 metres deep", "a 20-foot-high wall", "4,000 metres above sea
# level", "30cm of snow".
_HEIGHT_AFTER = rx.compile(r"\A[\s-]+(?:deep|high|tall|above\s+sea\s+level|below\s+sea\s+level|"
                           r"of\s+(?:water|floodwater|snow|rain))\b", re.I)
# What comes before one, a word or two (a hedge, "a record") between: "crested at 27.5 feet", "peaked at",
# "rose to a record 8.2 metres", "climbed to 30,000 feet", "a depth of 300 metres".
_HEIGHT_BEFORE = rx.compile(r"\b(?:(?:crest|crested|cresting|peak|peaked|peaking)\s+at|(?:rose|risen|rising|rises|"
                            r"fell|fallen|falling|dropped|climbed|receded)\s+to|(?:height|depth|level|altitude|"
                            r"elevation|crest|peak)\s+of)(?:\s+[\w.-]+){0,2}\s*\Z", re.I)
# How much of the text after a length is read for what it measures.
_MEASURE_READ = 40


def _length_measured(m: NumberMention, text: str, offset: int) -> str:
    """What a length measures, by the words about it in ``text``: a distance between places (_DISTANCE), a
    height, depth or level (_HEIGHT), or "" when they say neither, or both."""
    if not text:
        return ""
    before, after = text[:max(0, m.start - offset)], text[m.end - offset:m.end - offset + _MEASURE_READ]
    distance = bool(_DISTANCE_AFTER.search(after))
    height = bool(_HEIGHT_AFTER.search(after) or _HEIGHT_BEFORE.search(before))
    return "" if distance == height else _DISTANCE if distance else _HEIGHT


def _clause_nouns(text: str, m: NumberMention, offset: int) -> frozenset[str]:
    """The words that may name a thing in the clause ``m`` stands in, on either side of it ("Nine in ten of the
    new homes were sold": new, home, sold...; ", 40% of them flats,": flat)."""
    after = text[max(0, m.end - offset):]
    closing = _CLAUSE_OPENING.search(after)
    return _nouns_of(_clause_before(text, m.start - offset) + " " + after[:closing.start() if closing else len(after)])


def _signed_change(x: NumberMention, y: NumberMention) -> bool:
    """A fall in words and the same fall as a negative figure: "fell 4%" and "changed by -4%"."""
    said, signed = (x, y) if x.direction else (y, x)
    if said.direction != "down" or signed.direction or isinstance(said.value, Range) or isinstance(signed.value, Range):
        return False
    amount, change = _magnitude(said.value), _magnitude(signed.value)
    return change < 0 and amount == -change and said.unit == signed.unit


def _rounded_alike(x: NumberMention, y: NumberMention) -> bool:
    """Whether the less precise figure is the more precise one rounded to the place it is written
    to: "1.1 million" ~ "1,098,431", "52%" ~ "52.3%", but not "52%" ~ "54%" (equally precise, so
    they must be equal) or "1 million" ~ "1.4 million" (more than a rounding moves a figure)."""
    steps = _rounding_step(x), _rounding_step(y)
    if None in steps or steps[0] == steps[1]:
        return False
    (coarse_step, coarse), (_, fine) = sorted(zip(steps, (x, y)), key=lambda pair: pair[0], reverse=True)
    difference = abs(_magnitude(coarse.value) - _magnitude(fine.value))
    return (difference <= coarse_step / 2 * (1 + 1e-9)
            and difference <= _MAX_ROUNDING * abs(_magnitude(coarse.value)))


def _rounding_step(m: NumberMention) -> float | None:
    """The place the figure is written to, in the units of its value: 100,000 for "1.1 million", 1
    for "52%" and "1,100,000" (a whole number's zeros are taken as written), 0.01 for "19 cents".
    None for a figure in words ("half a million"): too rarely a rounding of a precise one to say."""
    smaller_unit = compound_step(m)
    if smaller_unit is not None:
        return smaller_unit  # "2 years and 6 months": to the month, whatever its first figure
    written = written_numeral(m)
    if written is None or not float(written):
        return None
    return abs(float(_magnitude(m.value)) / float(written)) * 10.0 ** -len(written.partition(".")[2])


def _near_and_about(x: NumberMention, y: NumberMention) -> bool:
    """One figure "nearly" something, the other "about" something: two ways to round one estimate.
    Two estimates of one sort that differ ("about 300" / "about 320") dispute each other, as two
    bounds do ("at least 27" / "at least 26" dead are two tolls)."""
    return {BOUND_OF_HEDGE.get(x.hedge), BOUND_OF_HEDGE.get(y.hedge)} == {"about", "nearly"}


def _opposite_hedges(x: NumberMention, y: NumberMention) -> bool:
    """"more than 100" and "nearly 100": one figure, but one report puts it above and the other below."""
    bounds = {BOUND_OF_HEDGE.get(x.hedge), BOUND_OF_HEDGE.get(y.hedge)}
    return "min" in bounds and bool(bounds & {"max", "nearly"})


# A change of temperature in both scales ("warming of 1.5C (2.7F)") is a few degrees Celsius.
_MAX_CHANGE_C = 5


def _range_ends(m: NumberMention) -> tuple[NumberMention, NumberMention]:
    """A range's low and high ends as figures of their own, each written as precisely as it is: the
    high end's surface starts at its numeral ("5-8C": "5-8C" and "8C")."""
    numerals = list(_NUMERALS.finditer(m.surface))
    high_surface = m.surface[numerals[1].start():] if len(numerals) > 1 else m.surface
    return (replace(m, value=m.value.low), replace(m, value=m.value.high, surface=high_surface))


_NUMERALS = rx.compile(r"[0-9][0-9,.]*")


def _same_temperature(x: NumberMention, y: NumberMention, levels_only: bool = False) -> bool:
    """Whether a Celsius and a Fahrenheit figure are one temperature ("45C" / "113F") or one
    small rise of it ("a 1.5C rise" / "a 2.7F rise": 9/5 as many degrees, without the 32; not
    with ``levels_only``).  A larger one is read only as a temperature: "20C" against "36F" is the
    +32 forgotten (but see _one_change_in_two_scales)."""
    celsius, fahrenheit = (x, y) if x.unit == "C" else (y, x)
    slack = _half_degree(celsius) + _half_degree(fahrenheit) * 5 / 9
    if abs(celsius.value - fahrenheit.value) <= slack:
        return True
    return not levels_only and celsius.value <= _MAX_CHANGE_C and _one_change(celsius, fahrenheit, slack)


def _one_change(celsius: NumberMention, fahrenheit: NumberMention, slack: float) -> bool:
    """Whether a rise or fall in Celsius is the one in Fahrenheit: 9/5 as many degrees."""
    as_change = fahrenheit.value + Fraction(160, 9)  # back from (F - 32) * 5/9 to F * 5/9
    return 0 < celsius.value and abs(celsius.value - as_change) <= slack


def _one_change_in_two_scales(x: NumberMention, y: NumberMention) -> bool:
    """Bare degrees and degrees in a scale that are one change of temperature of any size when the
    bare figure is read in the other scale: "dropped 20 degrees" / "dropped 11C" (a fall of 20F),
    "rose 10 degrees" / "rose 18F".  A change over a few degrees is no agreement (the ledger cannot
    tell "dropped 20 degrees" from "it was 20 degrees"), but no conflict either: US copy gives a
    cold snap's fall in bare Fahrenheit degrees, British copy in Celsius."""
    if (not x.kind == y.kind == "temperature" or (x.unit == UNKNOWN_SCALE) == (y.unit == UNKNOWN_SCALE)
            or isinstance(x.value, Range) or isinstance(y.value, Range)):
        return False
    for x_reading in _scale_readings(x):
        for y_reading in _scale_readings(y):
            if {x_reading.unit, y_reading.unit} == {"C", "F"}:
                celsius, fahrenheit = (x_reading, y_reading) if x_reading.unit == "C" else (y_reading, x_reading)
                if _one_change(celsius, fahrenheit, _half_degree(celsius) + _half_degree(fahrenheit) * 5 / 9):
                    return True
    return False


def _half_degree(m: NumberMention) -> float:
    """Half a step of the last digit written, in the figure's own degrees: "38" 0.5, "37.8" 0.05."""
    return 0.5 * 10.0 ** -len(written_digits(m).partition(".")[2])


def _within_bound(hedged: NumberMention, plain: NumberMention) -> bool:
    """Whether the plain figure is what the hedged one allows.

    Only one side hedged: "more than 100" allows "150", "about 30" allows "27" to "33",
    "nearly 200" allows "180" to "200".  A range, or a vague count ("dozens"), need only
    overlap what the hedge allows: "dozens" and "at least 40" can both be true.  Two hedged
    figures agree only when equal, as two plain ones do: "at least 27" and "at least 26"
    dead are two different counts."""
    low, high = _plain_span(plain)
    allowed_low, allowed_high = _allowed(hedged, _unit_slack(hedged, plain, abs(high)))
    return allowed_low <= high and low <= allowed_high


# How far a lone span of time in words ("a decade", "a day", "an hour") may stand from the figure it rounds, as a
# share of its own length: "the lowest in a decade" is said of 11 years, "freed after a year" of 14 months,
# "closed for a day" of 30 hours, "in an hour" of 75 minutes; never "a year" of three years.
_ROUND_SPAN_REACH = 0.3


def _plain_span(m: NumberMention) -> tuple[float, float]:
    """The values an unhedged figure stands for, as (low, high): a range's ends, a lone span in words the
    round figure's reach (_ROUND_SPAN_REACH), any other the figure itself."""
    value = _magnitude(m.value)
    if isinstance(value, Range):
        return value.low, value.high
    if is_round_span(m):
        reach = abs(value) * _ROUND_SPAN_REACH
        return value - reach, value + reach
    return value, value


def _spans_overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] * (1 + 1e-9) and y[0] <= x[1] * (1 + 1e-9)


def _allowed(hedged: NumberMention, slack: float = 0, as_written: bool = False) -> tuple[float, float]:
    """The values a hedged figure allows, as (low, high): "more than 100" 100 and up, "about 30" 27 to
    33, "nearly 200" 180 to 200; widened by ``slack``.  ``as_written``: "about" a precise figure allows
    only what rounds to it ("about 4.6%" 4.55 to 4.65: see _about_step), as beside another hedged figure
    (_hedges_meet); about a whole count ("about 1,100", "about 155"), or beside a plain figure ("about 2.5 million" /
    "2.4 million"), a tenth either side."""
    bound, value = BOUND_OF_HEDGE[hedged.hedge], _magnitude(hedged.value)
    about = _about_step(hedged) if as_written else None
    about = abs(value) * _about_share(hedged) if about is None else about / 2
    if is_round_span(hedged):
        about = max(about, abs(value) * _ROUND_SPAN_REACH)  # "about a decade" as loose as "a decade"
    return {
        "min": (value - slack, float("inf")),
        "max": (float("-inf"), value + slack),
        "about": (value - about - slack, value + about + slack),
        "nearly": (value - abs(value) * 0.1 - slack, value + slack),
    }[bound]


# How far either side "about" a figure may reach, as a share of it: a tenth for a round figure
# ("about 1,100", "about 30", "about 2.5 million"), a few hundredths for one written to three
# significant digits or more ("about 285,000", "about 27.8%"): a writer who knew the count to the
# thousand would not put 298,000 "about 285,000".  "About 155" still meets "at least 157".
# Two significant digits that end in neither 0 nor 5 ("about 71 lakh", "about 7.1 million") round the
# figure to its last digit, not to a round one: a writer who had 75.76 lakh would say "about 76" or "about
# 75", so "about 71" reaches a twentieth either side, or one step of its last digit where that is more
# ("about 12" still meets 13).  "About 70" and "about 75" keep their tenth.
_ABOUT_NEAR_SHARE = 0.05
_ABOUT_ROUND_SHARE = 0.1
_ABOUT_PRECISE_SHARE = 0.03
_PRECISE_DIGITS = 3
_ABOUT_PRECISE_STEPS = 2
_ABOUT_PERCENT_STEPS = 2
_ABOUT_ROUNDED_STEPS = 0.5


def _about_share(m: NumberMention) -> float:
    numeral = written_numeral(m)
    if numeral is None or compound_step(m) is not None:
        return _ABOUT_ROUND_SHARE  # a figure in words ("about two dozen"), or "2ft 6in"
    significant = numeral.replace(".", "").lstrip("0")
    rounded = "." not in numeral and significant.endswith("0")
    if "." not in numeral:
        significant = significant.rstrip("0")  # a whole number's zeros may be its rounding
    if len(significant) >= _PRECISE_DIGITS:
        if rounded:
            # A figure rounded to its last digit as written reaches two steps of that digit: "Some 651,000" is
            # a count rounded to the thousand, not 631,785, which a writer would round to "some 632,000"; "some
            # 631,000" still meets 632,900.
            return min(_ABOUT_PRECISE_SHARE, _ABOUT_PRECISE_STEPS / int(significant))
        return _ABOUT_PRECISE_SHARE
    if len(significant) == 2 and significant.isdigit() and significant[-1] != "5":
        step = 1 / int(significant)
        if rounded and m.kind != "percent":
            # Zeros written after two digits ("about 310,000", "about 120") round the figure to its second
            # digit, and the writer chose it over its neighbours: "about 310,000" reaches what rounds to it
            # (half a step either side), never 301,000, which a writer would put "about 300,000".
            return _ABOUT_ROUNDED_STEPS * step
        share = min(_ABOUT_ROUND_SHARE, max(_ABOUT_NEAR_SHARE, step))
        if m.kind == "percent":
            # A share is read in points, where a twentieth of a high one is wide: "about 89%" reaches two
            # steps of its last digit (87% to 91%), not 86%; "about 52%" still meets "half".
            return min(share, _ABOUT_PERCENT_STEPS * step)
        return share
    return _ABOUT_ROUND_SHARE


# Kinds whose "about" a figure with decimals reaches one step of its last digit beside a plain figure written
# to the same place (see _one_decimal_place).  A share keeps its rule in points (_about_share).
_ABOUT_ONE_STEP_KINDS = frozenset({"money", "count"})


def _one_decimal_place(hedged: NumberMention, plain: NumberMention) -> float | None:
    """The step both figures are written to, where "about" a figure with decimals stands beside a plain one
    written to the same decimal place, in one unit ("about 4.3 billion pounds" / "£4.1bn"): the writer knew
    the figure to that place, and "about" reaches one step of it (4.2 to 4.4 billion), not a twentieth.
    None otherwise: "about 4 billion" / "£4.1bn" and "about 7.4 million" / "7,576,000" are rounded to
    different places, and keep the reach of _about_share."""
    if (BOUND_OF_HEDGE.get(hedged.hedge) != "about" or hedged.kind not in _ABOUT_ONE_STEP_KINDS
            or plain.kind != hedged.kind or plain.unit != hedged.unit
            or isinstance(_magnitude(hedged.value), Range) or isinstance(_magnitude(plain.value), Range)):
        return None
    step, plain_step = _about_step(hedged), _about_step(plain)
    if step is None or plain_step is None or not math.isclose(step, plain_step, rel_tol=1e-6):
        return None
    return step


def _about_step(m: NumberMention) -> float | None:
    """The rounding step of a figure written with decimals, in the units of its value: 0.1 for "4.6%",
    100,000 for "2.5 million"; None for a whole count, precise or round ("2,143", "155", "1,100", "4%",
    "two dozen"), of which "about" keeps its tenth either side: "about 155" / "at least 157" and "about
    2,143" / "more than 2,150" are two hedged readings of one toll, as "about 155" / "157" are."""
    if not isinstance(_magnitude(m.value), (int, float, Fraction)) or compound_step(m) is not None:
        return None
    digits = written_numeral(m)
    if digits is None:
        return None
    if not digits.partition(".")[2]:
        return None
    return _rounding_step(m)


def _unit_slack(hedged: NumberMention, other: NumberMention, other_value: float) -> float:
    """How far a hedged figure's bound may move when the other figure is in another unit: "over 100
    miles" / "161 km" by the precision of the figures, but not the half of "100" that "500ft is 450-550
    ft" allows a conversion (a hedge is precise about its side); 0 in one unit."""
    if hedged.kind in _MEASURED and hedged.unit != other.unit:
        return (min(_tolerance(hedged), 0.02) * abs(_magnitude(hedged.value))
                + min(_tolerance(other), 0.02) * other_value)
    if hedged.kind == "temperature" and hedged.unit != other.unit:
        return _half_degree(hedged) + _half_degree(other)
    return 0


def _hedges_meet(x: NumberMention, y: NumberMention) -> bool:
    """Whether two figures hedged different ways allow a common value, more than at one point: "about
    1,100" (990 to 1,210) and "over 1,000", "nearly 1,000" and "over 900", "up to 500" and "more than
    400"; not "about 100" and "more than 120", nor "some 300" and "up to 250", nor "more than 2%" and
    "about 1.9%" (1.85 to 1.95)."""
    slack = _unit_slack(x, y, abs(_magnitude(y.value)))
    (x_low, x_high), (y_low, y_high) = _allowed(x, slack, as_written=True), _allowed(y, as_written=True)
    return x_low < y_high and y_low < x_high


# How far apart two figures hedged different ways may lie and still be one figure reported twice: "up to
# 500" and "more than 400" (the lower a fifth under the higher).  Beyond it ("at least 40" / "up to
# 400", "more than 10" / "fewer than 1,000") both may be true, but they say too little of each other to
# agree, and nothing that disputes: no pair.
_HEDGES_CLOSE = 0.25


def _hedged_two_ways(x: NumberMention, y: NumberMention) -> bool:
    """Two single figures hedged different ways ("about 1,100" / "over 1,000"), not two counts of
    different things: _agreement weighs them by _hedges_meet and _hedges_apart."""
    return bool(x.hedge and y.hedge and BOUND_OF_HEDGE.get(x.hedge) != BOUND_OF_HEDGE.get(y.hedge)
                and x.hedge in BOUND_OF_HEDGE and y.hedge in BOUND_OF_HEDGE
                and isinstance(_magnitude(x.value), (int, float, Fraction))
                and isinstance(_magnitude(y.value), (int, float, Fraction))
                and not (x.kind in _NOUN_KINDS and y.kind in _NOUN_KINDS and _counts_apart(x, y))
                and not _near_and_about(x, y))


def _hedges_apart(x: NumberMention, y: NumberMention) -> bool:
    """Whether two figures hedged different ways that may both be true lie too far apart to be one
    figure: "at least 40" / "up to 400" (see _HEDGES_CLOSE)."""
    vx, vy = abs(_magnitude(x.value)), abs(_magnitude(y.value))  # a measure in its base unit: "miles" as "km"
    return abs(vx - vy) > _HEDGES_CLOSE * max(vx, vy)


def _estimate_far_past_a_floor(x: NumberMention, y: NumberMention) -> bool:
    """Whether one figure is a floor ("more than 48,000 homes") and the other an estimate of the count itself
    ("about 84,000 customers") far past it (_hedges_apart): a floor is the count its writer had, rounded down,
    so the two reports had two counts, and an editor is to see them side by side, as a conflict.  Both may be
    true, but neither tells the other; a floor beside a ceiling ("at least 40" / "up to 400") says too little
    to dispute."""
    bounds = {BOUND_OF_HEDGE.get(x.hedge), BOUND_OF_HEDGE.get(y.hedge)}
    if bounds != {"min", "about"}:
        return False
    floor, estimate = (x, y) if BOUND_OF_HEDGE.get(x.hedge) == "min" else (y, x)
    return abs(_magnitude(estimate.value)) > abs(_magnitude(floor.value))


# Hours ahead of UTC of the zones a time is read with (numwords.TIME_ZONES).  "ET" and "PT" are
# standard or summer time as the date has it, and a few letters name zones of several countries
# ("IST": India, Ireland, Israel; "CST": central US, China): any of their offsets may be meant.
_ZONE_OFFSETS = {"GMT": (0,), "UTC": (0,), "BST": (1,), "CET": (1,), "CEST": (2,), "EET": (2,),
                 "EEST": (3,), "MSK": (3,), "EST": (-5,), "EDT": (-4,), "CST": (-6, 8), "CDT": (-5,),
                 "MST": (-7,), "MDT": (-6,), "PST": (-8,), "PDT": (-7,), "AEST": (10,), "AEDT": (11,),
                 "JST": (9,), "IST": (5.5, 1, 2), "ET": (-5, -4), "PT": (-8, -7)}
# Zones named in words ("3.52pm Irish time", "2pm Eastern Standard Time": numbers._zone_named_after), by
# the same rule: each offset the place keeps in winter and in summer.  A name not here ("local time",
# "Gaza time") is a zone the ledger cannot resolve (see _zones_unresolved).
_NAMED_ZONE_OFFSETS = {
    **dict.fromkeys(("irish", "ireland", "dublin", "uk", "british", "britain", "london", "western european"), (0, 1)),
    **dict.fromkeys(("central european", "paris", "berlin", "brussels", "rome", "madrid", "amsterdam", "french",
                     "german", "spanish", "italian", "dutch", "belgian"), (1, 2)),
    **dict.fromkeys(("eastern european", "kyiv", "kiev", "ukraine", "ukrainian", "athens", "greek", "israel",
                     "israeli", "jerusalem", "helsinki", "finnish"), (2, 3)),
    **dict.fromkeys(("moscow", "moscow standard", "turkish", "istanbul", "ankara"), (3,)),
    **dict.fromkeys(("gulf", "gulf standard", "dubai", "uae"), (4,)),
    **dict.fromkeys(("india", "indian", "delhi", "india standard", "indian standard"), (5.5,)),
    **dict.fromkeys(("beijing", "china", "chinese", "hong kong", "singapore", "taiwan", "taipei", "manila",
                     "perth", "china standard"), (8,)),
    **dict.fromkeys(("tokyo", "japan", "japanese", "seoul", "korea", "korean", "japan standard",
                     "korea standard", "korean standard"), (9,)),
    **dict.fromkeys(("sydney", "melbourne", "canberra"), (10, 11)),
    **dict.fromkeys(("new york", "washington"), (-5, -4)),
    "eastern": (-5, -4, 10, 11),  # US Eastern time, or Australian in Australian copy
    "chicago": (-6, -5),  # not a bare "Central time": the US's or Europe's
    **dict.fromkeys(("mountain", "denver"), (-7, -6)),
    **dict.fromkeys(("pacific", "california", "los angeles"), (-8, -7)),
    # The standard and summer zones in full: "Eastern Standard Time" is EST, "British Summer Time" BST.
    **dict.fromkeys(("greenwich mean", "coordinated universal", "universal"), (0,)),
    **dict.fromkeys(("british summer", "irish standard", "western european summer", "central european standard"),
                    (1,)),
    "central european summer": (2,), "eastern european standard": (2,), "eastern european summer": (3,),
    "eastern standard": (-5,), "eastern daylight": (-4,), "central standard": (-6,), "central daylight": (-5,),
    "mountain standard": (-7,), "mountain daylight": (-6,), "pacific standard": (-8,), "pacific daylight": (-7,),
    "australian eastern standard": (10,), "australian eastern daylight": (11,),
}
# Where clocks change together, the season of each offset above: a zone's first offset is its winter
# time and its second its summer time ("ET": EST, EDT), and a standard or summer zone ("EST", "British
# Summer Time") names one season.  Two times of one report pair are of one date, so a zone of the
# same clocks is in the same season: "2pm Eastern Standard Time" is winter, and "3pm ET" beside it is
# 3pm EST, an hour later (not 3pm EDT, the same moment); "9am PST" and "1pm ET" are an hour apart.
# Europe and North America change their clocks weeks apart, so each is a group of its own; zones
# not listed (GMT, Tokyo, the southern hemisphere) keep all their offsets in any season.
_WINTER, _SUMMER = "winter", "summer"
_ZONE_SEASONS = {
    **dict.fromkeys(("ET", "PT", "new york", "washington", "chicago", "mountain", "denver", "pacific",
                     "california", "los angeles"), ("us", (_WINTER, _SUMMER))),
    "eastern": ("us", (_WINTER, _SUMMER, None, None)),
    **dict.fromkeys(("EST", "CST", "MST", "PST", "eastern standard", "central standard", "mountain standard",
                     "pacific standard"), ("us", (_WINTER, None))),
    **dict.fromkeys(("EDT", "CDT", "MDT", "PDT", "eastern daylight", "central daylight", "mountain daylight",
                     "pacific daylight"), ("us", (_SUMMER,))),
    **dict.fromkeys(("irish", "ireland", "dublin", "uk", "british", "britain", "london", "western european",
                     "central european", "paris", "berlin", "brussels", "rome", "madrid", "amsterdam", "french",
                     "german", "spanish", "italian", "dutch", "belgian", "eastern european", "kyiv", "kiev",
                     "ukraine", "ukrainian", "athens", "greek", "helsinki", "finnish"), ("europe", (_WINTER, _SUMMER))),
    **dict.fromkeys(("CET", "EET", "central european standard", "eastern european standard"), ("europe", (_WINTER,))),
    **dict.fromkeys(("BST", "CEST", "EEST", "british summer", "irish standard", "western european summer",
                     "central european summer", "eastern european summer"), ("europe", (_SUMMER,))),
}


def _zone_key(zone: str) -> str:
    """The key of a zone in the tables above: "EST" for "est", "eastern standard" for "Eastern Standard
    Time"; "" when unknown."""
    if zone.upper() in _ZONE_OFFSETS:
        return zone.upper()
    name = zone.lower()
    name = name[:-len(" time")] if name.endswith(" time") else ""
    return name if name in _NAMED_ZONE_OFFSETS else ""


def _zone_offsets(zone: str) -> tuple:
    """The hours ahead of UTC a time's zone may be: "GMT" (0,), "Irish time" (0, 1); () when unknown."""
    key = _zone_key(zone)
    return _ZONE_OFFSETS.get(key) or _NAMED_ZONE_OFFSETS.get(key, ())


def _zone_readings(zone: str) -> list[tuple[float, str, str | None]]:
    """Each offset the zone may have, with its group of clocks and its season (see _ZONE_SEASONS)."""
    key = _zone_key(zone)
    group, seasons = _ZONE_SEASONS.get(key, ("", ()))
    offsets = _zone_offsets(zone)
    return [(offset, group, seasons[i] if i < len(seasons) else None) for i, offset in enumerate(offsets)]


def _offset_pairs(x_zone: str, y_zone: str) -> list[tuple[float, float]]:
    """The pairs of offsets two zones may have on one date: in one group of clocks, one season
    ("2pm Eastern Standard Time" / "3pm ET": 3pm EST); every pair when the zones name two seasons of
    one group ("2pm EST" / "3pm EDT": a writer's slip of the season, not of the hour)."""
    every = [(ox, oy) for ox, gx, sx in _zone_readings(x_zone) for oy, gy, sy in _zone_readings(y_zone)]
    one_season = [(ox, oy) for ox, gx, sx in _zone_readings(x_zone) for oy, gy, sy in _zone_readings(y_zone)
                  if not (gx and gx == gy and sx and sy and sx != sy)]
    return one_season or every


def _zones_unresolved(x: NumberMention, y: NumberMention) -> bool:
    """Two clock times in two zones, one or both of which the ledger cannot resolve ("3.52pm local time"
    against "14:52 GMT"): their clocks may show one moment, so they never conflict."""
    return (x.kind == y.kind == "time" and bool(x.unit) and bool(y.unit) and x.unit.lower() != y.unit.lower()
            and not (_zone_offsets(x.unit) and _zone_offsets(y.unit)))


def _agreement_in_zones(x: NumberMention, y: NumberMention) -> int:
    """Two clock times in different zones, each read in UTC with each offset its zone may have, and
    then as two times in one zone: "3 p.m. ET" = "20:00 GMT" (100), "about 2am ET" ~ "7.15am GMT"."""
    if not (x.hedge or y.hedge):
        return 100 if _same_moment_in_zones(x, y) else 0

    def in_utc(m: NumberMention, offset: float) -> NumberMention:
        minutes = round(m.value[0] * 60 + m.value[1] - offset * 60) % _DAY_MINUTES
        return replace(m, value=(minutes // 60, minutes % 60), unit="")

    return max((_agreement(in_utc(x, x_offset), in_utc(y, y_offset))
                for x_offset, y_offset in _offset_pairs(x.unit, y.unit)), default=0)


def _same_moment_in_zones(x: NumberMention, y: NumberMention) -> bool:
    """Whether two clock times in different zones can be one moment: "3 p.m. ET" is 20:00 GMT in
    winter, 19:00 in summer, so both agree with it; "3pm ET" beside "2pm EST" is 3pm EST, an hour on."""
    def minutes_utc(m: NumberMention, offset: float) -> float:
        hour, minute = m.value
        return (hour * 60 + minute - offset * 60) % _DAY_MINUTES

    return any(minutes_utc(x, x_offset) == minutes_utc(y, y_offset)
               for x_offset, y_offset in _offset_pairs(x.unit, y.unit))


def _limit_and_reading(x: NumberMention, y: NumberMention) -> bool:
    """Is one figure a limit set on a quantity and the other not ("The speed limit is 50 km/h" / "was travelling at
    80 km/h", "Ontario's limit ... is 40 decibels" / "readings showed up to 43 dB(A)")?  A limit neither confirms nor
    disputes a reading; two limits are compared."""
    return (x.role == LIMIT) != (y.role == LIMIT)


def _can_conflict(x: NumberMention, y: NumberMention) -> bool:
    x, y = _in_one_dollar(x, y)
    if _limit_and_reading(x, y):
        return False
    if _ages_of_two_owners(x, y):
        return False  # "built 34 years ago" / "its 58-year-old captain": the ship's age, and a man's
    if (is_word_count(x) or is_word_count(y)) and not (_single_and_count(x, y) or _singles_meet(x, y)):
        # "A firefighter died" disputes "Two firefighters died" (and "both doses" "one dose"), not "two
        # engines" nor "one engine"
        return False
    if _family(x) != _family(y):
        return (_other_currency(x, y) or _in_one_currency(x, y) is not None or _ratio_against_share(x, y)
                or _points_for_per_cent(x, y) or _days_against_months(x, y) and not _days_and_months_apart(x, y))
    if x.kind in _CALENDAR:
        # "fell in March" / "its next meeting on 11 June", "on April 23" / "after a reduction in February":
        # the dates of two events, each report's own claim set against another event's date.
        return x.role == y.role and bool(_shared_date_parts(x, y))
    if x.kind == "weekday" and x.role != y.role:
        return False  # "the coastguard said on Monday" / "sank on Sunday": the day of a statement, and of an event
    if x.kind == "time" and x.role != y.role and DEPARTURE_TIME not in (x.role, y.role) and not _begun_or_held(x, y):
        # "the 07:05 service" names a train, and disputes no time the other report gives its crash; but
        # it is the time the train left ("left Ardmore at 07:15"); a start is no finish ("started at 7:20
        # a.m." / "crossed the line at 9:41 a.m.")
        return False
    if _one_a_rating(x, y):
        return False  # "rated 4" / "three of the injured"
    if (x.role == WHOLE) != (y.role == WHOLE) and x.kind in _NOUN_KINDS and not _whole_may_meet(x, y):
        return False  # "Seven of the nine members": the nine are the body, no count of its part ("three members")
    if (x.role == OTHERS) != (y.role == OTHERS):
        return False  # "Four people were killed" / "the pilot and three other people": a group, and a part of it
    if x.kind == "phone":
        return _one_line(x, y)  # "0800 555 0142" / "0800 555 0124", not two desks' numbers
    if x.kind == "label":
        return x.unit == y.unit  # "Flight 370" / "Flight 371", not "Flight 370" / "Gate 12"
    if _one_change_in_two_scales(x, y):
        return False  # "dropped 20 degrees" / "dropped 11C": the one fall in two scales
    if _zones_unresolved(x, y):
        return False  # "3.52pm local time" / "14:52 GMT": maybe one moment
    if _change_and_place(x, y):
        return False  # "a further €10m in add-ons" / "rising to €90m": an amount added, and a total reached
    if _hedged_two_ways(x, y) and _hedges_meet(x, y) and _hedges_apart(x, y) and not _estimate_far_past_a_floor(x, y):
        return False  # "at least 40" / "up to 400": both may be true, and neither says the other
    if x.kind in _NOUN_KINDS and y.kind in _NOUN_KINDS and x.role != RATING and (
            _nouns_apart(x, y) or _roles_apart(x, y) and not _one_toll_two_fates(x, y)):
        return False  # "two shots" and "three countries", "14 killed" and "40 wounded": different things
    return True


def _ages_of_two_owners(x: NumberMention, y: NumberMention) -> bool:
    """Whether two ages are of two owners: one the age of a thing made N years ago (numbers.AGE_OF_A_THING_MADE)
    and the other a person's ("Smith, 44,", "its 58-year-old captain"), or the age of another kind of thing
    ("the bridge, built 40 years ago" / "the 31-year-old ferry").  A thing's age meets any other thing's
    whose word is of its kind ("ferry" / "vessel", "company" / "firm"), or which either leaves unnamed or
    names by a word of no known kind ("It was built 34 years ago", "the 31-year-old Greek-flagged ferry"):
    a missed dispute is cheaper than a missed change of a ship's age.  An age beyond any life ("a 2,300-year-old
    coin hoard") or told of a thing of a known kind ("the 31-year-old ferry") is a thing's, and no age plainly
    told of a person ("Boy, 12,", "the 45-year-old driver"); an age of no noun ("58 years old") may be either."""
    if x.kind != "age" or y.kind != "age":
        return False
    if is_age_of_a_thing_made(x) or is_age_of_a_thing_made(y):
        if is_a_persons_age(x) or is_a_persons_age(y):
            return True
    elif _age_of_a_thing(x) and _plainly_a_persons_age(y) or _age_of_a_thing(y) and _plainly_a_persons_age(x):
        return True
    elif not (_age_of_a_thing(x) and _age_of_a_thing(y)):
        return False
    x_kind, y_kind = THING_KINDS.get(singular(age_noun(x))), THING_KINDS.get(singular(age_noun(y)))
    return bool(x_kind and y_kind) and x_kind != y_kind


# No person's age is told beyond this many years (as numbers.py reads a bare figure after a name as an age).
_LONGEST_LIFE = 120
# An age written in words of years ("58 years old", "the 24-year-old"), not bare after a name ("Smith, 44,").
_YEARS_WRITTEN = rx.compile(r"(?i:year|old)")


def _age_of_a_thing(m: NumberMention) -> bool:
    """Whether an age is a thing's: more years than a life lasts, or told before a word for a thing of a known
    kind that names no person ("the 31-year-old ferry", not "the 45-year-old coach")."""
    low = m.value.low if isinstance(m.value, Range) else m.value
    if m.unit == "year" and isinstance(low, (int, float, Fraction)) and low > _LONGEST_LIFE:
        return True
    noun = age_noun(m)
    return bool(noun) and singular(noun) in THING_KINDS and not is_a_person_word(noun)


def _plainly_a_persons_age(m: NumberMention) -> bool:
    """Whether an age is told of a person by its words: before a word for one ("the 45-year-old driver"), or
    bare after a name or a person ("Boy, 12,", "Anna Ross (19)", "aged 44"), as numbers.py reads only a
    person's age so."""
    if _age_of_a_thing(m) or is_age_of_a_thing_made(m):
        return False
    noun = age_noun(m)
    return is_a_person_word(noun) if noun else not _YEARS_WRITTEN.search(m.surface)


def _one_a_rating(x: NumberMention, y: NumberMention) -> bool:
    """Whether one figure is a level on a scale ("rated 4", "a Category 4 hurricane": numbers.RATING) and
    the other no rating.  Two ratings meet whatever they rate ("a Category 4 hurricane" / "a Category 3
    storm"), as a count of something never does."""
    return (x.role == RATING) != (y.role == RATING)


def _same_phone(x: NumberMention, y: NumberMention) -> bool:
    """Whether two phone numbers (numbers.py: their digits) are one: equal, or one the other's national
    part with the country's code before it ("+44 20 7946 0000" / "020 7946 0000")."""
    one, other = x.value.lstrip("0"), y.value.lstrip("0")
    shorter, longer = sorted((one, other), key=len)
    return one == other or len(shorter) >= 8 and longer.endswith(shorter) and len(longer) - len(shorter) <= 3


def _one_line(x: NumberMention, y: NumberMention) -> bool:
    """Whether two phone numbers that differ may be one number written two ways: the same code before
    them ("0800 555 0142" / "0800 555 0124", "020 7946 0000" / "020 8946 0000"), the code as the
    number's written groups set it apart, however many digits it has.  Two codes ("(248) 647-7221" /
    "(816) 234-7724", "0161 496 0000" / "020 7946 0000") are two lines, as two reporters' contact
    numbers are."""
    return same_code(read_phone(x.surface), read_phone(y.surface))


def _in_one_currency(x: NumberMention, y: NumberMention) -> tuple[NumberMention, NumberMention] | None:
    """The two amounts in one currency by way of a bracketed conversion: "€5m ($5.4m)" beside
    "$5.9m" is "$5.4m" beside "$5.9m" (a conflict), "£85m ($108m)" beside "$108 million" agrees."""
    if x.converted is not None and _one_currency(x.converted, y):
        return x.converted, y
    if y.converted is not None and _one_currency(x, y.converted):
        return x, y.converted
    if x.converted is not None and y.converted is not None and _one_currency(x.converted, y.converted):
        return x.converted, y.converted  # "€5m ($5.4m)" / "£4.6m ($5.9m)": the dollars disagree
    return None


def _one_currency(x: NumberMention, y: NumberMention) -> bool:
    return _family(x) == _family(y) or _family(_in_one_dollar(x, y)[0]) == _family(y)


def _namesakes(m: NumberMention) -> frozenset[str]:
    """The currencies an amount may be in when it names its currency by a name several countries share,
    and no country ("$412 million", "5 million dollars", "19 cents", "200 million shillings", "Sh200
    million", "50 million pesos": read as the first of their group, numwords.CURRENCY_NAMESAKES); none
    for "US$412 million", "C$412 million", "Kenyan shillings" or any other currency."""
    if m.kind != "money" or m.unit not in CURRENCY_NAMESAKES:
        return frozenset()
    currencies, country_words = CURRENCY_NAMESAKES[m.unit]
    own = m.surface.split("(", 1)[0].split("[", 1)[0]  # not the conversion in brackets after it
    return frozenset() if any(word in own for word in country_words) else currencies


def _in_one_dollar(x: NumberMention, y: NumberMention) -> tuple[NumberMention, NumberMention]:
    """x and y, a dollar (or a peso, a shilling...) of no country said given the other amount's
    currency of that name: a Canadian paper's "$412 million" is the wire's "C$412 million", and disputes
    "C$421 million"; a Ugandan paper's "200 million shillings" is "UGX 200 million".  Dollars both said
    ("US$3.35" / "C$3.35") stay two currencies (see _other_currency), and so does any other currency."""
    if x.kind != "money" or y.kind != "money" or x.unit == y.unit:
        return x, y  # most pairs, checked first
    if ("/" in x.unit) != ("/" in y.unit):
        # "$1,900 an ounce" / "gold hit $1,950": one report leaves the measure off its price
        x, y = price_as_written(x), price_as_written(y)
        if x.unit == y.unit:
            return x, y
    if y.unit in _namesakes(x):
        return _in_currency(x, y.unit), y
    if x.unit in _namesakes(y):
        return x, _in_currency(y, x.unit)
    return x, y


def _in_currency(m: NumberMention, currency: str) -> NumberMention:
    value = m.value
    if isinstance(value, Range):
        value = Range(Money(currency, value.low.amount), Money(currency, value.high.amount))
    else:
        value = Money(currency, value.amount)
    return replace(m, unit=currency, value=value)


# How far two outlets' conversions of one amount into one currency may lie apart and still be one
# amount at two days' exchange rates (beside the rounding of each): "€45m (£38m)" / "€45m (£39m)".
_EXCHANGE_SLACK = 0.1


def _conversions_apart(x: NumberMention, y: NumberMention) -> bool:
    """Whether both amounts carry a conversion into one currency, and these differ by more than
    exchange rates and rounding move one: "€45m (£38m)" / "€45m (£50m)".  Conversions into two
    currencies ("€45m (£38m)" / "45 million euros ($49.8 million)") say nothing of each other."""
    cx, cy = x.converted, y.converted
    if cx is None or cy is None or cx.unit != cy.unit:
        return False
    vx, vy = _magnitude(cx.value), _magnitude(cy.value)
    rounding = sum((_rounding_step(c) or 0) / 2 for c in (cx, cy))
    return abs(vx - vy) > _EXCHANGE_SLACK * max(abs(vx), abs(vy)) + rounding


def _other_currency(x: NumberMention, y: NumberMention) -> bool:
    """"£35m" against "$35m": the same amount in another currency is a slip of the symbol (or a
    conversion forgotten), which a fact-checker wants shown.  Different amounts in two currencies
    ("£35m", "$44m") may be a conversion, and stay unpaired."""
    return x.kind == y.kind == "money" and _magnitude(x.value) == _magnitude(y.value)


def _magnitude(value):
    """A comparable number: the amount of Money and Duration, each end of a Range."""
    if isinstance(value, Range):
        return Range(_magnitude(value.low), _magnitude(value.high))
    if isinstance(value, (Money, Duration)):
        return value.amount
    return value


def _date_span(m: NumberMention) -> tuple[Date, Date]:
    if m.kind == "month":
        return Date(None, m.value, None), Date(None, m.value, None)
    value = m.value
    if isinstance(value, EitherDate):
        value = value.day_first  # what parts it gives (_agreement tries each reading: see _readings)
    if isinstance(value, Range):
        if isinstance(value.low, Date):
            return value.low, value.high  # days of one month: "5-14 August"
        return Date(value.low, None, None), Date(value.high, None, None)
    if m.kind == "year":
        return Date(value, None, None), Date(value, None, None)
    return value, value


def _shared_date_parts(x: NumberMention, y: NumberMention) -> dict[str, bool]:
    """For each date part both mention: do they allow the same value?"""
    (x_low, x_high), (y_low, y_high) = _date_span(x), _date_span(y)
    # A decade inside a century ("the 1850s" in "the 1800s"); two ranges written out ("2017-18" /
    # "2018-19", "2023-2027" / "2023-2030") are two seasons or two plans, even when one holds the other.
    eras = x.surface.endswith("0s") or y.surface.endswith("0s")
    shared = {}
    for part in Date._fields:
        xl, xh, yl, yh = (getattr(d, part) for d in (x_low, x_high, y_low, y_high))
        if xl is not None and yl is not None:
            # Part by part: "5-14 August" and "August 10" share a month, and the day falls in the span.
            points = xl == xh or yl == yh or (xl, xh) == (yl, yh)
            shared[part] = xl <= yh and yl <= xh and (
                points or eras and (xl >= yl and xh <= yh or yl >= xl and yh <= xh))
    return shared


def _to_the_inch(m: NumberMention) -> bool:
    """A height in feet and inches ("5ft 10in"), precise to the inch whatever its first figure."""
    return m.kind == "length" and FEET_AND_INCHES.fullmatch(m.surface) is not None


def _unit_in_words(m: NumberMention) -> bool:
    """A unit or a share of one in words ("a mile", "a quarter-mile", "half a tonne"), no figure measured."""
    return SHARE_OF_A_UNIT.fullmatch(m.surface) is not None or A_UNIT_IN_WORDS.fullmatch(m.surface) is not None


def _tolerance(m: NumberMention) -> float:
    """Half a step of the last written digit, relative: "198 km" is 197.5-198.5 km.  A whole number's
    zeros may be rounding, but a converted figure keeps about two significant digits: "500ft" is
    495-505 ft and "50 miles" 49.5-50.5 (read as 45-55, "72 km" and "50 miles" agreed)."""
    if _to_the_inch(m):
        # "5ft 10in": to the inch; a little under half of one, so that two heights an inch apart
        # never meet at the edge (5ft 10in / 5ft 11in conflict, as 6ft 2in / 6ft 3in do)
        return 0.45 * 0.0254 / m.value
    if _unit_in_words(m):
        return _ABOUT_ROUND_SHARE  # "a quarter-mile": as roughly as "about" reads a figure (402 m meets 400 m)
    smaller_unit = compound_step(m)
    if smaller_unit is not None:  # "7lb 11oz": to the ounce, and as for inches a little under half of one
        return 0.45 * smaller_unit / _magnitude(m.value)
    digits = written_digits(m)
    return 0.5 * _last_step(digits) / float(digits) if float(digits) else 0.0


def _last_step(digits: str) -> float:
    """The step of a figure's last written digit: "37.8" 0.1, "198" 1, "500" 10 (a whole number's zeros may be
    rounding, but a figure keeps about two significant digits)."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    whole = digits.lstrip("0")
    return 10.0 ** min(len(whole) - len(whole.rstrip("0")), max(0, len(whole) - 2))


def _significant_digits(digits: str) -> int:
    """How many digits a figure is written to, down to its last step: "10.3" 3, "22" 2, "1410" 3, "0.45" 2."""
    written = len(digits.replace(".", "").lstrip("0"))
    return written if "." in digits else written - round(math.log10(_last_step(digits)))


def _measures_meet(x: NumberMention, y: NumberMention) -> bool:
    """Whether two figures of one measure, in two units or one of them to the inch, may be one amount: what
    each stands for, in the base unit, overlaps.  A figure rounded to its last digit stands for half a step
    either side of it ("198 km" is 197.5-198.5 km).  A conversion is as often cut down as rounded ("90 pounds
    (40 kilograms)", 40.8 kg), so a figure that may be the other one converted and cut stands for up to a whole
    step above it as well ("40 kilograms" is 39.5-41 kg): only above, as cutting only lowers a figure, and only
    one figure of the two at a time, as only one of them is the conversion."""
    x_span, y_span = _measure_span(x), _measure_span(y)
    return (_spans_overlap(x_span, y_span)
            or _cut_in_conversion(x, y) and _spans_overlap(_measure_span(x, cut=True), y_span)
            or _cut_in_conversion(y, x) and _spans_overlap(x_span, _measure_span(y, cut=True)))


def _measure_span(m: NumberMention, cut: bool = False) -> tuple[float, float]:
    """(low, high) in the base unit of what a measure stands for: half a step either side of its last digit,
    or with ``cut`` up to a whole step above it (see _measures_meet)."""
    value = float(_magnitude(m.value))
    half = _tolerance(m) * value
    return value - half, value + (2 * half if cut else half)


def _cut_in_conversion(m: NumberMention, other: NumberMention) -> bool:
    """Whether ``m`` may be ``other`` converted into another unit and cut down to its last digit: a figure
    written to its unit or finer, as a rounder one ("130 miles") is rounded already; of two significant digits
    or more, as a figure of one is a round one and a whole step above it half of it again ("2 miles" up to 3:
    "5 km", 3.1 miles, is no "2 miles" cut down); in a unit that is no power of ten of the other's, as no one
    cuts "1.41 km" from "1,410 metres"; and keeping the digits the other shows past its unit
    (_keeps_the_digits_shown)."""
    if _to_the_inch(m) or _to_the_inch(other) or _unit_in_words(m) or compound_step(m):
        return False  # figures with a tolerance of their own
    digits, other_digits = written_digits(m), written_digits(other)
    return (_last_step(digits) <= 1 and _significant_digits(digits) >= _CUT_DIGITS
            and _not_scaled_by_ten(m.unit, other.unit) and _keeps_the_digits_shown(digits, other_digits))


# The fewest significant digits of a figure that may be a conversion cut down (see _cut_in_conversion).
_CUT_DIGITS = 2


def _keeps_the_digits_shown(digits: str, source_digits: str) -> bool:
    """Whether a conversion cut down to ``digits`` keeps what its source shows.  A source written to its unit or
    rounder ("185 pounds") is converted to whole units, and into a larger unit loses a digit ("83 kilograms",
    83.9 kg); one written past its unit ("10.3 kilograms") shows a precision its conversion keeps, cutting only
    what is past its digits: "22 pounds" is no 10.3 kg (22.7 lb) cut down."""
    return _last_step(source_digits) >= 1 or _significant_digits(digits) >= _significant_digits(source_digits)


# Each measure's unit and its size in the base unit: "lb" 0.45359237 (kg), "km" 1000 (m).
_UNIT_SIZES = {unit: factor for _, factor, unit in MEASURES.values()}


def _not_scaled_by_ten(unit: str, other: str) -> bool:
    """Whether two units of one measure differ by other than a power of ten: "lb" and "kg", "mi" and "km", but
    "ft" and "in" or "lb" and "oz" too; not "km" and "m", "g" and "kg"."""
    if unit == other or unit not in _UNIT_SIZES or other not in _UNIT_SIZES:
        return False
    ratio = Fraction(_UNIT_SIZES[unit]) / Fraction(_UNIT_SIZES[other])
    larger = max(ratio, 1 / ratio)
    return not (larger.denominator == 1 and str(larger.numerator).rstrip("0") == "1")


# Every pattern above is compiled: keep them for the next start.
rx.save()
