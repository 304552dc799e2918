"""Short legacy single-byte texts (no BOM, not UTF-8) read in their own code page: a word of Cyrillic
or Greek capitals that GBK also reads as two rare Chinese characters, a few Ukrainian words with
many letters in 0x80-0xbf, short Russian lines whose Greek, Hebrew or Arabic reading scored higher,
and short Turkish (Windows-1254) and Mac Roman texts that stayed Windows-1252 mojibake.  Each test
writes its files itself; every example is invented."""

from __future__ import annotations

import pytest

from written_files import error_of, text_of


def read(tmp_path, text: str, encoding: str) -> str:
    return text_of(tmp_path, "short.txt", f"{text}\n".encode(encoding))


# --------------------------------------------------------------------------- a word of capitals, or two Chinese characters

@pytest.mark.parametrize("text, encoding", [("НАТО", "cp1251"), ("МИТЬ", "cp1251"), ("ΝΑΤΟ", "cp1253")])
def test_a_word_of_four_cyrillic_or_greek_capitals_is_no_pair_of_rare_chinese_characters(tmp_path, text, encoding):
    # GBK reads them as two characters of its common block ("屠椅", "倘臆", "土韵"), which they were read as.
    for data in (text.encode(encoding), f"{text}\n".encode(encoding)):
        assert text_of(tmp_path, "word.txt", data) == data.decode(encoding)


@pytest.mark.parametrize("text", ["新闻", "张岩", "张浩"])
def test_two_frequent_chinese_characters_or_a_name_whose_bytes_read_as_capitals_stay_chinese(tmp_path, text):
    # "РВОЕ", "ХЕСТ" (a rare "Х") and "ΥΕΊΖ" (an accent no Greek capital has) in the single-byte code pages.
    assert read(tmp_path, text, "gbk") == f"{text}\n"


# --------------------------------------------------------------------------- Ukrainian and Macedonian letters in 0x80-0xbf

@pytest.mark.parametrize("text", ["Київ під", "Україна і ЄС", "Міністр", "МІДНИЙ, ХІМІК", "ЛУЃЕ"])
def test_a_few_words_with_many_letters_in_0x80_0xbf_are_read_as_cyrillic(tmp_path, text):
    # They were refused as maybe Chinese, Japanese or Korean: no double-byte reading is clear.
    assert read(tmp_path, text, "cp1251") == f"{text}\n"


def test_chinese_whose_bytes_there_read_as_signs_is_still_refused(tmp_path):
    # GBK's "赵倩" reads "ΥΤΩ»" in Windows-1253: "»" is no letter, so it is no plain Greek text.
    message = error_of(tmp_path, "name.txt", "赵倩\n".encode("gbk"))
    assert message.endswith("save it as UTF-8 and open that")


# --------------------------------------------------------------------------- short Russian lines in Greek, Hebrew, Arabic

@pytest.mark.parametrize("text, encoding", [
    ("Дальний", "cp1251"),  # Greek "Δΰλόνθι": a diaeresis after a consonant
    ("Курс", "cp1251"),  # Greek "Κσπρ" (a word with no vowel), Arabic "تًٌَ" (three vowels on one letter)
    ("Выборы мэра", "cp1251"),  # Greek "Βϋαξπϋ μύπΰ"
    ("ВЗРЫВ ГАЗА В ЖИЛОМ ДОМЕ", "koi8_r"),  # Hebrew, with final letters inside words
    ("МИД РФ ВЫЗВАЛ ПОСЛА", "koi8_r"),
    ("ТЮРЬМА", "koi8_r"),
])
def test_short_russian_lines_stay_cyrillic(tmp_path, text, encoding):
    assert read(tmp_path, text, encoding) == f"{text}\n"


@pytest.mark.parametrize("text, encoding", [
    ('המנכ"ל הודיע על פיטורים', "cp1255"),  # a non-final letter before an abbreviation's quotation mark
    ("רח' הרצל, סמ הבוסתן", "cp1255"),  # and ending an abbreviation of two letters
    ("Ευρωπαϊκή Ένωση", "cp1253"),  # a diaeresis after a vowel
    ("مرحبا بالعالم", "cp1256"),
])
def test_hebrew_greek_and_arabic_texts_stay_in_their_scripts(tmp_path, text, encoding):
    assert read(tmp_path, text, encoding) == f"{text}\n"


# --------------------------------------------------------------------------- Turkish and Mac Roman

@pytest.mark.parametrize("text", [
    "Türkiye'de deprem: 3 ölü, 120 yaralı",  # "yaralý" with "ölü": no Western language has "ý" and "ü"
    "Okullar ne zaman açılacak?",  # "açýlacak": "ç" and "ý" together only in Turkish
])
def test_a_short_turkish_headline_whose_only_turkish_letter_is_the_dotless_i_is_windows_1254(tmp_path, text):
    assert read(tmp_path, text, "cp1254") == f"{text}\n"


def test_a_turkish_company_s_abbreviation_is_no_lone_consonant(tmp_path):
    assert read(tmp_path, "Kadın terzisi, Aksu Demir A.Ş.", "cp1254") == "Kadın terzisi, Aksu Demir A.Ş.\n"


@pytest.mark.parametrize("text", [
    "Le président a démissionné",  # "prŽsident": a capital inside a word
    "Bürgermeister tritt zurück",  # "BŸrgermeister"
    "Pääministeri eroaa",  # "PŠŠministeri"
    "Zug entgleist bei München",  # "MŸnchen"
])
def test_a_short_text_saved_on_an_old_mac_is_read_as_mac_roman(tmp_path, text):
    assert read(tmp_path, text, "mac_roman") == f"{text}\n"


@pytest.mark.parametrize("text", [
    "Danuše Doležalová, Svenning Møller named in probe",  # Czech "ř" for "ø": two names, no mix of one language
    "Hélène beats Tóth Zoltán János 6-4, 6-3",
    "Guðmundsson meets Müller",
    "„Die Lage ist ernst“, sagte er.",
    "Ñ is the fifteenth letter of the Spanish alphabet",  # "Ñ" alone, as Mac Roman's "—" reads
])
def test_short_western_texts_with_names_from_several_languages_stay_windows_1252(tmp_path, text):
    assert read(tmp_path, text, "cp1252") == f"{text}\n"
