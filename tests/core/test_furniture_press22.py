"""Round 22: press-release and newsletter furniture.

A QA pass on a press release saved as an e-mail found everything under its "ENDS" read as story
(and suggested single-source): "Notes to editors:" and the note under it, the company's standing
paragraph, "You are receiving this email because ..." and "Unsubscribe here.", while "Media
contact: name, role, phone, e-mail" was read as a subheading.  The cues are general: the end
markers ("ENDS", "-ends-", "###", "-30-"), a "Notes to editors" label, an "About <Name>" label over
a paragraph describing <Name> (and a blog's "About the author" box), a press contact as a label or
a block of name, phone and address, and a mailing's footer.  Every release and newsletter here is
invented, and each carries story sentences that mention what the furniture says ("unsubscribe",
"notes", "editors", "About 200 ...", "media contact") and must stay story.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from reader.core.document import load_document
from reader.core.sentences import document_sentences
from sentence_kinds import assert_furniture, by_text

TOP = ("FOR IMMEDIATE RELEASE", "Harbour Trust opens flood shelter in Lindorf")
STORY = (
    ("LINDORF, 9 April 2025 - The Harbour Trust has opened an emergency shelter for 120 families whose "
     "homes were flooded when the Kessel burst its banks on Monday."),
    "About 200 volunteers helped to fit out the former school hall over the weekend.",
    "The shelter will stay open until the end of May, the trust's director Mira Sandvik confirmed.",
    "Residents who unsubscribe from the council's flood alerts will still receive letters about the shelter.",
    "Notes left at the town hall by residents have been passed to the county's emergency planners.",
    "The appeal ends on 30 April, and the trust has so far raised £84,000.",
    "Media contact with the families has been limited at their request.",
)


def assert_story_kept(result: dict[str, tuple[str, str]], story=STORY) -> None:
    for paragraph in story:
        assert result[paragraph] == ("body", ""), (paragraph, result[paragraph])


def release(*tail: str, top=TOP, story=STORY) -> str:
    return "\n\n".join((*top, *story, *tail))


# -- An end marker: everything under it is for journalists ---------------------------------------

NOTES = ("Notes to editors:\n"
         "1. The Harbour Trust is a charity founded in 1988 and based in Lindorf.\n"
         "2. Photographs of the shelter are available on request.")
CONTACT_LINE = "Media contact: Jane Holt, Head of Communications, +44 20 7946 0000, press@harbourtrust.example"
# A footer's last line, the sender's address: prose to the classifier, so the footer above it is no page label.
ADDRESS = "Harbour Trust, 4 Quay Street, Lindorf. Registered charity no. 1048211."
FOOTER = "You are receiving this email because you subscribed to Harbour Trust press releases. Unsubscribe here."


@pytest.mark.parametrize("marker", ["ENDS", "-ends-", "– ENDS –", "###", "# # #", "-30-", "End of release"])
def test_everything_under_an_end_marker_is_furniture(marker):
    result = by_text(release(marker, NOTES, CONTACT_LINE, FOOTER))
    assert_furniture(result, [
        "Notes to editors:", "1. The Harbour Trust is a charity founded in 1988 and based in Lindorf.",
        "2. Photographs of the shelter are available on request.", CONTACT_LINE,
        "You are receiving this email because you subscribed to Harbour Trust press releases.", "Unsubscribe here.",
    ])
    assert_story_kept(result)


def test_a_release_saved_as_an_email_has_its_notes_and_footer_marked(tmp_path):
    """The QA's case: a plain-text release in an .eml, read through the mail loader."""
    message = EmailMessage()
    message["From"] = "Harbour Trust Press Office <press@harbourtrust.example>"
    message["Subject"] = "PRESS RELEASE: Harbour Trust opens flood shelter in Lindorf"
    message.set_content(release("ENDS", "Notes to editors:\nThe Harbour Trust was founded in 1988 and is based in Lindorf.",
                                CONTACT_LINE, FOOTER))
    path = tmp_path / "release.eml"
    path.write_bytes(message.as_bytes())
    result = {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}
    assert_furniture(result, ["Notes to editors:", "The Harbour Trust was founded in 1988 and is based in Lindorf.",
                              CONTACT_LINE, "Unsubscribe here."])
    assert result[CONTACT_LINE][0] != "heading"
    assert_story_kept(result)


def test_a_notes_to_editors_label_without_an_end_marker():
    result = by_text(release("Editors' notes", "The Harbour Trust was set up in 1988 by three Lindorf fishermen.",
                             "Its shelters have housed 2,300 people since 2010."))
    assert_furniture(result, ["Editors' notes", "The Harbour Trust was set up in 1988 by three Lindorf fishermen.",
                              "Its shelters have housed 2,300 people since 2010."])
    assert_story_kept(result)


def test_a_mailing_of_several_stories_is_not_cut_at_its_first_marker():
    """A "###" between stories of a longer mailing is no end: what follows it is longer than the
    story above, and stays story; the footer at its end is still furniture."""
    second = (
        "The county council has approved £2.4m for new flood barriers along the Kessel at Lindorf and Ostby.",
        "Work on the barriers is due to begin in September and to finish before the winter storms.",
        "Engineers said the barriers would protect about 600 homes and the town's two schools from flooding.",
        "The council will hold a public meeting about the plans in the Lindorf library on 14 May.",
        "Residents can see the drawings at the library from next Monday, the council's planning officer said.",
        "A second phase, further downstream, will be put to the council next year after a survey of the river.",
        "The county has spent £11m on flood defences since the floods of 2011 forced 300 people from their homes.",
        "Farmers upstream have been asked to let the river spill onto their fields when it rises quickly.",
    )
    text = "\n\n".join((*TOP, *STORY[:2], "###", *second, "You're receiving this newsletter because you signed up at our website."))
    result = by_text(text)
    assert_story_kept(result, (*STORY[:2], *second))
    assert_furniture(result, ["You're receiving this newsletter because you signed up at our website."])


