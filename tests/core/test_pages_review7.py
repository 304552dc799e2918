"""What of a page is its story: what it holds back for a script (<noscript>, <template>) is read only when
the page shows no story of its own; an <iframe srcdoc> frame's page only when the frame is no advert or
sign-up box and the page around it shows no story; an italic Markdown paragraph over the byline is the
standfirst only when the story under the byline tells it again (otherwise it is the lead, and its figures
are compared); and a reference a page shows on purpose ("&lt;script&gt;") is not decoded a second time,
while one a CMS escaped twice ("&amp;rsquo;") still is.  Every page here is invented."""

from __future__ import annotations

from written_files import write

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text
from reader.core.sentences import document_sentences

HEADLINE = "Fire closes M6 near Stoke"
BRIEF = ["A lorry fire closed the M6 between junctions 15 and 16 on Monday, National Highways said.",
         "No one was hurt, police said, and the road reopened after four hours."]
CONSENT = ("We and our 842 partners store and access information on your device, such as cookies, and process "
           "personal data, such as unique identifiers and standard information sent by a device, for personalised "
           "advertising and content, advertising and content measurement, and audience research. You may click "
           "to consent to our and our 842 partners' processing as described above. Alternatively you may access "
           "more detailed information and change your preferences before consenting or to refuse consenting.")


def _paragraphs(page: str) -> list[str]:
    return html_to_text(page)[0].split("\n\n")


def _escaped(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# -- What a page holds back for a script -------------------------------------------------------------------

def test_a_short_brief_does_not_read_the_consent_dialog_and_notice_it_holds_back():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            + "".join(f"<p>{sentence}</p>" for sentence in BRIEF) + "</article>"
            "<noscript><p>Please enable JavaScript to see comments and personalised recommendations on this "
            "site.</p></noscript><template id='consent'><div><h2>We value your privacy</h2>"
            f"<p>{CONSENT}</p></div></template></body></html>")
    assert _paragraphs(page) == [HEADLINE, *BRIEF]


# -- A frame's page ------------------------------------------------------------------------------------------

FLOOD_HEADLINE = "Storm floods 300 homes in Cumbria"
FLOOD_STORY = ["Storm Desmond flooded 300 homes in Cumbria on Saturday, the Environment Agency said.",
               "The River Eden peaked at 7.9 metres in Carlisle, a record for the town.",
               "About 1,000 people were moved to rest centres overnight, the council said."]
ADVERT = ("<html><body><p>The new Kia Sportage hybrid. Drive one away from 299 pounds a month, with 5,000 pounds "
          "of savings on every model in stock this weekend.</p></body></html>")


def _flood_page(frame_attributes: str, frame_page: str = ADVERT) -> str:
    frame = f'<iframe {frame_attributes} srcdoc="{_escaped(frame_page)}"></iframe>'
    return (f"<html><body><article><h1>{FLOOD_HEADLINE}</h1><p>{FLOOD_STORY[0]}</p><p>{FLOOD_STORY[1]}</p>"
            f"{frame}<p>{FLOOD_STORY[2]}</p></article></body></html>")


def test_a_frame_named_an_advert_is_not_read():
    for attributes in ('title="Advertisement"', 'id="google_ads_iframe_3"', 'class="sponsored-slot"',
                       'name="promo"', 'aria-label="Newsletter sign-up"'):
        assert _paragraphs(_flood_page(attributes)) == [FLOOD_HEADLINE, *FLOOD_STORY], attributes


def test_a_frame_is_not_read_into_a_page_that_shows_its_story():
    poll = ("<p>Have you been affected by the flooding in Cumbria this weekend? Tell us what happened to your "
            "home and street.</p>")
    assert _paragraphs(_flood_page('title="Reader poll"', poll)) == [FLOOD_HEADLINE, *FLOOD_STORY]


def test_a_frame_holding_the_article_is_read_where_the_page_shows_no_story():
    article = "".join(f"<p>{sentence}</p>" for sentence in FLOOD_STORY)
    page = (f"<html><body><h1>{FLOOD_HEADLINE}</h1><iframe title='Story' srcdoc=\"{_escaped(article)}\"></iframe>"
            f"<iframe title='Advertisement' srcdoc=\"{_escaped(ADVERT)}\"></iframe></body></html>")
    assert _paragraphs(page) == [FLOOD_HEADLINE, *FLOOD_STORY]


# -- An italic Markdown paragraph over the byline ---------------------------------------------------------------

