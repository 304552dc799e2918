"""Round 21: a country's initials ending a sentence, and lists of the site's most read stories.

"The talks were held in the U.S. Officials said ..." was one sentence: after dotted initials only a
common sentence opener ("He", "The") started a new one.  And a "Most read" list was furniture only
under some of its titles ("Most read", not "Most read this week" or "Mais lidas · Most read"), while
a list under one took the story's own subheading after it for one more link title.  Every page
here is invented, in the house styles of the QA files.
"""

from __future__ import annotations

import pytest

from reader.core.document import load_document
from reader.core.sentences import document_sentences, split_sentences
from sentence_kinds import by_exact_text as by_text


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def file_kinds(path) -> dict[str, tuple[str, str]]:
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


# -- "the U.S." stays with what it names (when it ends a sentence: test_sentences_initials.py) ---

@pytest.mark.parametrize("text", [
    "The bill passed the U.S. Senate on Tuesday by 51 votes to 49.",
    "In a statement the U.S. Senate voted to adjourn until March.",
    "He met U.S. President Joe Biden at the White House on Monday.",
    "Critics said it was the U.K. Government that had delayed the inquiry.",
    "The U.N. Secretary-General said the situation was grave.",
    "A ruling by the U.S. Court of Appeals for the Ninth Circuit is expected.",
    "The report by the U.N. Office for Disarmament Affairs was published.",
    "The U.N. Security Council met in emergency session.",
    "They beat the U.S. Women's team in the final.",
    "Sailors boarded the U.S. Navy's newest destroyer in Norfolk.",
    "She reached the final of the U.S. Open for the first time.",
    "A novel by J.K. Rowling topped the list again.",
    "Rain fell across the U.S. Midwest overnight, forecasters said.",
])
def test_the_initials_stay_with_what_they_name(text):
    assert texts(text) == [text]


def test_a_numbered_item_in_a_bulleted_list_is_not_split_after_its_number():
    # The HTML loader puts "• " before each item of a <ul>, and some sites number the items inside it.
    assert texts("• 1. Man charged after police chase through town centre") == [
        "• 1. Man charged after police chase through town centre"]
    assert texts("The rate rose to 1. Then it fell.") == ["The rate rose to 1.", "Then it fell."]


# -- "Most read" lists: the titles are links, the story around them stays story ---------------

HEAD = ("Harbour council approves new ferry terminal after three-year dispute", "By Maria Lopez", "June 12, 2025")
STORY = (
    "The Port Carrow harbour council voted 9-2 on Tuesday night to approve a new ferry terminal on the north "
    "quay, ending a three-year dispute with residents over noise and lorry traffic.",
    "The terminal, which will cost an estimated £48 million, is due to open in 2028 and will handle the "
    "island ferries now berthed at the town's crowded south pier.",
    "Residents of Quay Street had objected that lorries serving the terminal would pass their homes "
    "through the night.",
    "Councillor Ann Byrne said the terminal plan had been changed twice to meet the residents' concerns, and "
    "that lorries would now reach the quay by a new access road from the ring road.",
    "The harbour authority will seek bids from builders for the terminal this autumn, and work on the "
    "access road is expected to start in the spring.",
    "The ferry operator said the new terminal would let it add a third daily sailing to the islands in "
    "the summer months.",
    "Opponents of the terminal said they would ask the council to publish the full noise study before "
    "building work begins.",
)
TITLES = (
    "Man charged after police chase through Bexley town centre",
    "School closes early as heatwave warning issued",
    "Five things to do in the city this weekend",
    "Council tax bills set to rise by 5 per cent",
)
SUBHEAD = "The new access road"


def page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join((*HEAD, *STORY[:3], *middle, *STORY[3:], *tail))


def assert_story_kept(result: dict[str, tuple[str, str]]) -> None:
    for paragraph in STORY:
        assert result[paragraph] == ("body", ""), paragraph


def assert_links(result: dict[str, tuple[str, str]], items) -> None:
    for item in items:
        assert result[item][0] == "boilerplate", (item, result[item])


