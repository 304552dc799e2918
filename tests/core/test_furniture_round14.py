"""Round 14 of the page-furniture cues, after the sixteenth gold set was scored blind.

Every example is invented for this file.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, kinds


def page(*lines: str) -> str:
    return "\n\n".join(("Ferry terminal to close after 90 years", LEDE, STORY, *lines, CLOSE))


def test_an_interview_answer_that_speaks_as_i_is_no_reader_prompt():
    answer = ("Share the crossing you remember, that is what I tell the young people on the quay. "
              "Take a photo, tag the operator, say this is our ferry.")
    result = kinds(page("**Harwick Gazette:** What are you asking islanders to do?", answer))
    for sentence in ("Share the crossing you remember, that is what I tell the young people on the quay.",
                     "Take a photo, tag the operator, say this is our ferry."):
        assert result[sentence] == ("body", ""), sentence
    assert_story_kept(result)


def test_the_outlet_speaking_as_we_is_still_a_prompt_and_a_roman_numeral_is_no_speaker():
    prompts = ("Share your photos of the last crossing with us: we read every message.",
               "Read Part I of our ferry series on our website.")
    result = kinds(page(*prompts))
    for prompt in prompts:
        assert result[prompt] == ("boilerplate", "reader prompt"), prompt
    asked = "Share your photos of the last crossing with us, I ask every caller."
    assert kinds(page(asked))[asked] == ("body", "")
