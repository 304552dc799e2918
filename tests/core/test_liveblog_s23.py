"""Live blogs: the page's own words between the posts, the posts' times and titles, the live page's title
and its badge; and titles before a name that end no sentence ("Coun.", "Asst.").

A live blog signs off, thanks its readers and promises more ("We'll end our live coverage here.", "Stay
with us."); each post opens with its time ("11:40", "2.15pm") and perhaps a title ("Search resumes").
Kept as story, the page's words filled "Only in"; the times were called a media player, and a post
titled "Search ..." was dropped as the site's search box.  Every page here is invented.
"""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.markup import html_to_text
from reader.core.sentences import split_sentences
from sentence_kinds import assert_furniture, assert_story_kept, by_text

LIVE = "\n".join((
    "LIVE: Fell search - missing climber found alive",
    "",
    "Updated 3 February 2025 at 12:10",
    "",
    "12:10",
    "We'll end our live coverage here. Thank you for following, and good news to end on. A full report is on our "
    "website.",
    "",
    "2.15pm",
    "Climber found alive",
    "Police say the missing climber, Tom Reid, has been found alive in a gully below Red Tarn.",
    "",
    "07:30",
    "Search resumes",
    "Mountain rescue teams are back out at first light. Stay with us.",
    "",
))


def test_a_live_blogs_sign_off_thanks_and_promise_of_more_are_furniture_and_its_news_is_kept():
    result = by_text(LIVE)
    assert_furniture(result, ("We'll end our live coverage here.", "Thank you for following, and good news to end on.",
                              "A full report is on our website.", "Stay with us."), "live blog")
    assert_story_kept(result, ("Police say the missing climber, Tom Reid, has been found alive in a gully below Red Tarn.",
                               "Mountain rescue teams are back out at first light."))


def test_the_same_words_in_a_quotation_or_with_a_claim_after_them_stay_story():
    story = ('"Stay with us," the paramedic told the driver as the crew cut him free.',
             "Thanks to the rain, the fire on the moor was out by the morning.",
             "That's it for the season for Brennan, who will miss the final with a broken foot, the club said.",
             "The full report on the crash is due to be published in March.")
    assert_story_kept(by_text("\n\n".join(story)), story)


def test_clock_times_heading_the_posts_are_post_times_not_a_media_player():
    assert_furniture(by_text(LIVE), ("12:10", "2.15pm", "07:30"), "post time")


def test_a_players_length_under_its_label_is_still_the_players():
    text = ("Storm closes coastal road\n\nListen to this article\n4:32\n\n"
            "The coastal road between Ayr and Girvan was closed on Monday after waves washed stones onto it.")
    assert by_text(text)["4:32"] == ("boilerplate", "media player")


def test_a_post_titled_search_something_is_a_heading_and_the_sites_search_box_is_not():
    result = by_text(LIVE)
    assert result["Search resumes"] == ("heading", "subheading")
    banner = "Home | News | Sport\n\nSearch news\n\nStorm closes coastal road\n\nThe road was closed on Monday after waves hit it."
    assert by_text(banner)["Search news"] == ("boilerplate", "search box")


def test_listen_to_article_with_its_length_is_the_media_player():
    text = ("Council approves budget\n\nListen to article (3 min)\n\n"
            "The council approved its budget on Tuesday after a nine-hour debate.")
    assert by_text(text)["Listen to article (3 min)"] == ("boilerplate", "media player")


def test_the_outlets_note_on_its_independence_from_a_sponsor_is_a_disclaimer():
    disclosure = ("MedLine's conference coverage is editorially independent. "
                  "Corvex Pharma had no input into this article.")
    story = ("The drug cut the risk of a second stroke by a fifth, the trial found.",
             "Corvex Pharma, which paid for the trial, said it had no input into the analysis.")
    result = by_text("\n\n".join(story + (disclosure,)))
    assert_furniture(result, ("MedLine's conference coverage is editorially independent.",
                              "Corvex Pharma had no input into this article."), "disclaimer")
    assert_story_kept(result, story)


