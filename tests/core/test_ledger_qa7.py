"""The ledger on the seventh QA pass's pairs: a rise and a fall of two things, a count of people against a
count of places, the count of the same role paired first, and seats against those who hold them."""

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _ledger(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b))


def _ledger_with_texts(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))


def _surfaces(pairs):
    return [(x.surface, y.surface) for x, y in pairs]


POUND = "The pound rose 0.4% against the dollar after the announcement."
INDEX = "The pound rose against the dollar after the announcement, while the main share index fell 0.4%."


def test_a_rise_and_a_fall_of_two_markets_are_no_conflict():
    ledger = _ledger_with_texts(POUND, INDEX)
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["0.4%"]
    assert [m.surface for m in ledger.only_b] == ["0.4%"]


def test_a_rise_and_a_fall_of_one_thing_still_conflict():
    ledger = _ledger_with_texts("Shares rose 3% on Monday.", "Shares fell 3% on Monday.")
    assert _surfaces(ledger.conflict) == [("3%", "3%")]
    ledger = _ledger_with_texts("Acme's shares rose 3%.", "Shares in Acme fell 3%.")
    assert _surfaces(ledger.conflict) == [("3%", "3%")]


def test_a_change_whose_subject_goes_unsaid_still_conflicts():
    ledger = _ledger_with_texts("The pound rose 0.4%.", "It was a 0.4% fall for the pound.")
    assert _surfaces(ledger.conflict) == [("0.4%", "0.4%")]


def test_without_the_texts_a_rise_and_a_fall_conflict_as_before():
    assert _surfaces(_ledger(POUND, INDEX).conflict) == [("0.4%", "0.4%")]


def test_a_count_of_people_who_fled_is_no_count_of_counties():
    ledger = _ledger("Fire sweeps across Calaveras and Tuolumne counties, forcing 32,000 to flee",
                     "Evacuations grow as blaze burns through two counties")
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["32,000"]
    assert [m.surface for m in ledger.only_b] == ["two"]


def test_a_count_of_people_who_fled_still_disputes_a_count_of_residents():
    ledger = _ledger("The fire spread quickly, forcing 32,000 to flee.",
                     "The fire spread quickly and 23,000 residents were evacuated.")
    assert _surfaces(ledger.conflict) == [("32,000", "23,000")]


def test_the_count_of_the_same_role_is_paired_first():
    ledger = _ledger(
        "Eleven miners were trapped when a tunnel roof collapsed at the Wieczorek coal mine in Katowice early on "
        "Saturday.",
        "Rescuers brought six miners out alive on Monday from the collapsed Wieczorek coal mine in Katowice, "
        "where 13 miners had been trapped since early on Saturday.")
    assert _surfaces(ledger.conflict) == [("Eleven", "13")]
    assert "six" in [m.surface for m in ledger.only_b]


def test_members_of_a_parliament_are_its_seats():
    ledger = _ledger("The National Rally will send 30 MEPs to the European Parliament.",
                     "The National Rally will have 31 seats in the European Parliament.")
    assert _surfaces(ledger.conflict) == [("30", "31")]
    assert _surfaces(_ledger("Labour won 412 MPs.", "Labour won 411 seats.").conflict) == [("412", "411")]
    assert _surfaces(_ledger("Labour won 412 MPs.", "Labour won 412 seats.").agree) == [("412", "412")]


def test_two_kinds_of_seat_holder_and_a_part_of_the_staff_stay_apart():
    assert _ledger("The party has 30 MPs.", "The party has 31 senators.").conflict == ()
    assert _ledger("12,000 nurses went on strike.", "15,000 staff went on strike.").conflict == ()


def test_the_comparison_gives_the_ledger_the_sentences_so_two_markets_moving_apart_are_no_dispute():
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    comparison = compare(
        document_from_text("Markets\n\nThe pound rose 0.4% against the dollar after the announcement.\n"),
        document_from_text("Markets\n\nThe pound rose against the dollar after the announcement, while the main "
                           "share index fell 0.4%.\n"))
    (link,) = comparison.links
    assert not link.numbers.conflict
