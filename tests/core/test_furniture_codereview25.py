"""Code review 25 (M1, M2): a picture's credit is taken only where it cannot be a story's own words.

M1: a one-word subheading in capitals ("BACKGROUND", "VIDEO") under a short lead at the top of a story made the
lead a photo caption and dropped it.  A name in capitals is a picture's credit only as an acronym ("NASA"), and
not under a lead that tells what was done.  M2: a story sentence closed by a source in brackets ("(Metropolitan
Water Board)", "(China Daily)") was read as a caption closed by its credit.  A caption shows a picture: it tells
what the picture shows in the present or with no verb, or says the picture was taken.  Every page is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text

STRIKE_STORY = (
    "The union has held six strikes since last summer, halting services across the network.",
    "Talks are due to resume next week.",
)


def strike_page(lead: str, between: str) -> str:
    return ("Strike halts rail services\n\nPublished 10:05 AM EDT, March 3, 2025\n\n"
            f"{lead}\n\n{between}\n\n" + "\n\n".join(STRIKE_STORY) + "\n")


@pytest.mark.parametrize("subheading", ["BACKGROUND", "REACTION", "ANALYSIS", "VIDEO", "TALKS"])
def test_a_short_lead_over_a_subheading_in_capitals_stays_story(subheading):
    lead = "Train drivers walked out on Monday in a dispute over pay."
    result = by_text(strike_page(lead, subheading))
    assert_story_kept(result, [lead, *STRIKE_STORY])
    assert result[subheading] != ("boilerplate", "image credit")


@pytest.mark.parametrize("credit", ["FEMA", "AT&T"])
def test_an_acronym_under_a_caption_of_what_the_picture_shows_is_its_credit(credit):
    caption = "Floodwaters surround homes in Asheville, North Carolina."
    result = by_text(strike_page(caption, credit))
    assert result[caption] == ("boilerplate", "photo caption")
    assert result[credit] == ("boilerplate", "image credit")
    assert_story_kept(result, STRIKE_STORY)


WATER_STORY = (
    "Taps ran dry across the capital on Monday as reservoirs fell to record lows.",
    "The city has had almost no rain since January, forecasters said.",
    "Emergency tankers were sent to hospitals and schools.",
)


def water_page(paragraph: str) -> str:
    return ("Water shortages hit capital\n\nPublished 10:05 AM EDT, March 3, 2025\n\n" + WATER_STORY[0]
            + f"\n\n{paragraph}\n\n" + "\n\n".join(WATER_STORY[1:]) + "\n")


@pytest.mark.parametrize(("sentence", "source"), [
    ("Officials urged residents to cut back on water use and warned restrictions could last weeks.",
     "(Metropolitan Water Board)"),
    ("Water use in the capital rose by a fifth last summer.", "(Office for National Statistics)"),
    ("The province sold 3 million tonnes of grain to the capital last year.", "(China Daily)"),
])
def test_a_story_sentence_closed_by_its_source_in_brackets_stays_story(sentence, source):
    result = by_text(water_page(f"{sentence} {source}"))
    assert_story_kept(result, [sentence, *WATER_STORY])


@pytest.mark.parametrize("caption", [
    "Firefighters fill a tanker at a depot in the capital on Monday.",
    "A water tanker is pictured outside a hospital on Monday.",
])
def test_a_caption_of_what_the_picture_shows_closed_by_a_name_in_brackets_is_a_caption(caption):
    credit = "(Metropolitan Water Board)"
    result = by_text(water_page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, WATER_STORY)
