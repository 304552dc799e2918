"""CLI QA pass 24 (six new pairs: a quake, layoffs, a planning ruling, a rocket, a mountain rescue, an
election): the number reader and the ledger.

Each test fails on the code before the mend: a noun written hyphenated or closed ("call-out" / "callout"); a
seat count told as a part of the house beside a margin of seats; a results day in a tag ("according to final
results published on Monday"); "X votes against Y" as a tally; "about half" against "roughly 60 percent"; an
age in years against a span of centuries; "a trio of"; a count per a period against a plain count."""

from __future__ import annotations

from ledger_rows import ledger, ledger_with_texts, story_link

from reader.core.numbers import find_numbers


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.unit) for m in find_numbers(text)]


# D9: "callout" / "call-out": one noun, so the ordinals of it are set against each other.
def test_an_ordinal_of_a_hyphenated_noun_meets_the_closed_form():
    link = story_link("It was the team's 41st callout of the year.",
                      "It was the team's 14th call-out this year, a spokesperson said.")
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("41st", "14th")]


def test_counts_of_a_noun_written_both_ways_are_one_noun():
    assert _units("Officers sent 41 e-mails to staff.") == [("41", "email")]
    assert _units("Officers sent 14 emails to staff.") == [("14", "email")]
    assert _units("It was the third lock-down, and the 3rd lock-down of the year.")[-1] == ("3rd", "lockdown")
    assert ledger("The firm announced 1,200 lay-offs.", "The firm announced 1,400 layoffs.")["conflict"] == [
        ("1,200", "1,400")]


def test_a_modifier_joined_by_a_hyphen_is_not_closed_up():
    assert _units("About 300 ex-soldiers joined the protest.") == [("300", "soldier")]
    assert _units("The shop sold 300 coffee-makers.") == [("300", "maker")]


# D10: the looser wording adds "four seats short of a majority": the part "28 of the 65 seats" counts seats,
# so setting it against "29 seats" is no guess between two counts of seats.
SEATS_A = ("The centre-right Civic Union won 28 of the 65 seats in Valmora's parliament in Sunday's election, "
           "according to final results published on Monday.")
SEATS_B = ("Civic Union took 29 seats in the 65-member assembly, the electoral commission said on Monday, leaving "
           "it four seats short of a majority.")


def test_a_part_of_the_seats_meets_a_count_of_seats_beside_a_margin_of_seats():
    found = ledger_with_texts(SEATS_A, SEATS_B)
    assert ("28", "29") in found["conflict"] and ("65", "65") in found["agree"]
    assert found["only_b"] == ["four"]


def test_the_day_results_were_published_in_a_tag_is_the_day_of_a_statement():
    assert ("Monday", "Monday") in ledger_with_texts(SEATS_A, SEATS_B)["agree"]
    assert [m.role for m in find_numbers("The report was published on Monday.")] == [""]


def test_a_count_of_no_noun_is_still_no_guess_between_two_counts_of_votes():
    found = ledger("Daniel Cheung (Labour) 17,072", "Cheung took 18,904 votes, beating him by 1,283 votes.")
    assert found["conflict"] == []


# D11: "by 4,118 votes against 3,906" is the tally "by 4,118 votes to 3,906" is.
def test_votes_against_is_a_tally_as_votes_to_is():
    found = ledger("Petrić won the Brela seat by 4,118 votes to 3,906.",
                   "Petrić won the Brela seat by 4,118 votes against 3,906.")
    assert found["agree"] == [("4,118", "4,118"), ("3,906", "3,906")] and found["conflict"] == []


def test_a_changed_side_of_a_tally_against_conflicts():
    found = ledger("Petrić won the Brela seat by 4,118 votes to 3,906.",
                   "Petrić won the Brela seat by 4,118 votes against 3,609.")
    assert found["conflict"] == [("3,906", "3,609")]


# D13: "about half" and "roughly 60 percent" of the buildings: each clear of the other's hedge.
def test_about_half_disputes_roughly_sixty_percent():
    found = ledger_with_texts("The town was among the worst hit, with about half of its buildings reported damaged.",
                              "Roughly 60 percent of buildings in the town suffered damage, its mayor said.")
    assert found["conflict"] == [("about half", "roughly 60 percent")]


def test_about_half_agrees_with_about_fifty_two_percent():
    assert ledger("About half of the buildings were damaged.", "About 52 percent of buildings were damaged.")[
        "agree"] == [("about half", "about 52 percent")]
    assert ledger("Half of the buildings were damaged.", "About 52 percent of buildings were damaged.")[
        "agree"] == [("Half", "about 52 percent")]
    assert ledger("About half of the buildings were damaged.", "52 percent of buildings were damaged.")[
        "agree"] == [("about half", "52 percent")]


def test_about_a_third_and_a_share_nearer_a_third_than_a_half_are_no_dispute():
    for share in ("About 30 percent", "About 40 percent"):
        assert ledger("Roughly a third of the homes were empty.", f"{share} of homes were empty.")["conflict"] == []


# D16: an age in years and a span of centuries; "a trio of".
def test_an_age_in_years_meets_a_span_of_centuries():
    found = ledger_with_texts("The site borders an area of ancient woodland thought to be more than 400 years old.",
                              "The site lies next to woodland dating back at least four centuries.")
    assert found["agree"] == [("more than 400 years old", "at least four centuries")]


def test_an_age_and_a_span_never_conflict_and_a_persons_age_is_no_span():
    assert ledger("The bridge is 120 years old.", "The bridge has stood for 150 years.")["conflict"] == []
    assert ledger("The 40-year-old man was jailed.", "The man was jailed for 40 years.")["agree"] == []


def test_a_trio_of_hillwalkers_is_three():
    found = ledger("Three walkers have been rescued from the Cairngorms after a night stranded on the mountain.",
                   "A trio of hillwalkers has been brought to safety after a freezing night in the Cairngorms.")
    assert found["agree"] == [("Three", "A trio of")]
    assert ledger("Four hillwalkers were rescued.", "A trio of hillwalkers was rescued.")["conflict"] == [
        ("Four", "A trio of")]
    assert [(m.value, m.unit) for m in find_numbers("A quartet of students won.")] == [(4, "student")]


def test_a_pair_of_stays_a_word_count_and_a_pair_of_scissors_none():
    assert find_numbers("He bought a pair of scissors.") == []
    assert ledger("A pair of climbers was rescued.", "Two walkers were rescued.")["agree"] == []


# D4: "1,100 new homes a year" is a rate of building; "a scheme of 300 homes last year" one scheme.
def test_a_count_per_a_period_does_not_conflict_with_a_plain_count():
    found = ledger_with_texts("The district has been told to plan for about 1,100 new homes a year.",
                              "Neighbouring Wokingham approved a similar scheme of 300 homes last year.")
    assert found["conflict"] == [] and found["agree"] == []


def test_two_counts_per_periods_still_compare():
    assert ledger_with_texts("The district must plan for about 1,100 new homes a year.",
                             "The district must plan for about 900 new homes a year.")["conflict"] == [
        ("about 1,100", "about 900")]
    assert ledger_with_texts("The district must plan for about 1,100 new homes a year.",
                             "The district must plan for 300 homes a month.")["conflict"] == [("about 1,100", "300")]


def test_money_per_a_period_still_meets_money_per_none():
    assert ledger_with_texts("She earns £30,000 a year.", "Her salary is £35,000.")["conflict"] == [
        ("£30,000", "£35,000")]