# -- "About <Name>": the organisation's standing paragraph ----------------------------------------

ABOUT_PARAGRAPH = ("The Harbour Trust is a charity founded in 1988 that runs shelters and food banks across the "
                   "Kessel valley. For more information, visit www.harbourtrust.example.")


@pytest.mark.parametrize("label", ["About The Harbour Trust", "About Harbour Trust:", "ABOUT THE HARBOUR TRUST"])
def test_an_about_label_over_a_paragraph_describing_the_organisation(label):
    result = by_text(release(label, ABOUT_PARAGRAPH))
    first = "The Harbour Trust is a charity founded in 1988 that runs shelters and food banks across the Kessel valley."
    assert_furniture(result, [label, first, "For more information, visit www.harbourtrust.example."])
    assert_story_kept(result)


def test_an_about_label_run_into_its_paragraph():
    line = ("About the Harbour Trust: The Harbour Trust is a charity founded in 1988 and based in Lindorf, "
            "with 40 staff and 300 volunteers.")
    result = by_text(release(line))
    assert_furniture(result, [line])
    assert_story_kept(result)


def test_about_a_number_or_a_story_subheading_stays_story():
    """"About 200 volunteers ..." opens a story sentence; a subheading "About Lindorf" over a
    paragraph that does not describe the town stays a heading over story.  The footer under them is
    still furniture."""
    tail = ("About Lindorf",
            "Many residents say they will not return to the lowest streets until the barriers are built.",
            "The trust said most of the £84,000 had come from people in the valley, in gifts of under £20.",
            "You are receiving this email because you asked for news from the Harbour Trust.")
    result = by_text(release(*tail))
    assert result["About Lindorf"][0] == "heading"
    assert_story_kept(result, (*STORY, tail[1], tail[2]))
    assert_furniture(result, [tail[3]])


def test_a_blog_s_about_the_author_box_is_furniture():
    story = (
        "The coastal path between Lindorf and Ostby reopened on Saturday after a landslip closed it for three months.",
        "Walkers can now cover the full 14 kilometres again, though one steep section has a new set of steps.",
        "The path's wardens have asked walkers to keep dogs on a lead near the nesting cliffs until July.",
        "About 2,000 people walked the path on its first weekend, according to the counters at each end.",
    )
    text = "\n\n".join(("Lindorf coast path reopens", *story, "About the author",
                        "Mia Lund is a freelance writer who lives in Bergen. She has walked the Kessel coast since 2015."))
    result = by_text(text)
    assert_furniture(result, ["Mia Lund is a freelance writer who lives in Bergen.",
                              "She has walked the Kessel coast since 2015."])
    assert_story_kept(result, story)


# -- The press contact --------------------------------------------------------------------------


def test_a_media_contact_on_one_line_is_furniture_not_a_subheading():
    result = by_text(release(CONTACT_LINE, FOOTER))
    assert result[CONTACT_LINE][0] == "boilerplate"
    assert_story_kept(result)


def test_a_media_contact_block_of_name_role_phone_and_address():
    block = "Media enquiries\nJane Holt\nHead of Communications\nTel: +44 20 7946 0000\npress@harbourtrust.example"
    result = by_text(release(block, ADDRESS))
    parts = ("Media enquiries", "Jane Holt", "Head of Communications", "Tel: +44 20 7946 0000", "press@harbourtrust")
    assert_furniture(result, [sentence for sentence in result if any(part in sentence for part in parts)])
    assert_story_kept(result)


def test_for_press_enquiries_please_contact():
    line = "For press enquiries, please contact Jane Holt on +44 20 7946 0000 or press@harbourtrust.example."
    result = by_text(release(line))
    assert_furniture(result, [line])
    assert_story_kept(result)


# -- A mailing's footer --------------------------------------------------------------------------


@pytest.mark.parametrize("footer", [
    "You are receiving this email because you subscribed to Harbour Trust press releases.",
    "You received this message because you are on the Harbour Trust media list.",
    "If you no longer wish to receive these emails, you can unsubscribe here.",
    "Unsubscribe here.",
    "Unsubscribe",
    "To unsubscribe, click here.",
    "Not interested any more? Unsubscribe.",
    "Update your preferences",
    "Manage your email preferences or unsubscribe.",
    "View this email in your browser",
    "Having trouble viewing this email? View it online.",
    "Forward to a friend",
    "Did a colleague forward you this email?",
    "This email was sent to newsdesk@dailyledger.example by the Harbour Trust.",
    "Why did I get this? Unsubscribe from this list.",
    "Our mailing address is: 4 Quay Street, Lindorf LN4 2QT.",
])
def test_a_mailing_footer_line_is_furniture(footer):
    result = by_text(release(footer, ADDRESS))
    pieces = [sentence for sentence in result if sentence in footer]  # a footer may be two sentences
    assert pieces
    assert_furniture(result, pieces)
    assert_story_kept(result)


def test_view_in_browser_above_a_newsletter_s_headline():
    result = by_text("\n\n".join(("View this email in your browser", *TOP[1:], *STORY)))
    assert_furniture(result, ["View this email in your browser"])
    assert_story_kept(result)
