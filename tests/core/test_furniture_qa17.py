"""A quotation set apart with its speaker after a dash, and bylines that were read as subheadings.

A QA pass found a Markdown pull quote, '> "..." – Jo Grady, general secretary', kept as story though the
story quoted the same words, its "– Jo Grady, ..." a sentence of its own linked to the other report's
quotation; and three bylines shown as subheadings: a name and role under the headline ("Nadia Ferris,
Education Reporter"), a live blog's team line, and a name and date side by side with no separator (an
HTML page's author and time boxes).  Every page here is invented.
"""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import load_document
from reader.core.sentences import document_sentences
from sentence_kinds import by_text


def file_kinds(path) -> dict[str, tuple[str, str]]:
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


QUOTE = '"Our members have been pushed to breaking point."'
STRIKE_MD = """# Staff vote to strike

The union said staff had voted to strike over pay and conditions.

> {quote} {dash} {speaker}

The dispute centres on a pay award imposed over the summer.

{story_quote}
"""
TOLD = f'Jo Grady said: {QUOTE}'
NOT_TOLD = "Jo Grady said members would decide the dates of the walkouts next week."


def strike_page(tmp_path, *, story_quote=TOLD, dash="–", speaker="Jo Grady, general secretary", quote=QUOTE):
    return _write(tmp_path, "a.md", STRIKE_MD.format(quote=quote, dash=dash, speaker=speaker,
                                                     story_quote=story_quote))


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_pull_quote_with_its_speaker_after_a_dash_is_furniture_with_its_speaker(tmp_path, dash):
    result = file_kinds(strike_page(tmp_path, dash=dash))
    assert result[QUOTE] == ("boilerplate", "pull quote")
    assert result[f"{dash} Jo Grady, general secretary"] == ("boilerplate", "pull quote")
    assert result[TOLD] == ("body", "")


def test_the_speaker_line_of_a_repeated_pull_quote_is_linked_to_nothing(tmp_path):
    """The other report's quotation belongs to the story's copy, not to the pull quote's speaker line."""
    a = strike_page(tmp_path)
    b = _write(tmp_path, "b.md", """# Lecturers back strikes

The union said lecturers had voted for strikes over pay and conditions.

"Our members have been pushed to breaking point," said Jo Grady, the general secretary.

At the heart of the dispute is a pay offer imposed over the summer.
""")
    comparison = compare(load_document(a), load_document(b))
    linked_a = {comparison.a_sentences[link.a].text for link in comparison.links}
    assert TOLD in linked_a
    assert not any(text.startswith(("–", QUOTE)) for text in linked_a)


def test_a_quotation_the_story_does_not_repeat_stays_story_and_only_its_speaker_is_furniture(tmp_path):
    result = file_kinds(strike_page(tmp_path, story_quote=NOT_TOLD))
    assert result[QUOTE] == ("body", "")
    assert result["– Jo Grady, general secretary"] == ("boilerplate", "quote attribution")


@pytest.mark.parametrize("tail", [
    "– and then the talks broke down.",  # the story goes on after the dash: a sentence, not a speaker
    "– and then the talks collapsed",  # no full stop, but no one named either
    "– Jo Grady, who has led the union since 2019, told members at a rally in Manchester on Saturday",
])
def test_a_dash_that_goes_on_with_the_story_is_no_speaker(tmp_path, tail):
    result = file_kinds(strike_page(tmp_path, story_quote=NOT_TOLD, dash="", speaker=tail))
    assert " ".join(tail.split()) in result
    assert result[" ".join(tail.split())][0] == "body"


def test_a_dash_inside_the_quotation_is_not_its_speaker(tmp_path):
    """The last dash after the quotation's own closing mark names the speaker; one inside it does not."""
    quote = '"We back the workers\' - all of them."'
    result = file_kinds(strike_page(tmp_path, quote=quote, story_quote=f"Jo Grady said: {quote}"))
    assert result["– Jo Grady, general secretary"] == ("boilerplate", "pull quote")


