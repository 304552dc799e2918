"""A live blog's asides only on a live page and never in someone's words; a "<Name> is written by <Name>"
credit is a mailing's footer only when the name or the page is a mailing's.

"That's it." and "Stay with us." are everyday speech: read as the page's own words on every page, they
dropped a resident's quoted words from a council story.  A TV story's last line credits the show's writers
just as a newsletter credits its own.  Every page here is invented.
"""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


COUNCIL = (
    "Council votes to close library",
    "The city council voted on Tuesday to close the Eastside library at the end of the year, citing a budget "
    "shortfall of $1.2 million.",
    'Maria Lopez, who has used the library for 30 years, was angry. "They never asked us. That\'s it. They just '
    'decided," she said.',
    '"We will keep fighting this decision. That\'s all. We have no other choice," said Tom Reed, who chairs the '
    "Friends of Eastside Library group.",
    'Asked whether the branch could reopen, the mayor paused. "No. That\'s it." The next budget meeting is in March.',
)


def test_sign_off_words_inside_a_quotation_stay_story():
    result = by_text(_page(*COUNCIL))
    for sentence in ("That's it.", "That's all.", "That's it.\""):
        assert result[sentence] == ("body", ""), sentence


def test_a_quotation_run_on_from_the_paragraph_above_still_holds_its_sign_off():
    text = _page("Ferry service to end in May",
                 "The operator will withdraw the island ferry in May, the council said on Monday.",
                 '"We were told in a letter. Nobody came to explain it to us.',
                 '"They cut the winter sailings last year. Now this. That\'s it."')
    assert by_text(text)["That's it.\""] == ("body", "")


TRANSCRIPT = (
    "Interview: the mayor on the library vote",
    "The mayor spoke to us on Wednesday about the council's vote to close the Eastside library.",
    "Q: Is there any chance the branch reopens next year?",
    "A: No. The budget does not allow it. That's it.",
    "Q: Will residents be consulted on the other branches?",
    "A: Yes, from March. Stay with us on that.",
)


def test_a_sign_off_on_a_page_that_shows_no_live_blog_stays_story():
    assert by_text(_page(*TRANSCRIPT))["That's it."] == ("body", "")


def test_a_page_that_ends_its_live_coverage_in_its_own_words_is_a_live_blog():
    text = _page("Fell search: climber found alive",
                 "Mountain rescue teams are back out at first light on the fells above Glenridding. Stay with us.",
                 "Police say the missing climber, Tom Reid, has been found alive in a gully below Red Tarn.",
                 "We'll end our live coverage here. That's all from us.")
    result = by_text(text)
    assert_furniture(result, ("Stay with us.", "We'll end our live coverage here.", "That's all from us."), "live blog")
    assert_story_kept(result, ("Police say the missing climber, Tom Reid, has been found alive in a gully below Red Tarn.",
                               "Mountain rescue teams are back out at first light on the fells above Glenridding."))


def test_on_a_live_blog_a_post_quoting_someone_keeps_the_quoted_sign_off():
    text = _page("LIVE: Fell search - missing climber found alive", "12:10",
                 '"He is safe. That\'s all. We can breathe again," the climber\'s brother told reporters.',
                 "07:30", "Mountain rescue teams are back out at first light. Stay with us.")
    result = by_text(text)
    assert result["Stay with us."] == ("boilerplate", "live blog")
    assert result["That's all."] == ("body", "")


TV_STORY = (
    "Hit drama returns for final season",
    "The hit drama Harbour Lights returns for its final season on Sunday, the broadcaster said on Tuesday, after a "
    "two-year break caused by strikes in the industry.",
    "The show, which follows a fishing family on the Cornish coast, drew an average of 6.2 million viewers per "
    "episode in its last run, making it the channel's most watched drama.",
    "The cast includes Maxine Peake and Toby Jones, who both return for the final six episodes.",
)


def test_a_storys_last_line_crediting_a_shows_writers_stays_story():
    credit = "Harbour Lights is written by Jack Thorne and Anna Symon."
    assert by_text(_page(*TV_STORY, credit))[credit] == ("body", "")


def test_a_credit_whose_name_is_a_mailings_is_its_footer():
    credit = "The Morning Briefing is written by Nia Evans and edited by Jo Roe."
    assert by_text(_page(*TV_STORY, credit))[credit] == ("boilerplate", "email footer")


def test_a_credit_on_a_page_with_a_newsletters_opening_is_its_footer():
    credit = "Harbour Lights is written by Nia Evans."
    text = _page("Good morning.", "Welcome to today's Harbour Lights.", *TV_STORY[1:], credit)
    assert by_text(text)[credit] == ("boilerplate", "email footer")
