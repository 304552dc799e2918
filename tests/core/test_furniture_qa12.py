"""Page furniture inside and beside the story: a "Read more:" link set inside a story paragraph (only the link
is furniture), a live blog's key events with their age ("2h ago: ...") and its time headings ("### 11.30am GMT",
one label for all), a chart's title and source line, a pull quote given with its speaker that the story gives
again, and a one-sentence italic standfirst the story tells in other words.  Every page here is invented."""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text
from sentence_kinds import of_file as kinds_of
from written_files import write

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document

HEADLINE = "Ferry services cancelled as storm hits coast"
BEFORE = "The storm left 8,400 travellers stranded at the ports over the weekend."
AFTER = "Guest houses in the harbour towns were full by Saturday night."
LAST = "Coastguards rescued two crew from a fishing boat off Brennan Point."


# -- A link to another story inside a story paragraph --------------------------------------------------------

@pytest.mark.parametrize("link", [
    "Read more: Your rights if your ferry is cancelled.",
    "Related: Was the storm forecast?",
    "See also: Why the harbour wall failed in 2019.",
])
def test_a_link_inside_a_text_paragraph_is_furniture_and_the_story_around_it_stays(link):
    result = by_text(f"{HEADLINE}\n\n{BEFORE} {link} {AFTER}\n\n{LAST}\n")
    assert_furniture(result, [link])
    assert result[link][1] == "related link"
    assert_story_kept(result, [BEFORE, AFTER, LAST])


def test_the_figures_of_a_paragraph_holding_a_link_are_compared():
    a = document_from_text(f"{HEADLINE}\n\n{BEFORE.replace('8,400', '4,800')}\n\n{LAST}\n", title="A")
    b = document_from_text(f"{HEADLINE}\n\n{BEFORE} Read more: Your rights if your ferry is cancelled. "
                           f"{AFTER}\n\n{LAST}\n", title="B")
    conflicts = [(x.surface, y.surface) for link in compare(a, b).links for x, y in link.numbers.conflict]
    assert ("4,800", "8,400") in conflicts


def test_a_read_more_link_at_the_end_of_a_story_paragraph_in_a_page_is_furniture(tmp_path):
    page = write(tmp_path, "storm.html", f"<html><body><h1>{HEADLINE}</h1><p>{BEFORE} <a href='/rights'>Read "
                 f"more: Can ferry firms refuse refunds?</a></p><p>{LAST}</p></body></html>")
    result = kinds_of(page)
    assert result["Read more: Can ferry firms refuse refunds?"] == ("boilerplate", "related link")
    assert_story_kept(result, [BEFORE, LAST])


def test_a_reader_prompt_beside_a_link_is_still_a_prompt_and_a_quoted_link_is_speech():
    prompt = "Download our app for the latest travel updates."
    link = "Read more: Your rights if your ferry is cancelled."
    result = by_text(f"{HEADLINE}\n\n{BEFORE}\n\n{prompt} {link}\n\n{LAST}\n")
    assert result[prompt] == ("boilerplate", "reader prompt")
    quoted = f'"{BEFORE} Read more: It is all on our website," the operator said.'
    result = by_text(f"{HEADLINE}\n\n{quoted}\n\n{LAST}\n")
    assert all(kind == "body" for text, (kind, _) in result.items() if text != HEADLINE), result


# -- A live blog's key events and time headings --------------------------------------------------------------

LIVE_STORY = ["The ferry operator cancelled every sailing until Monday morning.",
              "Coastguards rescued two crew from a fishing boat off Brennan Point on Sunday."]


@pytest.mark.parametrize("separator", [":", " –", ""])
def test_key_events_with_their_age_are_live_blog_furniture(tmp_path, separator):
    items = [f"2h ago{separator} Sailings cancelled until Monday", f"45m ago{separator} Crew rescued off Brennan Point"]
    page = write(tmp_path, "live.md", "# Live: Storm hits the coast\n\n**Key events**\n\n"
                 + "\n".join(f"- {item}" for item in items) + "\n\n" + "\n\n".join(LIVE_STORY) + "\n")
    result = kinds_of(page)
    assert [result[f"• {item}"] for item in items] == [("boilerplate", "live blog")] * 2
    assert_story_kept(result, LIVE_STORY)


