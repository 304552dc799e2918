"""CLI QA pass 19: a live blog's sign-offs, the credits and bios closing a page, and a table row that copies
the story's figure.

* On a page already read as a live blog, "That's all from our live coverage for today." and "We'll be back
  tomorrow morning with the latest." were story, and single-source.
* "Photographs by Harbourside Post staff." (a credit closed by a full stop), "Dana Whitcomb can be reached at
  dwhitcomb@...", and bios that give a post with no article ("Owen Field is health policy editor at ...",
  "Martin Hale is news editor of ...") were story.
* A row of a Markdown table ("| Persistent absence | 27% |") whose figure the story's next sentence tells took
  the other report's sentence from the one that tells it in full.

Every text is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file
from written_files import write

from reader.core.compare import compare
from reader.core.document import load_document


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- a live blog's sign-offs -----------------------------------------------------------------------------------

REPAIR = "Repair work is now scheduled to run from 10 March to 21 April, the operator says."
SIGN_OFFS = ("That's all from our live coverage for today.", "We'll be back tomorrow morning with the latest.")


def live_blog(*last_post: str) -> str:
    return page("LIVE: Orkney cut off after undersea cable damaged", "16:40", *last_post, "13:10",
                "Orkney Telecom estimates the repair will cost about £18m.", "06:10",
                "Good morning and welcome to our live coverage of the internet outage across Orkney.")


def test_a_live_blogs_sign_off_around_its_last_post_is_furniture():
    result = by_text(live_blog(SIGN_OFFS[0], REPAIR, SIGN_OFFS[1]))
    assert_furniture(result, SIGN_OFFS, "live blog")
    assert_story_kept(result, (REPAIR,))


@pytest.mark.parametrize("sign_off", ["That's all from this blog for now.", "We'll be back at 7am with more.",
                                      "We will be back on Monday with the latest news."])
def test_other_sign_offs_of_a_live_blog_are_furniture(sign_off):
    assert by_text(live_blog(REPAIR, sign_off))[sign_off] == ("boilerplate", "live blog")


@pytest.mark.parametrize("words", ["We'll be back.", "We'll be back tomorrow to finish the job.",
                                   "We'll be back stronger."])
def test_a_promise_to_come_back_that_names_no_coverage_stays_story(words):
    assert by_text(live_blog(REPAIR, words))[words] == ("body", "")


def test_the_same_sign_off_on_an_ordinary_story_stays_story():
    result = by_text(page("Orkney cut off after undersea cable damaged",
                          "Orkney Telecom estimates the repair will cost about £18m.", REPAIR, SIGN_OFFS[1]))
    assert result[SIGN_OFFS[1]] == ("body", "")


# --- credits, contacts and bios closing a page ------------------------------------------------------------------

TRAMS = ("Trams returned to the Port Ellan promenade on Saturday for the first time since 1985.",
         "The line runs from Pier Head to Castle Point.", "Seven restored trams will run on the line.")


@pytest.mark.parametrize("credit", ["Photographs by Harbourside Post staff.", "Photos by Jane Doe and John Roe."])
def test_a_picture_credit_closed_by_a_full_stop_is_furniture(tmp_path, credit):
    result = of_file(write(tmp_path, "a.md", page("# Heritage trams return to Port Ellan", "**By Jenny Callister**",
                                                  *TRAMS, f"*{credit}*")))
    assert result[credit] == ("boilerplate", "image credit")
    assert_story_kept(result, TRAMS)


def test_pictures_by_an_agency_that_show_something_stay_story():
    shown = "Photographs by Reuters showed the tram depot under water."
    assert by_text(page("Heritage trams return to Port Ellan", *TRAMS, shown))[shown] == ("body", "")


HTML_END = """<html><body><article><h1>Port Ellan trams back</h1><p class="byline">Words: Martin Hale</p>
<p>{0}</p><p>{1}</p><p>{2}</p>
{end}
</article></body></html>"""


def test_a_writers_contact_line_and_bio_closing_an_html_page_are_furniture(tmp_path):
    contact = "Dana Whitcomb can be reached at dwhitcomb@tricountyledger.example."
    bio = "Martin Hale is news editor of Tramway & Rail Enthusiast."
    end = f'<p>{contact}</p>\n<p class="author-bio">Martin Hale is news editor of Tramway &amp; Rail Enthusiast.</p>'
    result = of_file(write(tmp_path, "b.html", HTML_END.format(*TRAMS, end=end)))
    assert result[contact] == ("boilerplate", "byline")
    assert result[bio] == ("boilerplate", "author bio")
    assert_story_kept(result, TRAMS)


def test_an_offices_hotline_stays_story():
    hotline = "The council can be reached at trams@portellan.example."
    assert by_text(page("Heritage trams return to Port Ellan", *TRAMS, hotline))[hotline] == ("body", "")


INSULIN = ("The government will cap the price of insulin at £35 a month for NHS patients in England.",
           "The cap will begin on 1 July and will cost about £120m a year.",
           "Shares in the UK's largest insulin supplier fell 3% after the announcement.")


def test_a_bio_that_gives_the_writers_post_without_an_article_is_furniture(tmp_path):
    bio = "Owen Field is health policy editor at Health Policy Review."
    result = of_file(write(tmp_path, "b.md", page("# Government to cap insulin costs at £35 a month",
                                                  "By Owen Field", *INSULIN, "---", f"*{bio}*")))
    assert result[bio] == ("boilerplate", "author bio")
    assert_story_kept(result, INSULIN)


def test_a_named_person_expected_to_take_a_post_stays_story(tmp_path):
    news = "Owen Field is expected to name a new editor at Health Policy Review."
    result = of_file(write(tmp_path, "b.md", page("# Government to cap insulin costs at £35 a month",
                                                  "By Owen Field", *INSULIN, news)))
    assert result[news] == ("body", "")


def test_a_bios_next_line_that_tells_no_career_stays_story():
    bio = "Jon Ferris is a media editor for The Ledger in New York."
    deal = "He transferred another 10 million shares to a charitable trust."
    result = by_text(page("Media group sells stake", "By Jon Ferris",
                          "The group sold 40 million shares on Monday, its filing shows.",
                          "The sale raised about $1.2 billion.", bio, deal))
    assert result[bio] == ("boilerplate", "author bio")
    assert result[deal] == ("body", "")


# --- a table row that copies the story's figure ----------------------------------------------------------------

ABSENCE = "Persistent absence stood at 27%, well above the national average."
GRADES = ("Quality of education Inadequate", "Leadership and management Requires improvement")


def school_page(absence_row: str = "| Persistent absence | 27% |", told: str = ABSENCE) -> str:
    return page("# Inspectors rate Westmoor Academy inadequate",
                "Westmoor Academy has been rated inadequate by Ofsted, in a report published on Thursday.",
                "The school, which has 1,150 pupils aged 11 to 18, will be placed in special measures.",
                "| Area | Grade |\n|---|---|\n| Quality of education | Inadequate |\n"
                f"| Leadership and management | Requires improvement |\n{absence_row}",
                told, "Ofsted will return to monitor the school within six months.")


def test_a_table_row_whose_figure_the_story_tells_is_furniture(tmp_path):
    result = of_file(write(tmp_path, "a.md", school_page()))
    assert_furniture(result, ("Persistent absence 27%",), "fact box")
    assert_story_kept(result, (ABSENCE, *GRADES))


def test_a_table_with_a_figure_the_story_does_not_tell_stays_story(tmp_path):
    result = of_file(write(tmp_path, "a.md", school_page("| Persistent absence | 27% |\n| Exclusions | 41 |")))
    assert_story_kept(result, ("Persistent absence 27%", "Exclusions 41", ABSENCE))


def test_the_story_sentence_takes_the_other_reports_line_from_the_table_row(tmp_path):
    a = write(tmp_path, "a.md", school_page())
    b = write(tmp_path, "b.txt", page(
        "Westmoor Academy told it requires improvement",
        "Westmoor Academy has been told it requires improvement by Ofsted after inspectors found problems.",
        "Persistent absence at the school is more than a quarter of pupils.",
        "Ofsted will return within six months."))
    comparison = compare(load_document(a), load_document(b))
    linked = [comparison.a_sentences[link.a].text for link in comparison.links
              if "more than a quarter" in comparison.b_sentences[link.b].text]
    assert [text for text in linked if text.startswith("Persistent absence")] == [ABSENCE]
