"""Words that change a claim, from a seventh CLI QA pass and a code review: a negation carried by "do"
("crossed" / "did not cross") or said as "not yet" against "now" turns the claim round; a claim forecast
("are expected to win") is hedged on its side and makes the link related; a hyphenated surname
respelled ("Toussaint-Roche" / "Toussaint-Rocher"), or respelled in a run that changes a verb too, is
a name that differs; the hedge line quotes the hedge, not words moved beside it; a word with "un-",
"dis-" or "in-" that undoes or names a thing of its own ("uncovered", "disorder", "indifferent") is no
opposite; "did not appear to answer the charge" is an absence from court, no claim inferred; and a
disputed score is quoted as written ("3–1")."""

from __future__ import annotations

import json

import pytest

from reader.cli.report import comparison_dict
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.opposites import are_opposites
from reader.core.relation import seems_so
from report_lines import aligned_block, called_out, report_of_sentences


def header(a: str, b: str) -> str:
    """The header line of the one link between two one-sentence reports."""
    return aligned_block(report_of_sentences(a, b))[0]


# -- A negation carried by "do", and "not yet" -----------------------------------------------------

@pytest.mark.parametrize("plain, negated, line", [
    ("The blaze crossed the river overnight.", "The blaze did not cross the river overnight.",
     'negated only in B: "did not"'),
    ("The council needs the money before the end of March.",
     "The council does not need the money before the end of March.", 'negated only in B: "does not"'),
    ("The rescue team reached the trapped miners on Tuesday.",
     "The rescue team didn't reach the trapped miners on Tuesday.", 'negated only in B: "didn\'t"'),
])
def test_a_negation_carried_by_do_turns_the_claim_round(plain, negated, line):
    block = aligned_block(report_of_sentences(plain, negated))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert line in block
    turned = aligned_block(report_of_sentences(negated, plain))
    assert line.replace("in B", "in A") in turned


@pytest.mark.parametrize("plain", ["now", "already"])
def test_not_yet_against_now_or_already_turns_the_claim_round(plain):
    a = '"We are not yet confident that inflation is coming down," the governor said.'
    b = f'"We are {plain} confident that inflation is coming down," the governor said.'
    block = aligned_block(report_of_sentences(a, b))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert 'negated only in A: "not yet"' in block


def test_did_against_did_not_with_another_verb_is_no_negation_of_it():
    block = aligned_block(report_of_sentences("The blaze crossed the river overnight.",
                                              "The blaze did not reach the river overnight."))
    assert not any(line.startswith("negated only in") for line in block)


# -- A claim forecast ------------------------------------------------------------------------------

@pytest.mark.parametrize("hedge", ["are expected to", "are projected to", "are forecast to", "are set to",
                                   "are likely to"])
def test_a_claim_forecast_is_hedged_on_its_side_and_related(hedge):
    plain = "The Socialists win 13 seats with 13.8% of the vote, the count showed."
    forecast = f"The Socialists {hedge} win 13 seats with 13.8% of the vote, the count showed."
    block = aligned_block(report_of_sentences(plain, forecast))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert f'hedged only in B: "{hedge}"' in block


def test_a_forecast_against_will_is_one_claim_told_ahead():
    a = "The second rover is scheduled for launch later this month and is expected to arrive at Mars in January."
    b = "The second rover is scheduled for launch later this month and will arrive at Mars in January."
    assert "equivalent" in header(a, b)


@pytest.mark.parametrize("a, b", [
    ("The result was the expected one, officials in the capital said on Monday.",
     "The result was the one everyone saw coming, officials in the capital said on Monday."),
    ("As expected, the bank held its main rate at 4.25% on Thursday.",
     "The bank held its main rate at 4.25% on Thursday."),
])
def test_expected_as_a_plain_word_hedges_nothing(a, b):
    assert called_out(report_of_sentences(a, b), "hedg") == []


def test_the_hedge_line_quotes_the_hedge_not_the_words_moved_beside_it():
    report = report_of_sentences("Investors in Britain are thought to have lost about £9 million.",
                                 "British investors lost about £9 million, according to the FCA.")
    assert called_out(report, "hedged only in") == ['hedged only in A: "are thought to have"']


# -- Surnames respelled ----------------------------------------------------------------------------

