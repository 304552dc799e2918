"""CLI QA pass 18, Markdown page furniture: a pull quote cut from a longer quotation of the story, and a
writer's name under the headline or the standfirst.

* '> "I heard a deep rumble and then a crash." – Janet Holt, resident' was kept as story, though the story
  quotes the same words, told as reported speech, in a longer quotation ('she heard "a deep rumble and then
  a crash, like a lorry tipping rubble"').
* "*Nina Shaw, The Bucks Herald*" under a Markdown headline was a subheading, read as an italic standfirst.
* An italic standfirst ending in a full stop over "**Nina Shaw, Bucks Today**" was read as the story's lead.

Every page here is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_story_kept, of_file
from written_files import write

HEADLINE = "# Sinkhole opens in Wycombe Vale"
CONTEXT = ("Officials in the town confirmed the details on Tuesday morning.",
           "The regional council met in emergency session to discuss the response.")
PULL_QUOTE = '"I heard a deep rumble and then a crash."'
SPEAKER = "– Janet Holt, resident"
TOLD = 'Janet Holt, 71, said she heard "a deep rumble and then a crash, like a lorry tipping rubble".'


def sinkhole_page(*middle: str) -> str:
    return "\n\n".join((HEADLINE, CONTEXT[0], *middle, CONTEXT[1])) + "\n"


# A pull quote the story quotes in a longer quotation.

def test_a_pull_quote_cut_from_a_longer_quotation_of_the_story_is_furniture(tmp_path):
    result = of_file(write(tmp_path, "b.md", sinkhole_page(f"> {PULL_QUOTE} {SPEAKER}", TOLD)))
    assert result[PULL_QUOTE] == ("boilerplate", "pull quote")
    assert result[SPEAKER] == ("boilerplate", "pull quote")
    assert_story_kept(result, (TOLD, *CONTEXT))


def test_a_pull_quote_with_its_speaker_under_it_cut_from_a_longer_quotation_is_furniture(tmp_path):
    result = of_file(write(tmp_path, "b.md", sinkhole_page(f"> {PULL_QUOTE}", "Janet Holt, resident", TOLD)))
    assert result[PULL_QUOTE] == ("boilerplate", "pull quote")
    assert_story_kept(result, (TOLD,))


@pytest.mark.parametrize("told", [
    # the story's quotation goes on in other words from the pull quote's
    'Janet Holt, 71, said she heard "a deep rumble and then a bang, like a lorry tipping rubble".',
    # the story's quotation does not close its sentence: the story may quote the speaker twice
    'Janet Holt said she heard "a deep rumble and then a crash, like a lorry tipping rubble" and ran outside.',
])
def test_a_quotation_the_story_quotes_otherwise_stays_story(tmp_path, told):
    result = of_file(write(tmp_path, "b.md", sinkhole_page(f"> {PULL_QUOTE}", told)))
    assert result[PULL_QUOTE] == ("body", "")


def test_the_storys_part_of_a_quotation_over_the_quotation_keeps_both_story(tmp_path):
    # The story quotes part of the words first, then goes on to quote the speaker: no pull quote set apart.
    result = of_file(write(tmp_path, "b.md", sinkhole_page(TOLD, PULL_QUOTE)))
    assert result[PULL_QUOTE] == ("body", "")


def test_a_quotation_the_story_tells_with_its_speaker_stays_story(tmp_path):
    claim = '"I heard a deep rumble and then a crash," Janet Holt told reporters.'
    result = of_file(write(tmp_path, "b.md", sinkhole_page(claim, TOLD)))
    assert_story_kept(result, (claim, TOLD))


# A writer's name under the headline or the standfirst.

STORY = ("A sinkhole measuring 40ft across has swallowed four cars in a car park in Wycombe Vale.",
         "The collapse happened at around 5am on Tuesday, residents said.")
STANDFIRST = "Residents were moved out overnight as engineers checked the ground beneath the town centre."


def news_page(*top: str) -> str:
    return "\n\n".join(("# Four cars lost as sinkhole opens in Wycombe Vale", *top, *STORY)) + "\n"


@pytest.mark.parametrize("credit", ["*Nina Shaw, The Bucks Herald*", "_Nina Shaw, Bucks Today_", "*Nina Shaw*"])
def test_an_italic_name_and_outlet_under_the_headline_is_the_byline(tmp_path, credit):
    result = of_file(write(tmp_path, "a.md", news_page(credit)))
    assert result[credit.strip("*_")] == ("boilerplate", "byline")
    assert_story_kept(result, STORY)


def test_an_italic_line_under_the_headline_that_names_no_one_stays_a_subheading(tmp_path):
    result = of_file(write(tmp_path, "a.md", news_page("*Live updates as engineers check the ground*")))
    assert result["Live updates as engineers check the ground"] == ("heading", "subheading")


@pytest.mark.parametrize("credit", ["**Nina Shaw, Bucks Today**", "*Nina Shaw, Bucks Today*", "Nina Shaw"])
def test_an_italic_standfirst_over_a_name_and_outlet_is_the_standfirst(tmp_path, credit):
    result = of_file(write(tmp_path, "a.md", news_page(f"*{STANDFIRST}*", credit)))
    assert result[STANDFIRST] == ("heading", "subheading")
    assert result[credit.strip("*")] == ("boilerplate", "byline")
    assert_story_kept(result, STORY)


@pytest.mark.parametrize("under", [
    # the lead's own figures, which the comparison must see
    "*Four cars fell into a 12-metre hole in the town centre early on Tuesday.*\n\n**Nina Shaw, Bucks Today**",
    # no writer's name under it
    f"*{STANDFIRST}*",
    # a subheading of the markup under it, however like a name it is written
    f"*{STANDFIRST}*\n\n## Engineers Check Ground",
])
def test_an_italic_story_sentence_that_is_no_standfirst_stays_story(tmp_path, under):
    result = of_file(write(tmp_path, "a.md", news_page(under)))
    lead = under.split("\n")[0].strip("*")
    assert result[lead] == ("body", "")
