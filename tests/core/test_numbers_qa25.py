"""CLI QA pass 25 (six new pairs: a tiger escape, a ship aground, an exam scandal, a boil-water advisory, a
cycling crash, a data-breach fine): the number reader and the ledger.

Each test fails on the code before the mend: a rank told with two superlatives of one sense ("third-largest" /
"second-biggest"); a figure after a noun against the ordinal before it ("stage seven" / "the sixth stage");
"N other riders, including X" against "X and N-1 other riders"; a share "of" a unit ("a quarter of a mile");
the clock times of the start and the end of a mishap ("ran aground at 02:15" / "was refloated at 9.30pm")."""

from __future__ import annotations

from ledger_rows import ledger_with_texts, story_link

from reader.core.numbers import find_numbers


def _read(text: str) -> list[tuple[str, str, object, str]]:
    return [(m.surface, m.kind, m.value, m.unit) for m in find_numbers(text)]


# D12: "largest" and "biggest" rank on one scale.
FINE_A = "The penalty is the third-largest the regulator has issued under the UK GDPR."
FINE_B = "It is the second-biggest fine issued by the ICO under the UK's version of the GDPR."


def test_ranks_told_with_two_superlatives_of_one_sense_conflict():
    assert ledger_with_texts(FINE_A, FINE_B)["conflict"] == [("third", "second")]
    link = story_link(FINE_A, FINE_B)
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("third", "second")]


def test_ranks_told_as_tallest_and_highest_are_one_scale():
    found = ledger_with_texts("It is the world's third-tallest building.",
                              "At 828 metres it is the world's second-highest building.")
    assert found["conflict"] == [("third", "second")]
    found = ledger_with_texts("It is the world's second-tallest building.",
                              "At 828 metres it is the world's second-highest building.")
    assert ("second", "second") in found["agree"] and not found["conflict"]


def test_ranks_on_two_scales_stay_apart():
    found = ledger_with_texts("It was the third-busiest airport in Europe.",
                              "It was the second-largest airport in Europe.")
    assert not found["conflict"] and found["only_a"] == ["third"] and found["only_b"] == ["second"]


# D13: a figure right after a noun names the one of that rank.
def test_a_figure_after_a_noun_disputes_the_ordinal_before_it():
    found = ledger_with_texts("Van Acker was hurt on stage seven of the race.",
                              "Van Acker was hurt on the sixth stage of the race.")
    assert found["conflict"] == [("seven", "sixth")]
    link = story_link("Van Acker was hurt on stage seven of the Critérium du Dauphiné.",
                      "Van Acker was hurt on the sixth stage of the Critérium du Dauphiné.")
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("seven", "sixth")]


def test_a_figure_after_a_noun_agrees_with_the_same_ordinal():
    assert ledger_with_texts("The crash happened on Stage 6 of the Tour.",
                             "The crash happened on the sixth stage of the Tour.")["agree"] == [("6", "sixth")]
    assert ledger_with_texts("He crashed out on lap 5 of the race.",
                             "He crashed out on the fourth lap of the race.")["conflict"] == [("5", "fourth")]
    assert ledger_with_texts("The Celtics won Game 7 on Sunday.",
                             "The Celtics won the seventh game on Sunday.")["agree"][0] == ("Game 7", "seventh")


def test_a_count_of_the_noun_is_no_rank():
    found = ledger_with_texts("Van Acker has won seven stages of the race.",
                              "Van Acker was hurt on the sixth stage of the race.")
    assert not found["conflict"] and found["only_a"] == ["seven"]
    found = ledger_with_texts("Van Acker was hurt on stage seven of the race.",
                              "Van Acker was hurt on the sixth day of the race.")
    assert not found["conflict"]  # a stage and a day are two scales


# D15: "N other riders, including X" counts X among them; "X and N-1 other riders" beside them.
RIDERS_A = "Three other riders abandoned the race, including Dutch climber Sem de Graaf."
RIDERS_B = "Dutch climber Sem de Graaf and two other riders pulled out of the race."


def test_others_including_the_one_named_agree_with_the_one_and_the_rest():
    found = ledger_with_texts(RIDERS_A, RIDERS_B)
    assert found["agree"] == [("Three", "two")] and not found["conflict"]
    link = story_link(RIDERS_A, RIDERS_B)
    assert not link.numbers.conflict


def test_others_told_the_same_way_still_conflict():
    found = ledger_with_texts("Three other riders abandoned the race.",
                              "Dutch climber Sem de Graaf and two other riders pulled out of the race.")
    assert found["conflict"] == [("Three", "two")]
    # the one included is someone else than the one named beside the others
    found = ledger_with_texts("Three other riders abandoned the race, including Belgian sprinter Tom Peeters.",
                              RIDERS_B)
    assert found["conflict"] == [("Three", "two")]
    # four including de Graaf is no de Graaf and two others
    found = ledger_with_texts(RIDERS_A.replace("Three", "Four"), RIDERS_B)
    assert found["conflict"] == [("Four", "two")]


# D16: a share "of" a unit is a length, as "half a mile" is.
def test_a_share_of_a_unit_told_with_of_is_a_length():
    assert _read("He wandered about a quarter of a mile from his enclosure.")[0][:2] == (
        "a quarter of a mile", "length")
    assert _read("The tailback stretched for three-quarters of a mile.")[0][:2] == (
        "three-quarters of a mile", "length")
    found = ledger_with_texts("He wandered about 400 metres from his enclosure.",
                              "He wandered about a quarter of a mile from his enclosure.")
    assert found["agree"] == [("about 400 metres", "about a quarter of a mile")]
    found = ledger_with_texts("The tailback stretched for 800 metres.",
                              "The tailback stretched for three-quarters of a mile.")
    assert found["conflict"] == [("800 metres", "three-quarters of a mile")]


def test_a_share_of_something_else_is_no_length():
    assert _read("A quarter of a million people live there.")[0][1] == "count"
    assert [kind for _, kind, _, _ in _read("He ran a quarter of the mile before he fell.")] != ["length"]


# D7: the start and the end of a mishap, each told by its own verb, are two moments.
AGROUND_A = ("The vessel ran aground at 02:15 local time (23:15 GMT on Sunday) near the Kandilli point, the Turkish "
             "coastguard said.")


def test_the_time_of_a_grounding_and_of_the_refloating_are_two_moments():
    found = ledger_with_texts(AGROUND_A, "The vessel was finally refloated at 9.30pm local time.")
    assert not found["conflict"]
    found = ledger_with_texts("The tiger escaped at 7.40am, the park said.",
                              "The tiger was recaptured at 10.15am, the park said.")
    assert not found["conflict"]


def test_two_times_of_one_grounding_still_meet():
    found = ledger_with_texts(AGROUND_A, "A cargo ship ran aground in the Bosphorus shortly after 3.15am on Monday.")
    assert ("02:15", "shortly after 3.15am") in found["conflict"]
    found = ledger_with_texts("The vessel ran aground at 02:15 local time.",
                              "The ship struck the bank at 3.15am local time.")
    assert found["conflict"] == [("02:15", "3.15am")]
    found = ledger_with_texts("The tiger got out of his enclosure at about 7.40am.",
                              "The tiger escaped around 8.10am, the park said.")
    assert found["conflict"] == [("about 7.40am", "around 8.10am")]
