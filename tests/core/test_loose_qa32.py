"""Loose figures, from QA passes 32 and 33: what a duration, a sum or an age is of, when no noun of its own
says, and the clock time of two sentences a loose figure ties (loose_figures.py)."""

from reader.core.compare import compare
from reader.core.model import Document


def _loose(text_a: str, text_b: str) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", text_a, "a"), Document("b", "b", text_b, "b"))
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


AVALANCHE_A = """Avalanche at Obertal

Rescuers searched for six hours before calling off the operation at nightfall.

Three helicopters and more than 200 rescuers, some with avalanche dogs, took part in the operation.

Temperatures on the mountain were around 23 degrees Fahrenheit on Tuesday morning."""

AVALANCHE_B = """Avalanche at Obertal

The search for survivors lasted nine hours and was stood down after dark.

Three helicopters and over 200 rescue workers were sent to the scene.

It was minus 5C on the mountain when the snow gave way."""


def test_what_lasted_is_named_before_the_verb_of_lasting():
    assert _loose(AVALANCHE_A, AVALANCHE_B) == [("six hours", "nine hours")]


LANDER_A = """Lander touches down

The 19-minute powered descent began from an altitude of 30 km.

The increase, the first since fees were frozen at £9,250 in 2017, is expected to raise about £390m a year for universities.

The spacecraft travelled about 384,000 km to reach lunar orbit."""

LANDER_B = """Lander touches down

The 15-minute descent was watched live by millions of people on television and online.

The Department for Education estimates the increase will bring in around £370 million a year.

The spacecraft had covered some 238,600 miles to reach the moon."""


def test_a_duration_written_before_its_noun_is_of_that_noun_past_an_adjective():
    assert ("19-minute", "15-minute") in _loose(LANDER_A, LANDER_B)


def test_a_sum_taken_in_each_year_is_one_sum_and_a_year_in_an_aside_dates_another_figure():
    assert ("£390m", "£370 million") in _loose(LANDER_A, LANDER_B)


def test_a_change_by_a_sum_a_year_is_not_the_takings():
    fee_a = LANDER_A.replace("is expected to raise about £390m a year for universities",
                             "will raise the annual fee by about £390 a year for students")
    fee_b = LANDER_B.replace("£370 million", "£370")
    assert ("£390", "£370") not in _loose(fee_a, fee_b)


SEIZURE_A = """Pangolin seizure

Customs officials at the Port of Durban have seized 3.2 tonnes of pangolin scales and 18 rhino horns hidden in two 40-foot shipping containers, the SA Revenue Service (Sars) said on Tuesday.

The contraband has an estimated street value of R85 million.

The containers had been declared as frozen fish."""

SEIZURE_B = """Pangolin seizure

Johannesburg (AFP) - South African customs officers have seized 2.3 tonnes of pangolin scales and eighteen rhino horns at the port of Durban, the revenue service said Tuesday.

The haul, found in a single 40ft container, was worth some R58 million ($3.2 million), officials said.

The container had been declared as frozen fish, according to SARS."""


def test_the_value_of_what_was_seized_told_as_value_and_as_worth_with_its_conversion():
    assert _loose(SEIZURE_A, SEIZURE_B) == [("R85 million", "R58 million ($3.2 million)")]


HOSTAGES_A = """Aid workers freed in Niger

The three, who worked for the Winnipeg-based charity HopeBridge International, were seized on Dec. 7 by eight gunmen who stormed their compound near the town of Ayorou.

The New Zealander, Aroha Walsh, is 41.

They were freed Friday night and flown 1,100 kilometres to Niamey on a Nigerien military aircraft, which landed at 6 p.m. local time.

The Canadians were identified as Claire Fortin, a 29-year-old nurse from Sherbrooke, Que., and Daniel Okafor, 52, a water engineer from Winnipeg."""

HOSTAGES_B = """Aid worker freed in Niger

Aroha Walsh, 45, from Whanganui, was abducted on 30 November when a dozen gunmen on motorbikes raided the aid group's base outside Ayorou.

The three hostages were released late on Friday and flown some 680 miles to the capital, landing at 18:00.

The other two freed were Canadians: a 29-year-old nurse, Claire Fortin, and engineer Daniel Okafor."""


