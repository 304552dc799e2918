"""Page furniture after the story and the standfirst an HTML page names: a donation box ("Can you support us
with £3 a month?" / "Become a supporter"), a section's "More council news" links, a newsletter box's blurb,
and <p class="standfirst"> above the byline.  Every page here is invented."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.sentences import split_sentences
from sentence_kinds import assert_furniture, assert_story_kept, by_text

COUNCIL_STORY = ["Ashvale councillors have approved an increase in council tax from April.",
                 'Council leader Tom Aldredge said the authority had "no good choices left".',
                 "Two libraries will close, in Moorside and Fenwick."]


def _kinds_of_file(path) -> dict[str, tuple[str, str]]:
    document = load_document(path)
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in split_sentences(document.text, document.headings)}


def _council_page(tmp_path, after_story: str):
    page = tmp_path / "council.html"
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in COUNCIL_STORY)
    page.write_text("<html><body><main><article><h1>Ashvale budget passes with council tax rise</h1>"
                    f"{paragraphs}{after_story}</article></main></body></html>", encoding="utf-8")
    return page


def test_donation_box_and_more_section_news_after_an_html_story_are_furniture(tmp_path):
    page = _council_page(tmp_path, '<div class="support-box"><p>Ashvale Now is independent and free to read. '
                                   'Can you support us with £3 a month?</p><a href="/support">Become a supporter</a></div>'
                                   '<section class="more"><h2>More council news</h2><ul>'
                                   '<li><a href="/n/1">Ashvale Airport stake: what is it worth?</a></li>'
                                   '<li><a href="/n/2">New cycle lanes for Moorside</a></li></ul></section>')
    result = _kinds_of_file(page)
    assert_story_kept(result, COUNCIL_STORY)
    assert_furniture(result, ["Ashvale Now is independent and free to read.", "Can you support us with £3 a month?",
                              "Become a supporter"], "reader prompt")
    assert result["More council news"] == ("boilerplate", "related articles")
    assert_furniture(result, ["• Ashvale Airport stake: what is it worth?", "• New cycle lanes for Moorside"],
                     "related link")


def test_support_our_journalism_and_donate_button_close_a_text_page():
    text = ("Council tax to rise as Ashvale approves cuts budget\n\n" + "\n\n".join(COUNCIL_STORY)
            + "\n\nSupport our journalism\n\nDonate\n\nMore local stories\n\n"
            "Fenwick market to move to the old bus station\n\nMoorside school wins £1m for new sports hall\n")
    result = by_text(text)
    assert_story_kept(result, COUNCIL_STORY)
    assert_furniture(result, ["Support our journalism", "Donate"], "reader prompt")
    assert result["More local stories"] == ("boilerplate", "related articles")
    assert_furniture(result, ["Fenwick market to move to the old bus station",
                              "Moorside school wins £1m for new sports hall"], "related link")


def test_a_question_to_voters_about_support_stays_story():
    story = ["The council asked residents: would you support a 4.99% rise to keep the libraries open?",
             "More than 2,000 people answered the consultation, and 61% said they would."]
    text = "Ashvale consults on council tax\n\n" + "\n\n".join(story) + "\n"
    assert_story_kept(by_text(text), story)


def test_more_news_over_prose_is_a_subheading_of_the_story():
    story = ["Ashvale councillors have approved an increase in council tax from April.",
             "For tenants the rise comes on top of a 7% increase in social rents, the housing office said.",
             "Water bills will go up by £3 a month as well, the regulator confirmed on Friday."]
    text = f"Ashvale budget passes\n\n{story[0]}\n\nMore bad news\n\n{story[1]} {story[2]}\n"
    result = by_text(text)
    assert_story_kept(result, story)
    assert result["More bad news"] == ("heading", "subheading")


NEWSLETTER_STORY = ["The report found that ice formed on the wings before the turboprop stalled.",
                    "The airline said it had already changed its training for flying in icing conditions."]


def test_a_newsletter_blurb_between_its_label_and_the_sign_up_line_is_furniture():
    text = ("Ice on the wings: what the crash report found\n\n" + "\n\n".join(NEWSLETTER_STORY)
            + "\n\nAdvertisement\n\nNewsletter\n\nThe Safety Brief: a weekly digest of incidents and investigations.\n\n"
            "Enter your email   Sign up\n\n© 2025 Flightdeck Media Ltd.\n")
    result = by_text(text)
    assert_story_kept(result, NEWSLETTER_STORY)
    assert result["The Safety Brief: a weekly digest of incidents and investigations."] == (
        "boilerplate", "newsletter prompt")


RECALL_STORY = ["Halvard Motors is recalling vehicles worldwide because the front passenger airbag inflator can "
                "rupture, the company said on Tuesday.",
                "The fault caused a fire in a parked Tessaro in Ohio last year."]
RECALL_STANDFIRST = ("Regulator says the carmaker was slow to act after 23 injuries; company insists it moved as soon "
                     "as it found the cause")


def _recall_page(tmp_path, standfirst_class: str, before_standfirst: str = ""):
    page = tmp_path / "recall.html"
    page.write_text(
        '<html><body><article><p class="kicker">RECALLS</p><h1>Halvard recalls SUVs over airbag inflators</h1>'
        f'{before_standfirst}<p class="{standfirst_class}">{RECALL_STANDFIRST}</p>'
        '<p class="meta">By Dana Kowalczyk · February 11, 2025 · 5 min read</p>'
        + "".join(f"<p>{sentence}</p>" for sentence in RECALL_STORY) + "</article></body></html>", encoding="utf-8")
    return page


def test_a_paragraph_the_page_classes_standfirst_is_the_standfirst(tmp_path):
    for name in ("standfirst", "article-dek", "c-entry-summary"):
        result = _kinds_of_file(_recall_page(tmp_path, name))
        assert result[RECALL_STANDFIRST] == ("heading", "subheading"), name
        assert result["Halvard recalls SUVs over airbag inflators"] == ("heading", "headline"), name
        assert_story_kept(result, RECALL_STORY)


def test_the_classed_standfirst_is_paired_with_the_other_sides_standfirst(tmp_path):
    other = document_from_text(
        "Halvard recalls cars after airbag fault injures 32\n\n"
        "Regulator accuses carmaker of delay as owners told to keep passenger seat empty\n\nBy Tom Ashcombe\n\n"
        + "\n\n".join(RECALL_STORY) + "\n")
    result = compare(load_document(_recall_page(tmp_path, "standfirst")), other)
    assert result.standfirsts is not None
    assert result.a_sentences[result.standfirsts.a].text == RECALL_STANDFIRST


def test_a_summary_class_far_below_the_headline_is_story(tmp_path):
    page = tmp_path / "recall.html"
    summary = "Owners should keep the passenger seat empty until the repair is done."
    page.write_text("<html><body><article><h1>Halvard recalls SUVs over airbag inflators</h1>"
                    + "".join(f"<p>{sentence}</p>" for sentence in RECALL_STORY + COUNCIL_STORY)
                    + f'<p class="summary">{summary}</p><p>{RECALL_STORY[0]}</p></article></body></html>',
                    encoding="utf-8")
    assert _kinds_of_file(page)[summary] == ("body", "")
