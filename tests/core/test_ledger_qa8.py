"""The ledger on the eighth QA pass's pairs: a headline's recall size set against the other's, not against its
toll; jobs and posts counted as one thing; and a ratio of so many in so many set against a share in per cent."""

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _ledger_with_texts(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))


def _surfaces(pairs):
    return [(x.surface, y.surface) for x, y in pairs]


def _headlines(headline_a: str, headline_b: str):
    a = document_from_text(f"{headline_a}\n\nHalvard Motors is recalling the vehicles worldwide, the company said "
                           "on Tuesday.\n")
    b = document_from_text(f"{headline_b}\n\nHalvard is to recall the cars globally, the carmaker said on "
                           "Tuesday.\n")
    return compare(a, b).headlines


def test_the_headlines_set_the_recall_sizes_against_each_other_not_against_the_injuries():
    headlines = _headlines("Halvard recalls about 1.2 million SUVs over airbag inflators",
                           "Halvard recalls 1.02 million cars after airbag fault injures 32")
    assert _surfaces(headlines.numbers.conflict) == [("1.2 million", "1.02 million")]
    assert [m.surface for m in headlines.numbers.only_b] == ["32"]


def test_a_count_of_people_a_headline_verb_tells_disputes_no_count_of_things():
    ledger = _ledger_with_texts("Halvard recalls 1.2 million trucks over airbag inflators",
                                "Halvard airbag fault injures 32")
    assert ledger.conflict == ()
    ledger = _ledger_with_texts("Rockfall blocks 12 roads in Valdez", "Rockfall kills 9 in Valdez")
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["12"]
    assert [m.surface for m in ledger.only_b] == ["9"]


def test_two_tolls_a_headline_verb_tells_still_conflict():
    ledger = _ledger_with_texts("Storm kills 4 people in Valdez", "Storm kills 3 in Valdez")
    assert _surfaces(ledger.conflict) == [("4", "3")]


def test_jobs_and_posts_are_one_count_of_job_cuts():
    ledger = _ledger_with_texts("Up to 180 jobs will go over the next two years, the council said.",
                                "About 220 posts will go over the next two years, the council said.")
    assert _surfaces(ledger.conflict) == [("180", "220")]
    ledger = _ledger_with_texts("The bank will cut 300 roles in Leeds.", "The bank will cut 300 positions in Leeds.")
    assert _surfaces(ledger.agree) == [("300", "300")]


SHARE = "Only 58.9% of patients were seen within 18 weeks, against a target of 92% that has not been met since 2015."
RATIO = SHARE.replace("92%", "nine in ten")


def test_a_ratio_in_words_disputes_a_share_it_does_not_round_to():
    ledger = _ledger_with_texts(SHARE, RATIO)
    assert _surfaces(ledger.conflict) == [("92%", "nine in ten")]
    assert ledger.only_a == () and ledger.only_b == ()


def test_a_hedged_ratio_fits_a_share_near_it():
    ledger = _ledger_with_texts(SHARE, RATIO.replace("nine in ten", "about nine in ten"))
    assert ledger.conflict == ()
    assert ("92%", "nine in ten") in _surfaces(ledger.agree)


def test_a_ratio_still_agrees_with_the_share_it_gives_and_a_fraction_rounds():
    ledger = _ledger_with_texts("One in five adults smoke, the survey found.", "20% of adults smoke, the survey found.")
    assert _surfaces(ledger.agree) == [("One in five", "20%")]
    ledger = _ledger_with_texts("Three quarters of patients were seen.", "76.1% of patients were seen.")
    assert ledger.conflict == ()


def test_a_ratio_no_share_in_per_cent_gives_exactly_is_left_to_round():
    ledger = _ledger_with_texts("One in three voters backed the plan.", "30% of voters backed the plan.")
    assert ledger.conflict == ()
    ledger = _ledger_with_texts("One in ten voters backed the plan.", "14% of voters backed the plan.")
    assert _surfaces(ledger.conflict) == [("One in ten", "14%")]
