"""Review of round 22: a site's "Most read" lists under titles that look like the story's own ranking.

Round 21's review let the story keep its own rankings ("The most popular:" over a poll, "Top 10
stories of the year" in a story about the year).  It read that off the title alone, so a site's
own list became story text whenever its title carried a colon ("Most read:"), a year ("Most read
this year") or the site's name ("Most read on BBC News"); so did a bar of short topics, a list with
a couple of value-shaped headlines, and a list with one headline that opens in lower case.  Now the
items must show the ranking is the story's.  Every page here is invented.
"""

from __future__ import annotations

import pytest

from reader.core.document import load_document
from reader.core.sentences import document_sentences
from sentence_kinds import by_exact_text as by_text

HEAD = ("Library reopens after two-year refit with longer evening hours", "By Tom Ashby", "March 3, 2025")
STORY = (
    "Dunmore's central library reopened on Saturday after a two-year refit that cost the county council "
    "£6.2 million and added a children's floor and a study room.",
    "The library will now stay open until 9pm on weekdays, two hours later than before the refit, after "
    "students asked for somewhere quiet to work in the evenings.",
    "About 1,400 people came through the doors on the first morning, the library's manager said.",
    "Councillor Priya Shah said the building had been close to closing for good in 2022, when the roof "
    "began to leak into the archive room.",
    "The archive, which holds parish records going back to 1710, has moved to a dry basement store with "
    "its own climate control.",
    "The council said it would review the longer hours after a year, once it knew how many people used "
    "the library in the evenings.",
)
HEADLINES = (
    "Man charged after police chase through Dunmore town centre",
    "School closes early as heatwave warning issued",
    "Five things to do in the county this weekend",
    "Council tax bills set to rise by 5 per cent",
)


def page(*middle: str) -> str:
    return "\n\n".join((*HEAD, *STORY[:3], *middle, *STORY[3:]))


def assert_story_kept(result: dict[str, tuple[str, str]]) -> None:
    for paragraph in STORY:
        assert result[paragraph] == ("body", ""), paragraph


def assert_links(result: dict[str, tuple[str, str]], items) -> None:
    for item in items:
        assert result[item][0] == "boilerplate", (item, result[item])


# -- The title alone says nothing: a colon, a year or the site's name --------------------------

@pytest.mark.parametrize("title", [
    # The site naming itself.
    "Most read on BBC News", "Most popular on Reuters", "Trending on The Independent",
    # A colon after the title.
    "Most read:", "MOST READ:", "Trending:", "Top stories:",
    # The span the site ranks over.
    "Most read this year", "Most read of the year", "Most read in 2025",
])
@pytest.mark.parametrize("marker", ["{n}. ", "• "])
def test_a_site_list_of_headlines_under_a_world_shaped_title_is_furniture(title, marker):
    items = [marker.format(n=n) + headline for n, headline in enumerate(HEADLINES, 1)]
    result = by_text(page(title + "\n" + "\n".join(items)))
    assert result[title] == ("boilerplate", "related articles")
    assert_links(result, items)
    assert_story_kept(result)


@pytest.mark.parametrize("title", ["Most read on BBC News", "Most read this year", "Trending:", "Top stories:"])
def test_html_site_lists_under_world_shaped_titles_are_furniture(tmp_path, title):
    box = "<div class='box'><h3>" + title + "</h3><ol>" + "".join(
        f"<li><a href='/news/{n}'>{headline}</a></li>" for n, headline in enumerate(HEADLINES)) + "</ol></div>"
    html = (f"<html><body><article><h1>{HEAD[0]}</h1><p class='byline'>{HEAD[1]}</p>"
            + "".join(f"<p>{p}</p>" for p in STORY[:3]) + box + "".join(f"<p>{p}</p>" for p in STORY[3:])
            + "</article></body></html>")
    path = tmp_path / "library.html"
    path.write_text(html, encoding="utf-8")
    result = {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}
    for headline in HEADLINES:
        line = next(text for text in result if text.endswith(headline))
        assert result[line][0] == "boilerplate", (line, result[line])
    for paragraph in STORY:
        assert result[paragraph] == ("body", ""), paragraph


# -- The items: a topic bar, value-shaped headlines ----------------------------------------------

@pytest.mark.parametrize("title, items", [
    ("Trending", ["• Ukraine war", "• Taylor Swift", "• Premier League", "• Cost of living"]),
    ("Popular right now", ["• Election 2025", "• Champions League", "• Storm Eowyn", "• House prices"]),
])
def test_a_bar_of_short_topics_is_furniture(title, items):
    # Two or three words each: a site's topics, not a ranking of names ("Olivia", "Noah").
    result = by_text(page(title + "\n" + "\n".join(items)))
    assert result[title] == ("boilerplate", "related articles")
    assert_links(result, items)
    assert_story_kept(result)


@pytest.mark.parametrize("items", [
    ["1. Covid: 5 new cases", "2. Lotto results: 12 million", "3. Man charged after chase", "4. School closes early"],
    ["1. Budget 2025 – 10 key points", "2. Petrol price today: ₹94.72 per litre", "3. Gold rate, 22 carat",
     "4. School closes early as heatwave warning issued"],
])
def test_a_few_value_shaped_headlines_make_no_ranking(items):
    result = by_text(page("Most Popular\n" + "\n".join(items)))
    assert result["Most Popular"] == ("boilerplate", "related articles")
    assert_links(result, items)
    assert_story_kept(result)
    # Facts every one, under the same title, are the story's own ranking.
    poll = ["1. Reform UK, 29 per cent", "2. Labour, 24 per cent", "3. Conservatives, 18 per cent"]
    result = by_text(page("Most Popular\n" + "\n".join(poll)))
    for item in poll:
        assert result[item] == ("body", ""), (item, result[item])
    assert_story_kept(result)


# -- One headline opening in lower case ----------------------------------------------------------

@pytest.mark.parametrize("odd", ["e-scooter ban comes into force in city", "de Klerk statue removed from square"])
@pytest.mark.parametrize("marker", ["{n}. ", "• "])
def test_one_lower_case_headline_does_not_end_the_list(odd, marker):
    headlines = (HEADLINES[0], odd, *HEADLINES[1:])
    items = [marker.format(n=n) + headline for n, headline in enumerate(headlines, 1)]
    result = by_text(page("Most read\n" + "\n".join(items)))
    assert result["Most read"] == ("boilerplate", "related articles")
    assert_links(result, items)
    assert_story_kept(result)
    # The story's own list in lower case, right after the links, still ends them.
    own = ["• a study room on the second floor", "• a café run by volunteers"]
    result = by_text(page("Most read\n" + "\n".join(items + own)))
    assert_links(result, items)
    for item in own:
        assert result[item] == ("body", ""), (item, result[item])
    assert_story_kept(result)
