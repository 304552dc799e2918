"""A name with an "of" or "and" in it ("National Union of Students", "Georgia Bureau of Investigation") is
one name to its acronym ("NUS", "GBI"): the tokens drop the "of", and the two names either side of it were
never read together (QA pass 32: "The National Union of Students said ..." / "The NUS described ..." left
unlinked; the paraphrase documents gain "GBI" / "Georgia Bureau of Investigation")."""

from linked_openings import linked

from reader.core import align
from reader.core.terms import content_terms, tokenize

_FEES_A = """Tuition fees to rise

Universities in England will be allowed to charge up to £9,535 a year from September, ministers said.

The National Union of Students said the increase was "a betrayal" of young people.

Maintenance loans will also go up for students living away from home outside London.
"""

_FEES_B = """Tuition fees to rise

Ministers said universities in England could charge up to £9,535 a year from September.

The NUS described the move as "a betrayal".

Maintenance loans will rise for those living away from home outside the capital.
"""


def test_an_acronym_links_to_a_name_with_of_in_it():
    assert linked(_FEES_A, _FEES_B, "The National Union of Students", "The NUS")
    assert linked(_FEES_B, _FEES_A, "The NUS", "The National Union of Students")


def test_two_names_joined_take_an_acronym_of_three_letters_or_more_only():
    spelt = content_terms(tokenize("A Georgia Bureau of Investigation spokesman, John Bankhead, said so."))
    align.acronyms_spelt_out([spelt], [content_terms(tokenize("The GBI said so."))])
    assert "gbi" in spelt
    # "University [of] Sydney" is no "US": two letters stand for too much else.
    sydney = content_terms(tokenize("The University of Sydney said so."))
    align.acronyms_spelt_out([sydney], [content_terms(tokenize("The US said so."))])
    assert "us" not in sydney
