"""Round 17: a QA pass on a court story and a wire page.

A one-source claim under a photo caption was taken for an off-story teaser; credit and
standards lines, a comment loader and a kicker over the headline were misread.  The
texts are short invented pages modelled on the QA files.
"""

from __future__ import annotations

from test_furniture_cues_more import assert_story_kept, kinds, page

from reader.core.document import load_document
from reader.core.sentences import document_sentences
from sentence_kinds import by_exact_text as by_text

# -- A one-source claim amid the story is never off-story ----------------------------------

COURT_HEAD = (
    "Halvorsen Chemical hit with $3,500,000 verdict in Millbrook water case",
    "Tom Reilly | Metro Courier",
    "4 March 2025",
)
COURT_BEFORE = (
    "Jurors in Springfield have found Halvorsen Chemical liable for poisoning the drinking water of a "
    "small Illinois town, awarding $3,500,000 to residents.",
    "The company will appeal, a spokesperson said on Tuesday evening.",
    "The federal jury deliberated for roughly nine hours after a trial lasting three weeks.",
    "The award covers 221 residents of Millbrook whose private wells were contaminated by runoff from "
    "the company's plant.",
    "Evidence at trial showed Halvorsen knew by 2013 that solvent levels in groundwater were above the "
    "federal limit of five parts per billion.",
)
CAPTION = "Image caption: Millbrook residents outside the courthouse in Springfield. (Metro Courier/John Smith)"
HEARING = ("U.S. District Judge Maria Castellanos scheduled a hearing on punitive damages for 15 April, "
           "when jurors could add up to $10m.")
COURT_AFTER = (
    "Shares of Halvorsen dropped 2.4 per cent in extended trading.",
    '"Today a jury told this company that people matter more than profits," said David Brennan, who '
    "represented the plaintiffs.",
    "The plant has operated since 1987 and employs some 340 workers.",
    "RELATED: How Millbrook's water crisis unfolded",
    "Click here to subscribe to breaking news alerts\nFollow us on Twitter @MetroCourier\n"
    "Copyright 2025 Metro Courier. All rights reserved.",
)


def court_page(*middle: str) -> str:
    return "\n\n".join((*COURT_HEAD, *COURT_BEFORE, *middle, *COURT_AFTER))


def test_a_claim_under_a_photo_caption_amid_the_story_is_body():
    result = by_text(court_page(CAPTION, HEARING))
    assert result[HEARING] == ("body", "")
    assert result["(Metro Courier/John Smith)"] == ("boilerplate", "photo caption")


def test_the_same_claim_without_the_caption_is_body():
    assert by_text(court_page(HEARING))[HEARING] == ("body", "")


def test_the_claim_under_an_advert_is_body_too():
    assert by_text(court_page("ADVERTISEMENT", HEARING))[HEARING] == ("body", "")


HERALD = """# Morocco earthquake: death toll passes 2,000 as rescuers dig through rubble

**By Hannah Price, Africa correspondent** · *Saturday 9 September 2023 16:05 BST*

The death toll from the magnitude-6.8 quake that hit Morocco on Friday night has risen to 2,102, with more than 2,000 people injured, according to Morocco's interior ministry.

The earthquake struck at 23:11 local time on Friday 8 September, at a depth of 18.5 kilometres.

The epicentre was about 45 miles (72 kilometres) south-west of Marrakesh, in Al Haouz province, according to the USGS.

Al Haouz suffered most, with 1,293 deaths, followed by Taroudant with 542.

An aftershock of magnitude 4.9 hit about 20 minutes after the main quake.

> "We heard a huge bang and everything started shaking," Abdelhak El Amrani, a 33-year-old Marrakesh resident, told AFP.

King Mohammed VI ordered three days of national mourning, and the armed forces sent rescue teams.

Spain sent 65 rescuers and four sniffer dogs after a request from Rabat.

It is the deadliest quake in Morocco since 1960, when about 15,000 people died in Agadir.

*Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST*
"""
WITNESS = ('"We heard a huge bang and everything started shaking," Abdelhak El Amrani, a 33-year-old '
           "Marrakesh resident, told AFP.")


