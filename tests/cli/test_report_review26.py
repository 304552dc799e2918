"""The text report on a review's cases: a person's name respelled or given another gendered ending
("Daniel" / "Daniela", "Ivanov" / "Ivanova", "Evan" / "Evans") is told as "names differ" whether
or not the words around it changed, while a place and its people's word and a group word and its
plural are still no respelling, nor is one name written with other stops or accents ("U.S." / "US");
and a negation "No" in a sentence that also numbers with "No" ("Shaft No 3") is reported, as the
relation reads it."""

from __future__ import annotations

import pytest

from reader.cli.report import _spelled_apart, render_report
from reader.core.compare import Analysis
from reader.core.document import document_from_text
from report_lines import called_out, report_of


# -- Given names and surnames that differ by a letter or a gendered ending -------------------------

_PEOPLES_NAMES = [
    ("Daniel", "Daniela"), ("Robert", "Roberta"), ("Gabriel", "Gabriela"), ("Julian", "Juliana"),
    ("Paul", "Paula"), ("Eric", "Erica"), ("Anton", "Antonia"), ("Emil", "Emilia"),
    ("Christina", "Christine"), ("Valentina", "Valentine"),
    ("Ivanov", "Ivanova"), ("Petrov", "Petrova"), ("Kuznetsov", "Kuznetsova"),
    ("Evan", "Evans"), ("Morgan", "Morgans"),
]


@pytest.mark.parametrize("one, other", _PEOPLES_NAMES)
def test_a_name_with_another_ending_is_a_name_spelled_another_way(one, other):
    assert _spelled_apart([one], [other]) == [(one, other)]
    assert _spelled_apart([other], [one]) == [(other, one)]


@pytest.mark.parametrize("one, other", _PEOPLES_NAMES)
def test_a_name_differs_whether_or_not_the_words_around_it_changed(one, other):
    only_the_name = report_of(
        f"Cyclist killed\n\nPolice named the cyclist who died on Friday as {one} Ortega, a nurse from Headingley.\n",
        f"Cyclist killed\n\nPolice named the cyclist who died on Friday as {other} Ortega, a nurse from Headingley.\n")
    reworded = report_of(
        f"Cyclist killed\n\nPolice named the cyclist who died on Friday as {one} Ortega, a nurse from Headingley.\n",
        f"Cyclist killed\n\nPolice named the cyclist who died on Friday as Headingley nurse {other} Ortega.\n")
    line = f'names differ: "{one}" (A) vs "{other}" (B)'
    assert called_out(only_the_name, "names differ:") == [line]
    assert called_out(reworded, "names differ:") == [line]


def test_names_with_other_endings_in_reworded_clauses_are_called_out():
    report = report_of(
        "Cyclist killed in Leeds crash\n\nThe van driver, named in court as Christina Walsh of Otley, stopped at "
        "the scene.\n\nThe talks will continue next week, the ministry's press officer Sergei Ivanov told reporters "
        "in Moscow on Monday.\n",
        "Cyclist killed in Leeds crash\n\nThe van driver, Otley resident Christine Walsh, stopped at the scene.\n\n"
        "The talks will continue next week, ministry spokeswoman Ivanova told reporters in Moscow on Monday.\n")
    assert called_out(report, "names differ:") == ['names differ: "Christina" (A) vs "Christine" (B)',
                                                    'names differ: "Ivanov" (A) vs "Ivanova" (B)']


# -- Still no respelling: a place and its people's word, a group word and its plural ---------------

@pytest.mark.parametrize("name, word", [
    ("Germany", "German"), ("Somalia", "Somali"), ("Argentina", "Argentine"), ("Croatia", "Croat"),
    ("Serbia", "Serb"), ("Slovakia", "Slovak"), ("Tuscany", "Tuscan"),
    ("Republicans", "Republican"), ("Philippines", "Philippine"), ("Democrats", "Democrat"),
    ("Socialists", "Socialist"), ("Americans", "American"), ("Mexicans", "Mexican"), ("Germans", "German"),
    ("Somalis", "Somali"), ("Croats", "Croat"), ("Serbs", "Serb"), ("Israelis", "Israeli"),
    ("Koreans", "Korean"), ("Italians", "Italian"), ("Catholics", "Catholic"),
])
def test_a_place_and_its_people_word_or_a_group_word_and_its_plural_are_no_respelling(name, word):
    assert _spelled_apart([name], [word]) == []
    assert _spelled_apart([word], [name]) == []


