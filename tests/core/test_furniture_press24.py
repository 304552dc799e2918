"""Round 24: press-release furniture that hid story text (review rev4, items 2, 3, 4 and 11).

* A newsletter whose stories are separated by "###" or "ENDS" lost its last story as "notes to
  editors": two end markers or more separate stories, and then none opens a notes block.
* Footer cues fired anywhere and on "alert" or "message": a story about an emergency alert or a
  text scam lost its sentences as "email footer".  A footer stands in the page's last part, never
  reports speech, and "alert" or "message" name a mailing only on a line that speaks of its list.
* An explainer subheading "About the Kessel" / "About Lindorf" in a story's second half took up to
  three paragraphs as "company boilerplate": the block must describe an organisation, keep to the
  paragraphs about it, and stand near the page's end.
* A year range ("2019-2022") counted as a phone, and "For press freedom groups, the call ..." as a
  press contact's "For press ... call".

Every text is invented.
"""

from __future__ import annotations

import pytest

from sentence_kinds import assert_furniture, assert_story_kept, by_text


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


FLOOD = (
    "Hundreds of residents were evacuated from Lindorf on Monday when the Kessel burst its banks after three days of rain.",
    "The county said 120 families had been moved to an emergency shelter in the old school hall.",
    "Roads into the town were closed and trains between Lindorf and Ostby were cancelled.",
    "The Environment Agency issued a severe flood warning, its highest level, for the lower valley.",
)


# -- Item 2: end markers between the stories of a newsletter ----------------------------------------

STORIES = (
    ("Lindorf council approved £2.4m for new flood barriers on Tuesday, ending a two-year dispute.",
     "Work will begin in September and finish before the winter storms, engineers said."),
    ("The Harbour Trust has opened an emergency shelter for 120 families in the old school hall.",
     "About 200 volunteers helped to fit out the hall over the weekend, the trust said."),
    ("Ostby's library will reopen on Monday after a £300,000 refit paid for by the county.",
     "The library had been closed since the floods of 2011 damaged its ground floor."),
)


@pytest.mark.parametrize("marker", ["###", "ENDS", "-30-"])
def test_end_markers_between_a_newsletter_s_stories_open_no_notes(marker):
    text = page("Lindorf Weekly", *STORIES[0], marker, *STORIES[1], marker, *STORIES[2])
    result = by_text(text)
    assert_story_kept(result, [sentence for story in STORIES for sentence in story])


def test_a_notes_label_after_several_markers_still_opens_notes():
    text = page("Lindorf Weekly", *STORIES[0], "###", *STORIES[1], "###", *STORIES[2],
                "Notes to editors:", "Photographs of the shelter are available on request.")
    result = by_text(text)
    assert_story_kept(result, [sentence for story in STORIES for sentence in story])
    assert_furniture(result, ["Notes to editors:", "Photographs of the shelter are available on request."])


# -- Item 3: footer cues only in the page's last part, on a mailing's own words --------------------

ALERT_STORY = (
    ("Millions of phones across the UK sounded a loud alarm at 3pm on Sunday in the first national test of the "
     "emergency alert system."),
    "The government said the test had largely worked, although some users reported that their phones stayed silent.",
    "Ministers said the system would be used only when lives were at risk, such as in severe floods or wildfires.",
    "This alert was sent to about 87 million phones, according to the Cabinet Office.",
    "If you do not want to receive these alerts, you can turn them off in your phone's settings.",
    "You received this alert because your phone was connected to a 4G or 5G network at the time.",
    "Many people reported difficulty reading this alert, which was sent in English and Welsh.",
)


def test_a_story_about_an_emergency_alert_keeps_its_sentences():
    result = by_text(page("Emergency alert test sounds across UK", *ALERT_STORY))
    assert_story_kept(result, ALERT_STORY)


def test_a_scam_message_reported_by_the_police_is_story():
    line = "This message was sent from a spoofed number that appeared to belong to the bank, police said."
    story = (*FLOOD[:2], line, "Customers who clicked the link were asked for their card details.")
    result = by_text(page("Bank customers warned of text scam", *story))
    assert_story_kept(result, story)


def test_a_footer_s_wording_inside_the_story_is_story():
    """A sentence worded like a footer, with the story going on under it, is the story's."""
    line = "This email was sent by mistake to 4,000 residents, the council admitted."
    story = (STORIES[0][0], line, STORIES[0][1], *STORIES[1])
    result = by_text(page("Lindorf Weekly", *story))
    assert_story_kept(result, story)


