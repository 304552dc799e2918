"""Claims turned round by a verb's particle ("switched on" / "switched off"), by a state kept with
another verb ("was closed" / "stayed open"), or by a phrase that negates the verb after it ("failed to
inform" / "informed", "has yet to complete" / "has already completed"): the link is related and the
report says so.  "on" and "off" as prepositions ("on Monday", "off the coast") turn nothing round.  And
a changed name that opens its sentence is told as names differ."""

from __future__ import annotations

import pytest

from report_lines import aligned_block, called_out, report_of, report_of_sentences


@pytest.mark.parametrize("a, b, line", [
    ("The report found that the de-icing system had been switched on before the descent began.",
     "The report found that the de-icing system had been switched off before the descent began.",
     'says the opposite: "on" (A) vs "off" (B)'),
    ("Investigators said the cockpit warning lights were off when the crew began the approach.",
     "Investigators said the cockpit warning lights were on when the crew began the approach.",
     'says the opposite: "off" (A) vs "on" (B)'),
    ("The port of Paradip was closed to shipping on Tuesday and Wednesday, officials said.",
     "The port of Paradip stayed open to shipping on Tuesday and Wednesday, officials said.",
     'says the opposite: "was closed" (A) vs "stayed open" (B)'),
    ("The border crossing at Rafah remained shut to aid lorries throughout the weekend.",
     "The border crossing at Rafah was open to aid lorries throughout the weekend.",
     'says the opposite: "remained shut" (A) vs "was open" (B)'),
    ("In a statement, the regulator said the carmaker had failed to inform it promptly after the first injury reports.",
     "In a statement, the regulator said the carmaker had informed it promptly after the first injury reports.",
     'negated only in A: "failed to"'),
    ("The club said the defender fails to meet the fitness standard set by the medical staff.",
     "The club said the defender meets the fitness standard set by the medical staff.",
     'negated only in A: "fails to"'),
    ("Aranha has already completed his medical, the club said.",
     "Aranha has yet to complete his medical, the club said.",
     'negated only in B: "yet to"'),
])
def test_a_claim_turned_round_by_a_particle_a_state_or_a_negating_phrase_is_related_and_said(a, b, line):
    block = aligned_block(report_of_sentences(a, b))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert line in block


@pytest.mark.parametrize("a, b", [
    ("The trawler sank on the coast of Cornwall after its engine failed in heavy seas.",
     "The trawler sank off the coast of Cornwall after its engine failed in heavy seas."),
    ("The minister will meet the union leaders on Monday to discuss the pay offer.",
     "The minister will meet the union leaders off Monday to discuss the pay offer."),
    ("Two crew members were rescued on 5 March after the ferry ran aground.",
     "Two crew members were rescued off 5 March after the ferry ran aground."),
])
def test_on_and_off_as_prepositions_say_no_opposite(a, b):
    block = aligned_block(report_of_sentences(a, b))
    assert not any(line.startswith("says the opposite") for line in block)


@pytest.mark.parametrize("a, b", [
    ("The council said the contractor failed to finish the bypass on time and was fined.",
     "The council said the contractor did not finish the bypass on time and was fined."),
    ("The minister has yet to respond to the letter from the families, her office said.",
     "The minister has not yet responded to the letter from the families, her office said."),
])
def test_a_negating_phrase_against_another_negation_is_one_claim(a, b):
    block = aligned_block(report_of_sentences(a, b))
    assert not any(line.startswith("negated only") for line in block)


@pytest.mark.parametrize("a, b, line", [
    ("Mohanty said the storm weakened into a severe cyclonic storm by Wednesday morning as it moved inland.",
     "Mohanti said the storm weakened into a severe cyclonic storm by Wednesday morning as it moved inland.",
     'names differ: "Mohanty" (A) vs "Mohanti" (B)'),
    ("Quiroga told investigators the crew had followed the checklist before the descent.",
     "Quiroz told investigators the crew had followed the checklist before the descent.",
     'names differ: "Quiroga" (A) vs "Quiroz" (B)'),
])
def test_a_respelled_name_that_opens_its_sentence_is_told(a, b, line):
    assert line in called_out(report_of_sentences(a, b), "names differ")


def test_a_name_that_opens_its_sentence_put_for_another_name_of_the_story_is_told():
    a = ("Report\n\nThe health minister, Claire Hale, met the hospital chiefs on Monday.\n\n"
         "Hale said the target of 18 weeks would be met by the spring.\n")
    b = ("Report\n\nThe health minister met Daniel Okafor, the hospital chief, on Monday.\n\n"
         "Okafor said the target of 18 weeks would be met by the spring.\n")
    assert 'names differ: "Hale" (A) vs "Okafor" (B)' in called_out(report_of(a, b), "names differ")


@pytest.mark.parametrize("a, b", [
    ("Officials said the storm weakened into a severe cyclonic storm by Wednesday morning.",
     "Official said the storm weakened into a severe cyclonic storm by Wednesday morning."),
    ("Police said the storm weakened into a severe cyclonic storm by Wednesday morning.",
     "Officers said the storm weakened into a severe cyclonic storm by Wednesday morning."),
    ("Forecasters said the storm weakened into a severe cyclonic storm by Wednesday morning, forecasters added.",
     "Forecaster said the storm weakened into a severe cyclonic storm by Wednesday morning, forecasters added."),
])
def test_a_plain_word_that_opens_its_sentence_is_no_name(a, b):
    assert not called_out(report_of_sentences(a, b), "names differ")