def test_a_country_and_its_people_word_in_a_reworded_clause_differ_in_no_name():
    a = "Talks\n\nThe talks were held in Germany on Tuesday, the ministry said.\n"
    b = "Talks\n\nThe talks were held by German officials on Tuesday, the ministry said.\n"
    assert called_out(report_of(a, b), "names differ:") == []


# -- "No" as a negation beside "No" as numbering ---------------------------------------------------

def _mine(sentence: str) -> str:
    return f"Blast at Koster mine\n\n{sentence}\n"


@pytest.mark.parametrize("numbering", ["No", "No."])
def test_a_negating_no_is_reported_in_a_sentence_that_also_numbers_with_no(numbering):
    negated = _mine(f"No miners were hurt in the blast at Shaft {numbering} 3, the company said on Monday.")
    plain = _mine(f"Miners were hurt in the blast at Shaft {numbering} 3, the company said on Monday.")
    assert called_out(report_of(negated, plain), "negated only") == ['negated only in A: "No"']
    assert called_out(report_of(plain, negated), "negated only") == ['negated only in B: "No"']


@pytest.mark.parametrize("a, b", [
    ("No miners were hurt in the blast at Shaft No 3, the company said on Monday.",
     "Miners were hurt in the blast at Shaft No 3, the company said on Monday."),
    ("No miners were hurt in the blast at Shaft No 3, the company said on Monday.",
     "No miners were hurt in the blast at Shaft 3, the company said on Monday."),
    ("Two miners were hurt in the blast at Shaft No. 3, the company said on Monday.",
     "Two miners were hurt in the blast at Shaft 3, the company said on Monday."),
    ("NO staff were inside No 10 when the fire started, officials said on Monday.",
     "Staff were inside No 10 when the fire started, officials said on Monday."),
    ("The minister said no staff were hurt at No 10 when the fire started.",
     "The minister said staff were hurt at No 10 when the fire started."),
    ("The minister said the staff were not hurt at No 10 when the fire started.",
     "The minister said the staff were hurt at No 10 when the fire started."),
])
def test_the_report_tells_a_negation_exactly_where_the_relation_turns_the_claim_round(a, b):
    analysis = Analysis(document_from_text(_mine(a)), document_from_text(_mine(b)))
    comparison = analysis.comparison()
    [link] = [link for link in comparison.links if link.a == 1]
    told = called_out(render_report(comparison), "negated only")
    assert bool(told) == analysis.features(link.a, link.b).diff.turned


# -- One name written two ways ---------------------------------------------------------------------

@pytest.mark.parametrize("one, other", [
    ("The U.S. prosecutor", "The US attorney"), ("Prosecutor Marcos Jiménez", "Attorney Marcos Jimenez"),
    ("The U.N. envoy", "The UN mediator"),
])
def test_a_name_written_with_other_stops_or_accents_is_no_other_name(one, other):
    a = f"Deal\n\n{one} said the firm was sold to Novell in a $210 million cash deal on Monday.\n"
    b = f"Deal\n\n{other} said the firm was sold to Novell in a $210 million cash deal on Monday.\n"
    assert called_out(report_of(a, b), "names differ:") == []


def test_a_respelled_name_beside_a_name_written_two_ways_is_still_called_out():
    a = "Deal\n\nThe U.S. prosecutor Marcos Jimenez said the firm was sold to Novell in a $210 million cash deal.\n"
    b = "Deal\n\nThe US lawyer Marco Jiménez said the firm was sold to Novell in a $210 million cash deal.\n"
    assert called_out(report_of(a, b), "names differ:") == ['names differ: "Marcos" (A) vs "Marco" (B)']