STRIKE_HEADLINE = "Union accepts pay offer, ending strike"
STRIKE_LEAD = ("Members of the Unite union voted on Tuesday to accept a 5% pay offer, "
               "ending a six-month dispute at the port.")
STRIKE_STORY = ["The deal covers 1,200 dock workers at Felixstowe, the union said.",
                "Port bosses welcomed the result."]
OTHER_STRIKE_PAGE = (f"{STRIKE_HEADLINE}\n\nUnite members at the port voted on Tuesday to accept a 6% pay offer, "
                     "ending the six-month dispute.\n\n" + "\n\n".join(STRIKE_STORY) + "\n")


def _kinds_of_file(path) -> dict[str, tuple[str, str]]:
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


def test_an_italic_lead_over_the_byline_is_story_when_the_story_goes_on_from_it(tmp_path):
    page = write(tmp_path, "strike.md", f"# {STRIKE_HEADLINE}\n\n*{STRIKE_LEAD}*\n\n"
                 "By Jane Doe, Industry Correspondent\n\n" + "\n\n".join(STRIKE_STORY) + "\n")
    assert _kinds_of_file(page)[STRIKE_LEAD] == ("body", "")
    comparison = compare(load_document(page), document_from_text(OTHER_STRIKE_PAGE, title="B"))
    conflicts = [(a.surface, b.surface) for link in comparison.links for a, b in link.numbers.conflict]
    assert ("5%", "6%") in conflicts


RAIL_STANDFIRST = ("Members of the rail union voted to accept a 9% offer after months of walkouts that cancelled "
                   "thousands of trains.")
RAIL_STORY = ["Some 38,000 rail workers have voted to accept a pay deal, ending a dispute that began in June.",
              "Workers will also receive a one-off payment of £1,500 in December."]


def test_an_italic_paragraph_over_the_byline_that_the_story_tells_again_is_the_standfirst(tmp_path):
    page = write(tmp_path, "rail.md", f"# 38,000 rail workers accept pay deal\n\n*{RAIL_STANDFIRST}*\n\n"
                 "By Hannah Lowe · 7 October 2025 · 4 min read\n\n" + "\n\n".join(RAIL_STORY) + "\n")
    assert _kinds_of_file(page)[RAIL_STANDFIRST] == ("heading", "subheading")
    other = document_from_text("Rail strike over as union members back deal\nUnion accepts a 9 per cent offer "
                               "after walkouts\nBy Gareth Pryce\n\nThe rail strike is over after the members of "
                               "the union voted to accept a new pay offer.\n", title="B")
    standfirsts = compare(load_document(page), other).standfirsts
    assert standfirsts is not None
    assert [(a.surface, b.surface) for a, b in standfirsts.numbers.agree] == [("9%", "9 per cent")]


# -- References decoded a second time --------------------------------------------------------------------------

def test_references_a_page_shows_on_purpose_read_as_the_browser_shows_them():
    page = ("<html><body><h1>Browser bug lets sites run scripts</h1><p>Developers should write "
            "&amp;lt;script&amp;gt; as shown, and escape an ampersand as &amp;amp;amp; in attribute values, "
            "the researchers said.</p></body></html>")
    assert _paragraphs(page)[1] == ("Developers should write &lt;script&gt; as shown, and escape an ampersand as "
                                    "&amp;amp; in attribute values, the researchers said.")


def test_references_a_markdown_page_shows_on_purpose_read_as_written():
    text, _, _ = markdown_to_text("Editors should type &amp;lt;b&amp;gt; for bold, and &amp;amp;amp; for an "
                                  "ampersand.\n")
    assert text == "Editors should type &lt;b&gt; for bold, and &amp;amp; for an ampersand."


def test_typographic_references_escaped_twice_are_still_decoded():
    page = ("<html><body><h1>Shares fall</h1><p>The firm&amp;rsquo;s shares fell&amp;nbsp;8% &amp;mdash; to "
            "&amp;pound;3.20 &amp;ndash; at Marks &amp;amp; Spencer&amp;#8217;s rival.</p></body></html>")
    assert _paragraphs(page)[1] == "The firm’s shares fell 8% — to £3.20 – at Marks & Spencer’s rival."
    text, _, _ = markdown_to_text("The firm&amp;rsquo;s shares fell &amp;mdash; to &amp;pound;3.20.\n")
    assert text == "The firm’s shares fell — to £3.20."
