"""After a country's or a body's dotted initials ("the U.S.", "the U.K.", "the U.N.", "the E.U."),
a capitalised word opens a new sentence when it names nothing (a word that opens clauses: "Last
year ...", "Under the deal ..."; a common noun the story writes in lower case elsewhere: "... the
U.S. Officials said ...", where the story says "officials"), or when it is the subject of a verb
or a possessive ("... flew to the U.S. Biden said ...", "... at the U.N. Ukraine's minister ...").
Other capitalised words go on with the initials ("the U.S. Steel plant"), and so do the bodies the
initials name, speaking or not ("the U.S. Chamber said", "the U.S. Navy said")."""

from __future__ import annotations

import pytest

from reader.core.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("The talks were held in the U.S. Officials said they would resume in May. Other officials disagreed.",
     ["The talks were held in the U.S.", "Officials said they would resume in May.", "Other officials disagreed."]),
    ("He flew back to the U.K. Negotiators met again in Geneva on Friday. The negotiators were tired.",
     ["He flew back to the U.K.", "Negotiators met again in Geneva on Friday.", "The negotiators were tired."]),
    ("European diplomats were upbeat. The draft was sent to the U.N. Diplomats said progress was slow.",
     ["European diplomats were upbeat.", "The draft was sent to the U.N.", "Diplomats said progress was slow."]),
    ("She moved to the U.S. Last year she won a place at Yale.",
     ["She moved to the U.S.", "Last year she won a place at Yale."]),
    ("The shipment reached the U.S. Under the deal, tariffs fall to zero.",
     ["The shipment reached the U.S.", "Under the deal, tariffs fall to zero."]),
    # A name as the next sentence's subject: the story never writes it in lower case.
    ("The sanctions were imposed by the U.S. Russia has denied any wrongdoing.",
     ["The sanctions were imposed by the U.S.", "Russia has denied any wrongdoing."]),
    ("Netanyahu later flew to the U.S. Biden said the talks had been useful.",
     ["Netanyahu later flew to the U.S.", "Biden said the talks had been useful."]),
    ("She was born in the U.K. Smith moved to Canada at the age of 12.",
     ["She was born in the U.K.", "Smith moved to Canada at the age of 12."]),
    ("Exports fell after the quotas were lifted by the E.U. Brussels said it regretted the move.",
     ["Exports fell after the quotas were lifted by the E.U.", "Brussels said it regretted the move."]),
    ("Exports to the U.S. Analysts expect them to fall further next year.",
     ["Exports to the U.S.", "Analysts expect them to fall further next year."]),
    ("Delegates met at the U.N. Ukraine's foreign minister said the vote was historic.",
     ["Delegates met at the U.N.", "Ukraine's foreign minister said the vote was historic."]),
])
def test_the_initials_end_a_sentence_before_a_new_clause(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "Workers gathered outside the U.S. Steel plant in Gary on Monday.",
    "Data from the U.K. Biobank study was used by the researchers.",
    "In a letter the U.S. Chamber said the rules would cost jobs.",
    "The U.S. Marshals said the fugitive was caught in Texas.",
    "Aid was flown in by the U.N. Refugee agency on Tuesday.",
    "The U.S. Navy said it had tracked the ship for two days.",
    "The U.S. Embassy said it was monitoring events closely.",
    "The U.N. Children's Fund said ten children had died.",
    "A report by the U.S. Army's inspector general was released.",
    "The U.S. Geological Survey said the quake struck at 2am.",
    "A spokesman for the U.S. Trade Representative said talks would continue.",
    # An agency's initials after the country's (a review found these split by the verb rule).
    "Officials said the U.S. FBI has arrested a suspect.",
    "Last week the U.S. FDA approved the drug for children.",
    "He said the U.K. CMA blocked the deal on Wednesday.",
    "Critics said the U.S. EPA's new rule was too weak.",
    "Critics said the U.S. Pentagon's budget was too large.",
    "The bill passed the U.S. Senate on Tuesday by 51 votes to 49.",
    "Critics said it was the U.K. Government that had delayed the inquiry.",
])
def test_a_word_the_story_only_capitalises_stays_with_the_initials(text):
    assert texts(text) == [text]


def test_the_lower_case_word_is_looked_for_near_the_initials_only():
    far = "The steel was cheap. " + "Nothing happened that week. " * 500
    text = far + "Workers gathered outside the U.S. Steel plant in Gary on Monday."
    assert texts(text)[-1] == "Workers gathered outside the U.S. Steel plant in Gary on Monday."