def test_a_dash_speaker_in_plain_text_is_read_the_same(tmp_path):
    text = ("Staff vote to strike\n\nThe union said staff had voted to strike over pay and conditions.\n\n"
            f"{QUOTE} – Jo Grady, general secretary\n\nThe dispute centres on a pay award imposed over the summer.\n\n"
            f"{TOLD}\n")
    result = by_text(text)
    assert result[QUOTE] == ("boilerplate", "pull quote")
    assert result["– Jo Grady, general secretary"] == ("boilerplate", "pull quote")


# Bylines under the headline.

STORY = "University staff across the UK have voted to strike over pay, their union announced on Saturday."
SECOND = "The ballot closed on Friday with a turnout of 58%, and two-thirds of those voting backed strikes."


@pytest.mark.parametrize("credit", [
    "**Nadia Ferris, Education Reporter**",
    "**Harbourline News live team**",
    "Health correspondent",
])
def test_a_name_and_role_under_the_headline_is_the_byline(tmp_path, credit):
    page = _write(tmp_path, "a.md", f"# University staff vote to strike over pay\n\n{credit}\n\n{STORY}\n\n{SECOND}\n")
    result = file_kinds(page)
    assert result[credit.strip("*")] == ("boilerplate", "byline")
    assert result[STORY] == ("body", "")


@pytest.mark.parametrize("standfirst", [
    "Walkouts at 143 universities could start next month",
    "Walkouts at 143 universities could start next month.",  # a standfirst with its full stop
])
def test_a_name_and_role_under_the_standfirst_is_the_byline(tmp_path, standfirst):
    page = _write(tmp_path, "a.html", f"""<html><body><article>
<h1>University staff vote to strike over pay</h1>
<p class="standfirst">{standfirst}</p>
<p>Nadia Ferris, Education Reporter</p>
<p>{STORY}</p><p>{SECOND}</p>
</article></body></html>""")
    assert file_kinds(page)["Nadia Ferris, Education Reporter"] == ("boilerplate", "byline")


@pytest.mark.parametrize("line", [
    "Veteran war correspondent dies",  # a headline's own words in lower case
    "Reporter attacked during protest",
])
def test_a_heading_that_names_a_role_in_a_sentence_is_no_byline(tmp_path, line):
    page = _write(tmp_path, "a.md", f"# University staff vote to strike over pay\n\n{line}\n\n{STORY}\n\n{SECOND}\n")
    assert file_kinds(page)[line][1] != "byline"


def test_a_name_and_role_line_inside_the_story_is_not_taken_for_the_byline(tmp_path):
    page = _write(tmp_path, "a.md", f"# University staff vote to strike over pay\n\n{STORY}\n\n"
                                    f"## What the union says\n\nJo Grady, General Secretary\n\n{SECOND}\n")
    assert file_kinds(page)["Jo Grady, General Secretary"][1] != "byline"


@pytest.mark.parametrize("meta", [
    '<span class="author">Lucy Pender</span> <time datetime="2024-06-03T19:40">3 June 2024</time>',
    '<span class="author">Lucy Ann Pender</span> <time>June 3, 2024 7:40pm</time>',
])
def test_a_name_and_its_date_side_by_side_are_the_byline(tmp_path, meta):
    page = _write(tmp_path, "b.html", f"""<html><body><article>
<h1>Halbridge mayor resigns amid expenses inquiry</h1>
<div class="meta">{meta}</div>
<p>Sandra Reid has stepped down as mayor of Halbridge after a standards investigation into her expenses.</p>
<p>The 61-year-old announced her resignation at 2.30pm on Monday at the town hall.</p>
</article></body></html>""")
    result = file_kinds(page)
    (line,) = [text for text in result if "Pender" in text]
    assert result[line] == ("boilerplate", "byline")


def test_a_sentence_with_a_name_and_a_date_stays_story():
    text = ("Halbridge mayor resigns\n\nSandra Reid has stepped down as mayor of Halbridge after an inquiry.\n\n"
            "Anil Kapoor takes over on 3 June 2024.\n")
    assert by_text(text)["Anil Kapoor takes over on 3 June 2024."] == ("body", "")
