"""Which legacy single-byte code page a non-Latin article was saved in.

A file that is not UTF-8 and whose letters are mostly bytes above 0x7f was
written in one of the Windows code pages of a non-Latin script (or KOI8-R).
The same bytes decode to Cyrillic, Greek, Hebrew or Arabic letters depending on
the code page, so the decision rests on how language-like each reading is: the
share of each letter in ordinary text of that script, scored over the bytes the
file actually holds (a log-likelihood, as in classic charset detectors).  The
tables are rounded letter frequencies in per cent; a letter outside the table,
or a character that is no letter of the script at all, counts as very rare.

Each code page is scored with the language most written in it: Russian stands
for the Cyrillic languages (with the letters of Ukrainian, Belarusian and
Serbian added), Modern Greek, Hebrew and Arabic (with Persian's letters).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter

_CYRILLIC = dict(zip(  # Russian frequencies, and the letters of Ukrainian, Belarusian and Serbian
    "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґўјљњџђћ",
    (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62, 2.01, 1.90,
     1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32, 0.26, 0.04, 0.04,
     1.5, 0.4, 0.3, 0.05, 0.3, 0.5, 0.2, 0.3, 0.1, 0.1, 0.1), strict=True))
_GREEK = dict(zip(  # accents folded: "ά" counts as "α"
    "αοιετνσηρυπκμςλωγδθχφβξζψ",
    (12.0, 9.8, 8.0, 8.0, 8.0, 6.5, 4.4, 4.5, 4.5, 4.1, 4.0, 4.0, 3.4, 2.6, 2.6, 2.0, 1.9, 1.7, 1.2, 1.1,
     0.8, 0.6, 0.5, 0.4, 0.2), strict=True))
_HEBREW = dict(zip(  # letters, then the vowel points of pointed text (one a letter or so)
    "יוהלמאתרבנשעדכקחםפגסטזצןךףץ" + "ְֱֲֳִֵֶַָֹֻּׁׂ",
    (11.0, 10.0, 8.7, 7.0, 6.0, 6.0, 5.6, 5.5, 4.8, 4.0, 4.2, 3.2, 2.6, 2.5, 2.2, 2.2, 2.6, 1.5, 1.3, 1.2,
     1.2, 0.9, 0.9, 1.4, 0.7, 0.3, 0.2) + (4.0,) * 14, strict=True))
_ARABIC = dict(zip(  # letters (Persian's too), then the short vowels of vowelled text
    "الیيمونهرةبتعدفكقسأحجىإشصطخذزثضئءغؤظآکگپچژ" + "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652",
    (12.5, 11.0, 1.0, 7.0, 6.0, 6.0, 5.5, 4.5, 4.5, 2.5, 4.0, 3.7, 3.5, 3.0, 3.0, 2.5, 2.5, 2.5, 2.5, 2.0,
     1.5, 1.5, 1.0, 1.0, 1.0, 1.0, 0.8, 0.8, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4, 0.3, 0.2, 0.2, 1.0, 0.8, 0.5,
     0.3, 0.1) + (4.0,) * 8, strict=True))

CODE_PAGES = {"cp1251": _CYRILLIC, "koi8-r": _CYRILLIC, "koi8-u": _CYRILLIC, "cp1253": _GREEK,
              "cp1255": _HEBREW, "cp1256": _ARABIC, "iso-8859-6": _ARABIC}
_RARE = 0.001  # per cent: a letter of the script the table leaves out, or no letter at all
# Text is mostly small letters; a reading in capitals pays this much a letter.  Without it a short
# Russian line read as Greek capitals ("ΙΞΖΜΡΓΙΡ") can outscore the right reading: Greek has fewer
# letters, so each is likelier.
_CAPITAL = 0.8
# Enough of a long file to tell the scripts apart; counting all of a 40 MB file would take seconds.
SAMPLE_BYTES = 256 * 1024
# Bytes read for marks of a wrong reading: a Python loop over each character.
MARKS_SAMPLE_BYTES = 16 * 1024


def best_code_page(data: bytes) -> str:
    """The code page in ``CODE_PAGES`` under which ``data`` reads most like its language.

    Tables are tried in order and the first best wins: KOI8-U reads Russian as KOI8-R does.
    A byte the code page leaves undefined (Windows-1251's 0x98) reads as U+FFFD and
    counts as very rare: one stray byte does not rule out the right reading."""
    counts = Counter(byte for byte in data[:SAMPLE_BYTES] if byte > 0x7F)
    return max(CODE_PAGES, key=lambda page: _likelihood(counts, page) + _wrong_marks(data, page) * math.log(_RARE))


def _wrong_marks(data: bytes, page: str) -> int:
    """Characters that real text of the script does not have where this reading puts them: a
    capital straight after a small letter ("αΗα": Arabic read as Greek has likely letters, in
    random case), and a Greek final sigma inside a word or a middle sigma at its end."""
    text = data[:MARKS_SAMPLE_BYTES].decode(page, "replace")
    marks = 0
    for before, after in zip(text, text[1:]):
        if after.isupper() and before.islower():
            marks += 1
        elif before == "ς" and after.isalpha() or before == "σ" and not after.isalpha():
            marks += 1
    return marks


def _likelihood(counts: Counter, page: str) -> float:
    table = CODE_PAGES[page]
    total = 0.0
    for byte, count in counts.items():
        char = bytes([byte]).decode(page, "replace")
        total += count * (math.log(table.get(_fold(char), _RARE)) + (math.log(_CAPITAL) if char.isupper() else 0))
    return total


def _fold(char: str) -> str:
    """Lower case, and a Greek vowel without its accent ("Ά" -> "α"): Greek tables count the
    letter, accented or not.  Other scripts keep their marked letters ("й", "أ") as letters."""
    char = char.lower()
    if "\u0370" <= char <= "\u03ff":
        return unicodedata.normalize("NFD", char)[:1]
    return char
