"""Short legacy-encoded texts the round-21 encoding rules misread (a review of 9561f58): Polish
headlines in Windows-1250, whose commonest letters Windows-1252 reads as superscript figures, and
two-character Chinese and Japanese files whose trail byte is an ASCII letter."""

from __future__ import annotations

import pytest

from written_files import text_of


@pytest.mark.parametrize("text", [
    "Sejm przyjął ustawę o podatkach. Prezydent ją podpisał we wtorek.",  # "przyj¹³", "podpisa³"
    "Prezydent podpisał ustawę",
])
def test_a_short_polish_text_with_its_letters_read_as_superscripts_is_windows_1250(tmp_path, text):
    data = f"{text}\n".encode("cp1250")
    assert text_of(tmp_path, "short.txt", data) == f"{text}\n"


@pytest.mark.parametrize("text", ["Cena wynosi 12 euro za m³", "Powierzchnia: 200 m² i 30 m³"])
def test_a_unit_s_superscript_is_no_polish_letter(tmp_path, text):
    # "m³" and "m²" stay units: the superscript follows one letter, not a word's three.
    data = f"{text}\n".encode("cp1252", "replace")
    assert text_of(tmp_path, "short.txt", data) == data.decode("cp1252")


@pytest.mark.parametrize("text, encoding", [("東北", "shift_jis"), ("海外", "shift_jis"), ("記者", "shift_jis"),
                                            ("武漢", "big5"), ("林", "big5")])
def test_two_characters_whose_trail_byte_is_an_ascii_letter_stay_chinese_or_japanese(tmp_path, text, encoding):
    # Read as Windows-1252 they were "“Œ–k", "ŠCŠO", "‹LŽÒ", "ªZº~", "ªL": a capital after an
    # accented letter, or two bytes above 0x7f, is no Western word.
    data = f"{text}\n".encode(encoding)
    assert text_of(tmp_path, "tiny.txt", data) == f"{text}\n"