LIVE_MATCH = "\n".join((
    "Matchday Live",
    "",
    "LIVE  Cup final: Harbour Town 2-1 Kestrel Rovers (aet) – as it happened",
    "",
    "Harbour Town win the Cup with a 104th-minute winner",
    "",
    "Key events",
    "",
    "17:58",
    "Harbour Town are Cup winners for the first time since 1987, after Tomas Reyes scored in the 104th minute.",
    "",
    "17:22",
    "Reyes, on as a substitute, curls a 20-yard shot into the top corner.",
    "",
))
REPORT = "\n".join((
    "Reyes strikes in 114th minute as Harbour Town end 38-year wait for Cup",
    "",
    "Harbour Town won the Cup for the first time since 1987, after Tomas Reyes scored in the 114th minute.",
    "",
))


def test_the_headline_under_a_live_pages_title_is_the_headline():
    kinds = {s.text: (s.kind, s.reason) for s in split_sentences(LIVE_MATCH)}
    assert kinds["Harbour Town win the Cup with a 104th-minute winner"] == ("heading", "headline")
    assert kinds["LIVE  Cup final: Harbour Town 2-1 Kestrel Rovers (aet) – as it happened"] == ("heading", "live blog")
    comparison = compare(document_from_text(LIVE_MATCH), document_from_text(REPORT))
    headlines = comparison.headlines
    assert comparison.a_sentences[headlines.a].text == "Harbour Town win the Cup with a 104th-minute winner"
    assert [(x.surface, y.surface) for x, y in headlines.numbers.conflict] == [("104th", "114th")]


def test_a_live_blog_title_without_a_headline_under_it_stays_the_headline():
    text = "LIVE: Fell search - missing climber found alive\n\nKey events\n\n" + LIVE.split("\n", 2)[2]
    kinds = {s.text: (s.kind, s.reason) for s in split_sentences(text)}
    assert kinds["LIVE: Fell search - missing climber found alive"] == ("heading", "headline")


def test_a_live_pages_title_loses_its_badge():
    page = ("<html><head><title>Live: Jet with 168 passengers diverts to Shannon – Skyline News</title></head>"
            "<body><h1>Jet with 168 passengers diverts to Shannon</h1><p>The jet landed at 2.52pm.</p></body></html>")
    assert html_to_text(page)[1] == "Jet with 168 passengers diverts to Shannon"
    untitled = "<html><body><h1>LIVE Storm Eowyn: schools shut across the north</h1><p>Schools are shut.</p></body></html>"
    assert html_to_text(untitled)[1] == "Storm Eowyn: schools shut across the north"
    headline = "<html><head><title>Live music returns to the park</title></head><body><p>It does.</p></body></html>"
    assert html_to_text(headline)[1] == "Live music returns to the park"


def test_a_title_before_a_name_ends_no_sentence():
    text = ("Coun. Priya Dhaliwal voted against the budget. Couns. Ali and Brandt abstained. "
            "Asst. Chief Constable Ruth Bell spoke. Det. Const. Amy Lo and Cllr. Jo Watts were there.")
    assert [s.text for s in split_sentences(text)] == [
        "Coun. Priya Dhaliwal voted against the budget.", "Couns. Ali and Brandt abstained.",
        "Asst. Chief Constable Ruth Bell spoke.", "Det. Const. Amy Lo and Cllr. Jo Watts were there."]


def test_a_posts_minute_and_shout_open_its_sentence_and_its_minute_disputes_another():
    """ "58' RED CARD! Brennan is sent off ..." is one sentence: the shout labels the post, and split
    off it took the minute away from the news it dates."""
    live = document_from_text("Live: Cup final\n\n16:05\n58' RED CARD! Kestrel's Ryan Brennan is sent off for a second "
                              "yellow after pulling back Oduya.\n\n17:22\n(104') GOAL! Tomas Reyes curls a 20-yard shot "
                              "into the top corner.\n")
    texts = [s.text for s in split_sentences(live.text) if s.kind == "body"]
    assert texts == ["58' RED CARD! Kestrel's Ryan Brennan is sent off for a second yellow after pulling back Oduya.",
                     "(104') GOAL! Tomas Reyes curls a 20-yard shot into the top corner."]
    report = document_from_text("Cup final report\n\nKestrel's Ryan Brennan was sent off in the 53rd minute for a "
                                "second yellow after pulling back Oduya.\n")
    conflicts = [(x.surface, y.surface) for link in compare(live, report).links for x, y in link.numbers.conflict]
    assert conflicts == [("58'", "53rd")]
    shout = [s.text for s in split_sentences("The crowd roared. GOAL! Reyes scores.\n")]
    assert shout == ["The crowd roared.", "GOAL!", "Reyes scores."]  # no minute: a shout of its own