def test_a_new_witness_between_two_story_paragraphs_is_body(tmp_path):
    """Its neighbour below shares few words too, which made it look like a second teaser."""
    path = tmp_path / "herald.md"
    path.write_text(HERALD, encoding="utf-8")
    result = {s.text: (s.kind, s.reason) for s in document_sentences(load_document(path))}
    assert result[WITNESS] == ("body", "")


FOOTBALL = ("Manchester United beat Arsenal 3-1 at Old Trafford on Sunday, with Marcus Rashford scoring "
            "twice as Erik ten Hag's side climbed to fourth in the Premier League table.")


def test_a_teaser_between_the_story_and_furniture_is_still_off_story():
    result = by_text(court_page() + "\n\n" + "\n\n".join((*COURT_BEFORE[:2], FOOTBALL, "Share this article")))
    assert result[FOOTBALL] == ("boilerplate", "off-story")


def test_a_teaser_between_furniture_and_a_caption_is_still_off_story():
    text = "\n\n".join((*COURT_HEAD, *COURT_BEFORE, *COURT_AFTER[:3], "Share this article", FOOTBALL,
                        "Photo: Reuters", "Sign up to our daily newsletter"))
    assert by_text(text)[FOOTBALL] == ("boilerplate", "off-story")


# -- Credit lines, standards links and the comment loader -----------------------------------


def test_a_credit_line_of_several_clauses_is_a_byline():
    credit = ("Reporting by Youssef Amrani in Marrakesh; Additional reporting by Claire Dubois in Paris; "
              "Editing by Peter Graff")
    result = kinds(page(credit))
    assert result[credit] == ("boilerplate", "byline")
    assert_story_kept(result)


def test_a_sentence_with_semicolons_about_reporting_is_no_credit_line():
    prose = ("Reporting by local papers slowed after the strike began; readers turned to radio, and the "
             "council said it would publish its own bulletins each morning until the dispute ends.")
    assert kinds(page(prose))[prose] == ("body", "")


def test_the_outlets_standards_link_is_furniture():
    for line in ("Our Standards: The Thomson Trust Principles.", "Editorial standards", "Our ethics policy"):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", "publication note"), line
        assert_story_kept(result)


def test_a_sentence_about_standards_stays_story():
    prose = "Our standards have slipped over the years, the editor admitted at the inquiry."
    assert kinds(page(prose))[prose] == ("body", "")


def test_the_comment_loader_is_a_comment_prompt():
    for line in ("Loading comments...", "Loading comments…", "Loading the discussion..."):
        assert kinds(page(line))[line] == ("boilerplate", "comment prompt"), line


def test_loading_as_story_text_stays_story():
    prose = "Loading the trucks took most of the morning, the foreman said."
    assert kinds(page(prose))[prose] == ("body", "")


# -- A kicker over the headline ------------------------------------------------------------


def test_a_two_word_kicker_over_the_headline_is_no_headline():
    headline = "Mayor Reyes wins second term with 52.3% of vote"
    lede = ("Incumbent Mayor Elena Reyes won re-election on Tuesday, defeating challenger Mark Whitfield "
            "by 4.6 percentage points, according to unofficial results.")
    result = kinds("\n\n".join(("Election 2024", headline, lede, "Turnout was 61%, the highest since 1993.")))
    assert result[headline] == ("heading", "headline")
    assert result["Election 2024"] == ("boilerplate", "above the headline")
    assert result[lede] == ("body", "")


def test_a_two_word_headline_over_a_short_standfirst_stays_the_headline():
    standfirst = "Council closes Harwick Point terminal"
    result = kinds("\n\n".join(("Ferry Ends", standfirst, "The regional council voted on Tuesday to close "
                                "the old ferry terminal at Harwick Point, ending a service that began in 1931.")))
    assert result["Ferry Ends"] == ("heading", "headline")
