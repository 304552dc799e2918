"""Which legacy encoding a non-Latin article was saved in: a single-byte code page
(Cyrillic, Greek, Hebrew, Arabic; Thai, whose spelling tells it, after them), or a Chinese,
Japanese or Korean double-byte encoding (after them in this module, then how a short Western
text that is laid out like a double-byte one is told from it, and last which Latin code page
a Latin text is in: Windows-1252, or a Central European, Turkish or Mac one).

A file that is not UTF-8 and whose letters are mostly bytes above 0x7f was
written in one of the Windows code pages of a non-Latin script (or KOI8-R, or
ISO-8859-5, which puts the Cyrillic letters a code point lower than Windows-1251:
read as Greek, "Мощный шторм" was "ΌήιέλΩ θβήΰά").
The same bytes decode to Cyrillic, Greek, Hebrew or Arabic letters depending on
the code page, so the decision rests on how language-like each reading is: the
share of each letter in ordinary text of that script, scored over the bytes the
file actually holds (a log-likelihood, as in classic charset detectors).  The
tables are rounded letter frequencies in per cent; a letter outside the table,
or a character that is no letter of the script at all, counts as very rare, and
so does each mark of a wrong reading: a letter where its script never puts it (a
Hebrew final letter inside a word, a Greek word without its accent, a Cyrillic
word without a vowel; see _wrong_marks), which a short text's letter shares alone
cannot rule out.

Each code page is scored with the language most written in it: Russian stands
for the Cyrillic languages (with the letters of Ukrainian, Belarusian, Serbian and
Macedonian added), Modern Greek, Hebrew and Arabic (with Persian's letters).
"""

from __future__ import annotations

import codecs
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from typing import NamedTuple

from reader.core.charsets import windows_1252

_CYRILLIC = dict(zip(  # Russian frequencies, and the letters of Ukrainian, Belarusian, Serbian and Macedonian
    "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґўјљњџђћѓќѕ",
    (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62, 2.01, 1.90,
     1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32, 0.26, 0.04, 0.04,
     1.5, 0.4, 0.3, 0.05, 0.3, 0.5, 0.2, 0.3, 0.1, 0.1, 0.1, 0.1, 0.3, 0.05), strict=True))
_GREEK = dict(zip(  # accents folded: "ά" counts as "α"; a vowel with a diaeresis (rare) is a letter of its own
    "αοιετνσηρυπκμςλωγδθχφβξζψ" + "ϊϋΐΰ",
    (12.0, 9.8, 8.0, 8.0, 8.0, 6.5, 4.4, 4.5, 4.5, 4.1, 4.0, 4.0, 3.4, 2.6, 2.6, 2.0, 1.9, 1.7, 1.2, 1.1,
     0.8, 0.6, 0.5, 0.4, 0.2) + (0.15, 0.03, 0.02, 0.01), strict=True))
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
    """The code page in ``CODE_PAGES`` (or ``LATIN_CODE_PAGES``: a short Latin text can be laid out
    as a non-Latin one, "Güneş ışığı") under which ``data`` reads most like its language.

    Tables are tried in order and the first best wins: KOI8-U reads Russian as KOI8-R does.
    A byte the code page leaves undefined (Windows-1251's 0x98) reads as U+FFFD and
    counts as very rare: one stray byte does not rule out the right reading."""
    counts = Counter(byte for byte in data[:SAMPLE_BYTES] if byte > 0x7F)
    return max([*CODE_PAGES, *LATIN_CODE_PAGES],
               key=lambda page: _likelihood(counts, page) + _wrong_marks(data, page) * math.log(_RARE))


def plain_script_page(data: bytes) -> str | None:
    """The code page in ``CODE_PAGES`` that a short text reads plainly in, or None.

    For a text that has more of its letters in 0x80-0xbf than a Russian or Greek one (Ukrainian
    "Київ під обстрілом" has "ї" and "і" there, as Serbian has "ј", "љ" and "њ") and that no
    double-byte reading shows to be Chinese, Japanese or Korean: such bytes read in a code page
    of these scripts mostly as signs ("±", "¶"), rare letters and words in random case.  So the
    reading must be all letters of its script (and punctuation), each word with a vowel where
    the script writes vowels (Chinese read as Cyrillic capitals has words such as "ЦЗХЦ"), and
    free of the marks of a wrong reading."""
    page = best_code_page(data)
    if page not in CODE_PAGES:
        return None
    text = data[:MARKS_SAMPLE_BYTES].decode(page, "replace")
    table = CODE_PAGES[page]
    if any(char > "\x7f" and _fold(char) not in table and char not in _PUNCTUATION for char in text):
        return None
    if not any(_fold(char) in table for char in bytes(range(0x80, 0xC0)).decode(page, "replace") if char in text):
        return None  # its bytes there are signs: "ΥΤΩ»" is GBK's "赵倩"
    words = _ALPHABET_WORD.findall(text)
    if table in (_CYRILLIC, _GREEK) and any(_VOWELS.isdisjoint(word.lower()) for word in words):
        return None
    if any(_ACCENTED_CAPITAL_IN_A_WORD.search(word) for word in words):
        return None  # "ΉΪΌΊΉΞ" (Korean "박성민" in EUC-KR): Greek capitals have no accents
    return page if _wrong_marks(data, page) == 0 else None


_ACCENTED_CAPITAL_IN_A_WORD = re.compile("(?<=[^\\W\\d_])[ΆΈΉΊΌΎΏΪΫ]")


# Punctuation that text of any script may have beside its letters.
_PUNCTUATION = frozenset("’‘“”„«»–—…\xa0")


def _wrong_marks(data: bytes, page: str) -> int:
    """Characters that real text of the script does not have where this reading puts them: a
    capital straight after a small letter ("αΗα": Arabic read as Greek has likely letters, in
    random case), a Greek final sigma inside a word or a middle sigma at its end, a letter of
    these scripts against a Latin one ("Gόneώ": Turkish "Güneş" read as Greek), and the marks of
    _word_marks."""
    text = data[:MARKS_SAMPLE_BYTES].decode(page, "replace")
    marks = 0
    for before, after in zip(text, text[1:] + " "):
        if after.isupper() and before.islower():
            marks += 1
        elif before == "ς" and after.isalpha() or before == "σ" and not after.isalpha():
            marks += 1
        elif _against_a_latin_letter(before, after) or _against_a_latin_letter(after, before):
            marks += 1
    return marks + _word_marks(text)


def _against_a_latin_letter(letter: str, other: str) -> bool:
    """Is ``letter`` Greek, Cyrillic, Armenian, Hebrew or Arabic (or a Hebrew or Arabic vowel mark),
    and ``other`` a Latin letter ("جèً": Russian "Мир" read as Arabic)?"""
    return "\u0370" <= letter <= "\u06ff" and other <= "\u024f" and other.isalpha()


