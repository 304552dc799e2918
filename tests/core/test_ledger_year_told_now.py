"""One event dated by its year on one side and told as now on the other is still one event where both give one
of its figures alike: "John Smith, 52, stole $50,000 from the charity in 2021" / "John Smith, 53, was jailed on
Tuesday for stealing $50,000" agree on the sum and dispute the age (review 27: the year-and-now guard held all
their figures apart).  Two events with no figure in common stay apart."""

from ledger_rows import ledger_with_texts

_DATED = "John Smith, 52, stole $50,000 from the charity in 2021."


def test_a_figure_told_alike_keeps_one_event_compared():
    found = ledger_with_texts(_DATED, "John Smith, 53, was jailed on Tuesday for stealing $50,000 from the charity.")
    assert found["agree"] == [("$50,000", "$50,000")]
    assert found["conflict"] == [("52", "53")]


def test_two_events_with_no_figure_in_common_stay_apart():
    found = ledger_with_texts("The same branch was robbed in 2019, when a man escaped with $3,200.",
                              "The branch was robbed on Monday by a man who demanded $5,000.")
    assert found["conflict"] == []
