"""The words after a quotation's dash: its speaker, or the story going on.

A review found the test of those words too loose and too narrow at once: a capital anywhere in the first three
words ("– and then Labour walked out") or an article before any word ("– a deal that later collapsed") made
story text a "quote attribution", while a role given bare ("– spokesperson for the union") was kept as story.
The first word now tells.  Every page here is invented.
"""

from __future__ import annotations

import pytest

from sentence_kinds import by_text, of_file

QUOTE = '"Our members have been pushed to breaking point."'
# The story does not repeat the quotation, so the quotation stays story and only a speaker is furniture.
STRIKE_MD = """# Staff vote to strike

The union said staff had voted to strike over pay and conditions.

> {quote} {tail}

The dispute centres on a pay award imposed over the summer.

Jo Grady said members would decide the dates of the walkouts next week.
"""


def strike_page(tmp_path, tail: str):
    path = tmp_path / "a.md"
    path.write_text(STRIKE_MD.format(quote=QUOTE, tail=tail), encoding="utf-8")
    return path


@pytest.mark.parametrize("tail", [
    "– and then Labour walked out",  # a capital later on names no speaker after "and then"
    "– a deal that later collapsed",  # an article before a thing, not a role
    "– as Labour walked out of the talks",
    "– a deal the minister rejected",  # the role comes only in the clause after the thing
])
def test_the_story_going_on_after_the_dash_stays_story(tmp_path, tail):
    result = of_file(strike_page(tmp_path, tail))
    assert result[tail] == ("body", "")
    assert result[QUOTE] == ("body", "")


@pytest.mark.parametrize("tail", [
    "– spokesperson for the union",  # a role given bare
    "– vice-chair of the union",
    "– shipyard welder Omar Hadid",  # words of what the speaker does, then the name
    "– the union's general secretary",
    "– Jo Grady, general secretary",
])
def test_a_speaker_after_the_dash_is_a_quote_attribution(tmp_path, tail):
    result = of_file(strike_page(tmp_path, tail))
    assert result[tail] == ("boilerplate", "quote attribution")
    assert result[QUOTE] == ("body", "")


def test_a_bare_role_after_the_dash_is_read_the_same_in_plain_text():
    text = ("Staff vote to strike\n\nThe union said staff had voted to strike over pay and conditions.\n\n"
            f"{QUOTE} – spokesperson for the union\n\nThe dispute centres on a pay award imposed over the summer.\n\n"
            f"Jo Grady said: {QUOTE}\n")
    result = by_text(text)
    assert result[QUOTE] == ("boilerplate", "pull quote")
    assert result["– spokesperson for the union"] == ("boilerplate", "pull quote")


@pytest.mark.parametrize("tail", ["– a deal that later collapsed", "– And then Labour walked out"])
def test_a_quotation_the_story_goes_on_from_is_no_pull_quote(tail):
    """Told again later, a quotation set apart with its speaker is a pull quote; one whose line goes on
    with the story is the story's own line."""
    text = ("Staff vote to strike\n\nThe union said staff had voted to strike over pay and conditions.\n\n"
            f"{QUOTE} {tail}\n\nThe dispute centres on a pay award imposed over the summer.\n\n"
            f"Jo Grady said: {QUOTE}\n")
    assert by_text(text)[QUOTE] == ("body", "")
