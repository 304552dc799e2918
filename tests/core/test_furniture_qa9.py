"""Page furniture over and under the story: a menu row with an item written as a phrase ("In pictures"),
an alert strip above the headline, a byline whose date ends with the clock's "p.m.", a donation appeal that
asks for a sum, an HTML ticker and donation box named by class, a Markdown standfirst set in italics, and a
live blog's un-bulleted key events under post times that carry their zone, with a post titled by an
exclamation.  Every page here is invented."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.sentences import document_sentences, split_sentences
from sentence_kinds import assert_furniture, assert_story_kept, by_text

FERRY_STORY = ["A ferry carrying 212 passengers ran aground off Kerrera on Saturday evening, the coastguard said.",
               "All passengers were taken off by lifeboat crews within three hours.",
               "The operator said the vessel had lost steering shortly after leaving Oban."]
FERRY_HEADLINE = "Ferry with 212 passengers runs aground off Kerrera"


def _kinds_of_file(path) -> dict[str, tuple[str, str]]:
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


# -- A menu row with an item written as a phrase --------------------------------------------------------

def test_a_spaced_menu_row_ending_in_a_phrase_is_no_headline():
    menu = "News   Scotland   Sport   Business   In pictures"
    text = (f"WEST COAST TODAY\n{menu}\n{FERRY_HEADLINE}\nBy Morag Lennox\nPublished 14 June 2025\n\n"
            + "\n\n".join(FERRY_STORY) + "\n")
    result = by_text(text)
    assert result[" ".join(menu.split())] == ("boilerplate", "section label")
    assert result[FERRY_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FERRY_STORY)
    assert document_from_text(text).title == FERRY_HEADLINE


def test_a_row_of_phrases_is_no_menu():
    row = "Crews stand by   Roads closed   Ferries cancelled   Schools shut"
    text = f"{FERRY_HEADLINE}\n\n{row}\n\n" + "\n\n".join(FERRY_STORY) + "\n"
    assert by_text(text)[" ".join(row.split())][1] != "section label"


# -- An alert strip above the headline -------------------------------------------------------------------

def test_an_alert_strip_above_the_headline_is_a_ticker():
    alert = "SEVERE WEATHER WARNING: Gales expected on the west coast until Sunday 6 p.m."
    text = f"{alert}\n{FERRY_HEADLINE}\nBy Morag Lennox\n\n" + "\n\n".join(FERRY_STORY) + "\n"
    result = by_text(text)
    assert result[alert] == ("boilerplate", "ticker")
    assert result[FERRY_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FERRY_STORY)


def test_an_alert_strip_before_an_html_headline_leaves_it_the_headline(tmp_path):
    page = tmp_path / "ferry.html"
    page.write_text('<html><body><div class="strip">BREAKING NEWS: Lifeboats called to Kerrera after ferry grounding'
                    '</div><main><article><p class="label">Ferries</p>'
                    f"<h1>{FERRY_HEADLINE}</h1>"
                    + "".join(f"<p>{sentence}</p>" for sentence in FERRY_STORY)
                    + "</article></main></body></html>", encoding="utf-8")
    result = _kinds_of_file(page)
    assert result["BREAKING NEWS: Lifeboats called to Kerrera after ferry grounding"] == ("boilerplate", "ticker")
    assert result[FERRY_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FERRY_STORY)
    other = document_from_text(f"{FERRY_HEADLINE}\n\n" + "\n\n".join(FERRY_STORY) + "\n", title="B")
    assert compare(load_document(page), other).headlines is not None


def test_a_warning_in_the_story_stays_story():
    warning = "WARNING: boat owners must stay in harbour until Monday."
    text = f"{FERRY_HEADLINE}\n\n{FERRY_STORY[0]}\n\n{warning}\n\nWhat happens next\n\n" + "\n\n".join(FERRY_STORY[1:]) + "\n"
    assert by_text(text)[warning] == ("body", "")


# -- A byline dated to the clock, and a donation appeal that asks for a sum -------------------------------

def test_a_byline_whose_date_ends_with_the_clock_is_a_byline():
    byline = "By Morag Lennox, West Coast Today | Updated June 14, 2025 9:05 p.m."
    text = f"{FERRY_HEADLINE}\n{byline}\n\n" + "\n\n".join(FERRY_STORY) + "\n"
    result = by_text(text)
    assert result[byline] == ("boilerplate", "byline")
    assert_story_kept(result, FERRY_STORY)


def test_a_sentence_opening_with_by_and_ending_with_the_clock_stays_story():
    sentence = "By Sunday it reopened at 6 p.m."
    text = f"{FERRY_HEADLINE}\n\n" + "\n\n".join(FERRY_STORY) + f"\n\n{sentence}\n"
    assert by_text(text)[sentence] == ("body", "")


def test_an_appeal_for_a_sum_under_the_story_is_a_reader_prompt():
    appeal = ["West Coast Today is free for everyone.", "Could you give £3 to keep local reporting going?"]
    for between in (" ", "\n\n"):  # one paragraph, or two
        text = f"{FERRY_HEADLINE}\n\n" + "\n\n".join(FERRY_STORY) + "\n\n" + between.join(appeal) + "\n"
        result = by_text(text)
        assert_furniture(result, appeal, "reader prompt")
        assert_story_kept(result, FERRY_STORY)


def test_html_ticker_and_donate_boxes_are_dropped_by_their_class(tmp_path):
    page = tmp_path / "ferry.html"
    page.write_text('<html><body><div class="news-ticker">Kerrera ferry latest: passengers safe</div>'
                    f"<main><article><h1>{FERRY_HEADLINE}</h1>"
                    + "".join(f"<p>{sentence}</p>" for sentence in FERRY_STORY)
                    + '</article><div class="donate-box"><p>Help us keep going.</p></div></main></body></html>',
                    encoding="utf-8")
    text = load_document(page).text
    assert "passengers safe" not in text and "keep going" not in text
    assert all(sentence in text for sentence in FERRY_STORY)


# -- A Markdown standfirst in italics ---------------------------------------------------------------------

FERRY_STANDFIRST = "Lifeboat crews took all 212 passengers off the stranded vessel within three hours."


def _markdown_page(tmp_path, standfirst: str, name: str = "ferry.md"):
    page = tmp_path / name
    page.write_text(f"# {FERRY_HEADLINE}\n\n{standfirst}\n\nBy Morag Lennox · 14 June 2025\n\n"
                    + "\n\n".join(FERRY_STORY) + "\n", encoding="utf-8")
    return page


def test_an_italic_markdown_standfirst_ending_in_a_full_stop_is_the_standfirst(tmp_path):
    for standfirst in (f"*{FERRY_STANDFIRST}*", f"_{FERRY_STANDFIRST}_"):
        page = _markdown_page(tmp_path, standfirst)
        result = _kinds_of_file(page)
        assert result[FERRY_STANDFIRST] == ("heading", "subheading"), standfirst
        assert_story_kept(result, FERRY_STORY)
    other = document_from_text(f"Kerrera ferry grounding\n{FERRY_STANDFIRST[:-1]}\nBy Iain Rae\n\n"
                               + "\n\n".join(FERRY_STORY) + "\n", title="B")
    assert compare(load_document(page), other).standfirsts is not None


def test_an_italic_caption_under_a_picture_is_no_standfirst(tmp_path):
    caption = "Passengers wait on the quay at Oban on Sunday morning."
    for picture in ("![The quay at Oban](/img/quay.jpg)\n\n", "![The quay at Oban](/img/quay.jpg)\n"):
        page = _markdown_page(tmp_path, f"{picture}*{caption}*")
        assert _kinds_of_file(page)[caption][0] != "heading", picture


def test_an_italic_paragraph_inside_the_story_stays_story(tmp_path):
    note = "The operator has apologised to all passengers and will refund their fares."
    page = tmp_path / "ferry.md"
    page.write_text(f"# {FERRY_HEADLINE}\n\n" + "\n\n".join(FERRY_STORY) + f"\n\n## Refunds\n\n*{note}*\n",
                    encoding="utf-8")
    assert _kinds_of_file(page)[note] == ("body", "")


# -- A live blog's key events and post titles ---------------------------------------------------------

LIVE_POSTS = ["The ferry was towed back into Oban harbour by two tugs.",
              "A lifeboat reached the ferry 40 minutes after the first call.",
              "The coastguard said a ferry had run aground off Kerrera with 212 people on board."]


def _live_blog(title: str) -> str:
    return f"""{title}