# Words real text of these scripts does not write:
# - a Greek or Cyrillic word of small letters without a vowel ("κσπρ" for Russian "курс", "лхту" for
#   "КУРС" in KOI8-R): only abbreviations have none ("млн", "χλμ", "пр."), and a wrong reading has
#   them by the dozen;
# - a Greek word of two or more syllables in small letters without an accent ("Σμεπ" for Russian
#   "Умер"): Greek marks the stressed vowel of every such word, and only that one ("Ήάΐν", GBK's
#   "管理" read as Greek, has three); a diaeresis parts a vowel from the vowel before it, and
#   stands after no other letter ("Δΰλόνθι" for Russian "Дальний");
# - a Hebrew final letter inside a word or a non-final one at its end ("נןצבע" for Russian "ПОЖАР"
#   in KOI8-R): Hebrew writes five letters in two forms, one only at the end of a word (an
#   abbreviation's quotation mark, "מנכ\"ל", may follow the non-final one, and a word of two
#   letters may be an abbreviation without it, "סמ");
# - a Hebrew or Arabic vowel mark that follows no letter ("ּ ָ ִ" for Russian "МИД"), and two Arabic
#   vowels on one letter ("تًٌَ" for Russian "Курс": only the shadda, which doubles the letter, goes
#   with a vowel);
# - a word of capitals that goes on in small letters ("ΕΛΎκ", GBK's "潘娟" read as Greek; a
#   capital after a small letter is counted above).
_VOWELS = frozenset("аеёиоуыэюяіїєαεηιουωάέήίόύώϊϋΐΰ")
_ALPHABET_WORD = re.compile("[\u0370-\u03ff\u0400-\u04ff]{2,}")
_GREEK_VOWEL_RUN = re.compile("[αεηιουωάέήίόύώϊϋΐΰ]+")
_GREEK_ACCENTED = frozenset("άέήίόύώΐΰ")
_CAPITALS_THEN_SMALL = re.compile("[Ά-ΫЀ-Я]{2}[ά-ώа-џ]")
_DIAERESIS_AFTER_NO_VOWEL = re.compile("(?<![αεηιουωάέήίόύώΑΕΗΙΟΥΩΆΈΉΊΌΎΏ])[ϊϋΐΰΪΫ]")
_HEBREW_POINTS = "\u0591-\u05c7"
_HEBREW_LETTER = f"[א-ת][{_HEBREW_POINTS}]*"
_HEBREW_MISPLACED_FORM = re.compile(
    f"[ךםןףץ][{_HEBREW_POINTS}]*(?=[א-ת])"
    f"|{_HEBREW_LETTER}{_HEBREW_LETTER}[כמנפצ][{_HEBREW_POINTS}]*(?![{_HEBREW_POINTS}א-ת\"'״׳])")
_TWO_ARABIC_VOWELS = re.compile("[\u064b-\u0650\u0652]{2}")
_VOWEL_MARKS = "\u0591-\u05c7\u064b-\u0652"
_STRAY_VOWEL_MARK = re.compile(  # after neither a letter nor another mark
    f"(?<![^\\W\\d_])(?<![{_VOWEL_MARKS}])[\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7\u064b-\u0652]")


def _word_marks(text: str) -> int:
    """How many words of ``text`` real text of its script does not write (see above)."""
    marks = sum(len(pattern.findall(text)) for pattern in (
        _HEBREW_MISPLACED_FORM, _STRAY_VOWEL_MARK, _TWO_ARABIC_VOWELS, _DIAERESIS_AFTER_NO_VOWEL))
    for match in _ALPHABET_WORD.finditer(text):
        word = match.group()
        if not word.isupper() and (_an_odd_small_word(word.lower(), text.startswith(".", match.end()))
                                   or _CAPITALS_THEN_SMALL.search(word)):
            marks += 1
    return marks


def _an_odd_small_word(small: str, abbreviated: bool) -> bool:
    if _VOWELS.isdisjoint(small):
        return not abbreviated
    if small[0] > "\u03ff":
        return False  # Cyrillic
    accents = sum(char in _GREEK_ACCENTED for char in small)
    return accents > 1 or accents == 0 and len(_GREEK_VOWEL_RUN.findall(small)) > 1


def _likelihood(counts: Counter, page: str) -> float:
    """How like its language the bytes above 0x7f read in ``page``; a Latin code page is read as
    the likeliest of its languages (see LATIN_CODE_PAGES)."""
    if page in LATIN_CODE_PAGES:
        return max(sum(count * _log_shares(page, language)[byte] for byte, count in counts.items())
                   for language in LATIN_CODE_PAGES[page])
    table = CODE_PAGES[page]
    total = 0.0
    for byte, count in counts.items():
        char = bytes([byte]).decode(page, "replace")
        share = table.get(_fold(char)) or _SIGNS.get(char) or _RARE  # a sign counts alike in every code page
        total += count * (math.log(share) + (math.log(_CAPITAL) if char.isupper() else 0))
    return total


def _fold(char: str) -> str:
    """Lower case, and a Greek vowel without its accent ("Ά" -> "α"): Greek tables count the
    letter, accented or not, but a vowel with a diaeresis ("ϊ", "ΰ") as a letter of its own (Russian
    "а" reads as "ΰ" in Windows-1253).  Other scripts keep their marked letters ("й", "أ") as letters."""
    char = char.lower()
    if "\u0370" <= char <= "\u03ff" and char not in _GREEK:
        return unicodedata.normalize("NFD", char)[:1]
    return char


# --------------------------------------------------------------------------- Thai

# Thai is written in TIS-620 (Windows-874 adds curly quotes, a dash and "…" below 0xa0), whose
# spelling places its marks: a vowel sign or tone mark written above or below a letter follows a
# consonant (or the vowel sign it stacks on: "กิ่"), a vowel written before its consonant ("เ", "แ",
# "โ", "ใ", "ไ") comes before one.  Other scripts' bytes read in Windows-874 break these rules at
# once (Russian's small letters are its leading vowels, followed by more of them), or are no
# characters of it (0xdb-0xde, 0xfc-0xff: "ь", "я").  Korean in EUC-KR keeps them more often (its
# lead bytes read as consonants), but reads as Thai of rare letters ("ศญฟไภฯ ฐญวั"): the twenty
# commonest Thai characters are three quarters of a Thai text, and a third of such a misreading.
THAI_PAGE = "cp874"
_THAI_CONSONANT = "\u0e01-\u0e2e"
_THAI_MARK_AFTER = "\u0e31\u0e33-\u0e3a\u0e47-\u0e4e"  # above or below the letter, and "ำ"
_MISPLACED_THAI = re.compile(
    f"(?<![{_THAI_CONSONANT}{_THAI_MARK_AFTER}])[{_THAI_MARK_AFTER}]"  # a mark on no consonant
    f"|[\u0e40-\u0e44](?![{_THAI_CONSONANT}])"  # a leading vowel before no consonant
)
_THAI = re.compile("[\u0e01-\u0e5b]")
_COMMON_THAI = frozenset("านรอกเ่งมยัวด้ทีลิตส")
# Letters enough to show the rules kept, the share of them that may break them (a typing slip), and
# the share that must be common ones.  Beside its letters and figures a Thai text has only a few other
# characters above ASCII (quotes, a dash).
_THAI_SHARE = 0.9
_MIN_THAI_LETTERS = 16
_MISPLACED_THAI_SHARE = 0.01
_COMMON_THAI_SHARE = 0.5


def thai_reading(data: bytes) -> str | None:
    """``data`` read as Thai in Windows-874 (TIS-620), when its bytes above 0x7f all read as Thai
    that keeps the rules of Thai spelling, mostly in its common letters; else None."""
    try:
        text = data.decode(THAI_PAGE)
    except UnicodeDecodeError:
        return None
    sample = text[:MARKS_SAMPLE_BYTES]
    thai = _THAI.findall(sample)
    if len(thai) < _MIN_THAI_LETTERS or len(thai) < _THAI_SHARE * _count_non_ascii(sample):
        return None
    if sum(char in _COMMON_THAI for char in thai) < _COMMON_THAI_SHARE * len(thai):
        return None
    misplaced = len(_MISPLACED_THAI.findall(sample))
    return text if misplaced <= _MISPLACED_THAI_SHARE * len(thai) else None


def _count_non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


# --------------------------------------------------------------------------- Chinese, Japanese, Korean

