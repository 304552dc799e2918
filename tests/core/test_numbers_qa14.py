"""How figures are read, from the fourteenth CLI QA pass: a count's noun past two modifiers joined by "and"
("400 gold and silver coins"), a person's age in a clause of its own ("Maria Kowal, who is 68"), and the day a
thing was said ("the coastguard said on Monday") kept apart from the day of the event."""

from __future__ import annotations

import pytest
from ledger_rows import mention

from reader.core.numbers import STATEMENT_DATE, find_numbers

# --- a count's noun past modifiers joined by "and" or "or" -------------------------------------------------------

@pytest.mark.parametrize("text, surface, noun", [
    ("A hoard of more than 400 gold and silver coins has been found.", "400", "coin"),
    ("They sold 400 black and white photographs.", "400", "photograph"),
    ("The hoard held 400 gold or silver coins.", "400", "coin"),
    ("Some 400 local and foreign journalists attended.", "400", "journalist"),
])
def test_a_count_counts_the_noun_after_modifiers_joined_by_and(text, surface, noun):
    assert mention(text, surface).unit == noun


@pytest.mark.parametrize("text, surface, noun", [
    ("He found 400 gold and 20 silver coins.", "400", "gold"),  # a second figure: two counts
    ("Police arrested 12 and charged three men.", "12", ""),  # "and" right after the figure ends it
    ("Some 400 men and women marched.", "400", "man"),  # the noun comes first
])
def test_and_after_the_figure_or_before_another_figure_ends_the_phrase(text, surface, noun):
    assert mention(text, surface).unit == noun


# --- a person's age in a clause of its own --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"It was like an oven," said Eastfield resident Maria Kowal, who is 68.',
    "Maria Kowal, who is 68, lives in Eastfield.",
    "The driver, who was 54, had not been drinking.",
])
def test_an_age_told_in_a_who_clause_is_an_age(text):
    (found,) = [m for m in find_numbers(text) if m.surface in ("68", "54")]
    assert found.kind == "age" and found.unit == "year"


@pytest.mark.parametrize("text, surface", [
    ("Smith, who is 68 points behind, lost.", "68"),  # a count of points
    ("Smith, who was 12 when he moved, grew up here.", "12"),  # the clause goes on: an age then, not now
    ("The team, which is 68, won.", "68"),  # no person
    ("Smith, who is 1,200.", "1,200"),  # no life is that long
])
def test_a_figure_in_a_who_clause_that_is_no_age(text, surface):
    assert mention(text, surface).kind != "age"


# --- the day a thing was said ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("All 23 crew have been rescued, the coastguard said on Monday.", "Monday"),
    ("Officials on Monday said the ship had sunk.", "Monday"),
    ("He told reporters on Monday that the ship had sunk.", "Monday"),
    ("She said in a statement on 3 March that the ship had sunk.", "3 March"),
    ("The coastguard said Monday that all were safe.", "Monday"),
    ("The prosecutor informed reporters on 10 July that all hypotheses were open.", "10 July"),
    ("The company said on Monday, 3 March, that it would close.", "3 March"),
])
def test_a_day_after_a_verb_of_saying_is_the_day_of_a_statement(text, surface):
    assert mention(text, surface).role == STATEMENT_DATE


@pytest.mark.parametrize("text, surface", [
    ("The ship sank off Cape Avel on Sunday, coastguard officials said.", "Sunday"),
    ("He said the ship sank on Sunday.", "Sunday"),
    ("The crew were told to leave on Monday.", "Monday"),
    ("The firm said it would close on Friday.", "Friday"),
    ("We were told after January that it would not happen again.", "January"),  # an earlier event's date
    ("The firm said 2022 was its best year.", "2022"),  # the year it speaks of
    ("He said March was the wettest month.", "March"),
])
def test_a_day_of_what_was_said_is_no_day_of_a_statement(text, surface):
    assert mention(text, surface).role != STATEMENT_DATE