@pytest.mark.parametrize("title", [
    "Most Read", "MOST POPULAR", "Most read this week", "Most-read stories", "The most popular",
    "Popular right now", "Trending Now", "What's trending", "Top Stories", "Top stories today",
    "Today's top stories", "Most viewed this week", "Most read local stories", "What others are reading",
    "Mais lidas · Most read", "Sport | Most read",
])
def test_a_most_read_list_under_any_of_its_titles_is_furniture(title):
    numbered = [f"{n}. {item}" for n, item in enumerate(TITLES, 1)]
    result = by_text(page(title + "\n" + "\n".join(numbered)))
    assert result[title] == ("boilerplate", "related articles")
    assert_links(result, numbered)
    assert_story_kept(result)


def test_numbers_on_lines_of_their_own_and_times_under_the_titles_are_furniture():
    numbers_apart = "MOST POPULAR\n\n" + "\n\n".join(f"{n}\n{item}" for n, item in enumerate(TITLES, 1))
    with_times = "Top Stories\n" + "\n".join(f"{item}\n{n} hours ago" for n, item in enumerate(TITLES, 2))
    for block in (numbers_apart, with_times):
        result = by_text(page(block, tail=("Sign up for our newsletter",)))
        assert_links(result, ("MOST POPULAR" if block is numbers_apart else "Top Stories", *TITLES))
        assert_story_kept(result)


def test_the_story_subheading_after_a_trending_list_stays_a_heading():
    bullets = "Trending\n" + "\n".join(f"• {item}" for item in TITLES)
    # Plain text: the titles carry bullets, the subheading does not.
    result = by_text(page(bullets, SUBHEAD))
    assert_links(result, [f"• {item}" for item in TITLES])
    assert result[SUBHEAD] == ("heading", "subheading")
    assert_story_kept(result)
    # Titles without bullets, run on in the list's paragraph; the subheading opens a paragraph of its own.
    result = by_text(page("Most read this week\n" + "\n".join(TITLES), SUBHEAD))
    assert_links(result, TITLES)
    assert result[SUBHEAD] == ("heading", "subheading")


