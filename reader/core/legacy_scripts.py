"""Which legacy encoding a non-Latin article was saved in: a single-byte code page
(Cyrillic, Greek, Hebrew, Arabic), or a Chinese, Japanese or Korean double-byte
encoding (at the end of this module).

A file that is not UTF-8 and whose letters are mostly bytes above 0x7f was
written in one of the Windows code pages of a non-Latin script (or KOI8-R, or
ISO-8859-5, which puts the Cyrillic letters a code point lower than Windows-1251:
read as Greek, "Мощный шторм" was "ΌήιέλΩ θβήΰά").
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
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

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

CODE_PAGES = {"cp1251": _CYRILLIC, "koi8-r": _CYRILLIC, "koi8-u": _CYRILLIC, "iso8859_5": _CYRILLIC, "cp1253": _GREEK,
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


# --------------------------------------------------------------------------- Chinese, Japanese, Korean

# The double-byte legacy encodings (and the Windows supersets Python reads them with): a character
# is a lead byte 0x81-0xfe and a trail byte, above 0x7f in nearly every common character (Big5 and
# Shift-JIS also use 0x40-0x7e).  The same bytes often decode under several of them, so each reading
# must look like its language: only one real language is ever unambiguous.
DOUBLE_BYTE = {"gb18030": "GBK", "big5hkscs": "Big5", "euc_jp": "EUC-JP", "cp932": "Shift-JIS", "cp949": "EUC-KR"}
_HIGH_PAIR = re.compile(rb"[\x81-\xfe][\x80-\xfe]")
_ASCII_LETTERS = re.compile(rb"[A-Za-z]")
# A double-byte file: at least a few characters, half its high bytes paired (Big5 text has about two
# thirds, GBK all; Western text a few, "ção" and "«É"), and high bytes at least a third of its letters
# (Western text has an accent in a few per cent of them; a Chinese article quoting English, most).
_MIN_HIGH_BYTES = 4
_PAIRED_SHARE = 0.5
_HIGH_SHARE = 0.3
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa]")  # full-width: half-width katakana is what other bytes read as
# The commonest characters of Chinese news text, simplified and traditional: the right reading holds
# many (these are a tenth of a Chinese text), a wrong one next to none.
_COMMON_CHINESE = frozenset("的一是不了在人有我他这個个们中来上大为和国地到以说时要就出会也对生能而子那得于着下"
                            "自之年过发后作里這們來為國說時會對發後裡過於")
# The commonest Korean syllables; Chinese or Japanese bytes read as Korean give rare ones.
_COMMON_KOREAN = frozenset("이다는의에을를하고가한서지로기사으도들정시대자인일수있해것적부년전위")
# Shares of a reading's non-ASCII characters that make it a language.
_KOREAN_HANGUL = 0.6
_KOREAN_COMMON = 0.1
_JAPANESE_KANA = 0.15
_CHINESE_COMMON = 0.04
# The best reading must look twice as much like its language as any other: the Big5 bytes of "中"
# read as the hiragana "い" in EUC-JP, so a short text can look a little like two languages.
_CLEAR_LEAD = 2.0


class DoubleByte(NamedTuple):
    """What the bytes of a double-byte file say: the Python ``encoding`` to read it with, when one
    reading is unambiguous (else None), and the encoding it most likely is (``likely``, as users
    know it: "GBK", "Big5", "Shift-JIS", "EUC-JP", "EUC-KR") for a message."""

    encoding: str | None
    likely: str  # "" when no reading looks like its language


def double_byte_reading(data: bytes) -> DoubleByte | None:
    """The reading of a file laid out as a Chinese, Japanese or Korean legacy encoding, or None
    when it is not laid out as one (see _PAIRED_SHARE): a Western or single-byte file."""
    sample = _whole_characters(data[:SAMPLE_BYTES], len(data) > SAMPLE_BYTES)
    if not _laid_out_as_double_byte(sample):
        return None
    readings = {codec: text for codec in DOUBLE_BYTE if (text := _strict(sample, codec)) is not None}
    if not readings:
        return None
    scores = {codec: _language_share(codec, text) for codec, text in readings.items()}
    best = max(scores, key=scores.get)
    if not scores[best]:
        return DoubleByte(None, "")
    runner_up = max((score for codec, score in scores.items() if codec != best), default=0.0)
    if scores[best] >= _CLEAR_LEAD * runner_up and _strict(data, best) is not None:
        return DoubleByte(best, DOUBLE_BYTE[best])
    return DoubleByte(None, DOUBLE_BYTE[best])


def _laid_out_as_double_byte(sample: bytes) -> bool:
    high = len(sample) - len(sample.translate(None, bytes(range(0x80, 0x100))))
    if high < _MIN_HIGH_BYTES:
        return False
    paired = 2 * len(_HIGH_PAIR.findall(sample))
    letters = len(_ASCII_LETTERS.findall(sample))
    return paired >= _PAIRED_SHARE * high and high >= _HIGH_SHARE * (high + letters)


def _whole_characters(sample: bytes, cut: bool) -> bytes:
    """A sample cut from a longer file ends at its last space, digit, full stop or line break: no
    trail byte is that low (all are below 0x40), so no character is cut in two."""
    if not cut:
        return sample
    end = max(sample.rfind(bytes([byte])) for byte in b" \n\r.,0123456789")
    return sample[:end + 1] if end > 0 else sample


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _language_share(codec: str, text: str) -> float:
    """How much the reading looks like the language of ``codec``: 0 when it does not at all."""
    wide = [char for char in text[:_SCORED_CHARACTERS] if char > "\x7f"]
    return _LANGUAGE_SHARE[codec](wide) if wide else 0.0


def _chinese(wide: list[str]) -> float:
    common = sum(char in _COMMON_CHINESE for char in wide) / len(wide)
    return common if common >= _CHINESE_COMMON else 0.0


def _japanese(wide: list[str]) -> float:
    kana = len(_KANA.findall("".join(wide))) / len(wide)
    return kana if kana >= _JAPANESE_KANA else 0.0


def _korean(wide: list[str]) -> float:
    hangul = len(_HANGUL.findall("".join(wide))) / len(wide)
    common = sum(char in _COMMON_KOREAN for char in wide) / len(wide)
    return common if hangul >= _KOREAN_HANGUL and common >= _KOREAN_COMMON else 0.0


_LANGUAGE_SHARE = {"gb18030": _chinese, "big5hkscs": _chinese, "euc_jp": _japanese, "cp932": _japanese, "cp949": _korean}
# Enough characters to tell the languages apart; counting a 40 MB file's would take seconds.
_SCORED_CHARACTERS = 20_000
