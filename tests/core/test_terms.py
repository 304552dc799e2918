"""Terms: what the aligner sees of a sentence."""

import pytest

from reader.core.terms import (
    Figure, content_terms, figure_of_key, name_evidence, number_kind, promote_opening_names, tokenize,
)


@pytest.mark.parametrize(
    "british, american",
    [
        ("He travelled north.", "He traveled north."),
        ("After realising it, he left.", "After realizing it, he left."),
        ("The colour of the centre.", "The color of the center."),
        ("The defence ministry said so.", "The defense ministry said so."),
    ],
)
def test_british_and_american_spellings_are_one_term(british, american):
    assert content_terms(tokenize(british)) == content_terms(tokenize(american))


def test_spelling_folding_keeps_distinct_words_apart():
    assert content_terms(tokenize("They filled it.")) != content_terms(tokenize("They filed it."))
    assert content_terms(tokenize("An hour.")) != content_terms(tokenize("A horse."))


def test_a_range_also_counts_as_its_two_ends():
    terms = content_terms(tokenize("It covers 2019 to 2024."))
    moved = content_terms(tokenize("It covers 2016 to 2024."))
    shared = set(terms) & set(moved)
    assert any(key.startswith("#") and "2024" in key for key in shared)
    assert not any("2019" in key for key in moved)


def test_a_list_items_number_is_in_the_diff_but_no_term():
    tokens = tokenize("4. Sylhet: 51.9 percent (lowest)")
    assert tokens[0].surface == "4"  # the word diff still shows it
    assert "#4" not in content_terms(tokens) and "4" not in content_terms(tokens)
    assert "#count=3" in content_terms(tokenize("3 people died."))


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060"])
def test_an_invisible_character_inside_a_word_leaves_it_one_word(invisible):
    """A soft hyphen ("resi&shy;dents") or a zero-width space is not seen by a reader: the word
    is the same word, and keeps its exact place in the text."""
    text = f"The award covers 221 resi{invisible}dents of Hal{invisible}vor{invisible}sen."
    plain = "The award covers 221 residents of Halvorsen."
    tokens = tokenize(text)
    assert [t.key for t in tokens] == [t.key for t in tokenize(plain)]
    assert all(text[t.start:t.end] == t.surface for t in tokens)
    assert content_terms(tokens) == content_terms(tokenize(plain))


def test_an_invisible_character_changes_no_word_in_the_diff():
    from reader.core.worddiff import word_diff
    shy = tokenize("Evidence showed Hal\u00advor\u00adsen knew.")
    assert [span.op for span in word_diff(shy, tokenize("Evidence showed Halvorsen knew."))] == ["equal"]


def test_a_full_date_also_counts_without_its_year():
    # One report gives the year, the other does not: both still say "July 6".
    with_year = content_terms(tokenize("He joined on July 6th, 2022."))
    without = content_terms(tokenize("He joined on 6 July."))
    assert set(with_year) & set(without) == {"#date=Date(year=None, month=7, day=6)", "join"}


def shown_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    from reader.core.worddiff import word_diff

    return [(span.op, a[span.a_start:span.a_end], b[span.b_start:span.b_end])
            for span in word_diff(tokenize(a), tokenize(b))]


def test_a_function_word_or_two_kept_between_two_changes_is_part_of_the_change():
    a = "Officials said the bridge was closed for repairs on Monday."
    b = "Officials said a storm damaged the roof of the station on Monday."
    changes = [(x, y) for op, x, y in shown_diff(a, b) if op != "equal"]
    assert changes == [("the bridge was closed for repairs", "a storm damaged the roof of the station")]


def test_content_words_kept_between_two_changes_still_show_as_kept():
    a = "Officials said the bridge was closed on Monday."
    b = "Officials claimed the bridge reopened on Monday."
    assert ("equal", "the bridge", "the bridge") in shown_diff(a, b)


def _opening_types(sentences: list[str], *split_at: int):
    """The type of each sentence's first token after promotion, with the name evidence gathered
    from the whole list, or per part when ``split_at`` cuts it (as two documents' readers do)."""
    tokens = [tokenize(sentence) for sentence in sentences]
    cuts = [0, *split_at, len(tokens)]
    parts = [name_evidence(tokens[start:end]) for start, end in zip(cuts, cuts[1:])]
    promote_opening_names(tokens, *parts)
    return [sentence_tokens[0].type for sentence_tokens in tokens]


def test_an_opening_word_is_a_name_where_the_story_shows_it_whichever_document_does():
    story = [
        "Medvedev said he fled.",  # opens: a name only because the other document shows it is one
        "Police said he crossed the border.",  # "police" is written in lower case elsewhere
        "The Norwegian police held him, said Medvedev.",
        "Norwegian officials declined to comment.",
    ]
    expected = ["name", "word", "word", "name"]
    assert _opening_types(story) == expected
    assert _opening_types(story, 2) == expected  # the evidence split between two documents
    assert _opening_types(story, 1, 3) == expected


def test_a_links_screen_reader_label_is_no_word_of_the_story():
    """Copied from a news site, "opens new tab" follows every link; the other outlet's copy lacks it."""
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    labelled = "Shares of Acme (ACME.O), opens new tab rose 5% after the report, opens new tab, came out on Monday."
    plain = "Shares of Acme (ACME.O) rose 5% after the report came out on Monday."
    assert [t.surface for t in tokenize(labelled)] == [t.surface for t in tokenize(plain)]
    windowed = "Shares of Acme (ACME.O), Opens in a New Window rose 5% after the report came out on Monday."
    assert [t.surface for t in tokenize(windowed)] == [t.surface for t in tokenize(plain)]
    comparison = compare(document_from_text(labelled), document_from_text(plain))
    [link] = comparison.links
    assert all(span.op == "equal" for span in link.diff)
    assert link.score == 1.0


@pytest.mark.parametrize("text, figure", [
    ("The count stood at 1,204,311 votes.", Figure("count", "", 1204311.0)),
    ("Turnout was 67.5% on the day.", Figure("percent", "", 67.5)),
    ("The deal is worth $4.8bn in all.", Figure("money", "USD", 4.8e9)),
    ("It sold for £2.47 million last year.", Figure("money", "GBP", 2.47e6)),
])
def test_a_plain_figures_term_reads_back_as_its_kind_and_value(text, figure):
    """The aligner compares close figures ("1,204,311" / "about 1.2 million") by reading them back
    out of the terms; what the number reader writes into a term must read back as the figure."""
    figures = [figure_of_key(key) for key in content_terms(tokenize(text))]
    assert figure in figures


def test_words_dates_and_ranges_are_no_plain_figure_but_dates_and_ranges_have_a_kind():
    terms = content_terms(tokenize("Between 15 and 20 men crossed on January 13, 2023, officials said."))
    kinds = {number_kind(key) for key in terms} - {None}
    assert {"date", "count"} <= kinds
    assert all(figure_of_key(key) is None for key in terms if number_kind(key) == "date")
    assert figure_of_key("official") is None and number_kind("official") is None
