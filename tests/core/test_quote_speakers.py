"""Who a quotation is given to (reader.core.relation.quote_given_to_others): a speech verb in the
passive ("the jury was told", "MPs were told") has its listener before it, not its speaker, so that
side names no speaker and two reports of one quotation in court stay a restatement."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import SAID_BY_OTHERS, link_notes
from reader.core.relation import quote_given_to_others

_QUOTE = '"This was greed, pure and simple, and nothing else,"'
_SPOKEN = f"{_QUOTE} prosecutor Sam Ito told the court."


@pytest.mark.parametrize("heard", [
    f"{_QUOTE} the jury was told.",
    f"{_QUOTE} the judge was told.",
    f"{_QUOTE} jurors were told.",
    f"{_QUOTE} MPs were told.",
    f"{_QUOTE} the jury had been told.",
    f"{_QUOTE} the jury was also told.",
    f"{_QUOTE} the coach was asked.",
    f"The jury was told: {_QUOTE[:-2]}.\"",
])
def test_a_listener_before_a_passive_verb_is_no_speaker(heard):
    assert quote_given_to_others(_SPOKEN, heard) is None
    assert quote_given_to_others(heard, _SPOKEN) is None


@pytest.mark.parametrize("heard", [
    f"{_QUOTE} the jury was told by the judge.",
    f"Jurors were told by the judge: {_QUOTE[:-2]}.\"",
])
def test_the_speaker_a_passive_verb_names_after_by_is_read(heard):
    assert quote_given_to_others(_SPOKEN, heard) == ("prosecutor Sam Ito", "the judge")


@pytest.mark.parametrize("spoken, speaker", [
    (f"{_QUOTE} the judge told the jury.", "the judge"),
    (f"{_QUOTE} the judge said in a statement to the BBC.", "the judge"),
    (f"The judge told the court: {_QUOTE[:-2]}.\"", "The judge"),
])
def test_an_active_verb_keeps_its_speaker_and_not_its_listener(spoken, speaker):
    assert quote_given_to_others(_SPOKEN, spoken) == ("prosecutor Sam Ito", speaker)


def test_a_court_report_told_to_the_jury_stays_a_restatement():
    intro = "A former bank manager who stole from elderly customers has been jailed for eight years."
    a = f"Fraudster jailed for eight years\n\n{intro}\n\n{_SPOKEN}\n"
    b = f"Bank manager jailed over thefts\n\n{intro}\n\n{_QUOTE} the jury was told.\n"
    comparison = compare(document_from_text(a), document_from_text(b))
    quoted = next(link for link in comparison.links if comparison.a_sentences[link.a].text.startswith('"This'))
    assert quoted.relation == "equivalent"
    assert [note.kind for note in link_notes(comparison, quoted) if note.kind == SAID_BY_OTHERS] == []
