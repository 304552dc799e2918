"""Page furniture on invented pages: a short box title over a list names what the list holds ("Your
questions answered", "Election results timeline") and is no standfirst, while a short line that tells
the news over a list still is one.  Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from sentence_kinds import LIST_PAGE, by_text

# -- A short box title over a list ------------------------------------------------------------------

BOX_TITLES = ["Your questions answered", "Readers' questions answered", "Election results timeline",
              "Rail strikes timeline", "Paris Olympics results", "Flood warnings issued", "Cup final reaction",
              "School holidays dates"]
SHORT_CLAIMS = ["Storm kills dozens", "Storm hits Cornwall", "Hundreds evacuated", "Residents evacuated",
                "Two men charged", "Minister quits cabinet"]


def standfirst_compared(page: str) -> bool:
    a = document_from_text(page, title="A")
    b = document_from_text(page.replace("Bali Strait", "strait off Bali"), title="B")
    return compare(a, b).standfirsts is not None


@pytest.mark.parametrize("title", BOX_TITLES)
def test_a_short_title_with_a_plural_or_a_participle_is_the_lists_title(title):
    page = LIST_PAGE.format(line=title)
    assert by_text(page)[title] == ("heading", "list title")
    assert not standfirst_compared(page)


@pytest.mark.parametrize("claim", SHORT_CLAIMS)
def test_a_short_line_that_tells_the_news_over_a_list_is_still_the_standfirst(claim):
    page = LIST_PAGE.format(line=claim)
    assert by_text(page)[claim] == ("heading", "subheading")
    assert standfirst_compared(page)


def test_a_longer_standfirst_over_a_list_is_the_standfirst():
    standfirst = "Hundreds evacuated as river bursts banks"
    assert by_text(LIST_PAGE.format(line=standfirst))[standfirst] == ("heading", "subheading")


# -- A paywall --------------------------------------------------------------------------------------

STORY = ["Veldkamp Group will close its Harcastle Ceramics tile factory in Stoke-on-Trent.",
         "The company blamed energy prices and cheap imports from Spain and India.",
         "The company is moving production to its plant in Poland."]
STORY_PAGE = """Veldkamp to shut Harcastle tile plant

{first}

{second}

{line}

{third}
"""


def story_page(line: str) -> str:
    return STORY_PAGE.format(first=STORY[0], second=STORY[1], third=STORY[2], line=line)


@pytest.mark.parametrize("line, sentences", [
    ("This article is for subscribers. Get unlimited access from £1 for the first month.",
     ["This article is for subscribers.", "Get unlimited access from £1 for the first month."]),
    ("Subscribe to continue reading", ["Subscribe to continue reading"]),
    ("You have reached your limit of free articles", ["You have reached your limit of free articles"]),
    ("You've used all your free articles this month.", ["You've used all your free articles this month."]),
    ("This content is available only to paying subscribers.", ["This content is available only to paying subscribers."]),
    ("Only subscribers can read this story.", ["Only subscribers can read this story."]),
    ("To keep reading, create a free account or log in.", ["To keep reading, create a free account or log in."]),
    ("Continue reading with a digital subscription", ["Continue reading with a digital subscription"]),
    ("Unlimited digital access for $1 a week", ["Unlimited digital access for $1 a week"]),
    ("You've reached your article limit.", ["You've reached your article limit."]),
    ("Register to read the full article.", ["Register to read the full article."]),
    ("Premium-only content", ["Premium-only content"]),
])
def test_a_paywall_line_is_furniture(line, sentences):
    result = by_text(story_page(line))
    for sentence in sentences:
        assert result[sentence] == ("boilerplate", "paywall")
    assert all(result[sentence] == ("body", "") for sentence in STORY)


@pytest.mark.parametrize("line", [
    "The newspaper said the article was for subscribers only.",
    "This article is for subscribers, the publisher said.",
    "The company offers unlimited access from £1 for the first month.",
    "Full access to the site was restored on Monday.",
    "Readers who subscribe to continue reading pay £5 a month, according to the filing.",
])
def test_a_story_sentence_about_a_paywall_stays_story(line):
    assert by_text(story_page(line))[line] == ("body", "")


def test_paywall_lines_in_both_reports_are_not_linked():
    paywall = "This article is for subscribers. Get unlimited access from £1 for the first month."
    a = document_from_text(story_page(paywall), title="A")
    b = document_from_text(story_page(paywall).replace("Stoke-on-Trent", "Stoke"), title="B")
    comparison = compare(a, b)
    linked = {comparison.a_sentences[link.a].text for link in comparison.links}
    assert "This article is for subscribers." not in linked and STORY[1] in linked


# -- A section's "More ..." block --------------------------------------------------------------------

MATCH_PAGE = """Holloway's late double sinks Carrick

By Sean Maddox
Saturday 8 November 2025, 17:12

Westford United went top of the Premier Division after beating Carrick Athletic.

Westford have won seven matches in all competitions.

{label}
- Radley keep pace with win at Ashford
- Ferraro: 'We need to kill games off'
- Table: Westford top after ten-game run

© Matchday Media Group 2025.
"""
LINKS = ["- Radley keep pace with win at Ashford", "- Ferraro: 'We need to kill games off'",
         "- Table: Westford top after ten-game run"]


@pytest.mark.parametrize("label", ["More Premier Division", "More Football", "MORE UK NEWS", "More Highland League",
                                   "More from Sport", "More on this story"])
def test_a_more_section_label_and_the_titles_under_it_are_a_related_block(label):
    result = by_text(MATCH_PAGE.format(label=label))
    assert result[label] == ("boilerplate", "related articles")
    assert all(result[link] == ("boilerplate", "related link") for link in LINKS)


def test_the_titles_under_a_more_section_label_are_not_linked():
    page = MATCH_PAGE.format(label="More Premier Division")
    a = document_from_text(page, title="A")
    b = document_from_text(page.replace("seven matches", "seven games"), title="B")
    assert not any(sentence.text in LINKS for sentence in compare(a, b).a_sentences if sentence.kind == "body")


SUBHEADED_STORY = """Storm batters northern coast

A powerful storm hit the northern coast on Monday, officials said.

At least 12 people were injured and 3,000 homes lost power overnight.

More Rain Expected

Forecasters said another band of heavy rain would reach the coast on Wednesday night.

More Closures Ahead

- the coast road will stay shut until Friday
- schools in the valley will close on Thursday

Rescue teams searched the flooded streets until dawn, police said.
"""


def test_a_story_subheading_worded_like_a_more_label_stays_a_subheading():
    result = by_text(SUBHEADED_STORY)
    assert result["More Rain Expected"] == ("heading", "subheading")
    assert result["More Closures Ahead"] == ("heading", "subheading")
    assert result["- the coast road will stay shut until Friday"] == ("body", "")
    assert result["Forecasters said another band of heavy rain would reach the coast on Wednesday night."] == ("body", "")