def test_a_live_blogs_time_headings_all_read_as_post_times(tmp_path):
    page = write(tmp_path, "live.md", "# Storm hits the coast – as it happened\n\n## Key events\n\n"
                 "- 2.15pm GMT: Sailings cancelled\n- 09:40 GMT: Crew rescued\n\n### 2.15pm GMT\n\n"
                 f"{LIVE_STORY[0]}\n\n### 11.05am GMT\n\n{LIVE_STORY[1]}\n\n### 09:40 GMT\n\n"
                 "Winds of up to 80mph were recorded on the headland.\n")
    result = kinds_of(page)
    assert [result[stamp] for stamp in ("2.15pm GMT", "11.05am GMT", "09:40 GMT")] == [("boilerplate", "post time")] * 3
    assert result["• 2.15pm GMT: Sailings cancelled"] == ("boilerplate", "live blog")
    assert_story_kept(result, LIVE_STORY)


# -- A chart's title and source --------------------------------------------------------------------------

@pytest.mark.parametrize("chart", [
    "Chart: Ferry passengers by month, 2019-2025. Source: Port Authority",
    "Figure 2: Sailings cancelled by storms since 2010",
    "Graph: Wind speeds at Brennan Point. Data: Met Office",
])
def test_a_charts_title_and_source_are_furniture(chart):
    result = by_text(f"{HEADLINE}\n\n{BEFORE}\n\n{chart}\n\n{LAST}\n")
    pieces = [text for text in result if text not in (HEADLINE, BEFORE, LAST)]
    assert pieces and all(result[piece][0] == "boilerplate" for piece in pieces), result
    assert_story_kept(result, [BEFORE, LAST])


def test_a_lower_case_line_after_chart_is_prose():
    line = "Chart: the operator said its timetable would be published on Friday."
    assert by_text(f"{HEADLINE}\n\n{BEFORE}\n\n{line}\n\n{LAST}\n")[line] == ("body", "")


# -- A pull quote given with its speaker -----------------------------------------------------------------

QUOTE = "We have never seen waves like this in all my years at sea"
PULL = f'"{QUOTE}," said the harbour master.'
SAID = f'"{QUOTE}," the harbour master, Ewan Tully, told reporters on Sunday.'


def test_a_quotation_the_page_gives_twice_with_its_speaker_is_one_story_sentence(tmp_path):
    page = write(tmp_path, "storm.md", f"# {HEADLINE}\n\n{BEFORE}\n\n> {PULL}\n\n{LAST}\n\n{SAID}\n")
    result = kinds_of(page)
    assert result[PULL] == ("boilerplate", "repeated quote")
    assert_story_kept(result, [BEFORE, LAST, SAID])
    other = document_from_text(f"{HEADLINE}\n\n{LAST}\n\n"
                               f'"{QUOTE}," said Ewan Tully, the harbour master.\n', title="B")
    comparison = compare(other, load_document(page))
    told = next(s.index for s in comparison.b_sentences if s.text == SAID)
    pulled = next(s.index for s in comparison.b_sentences if s.text == PULL)
    partners = {link.b for link in comparison.links}
    assert told in partners and pulled not in partners


def test_a_quotation_given_again_with_the_speakers_surname_stays_story():
    full = f'"{QUOTE}," said Ewan Tully, the harbour master.'
    again = f'"{QUOTE}," Tully said.'
    result = by_text(f"{HEADLINE}\n\n{full}\n\n{BEFORE}\n\n{again}\n")
    assert_story_kept(result, [full, again])


def test_a_short_quotation_given_twice_stays_story():
    first, again = '"We are safe," said the skipper.', '"We are safe," the skipper told his wife by radio.'
    result = by_text(f"{HEADLINE}\n\n{first}\n\n{BEFORE}\n\n{again}\n")
    assert_story_kept(result, [first, again])


# -- A one-sentence italic standfirst told in other words ------------------------------------------------

STANDFIRST = "Islanders face a week without supplies after the worst storm in a generation."
ISLAND_STORY = ["The mainland ferry has not sailed to Innis Mor since Thursday, the operator said.",
                "The island shop has run out of bread and milk."]


def test_a_paraphrased_italic_standfirst_over_the_byline_is_no_story(tmp_path):
    page = write(tmp_path, "island.md", f"# Storm cuts off island\n\n*{STANDFIRST}*\n\nBy Ruth Mackay\n\n"
                 + "\n\n".join(ISLAND_STORY) + "\n")
    result = kinds_of(page)
    assert result[STANDFIRST] == ("heading", "subheading")
    assert_story_kept(result, ISLAND_STORY)


def test_an_italic_lead_the_story_goes_on_from_is_story(tmp_path):
    page = write(tmp_path, "island.md", f"# Storm cuts off island\n\n*{STANDFIRST}*\n\nBy Ruth Mackay\n\n"
                 "It is the longest the island has been cut off since 1998.\n\n" + "\n\n".join(ISLAND_STORY) + "\n")
    assert kinds_of(page)[STANDFIRST] == ("body", "")
