"""Figures two reports give differently in sentences not linked to each other (loose_figures.py)."""

from reader.core.compare import compare
from reader.core.model import Document


def _doc(name: str, text: str) -> Document:
    return Document(name, name, text, name)


def _loose(text_a: str, text_b: str) -> list[tuple[str, str]]:
    comparison = compare(_doc("a", text_a), _doc("b", text_b))
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


SENTENCING_A = """A financial adviser who stole £380,000 from clients has been jailed for six years and four months.

Gareth Pryce, 34, pleaded guilty at Cardiff Crown Court."""

SENTENCING_B = """A financial adviser who stole £380,000 from clients has been jailed.

Gareth Pryce, 34, was sentenced to six years and eight months at Cardiff Crown Court."""


def test_a_prison_term_given_in_two_links_differs():
    assert _loose(SENTENCING_A, SENTENCING_B) == [("six years and four months", "six years and eight months")]


FIRE_A = """About 3,500 residents have been told to evacuate as an out-of-control bushfire burns through more than 12,000 hectares of bushland in East Gippsland.

Emergency Management Commissioner Rick Fallon said 23 homes were confirmed lost and the number was expected to rise.

Relief centres have been opened at Bairnsdale and Lakes Entrance, where about 600 people spent Saturday night.

Power has been cut to about 4,000 homes and businesses."""

FIRE_B = """Towns across East Gippsland are emptying as an out-of-control bushfire continues to burn, with 32 homes destroyed and more than 15,000ha razed.

Emergency Management Commissioner Rick Fallon said conditions would stay dangerous until Monday.

Relief centres at Bairnsdale and Lakes Entrance housed about 600 evacuees overnight.

About 4000 homes and businesses are without power."""


def test_homes_lost_told_in_sentences_linked_to_others_differ():
    """The 4,000 homes without power, which both give, tell another thing: no bar to 23 against 32."""
    assert ("23", "32") in _loose(FIRE_A, FIRE_B)


def test_a_value_the_other_report_gives_for_the_thing_is_no_dispute():
    fire_b = FIRE_B.replace("conditions would stay dangerous until Monday", "23 homes were lost in Buchan")
    assert ("23", "32") not in _loose(FIRE_A, fire_b)


RANSOM_A = """A hospital trust in Lancashire has cancelled 1,200 outpatient appointments after a ransomware attack shut down its computer systems.

The trust said the criminals behind the attack had demanded $2 million in cryptocurrency to restore access.

Dr Marsh said it could take nine days to bring all systems fully back online."""

RANSOM_B = """Operations have been cancelled after hackers crippled the IT systems of a Lancashire hospital trust, demanding $3 million for the keys to unlock its files.

The trust has cancelled 1,200 outpatient appointments.

Dr Marsh said full recovery could take nine days."""


def test_a_ransom_demanded_in_sentences_not_aligned_differs():
    assert _loose(RANSOM_A, RANSOM_B) == [("$2 million", "$3 million")]


def test_amounts_in_two_currencies_are_never_set_side_by_side():
    ransom_b = RANSOM_B.replace("$3 million", "£3 million")
    assert _loose(RANSOM_A, ransom_b) == []


def test_amounts_of_two_different_acts_are_not_set_side_by_side():
    """"demanded" and "paid" say two things were done with the money."""
    ransom_b = RANSOM_B.replace("demanding $3 million for the keys", "which paid $3 million for the system last year")
    assert _loose(RANSOM_A, ransom_b) == []


def test_counts_of_two_different_things_are_not_set_side_by_side():
    fire_b = FIRE_B.replace("32 homes destroyed", "32 fire trucks deployed")
    assert _loose(FIRE_A, fire_b) == []


