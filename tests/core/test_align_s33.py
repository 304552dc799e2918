"""Claims both reports make in other words that the aligner used to leave apart (QA passes 24 and 25): an
acronym and the name it stands for, "injured" / "injuries"."""

from linked_openings import linked

from reader.core import align
from reader.core.stemmer import stem
from reader.core.terms import ACRONYM, content_terms, tokenize

_FAILURE_A = """A satellite launched from Cornwall was lost minutes after lift-off on Monday.

The rocket's second stage shut down early and the payload fell into the Atlantic.

The Civil Aviation Authority said it would investigate the failure.

The launch company said its engineers were already studying the flight data.
"""

_FAILURE_B = """A satellite launched from Cornwall was lost minutes after lift-off on Monday.

The payload fell into the ocean after the second stage shut down early.

The CAA said it would not be opening an investigation, leaving the inquiry to the company.

Engineers were studying the flight data, the launch company said.
"""


def test_an_acronym_links_to_the_name_the_other_report_spells_out():
    assert linked(_FAILURE_A, _FAILURE_B, "The Civil Aviation Authority", "The CAA")
    assert linked(_FAILURE_B, _FAILURE_A, "The CAA", "The Civil Aviation Authority")


def test_a_word_in_capitals_is_an_acronym_term_and_a_name_after_one_is_not():
    terms = content_terms(tokenize("The CAA said NSW Police had closed the road."))
    assert terms["caa"] == ACRONYM and terms["nsw"] == ACRONYM and terms["police"] != ACRONYM
    assert content_terms(tokenize("SAID the man.")).get("say") == "hedge"


def test_the_name_takes_the_acronym_only_when_the_story_uses_it():
    spelt = content_terms(tokenize("The Civil Aviation Authority said it would investigate."))
    short = content_terms(tokenize("The CAA said it would not."))
    align.acronyms_spelt_out([spelt], [short])
    assert "caa" in spelt and short == content_terms(tokenize("The CAA said it would not."))
    alone = content_terms(tokenize("The Civil Aviation Authority said it would investigate."))
    align.acronyms_spelt_out([alone], [content_terms(tokenize("The regulator said it would not."))])
    assert "caa" not in alone


def test_an_acronym_two_names_share_is_read_as_neither():
    first = content_terms(tokenize("The Civil Aviation Authority said so."))
    second = content_terms(tokenize("The Consumers Advice Association said so."))
    short = content_terms(tokenize("The CAA said so."))
    align.acronyms_spelt_out([first, second], [short])
    assert "caa" not in first and "caa" not in second


def test_an_acronym_does_not_link_another_claim_of_the_same_body():
    a = _FAILURE_A
    b = _FAILURE_B.replace("The CAA said it would not be opening an investigation, leaving the inquiry to the company.",
                           "The CAA said passenger numbers at Newquay airport rose 4% in May.")
    assert not linked(a, b, "The Civil Aviation Authority", "The CAA")


_DEBRIS_A = """A rocket exploded on its launch pad in Shetland on Tuesday morning.

Debris fell into the sea and nobody was injured, the company said.

The cause of the explosion is not yet known.
"""

_DEBRIS_B = """A rocket exploded on its launch pad in Shetland on Tuesday morning.

No injuries were reported, the company said.

Investigators will examine the wreckage this week.
"""


def test_injuries_and_injured_are_one_word():
    assert stem("injuries") == stem("injured") == stem("injury") == stem("injure")
    assert stem("jury") != stem("injury") and stem("fury") == "fury"
    assert linked(_DEBRIS_A, _DEBRIS_B, "Debris fell", "No injuries")


def test_injuries_of_another_story_are_notlinked():
    b = _DEBRIS_B.replace("No injuries were reported, the company said.",
                          "The club said the striker's injuries would keep him out until March.")
    assert not linked(_DEBRIS_A, b, "Debris fell", "The club")
