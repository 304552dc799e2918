"""The top of a page, read with care for the story's own lines: a headline that opens with an alert label
("BREAKING NEWS: ...") over its standfirst is the headline, not a ticker over the page; an italic first
paragraph in Markdown that ends a sentence and has no byline under it is the story's lead, not its
standfirst.  Every page here is invented."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.sentences import document_sentences
from sentence_kinds import assert_story_kept, by_text

FIRE_STORY = ["Five people have died in a fire at a tower block in Leeds, the fire service said.",
              "Dozens of residents were led out of the building in the early hours of Saturday.",
              "The cause of the fire is not yet known."]
FIRE_HEADLINE = "Five dead in Leeds tower block fire"
FIRE_STANDFIRST = "Dozens of residents evacuated overnight"
OTHER_FIRE_PAGE = ("Four dead in Leeds tower block fire\n\n"
                   "Four people have died in a fire at a tower block in Leeds, the fire service said.\n\n"
                   + "\n\n".join(FIRE_STORY[1:]) + "\n")


def _kinds_of_file(path) -> dict[str, tuple[str, str]]:
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


def _headline_figures(doc_a, doc_b) -> list[tuple[str, str]]:
    pair = compare(doc_a, doc_b).headlines
    assert pair is not None
    return [(a.surface, b.surface) for a, b in pair.numbers.conflict]


# -- An alert label in the story's own headline -----------------------------------------------------------

def test_an_alert_labelled_first_line_over_its_standfirst_is_the_headline():
    for label in ("BREAKING NEWS", "BREAKING", "JUST IN", "WEATHER WARNING"):
        headline = f"{label}: {FIRE_HEADLINE}"
        text = f"{headline}\n\n{FIRE_STANDFIRST}\n\n" + "\n\n".join(FIRE_STORY) + "\n"
        result = by_text(text)
        assert result[headline] == ("heading", "headline"), label
        assert result[FIRE_STANDFIRST] == ("heading", "subheading"), label
        assert_story_kept(result, FIRE_STORY)
        page = document_from_text(text, title="A")
        assert _headline_figures(page, document_from_text(OTHER_FIRE_PAGE, title="B")) == [("Five", "Four")], label


def test_an_alert_labelled_first_line_restated_by_the_next_heading_is_the_headline():
    headline = f"BREAKING: {FIRE_HEADLINE}"
    standfirst = "Five people dead and dozens evacuated after fire rips through Leeds tower block"
    text = f"{headline}\n{standfirst}\nBy Amy Shaw\n\n" + "\n\n".join(FIRE_STORY) + "\n"
    result = by_text(text)
    assert result[headline] == ("heading", "headline")
    assert_story_kept(result, FIRE_STORY)


def test_an_alert_strip_ending_in_a_full_stop_is_a_ticker_over_any_headline():
    alert = "SEVERE WEATHER WARNING: Gales expected on the coast until Sunday 6 p.m."
    text = f"{alert}\n{FIRE_HEADLINE}\n\n" + "\n\n".join(FIRE_STORY) + "\n"
    result = by_text(text)
    assert result[alert] == ("boilerplate", "ticker")
    assert result[FIRE_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FIRE_STORY)


def test_an_alert_strip_under_the_sites_menu_is_a_ticker_over_any_headline():
    alert = "TRAVEL ALERT: M62 closed eastbound between junctions 26 and 27"
    text = (f"News   Leeds   Sport   Weather   Travel\n{alert}\n{FIRE_HEADLINE}\n\n"
            + "\n\n".join(FIRE_STORY) + "\n")
    result = by_text(text)
    assert result[alert] == ("boilerplate", "ticker")
    assert result[FIRE_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FIRE_STORY)


def test_an_alert_labelled_html_headline_is_the_headline(tmp_path):
    page = tmp_path / "fire.html"
    headline = f"BREAKING NEWS: {FIRE_HEADLINE}"
    page.write_text(f"<html><body><main><article><h1>{headline}</h1><p>{FIRE_STANDFIRST}</p>"
                    + "".join(f"<p>{sentence}</p>" for sentence in FIRE_STORY)
                    + "</article></main></body></html>", encoding="utf-8")
    result = _kinds_of_file(page)
    assert result[headline] == ("heading", "headline")
    assert_story_kept(result, FIRE_STORY)
    assert _headline_figures(load_document(page), document_from_text(OTHER_FIRE_PAGE, title="B")) == [("Five", "Four")]


# -- An italic first paragraph in Markdown ----------------------------------------------------------------

STRIKE_HEADLINE = "Union accepts pay offer, ending strike"
STRIKE_LEAD = ("Members of the Unite union voted on Tuesday to accept a 5% pay offer, "
               "ending a six-month dispute at the port.")
STRIKE_STORY = ["The deal covers 1,200 dock workers and was approved by 78% of those who voted, the union said.",
                "Port bosses welcomed the result."]


def _strike_page(tmp_path, between: str = ""):
    page = tmp_path / "strike.md"
    page.write_text(f"# {STRIKE_HEADLINE}\n\n*{STRIKE_LEAD}*\n\n{between}" + "\n\n".join(STRIKE_STORY) + "\n",
                    encoding="utf-8")
    return page


def test_an_italic_lead_with_no_byline_under_it_is_story(tmp_path):
    page = _strike_page(tmp_path)
    result = _kinds_of_file(page)
    assert result[STRIKE_LEAD] == ("body", "")
    assert_story_kept(result, STRIKE_STORY)
    other = document_from_text(f"{STRIKE_HEADLINE}\n\nDock workers at the port have voted on Tuesday to accept a 6% "
                               "pay rise, bringing a six-month dispute to an end.\n\n" + "\n\n".join(STRIKE_STORY)
                               + "\n", title="B")
    comparison = compare(load_document(page), other)
    conflicts = [(a.surface, b.surface) for link in comparison.links for a, b in link.numbers.conflict]
    assert ("5%", "6%") in conflicts


BYLINES_AND_DATES = ["7 October 2025 · 4 min read", "By Hannah Lowe", "Words by Hannah Lowe, Industry correspondent",
                     ("By Hannah Lowe in Felixstowe and Tom Reid in London · 7 October 2025, 07:30 BST · "
                      "Reading time 4 minutes"),
                     "By Hannah Lowe, Port News | Published Oct. 7, 2025 9:05 p.m."]


# The story under the byline opens with its own lead, telling again what the italic paragraph sums up.
STRIKE_STORY_LEAD = "Unite members at the port voted on Tuesday to accept the pay offer, ending the six-month dispute."


def test_an_italic_paragraph_over_the_byline_or_the_date_that_the_story_tells_again_is_the_standfirst(tmp_path):
    for line in BYLINES_AND_DATES:
        result = _kinds_of_file(_strike_page(tmp_path, f"{line}\n\n{STRIKE_STORY_LEAD}\n\n"))
        assert result[STRIKE_LEAD] == ("heading", "subheading"), line
        assert_story_kept(result, [STRIKE_STORY_LEAD, *STRIKE_STORY])


def test_an_italic_lead_over_a_sentence_opening_with_by_is_story(tmp_path):
    sentence = "By Wednesday morning, the first ships were being unloaded again."
    result = _kinds_of_file(_strike_page(tmp_path, f"{sentence}\n\n"))
    assert result[STRIKE_LEAD] == ("body", "")
    assert_story_kept(result, [sentence, *STRIKE_STORY])


def test_an_italic_paragraph_short_of_a_sentence_is_the_standfirst(tmp_path):
    page = tmp_path / "strike.md"
    summary = "Members vote to accept a 5% offer after six months of walkouts"
    page.write_text(f"# {STRIKE_HEADLINE}\n\n*{summary}*\n\n" + "\n\n".join(STRIKE_STORY) + "\n", encoding="utf-8")
    assert _kinds_of_file(page)[summary] == ("heading", "subheading")
