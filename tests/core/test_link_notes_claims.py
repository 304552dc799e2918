"""Link notes on the changed words of a claim (reader.core.link_notes.claim_notes): a claim held as what
others expect against one told as what will be, and the cost of the notes, which the suggestions read
for every link of a long comparison."""

from __future__ import annotations

import re

import pytest

import reader.core.link_notes as link_notes_module
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import HEDGED_ONLY, HEDGING_DIFFERS, LinkNote, claim_notes, link_notes
from reader.core.suggest import CORROBORATED, suggest


def one_link(a: str, b: str):
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    (link,) = comparison.links
    return comparison, link


@pytest.mark.parametrize("a, b, hedge", [
    ("The bank is widely expected to cut its main rate again in June, economists say.",
     "The bank will cut its main rate again in June, Marttila signalled.", "is widely expected to"),
    ("Freight through the port is projected to double over the next ten years, the report says.",
     "Freight through the port will double over the next ten years, the report says.", "is projected to"),
])
def test_a_claim_others_expect_is_hedged_against_one_told_as_what_will_be(a, b, hedge):
    comparison, link = one_link(a, b)
    assert link.relation == "equivalent"
    assert link_notes(comparison, link) == (LinkNote(HEDGED_ONLY, hedge, "", "a"),)
    # So Enter does not tag it corroborated beside the note.
    assert suggest(comparison, "a")[link.a].suggested is None
    assert suggest(comparison, "b")[link.b].suggested is None


@pytest.mark.parametrize("a, b", [
    ("The museum is set to reopen its east wing to visitors on Saturday after the repairs.",
     "The museum will reopen its east wing to visitors on Saturday after the repairs."),
    ("The bank is expected to cut its main rate again in June, economists say.",
     "The bank is forecast to cut its main rate again in June, analysts say."),
])
def test_a_schedule_or_a_forecast_on_both_sides_is_no_hedge(a, b):
    comparison, link = one_link(a, b)
    assert [note.kind for note in link_notes(comparison, link)] == []
    assert suggest(comparison, "a")[link.a].suggested == CORROBORATED


def test_a_link_that_changes_no_name_hedge_or_negation_reads_neither_sentence_in_full(monkeypatch):
    """The suggestions read the notes of every link: a glance at the changed words tells most links have
    none, without reading both sentences again (tokens and numbers: a tenth of a millisecond a link)."""
    comparison, link = one_link(
        "Rescuers worked through the night to reach the miners trapped in the flooded shaft.",
        "Rescuers laboured through the night to reach the workers trapped in the flooded shaft.")
    read = []
    monkeypatch.setattr(link_notes_module, "tokenize", lambda *args, **kwargs: read.append(args) or [])
    assert link_notes(comparison, link) == ()
    assert read == []


# Links of every kind of note, and their near misses: the glance at the changed words must let each
# note through to the full reading.
NOTED_PAIRS = [
    ("The minister did not approve the new rail line for the north on Monday.",
     "The minister approved the new rail line for the north on Monday."),
    ("The ferry operator confirmed the sailing was cancelled because of the storm.",
     "The ferry operator denied the sailing was cancelled because of the storm."),
    ("The curfew in the capital was lifted on Tuesday after three nights of calm.",
     "The curfew in the capital was extended on Tuesday after three nights of calm."),
    ("The plant re-opened on Monday after the inspectors found no fault in the boilers.",
     "The plant closed on Monday after the inspectors found no fault in the boilers."),
    ("The firm laid off 200 workers at the plant in the north of the county last week.",
     "The firm hired 200 workers at the plant in the north of the county last week."),
    ("The lights in the stadium were switched on before the match began that evening.",
     "The lights in the stadium were switched off before the match began that evening."),
    ("Everyone on board the small plane survived the crash landing near the lake.",
     "No one on board the small plane survived the crash landing near the lake."),
    ("The company failed to inform the regulator of the leak at the plant last year.",
     "The company informed the regulator of the leak at the plant last year."),
    ("The landslip is understood to have been caused by the heavy rain on Sunday night.",
     "The landslip was caused by the heavy rain on Sunday night."),
    ("The attackers appear to have gained access through a supplier's network in May.",
     "The attackers gained access through a supplier's network in May."),
    ("The suspect was seemingly unaware of the cameras outside the bank on Friday.",
     "The suspect was unaware of the cameras outside the bank on Friday."),
    ("The charity was ostensibly set up to help flood victims in the valley last year.",
     "The charity was set up to help flood victims in the valley last year."),
    ("The dam's operator, Harlan Pruitt, said the spillway had been inspected in March.",
     "The dam's operator, Harlan Pruett, said the spillway had been inspected in March."),
    ("Dr Ingrid Solvang, the cardiologist who led the study at the hospital, said the results were clear.",
     "Dr Ingrid Solberg, of the hospital, said the results of the study were clear."),
    ("The team from Toussaint-Roche won the regional final in the rain on Sunday.",
     "The team from Toussaint-Rocher won the regional final in the rain on Sunday."),
]


@pytest.mark.parametrize("a, b", NOTED_PAIRS)
def test_the_glance_at_the_changed_words_lets_every_note_through(a, b):
    comparison, link = one_link(a, b)
    spans = [span for span in link.diff if span.op != "equal"]
    written = [link_notes_module._written_run(comparison, span) for span in spans]
    in_full = link_notes_module._changed_run_notes(comparison, link, spans, written)
    assert in_full, "each pair above has a note"
    assert claim_notes(comparison, link) == in_full


