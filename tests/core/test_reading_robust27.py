"""Text broken where the file broke it (a narrow column, a Markdown hard break, a <br>, a word
hyphenated at a line's end), HTML's character references in a text file, and a page's source
saved as text: each is read as the reader of the page saw it."""

from __future__ import annotations

import textwrap

import pytest

from reader.core.document import load_document
from reader.core.sentences import document_sentences, split_sentences

STORY = [
    "A powerful storm hit the northern coast on Tuesday, killing 12 people and leaving 40,000 homes "
    "without power, officials said in a statement on Wednesday.",
    "The mayor, Ingrid Solberg, said repairs would cost about $3.5 million, and that the port of Halden "
    "would stay closed until the end of the month at least.",
    "Rescue teams worked through the night to clear 27 roads blocked by fallen trees, the regional road "
    "authority reported.",
]


def flat(text: str) -> str:
    return " ".join(text.split())


def body_sentences(sentences) -> list[str]:
    return [flat(s.text) for s in sentences if s.kind == "body"]


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [30, 35, 40, 45])
def test_prose_wrapped_in_a_narrow_column_keeps_its_sentences_whole(width):
    wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in STORY)
    text = "Storm batters northern coast\n\n" + wrapped
    sentences = split_sentences(text)
    assert body_sentences(sentences) == STORY
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_stack_of_short_lines_is_no_narrow_column_of_prose():
    text = ("Storm batters northern coast\nBy Jane Doe, Oslo\nPublished Tuesday 12 March\n\n" + STORY[0])
    assert [s.text for s in split_sentences(text)][:3] == [
        "Storm batters northern coast", "By Jane Doe, Oslo", "Published Tuesday 12 March"]


def test_a_markdown_hard_break_inside_a_sentence_does_not_split_it(tmp_path):
    markdown = ("# Storm batters northern coast\n\n"
                "A powerful storm hit the northern coast on  \n"
                "Tuesday, killing 12 people and leaving 40,000 homes  \n"
                "without power, officials said.\n\n"
                "The mayor, Ingrid Solberg, said repairs would cost about  \n"
                "$3.5 million, and that the port of  \n"
                "Halden would stay closed.\n")
    sentences = document_sentences(load_document(write(tmp_path, "hard_breaks.md", markdown)))
    assert body_sentences(sentences) == [
        "A powerful storm hit the northern coast on Tuesday, killing 12 people and leaving 40,000 homes "
        "without power, officials said.",
        "The mayor, Ingrid Solberg, said repairs would cost about $3.5 million, and that the port of "
        "Halden would stay closed.",
    ]
    assert [s.reason for s in sentences if s.kind == "heading"] == ["headline"]


def test_line_breaks_inside_a_paragraph_of_a_page_do_not_split_its_sentences(tmp_path):
    page = ("<html><body><h1>Storm batters northern coast</h1>"
            "<p>A powerful storm hit the northern coast on<br>Tuesday, killing 12 people and leaving "
            "40,000 homes<br>without power, officials said.</p>"
            "<p>Rescue teams worked through the night to<br>Clear roads, the authority<br>reported.</p>"
            "</body></html>")
    sentences = document_sentences(load_document(write(tmp_path, "br.html", page)))
    assert body_sentences(sentences) == [
        "A powerful storm hit the northern coast on Tuesday, killing 12 people and leaving 40,000 homes "
        "without power, officials said.",
        "Rescue teams worked through the night to Clear roads, the authority reported.",
    ]


def test_a_line_in_the_middle_of_a_sentence_goes_on_into_a_line_that_opens_with_a_figure():
    text = ("Storm batters northern coast\n\n"
            "A powerful storm hit the coast, and the surge flooded\n"
            "the harbour, killing 12 people and leaving\n"
            "40,000 homes without power for two days, officials said.\n")
    assert body_sentences(split_sentences(text)) == [
        "A powerful storm hit the coast, and the surge flooded the harbour, killing 12 people and leaving "
        "40,000 homes without power for two days, officials said."]


def test_a_button_or_a_byline_under_an_unfinished_line_stays_apart():
    prompt = ("Subscribe to The Ledger from $1 for the first month. Already a subscriber? Sign in\n"
              "Jane Doe is a Ledger columnist and a former chair of the planning board.\n")
    assert len(split_sentences(prompt)) == 4
    headline = ("Rescuers dig with bare hands as families keep vigil after the walls caved in on\n"
                "By JANE DOE and JOHN ROE\n\nA storm hit the coast on Tuesday.")
    assert [s.text for s in split_sentences(headline)][1] == "By JANE DOE and JOHN ROE"


def test_a_word_hyphenated_at_the_end_of_a_line_goes_on_before_a_capital():
    text = "Storm batters coast\n\nProtesters gathered outside the anti-\nTrump rally on Tuesday, police said.\n"
    assert body_sentences(split_sentences(text)) == [
        "Protesters gathered outside the anti- Trump rally on Tuesday, police said."]


def test_character_references_in_a_text_file_are_read_as_what_they_stand_for(tmp_path):
    text = ("Storm batters northern coast\n\n"
            "A powerful storm hit the city&#8217;s northern coast on Tuesday, killing 12 people.\n\n"
            "Officials said winds reached 150&nbsp;km/h near the port &amp; harbour.\n\n"
            "The mayor said repairs would cost &pound;3.5 million, &#x2014; and more.\n")
    document = load_document(write(tmp_path, "entities.txt", text))
    assert document.format == "txt"
    assert "city\u2019s northern coast" in document.text
    assert "150\u00a0km/h near the port & harbour" in document.text
    assert "cost £3.5 million, \u2014 and more" in document.text
    assert "&" not in document.text.replace(" & ", "")
    assert all(document.text[s.start:s.end] == s.text for s in document_sentences(document))


def test_a_text_with_ampersands_but_no_character_reference_is_kept_as_it_is(tmp_path):
    text = "AT&T and P&O said R&D; spending & Q&A sessions rose 12%.\n"
    assert load_document(write(tmp_path, "plain.txt", text)).text == text


def test_a_page_fragment_saved_as_text_is_read_as_html(tmp_path):
    fragment = ("<h1>Storm hits coast</h1>\n"
                "<p>A storm hit the coast on Tuesday, killing 12 people.</p>\n"
                "<p>Officials said winds reached 150 km/h near the port.</p>\n")
    document = load_document(write(tmp_path, "fragment.txt", fragment))
    assert document.format == "html"
    assert document.title == "Storm hits coast"
    assert "<" not in document.text
    assert body_sentences(document_sentences(document)) == [
        "A storm hit the coast on Tuesday, killing 12 people.",
        "Officials said winds reached 150 km/h near the port."]


def test_prose_that_opens_with_a_tag_stays_text(tmp_path):
    text = ("<p> is the tag a web page opens a paragraph with.\n"
            "Editors who paste a page's source see it before every paragraph.\n"
            "The tool reads such text as it is.\n")
    document = load_document(write(tmp_path, "about_tags.txt", text))
    assert document.format == "txt"
    assert document.text == text


def test_a_text_that_writes_markup_as_references_is_kept_as_written(tmp_path):
    """A piece about web pages writes their brackets as references on purpose: decoding them would
    change what it says."""
    text = ("How to stop cross-site scripting\n\n"
            "Write &lt;script&gt; in a comment and the page shows it as text, said 12 engineers.\n\n"
            "An ampersand is written &amp;amp; when it must stay one.\n")
    assert load_document(write(tmp_path, "markup.txt", text)).text == text
