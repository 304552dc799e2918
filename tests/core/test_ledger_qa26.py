"""Figures of one story told two ways, from the fifth QA pass over invented report pairs: the slope of a
mountain beside the night's temperature, skiers among the people an avalanche swept away, a risk rated
on a scale beside a count of the injured, a year of something beside twelve months of it, a quarter-mile
beside 400 metres, a rank written "No. 31" and "number 31", a concentration in two spellings of its unit,
a tennis score of two sets, and a list of countries with their medals."""

import pytest
from ledger_rows import both_ways, mention

from reader.core import numbers
from reader.core.numbers import find_numbers
from reader.core.numwords import PERSON_NOUNS, singular

# --- 1: the angle of a slope, a tilt or a turn is no temperature ------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The slope, which has a gradient of around 38 degrees, had been loaded by fresh snow.", "38"),
    ("The avalanche started on a slope of 38 degrees below the summit.", "38"),
    ("The couloir has an incline of about 45 degrees near the top.", "45"),
    ("The roof has a pitch of 40 degrees, the surveyor said.", "40"),
    ("Avalanches are most likely on slopes steeper than 30 degrees.", "30"),
    ("The ferry was listing at 20 degrees when the crew abandoned her.", "20"),
    ("The tower is tilted at 4 degrees.", "4"),
    ("The road has a gradient of up to 12 degrees in places.", "12"),
    ("The group was crossing a 38-degree slope when the snow gave way.", "38"),
    ("The driver failed to take a 90-degree bend.", "90"),
])
def test_degrees_of_a_slope_or_a_tilt_are_no_temperature(text, figure):
    found = [m for m in find_numbers(text) if m.surface.startswith(figure)]
    assert [m.kind for m in found] == ["count"] and found[0].unit == "degree"


def test_the_gradient_of_a_slope_never_disputes_the_nights_temperature():
    found = both_ways("The slope, which has a gradient of around 38 degrees, had been loaded by fresh snow and "
                      "strong winds.",
                      "Fresh snow and strong winds had loaded the slope, and temperatures fell to minus eight "
                      "degrees overnight.")
    assert found["conflict"] == [] and found["agree"] == []


@pytest.mark.parametrize("text", [
    "Temperatures on the slope reached 38 degrees on Monday.",
    "It was 30 degrees in Madrid, the steepest rise in a decade.",
    "Temperatures fell to minus eight degrees overnight.",
])
def test_degrees_of_the_weather_stay_a_temperature(text):
    assert find_numbers(text)[0].kind == "temperature"


# --- 2: skiers, gunmen, kidnappers are people ---------------------------------------------------------------

def test_skiers_are_people_an_avalanche_swept_away():
    found = both_ways("Three people were killed when an avalanche swept over a group of 11 skiers on the Grenzhorn "
                      "on Saturday.",
                      "Nine people were swept away by an avalanche on the Grenzhorn on Saturday, and three were "
                      "killed.")
    assert ("11", "Nine") in found["conflict"]


@pytest.mark.parametrize("a, b", [
    ("Police said three gunmen opened fire on the crowd.", "Police said two people opened fire on the crowd."),
    ("Four attackers stormed the compound, officials said.", "Five people stormed the compound, officials said."),
    ("Coastguards rescued 14 divers off the coast.", "Coastguards rescued 12 people off the coast."),
    ("Two kidnappers were arrested in the raid.", "Three people were arrested in the raid."),
    ("Six smugglers were detained at the border.", "Seven people were detained at the border."),
    ("Rangers found 40 campers stranded by the flood.", "Rangers found 45 people stranded by the flood."),
])
def test_a_count_of_one_kind_of_person_meets_a_count_of_people(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("plural, person", [
    ("skiers", "skier"), ("snowboarders", "snowboarder"), ("mountaineers", "mountaineer"), ("kayakers", "kayaker"),
    ("gunmen", "gunman"), ("assailants", "assailant"), ("traffickers", "trafficker"), ("couriers", "courier"),
    ("thieves", "thief"), ("wives", "wife"), ("spokesmen", "spokesman"), ("witnesses", "witness"),
])
def test_people_named_by_what_they_do_are_person_nouns(plural, person):
    assert singular(plural) == person and person in PERSON_NOUNS


def test_two_kinds_of_person_still_stay_two_counts():
    assert both_ways("Rescuers reached 11 skiers.", "Rescuers reached nine snowboarders.")["conflict"] == []


# --- 3: a rating is no count ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Avalanche risk in the area had been rated 4 on the five-level European scale.", "4"),
    ("Avalanche risk in the area had been rated 4 on the five-level European scale.", "five"),
    ("Forecasters raised the avalanche danger to level 4 on Friday.", "4"),
    ("Forecasters issued a level-4 warning on Friday.", "4"),
    ("A Category 4 hurricane hit the coast on Friday.", "4"),
    ("The storm was upgraded to Category 4 on Friday.", "4"),
    ("The listed building is grade 2 and cannot be demolished.", "2"),
    ("Patients rated the pain a 7 on a scale of 10.", "7"),
    ("Patients rated the pain a 7 on a scale of 10.", "10"),
    ("The drug is now in phase 3 trials.", "3"),
])
def test_a_rating_on_a_scale_is_read_as_one(text, figure):
    assert mention(text, figure).role == numbers.RATING