@pytest.mark.parametrize("word, text", [
    ("police", "Police said the police van was found."),
    ("police", "The police-led inquiry"),
    ("police", "policeman and police_van"),
    ("us", "U.S. and us"),
    ("u.s", "the u.s. army"),
    ("cafés", "two cafés, one bar"),
    ("ukraine", "Ukraine"),
    ("ukraine", "ukrainex ukraine2 -ukraine"),
    ("é", "caféé é"),
    ("police", "police"),
    ("police", "policeman"),
    ("police", "the police"),
])
def test_a_word_written_plain_is_found_as_the_pattern_found_it(word, text):
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    assert link_notes_module._written_alone(word, text) == bool(pattern.search(text))


def test_a_copy_of_a_link_is_read_for_itself_even_where_a_dead_copy_left_its_id():
    from dataclasses import replace

    comparison, link = one_link("The dam's operator, Harlan Pruitt, said the spillway had been inspected in March.",
                                "The dam's operator, Harlan Pruett, said the spillway had been inspected in March.")
    notes_of_copies = []
    for changes in ({"diff": ()}, {}):
        copy = replace(link, **changes)
        notes_of_copies.append([note.line for note in claim_notes(comparison, copy)])
        del copy
    assert notes_of_copies[0] == []
    # CPython hands the second copy the first one's id, freed with it; its notes are still its own
    assert notes_of_copies[1] == [note.line for note in claim_notes(comparison, link)] != []


@pytest.mark.parametrize("a, b, hedges", [
    ("Heavy rain may have washed away part of the embankment.",
     "Heavy rain washed away part of the embankment, investigators believe.", ("may have", "investigators believe")),
    ("The fire was allegedly started by a discarded cigarette near the car park.",
     "The fire was started by a discarded cigarette near the car park, police believe.",
     ("allegedly", "police believe")),
])
def test_a_hedge_taken_out_of_one_place_and_another_put_in_elsewhere_is_hedging_that_differs(a, b, hedges):
    comparison, link = one_link(a, b)
    assert [(note.kind, note.a, note.b) for note in link_notes(comparison, link)] == [(HEDGING_DIFFERS, *hedges)]


def test_a_hedge_that_brings_a_claim_of_its_own_is_not_joined_with_the_other_sides_hedge():
    # B tells A's hedged claim plainly ("was a former employee") and hedges another it adds
    comparison, link = one_link("The gunman may have been a former employee of the bank, police said on Tuesday.",
                                "The gunman was a former employee of the bank who may have acted alone, "
                                "police said on Tuesday.")
    notes = [(note.kind, note.side) for note in link_notes(comparison, link)]
    assert notes == [(HEDGED_ONLY, "a"), (HEDGED_ONLY, "b")]


@pytest.mark.parametrize("a, b", [
    # what the scam calls claim, which the report vouches for: no hedge of the report's
    ("Residents should watch out for scam calls that claim to come from the council.",
     "Residents should watch out for scam calls from the council."),
    # a forecast against "should": both tell what is expected
    ("Construction is expected to start next spring, the council said.",
     "Construction should start next spring, the council said."),
])
def test_a_claim_of_what_is_told_or_a_forecast_against_should_is_no_one_sided_hedge(a, b):
    comparison, link = one_link(a, b)
    assert [note for note in link_notes(comparison, link) if note.kind == HEDGED_ONLY] == []


def test_a_hedge_of_the_report_beside_what_is_told_still_hedges():
    comparison, link = one_link("The gang allegedly made scam calls that claim to come from the council.",
                                "The gang made scam calls that claim to come from the council.")
    assert [(note.kind, note.a) for note in link_notes(comparison, link)] == [(HEDGED_ONLY, "allegedly")]


def test_one_belief_in_two_words_is_no_note():
    comparison, link = one_link("Officials believe the virus was carried in by wild geese from a nearby estuary.",
                                "Officials think the virus was carried in by wild geese from a nearby estuary.")
    assert link_notes(comparison, link) == ()


@pytest.mark.parametrize("a, b, hedges", [
    ("Heavy rain may have washed away the bridge near the village.",
     "Heavy rain washed away the bridge near the village, local officials believe.",
     ("may have", "local officials believe")),
    ("Heavy rain may have washed away the bridge near the village.",
     "Heavy rain washed away the bridge near the village, the county's engineers believe.",
     ("may have", "the county's engineers believe")),
])
def test_believers_named_in_several_words_still_join_the_other_sides_hedge(a, b, hedges):
    comparison, link = one_link(a, b)
    assert [(note.kind, note.a, note.b) for note in link_notes(comparison, link)] == [(HEDGING_DIFFERS, *hedges)]


def test_a_hedged_clause_of_its_own_is_not_joined_with_the_other_sides_hedge():
    comparison, link = one_link("The gunman, who may have fled, shot three people in the square.",
                                "The gunman shot three people in the square, police believe.")
    assert HEDGING_DIFFERS not in [note.kind for note in link_notes(comparison, link)]


def test_a_clause_put_in_before_the_believers_is_not_joined_with_the_other_sides_hedge():
    comparison, link = one_link("The gunman may have shot three people in the square.",
                                "The gunman shot three people in the square and fled, police believe.")
    assert HEDGING_DIFFERS not in [note.kind for note in link_notes(comparison, link)]


def test_may_written_with_its_capital_is_the_month_no_hedge():
    comparison, link = one_link("Hotel owner Raj Patel said bookings for May were already up on last year.",
                                "Hotel owners along the seafront said early bookings were up on last year.")
    assert [note.kind for note in link_notes(comparison, link)] == []
    comparison, link = one_link("Police said the man may have fled abroad.", "Police said the man has fled abroad.")
    assert [(note.kind, note.a) for note in link_notes(comparison, link)] == [(HEDGED_ONLY, "may have")]