# The double-byte legacy encodings (and the Windows supersets Python reads them with): a character
# is a lead byte 0x81-0xfe and a trail byte, above 0x7f in nearly every common character (Big5 and
# Shift-JIS also use 0x40-0x7e, GB18030's four-byte characters 0x30-0x39).  The same bytes often
# decode under several of them, so each reading must look like its language: only one real language
# is ever unambiguous.
DOUBLE_BYTE = {"gb18030": "GBK", "big5hkscs": "Big5", "euc_jp": "EUC-JP", "cp932": "Shift-JIS", "cp949": "EUC-KR"}
LANGUAGE = {"GBK": "Chinese", "Big5": "Chinese", "EUC-JP": "Japanese", "Shift-JIS": "Japanese", "EUC-KR": "Korean"}
# A lead byte and its trail byte, which in Big5 and Shift-JIS may be an ASCII letter or sign: Big5's
# "立法院" is "\xa5\xdf\xaa\x6b\xb0\x7c", "¥ßªk°|" in Windows-1252.
_CHARACTER = re.compile(rb"[\x81-\xfe][\x40-\x7e\x80-\xfe]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
# A double-byte file: at least a few characters, half its high bytes in characters (all of them in
# double-byte text, but an accented letter before a plain one pairs too: "ül" in "Müller"), and
# high bytes at least a third of its letters (Western text has an accent in a few per cent of them;
# a Chinese article quoting English, most).  A short Western text can pass: see _reads_as_western.
_MIN_HIGH_BYTES = 4
_PAIRED_SHARE = 0.5
_HIGH_SHARE = 0.3
# A damaged file (a last character cut off, a stray byte) is read with a U+FFFD for each byte its
# encoding has no character for, as a UTF-8 file is, when no whole reading is a language: two, and
# one more in a hundred characters.  Few: a wrong encoding may miss only two or three characters of
# a short text (Big5's "立法院" in EUC-JP), and the rest can look like its language.
_FEW_BROKEN = 2
_BROKEN_SHARE = 0.01
# A text of a few characters with a U+FFFD is as likely a wrong reading ("큘을�_" is Big5's "襲擊北"
# in EUC-KR): only a file of this many double-byte characters is read as damaged.
_MIN_DAMAGED_CHARACTERS = 20
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
    reading is unambiguous and whole (else None), and the encoding it most likely is (``likely``, as
    users know it: "GBK", "Big5", "Shift-JIS", "EUC-JP", "EUC-KR") for a message."""

    encoding: str | None
    likely: str  # "" when no reading looks like its language
    text: str = ""  # the file read in ``encoding``, a byte it has no character for as U+FFFD
    broken: int = 0  # when the clear reading was refused for them: the bytes ``likely`` cannot read
    also: tuple[str, ...] = ()  # other encodings it may as likely be in (a text of a few characters)


def double_byte_reading(data: bytes) -> DoubleByte | None:
    """The reading of a file laid out as a Chinese, Japanese or Korean legacy encoding, or None
    when it is not laid out as one (see _PAIRED_SHARE) or reads as Western text: a Western or
    single-byte file."""
    sample, cut = data[:SAMPLE_BYTES], len(data) > SAMPLE_BYTES
    if not _laid_out_as_double_byte(sample) or _reads_as_western(sample[:MARKS_SAMPLE_BYTES]):
        return None
    readings = {codec: _read_sample(sample, codec, cut) for codec in DOUBLE_BYTE}
    reading = _clearest({codec: text for codec, text in readings.items() if "\ufffd" not in text})
    if not reading.likely and _characters(sample) >= _MIN_DAMAGED_CHARACTERS:
        # No whole reading looks like a language: a file with a stray or cut-off byte is read in
        # its encoding with a U+FFFD there (a wrong encoding that reads every byte, such as
        # Shift-JIS's half-width katakana, is whole but no language).
        reading = _clearest({codec: text for codec, text in readings.items() if _mostly_whole(text)})
    if not reading.likely:  # too damaged to read: named by its likeliest reading, if there is one
        damaged = _clearest(readings)
        return damaged._replace(encoding=None, text="", broken=damaged.text.count("\ufffd"))
    if reading.encoding is None:
        return reading
    text = _read(data, reading.encoding) if cut else reading.text
    if not _mostly_whole(text):  # the sample was whole, the rest of the file is not
        return DoubleByte(None, reading.likely, broken=text.count("\ufffd"))
    return reading._replace(text=text)


def _clearest(readings: dict[str, str]) -> DoubleByte:
    """The one of ``readings`` (text by codec) that looks clearly most like its language, with its
    text; else no encoding, and the likeliest (or none, when none looks like a language)."""
    scores = {codec: _language_share(codec, text) for codec, text in readings.items()}
    best = max(scores, key=scores.get, default=None)
    if best is None or not scores[best]:
        return DoubleByte(None, "")
    runner_up = max((score for codec, score in scores.items() if codec != best), default=0.0)
    if scores[best] < _CLEAR_LEAD * runner_up:
        return DoubleByte(None, DOUBLE_BYTE[best])
    return DoubleByte(best, DOUBLE_BYTE[best], readings[best])


def _laid_out_as_double_byte(sample: bytes) -> bool:
    high = _count_high(sample)
    if high < _MIN_HIGH_BYTES:
        return False
    outside = _CHARACTER.sub(b"", sample)  # what no lead byte and its trail are part of
    letters = len(outside) - len(outside.translate(None, _ASCII_LETTERS))
    return high - _count_high(outside) >= _PAIRED_SHARE * high and high >= _HIGH_SHARE * (high + letters)


def _count_high(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _read_sample(sample: bytes, codec: str, cut: bool) -> str:
    """``sample`` read as ``_read`` does.  A sample cut from a longer file may end inside a character
    (which may be four bytes long in GB18030, "😀" is "\x94\x39\xfc\x36"): those last bytes are left
    unread, as a decoder does until more come."""
    return _UNDEFINED.sub("\ufffd", codecs.getincrementaldecoder(codec)("replace").decode(sample, final=not cut))


def _read(data: bytes, codec: str) -> str:
    """``data`` read in ``codec``, each byte it has no character for a U+FFFD."""
    return _UNDEFINED.sub("\ufffd", data.decode(codec, "replace"))


# Windows' code page 932 reads the bytes Shift-JIS leaves undefined (0x80, 0xa0, 0xfd-0xff) as U+0080 and
# private-use characters, where the other codecs give U+FFFD: a stray byte in a Shift-JIS file is one.
_UNDEFINED = re.compile("[\x80\uf8f0-\uf8f3]")


def _characters(sample: bytes) -> int:
    """About how many double-byte characters ``sample`` holds: half its bytes above 0x7f."""
    return _count_high(sample) // 2


def _mostly_whole(text: str) -> bool:
    """Whether a reading has few enough undecodable bytes (U+FFFD) to be the file's (see _FEW_BROKEN)."""
    wide = len(text) - len(text.encode("ascii", "ignore"))
    return text.count("\ufffd") <= _FEW_BROKEN + _BROKEN_SHARE * wide


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


# A text of one to three characters (a name, a word: "中", "東京", "서울") holds too few of them to
# tell the languages apart by their commonest characters.  What is left is where its characters
# stand in each encoding: every one of these encodings keeps its commonest characters in a block of
# its own (GB2312's level 1, Big5's frequent characters, JIS level 1 and the kana, the Hangul
# syllables of KS X 1001), and sets its punctuation before them; the same bytes read in another
# encoding mostly land among its rare characters or its half-width katakana.  A tiny text is read
# in an encoding when one reading is clearly its language (see _clearest) or only one puts all its
# characters among the common ones; when several do, it is refused naming them.
_TINY_CHARACTERS = 3
_TINY_FILE_BYTES = 256  # they and the spaces, figures and signs around them: any longer file is no tiny text
# Per codec: (lead bytes, trail bytes) of the blocks that hold its punctuation and commonest characters.
_TRAILS_EUC = (0xA1, 0xFE)
_TRAILS_WIDE = (0x40, 0xFE)  # Big5 and Shift-JIS trail bytes include ASCII
_COMMON_BLOCKS = {
    "gb18030": (((0xA1, 0xA3), _TRAILS_EUC), ((0xB0, 0xD7), _TRAILS_EUC)),  # signs; GB2312 level 1
    "big5hkscs": (((0xA1, 0xA3), _TRAILS_WIDE), ((0xA4, 0xC6), _TRAILS_WIDE)),  # signs; frequent characters
    "euc_jp": (((0xA1, 0xA5), _TRAILS_EUC), ((0xB0, 0xCF), _TRAILS_EUC)),  # signs and kana; JIS level 1
    "cp932": (((0x81, 0x83), _TRAILS_WIDE), ((0x88, 0x98), _TRAILS_WIDE)),  # signs and kana; JIS level 1
    "cp949": (((0xA1, 0xA3), _TRAILS_EUC), ((0xB0, 0xC8), _TRAILS_EUC)),  # signs; Hangul syllables
}


def tiny_double_byte_reading(data: bytes) -> DoubleByte | None:
    """The reading of a file of one to three double-byte characters and no Latin letter (see
    _TINY_CHARACTERS), or None for any other file, or one whose characters no encoding finds common."""
    characters = _tiny_characters(data)
    if characters is None or _tiny_single_byte_text(data, characters):
        return None
    readings, common = _common_readings(data, characters)
    clear = _clearest({codec: readings[codec] for codec in common})
    if clear.encoding is not None:
        return clear
    if len(common) == 1:
        return DoubleByte(common[0], DOUBLE_BYTE[common[0]], readings[common[0]])
    if not common:
        return None
    return DoubleByte(None, DOUBLE_BYTE[common[0]], also=tuple(DOUBLE_BYTE[codec] for codec in common[1:]))


def tiny_capitals_page(data: bytes) -> str | None:
    """The code page (Windows-1251 or 1253) of a file as short as a tiny double-byte one that is a
    word of Cyrillic or Greek capitals ("НАТО"; see _TINY_CAPITALS_WORD), or None."""
    characters = _tiny_characters(data)
    if characters is None:
        return None
    pages = [page for page in ("cp1251", "cp1253") if _reads_as_capitals(data, page)]
    if not pages:
        return None
    readings, common = _common_readings(data, characters)
    if common and (common != ["gb18030"] or _of_frequent_characters(readings["gb18030"])):
        return None
    counts = Counter(byte for byte in data if byte > 0x7F)
    return max(pages, key=lambda page: _likelihood(counts, page))


def _tiny_characters(data: bytes) -> list[bytes] | None:
    """The double-byte characters of a tiny text, or None for a longer one or one with a Latin letter."""
    if len(data) > _TINY_FILE_BYTES or _count_high(data) > 2 * _TINY_CHARACTERS:
        return None
    characters = _CHARACTER.findall(data)
    if not 1 <= len(characters) <= _TINY_CHARACTERS or _LETTER_OR_HIGH_BYTE.search(_CHARACTER.sub(b"", data)):
        return None
    return characters


def _common_readings(data: bytes, characters: list[bytes]) -> tuple[dict[str, str], list[str]]:
    """The text in each double-byte encoding, and the encodings that find all its characters common."""
    readings = {codec: _read(data, codec) for codec in DOUBLE_BYTE}
    common = [codec for codec in DOUBLE_BYTE if "\ufffd" not in readings[codec]
              and all(_in_common_block(codec, character) for character in characters)]
    return readings, common


# Outside its characters a tiny text has no Latin letter (a word of them makes it no Chinese,
# Japanese or Korean text) and no byte above 0x7f (Western text has them one by one).
_LETTER_OR_HIGH_BYTE = re.compile(rb"[A-Za-z\x80-\xff]")


# Single-byte texts a tiny one's bytes may be (review of round 21), read as such first:
# - Western text whose one accented letter or sign stands against a plain letter: "°C", "Ås", "µg",
#   "½h", "¿Y?" (Big5 and Shift-JIS take an ASCII letter for a trail byte: "蚓", "彎", "痢").  Chinese,
#   Japanese and Korean text read as Windows-1252 has random case and signs against letters ("¥x¥_"
#   for Big5 "台北"), which _reads_as_western tells apart.
# - Western text of signs alone: "“”", "——", "«»".
# - A word of Greek or Cyrillic capitals, six or more ("ΣΥΡΙΖΑ"): a capital's byte is a common
#   character's lead and trail in a few in a hundred pairs, three such pairs in a row hardly ever.
#   Four ("НАТО") are not enough: GBK "新闻" reads "РВОЕ" in Windows-1251.
_TINY_CAPITALS = 6


def _tiny_single_byte_text(data: bytes, characters: list[bytes]) -> bool:
    western = windows_1252(data)
    letter_trail = all(_western_pair(*windows_1252(character)) for character in characters)
    signs_only = not any(char.isalpha() or char == "\xa0" for char in western)  # "‚\xa0" is Shift-JIS "あ"
    if (letter_trail or signs_only) and _reads_as_western(data):
        return True
    for page in ("cp1251", "cp1253"):
        letters = "".join(data.decode(page, "replace").split())
        if len(letters) >= _TINY_CAPITALS and letters.isalpha() and letters.isupper():
            return all("\u0370" <= char <= "\u04ff" for char in letters)
    return False


# A word of four or five Greek or Cyrillic capitals ("НАТО") is read so when it reads as a word (see
# _a_word_of_capitals; no mark of a wrong reading, see _wrong_marks), unless its bytes make
# frequent Chinese characters in GBK: GBK reads "НАТО" as "屠椅", but "新闻" as "РВОЕ", and only
# the characters tell them apart.  These are about the twelve hundred commonest of simplified
# Chinese text.  (Other encodings that find its characters common leave it to them: their
# characters are not judged here.)
_FREQUENT_CHINESE = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
    "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
    "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
    "武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷"
    "洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康"
    "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
    "玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞"
    "街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尾仿恨寸韩澳疫灾援涨跌融峰幕署涉嫌拒宪罚")