def test_a_staff_count_given_loose_on_both_sides_is_no_dispute():
    """"employs 8,400 staff" beside a population of 390,000 people, against "employs 8,400 people": the other
    report gives 8,400, loose, so its 390,000 disputes nothing."""
    text_a = RANSOM_A + "\n\nThe trust employs 8,400 staff and serves a population of around 390,000 people."
    text_b = RANSOM_B + "\n\nThe trust, which employs 8,400 people, said the recovery bill could reach 1.2 million pounds."
    assert ("390,000", "8,400") not in _loose(text_a, text_b)


RAID_A = """A gang of thieves has stolen jewels worth an estimated €6m from the Château de Fontainebleau in a raid that lasted just seven minutes, French authorities have said.

The thieves broke in through a ground-floor window shortly after 6am on Monday and smashed two display cases.

The Chinese Museum wing of the palace was targeted in a similar raid in 2015, when 15 objects were taken in less than seven minutes."""

RAID_B = """Thieves have made off with jewels worth an estimated €6m from the Château de Fontainebleau, French authorities have said.

The raid, which took place at about 6.10am on Monday, lasted less than four minutes, according to the local prosecutor.

Fontainebleau was also hit in March 2015, when thieves took 15 objects from its Chinese Museum in under seven minutes."""


def test_a_raid_length_differs_though_the_other_report_gives_its_figure_for_another_raid():
    assert _loose(RAID_A, RAID_B) == [("seven minutes", "four minutes")]


def test_a_hedged_figure_equal_to_the_other_is_no_dispute():
    fire_a = FIRE_A.replace("said 23 homes", "said about 32 homes")
    assert _loose(fire_a, FIRE_B) == []


def test_durations_of_different_things_are_not_set_side_by_side():
    raid_b = RAID_B.replace("lasted less than four minutes", "was over in four minutes")
    assert _loose(RAID_A, raid_b) == []


SHOOTING_A = """A gunman opened fire at a shopping centre in Riverton on Friday afternoon, police said.

The mayor called the attack a tragedy for the city.

Three cars were damaged by gunfire."""

SHOOTING_B = """Police said a gunman opened fire at a Riverton shopping centre on Friday afternoon.

The mayor described the attack as a tragedy for the city.

Two cars were seen leaving the car park at speed."""


def test_counts_of_one_noun_with_a_fate_and_without_one_are_not_set_side_by_side():
    """The cars damaged are not the cars seen leaving: a fate on one side only, and no word in common."""
    assert _loose(SHOOTING_A, SHOOTING_B) == []


TORNADO_A = """A tornado tore through the town of Millbrook on Tuesday evening, killing two people.

Officials said 23 homes were destroyed."""

TORNADO_B = """Two people died when a tornado hit Millbrook on Tuesday evening.

Some 32 homes were damaged, the county said."""


def test_counts_of_one_noun_with_two_fates_are_not_set_side_by_side():
    """Homes destroyed and homes damaged are two sets; "lost" and "destroyed" are one (FIRE_A / FIRE_B)."""
    assert _loose(TORNADO_A, TORNADO_B) == []


BROTHERS_A = """Two brothers who ran a drugs gang in Leeds have been jailed.

Mark Hill, 34, was jailed for six years at Leeds Crown Court."""

BROTHERS_B = """Two brothers who ran a drugs gang in Leeds have been jailed.

His brother Paul Hill, 29, was jailed for four years."""


def test_terms_of_two_people_named_apart_are_not_set_side_by_side():
    assert _loose(BROTHERS_A, BROTHERS_B) == []


TRANSFER_A = """Arsenal have signed the Brazilian striker Joao Mendes from Porto.

The club paid $20 million for the striker, the largest fee in its history."""

TRANSFER_B = """Arsenal have completed the signing of Porto striker Joao Mendes.

Last summer the club paid $5 million for a defender."""


def test_an_amount_told_of_another_time_is_not_set_against_one_of_the_story():
    assert _loose(TRANSFER_A, TRANSFER_B) == []
    assert _loose(TRANSFER_A, TRANSFER_B.replace("Last summer", "In 2019")) == []