@pytest.mark.parametrize("text, figure", [
    ("At this stage 12 people had died, officials said.", "12"),
    ("Rescuers said 12 people were killed when the avalanche swept the slope.", "12"),
])
def test_a_count_after_a_scales_word_pointed_to_is_no_rating(text, figure):
    assert mention(text, figure).role != numbers.RATING


def test_a_rating_never_meets_a_count_of_people():
    found = both_ways("Avalanche risk in the area had been rated 4 on the five-level European scale after heavy "
                      "snowfall.",
                      "Heavy snowfall had left avalanche risk in the area high, and four of the injured were flown "
                      "to hospital in Sion.")
    assert found["agree"] == [] and found["conflict"] == []
    assert found["only_b"] == ["four"]


@pytest.mark.parametrize("a, b", [
    ("The avalanche risk was rated 4 on Saturday.", "The avalanche risk stood at level 3 on Saturday."),
    ("A Category 4 hurricane hit the coast on Friday.", "The storm hit the coast as a Category 3 storm on Friday."),
    ("The storm was upgraded to Category 4 on Friday.", "A Category 3 storm hit the coast on Friday."),
])
def test_two_ratings_of_one_thing_dispute_each_other(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


def test_two_equal_ratings_agree():
    assert both_ways("The avalanche risk was rated 4 on Saturday.",
                     "The avalanche risk stood at level 4 on Saturday.")["agree"] == [("4", "4"), ("Saturday", "Saturday")]


# --- 4: "a year" of something is a length of time; "twice a year" and "£50,000 a year" are rates -------------

@pytest.mark.parametrize("a, b", [
    ("Every affected patient is being offered 12 months of free credit monitoring.",
     "Patients affected will be given a year of free credit monitoring."),
    ("The government declared seven days of national mourning.", "The government declared a week of national mourning."),
    ("Ministers ordered a 12-month inquiry into the collapse.", "Ministers ordered a year-long inquiry into the collapse."),
    ("He was released after 60 minutes of questioning.", "He was released after an hour of questioning."),
])
def test_a_length_of_time_in_words_agrees_with_the_same_in_figures(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["conflict"] == []


@pytest.mark.parametrize("a, b", [
    ("The deal came after 18 months of talks.", "The deal came after a year of talks."),
    ("The town fell after 10 days of fighting.", "The town fell after a week of fighting."),
])
def test_a_length_of_time_in_words_disputes_another(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("text", [
    "The committee meets twice a year.",
    "The job pays £50,000 a year.",
    "Prices have risen 10% a year since 2019.",
    "The plant was shut a year ago.",
    "It was a year of turmoil for the party.",
    "The board meets once a month.",
    "The fire broke out in a year when rainfall was low.",
    "The fire broke out in a year of record heat.",
])
def test_a_rate_or_a_point_in_time_is_no_length_of_time(text):
    assert "duration" not in [m.kind for m in find_numbers(text)]


# --- 5: a share of a mile is a length ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("A 400-metre section of the flood defences was overtopped.", "A quarter-mile section of the flood defences was overtopped."),
    ("The queue stretched for 800 metres.", "The queue stretched for half a mile."),
    ("The crash closed a 1.2km stretch of the motorway.", "The crash closed a three-quarter-mile stretch of the motorway."),
    ("Police sealed off a 2.4km stretch of the road.", "Police sealed off a stretch of the road a mile and a half long."),
    ("The tanker spilled half a tonne of oil.", "The tanker spilled 500kg of oil."),
])
def test_a_share_of_a_mile_agrees_with_the_length_in_metres(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["conflict"] == []


@pytest.mark.parametrize("a, b", [
    ("A half-mile section of the flood defences was overtopped.", "A quarter-mile section of the flood defences was overtopped."),
    ("The queue stretched for 300 metres.", "The queue stretched for half a mile."),
])
def test_a_share_of_a_mile_disputes_another_length(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


# --- 6: "number 31" is the rank "No. 31" -------------------------------------------------------------------------

def test_a_rank_written_number_meets_the_rank_written_no():
    found = both_ways("The 24-year-old, ranked No. 31 in the world, tested positive on 14 August in Cincinnati.",
                      "Kovacevic, 24, who is world number 31, tested positive on 14 August in Cincinnati.")
    assert ("31", "31") in found["agree"] and found["only_a"] == found["only_b"] == []


def test_two_ranks_written_either_way_dispute_each_other():
    assert both_ways("She is ranked No. 31 in the world.", "She is world number 30.")["conflict"] == [("31", "30")]


@pytest.mark.parametrize("text, kind", [
    ("Officials doubled that number 20 per cent faster than planned.", "percent"),
    ("The number of dead rose to 45.", "count"),
])
def test_number_before_other_figures_leaves_them_as_they_are(text, kind):
    assert [m.kind for m in find_numbers(text)] == [kind]


# --- 7: a concentration ---------------------------------------------------------------------------------------------

def test_a_concentration_in_two_spellings_of_its_unit():
    a = "An independent tribunal found a concentration of 50 nanograms per millilitre in her urine sample."
    assert both_ways(a, "Testers measured 60 ng/mL of the drug in her urine.")["conflict"] == [
        ("50 nanograms per millilitre", "60 ng/mL")]
    assert both_ways(a, "Testers measured 50 ng/mL of the drug in her urine.")["agree"] == [
        ("50 nanograms per millilitre", "50 ng/mL")]


@pytest.mark.parametrize("a, b, agree", [
    ("Pollution reached 50 micrograms per cubic metre.", "Pollution reached 50 µg/m3.",
     ("50 micrograms per cubic metre", "50 µg/m3")),
    ("The water held 0.05 mg/L of lead.", "The water held 50 µg/L of lead.", ("0.05 mg/L", "50 µg/L")),
    ("Carbon dioxide reached 420 parts per million.", "Carbon dioxide reached 420ppm.",
     ("420 parts per million", "420ppm")),
])
def test_one_concentration_in_two_units_agrees(a, b, agree):
    assert both_ways(a, b) == {"agree": [agree], "conflict": [], "only_a": [], "only_b": []}


@pytest.mark.parametrize("a, b, agree", [
    ("Fasting glucose was 142 mg/dL on average for those given usual care.",
     "Fasting glucose, used to measure diabetes risk, was 142 on average for those given usual care.",
     ("142 mg/dL", "142")),
    ("The storm brought gusts of 120 km/h to the coast.", "The storm brought gusts of 120 to the coast.",
     ("120 km/h", "120")),
])
def test_a_measure_agrees_with_the_same_figure_its_unit_left_off(a, b, agree):
    assert both_ways(a, b)["agree"] == [agree]


def test_a_figure_with_its_unit_left_off_disputes_no_measure():
    found = both_ways("Fasting glucose was 142 mg/dL on average.", "Fasting glucose was 150 on average.")
    assert found["conflict"] == [] and found["only_a"] == ["142 mg/dL"] and found["only_b"] == ["150"]


def test_a_concentration_never_meets_a_count_or_another_measure():
    found = both_ways("Testers measured 50 ng/mL of the drug, and 50 ppm of another.",
                      "Testers questioned 50 athletes.")
    assert found["agree"] == [] and found["conflict"] == []


# --- 8: a tennis score of sets is one score --------------------------------------------------------------------

def test_a_score_of_sets_is_one_score_and_counts_no_word_after_it():
    a = "She won her second-round match at the tournament 6-3, 6-4 two days before the test."
    assert all(m.unit != "two" for m in find_numbers(a))
    found = both_ways(a, "She had won her second-round match in Cincinnati in straight sets, losing only seven games.")
    assert found["only_a"] == ["6-3, 6-4", "two days"]


@pytest.mark.parametrize("a, only_a", [
    ("Arsenal beat Chelsea 2-1 on Sunday.", ["2-1", "Sunday"]),
    ("The committee voted 8 to 5 on Sunday.", ["8", "5", "Sunday"]),  # each figure quoted as written
])
def test_a_score_one_report_gives_alone_is_told_as_written(a, only_a):
    assert both_ways(a, "It happened at the weekend.")["only_a"] == only_a


# --- 9: a list of places with their figures is no list of ages -----------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Next came Great Britain, 40, and China, 38, with Japan third.", "40"),
    ("Next came Great Britain, 40, and China, 38, with Japan third.", "38"),
    ("The most arrivals came from Syria, 120, and Eritrea, 85, the agency said.", "85"),
    ("Most migrants came from Syria, 120, and Eritrea, 85, the agency said.", "120"),
])
def test_a_list_of_places_with_figures_is_no_ages(text, figure):
    assert mention(text, figure).kind == "count"


@pytest.mark.parametrize("text, figure", [
    ("Medvedev, 26, said he would play on.", "26"),
    ("Police identified the dead as Angel Ruiz, 25, and Tomas Vega, 34, on Monday.", "25"),
    ("Sinner, 22, beat Alcaraz, 20, in the final.", "20"),
    ("McCartney has three children - fashion designer Stella, 31, Mary, 33, and James, 25 - by first wife Linda.",
     "31"),
    ("Smith, 26, and Jones, 31, were charged on Monday.", "26"),
])
def test_an_age_after_a_name_is_still_an_age(text, figure):
    assert mention(text, figure).kind == "age"
