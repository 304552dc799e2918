"""A brief of a few paragraphs: every paragraph brings words of its own, so none is off-story for
sharing no vocabulary with the rest.  The texts are invented, modelled on a QA pass's wire brief."""

from __future__ import annotations

from reader.core.sentences import split_sentences

LEAD = ("Three people have been killed in the Cedar Ridge fire, which has scorched nearly 13,000 hectares "
        "of forest and brush near Lake Tahoe since it started on Tuesday, August 12.")
VICTIMS = ("Authorities said two of the victims were found in a car on an evacuation route out of Pine "
           "Hollow; a third body was found in a burned home on Thursday.")
START = "The blaze began at around 4:30 p.m. near a campground along Highway 89."
CONTAINMENT = "Firefighters had reached 15 percent containment on Thursday, up from 5 percent a day earlier."


def kinds(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {s.text: (s.kind, s.reason) for s in split_sentences("\n\n".join(paragraphs))}


def test_the_lead_and_the_victims_of_a_four_paragraph_brief_are_story():
    result = kinds(LEAD, VICTIMS, START, CONTAINMENT)
    for paragraph in (LEAD, VICTIMS, START, CONTAINMENT):
        assert result[paragraph] == ("body", ""), paragraph


def test_a_teaser_under_a_related_heading_after_a_brief_is_still_furniture():
    teaser = ("Manchester United beat Arsenal 3-1 at Old Trafford on Sunday, with Marcus Rashford scoring "
              "twice as Erik ten Hag's side climbed to fourth in the Premier League table.")
    result = kinds(LEAD, VICTIMS, START, CONTAINMENT, "Related articles", teaser)
    assert result[teaser][0] == "boilerplate"
    assert result[LEAD] == ("body", "")
