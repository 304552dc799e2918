"""From review 23: a story's sentence that opens like a service line or a contributor note stays story: "For
more details, see the council's statement released on Tuesday night, which sets out ..." carries news, and
"Lismore Mayor Steve Krieg contributed from Sydney." names an official, not a newsroom's writers.  The service
line and the contributor note themselves are still furniture."""

from __future__ import annotations

from reader.core.sentences import split_sentences

PAGE = """Flood crisis deepens across region

By Jane Doe

Evacuation orders were extended on Tuesday as the river kept rising past the town levee.

For more details, see the council's statement released on Tuesday night, which sets out the evacuation zones.

Lismore Mayor Steve Krieg contributed from Sydney.

For more flood information, visit the SES website or call 132 500.

Jill Lawless and Danica Kirka contributed from London.
"""


def kinds() -> dict[str, str]:
    return {s.text: s.kind for s in split_sentences(PAGE)}


def test_a_service_line_that_carries_news_stays_story():
    assert kinds()["For more details, see the council's statement released on Tuesday night, which sets out the "
                   "evacuation zones."] == "body"


def test_an_official_who_contributed_stays_story():
    assert kinds()["Lismore Mayor Steve Krieg contributed from Sydney."] == "body"


def test_the_service_line_and_the_contributor_note_are_still_furniture():
    found = kinds()
    assert found["For more flood information, visit the SES website or call 132 500."] == "boilerplate"
    assert found["Jill Lawless and Danica Kirka contributed from London."] == "boilerplate"
