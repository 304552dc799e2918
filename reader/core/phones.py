"""Telephone numbers as news copy and press releases write them: "0800 555 0142", "+44 (0)20 7946 0000",
"(248) 647-7221", "1-800-555-0199", "248.647.7221".

A number is read from its written groups: a country's prefix ("+44", or the North American "1" of
"1-800-..."), the trunk "(0)" dialled at home, then the national number's groups, the first of which
is its code ("020", "(248)", the "20" of "+44 20").  The groups say what the digits alone do not:
"020 7946 0000" and "020 8946 0000" are two numbers on one London code, where counting three digits
("207", "208") would read two codes.

Where a number stands decides how sure its shape must be:

* in running prose (``find_phones``) it must have a shape no run of figures has: a country's prefix,
  a trunk 0 or a bracketed code before groups of three or four digits ("0800 555 0142"), or the North
  American 3-3-4 joined by dashes or dots ("1-800-555-0199", "248.647.7221").  "call 800 123 456" and
  "line on 0800 720 601" may be counts, and stay so;
* on a line whose label says a number follows ("Tel:", "Media contact: Jane Holt, ..."),
  ``has_phone`` takes any 7 to 15 digits in a phone's groups as well ("07700 900123", "555 1234",
  "01 23 45 67 89"), but not a year range ("2019-2022", "2011-12") or a count in thousands ("1 200 000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# One group of a number: its digits, maybe in brackets ("(020)", the trunk "(0)"), maybe after the
# plus of a country's prefix ("+44").
_GROUP = re.compile(r"(?P<plus>\+)?(?:\((?P<bracketed>[0-9]+)\)|(?P<plain>[0-9]+))")
# Groups of one number stand one space, dash or dot apart, or side by side after or before a bracket.
_SEPARATOR = re.compile(r"[\s.-]")
# A number opens neither inside a word, a decimal, a date nor a code ("A380", "3.0800", "12/0800",
# "Covid-19"), though after an abbreviation's point it may ("Tel.020 7946 0000", "M.07700 900123");
# and it closes neither before a letter nor before more figures ("0142am", "0142,5").
_NOT_BEFORE = re.compile(r"[\w+,/-]|(?<=[0-9])\.")
_NOT_AFTER = re.compile(r"\w|[.,/-][0-9]")
_MOST_GROUPS = 6
# Every phone number in prose ends in a group of three or four digits after a separator ("... 0142").
_LINE_GROUP = re.compile(r"[0-9]\)?[\s.-]\(?[0-9]{3}")
# In prose a phone number runs to at least nine digits; three groups with no prefix and a short last
# group ("0800 720 601") only to eleven, a mobile's length ("07700 900 123").
_PROSE_DIGITS = 9
_SHORT_LAST_DIGITS = 11
# On a contact line: 7 digits ("555 1234") to the longest international number's 15.
_LABELLED_DIGITS = (7, 15)
_YEAR = re.compile(r"(?:1[89]|20)[0-9][0-9]")
# "1 200 000": a count grouped in thousands, not a phone ("020 555 123" opens with a trunk 0).
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?: [0-9]{3})+")


class _Group(NamedTuple):
    start: int
    end: int
    digits: str
    plus: bool
    bracketed: bool
    before: str  # the separator between it and the group before ("" for a run's first group)


@dataclass(frozen=True)
class Phone:
    """A telephone number as written: where it stands, its country's prefix if written, and the national
    number's groups, the code first."""

    start: int
    end: int
    text: str
    country: str  # "44" in "+44 20 7946 0000", "1" in "1-800-555-0199"; "" when none is written apart
    groups: tuple[str, ...]  # ("020", "7946", "0000"); one group when the number is written unbroken

    @property
    def digits(self) -> str:
        """Every digit written, the country's and the trunk's too ("+44 (0)20 ..." -> "4402079...")."""
        return "".join(char for char in self.text if "0" <= char <= "9")

    @property
    def code(self) -> str:
        """The code the writer set apart, without its trunk 0 ("020" and "+44 20" -> "20"); "" when the
        number is written in one group and says nothing of where its code ends."""
        return self.groups[0].lstrip("0") if len(self.groups) > 1 else ""

    @property
    def national(self) -> str:
        """The national number's digits without the trunk 0 ("020 7946 0000" -> "2079460000")."""
        return "".join(self.groups).lstrip("0")


def find_phones(text: str) -> list[Phone]:
    """The telephone numbers of running prose: shapes no figures take (see the module's notes)."""
    if not _LINE_GROUP.search(text):
        return []  # most sentences: no group of three digits or more after a separator
    return list(_found(text, _unmistakable, opens=_opens_unmistakably))


