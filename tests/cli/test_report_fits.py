"""An agreement that rests on a hedged figure is said to fit, not to be equal: the hedge may sit on
the conversion that meets the other report's figure."""

from __future__ import annotations

from report_lines import called_out, report_of_sentences


def test_a_figure_that_meets_a_hedged_conversion_fits_it():
    report = report_of_sentences("Reyes defrauded investors of $48 million.",
                                 "Reyes defrauded investors of £36 million (about $45 million).")
    assert called_out(report, "numbers agree") == [
        'numbers agree: "$48 million" fits "£36 million (about $45 million)"']


def test_a_figure_that_meets_a_plain_conversion_is_equal():
    report = report_of_sentences("Reyes defrauded investors of $45 million.",
                                 "Reyes defrauded investors of £36 million ($45 million).")
    assert called_out(report, "numbers agree") == ['numbers agree: "$45 million" = "£36 million ($45 million)"']
