"""CLI QA pass 20: a press release's standing paragraph and legal small print, an embedded post, a video's
transcript, an update note and a translation credit.

* A short release's "About Velloria Systems" section ("... serving more than 90,000 customers ...", "For more
  information, visit ...") was story, and its "90,000" conflicted with a news report's "employs 12,400 people";
  the "Forward-Looking Statements" heading's paragraphs were story and single-source.
* The text of a post embedded from X was story (only its signature was grey), and the lines of a video's
  transcript ("REPORTER: ...") linked to the other report's story.
* "Updated 3.20pm: This article has been updated to correct ..." and "Translated from the Norwegian by the
  editorial staff." were story.

Every text is invented.
"""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file
from written_files import write

from reader.core.compare import compare
from reader.core.document import load_document


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- a press release's "About" section and its legal small print ---------------------------------------------

RELEASE_STORY = (
    ("SAN JOSE, Calif., April 29, 2026 — Velloria Systems, Inc. today announced financial results for its first "
     "quarter ended March 31, 2026."),
    "Revenue for the quarter was $4.82 billion.",
    "The company ended the quarter with 12,400 employees worldwide.",
)
ABOUT = (
    ("Velloria Systems, Inc. is a global provider of cloud infrastructure, data storage and security software, "
     "serving more than 90,000 customers in 60 countries."),
    "For more information, visit www.velloria.example.",
)
FORWARD_LOOKING = (
    ("This press release contains forward-looking statements within the meaning of the Private Securities "
     "Litigation Reform Act of 1995, including statements regarding the company's expected revenue."),
    ("These statements are based on current expectations and are subject to risks and uncertainties that could "
     "cause actual results to differ materially."),
    "Velloria undertakes no obligation to update any forward-looking statement, except as required by law.",
)


def release_html(disclaimer_heading: str = "Forward-Looking Statements") -> str:
    paragraphs = "".join(f"<p>{text}</p>\n" for text in RELEASE_STORY)
    about = "".join(f"<p>{text}</p>\n" for text in ABOUT)
    disclaimer = "".join(f"<p>{text}</p>\n" for text in FORWARD_LOOKING)
    return (f"<html><body><article><h1>Velloria Systems Reports First Quarter 2026 Results</h1>\n{paragraphs}"
            f"<h2>About Velloria Systems</h2>\n{about}<h2>{disclaimer_heading}</h2>\n{disclaimer}"
            "</article></body></html>")


def test_a_short_releases_about_section_and_forward_looking_statements_are_furniture(tmp_path):
    result = of_file(write(tmp_path, "a.html", release_html()))
    assert_furniture(result, ("About Velloria Systems", *ABOUT), "company boilerplate")
    assert_furniture(result, ("Forward-Looking Statements", *FORWARD_LOOKING), "legal disclaimer")
    assert_story_kept(result, RELEASE_STORY)


def test_a_safe_harbor_heading_in_plain_text_owns_its_paragraphs_up_to_the_next_heading():
    result = by_text(page(
        "Harlow Biotech reports record trial enrolment",
        "Harlow Biotech said on Tuesday that 1,450 patients had enrolled in its late-stage heart-failure trial.",
        "The company expects to report the first results in the second half of next year.",
        "Chief executive Ines Moreau said the pace of enrolment had beaten the company's own forecast.",
        "Safe Harbor Statement",
        "Statements in this release about future trials are forward-looking and involve risks.",
        "Actual results may differ from those the company expects.",
        "Media contact",
        "Priya Natarajan",
        "press@harlow.example"))
    assert_furniture(result, ("Safe Harbor Statement",
                              "Statements in this release about future trials are forward-looking and involve risks.",
                              "Actual results may differ from those the company expects."), "legal disclaimer")
    assert_furniture(result, ("Media contact", "Priya Natarajan"), "press contact")
    assert_story_kept(result, (
        "Harlow Biotech said on Tuesday that 1,450 patients had enrolled in its late-stage heart-failure trial.",
        "Chief executive Ines Moreau said the pace of enrolment had beaten the company's own forecast."))


def test_a_story_that_writes_about_forward_looking_statements_keeps_them():
    story = (
        "Regulators fined Corlan Energy $3m on Monday over the forward-looking statements in its 2024 results.",
        "The company's forward-looking statements had promised output it could not reach, the regulator said.",
        "Corlan said it would appeal.",
        "Analysts said the fine was small next to the company's $2bn in annual sales.",
    )
    assert_story_kept(by_text(page("Corlan Energy fined over results statements", *story)), story)


def test_the_about_line_no_longer_disputes_the_news_reports_staff_figure(tmp_path):
    a = write(tmp_path, "a.html", release_html())
    b = write(tmp_path, "b.txt", page(
        "Velloria Systems reported first-quarter revenue of $4.82 billion on Wednesday, as demand for its cloud "
        "services grew.",
        "The cloud infrastructure and security software company employs 12,400 people worldwide.",
        "Shares rose 6% in after-hours trading."))
    comparison = compare(load_document(a), load_document(b))
    conflicts = [(x.surface, y.surface) for link in comparison.links for x, y in link.numbers.conflict]
    assert ("90,000", "12,400") not in conflicts
    staff = [comparison.a_sentences[link.a].text for link in comparison.links
             if "12,400 people" in comparison.b_sentences[link.b].text]
    assert staff == [RELEASE_STORY[2]]