def has_phone(text: str) -> bool:
    """Does a line under a contact label ("Tel:", "Media contact: ...") hold a phone number?  The label
    says one follows, so any phone's grouping will do ("07700 900123", "555 1234")."""
    return any(_found(text, _phone_shaped))


def read_phone(written: str) -> Phone:
    """The parts of a number already found (a ``find_phones`` mention's surface)."""
    groups = [group for run in _runs(written) for group in run]
    return _phone(written, groups)


def same_code(one: Phone, other: Phone) -> bool:
    """Whether two numbers are on one code, so that where they differ one is the other mistyped:
    "020 7946 0000" / "+44 20 8946 0000" (London's "20"), not "0161 496 0000" / "020 7946 0000".
    The code either writer set apart must open both numbers: "0207 946 0000" and "020 7946 0001" share
    "207", which "020 8946 0000" does not open.  Two countries' prefixes are two lines."""
    if one.country and other.country and one.country != other.country:
        return False
    codes = [phone.code for phone in (one, other) if phone.code]
    return bool(codes) and all(phone.national.startswith(code) for phone in (one, other) for code in codes)


# --- reading the groups ---------------------------------------------------------------------------

def _runs(text: str):
    """Runs of digit groups one separator apart: the stretches a phone number may stand in."""
    run: list[_Group] = []
    for match in _GROUP.finditer(text):
        gap = text[run[-1].end:match.start()] if run else ""
        group = _Group(match.start(), match.end(), match["bracketed"] or match["plain"], bool(match["plus"]),
                       match["bracketed"] is not None, gap)
        # a plus opens a number of its own; side by side only at a bracket ("(0)20", "+44(0)20")
        if run and not group.plus and (len(gap) == 1 and _SEPARATOR.match(gap)
                                       or not gap and (run[-1].bracketed or group.bracketed)):
            run.append(group)
            continue
        if run:
            yield run
        run = [group._replace(before="")]
    if run:
        yield run


def _found(text: str, accepted, opens=None):
    """The numbers of ``text`` whose groups ``accepted`` takes: in each run, from its earliest group
    that may open one, the longest stretch that is a number ("0800 555 0142" in "call 0800 555 0142
    24 hours a day").  ``opens``, if given, rules out by its first group alone every stretch that
    ``accepted`` would refuse, so that a long run of figures is not tried stretch by stretch."""
    for run in _runs(text):
        i = 0
        while i < len(run):
            found = _longest_from(text, run, i, accepted) if opens is None or opens(run[i]) else None
            if found is None:
                i += 1
                continue
            phone, i = found
            yield phone


def _longest_from(text: str, run: list[_Group], i: int, accepted) -> tuple[Phone, int] | None:
    if not _may_open(text, run, i):
        return None
    for j in range(min(len(run), i + _MOST_GROUPS) - 1, i - 1, -1):
        if _may_close(text, run, j) and accepted(text, run[i:j + 1]):
            return _phone(text, run[i:j + 1]), j + 1
    return None


def _may_open(text: str, run: list[_Group], i: int) -> bool:
    start = run[i].start
    return (i == 0 or run[i].before.isspace()) and not (start and _NOT_BEFORE.match(text, start - 1))


def _may_close(text: str, run: list[_Group], j: int) -> bool:
    return (j == len(run) - 1 or run[j + 1].before.isspace()) and not _NOT_AFTER.match(text, run[j].end)


def _phone(text: str, groups: list[_Group]) -> Phone:
    start, end = groups[0].start, groups[-1].end
    return Phone(start, end, text[start:end], *_parts(groups))


def _parts(groups: list[_Group]) -> tuple[str, tuple[str, ...]]:
    """A number's country (see ``Phone.country``) and its national number's groups."""
    country, national = _country(groups)
    if len(national) > 1 and national[0].bracketed and national[0].digits == "0":
        national = national[1:]  # "+44 (0)20 ...": the trunk 0, dialled only at home
    return country, tuple(group.digits for group in national)


def _country(groups: list[_Group]) -> tuple[str, list[_Group]]:
    """The country's prefix written apart ("+44 ", the "1-" of "1-800-555-0199") and the groups after it.
    "+4420 ..." joins country and code, and sets neither apart."""
    if groups[0].plus and len(groups[0].digits) <= 3 and len(groups) > 1:
        return groups[0].digits, groups[1:]
    if groups[0].digits == "1" and not groups[0].bracketed and _north_american(groups[1:]):
        return "1", groups[1:]
    return "", groups


