"""Figures of one story told two ways: the size of a body beside a count of the part something befell
(the freed, the rescued, those left behind), a train's time beside the time someone else left, an age
after a person's name beside a tally after a country's; and the one table of fates every figure's
fate is read by."""

import pytest
from ledger_rows import both_ways, mention, probe

from reader.core.numbers import DEPARTURE_TIME

# --- 1: the size of a body never disputes a count of the part something befell ----------------------------

@pytest.mark.parametrize("a, b, whole", [
    ("Five of the 40 hostages were released on Sunday, the Red Cross said.",
     "Hamas released five hostages on Sunday, leaving 35 hostages in Gaza, the Red Cross said.", "40"),
    ("Three of the 20 miners were rescued on Monday, officials at the mine said.",
     "Rescuers brought three miners out alive on Monday; 17 miners remain trapped, officials at the mine said.", "20"),
    ("Two of the 30 passengers died, police said.",
     "Two passengers died and 28 passengers were rescued, police said.", "30"),
    ("Two of the 30 passengers died in the crash.", "Twenty-eight passengers survived the crash.", "30"),
    ("Two of the 30 passengers died in the crash.", "Five passengers were taken to hospital after the crash.", "30"),
    ("Four of the 20 workers were trapped by the collapse.", "Rescuers freed 16 workers after the collapse.", "20"),
    ("Seven of the nine members voted for the cut.", "Two members voted against the cut.", "nine"),
    ("Six of the 11 hostages were freed overnight.", "Hamas is still holding five hostages, officials said.", "11"),
])
def test_the_size_of_a_body_never_disputes_a_count_of_a_part_of_it(a, b, whole):
    found = both_ways(a, b)
    assert all(whole not in pair for pair in found["conflict"])
    assert whole in found["only_a"]


def test_a_hostage_release_told_word_for_word_links_without_a_conflict():
    link = probe("Five of the 40 hostages were released on Sunday, the Red Cross said.",
                 "Hamas released five hostages on Sunday, leaving 35 hostages in Gaza, the Red Cross said.")
    assert link is not None and not link.has_conflict


@pytest.mark.parametrize("a, b, conflict", [
    ("Two of the 30 passengers died.", "The bus carried 28 passengers.", ("30", "28")),
    ("Two of the 30 passengers died.", "The coach was carrying 28 passengers when it overturned.", ("30", "28")),
    ("Two of the 30 passengers died.", "There were 28 passengers on the coach.", ("30", "28")),
    ("Two of the 30 passengers died.", "The plane, with 28 passengers on board, came down in a field.",
     ("30", "28")),
    ("Two of the 30 passengers died.", "Police said 28 passengers were on board.", ("30", "28")),
    ("Seven of the nine members voted for the cut.", "The 11-member committee voted for the cut.", ("nine", "11")),
    ("Seven of the nine members voted for the cut.", "The committee has 11 members.", ("nine", "11")),
])
def test_the_size_of_a_body_meets_the_same_body_told_another_way(a, b, conflict):
    assert conflict in both_ways(a, b)["conflict"]


def test_a_body_of_victims_still_meets_the_toll():
    found = both_ways("Three of the 12 victims were children, regional police said on Sunday.",
                      "Police said 14 people were killed, three of them children, regional police said on Sunday.")
    assert found["conflict"] == [("12", "14")]


# --- 2: a departure is a train, bus, flight or ship leaving ---------------------------------------------------

@pytest.mark.parametrize("b", [
    "Firefighters left the scene at 11:30, after the train derailed just outside the station.",
    "The crash left dozens hurt at 07:48 just outside the station.",
    "The train derailed just outside the station and the last passengers left the carriages at 09:30.",
    "Rescuers left Ardmore at 11:30 after the train derailed just outside the station.",
    "The driver was leaving the cab at 07:40 when the train derailed just outside the station.",
])
def test_a_trains_time_is_not_disputed_by_someone_else_leaving(b):
    found = both_ways("The 07:05 service from Ardmore derailed just outside the station.", b)
    assert found["conflict"] == []


