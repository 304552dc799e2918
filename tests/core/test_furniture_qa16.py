"""Page furniture: a headline over an "Image: <caption> (Photo: <credit>)" line stays the headline, since the
line carries its own caption; and a pull quote the story quotes again without its opening subject and verb,
told as reported speech, is a pull quote.  Every page here is invented."""

from __future__ import annotations

import pytest
from sentence_kinds import of_file as kinds_of
from written_files import write

from reader.core.compare import compare
from reader.core.document import load_document

HEADLINE = "Ferry service cut to 3 sailings a day as crews strike"
STORY = ("Islanders face a reduced ferry timetable from Monday after crews voted to strike.\n\n"
         "The operator said the 3 remaining sailings would run at the usual times.\n")


def _browser_copy(picture_line: str) -> str:
    return ("Harbour Gazette\nHome  News  Sport  Weather\n\n"
            f"{HEADLINE}\n\n{picture_line}\n\nBy Ann Tulloch\n\n{STORY}")


@pytest.mark.parametrize("picture_line", [
    "Image: The ferry at its berth in Stromness (Photo: Harbour Gazette)",
    "Picture: crews on the picket line at the pier (Jane Doe/Harbour Press)",
])
def test_a_headline_over_a_line_that_captions_its_own_picture_stays_the_headline(tmp_path, picture_line):
    result = kinds_of(write(tmp_path, "ferry.txt", _browser_copy(picture_line)))
    assert result[HEADLINE] == ("heading", "headline")
    assert result[picture_line] == ("boilerplate", "image credit")
    assert result["Harbour Gazette"][0] == "boilerplate"


def test_a_headline_over_a_live_ticker_and_a_self_captioned_picture_is_the_headline(tmp_path):
    page = ("Sports Desk\nFootball  Cricket  Rugby  Tennis\n\nLIVE: Premier League scores and updates\n\n"
            f"{HEADLINE}\n\nImage: Crews walk out at the pier (Photo: Sports Desk/PA)\n\nBy Tom Ridley\n\n{STORY}")
    result = kinds_of(write(tmp_path, "ferry.txt", page))
    assert result[HEADLINE] == ("heading", "headline")
    assert result["LIVE: Premier League scores and updates"][1] != "headline"


def test_the_line_by_a_bare_credit_is_still_its_caption(tmp_path):
    # Near miss: "Photo: Jane Doe (Reuters)" names only who took the picture, so the caption is the line by it.
    caption = "Crews walk out at the pier on Monday morning"
    page = (f"{HEADLINE}\n\nBy Ann Tulloch\n\n{STORY}\n{caption}\n\nPhoto: Jane Doe (Reuters)\n\n"
            "Talks are due to resume on Thursday.\n")
    assert kinds_of(write(tmp_path, "ferry.txt", page))[caption] == ("boilerplate", "photo caption")


def test_the_alt_text_by_a_self_captioned_picture_line_is_still_a_caption(tmp_path):
    # Near miss: the caption also stands alone beside the line that carries it (a browser copy of the alt text).
    page = (f"{HEADLINE}\n\nBy Ann Tulloch\n\n{STORY}\nThe ferry at its berth in Stromness\n"
            "Image: The ferry at its berth in Stromness (Photo: Harbour Gazette)\n\n"
            "Talks are due to resume on Thursday.\n")
    result = kinds_of(write(tmp_path, "ferry.txt", page))
    assert result["The ferry at its berth in Stromness"] == ("boilerplate", "photo caption")


def test_the_headline_comparison_sees_both_headlines_figures(tmp_path):
    a = write(tmp_path, "a.txt", _browser_copy("Image: The ferry at its berth in Stromness (Photo: Harbour Gazette)"))
    b = write(tmp_path, "b.txt", f"Island Voice\n\n{HEADLINE.replace('3 sailings', '4 sailings')}\n\n"
              f"By Josh Leask\n\n{STORY}")
    comparison = compare(load_document(a), load_document(b))
    assert comparison.headlines is not None
    assert comparison.headlines.numbers.conflict


PULL_QUOTE = '"This is the worst harvest this farm has seen in forty years."'
TOLD = 'The farmer, Ruth Penrose, said it was "the worst harvest this farm has seen in forty years".'


def _farm_page(*middle: str) -> str:
    return ("# Drought ruins the wheat harvest\n\nThe dry spring has cut yields across the county by a third.\n\n"
            + "\n\n".join(middle) + "\n\nGrain prices rose on Monday.\n")


@pytest.mark.parametrize("pull_quote, told", [
    (PULL_QUOTE, TOLD),
    ('"He let down every family that trusted him with their savings."',
     'The judge told him he had "let down every family that trusted him with their savings".'),
])
def test_a_quotation_set_apart_that_the_story_quotes_without_its_opening_is_a_pull_quote(tmp_path, pull_quote, told):
    result = kinds_of(write(tmp_path, "farm.md", _farm_page(f"> {pull_quote}", told)))
    assert result[pull_quote] == ("boilerplate", "pull quote")
    assert result[told] == ("body", "")


def test_a_full_quotation_under_the_storys_part_of_it_stays_story(tmp_path):
    # Near miss: the story gives part of the words, then quotes the speaker whole.
    result = kinds_of(write(tmp_path, "farm.md", _farm_page(TOLD, PULL_QUOTE)))
    assert result[PULL_QUOTE] == ("body", "")


@pytest.mark.parametrize("told", [
    # more than the opening subject and verb left out: the story may quote the speaker twice
    'She said the farm had seen "forty years" of harvests.',
    'Ruth Penrose urged buyers to "be patient" and said it was "the worst harvest this farm has seen".',
    # the story's quotation opens its sentence or stops inside it
    '"The worst harvest this farm has seen in forty years," the farmer said.',
    'She called it "the worst harvest this farm has seen in forty years" and asked for help.',
])
def test_a_quotation_the_story_quotes_otherwise_stays_story(tmp_path, told):
    result = kinds_of(write(tmp_path, "farm.md", _farm_page(PULL_QUOTE, told)))
    assert result[PULL_QUOTE] == ("body", "")