def _reads_as_capitals(data: bytes, page: str) -> bool:
    words = data.decode(page, "replace").split()
    return (sum(map(len, words)) >= _TINY_CAPITALS_WORD and all(_a_word_of_capitals(word, page) for word in words)
            and _wrong_marks(data, page) == 0)


def _a_word_of_capitals(word: str, page: str) -> bool:
    """A word of Greek or Cyrillic capitals with a vowel, of the script's common letters (none rarer
    than _COMMON_LETTER), and no accent: Greek capitals have none ("ΥΕΊΖ" is GBK's "张浩")."""
    return (word.isalpha() and word.isupper() and all("\u0370" <= char <= "\u04ff" for char in word)
            and not _VOWELS.isdisjoint(word.lower()) and _ACCENTED_GREEK_CAPITALS.isdisjoint(word)
            and all(CODE_PAGES[page].get(char.lower(), 0) >= _COMMON_LETTER for char in word))


# One character (two capitals: "ЕС", or "ΠΑ" for GBK's "辛") is too short to tell a word from a name.
_TINY_CAPITALS_WORD = 4
_COMMON_LETTER = 1.0  # per cent: "ХЕСТ" (GBK's "张岩") has "Х", which is rarer
_ACCENTED_GREEK_CAPITALS = frozenset("ΆΈΉΊΌΎΏΪΫ")


def _of_frequent_characters(text: str) -> bool:
    return all(char in _FREQUENT_CHINESE for char in text if char > "\x7f" and not char.isspace())


# Signs that stand before a letter in a tiny Western text ("°C", "ºC", "¿Y?", "½h").
_SIGNS_BEFORE_A_UNIT = frozenset("°º¿¡½")


def _western_pair(high: str, trail: str) -> bool:
    """Whether a tiny text's two bytes, read as Windows-1252, are a Western word's start or a unit
    ("Ås", "Še", "µg", "°C"): an accented letter before a small one, or a sign before any.  Chinese
    and Japanese characters whose trail byte is an ASCII letter read otherwise: a capital after the
    letter ("ŠC" for Shift-JIS "海", "ªZ" for Big5 "武"), or two bytes above 0x7f ("“Œ" for "東")."""
    if not trail.isascii() or not trail.isalpha():
        return False
    if high in _SIGNS_BEFORE_A_UNIT:
        return True
    return high.isalpha() and high not in "ªº" and trail.islower()


def _in_common_block(codec: str, character: bytes) -> bool:
    lead, trail = character
    return any(first <= lead <= last and low <= trail <= high
               for (first, last), (low, high) in _COMMON_BLOCKS[codec])


# --------------------------------------------------------------------------- Western text in Windows-1252

