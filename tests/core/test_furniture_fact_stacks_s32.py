"""A stack of "Label: figure" lines the shape rules took for links meets the story as a fact box does.

``keep_fact_stacks`` took a stack back as the story's only when its labels shared a word, letter for letter,
with the prose: "Deaths: 12 / Injuries: 40" never met "Twelve people died and 40 were injured", so the box
stayed greyed as navigation links whatever its figures said, and a box that gives another toll than the
story was hidden from the comparison.  It now meets the story by stem and by words of fate, through
``furniture_facts``: a stack whose figures the story tells is a fact box, one whose figures the story gives
otherwise or does not tell is the story's.  A possessive ("Njenga's 28,915 votes") names its owner too.

Every text is invented.
"""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text
from test_furniture_review20 import CRASH_AFTER_BOX, CRASH_STORY, crash_page


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- a coach crash: the box's fates against the story's verbs --------------------------------------------------

# The coach crash page of the fact-box tests (review 20's finding 9), whose box is here a stack.


def test_a_stack_of_deaths_and_injuries_the_story_tells_is_a_fact_box():
    box = ("Deaths: 12", "Injuries: 40", "Passengers: 52")
    result = by_text(crash_page(*box))
    assert_furniture(result, box, "fact box")  # was "navigation links"
    assert_story_kept(result, CRASH_STORY + CRASH_AFTER_BOX)


def test_a_stack_that_gives_another_toll_than_the_story_is_compared_as_story():
    box = ("Deaths: 14", "Injuries: 40", "Passengers: 52")  # the story's toll is twelve
    result = by_text(crash_page(*box))
    assert_story_kept(result, box)
    assert_story_kept(result, CRASH_STORY + CRASH_AFTER_BOX)


def test_a_weather_widget_that_meets_no_word_of_the_story_stays_furniture():
    widget = ("London: 14°C", "Cardiff: 12°C", "Belfast: 11°C")
    result = by_text(crash_page(*widget))
    for line in widget:
        assert result[line][0] != "body", (line, result[line])  # a guard: greyed before the change too
    assert_story_kept(result, CRASH_STORY + CRASH_AFTER_BOX)


# --- a flood: a figure the story does not tell ----------------------------------------------------------------

FLOOD_STORY = (
    "About 300 residents were evacuated overnight after the River Eden burst its banks in Carlisle.",
    "The Environment Agency said 120 homes had been flooded, most of them in the Warwick Road area.",
    "Forecasters said 85mm of rain fell on Cumbria in 24 hours, more than a month's average.",
)
FLOOD_AFTER_BOX = (
    "Rest centres were opened at two schools, the council said.",
    "The agency warned that river levels would stay high until Tuesday.",
)


def flood_page(*box: str) -> str:
    return page("Flooding forces hundreds from homes in Carlisle", "By Tom Hale", *FLOOD_STORY, "At a glance",
                *box, *FLOOD_AFTER_BOX)


def test_a_stack_that_copies_the_storys_figures_by_stem_is_a_fact_box():
    box = ("Evacuations: 300", "Homes flooded: 120", "Rain: 85mm")  # "were evacuated", "120 homes", "85mm of rain"
    assert_furniture(by_text(flood_page(*box)), box, "fact box")


def test_a_stack_with_a_figure_the_story_does_not_tell_is_the_storys():
    box = ("Evacuations: 300", "Homes flooded: 120", "Rescue boats: 6")  # no boats in the story
    result = by_text(flood_page(*box))
    assert_story_kept(result, box)  # was a page label and two subheadings
    assert_story_kept(result, FLOOD_STORY + FLOOD_AFTER_BOX)


# --- a by-election: candidates the story names in the possessive -------------------------------------------------

VOTE_STORY = (
    ("Njenga's 28,915 votes gave him a clear lead over Okumu's 25,512, the electoral commission announced on "
     "Friday."),
    "Kariuki's 1,204 votes left the Jubilee candidate a distant third.",
    "The by-election was called after the death of the sitting MP in March.",
)
VOTE_AFTER_BOX = ("Okumu said she would not challenge the result.", "Njenga is expected to be sworn in next week.")


def vote_page(*box: str) -> str:
    return page("Njenga wins Lari by-election", "By Mary Wanjiku", *VOTE_STORY, "Result", *box, *VOTE_AFTER_BOX)


def test_a_results_box_whose_candidates_the_story_names_in_the_possessive_is_a_fact_box():
    box = ("Njenga (UDA): 28,915", "Okumu (ODM): 25,512", "Kariuki (Jubilee): 1,204")
    result = by_text(vote_page(*box))
    assert_furniture(result, box, "fact box")  # "Njenga's 28,915 votes" tells Njenga's figure
    assert_story_kept(result, VOTE_STORY + VOTE_AFTER_BOX)


def test_a_results_box_with_a_count_the_story_gives_otherwise_is_the_storys():
    box = ("Njenga (UDA): 28,915", "Okumu (ODM): 25,521", "Kariuki (Jubilee): 1,204")  # the story: 25,512
    assert_story_kept(by_text(vote_page(*box)), box)