def test_an_age_told_after_a_full_name_and_is_is_that_persons():
    assert ("41", "45") in _loose(HOSTAGES_A, HOSTAGES_B)


def test_a_count_after_a_name_and_is_that_counts_something_is_no_age():
    points_a = HOSTAGES_A.replace("The New Zealander, Aroha Walsh, is 41.", "The team of Aroha Walsh is 41 points clear.")
    assert [pair for pair in _loose(points_a, HOSTAGES_B) if pair[1] == "45"] == []


BANK_A = """Man holds hostages at Denver bank

The suspect, 29, walked out of the front door and surrendered at 3:05 p.m.

A man who tried to rob a Denver bank on Tuesday held seven people hostage inside the branch during a standoff that lasted nearly five hours before he surrendered, police said.

Officers recovered $48,000 in cash from a backpack the man was carrying."""

BANK_B = """Hostages freed after standoff at bank

He came out with his hands raised at 3:05 in the afternoon, ending the three-hour standoff.

A 31-year-old Aurora man held seven hostages inside a FirstBank branch on Tuesday before giving himself up to SWAT officers, Denver police said.

Police found $48,000 in a backpack the suspect was carrying."""


def test_the_hedge_of_a_duration_does_not_crowd_out_what_lasted_and_one_age_each_is_one_persons():
    assert _loose(BANK_A, BANK_B) == [("29", "31-year-old"), ("five hours", "three-hour")]


SHARK_A = """Surfer injured in shark attack

A 34-year-old surfer is in a critical condition after being bitten by a shark at Lighthouse Beach on Sunday morning.

The man was attacked at about 7.15am while surfing about 50 metres from shore, NSW Police said.

It was the second shark bite in NSW this year, after a bodyboarder was bitten at Crowdy Head on 3 January.

DPI figures show shark sightings on the Mid North Coast have risen 30 per cent this summer.

In 2020, a 60-year-old man was killed by a shark at Tweed Heads."""

SHARK_B = """Surfer injured in shark attack

The 43-year-old man was surfing roughly 150m offshore when he was bitten at 8am on Sunday, police said.

It is the second shark bite in the state this year, after a bodyboarder was bitten at Crowdy Head on January 3.

Sightings off the mid-north coast are up 30% on last summer, according to the DPI.

A 57-year-old surfer died after an attack at Tuncurry in 2022."""


def test_the_one_age_of_the_storys_own_time_and_the_one_clock_time_of_sentences_a_figure_ties():
    assert _loose(SHARK_A, SHARK_B) == [("34-year-old", "43-year-old"), ("7.15am", "8am"), ("50 metres", "150m")]


def test_a_clock_time_of_a_later_deed_is_not_the_tied_sentences_moment():
    later_b = SHARK_B.replace("when he was bitten at 8am on Sunday", "and will be flown to Sydney at 8am on Sunday")
    assert ("7.15am", "8am") not in _loose(SHARK_A, later_b)


STABBING_A = """Man stabbed in Leeds

A 34-year-old man was stabbed outside a nightclub in the early hours of Saturday, police said.

Officers were called at 2.10am."""

STABBING_B = """Man stabbed in Leeds

A 19-year-old man has been arrested on suspicion of attempted murder, police said.

Officers were called to the scene at 2.10am."""


def test_ages_of_a_man_harmed_and_a_man_held_are_two_peoples():
    assert _loose(STABBING_A, STABBING_B) == []


def test_two_ages_that_may_each_be_the_others_person_tell_nothing():
    two_a = STABBING_A.replace("Officers were called at 2.10am.", "A 52-year-old man was also hurt. Officers were called at 2.10am.")
    harmed_b = STABBING_B.replace("has been arrested on suspicion of attempted murder", "was taken to hospital")
    assert [pair for pair in _loose(two_a, harmed_b) if "year-old" in pair[0]] == []
