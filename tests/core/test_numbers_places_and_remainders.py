"""How find_numbers reads a figure by the words around it: a place's tally after "from" or "in" (no age),
what a body still holds (no size of it), a time someone other than a vehicle left (no departure), and a
long sentence of figures read in one pass."""

import pytest
from ledger_rows import both_ways, mention, probe

from reader.core.numbers import DEPARTURE_TIME, GROUP_SIZE, REMAINDER, find_numbers

# --- a name after "from" or "in" is a place, and its figure a count ------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Of the 150 dead, most were from Sri Lanka (92), the ministry said.", "92"),
    ("Most of the victims came from South Korea (30), officials said.", "30"),
    ("The largest group of victims came from New Zealand, 40.", "40"),
    ("The tourists killed were mostly from South Korea, 12.", "12"),
    ("The victims came from Sierra Leone, 40, police said.", "40"),
    ("Most arrivals came from Papua New Guinea (40), officials said.", "40"),
    ("Hamas freed hostages held in Gaza, 40, officials said.", "40"),
])
def test_a_figure_after_a_place_named_after_from_or_in_is_a_count(text, surface):
    assert mention(text, surface).kind == "count"


@pytest.mark.parametrize("text, surface", [
    ("Anna Ross, 19, was injured.", "19"),
    ("A man from Leeds, John Smith, 34, was arrested.", "34"),
    ("Among those killed in the attack was Anna Ross, 19.", "19"),
    ("The victims included Hong Mei (8) and her mother.", "8"),
    ("Police named the victim as Costa Pappas, 61.", "61"),
    # "from" leads to a place after a verb of origin only ("came from", "were mostly from").
    ("The tube was removed Wednesday from Terri Schiavo, 39, at the hospice.", "39"),
])
def test_a_persons_age_is_still_an_age(text, surface):
    assert mention(text, surface).kind == "age"


def test_a_countrys_tally_is_disputed_by_the_other_reports_count():
    link = probe("Most of the victims came from South Korea (30), the coast guard said.",
                 "Thirty-one of the victims came from South Korea, the coast guard said.")
    assert link is not None and [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("30", "Thirty-one")]


# --- what a body still holds is what is left of it, not its size -------------------------------------------

@pytest.mark.parametrize("text", [
    "Hamas has 35 hostages left in Gaza.",
    "Hamas is believed to have 35 hostages.",
    "Hamas now holds 35 hostages.",
    "Hamas still has 35 hostages.",
    "There are still 35 hostages in Gaza.",
    "The group is thought to be holding 35 hostages.",
    "With 35 hostages remaining, talks resumed.",
])
def test_a_count_of_what_is_left_is_a_remainder(text):
    assert mention(text, "35").role == REMAINDER


@pytest.mark.parametrize("text, surface, role", [
    ("The committee has 11 members.", "11", GROUP_SIZE),
    ("The bus carried 28 passengers.", "28", GROUP_SIZE),
    ("A coach with 28 passengers left the depot.", "28", ""),
    ("35 passengers left the ship.", "35", ""),
])
def test_a_size_or_a_leaving_is_no_remainder(text, surface, role):
    assert mention(text, surface).role == role


@pytest.mark.parametrize("b", [
    "Hamas has 35 hostages left in Gaza.",
    "Hamas is believed to have 35 hostages.",
])
def test_the_size_of_a_body_never_disputes_what_is_left_of_it(b):
    found = both_ways("Five of the 40 hostages were released on Sunday.", b)
    assert all("40" not in pair for pair in found["conflict"])
    assert "40" in found["only_a"]


def test_two_counts_of_what_is_left_still_meet():
    assert both_ways("Hamas still has 35 hostages.", "Hamas is believed to have 30 hostages.")["conflict"] == [
        ("35", "30")]


# --- a departure is a vehicle leaving, not a person nor a group of people -----------------------------------

SERVICE = "The 07:05 service from Ardmore derailed just outside the station."


@pytest.mark.parametrize("b", [
    "Transport Secretary Louise Haigh left the station at 11:30 after visiting the crash site.",
    "Mr Haigh left Ardmore at 11:30 after visiting the crash site.",
    "Rescue teams left the station at 11:30.",
    "A convoy of officials left the station at 11:30.",
])
def test_someone_leaving_the_station_does_not_dispute_the_services_time(b):
    assert both_ways(SERVICE, b)["conflict"] == []
    assert mention(b, "11:30").role != DEPARTURE_TIME


@pytest.mark.parametrize("text, surface", [
    ("The train left the station at 07:05.", "07:05"),
    ("It left the station at 07:15.", "07:15"),
    ("The vessel had left Santo Reyes at 1am on Saturday.", "1am"),
    ("The ferry, carrying 312 passengers and crew, left Batangas port at 1am on Saturday.", "1am"),
    ("The ferry from the island left the port at 07:15.", "07:15"),
    ("The ferry turned back and left the port at 07:15.", "07:15"),
])
def test_a_vehicle_leaving_is_a_departure(text, surface):
    assert mention(text, surface).role == DEPARTURE_TIME


def test_the_service_meets_the_time_its_train_left():
    assert both_ways(SERVICE, "The train left the station at 07:05.")["agree"] == [("07:05", "07:05")]


# --- a long sentence of figures with a duration in it ----------------------------------------------------------

LIST_OF_COUNTS = ", ".join(str(n) for n in range(100, 2100))


def test_respectively_far_ahead_still_keeps_two_figures_apart():
    found = find_numbers(f"They were jailed for 2 years, 6 months and {LIST_OF_COUNTS} months respectively.")
    assert [m.surface for m in found[:2]] == ["2 years", "6 months"]
    assert len(found) == 2 + 2000


def test_respectively_past_the_clause_leaves_the_figure_in_two_units_one():
    found = find_numbers(f"One was jailed for 2 years, 6 months; the others for {LIST_OF_COUNTS} months respectively.")
    assert found[0].surface == "2 years, 6 months"
    assert len(found) == 1 + 2000


def test_a_long_run_of_counts_after_a_duration_reads_every_count():
    found = find_numbers(f"Daily counts over 12 months: {LIST_OF_COUNTS}.")
    assert found[0].kind == "duration"
    assert [m.value for m in found[1:]] == list(range(100, 2100))