# A short Western text can be laid out as a double-byte one: "ÞJÓÐ" pairs "ÓÐ", which GBK reads as
# "有", a common Chinese character, and "Müller, Höß" pairs three times.  So a file laid out as
# double-byte is first read as Windows-1252, and kept so when that reading looks like Western
# European text: its accented letters sit in words of one case ("Müller", "ÞÓRSHÖFN", "Þórður")
# beside a plain letter, and its other non-ASCII characters are punctuation and signs facing the
# way text has them: an opening quotation mark the word after it, a closing one the word before
# it, a currency sign a figure.  Double-byte text read so has words in random case ("ÑØ", "ƒA"),
# words of accented letters only ("ÖÐ" for "中"), and signs against letters or each other ("Ç§",
# "µ‚½", "±©").
_WORD = re.compile(r"[^\W\d_¹²³¼½¾]+")  # letters; a superscript digit or a fraction is none
_NON_ASCII_SIGN = re.compile(r"[^\x00-\x7f\w]|[¹²³]")  # a fraction is a figure ("‘½’ price")
_CASELESS = str.maketrans("", "", "ßªºµ")  # "GRÖßE" is a word in capitals
# Characters Windows-1252 has that Western text hardly uses (its five undefined bytes included).
_NO_TEXT = frozenset("¤¦¨¬¯¸ˆ˜ƒ\x81\x8d\x8f\x90\x9d")
# Signs that may stand right before a letter, right after one, or between two: "«Été", "°C",
# "Müller”", "m²", "Coca-Cola®", "l’église", "don´t", "Düsseldorf–Köln", a soft hyphen.  Others
# (€, §, ±, •) stand apart from letters; the middle dot stands only in Catalan "l·l", the soft
# hyphen only inside a word.
_BEFORE_A_LETTER = frozenset("‘“„‚«‹¿¡°’")
_AFTER_A_LETTER = frozenset("’”»›…®™©†‡¹²³°")
_IN_A_WORD = frozenset("’´–—\xad")
# Signs that stand against each other: quotation marks, dashes, the ellipsis, Spanish opening marks
# and the no-break space ("…”", "«\xa0", "”—", "«¿").
_BESIDE_SIGNS = frozenset("‚„…‘’“”–—«»‹›¿¡\xa0")
# A long Western file may hold a few odd characters (a symbol between letters, a misspelt case).
_ODD_SHARE = 0.02


def _reads_as_western(data: bytes) -> bool:
    """Whether ``data`` read as Windows-1252 looks like Western European text (see _WORD)."""
    text = windows_1252(data)
    allowed = int(_ODD_SHARE * (len(text) - len(text.encode("ascii", "ignore"))))
    # Counted only up to one past the allowance: double-byte text is none after its first words.
    odd = itertools.islice(itertools.chain(_odd_words(text), _odd_signs(text)), allowed + 1)
    return sum(1 for _ in odd) <= allowed


def _odd_words(text: str) -> Iterator[str]:
    for match in _WORD.finditer(text):
        word = match.group()
        if not word.isascii() and _is_odd_word(word, after_a_figure=text[match.start() - 1:match.start()].isdigit()):
            yield word


def _is_odd_word(word: str, after_a_figure: bool) -> bool:
    """A word with a non-ASCII letter in no one case ("MüNCHEN", "ŠCŠÝ"), or with no plain letter
    ("ÖÐ"; Icelandic "þú" and "þá" have one), or with a letter Western text hardly uses."""
    cased = word.translate(_CASELESS)
    if not cased:
        return not after_a_figure  # "ª" and "º" follow a figure ("1º", "2ª")
    if not (cased.islower() or cased.isupper() or cased.istitle()):
        return True
    if len(word) > 1 and word[0] not in "þÞ" and not any(char.isascii() for char in word):
        return True
    return not _NO_TEXT.isdisjoint(word)


def _odd_signs(text: str, is_odd=None) -> Iterator[str]:
    """The non-ASCII signs ``is_odd`` (by default _is_odd_sign) finds where text has none."""
    is_odd = is_odd or _is_odd_sign
    for match in _NON_ASCII_SIGN.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if is_odd(match.group(), before, after):
            yield match.group()


def _is_odd_sign(sign: str, before: str, after: str) -> bool:
    """A non-ASCII sign where Western text has none (see _BEFORE_A_LETTER and _BESIDE_SIGNS)."""
    if sign in _NO_TEXT:
        return True
    if _NON_ASCII_SIGN.match(before) and not (sign in _BESIDE_SIGNS and before in _BESIDE_SIGNS):
        return True
    if sign == "·":
        return (before.isalpha() or after.isalpha()) and before + after not in ("ll", "LL")
    if sign == "\xad":  # a soft hyphen is where a word may break
        return not (before.isalpha() and after.isalpha())
    if before.isalpha() and after.isalpha():
        return sign not in _IN_A_WORD
    return before.isalpha() and sign not in _AFTER_A_LETTER or after.isalpha() and sign not in _BEFORE_A_LETTER


# --------------------------------------------------------------------------- Latin code pages besides Windows-1252

# Latin text saved in another code page than Windows-1252 reads as Windows-1252 mojibake that is
# still mostly letters: Polish in Windows-1250 ("Zażółć gęślą jaźń") as "Za¿ó³æ gêœl¹ jaŸñ", Turkish
# in Windows-1254 ("ağır şiddet") as "aðýr þiddet", French saved on an old Mac ("été") as "ŽtŽ".
# So a file that is not UTF-8 is read in each of these code pages and each reading scored with
# the languages written in it, as the non-Latin ones are: letter frequencies (per cent of all
# letters; the plain ones count too, for they say which language it is), a log-likelihood over
# every letter of the sample, and marks of a wrong reading (a sign inside a word, "³" in "Za¿ó³æ";
# a capital after a small letter, "lÕŽglise").  Windows-1252 stays unless another reading is
# clearly likelier and is made of one language's letters: a text that reads the same in two code
# pages ("Müller", "Vláda", "Požar", which Windows-1250 and 1252 share) keeps Windows-1252's reading.


def _frequencies(table: str) -> dict[str, float]:
    """"e12.7 t9.1" -> {"e": 12.7, "t": 9.1}."""
    return {entry[0]: float(entry[1:]) for entry in table.split()}


_ENGLISH = _frequencies("e12.7 t9.1 a8.2 o7.5 i7.0 n6.7 s6.3 h6.1 r6.0 d4.3 l4.0 c2.8 u2.8 m2.4 w2.4 f2.2 g2.0 "
                        "y2.0 p1.9 b1.5 v1.0 k0.8 j0.15 x0.15 q0.1 z0.07")
_FRENCH = _frequencies("e14.7 s7.9 a7.6 i7.5 t7.2 n7.1 r6.6 u6.3 l5.5 o5.4 d3.7 c3.3 m3.0 p3.0 v1.6 q1.4 f1.1 "
                       "b0.9 g0.9 h0.7 j0.5 x0.4 y0.3 z0.14 w0.1 k0.05 é1.9 à0.49 è0.27 ê0.22 ç0.09 û0.06 ù0.06 "
                       "î0.05 â0.04 ô0.02 œ0.02 ë0.01 ï0.01")
_GERMAN = _frequencies("e17.4 n9.8 i7.6 s7.3 r7.0 a6.5 t6.2 d5.1 h4.8 u4.4 l3.4 c3.1 g3.0 m2.5 o2.5 b1.9 w1.9 "
                       "f1.7 k1.2 z1.1 p0.8 v0.7 j0.3 y0.04 x0.03 q0.02 ü1.0 ä0.58 ö0.44 ß0.31")
_SPANISH = _frequencies("e13.7 a12.5 o8.7 s8.0 r6.9 n6.7 i6.2 d5.9 l5.0 c4.7 t4.6 u3.9 m3.2 p2.5 b1.4 g1.0 v0.9 "
                        "y0.9 q0.9 h0.7 f0.7 z0.5 j0.4 x0.2 w0.02 k0.01 ó0.83 í0.73 á0.5 é0.43 ñ0.31 ú0.17 ü0.02")
_PORTUGUESE = _frequencies("a14.6 e12.6 o10.7 s7.8 r6.5 i6.2 d5.0 n5.0 m4.7 t4.7 u4.6 c3.9 l2.8 p2.5 v1.7 g1.3 "
                           "h1.3 q1.2 b1.0 f1.0 z0.5 j0.4 x0.2 k0.02 w0.01 y0.01 ã0.73 ô0.64 â0.56 ç0.53 ê0.45 é0.34 "
                           "ó0.3 ú0.21 í0.13 á0.12 à0.07 õ0.04 ü0.03")
