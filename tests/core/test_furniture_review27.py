"""Page furniture on invented pages: a live blog's welcome that gives a toll, however it words it, is
story (its figure may conflict with the other report's); a standfirst of two or three words that tells
the news over a list is the standfirst, not the list's title.  Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from sentence_kinds import LIST_PAGE, by_text, welcome_kind

# -- A live blog's welcome that gives a toll -------------------------------------------------------

@pytest.mark.parametrize("welcome", [
    "Welcome to our live coverage of the floods, killing 95 people so far.",
    "Welcome to our live coverage of the Valencia floods, with the death toll now at 95.",
    "Welcome to our live coverage of the floods in Valencia, claiming 95 lives so far.",
    "Good morning and welcome to our coverage of the storm, with dozens feared dead in Galicia.",
    "Welcome to our live coverage of the quake in Turkey, killing at least 2,000 people.",
    "Welcome to our live coverage of the floods, leaving twelve people dead in Valencia.",
])
def test_a_welcome_that_gives_a_toll_is_story(welcome):
    assert welcome_kind(welcome) == ("body", "")


@pytest.mark.parametrize("welcome", [
    "Welcome to our live coverage of the 2024 Southport killings trial.",
    "Hello and welcome to our coverage of the Covid-19 deaths inquiry.",
    "Welcome to our live coverage of the G7 summit in Apulia, Italy.",
    "Welcome to our live coverage of the floods in Valencia, Spain.",
])
def test_a_welcome_whose_topic_names_deaths_or_holds_a_figure_but_gives_no_toll_is_furniture(welcome):
    assert welcome_kind(welcome) == ("boilerplate", "live blog")


LIVE_REPORT = """Valencia floods live: rescuers search for missing

Live updates

Key events

09:05

Welcome to our live coverage of the Valencia floods, killing 95 people so far.

Rescuers are searching for dozens of people still missing in the town of Paiporta, officials said.

09:40

Spain's prime minister is due to visit the region later today, his office said.
"""
TOLL_REPORT = """Valencia floods kill 92

Floods in the Valencia region have killed 92 people so far, the regional government said.

Rescuers are searching for dozens of people still missing in the town of Paiporta, officials said.

The prime minister will visit the region on Thursday.
"""


def test_the_toll_a_live_blogs_welcome_gives_conflicts_with_the_other_reports():
    comparison = compare(document_from_text(LIVE_REPORT, title="A"), document_from_text(TOLL_REPORT, title="B"))
    conflicts = [(x.surface, y.surface) for link in comparison.links for x, y in link.numbers.conflict]
    assert ("95", "92") in conflicts


# -- A short standfirst over a list ----------------------------------------------------------------

SHORT_STANDFIRSTS = ["Storm kills dozens", "Hundreds evacuated", "Three missing", "Storm hits Cornwall",
                     "Crew arrested", "Dozens dead"]


@pytest.mark.parametrize("standfirst", SHORT_STANDFIRSTS)
def test_a_standfirst_of_a_few_words_that_tells_the_news_over_a_list_stays_a_subheading(standfirst):
    assert by_text(LIST_PAGE.format(line=standfirst))[standfirst] == ("heading", "subheading")


@pytest.mark.parametrize("standfirst", SHORT_STANDFIRSTS)
def test_two_short_standfirsts_over_lists_are_compared(standfirst):
    a = document_from_text(LIST_PAGE.format(line=standfirst), title="A")
    b = document_from_text(LIST_PAGE.format(line=standfirst).replace("Bali Strait", "strait off Bali"), title="B")
    assert compare(a, b).standfirsts is not None


@pytest.mark.parametrize("title", ["Key dates", "Timeline", "In numbers", "Catch up", "Live: key events",
                                   "Explained", "Key moments", "Road closures", "Brexit explained", "Wind speed"])
def test_a_short_title_that_names_its_list_is_still_the_lists_title(title):
    assert by_text(LIST_PAGE.format(line=title))[title] == ("heading", "list title")
