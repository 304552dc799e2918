"""Page furniture: a credit in lower-case words ("Photo: handout (...)") is no caption of its own, so the
caption above it stays furniture; and a title-case headline under a short sentence-case kicker is the
headline, not the outlet's name.  Every page here is invented."""

from __future__ import annotations

import pytest
from sentence_kinds import of_file as kinds_of
from written_files import write

CAPTION = "Passengers wait on the quay after the ferry was towed in on Friday."


def _ferry_page(credit: str) -> str:
    return ("Ferry runs aground in fog\n\n"
            "The ferry ran aground on Friday.\n\n"
            f"{CAPTION}\n{credit}\n\n"
            "All passengers were taken off safely.\n")


@pytest.mark.parametrize("credit", [
    "Photo: handout (Harbour Police)",
    "Picture: supplied by the family (Harbour Press)",
    "Photo: courtesy of the family (Harbour Press)",
    "Photograph: police handout (Harbour Police)",
    "Image: file photo (Harbour Press)",
])
def test_a_credit_in_lower_case_words_still_closes_the_caption_above_it(tmp_path, credit):
    result = kinds_of(write(tmp_path, "ferry.txt", _ferry_page(credit)))
    assert result[CAPTION] == ("boilerplate", "photo caption")
    assert result[credit] == ("boilerplate", "image credit")


@pytest.mark.parametrize("line", [
    "Picture: rescuers at the quay on Monday (Harbour Press)",
    "Photo: handout image of rescuers at the quay (Harbour Police)",
    "Photo: The Island Queen (Harbour Press)",
])
def test_a_photo_line_that_describes_a_scene_still_captions_itself(tmp_path, line):
    result = kinds_of(write(tmp_path, "ferry.txt", _ferry_page(line)))
    assert result[CAPTION] == ("body", "")


def _headed_page(*heads: str) -> str:
    return ("\n".join(heads) + "\nBy Jane Doe\n\n"
            "The King returned to public duties on Tuesday after treatment.\n\n"
            "Aides said he was in good spirits.\n")


@pytest.mark.parametrize("kicker", ["Breaking news", "World news", "Royal news today"])
def test_a_title_case_headline_under_a_short_sentence_case_kicker_stays_the_headline(tmp_path, kicker):
    result = kinds_of(write(tmp_path, "king.txt", _headed_page(kicker, "King Charles Returns")))
    assert result["King Charles Returns"][0] == "heading"


def test_an_outlet_name_under_a_sentence_case_headline_is_still_no_heading(tmp_path):
    result = kinds_of(write(tmp_path, "king.txt", _headed_page("King returns to public duties after treatment",
                                                                "Coastline Times")))
    assert result["Coastline Times"] == ("boilerplate", "byline")
    assert result["King returns to public duties after treatment"] == ("heading", "headline")


def test_a_short_sentence_case_headline_over_a_longer_title_case_line_keeps_that_line(tmp_path):
    result = kinds_of(write(tmp_path, "king.txt", _headed_page("King returns to work",
                                                                "Palace Confirms Full Public Duties")))
    assert result["Palace Confirms Full Public Duties"][0] == "heading"