def _north_american(groups: list[_Group]) -> bool:
    """A code, an exchange and a line: "800 555 0199", "(248) 647-7221" (and "123-456-789", an old
    wire's 9 digits)."""
    sizes = [len(group.digits) for group in groups]
    return len(sizes) == 3 and sizes[:2] == [3, 3] and sizes[2] in (3, 4)


# --- shapes ---------------------------------------------------------------------------------------

def _unmistakable(text: str, groups: list[_Group]) -> bool:
    """A phone number's shape that no figures in prose take (see the module's notes)."""
    # Ruled out on the groups alone, before reading the number's parts: a long run of figures ("1900
    # 1901 1902 ...") offers every stretch of its groups, and few of them open or run as a phone does.
    if not _opens_unmistakably(groups[0]):
        return False
    # every digit written stands in a group: the brackets, plus and separators around them hold none
    digits = sum(len(group.digits) for group in groups)
    if digits < _PROSE_DIGITS:
        return False
    country, national = _parts(groups)
    if groups[0].plus:  # "+44 20 7946 0000", "+1 (248) 647-7221"; "+4420 7946 0000" joins country and code
        return _code_and_line(national, 4 if country else 7)
    if _north_american(groups[1:] if country else groups) and _joined_alike(groups):
        return True  # "1-800-555-0199", "248.647.7221", "(800) 555-0199"
    if country:
        return False  # "1 200 300 4000"
    code = groups[0]
    trunk_code = not code.bracketed and code.digits[0] == "0" and 3 <= len(code.digits) <= 5
    # "(02)", "(248)", "(0161)", "(01632)": two to four digits, or five after a trunk 0
    bracketed_code = code.bracketed and (2 <= len(code.digits) <= 4 or len(code.digits) == 5 and code.digits[0] == "0")
    if not (trunk_code or bracketed_code) or not _code_and_line(national, 5):
        return False
    return len(national[-1]) == 4 or digits >= _SHORT_LAST_DIGITS


def _opens_unmistakably(group: _Group) -> bool:
    """Whether a prose number may open with ``group``: a country's prefix ("+44"), a bracketed code
    ("(020)", "(248)"), a trunk 0 ("0800"), or North America's "1" or code of three ("1-800-...",
    "248.647.7221").  A year or a count ("1900", "25") opens none."""
    return group.plus or group.bracketed or group.digits[0] == "0" or group.digits == "1" or len(group.digits) == 3


def _code_and_line(groups: tuple[str, ...], longest_code: int) -> bool:
    """A code, then one or two groups of three or four digits: "20 | 7946 0000", "800 | 555 0142"."""
    return (2 <= len(groups) <= 3 and 1 <= len(groups[0]) <= longest_code
            and all(3 <= len(group) <= 4 for group in groups[1:]))


def _joined_alike(groups: list[_Group]) -> bool:
    """The groups after a bracketed code may be joined any way ("1 (800) 555-0199"); without brackets,
    all by dashes or all by dots ("1-800-555-0199", "248.647.7221"), as "800 555 0199" may be counts.
    A line of three digits only between dashes: "123.456.789" is a count grouped in thousands."""
    code = groups[1] if len(groups) == 4 else groups[0]
    four = len(groups[-1].digits) == 4
    if code.bracketed:
        return four
    separators = {group.before for group in groups[1:]}
    return separators == {"-"} or four and separators == {"."}


def _phone_shaped(text: str, groups: list[_Group]) -> bool:
    """Any phone's grouping: 7 to 15 digits, a first group of up to five, the rest of two to eight (a
    prose phone's shape as well).  Not a year range ("2019-2022", "2011-12"), a count in thousands
    ("1 200 000") nor, joined by dots, a date ("12.04.2023")."""
    if _unmistakable(text, groups):
        return True
    digits = [group.digits for group in groups]
    written = text[groups[0].start:groups[-1].end]
    least, most = _LABELLED_DIGITS
    if not least <= sum(map(len, digits)) <= most or "." in {group.before for group in groups}:
        return False
    if all(_YEAR.fullmatch(group) or k and len(group) == 2 for k, group in enumerate(digits)):
        return False
    if not written.startswith(("+", "(")) and _THOUSANDS.fullmatch(written):
        return False
    if len(digits) == 1:  # a bare run of digits: a trunk 0 or an international number's length
        return written.startswith(("+", "0")) or len(digits[0]) >= 10
    return all(2 <= len(group) <= 8 for group in digits[1:]) and len(digits[0]) <= 5