def test_the_last_title_over_the_story_is_still_a_title():
    # Shaped like the titles above it, it is one more title though story prose follows.
    result = by_text(page("Most Read\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(TITLES, 1))))
    assert result[f"4. {TITLES[-1]}"] == ("boilerplate", "related link")
    assert_story_kept(result)


def test_the_story_own_list_after_a_most_read_list_stays_story():
    announced = ("The changes agreed on Tuesday night include:\n• a new access road from the ring road\n"
                 "• no deliveries between 11pm and 6am\n• a noise barrier along Quay Street")
    result = by_text(page("Most Read\n" + "\n".join(TITLES), announced))
    assert_links(result, TITLES)
    for line in announced.split("\n"):
        assert result[line][0] == "body", line
    assert_story_kept(result)
    # And a subheading of the story that happens to say "most popular" heads its own list.
    own = "The most popular routes\n• Port Carrow to Inish Mór\n• Port Carrow to Rathlin Quay"
    result = by_text(page(own))
    assert result["The most popular routes"] == ("heading", "subheading")
    assert result["• Port Carrow to Inish Mór"][0] == "body"


def _html(block: str, after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:3])
    rest = "".join(f"<p>{p}</p>" for p in STORY[3:])
    return (f"<html><body><article><h1>{HEAD[0]}</h1><p class='byline'>{HEAD[1]}</p>{paragraphs}{block}"
            f"{after}{rest}</article></body></html>")


def test_html_most_read_lists_in_several_house_styles(tmp_path):
    ordered = "<div class='box'><h3>Most Read</h3><ol>" + "".join(
        f"<li><a href='/{n}'>{item}</a></li>" for n, item in enumerate(TITLES)) + "</ol></div>"
    numbered_in_bullets = "<section><p><strong>Trending Now</strong></p><ul>" + "".join(
        f"<li><a href='/{n}'>{n}. {item}</a></li>" for n, item in enumerate(TITLES, 1)) + "</ul></section>"
    bilingual = "<div class='lidas'><h4>Mais lidas · Most read</h4><ol>" + "".join(
        f"<li>{item}</li>" for item in TITLES) + "</ol></div>"
    for name, block in (("ordered", ordered), ("bullets", numbered_in_bullets), ("bilingual", bilingual)):
        path = tmp_path / f"{name}.html"
        path.write_text(_html(block, f"<h2>{SUBHEAD}</h2>"), encoding="utf-8")
        result = file_kinds(path)
        for item in TITLES:
            line = next(text for text in result if text.endswith(item))
            assert result[line][0] == "boilerplate", (name, line, result[line])
        assert result[SUBHEAD] == ("heading", "subheading"), name
        for paragraph in STORY:
            assert result[paragraph] == ("body", ""), (name, paragraph)


def test_markdown_most_popular_list_before_a_subheading(tmp_path):
    path = tmp_path / "terminal.md"
    path.write_text(
        f"# {HEAD[0]}\n\n" + "\n\n".join(STORY[:3]) + "\n\n**Most popular**\n\n"
        + "\n".join(f"{n}. [{item}](https://example.com/{n})" for n, item in enumerate(TITLES, 1))
        + f"\n\n## {SUBHEAD}\n\n" + "\n\n".join(STORY[3:]) + "\n", encoding="utf-8")
    result = file_kinds(path)
    for item in TITLES:
        line = next(text for text in result if text.endswith(item))
        assert result[line][0] == "boilerplate", (line, result[line])
    assert result[SUBHEAD] == ("heading", "subheading")
    for paragraph in STORY:
        assert result[paragraph] == ("body", ""), paragraph


# -- Review of round 21: the story's own rankings under titles shaped like "Most read" ---------

@pytest.mark.parametrize("title, items", [
    # A poll: the title announces the story's list with a colon, and the items carry figures.
    ("The most popular:", ["• Keir Starmer, 34 per cent", "• Rishi Sunak, 31 per cent", "• Ed Davey, 12 per cent"]),
    # No colon, but the items carry figures: facts, not other stories' headlines.
    ("The most popular", ["1. Keir Starmer, 34%", "2. Rishi Sunak, 31%", "3. Ed Davey, 12%"]),
    ("The most watched videos this year", ["1. Baby Shark Dance, 14 billion views", "2. Despacito, 8 billion views"]),
    # A ranking of the world, named by its platform, place or year.
    ("The most viewed articles on Wikipedia in 2024:",
     ["1. Deaths in 2024", "2. Donald Trump", "3. Kamala Harris", "4. Lyle and Erik Menendez"]),
    ("Top 10 stories of the year", ["1. The ferry terminal vote", "2. The harbour flood in March", "3. The new mayor"]),
    ("Trending topics on X in Nigeria this week", ["• #EndSARS anniversary", "• Fuel price rise", "• Super Eagles squad"]),
    # Items a word or two long are names, not headlines.
    ("Most popular", ["• Olivia", "• Noah", "• Amelia"]),
])
def test_the_story_own_ranking_under_a_ranked_list_title_stays_story(title, items):
    result = by_text(page(title + "\n" + "\n".join(items)))
    assert result[title][0] != "boilerplate", result[title]
    for item in items:
        assert result[item] == ("body", ""), (item, result[item])
    assert_story_kept(result)


@pytest.mark.parametrize("title", ["The most popular", "Trending now", "Most read in Sport", "Top stories today"])
def test_a_ranked_list_of_headlines_with_a_figure_in_one_is_still_furniture(title):
    # One headline of four carries a figure ("... by 5 per cent"): still the site's list.
    result = by_text(page(title + "\n" + "\n".join(f"• {item}" for item in TITLES)))
    assert result[title] == ("boilerplate", "related articles")
    assert_links(result, [f"• {item}" for item in TITLES])
    assert_story_kept(result)


@pytest.mark.parametrize("title", ["What's trending", "Our top stories today"])
def test_a_ranked_list_title_over_story_prose_is_a_subheading(title):
    prose = ("Searches for the ferry terminal rose sharply on Tuesday night as residents looked for details "
             "of the vote.")
    result = by_text(page(title, prose))
    assert result[title] == ("heading", "subheading")
    assert result[prose] == ("body", "")
    assert_story_kept(result)


def test_the_story_unannounced_list_after_a_most_read_list_stays_story():
    own = "Key changes\n• a new access road\n• no deliveries at night"
    result = by_text(page("Most Read\n" + "\n".join(TITLES), own))
    assert_links(result, TITLES)
    assert result["Key changes"] == ("heading", "subheading")
    assert result["• a new access road"] == ("body", "")
    assert result["• no deliveries at night"] == ("body", "")
    assert_story_kept(result)
    # A link's title that opens with a brand or a figure in lower case is still a title.
    titles = (*TITLES, "iPhone 16 review: a quiet upgrade", "8th Pay Commission: what staff can expect")
    result = by_text(page("Most Read\n" + "\n".join(f"• {item}" for item in titles)))
    assert_links(result, [f"• {item}" for item in titles])
