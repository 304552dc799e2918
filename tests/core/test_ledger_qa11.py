"""The ledger's listed agreements after the CLI QA (pass 11): the same article ("a suspect" / "a suspect") or
the same "both" ("both companies" / "both companies") in two reports is no figure either gives, and is not
listed as one; "A man" / "One man" (one side gives the figure) and agreeing figures in words still are."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, probe


@pytest.mark.parametrize("a, b", [
    ("Police confirmed that a suspect had been arrested in connection with the raid.",
     "Police said that a suspect had been arrested in connection with the raid."),
    ("This deal makes sense for both companies, he said.", "The deal made sense for both companies, he said."),
])
def test_the_same_word_count_in_both_reports_is_no_listed_agreement(a, b):
    result = both_ways(a, b)
    assert result == {"agree": [], "conflict": [], "only_a": [], "only_b": []}


def test_a_word_count_set_against_a_figure_is_still_listed():
    assert both_ways("A man was arrested on Tuesday.", "One man was arrested on Tuesday.")["agree"] == [
        ("A man", "One man"), ("Tuesday", "Tuesday")]
    assert both_ways("Both pilots died in the crash.", "Two pilots died in the crash.")["agree"] == [
        ("Both pilots", "Two")]
    assert both_ways("One man was arrested on Tuesday.", "One man was arrested on Tuesday.")["agree"] == [
        ("One man", "One man"), ("Tuesday", "Tuesday")]


def test_the_museum_link_lists_no_article_as_an_agreeing_figure():
    link = probe("Police confirmed that a suspect had been arrested in connection with the raid.",
                 "Police confirmed on Friday that a suspect had been arrested in connection with the raid.")
    assert link is not None
    assert link.numbers.agree == () and link.numbers.only_a == () and len(link.numbers.only_b) == 1