def test_a_newsletter_s_footer_at_its_end_is_still_furniture():
    """The page's last part: the footer's lines, an alert's footer that speaks of its subscribers,
    "you told us" (the reader's words, no reported speech), and "View in browser" above the headline."""
    story = (*STORIES[0], *STORIES[1])
    footer = ("You are receiving this email because you told us you wanted news from Lindorf.",
              "If you no longer wish to receive these emails, you can unsubscribe here.",
              "Forward to a friend",
              "You received this alert because you subscribed to Lindorf flood updates.")
    alert = "If you do not want to receive these alerts, you can turn them off in your phone's settings."
    text = page("View this email in your browser", "Lindorf Weekly", *story, alert, *footer,
                "Harbour Trust, 4 Quay Street, Lindorf. Registered charity no. 1048211.")
    result = by_text(text)
    assert_furniture(result, ["View this email in your browser", *footer])
    assert_story_kept(result, (*story, alert))


# -- Item 4: "About <Name>" over an explainer -----------------------------------------------------


def test_an_about_subheading_over_a_river_is_story():
    explainer = ("The Kessel is a river of 80 km that rises in the Harz hills and flows through Lindorf to the sea.",
                 "It last flooded the town in 2011, when 300 people were forced from their homes.",
                 "Engineers have warned for years that its banks at Lindorf are too low.")
    result = by_text(page("Floods hit Lindorf", *FLOOD, "About the Kessel", *explainer))
    assert_story_kept(result, (*FLOOD, *explainer))
    assert result["About the Kessel"][1] != "company boilerplate"


def test_an_about_subheading_over_a_town_founded_centuries_ago_is_story():
    explainer = ("Lindorf is a market town of 12,000 people founded in the 12th century on the banks of the Kessel.",
                 "Its old town was rebuilt after a fire in 1802.")
    result = by_text(page("Floods hit Lindorf", *FLOOD, "About Lindorf", *explainer))
    assert_story_kept(result, (*FLOOD, *explainer))
    assert result["About Lindorf"][0] != "boilerplate"


def test_an_about_block_with_the_story_going_on_under_it_is_story():
    """An organisation's explainer in the story's second half, with the story's paragraphs under it."""
    about = "The Harbour Trust is a charity founded in 1988 that runs shelters across the Kessel valley."
    more = ("The trust's director, Mira Sandvik, said the shelter would stay open until the end of May.",
            "Families who lost their homes in 2011 have been offered places first, she said.",
            "The county has promised to pay half of the shelter's running costs this year.")
    result = by_text(page("Floods hit Lindorf", *FLOOD, "About the Harbour Trust", about, *more))
    assert_story_kept(result, (*FLOOD, about, *more))


def test_about_blocks_at_a_release_s_end_are_still_furniture():
    about = ("About Kettleby Appliances",
             "Kettleby Appliances is a family-owned maker of kitchen appliances, founded in 1974 in Lindorf.",
             "About the Harbour Trust", "The Harbour Trust was established in 1988.")
    contact = "Media contact: Jane Holt, +44 20 7946 0000"
    # Story first, then "About Lindorf" over a town: the town's paragraph stays story even here.
    lindorf = "Lindorf is a market town of 12,000 people on the banks of the Kessel."
    result = by_text(page("FOR IMMEDIATE RELEASE", "Kettleby opens flood-proof plant", *FLOOD,
                          "About Lindorf", lindorf, *about, contact))
    assert_furniture(result, [*about, contact])
    assert_story_kept(result, (*FLOOD, lindorf))


# -- Item 11: year ranges are no phone numbers ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "For press freedom groups, the call to free the journalists held since 2019-2022 has gone unanswered.",
    "Public inquiries - such as the one into the 2011-2012 floods - can take years.",
    "Press enquiries - about 400 since 2018 - 2019 - swamped the office.",
    "Media inquiries – more than 1 200 000 of them – went unanswered.",
])
def test_a_year_range_or_a_count_is_no_press_contact(line):
    """The year range or the count stays story; a real phone under a contact label stays furniture."""
    story = (*FLOOD, line, "Press office staff at the council worked through the night.")
    contacts = ("For media enquiries, please call Jane Holt on 0800 555 0142.",
                "Press enquiries - Jane Holt, (555) 123-4567.",
                "Media contact - Jane Holt, 1-800-273-8255.")
    result = by_text(page("Floods hit Lindorf", *story, *contacts))
    assert_story_kept(result, story)
    assert_furniture(result, contacts)
