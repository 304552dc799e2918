"""An alert label in plain text under the site's masthead and menu: the story's own headline
("BREAKING NEWS: Five dead in Leeds tower block fire") is told again by the lede under it, so it stays the
headline; a strip over the headline announces something else (the traffic, another story), whose words do
not come back in the story, and is the page's ticker wherever it stands.  Every page here is invented."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from sentence_kinds import assert_story_kept, by_text

FIRE_STORY = ["Five people died when fire tore through a tower block in Leeds on Tuesday night, the fire service said.",
              "Dozens of residents were evacuated and 12 people were taken to hospital, the service said."]
FIRE_HEADLINE = "Five dead in Leeds tower block fire"
FIRE_STANDFIRST = "Dozens of residents evacuated overnight"
SITE_TOP = "Yorkshire Evening Post\nNews | Sport | Business | Lifestyle\n"
OTHER_FIRE_PAGE = ("Four dead in Leeds tower block fire\n\n"
                   "Four people died when fire tore through a tower block in Leeds on Tuesday night, "
                   "the fire service said.\n\n" + FIRE_STORY[1] + "\n")


def _headline_figures(text: str) -> list[tuple[str, str]]:
    pair = compare(document_from_text(text, title="A"), document_from_text(OTHER_FIRE_PAGE, title="B")).headlines
    assert pair is not None
    return [(a.surface, b.surface) for a, b in pair.numbers.conflict]


def test_an_alert_labelled_headline_under_the_masthead_and_menu_is_the_headline():
    headline = f"BREAKING NEWS: {FIRE_HEADLINE}"
    for under in (f"{FIRE_STANDFIRST}\n\n", "By Amy Shaw\n\n", "\n"):  # a standfirst, a byline, the story
        text = f"{SITE_TOP}{headline}\n{under}" + "\n\n".join(FIRE_STORY) + "\n"
        result = by_text(text)
        assert result[headline] == ("heading", "headline"), under
        assert_story_kept(result, FIRE_STORY)
        assert _headline_figures(text) == [("Five", "Four")], under


def test_an_alert_strip_telling_another_story_under_the_masthead_is_a_ticker():
    # It shares a word with the story ("Leeds"), not most of what it says.
    alert = "BREAKING: Leeds United sack manager after cup exit"
    text = f"{SITE_TOP}{alert}\n{FIRE_HEADLINE}\n{FIRE_STANDFIRST}\n\n" + "\n\n".join(FIRE_STORY) + "\n"
    result = by_text(text)
    assert result[alert] == ("boilerplate", "ticker")
    assert result[FIRE_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FIRE_STORY)


def test_an_alert_strip_opening_the_page_over_a_headline_the_story_starts_under_is_a_ticker():
    alert = "TRAVEL ALERT: M62 closed eastbound between junctions 26 and 27"
    text = f"{alert}\n{FIRE_HEADLINE}\n\n" + "\n\n".join(FIRE_STORY) + "\n"
    result = by_text(text)
    assert result[alert] == ("boilerplate", "ticker")
    assert result[FIRE_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FIRE_STORY)
    assert _headline_figures(text) == [("Five", "Four")]
