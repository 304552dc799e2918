"""Claims review 20 found read as turned round where both reports may hold: a count set against "no one" or "no"
though the two tell different deeds ("A man was arrested" / "No one was injured"), a denial of another claim made
of the same subject ("denied that the soldiers ... were on a combat mission" / "The soldiers ... were from a
regiment"), and a negation put in before a verb of its own ("has not yet been completed" / "has been agreed").  The
claims each rule is for still turn."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes
from reader.core.negation_words import run_ends
from reader.core.suggest import DISPUTED, suggest

BOTH_MAY_HOLD = [
    # A count of one deed against none of another.
    ("A man was arrested after the fight outside the stadium on Saturday, police said.",
     "No one was injured in the fight outside the stadium on Saturday, police said."),
    ("A woman was taken to hospital after the crash on the M6 near Stafford, police said.",
     "No one was seriously hurt in the crash on the M6 near Stafford, police said."),
    ("A student was arrested after the protest at the university on Friday, police said.",
     "No student was charged after the protest at the university on Friday, police said."),
    # "seriously" on the side of none leaves someone lightly hurt.
    ("A man was injured in the crash on the M6, police said.",
     "No one was seriously injured in the crash on the M6, police said."),
    # A denial of another claim told of the same subject.
    ("The ministry denied that the soldiers killed in the attack were on a combat mission.",
     "The soldiers killed in the attack were from a regiment based in Lviv, the ministry said."),
    ("The company denied that the data of its customers had been sold to advertisers.",
     "The data of its customers had been stolen by hackers, the company said."),
    ("The actor denied that the photographs published by the tabloid were of him, his lawyer said.",
     "The photographs published by the tabloid were taken in 2019, his lawyer said."),
    # "not yet" before a verb of its own: a sale agreed may not yet be completed.
    ("The sale of the site has been agreed, the council said.",
     "The sale of the site has not yet been completed, the council said."),
]


@pytest.mark.parametrize("a, b", BOTH_MAY_HOLD)
def test_no_dispute_where_both_may_hold(a, b):
    assert not turned(a, b) and not turned(b, a)
    comparison, link = link_after_shared(a, b)
    assert not [note for note in link_notes(comparison, link) if note.kind in ("negated only", "says the opposite")]
    assert suggest(comparison, "a")[link.a].suggested != DISPUTED


@pytest.mark.parametrize("a, b", [
    # The same deed counted and denied, the count's noun or an adverb of degree before the verb on the count's side.
    ("A man was hurt in the blast, the fire service said.", "No one was hurt in the blast, the fire service said."),
    ("A man was seriously injured in the crash on the M6, police said.",
     "No one was injured in the crash on the M6, police said."),
    ("A student has been suspended by the university.", "No student has been suspended by the university."),
    ("Two deaths have been linked to the outbreak.", "No deaths have been linked to the outbreak."),
    ("Three people died in the fire at the flats.", "No one died in the fire at the flats."),
    # The denied claim told whole by the other report, with who said it after it or not.
    ("The group had ignored a weather warning, police said.",
     "Summit North denied that the group had ignored a weather warning."),
    ("The group ignored a weather warning.", "Summit North denied that the group had ignored a weather warning, police said."),
    # The verb after "not" kept: the same subject named in another word, as the link holds it.
    ("The man was known to police, officers said.", "The suspect was not known to police, officers said."),
])
def test_the_same_claim_turned_round_is_still_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def test_a_run_is_found_where_it_ends_the_sentence():
    sentence = "the council declined to comment".split()
    assert list(run_ends(["to", "comment"], sentence)) == [5]
    assert list(run_ends(["the"], "the deal and the fee".split())) == [1, 4]
    assert list(run_ends(["fee", "paid"], "the deal and the fee".split())) == []