_ITALIAN = _frequencies("e11.8 a11.7 i11.3 o9.8 n6.9 l6.5 r6.4 t5.6 s5.0 c4.5 d3.7 p3.1 u3.0 m2.5 v2.1 g1.6 h1.5 "
                        "f1.0 b0.9 z0.5 q0.5 à0.64 è0.26 ù0.17 ì0.03 é0.03 ò0.02 ó0.01")
_DUTCH = _frequencies("e18.9 n10.0 a7.5 t6.8 i6.5 r6.4 o6.1 d5.9 s3.7 l3.6 g3.4 v2.9 h2.4 k2.3 m2.2 u2.0 b1.6 p1.6 "
                      "w1.5 j1.5 z1.4 c1.2 f0.8 x0.04 y0.04 q0.01 ë0.02 é0.02 è0.01 ï0.01 ö0.01")
_SWEDISH = _frequencies("e10.1 a9.4 n8.5 r8.4 t7.7 s6.6 i5.8 l5.3 d4.7 o4.5 m3.5 k3.1 g2.9 v2.4 h2.1 f2.0 u1.9 "
                        "p1.8 ä1.8 b1.5 c1.5 å1.3 ö1.3 y0.7 j0.6 x0.16 w0.14 z0.07 q0.02 é0.01")
_DANISH_NORWEGIAN = _frequencies("e15.5 r9.0 n7.2 t7.0 a6.0 i6.0 d5.9 s5.8 l5.2 o4.6 g4.1 k3.4 m3.2 f2.4 v2.3 "
                                 "u2.0 b2.0 p1.8 h1.6 å1.2 ø0.94 æ0.87 j0.7 y0.7 c0.6 w0.07 z0.03 x0.03 q0.01 é0.01")
_FINNISH = _frequencies("a12.2 i10.8 t8.8 n8.8 e8.0 s7.9 l5.8 o5.6 k5.0 u5.0 ä3.6 m3.2 r2.9 v2.2 j2.0 h1.9 p1.8 "
                        "y1.7 d1.0 ö0.44 g0.4 b0.3 c0.3 f0.2 w0.1 z0.05 x0.01 q0.01 å0.01")
_ICELANDIC = _frequencies("a10.1 r8.6 n7.7 i7.6 e6.4 s5.6 t4.9 u4.6 l4.5 ð4.4 g4.2 m4.0 k3.3 f3.0 v2.4 o2.2 h1.9 "
                          "á1.8 d1.6 í1.6 þ1.5 j1.1 b1.0 ó1.0 y0.9 æ0.87 p0.8 ö0.78 é0.65 ú0.6 ý0.23 x0.05 c0.04 "
                          "w0.01 z0.01")
_CATALAN = _frequencies("e13.0 a12.5 s7.5 i7.0 n6.6 r6.5 t6.5 l6.5 o5.0 u4.2 d4.0 c3.9 m3.0 p2.7 v1.3 g1.3 q1.1 "
                        "b1.1 f0.9 h0.7 x0.4 j0.3 y0.1 z0.1 k0.01 w0.01 à0.65 é0.4 è0.35 ó0.35 ò0.2 í0.2 ç0.1 ú0.05 "
                        "ï0.03 ü0.03")
_POLISH = _frequencies("a8.9 i8.2 o7.8 e7.7 z5.6 n5.5 r4.7 w4.7 s4.3 c4.0 t4.0 y3.8 k3.5 d3.3 p3.1 m2.8 u2.5 j2.3 "
                       "l2.1 ł1.8 b1.5 g1.4 h1.1 ę1.1 ą1.0 ó0.85 ż0.8 ś0.7 ć0.4 f0.3 ń0.2 ź0.06 v0.04 x0.02")
_CZECH = _frequencies("o8.7 e7.7 n6.5 a6.2 t5.7 v4.7 s4.5 i4.4 l3.8 k3.7 r3.7 d3.6 p3.4 í3.3 m3.2 u3.1 c2.8 h2.4 "
                      "á2.2 z2.2 j2.1 y1.9 ě1.6 b1.6 é1.3 ř1.2 ý1.1 ž1.0 č0.95 š0.8 ů0.7 f0.27 g0.27 ú0.1 ň0.08 "
                      "x0.08 ť0.04 ó0.03 ď0.02 w0.01")
_SLOVAK = _frequencies("a9.0 o9.0 e8.8 n5.8 i5.6 r4.7 t4.7 v4.6 s4.5 l4.0 k3.6 d3.4 m3.2 p2.9 u2.5 h2.2 á2.0 "
                       "j2.0 z1.9 c1.8 y1.7 b1.7 í1.4 ý1.3 č1.0 š0.9 é0.8 ž0.8 ú0.7 ô0.4 ľ0.4 g0.2 f0.2 ť0.15 ň0.1 "
                       "ď0.1 ó0.1 ä0.05 x0.03 ŕ0.01 ĺ0.01 w0.01")
_HUNGARIAN = _frequencies("e10.0 a9.0 t7.6 l6.5 s6.0 n5.7 k4.8 r4.6 z4.4 i4.2 o3.7 á3.7 m3.5 g3.4 é3.3 d2.0 v2.0 "
                          "y2.0 b1.9 h1.3 j1.1 u1.1 ö1.0 p1.0 ó1.0 ő0.9 f0.7 í0.6 ü0.5 c0.5 ú0.3 ű0.2 x0.01 w0.01")
_CROATIAN = _frequencies("a11.5 i9.8 o9.0 e8.4 n6.3 j5.1 r5.0 s4.8 t4.6 u4.4 k3.6 v3.5 d3.4 m3.1 l3.0 p2.9 z1.7 "
                         "g1.7 b1.5 c1.0 č1.0 š0.8 h0.8 ć0.6 ž0.6 f0.3 đ0.1")
_SLOVENE = _frequencies("e10.7 a10.5 i9.0 o8.5 n6.3 r5.0 s5.0 l5.0 j4.7 t4.3 v3.8 k3.7 d3.4 p3.4 m3.3 z2.1 b2.0 "
                        "u1.9 g1.6 č1.5 h1.1 š1.0 c0.7 ž0.7 f0.1 ć0.01")
# Windows-1250 has only the cedilla forms of Romanian's "ş" and "ţ".
_ROMANIAN = _frequencies("e11.5 a9.9 i9.9 r6.8 n6.5 u6.1 t6.0 c5.3 l4.5 s4.4 o4.1 ă4.0 d3.4 m3.4 p3.0 î1.4 ş1.4 "
                         "f1.2 v1.2 b1.0 g1.0 ţ1.0 z0.7 â0.6 h0.5 j0.2 x0.1 k0.1 y0.1")
_TURKISH = _frequencies("a11.9 e8.9 i8.6 n7.5 r6.7 l5.9 ı5.1 d4.7 k4.7 m3.8 y3.3 u3.2 s3.0 t3.0 b2.8 o2.5 ü1.85 "
                        "ş1.8 z1.5 g1.3 ç1.2 ğ1.1 h1.1 c1.0 v1.0 p0.9 ö0.8 f0.45 â0.05 j0.03 î0.01 û0.01")
# Signs beside the letters, in any of these languages (per cent of letters): the quotation marks
# and dashes of their typesetting, currency, the degree sign, ordinals, the no-break space.
_SIGNS = _frequencies("’0.5 “0.2 ”0.2 „0.1 «0.1 »0.1 –0.1 —0.1 \xa00.1 ‘0.05 …0.05 €0.05 ·0.02 £0.02 °0.02 "
                      "•0.02 ¿0.03 ¡0.02 º0.01 ª0.01 ©0.01 ®0.01 ™0.01 §0.01 ´0.01 ‚0.01 \xad0.01 ‹0.005 ›0.005 "
                      "½0.005 ²0.005 ³0.005 ×0.005 ¥0.005 ¼0.002 ¾0.002 ±0.002 †0.002 ‰0.002 ¢0.001 ¶0.001")
