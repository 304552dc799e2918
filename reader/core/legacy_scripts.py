"""Which legacy encoding a non-Latin article was saved in: a single-byte code page
(Cyrillic, Greek, Hebrew, Arabic), or a Chinese, Japanese or Korean double-byte
encoding (after them in this module, and last how a short Western text that is laid
out like a double-byte one is told from it).

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

import codecs
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from reader.core.charsets import windows_1252

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


def _odd_signs(text: str) -> Iterator[str]:
    for match in _NON_ASCII_SIGN.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if _is_odd_sign(match.group(), before, after):
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
