"""``parallax align --json`` carries each link's notes (names differ, hedged or negated on one side only,
says the opposite, said by different people) as data, the same notes the text report prints as lines."""

from __future__ import annotations

import json

from reader.cli.report import comparison_dict, render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


def _pair(a: str, b: str):
    return compare(document_from_text(f"Drones\n\n{a}\n"), document_from_text(f"Drones\n\n{b}\n"))


def test_a_contradiction_in_words_is_in_the_json():
    comparison = _pair("The airport's cargo terminal remained open throughout the disruption.",
                       "The cargo terminal was also closed throughout the disruption.")
    [link] = [link for link in comparison_dict(comparison)["links"] if link["a"] == 1]
    assert link["notes"] == [{"kind": "says the opposite", "a": "remained open", "b": "was also closed", "side": ""}]


def test_a_note_of_one_side_names_it():
    comparison = _pair("The fire was started deliberately, police said.",
                       "The fire was allegedly started deliberately, police said.")
    [link] = [link for link in comparison_dict(comparison)["links"] if link["a"] == 1]
    assert link["notes"] == [{"kind": "hedged only", "a": "", "b": "allegedly", "side": "b"}]


def test_the_json_notes_are_the_report_lines():
    comparison = _pair("Mayor Harlan Pruitt said the road would reopen on Friday.",
                       "Mayor Harlan Pruett said the road would reopen on Friday.")
    data = json.loads(json.dumps(comparison_dict(comparison)))
    notes = [note for link in data["links"] for note in link["notes"]]
    assert notes and all(f'{note["kind"]}: "{note["a"]}" (A) vs "{note["b"]}" (B)' in render_report(comparison)
                         for note in notes)


def test_a_link_with_nothing_to_note_has_no_notes():
    comparison = _pair("The cargo terminal stayed open on Friday.", "The cargo terminal stayed open on Friday.")
    assert all(link["notes"] == [] for link in comparison_dict(comparison)["links"])