By Morag Lennox

Key events
8:10 p.m. Ferry towed to Oban
7:02 p.m. Lifeboat arrives
6:22 p.m. Mayday!

8:10 p.m. BST
Ferry towed to Oban
{LIVE_POSTS[0]}

7:02 p.m. BST
Lifeboat arrives
{LIVE_POSTS[1]}

6:22 p.m. BST
Mayday!
{LIVE_POSTS[2]}
"""


def _sentences_between(text: str, start: str, end: str):
    return [s for s in split_sentences(text) if text.index(start) <= s.start and s.end <= text.index(end)]


def test_unbulleted_key_events_under_zoned_post_times_are_furniture():
    text = _live_blog("Kerrera ferry grounding: lifeboats reach stranded passengers")
    rows = _sentences_between(text, "8:10 p.m. Ferry", "8:10 p.m. BST")
    assert " ".join(s.text for s in rows) == "8:10 p.m. Ferry towed to Oban 7:02 p.m. Lifeboat arrives 6:22 p.m. Mayday!"
    assert all((s.kind, s.reason) == ("boilerplate", "live blog") for s in rows), rows
    result = by_text(text)
    assert result["8:10 p.m. BST"] == ("boilerplate", "post time")
    assert_story_kept(result, LIVE_POSTS)


def test_an_exclaimed_post_title_under_its_time_is_a_subheading():
    text = _live_blog("Kerrera ferry grounding: lifeboats reach stranded passengers")
    (mayday,) = [s for s in _sentences_between(text, "6:22 p.m. BST", LIVE_POSTS[2]) if s.text == "Mayday!"]
    assert (mayday.kind, mayday.reason) == ("heading", "subheading")


def test_a_title_ending_as_it_happened_after_a_colon_shows_a_live_page():
    text = f"""Kerrera ferry grounding: as it happened
By Morag Lennox

Key events
8:10 p.m. Ferry towed to Oban
7:02 p.m. Lifeboat arrives

{LIVE_POSTS[0]}

{LIVE_POSTS[1]}
"""
    result = by_text(text)
    assert_furniture(result, ["Ferry towed to Oban", "Lifeboat arrives"], "live blog")
    assert_story_kept(result, LIVE_POSTS[:2])