_LANGUAGES = {
    "English": _ENGLISH, "French": _FRENCH, "German": _GERMAN, "Spanish": _SPANISH, "Portuguese": _PORTUGUESE,
    "Italian": _ITALIAN, "Dutch": _DUTCH, "Swedish": _SWEDISH, "Danish": _DANISH_NORWEGIAN, "Finnish": _FINNISH,
    "Icelandic": _ICELANDIC, "Catalan": _CATALAN, "Polish": _POLISH, "Czech": _CZECH, "Slovak": _SLOVAK,
    "Hungarian": _HUNGARIAN, "Croatian": _CROATIAN, "Slovene": _SLOVENE, "Romanian": _ROMANIAN, "Turkish": _TURKISH,
}
_WESTERN = ("English", "French", "German", "Spanish", "Portuguese", "Italian", "Dutch", "Swedish", "Danish", "Finnish",
            "Icelandic", "Catalan")
_CENTRAL_EUROPEAN = ("Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Slovene", "Romanian")
# The code pages and the languages written in them; Windows-1252 first, which a tie keeps.
LATIN_CODE_PAGES = {"cp1252": _WESTERN, "cp1250": _CENTRAL_EUROPEAN, "iso8859_2": _CENTRAL_EUROPEAN,
                    "cp1254": ("Turkish",), "mac_roman": _WESTERN}
# How much likelier (in nats of log-likelihood) another reading must be than Windows-1252: about
# a hundred times, so that a few letters that two languages share cannot tip a short text over.
_LATIN_LEAD = math.log(100)
# A short text (see _LONG_TEXT_LETTERS): three hundred times ("Þýskaland" is Turkish "Şıskaland" only
# about a hundred times likelier, "Değişim başladı" as Turkish six hundred times).
_SHORT_LATIN_LEAD = math.log(300)
_LOG_RARE = math.log(_RARE)


def latin_code_page(data: bytes) -> str | None:
    """The Latin code page other than Windows-1252 that ``data`` reads best in, or None for Windows-1252
    itself.  Another code page's reading must be made of one of its languages' letters (see _ODD_SHARE)
    and likelier by _LATIN_LEAD than Windows-1252's: marks of a wrong reading count against each.  A
    code page that reads the file as Windows-1252 does speaks for that reading ("Štrajk u školama" is
    Croatian in both, and likelier so than as Mac Roman's "ätrajk u ökolama")."""
    sample = data[:SAMPLE_BYTES]
    marked = sample[:MARKS_SAMPLE_BYTES]  # marks are counted in a Python loop: in a smaller sample
    counts = Counter(sample.lower())  # a plain capital counts as its small letter
    allowed_strangers = int(_ODD_SHARE * _count_high(sample))
    allowed_marks = int(_ODD_SHARE * _count_high(marked))
    western = _likeliest_language(counts, "cp1252")[0]
    long_text = sum(counts[byte] for byte in range(ord("a"), ord("z") + 1)) >= _LONG_TEXT_LETTERS
    best_page, best_score = None, -math.inf
    for page in LATIN_CODE_PAGES:
        if page == "cp1252":
            continue
        likelihood, language = _likeliest_language(counts, page)
        if all(_byte_readings(page)[byte] == _byte_readings("cp1252")[byte] for byte in counts):
            western = max(western, likelihood)  # the same text, read as one of this page's languages
            continue
        if likelihood <= best_score:
            continue  # a reading's marks only lower its likelihood
        if sum(counts[byte] for byte in _strangers(page, language)) > allowed_strangers:
            continue
        marks = _count_up_to(_latin_marks(_decoded(marked, page)), allowed_marks + 1)
        if not long_text and _evidence(marked, page) + _mixes_alphabets(marked, page) < _MIN_EVIDENCE:
            continue
        if marks <= allowed_marks and likelihood + marks * _LOG_RARE > best_score:
            best_page, best_score = page, likelihood + marks * _LOG_RARE
    if best_page is None:
        return None
    # Windows-1252's own marks count against it: as many as it takes to decide.
    needed = math.ceil((western + (_LATIN_LEAD if long_text else _SHORT_LATIN_LEAD) - best_score) / -_LOG_RARE)
    if needed > 0 and _count_up_to(_latin_marks(_decoded(marked, "cp1252")), needed) < needed:
        return None
    return best_page


# Evidence for another code page (review of round 21): the distinct bytes it reads otherwise than
# Windows-1252 does where Windows-1252 has a letter ("ñ" in "Muñoz": Polish "ń" too), each counting
# once, or a sign against a letter where Western text has none ("Po¿ar", "¼udia": Polish "Pożar",
# Slovak "Ľudia"; not "It’s" or "m³"), counting twice.  One is not enough: one
# letter that two languages both have ("Lunedì e martedì", Czech "ě") or a sign in its place ("±3%",
# "500 m³", "¥150") leaves a short text in Windows-1252.  A letter counts twice too where Windows-1252
# reads it in a word no Western text writes ("prŽsident", Mac Roman's "président") or as a letter
# of none of its languages ("Ÿber"), and a mix of alphabets once (see _mixes_alphabets).
# A longer text's plain letters say which language it is, and the likelihoods decide alone
# (a Hungarian paragraph whose one such letter is "ő").
_MIN_EVIDENCE = 2
_LONG_TEXT_LETTERS = 80


def _evidence(data: bytes, page: str) -> int:
    own, western = _byte_readings(page), _byte_readings("cp1252")
    text = _decoded(data, "cp1252")
    is_odd_sign = _odd_latin_sign_test(text)
    score = 0
    for byte in set(data.translate(None, bytes(range(0x80)))):
        if own[byte] == western[byte]:
            continue
        sign = western[byte]
        if sign.isalpha():
            score += 2 if _in_an_odd_word(text, sign) or _of_no_language(byte) else 1
        elif any((before.isalpha() or after.isalpha()) and is_odd_sign(sign, before, after)
                 for before, after in _beside(text, sign)) or _superscript_in_a_word(text, sign):
            score += 2
        if score >= _MIN_EVIDENCE:
            break
    return score


def _mixes_alphabets(data: bytes, page: str) -> bool:
    """Evidence for ``page`` as well: words of small letters (no names) whose letters Windows-1252
    reads as no one of its languages writes them, nor of the code pages that read them alike, for a
    letter ``page`` reads otherwise, while ``page`` reads every letter of the text as one of its
    languages does ("ölü, 120 yaralý": German has "ö" and "ü", Icelandic "ý" but no "ü", Turkish
    "ı", "ö" and "ü"; "Müller" and "Çelik" with Icelandic "ýsa" may be names and a quotation), and
    whose plain letters are that language's too."""
    high = set(data.translate(None, bytes(range(0x80))))
    western_reading, own_reading = _byte_readings("cp1252"), _byte_readings(page)
    differing = {_fold_latin(western_reading[byte]) for byte in high if own_reading[byte] != western_reading[byte]}
    text = _decoded(data, "cp1252")
    in_small_words = _letters({_fold_latin(char) for match in _WORD.finditer(text) if match.group().islower()
                               for char in match.group() if char > "\x7f"})
    if differing.isdisjoint(in_small_words):
        return False
    alike = [other for other in LATIN_CODE_PAGES if all(_byte_readings(other)[byte] == western_reading[byte]
                                                       for byte in high)]
    own = _letters({_fold_latin(own_reading[byte]) for byte in high})
    if any(in_small_words <= alphabet for alphabet in _alphabets(alike)) or not any(
            own <= alphabet for alphabet in _alphabets([page])):
        return False
    # And its plain letters read as ``page``'s language at least as well as any other: no loanwords
    # in an English line ("Kvitová said the ýsa was naïve", "über ýsa").
    plain = Counter(byte for byte in data.lower() if ord("a") <= byte <= ord("z"))
    return _likeliest_language(plain, page)[0] >= max(_likeliest_language(plain, other)[0] for other in alike)


