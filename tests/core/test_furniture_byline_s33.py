"""A byline under the headline with the date and the share buttons between them (QA pass 27, D12).

BBC pages set "Share" / "Save" between the headline and the byline, and the byline is a person's
name alone on a line over an "Outlet, Place" line ("Sofia Bettiza" / "BBC News, Lecco").
"""

from reader.core.sentences import split_sentences

BBC_TOP = """BBC News
Home | News | World | Europe

Italy bridge collapse: At least 11 dead as motorway span falls into river

14 October 2026

Share
Save

{credit}

Image source, Reuters
Image caption, Firefighters search the wreckage of the bridge over the Adda river on Wednesday

At least 11 people have been killed after a motorway bridge collapsed into the Adda river near Lecco in northern Italy, officials say.

Rescuers worked through the night to reach vehicles trapped under the concrete, the regional fire service said.
"""


def kinds(text: str) -> dict[str, tuple[str, str]]:
    return {s.text: (s.kind, s.reason) for s in split_sentences(text)}


def test_bbc_byline_under_share_buttons_is_boilerplate():
    got = kinds(BBC_TOP.format(credit="Sofia Bettiza\nBBC News, Lecco"))
    assert got["Sofia Bettiza"] == ("boilerplate", "byline")
    assert got["BBC News, Lecco"] == ("boilerplate", "byline")
    assert got["Italy bridge collapse: At least 11 dead as motorway span falls into river"][0] == "heading"
    assert got["At least 11 people have been killed after a motorway bridge collapsed into the Adda river "
               "near Lecco in northern Italy, officials say."][0] == "body"


def test_other_outlets_and_places_under_the_name():
    for outlet in ("Sky News, Rome", "Reuters, Milan"):
        got = kinds(BBC_TOP.format(credit=f"Mark Lowen\n{outlet}"))
        assert got["Mark Lowen"] == ("boilerplate", "byline"), outlet
        assert got[outlet] == ("boilerplate", "byline"), outlet


def test_a_longer_outlet_under_the_name():
    got = kinds(BBC_TOP.format(credit="Mark Lowen\nBBC World Service, Milan"))
    assert got["Mark Lowen"] == ("boilerplate", "byline")
    # Four capitalised words over the picture's credit: the caption rule takes it first, furniture either way.
    assert got["BBC World Service, Milan"][0] == "boilerplate"


def test_byline_under_the_share_buttons_without_a_date():
    text = BBC_TOP.replace("14 October 2026\n\n", "").format(credit="Sofia Bettiza\nBBC News, Lecco")
    got = kinds(text)
    assert got["Sofia Bettiza"] == ("boilerplate", "byline")
    assert got["BBC News, Lecco"] == ("boilerplate", "byline")


def test_outlet_and_place_alone_under_the_buttons_is_the_credit():
    # No name over it: the outlet's filing line is still the credit, never a subheading of the story.
    got = kinds(BBC_TOP.format(credit="BBC News, Lecco"))
    assert got["BBC News, Lecco"] == ("boilerplate", "byline")


# Negatives.

def test_a_name_subheading_inside_the_story_stays_a_heading():
    text = BBC_TOP.format(credit="Sofia Bettiza\nBBC News, Lecco") + """
Giulia Ferrante

Ms Ferrante, a nurse from Bergamo, was driving home from a night shift when the span gave way beneath her car.

Her brother said the family had been told she was among the dead.
"""
    got = kinds(text)
    assert got["Giulia Ferrante"][0] == "heading"


def test_a_place_under_the_buttons_is_no_byline():
    # A place set under the headline is what the story is about, not who wrote it.
    text = BBC_TOP.format(credit="Adda Bridge, Lecco")
    assert kinds(text)["Adda Bridge, Lecco"][1] != "byline"


def test_the_person_the_story_is_about_under_the_buttons_is_no_byline():
    text = """Tributes paid to lifeboat volunteer who died in rescue

Share
Save

Callum Reid

Callum Reid, 34, died on Saturday after going into the water off Portree to help a stranded kayaker.

His crewmates said he had volunteered with the station for 12 years.
"""
    assert kinds(text)["Callum Reid"][1] != "byline"


def test_a_label_under_a_section_label_is_no_byline():
    # Only the date and the buttons stand aside: a menu or a section's label parts a line from the headline.
    text = """Lochboisdale ferry to be axed for summer as operator moves ship to Arran

Home | News | Sport | Letters

Subscriber Exclusive

The operator said on Thursday that the MV Lord of the Isles would be moved to the Arran route from May.

Islanders said the decision would leave South Uist without a direct link to the mainland.
"""
    assert kinds(text)["Subscriber Exclusive"][1] != "byline"