def test_a_hyphenated_surname_respelled_is_told_whole():
    report = report_of_sentences(
        "The Greens, led by Marie Toussaint-Roche, fell to 5.5% and keep only five seats.",
        "The Greens, led by Marie Toussaint-Rocher, fell to 5.5% and keep only five seats.")
    assert called_out(report, "names differ") == ['names differ: "Toussaint-Roche" (A) vs "Toussaint-Rocher" (B)']


def test_a_surname_respelled_in_a_run_that_changes_a_verb_too_is_told():
    report = report_of_sentences(
        "The Greens, led by Marie Roche, fell to 5.5% and keep only five seats.",
        "The Greens, led by Marie Rocher, dropped to 5.5% and will keep only five seats.")
    assert called_out(report, "names differ") == ['names differ: "Roche" (A) vs "Rocher" (B)']


# -- Prefixes that undo or make words of their own -------------------------------------------------

@pytest.mark.parametrize("one, other", [
    ("uncovered", "covered"), ("unveiled", "veiled"), ("unlocked", "locked"), ("unleashed", "leashed"),
    ("unfolded", "folded"), ("unearthed", "earthed"), ("unpacked", "packed"), ("unrest", "rest"),
    ("disorder", "order"), ("disinformation", "information"), ("disaffected", "affected"),
    ("disarmed", "armed"), ("indifferent", "different"),
])
def test_a_prefix_that_undoes_or_makes_a_word_of_its_own_makes_no_opposites(one, other):
    assert not are_opposites(one, other)
    assert not are_opposites(other, one)


@pytest.mark.parametrize("one, other", [
    ("unprofitable", "profitable"), ("unarmed", "armed"), ("unconfirmed", "confirmed"), ("unable", "able"),
    ("unknown", "known"), ("unlawful", "lawful"), ("disagreed", "agreed"), ("disapproved", "approved"),
])
def test_a_prefix_that_negates_still_makes_opposites(one, other):
    assert are_opposites(one, other)


@pytest.mark.parametrize("a, b", [
    ("The journalist who uncovered the payments was given an award on Friday night.",
     "The journalist who covered the payments was given an award on Friday night."),
    ("Two men were charged with public order offences after the match on Saturday.",
     "Two men were charged with public disorder offences after the match on Saturday."),
    ("She accused the ministry of spreading disinformation about the vaccine programme.",
     "She accused the ministry of spreading information about the vaccine programme."),
])
def test_a_word_made_with_un_or_dis_is_no_opposite_in_a_link(a, b):
    block = aligned_block(report_of_sentences(a, b))
    assert not any(line.startswith("says the opposite") for line in block)


# -- An appearance in court after a negation -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The defendant did not appear to answer the charge and a warrant was issued.",
    "He must appear to face trial at the crown court in June.",
    "She could not appear to give evidence because she was in hospital.",
])
def test_appear_to_do_court_business_is_an_appearance_whatever_comes_before(text):
    words = [word.strip(".,") for word in text.split()]
    assert not seems_so(words, words.index("appear"))


@pytest.mark.parametrize("text", [
    "The driver did not appear to brake before the junction.",
    "The minister did not appear to answer the question.",
    "The driver did not appear to give way at the junction.",
])
def test_appear_to_before_other_business_is_still_inferred(text):
    words = [word.strip(".,") for word in text.split()]
    assert seems_so(words, words.index("appear"))


def test_did_not_appear_to_answer_the_charge_is_not_hedged():
    report = report_of_sentences(
        "The defendant did not appear to answer the charge and a warrant was issued for his arrest.",
        "The defendant did not attend to answer the charge and a warrant was issued for his arrest.")
    assert called_out(report, "hedg") == []


# -- A score quoted as written ---------------------------------------------------------------------

@pytest.mark.parametrize("dash", ["–", " - "])
def test_a_disputed_score_is_quoted_as_written(dash):
    a = f"Arsenal beat Chelsea 3{dash}1 at the Emirates on Sunday."
    b = f"Arsenal beat Chelsea 3{dash}2 at the Emirates on Sunday."
    report = report_of_sentences(a, b)
    assert called_out(report, "numbers conflict") == [f'numbers conflict: "3{dash}1" (A) vs "3{dash}2" (B)']
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    as_json = json.loads(json.dumps(comparison_dict(comparison)))
    assert as_json["links"][0]["numbers"]["conflict"] == [[f"3{dash}1", f"3{dash}2"]]