def _alphabets(pages: list[str]) -> list[frozenset[str]]:
    return [_alphabet(language) for page in pages for language in LATIN_CODE_PAGES[page]]


def _letters(chars: set[str]) -> set[str]:
    """The letters among ``chars``, but for those that are signs more than letters ("ƒ", "º", "µ")."""
    return {char for char in chars if char.isalpha() and char not in _NO_TEXT and char not in "ªºµ"}


@functools.cache
def _alphabet(language: str) -> frozenset[str]:
    """The letters beyond ASCII that ``language`` writes."""
    return frozenset(char for char in _LANGUAGES[language] if not char.isascii())


def _in_an_odd_word(text: str, letter: str) -> bool:
    """Is ``letter`` in a word of no one case ("prŽsident", "MŸnchen": Mac Roman's "é" and "ü" read
    as Windows-1252), a word of its own (see _a_lone_consonant), or a letter Western text hardly uses
    inside a word ("ƒlections" for "Élections"; not "ƒ/2.8")?"""
    for match in _WORD.finditer(text):
        word = match.group()
        if letter in word and (_in_no_one_case(word) or _a_lone_consonant(word, text, match.end())
                               or letter in _NO_TEXT and len(word) > 1):
            return True
    return False


@functools.cache
def _of_no_language(byte: int) -> bool:
    """Does Windows-1252 read ``byte`` as a letter of none of its languages, nor of those of the code
    pages that read it alike ("Ÿber" is Mac Roman's "über"; "Š" is Croatian in Windows-1250 too)?"""
    letter = _fold_latin(_byte_readings("cp1252")[byte])
    if letter in _NO_TEXT:
        return False  # a sign more than a letter: "ƒ/2.8"
    alike = [page for page in LATIN_CODE_PAGES if _byte_readings(page)[byte] == _byte_readings("cp1252")[byte]]
    return all(letter not in _LANGUAGES[language] for page in alike for language in LATIN_CODE_PAGES[page])


def _in_no_one_case(word: str) -> bool:
    cased = word.translate(_CASELESS)
    return bool(cased) and not (cased.islower() or cased.isupper() or cased.istitle())


def _superscript_in_a_word(text: str, sign: str) -> bool:
    """A superscript figure after three letters or another superscript: no unit ("m³", "km²") but
    Polish "ą" and "ł" read in Windows-1252 ("przyj¹³", "podpisa³")."""
    if sign not in "¹²³":
        return False
    return any(_SUPERSCRIPT_IN_A_WORD.search(text[max(0, at - 3):at + 1])
               for at in (match.start() for match in re.finditer(re.escape(sign), text)))


_SUPERSCRIPT_IN_A_WORD = re.compile(r"(?:[^\W\d_]{3}|[¹²³])[¹²³]$")


def _beside(text: str, char: str) -> Iterator[tuple[str, str]]:
    """The characters before and after each ``char`` in ``text``."""
    at = text.find(char)
    while at != -1:
        yield text[at - 1:at], text[at + 1:at + 2]
        at = text.find(char, at + 1)


def _likeliest_language(counts: Counter, page: str) -> tuple[float, str]:
    """The log-likelihood of the bytes ``counts`` holds read in ``page`` as its likeliest language, and
    that language."""
    return max((sum(count * _log_shares(page, language)[byte] for byte, count in counts.items()), language)
               for language in LATIN_CODE_PAGES[page])


def _count_up_to(marks: Iterator, limit: int) -> int:
    """How many ``marks`` there are, counted to ``limit`` at most (a wrong reading has them by the thousand)."""
    return sum(1 for _ in itertools.islice(marks, limit))


@functools.cache
def _log_shares(page: str, language: str) -> tuple[float, ...]:
    """Each byte's log share (see the tables) in ``page`` read as ``language``; 0 for the ASCII
    characters that are no letters, which every reading shares."""
    shares = []
    for char in _byte_readings(page):
        if char.isascii() and not char.isalpha():
            shares.append(0.0)
            continue
        share = _LANGUAGES[language].get(_fold_latin(char)) or _SIGNS.get(char) or _RARE
        shares.append(math.log(share) + (math.log(_CAPITAL) if char.isupper() and not char.isascii() else 0.0))
    return tuple(shares)


@functools.cache
def _strangers(page: str, language: str) -> tuple[int, ...]:
    """The bytes that ``page`` reads as neither a letter of ``language`` nor a sign of the tables (a
    byte it leaves undefined among them)."""
    return tuple(byte for byte, char in enumerate(_byte_readings(page))
                 if byte > 0x7F and _fold_latin(char) not in _LANGUAGES[language] and char not in _SIGNS)


@functools.cache
def _byte_readings(page: str) -> str:
    """What ``page`` reads each byte as."""
    return _decoded(bytes(range(256)), page)


def _fold_latin(char: str) -> str:
    """Lower case; Turkish "İ" is its "i" (Python lowers it to "i" and a combining dot)."""
    return "i" if char == "İ" else char.lower()


def _decoded(data: bytes, page: str) -> str:
    return windows_1252(data) if page == "cp1252" else data.decode(page, "replace")


def _latin_marks(text: str) -> Iterator[str]:
    """Marks of a wrong reading in ``text``: a sign where text has none (see _is_odd_latin_sign:
    "Za¿ó³æ"), a word with a non-ASCII letter in no one case ("lÕŽglise", "FÍte": Mac Roman's
    "l’église" and "Fête" read as Windows-1252), or with a letter Western text hardly uses
    ("ƒlections"), and an Icelandic "ð" opening a word (none does: "Ðakovo" is Croatian "Đakovo")."""
    yield from _odd_signs(text, _odd_latin_sign_test(text))
    for match in _WORD.finditer(text):
        if _an_odd_latin_word(match.group()):
            yield match.group()


def _an_odd_latin_word(word: str) -> bool:
    if word.isascii():
        return False
    return _in_no_one_case(word) or word[0] in "ðÐ" or len(word) > 1 and not _NO_TEXT.isdisjoint(word)


def _a_lone_consonant(word: str, text: str, end: int) -> bool:
    """Is ``word`` one consonant with a mark, and no abbreviation ("A.Ş.")?  No language of these
    code pages has such a word, and Windows-1252 reads Mac Roman's dashes so ("Paris Ñ Berlin"):
    evidence for another code page, but no mark of a wrong reading, for a text may name the letter
    ("Ñ is a letter of the Spanish alphabet").  (Vowels may be words: "à", "é", "ö", "ø".)"""
    return word in _LONE_CONSONANT and not text.startswith(".", end)


_LONE_CONSONANT = frozenset("ÇçÐðÑñÞþßŠšŽžŁłŃńŚśŹźŻżČčĆćĐđŘřŤťĎďŇňĽľĹĺŔŕŞşŢţĞğ")


# Signs that may also close a word in these languages: German, Czech and Polish close a quotation
# with "“" („Die Lage ist ernst“: in a text that opens one with "„"), and a currency may follow its
# unit ("2 M€").
_ALSO_AFTER_A_LETTER = frozenset("“€£")


def _odd_latin_sign_test(text: str) -> Callable[[str, str, str], bool]:
    """_is_odd_latin_sign for signs in ``text``: "“" closes a word only where "„" opened a quotation
    ("Luned“ lo sciopero" is Mac Roman's "Lunedì")."""
    return _is_odd_latin_sign if "„" in text else _is_odd_latin_sign_or_unopened_quotation


def _is_odd_latin_sign_or_unopened_quotation(sign: str, before: str, after: str) -> bool:
    return sign == "“" and before.isalpha() and not after.isalpha() or _is_odd_latin_sign(sign, before, after)


def _is_odd_latin_sign(sign: str, before: str, after: str) -> bool:
    """_is_odd_sign, with _ALSO_AFTER_A_LETTER, and an en dash between two small letters ("Espa–a" is
    Mac Roman's "España"; a dash that joins words has spaces, a capital or a figure beside it)."""
    if sign in _ALSO_AFTER_A_LETTER and before.isalpha() and not after.isalpha():
        return False
    if sign == "–" and before.islower() and after.islower():
        return True
    return _is_odd_sign(sign, before, after)

