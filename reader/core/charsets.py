"""What the encoding a web page declares means, as browsers read it.

A page names its encoding in ``<meta charset>`` (or an XHTML file in its
``<?xml ... encoding="..."?>`` line) with a label, and browsers read the label
through the WHATWG Encoding Standard's table, not through Python's codec names:
"iso-8859-1", "latin1" and "us-ascii" all mean Windows-1252 (old news pages
declare iso-8859-1 and use its curly quotes at 0x93/0x94: read as Latin-1 they
are control characters, and "…" at 0x85 is a line break that disappears), and
"gb2312" means GBK.  A label the table does not know ("punycode", "utf_16_le")
means nothing: the page is read as if it declared no encoding.

``CODECS`` maps the standard's labels to the Python codec that reads the same
text; "windows-1252" stands for the standard's own Windows-1252, which (unlike
Python's cp1252) reads its five unassigned bytes as control characters.
"""

from __future__ import annotations

import re

WINDOWS_1252 = "windows-1252"

# The Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels), by encoding.
# UTF-16 is not here: a label that could be read as ASCII is no UTF-16 page (the HTML standard reads
# it as UTF-8), and "replacement" labels (ISO-2022-KR, HZ) are read as no label.
_LABELS = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859_2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso8859_3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso8859_4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso8859_5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso8859_6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
                 "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859_7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
                 "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859_8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
                 "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859_10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859_13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859_14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859_15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859_16": "iso-8859-16",
    "koi8_r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8_u": "koi8-ru koi8-u",
    "mac_roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    WINDOWS_1252: "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
                  "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 "
              "windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac_cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    # The standard reads GBK with its GB18030 decoder, Big5 with HKSCS, Shift_JIS and EUC-KR as
    # Windows' code pages 932 and 949 (their supersets).
    "gb18030": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022_jp": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
             "windows-949",
}
CODECS = {label: codec for codec, labels in _LABELS.items() for label in labels.split()}

# What a label may hold: "iso-8859-1", "ISO_8859-1:1987", "ANSI_X3.4-1968".
LABEL = rb"[\w.:-]+"
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*(" + LABEL + rb")", re.IGNORECASE)
# An XHTML file's XML declaration, which comes first in the file: <?xml version="1.0" encoding="iso-8859-2"?>
_XML_ENCODING = re.compile(rb"\s*<\?xml[^>]*?\sencoding\s*=\s*[\"'](" + LABEL + rb")[\"']", re.IGNORECASE)
# Browsers look for a <meta> in the first 1,024 bytes; pages with a long <head> put it later.
DECLARATION_BYTES = 4096


def codec_for_label(label: str) -> str | None:
    """The Python codec (or ``WINDOWS_1252``) a label means, or None for a label browsers ignore."""
    return CODECS.get(label.strip(" \t\n\f\r").lower())


def declared_codec(data: bytes) -> str | None:
    """The codec the page's XML declaration or first ``<meta>`` with a charset names, if it names
    one browsers know."""
    head = data[:DECLARATION_BYTES]
    declared = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return codec_for_label(declared.group(1).decode("ascii")) if declared else None


def decode(data: bytes, codec: str) -> str:
    """``data`` read with a codec from ``CODECS``; UnicodeDecodeError where it has no character."""
    if codec == WINDOWS_1252:
        return windows_1252(data)
    return data.decode(codec)


def windows_1252(data: bytes) -> str:
    """The standard's Windows-1252: Python's cp1252, but its five unassigned bytes (0x81, 0x8d,
    0x8f, 0x90, 0x9d) read as the Latin-1 control characters they are there, not as errors.
    (Translating a Latin-1 reading instead took a second and a half for 20 MB.)"""
    text = data.decode("cp1252", "surrogateescape")
    if text.isascii() or not _UNASSIGNED.search(text):
        return text
    return _UNASSIGNED.sub(lambda byte: chr(ord(byte.group()) - 0xDC00), text)


_UNASSIGNED = re.compile("[\udc81\udc8d\udc8f\udc90\udc9d]")