# --- an embedded post and a video's transcript ------------------------------------------------------------

FIREBALL = (
    "A fragment of a meteorite smashed through the roof of a garage in Hessingford on Tuesday night.",
    "The fireball was seen at 9.47pm and was visible as far away as 300 miles, the UK Fireball Network said.",
    "Many people shared videos of the fireball online.",
    "Police have asked people not to go onto farmland to search for fragments without permission.",
    "The museum has offered a reward of £5,000 for fragments handed in for study.",
    "Hessingford Town Council said it planned to put one of the fragments on display in the library.",
)
POST = "Just saw the most incredible fireball over Hessingford!!! Lit up the whole street green #meteor"
TRANSCRIPT = (
    "REPORTER: This is the moment the sky over Hessingford turned green just before ten o'clock on Tuesday night.",
    "DEREK PELL: I thought somebody had thrown a brick at the house, honestly.",
    "REPORTER: Scientists say it is one of the most important falls in decades.",
)


def fireball_html() -> str:
    story = [f"<p>{text}</p>" for text in FIREBALL]
    story.insert(3, f'<blockquote class="twitter-tweet"><p lang="en">{POST}</p>&mdash; Sam Whitely (@samwhitely) '
                    '<a href="https://twitter.example/samwhitely/status/1">March 3, 2026</a></blockquote>')
    transcript = "".join(f"<p>{line}</p>" for line in TRANSCRIPT)
    return (f"<html><body><article><h1>Meteorite smashes through garage roof</h1>{''.join(story)}"
            f'<div class="video"><h3>Fireball caught on doorbell camera</h3><p>[Doorbell camera footage, no sound]</p>'
            f"{transcript}</div></article></body></html>")


def test_an_embedded_posts_text_is_furniture_with_its_signature(tmp_path):
    result = of_file(write(tmp_path, "a.html", fireball_html()))
    assert_furniture(result, ("Just saw the most incredible fireball over Hessingford!!!",
                              "Lit up the whole street green #meteor"), "embedded post")
    assert_story_kept(result, FIREBALL)


def test_a_post_by_someone_the_story_names_stays_story(tmp_path):
    named = fireball_html().replace("Many people shared videos of the fireball online.",
                                    "Sam Whitely, who lives on the high street, posted the first video online.")
    result = of_file(write(tmp_path, "a.html", named))
    assert_story_kept(result, ("Just saw the most incredible fireball over Hessingford!!!",))
    assert_furniture(result, ("— Sam Whitely (@samwhitely) March 3, 2026",), "embedded post")


def test_a_videos_transcript_is_furniture(tmp_path):
    result = of_file(write(tmp_path, "a.html", fireball_html()))
    assert_furniture(result, ("[Doorbell camera footage, no sound]", *TRANSCRIPT), "transcript")
    assert_story_kept(result, FIREBALL)


def test_labelled_briefs_and_a_page_that_is_all_transcript_stay_story():
    briefs = (
        "LONDON: Train drivers at three operators will strike on Friday, the union said.",
        "CARDIFF: The Senedd approved the budget by 31 votes to 28.",
        "BELFAST: Stormont ministers met the head of the civil service on Monday.",
    )
    assert_story_kept(by_text(page("News in brief", *briefs)), briefs)
    broadcast = (
        "PRESENTER: The council voted last night to close two of the town's three libraries.",
        "COUNCILLOR HUGHES: We simply do not have the money to keep all three open.",
        "PRESENTER: Campaigners say they will take the council to court.",
        "COUNCILLOR HUGHES: They are entitled to, but the decision has been made.",
    )
    assert_story_kept(by_text(page("Libraries vote", *broadcast)), broadcast)


# --- an update note and a translation credit ----------------------------------------------------------------

CLIMB = (
    "Two climbers have died after a group was caught in a storm on Carn Meallach on Saturday.",
    "The first man to die was Euan MacAlister, 43, from Stirling.",
    "Some 25 volunteers from three rescue teams took part in the search.",
)


def test_an_update_note_with_its_time_is_a_correction_note(tmp_path):
    note = ("Updated 3.20pm: This article has been updated to correct the name and age of the first climber who "
            "died.")
    html = ("<html><body><article><h1>Second climber dies after Carn Meallach storm</h1>"
            f'<p class="update"><em>{note}</em></p>' + "".join(f"<p>{text}</p>" for text in CLIMB)
            + "</article></body></html>")
    result = of_file(write(tmp_path, "a.html", html))
    assert_furniture(result, (note,), "correction note")
    assert_story_kept(result, CLIMB)


def test_a_translation_credit_is_furniture_and_a_translated_works_story_is_not():
    quota = (
        "Norway and the EU agreed on Friday to cut the mackerel quota by 22% next year.",
        "The deal was reached after three days of talks in Bergen.",
    )
    credit = "Translated from the Norwegian by the editorial staff."
    result = by_text(page("Mackerel quota cut by a fifth", *quota, credit))
    assert_furniture(result, (credit,), "publication note")
    assert_story_kept(result, quota)
    novel = "Translated from the Norwegian, the novel sold a million copies in its first year."
    assert_story_kept(by_text(page("A surprise bestseller", novel, *quota)), (novel,))