@pytest.mark.parametrize("b, departure", [
    ("The train, which left Ardmore at 07:15, derailed just outside the station.", "07:15"),
    ("The train derailed at 07:52 after it left Ardmore at 07:15.", "07:15"),
    ("The train left the station at 07:15 and derailed minutes later.", "07:15"),
    ("The train left at 07:15 and derailed minutes later.", "07:15"),
    ("The train, which had departed from the station at 07:15, derailed minutes later.", "07:15"),
    ("The ferry was due to leave at 07:15, the operator said.", "07:15"),
    ("The flight pulled out of the gate at 07:15 and crashed on take-off.", "07:15"),
])
def test_a_vehicle_leaving_gives_the_time_it_left(b, departure):
    assert mention(b, departure).role == DEPARTURE_TIME


@pytest.mark.parametrize("text, surface", [
    ("Firefighters left the scene at 11:30.", "11:30"),
    ("The crash left dozens hurt at 07:48.", "07:48"),
    ("The last passengers left the carriages at 09:30.", "09:30"),
    ("Rescuers left Ardmore at 11:30.", "11:30"),
])
def test_people_leaving_give_no_departure(text, surface):
    assert mention(text, surface).role != DEPARTURE_TIME


def test_the_service_still_meets_the_time_it_left():
    found = both_ways("The 07:05 service from Ardmore derailed just outside the station.",
                      "The train, which left Ardmore at 07:15, derailed just outside the station.")
    assert found["conflict"] == [("07:05", "07:15")]


# --- 3: an age after a person's name, a tally after a country's ---------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Among the dead was Sri Wahyuni, 34.", "34"),
    ("The victims included Hong Mei (8) and her mother.", "8"),
    ("Among the injured was Costa Pappas, 61.", "61"),
    ("Police named the driver as San Lwin, 45.", "45"),
    ("The dead included Santa Ortiz (72) and her husband.", "72"),
    ("The driver was named as St John Smith, 45.", "45"),
    ("Among the dead was the pilot Anna Ross, 19.", "19"),
    ("Deputies found the body of Maria Delgado, 37.", "37"),
    ("He will stand trial for the slaying of Dean Harold Carver, 53.", "53"),
    ("\"We will not close the library,\" said council spokesperson Lena Okonkwo, 24.", "24"),
    ("The couple's daughter, Emily Rose, 4.", "4"),
    ("Okafor, 42, is charged with the murder of Dean Carver, 53.", "53"),
    ("Police identified the dead as Angel Ruiz, 25, and Tomas Vega, 34.", "34"),
])
def test_an_age_after_a_persons_name_is_an_age(text, surface):
    assert mention(text, surface).kind == "age"


@pytest.mark.parametrize("text, surface", [
    ("The medal table was topped by the United Arab Emirates, 40.", "40"),
    ("Aid went to the Central African Republic (12) and Chad (9).", "12"),
    ("Most arrivals came from the Dominican Republic, 40.", "40"),
    ("Next came Great Britain, 40.", "40"),
    ("Next came Sierra Leone (17) and Chad (9).", "17"),
    ("The medal table was led by Costa Rica, 12.", "12"),
    ("Second in the table were Hong Kong, 20.", "20"),
    ("Officials said most of the migrants came from Sierra Leone (17) and Guinea (9).", "17"),
    ("Police said the victims came from the Czech Republic (12) and Poland (3).", "12"),
])
def test_a_figure_after_a_places_name_is_no_age(text, surface):
    assert mention(text, surface).kind == "count"


def test_an_age_after_a_name_never_meets_the_toll():
    found = both_ways("The fire killed 12 people, among them Costa Pappas, 61.",
                      "The fire killed 61 people, among them Costa Pappas, 60.")
    assert found["conflict"] == [("12", "61"), ("61", "60")]


# --- 4: one table of fates -------------------------------------------------------------------------------------

def test_a_lone_victim_of_a_killing_meets_the_count_of_the_killed():
    found = both_ways("The blast ripped through the market, killing a man, police said.",
                      "The blast ripped through the market, killing two men, police said.")
    assert found["conflict"] == [("a man", "two")]


def test_a_word_that_only_holds_a_fates_letters_is_no_fate():
    found = both_ways("Police questioned 12 murder suspects on Monday.", "Police questioned 14 suspects on Monday.")
    assert found["conflict"] == [("12", "14")]
