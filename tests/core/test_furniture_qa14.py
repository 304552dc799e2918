"""Page furniture beside story text: a photo line that carries its own caption and credit takes no story
sentence above it for its caption; a newsletter offer closed by a bare "sign up here" is a prompt; the
outlet's name between a sentence-case headline and its byline is no subheading; and a quotation set apart
that the story gives only as reported speech is a pull quote.  Every page here is invented."""

from __future__ import annotations

from sentence_kinds import of_file as kinds_of
from written_files import write

from reader.core.compare import compare
from reader.core.document import load_document

# A photo line that gives its caption and its credit: the story line above it is no caption.

FERRY_LINE = "The 140-metre ferry ran aground at about 6am, some 12 miles north of the harbour."


def _ferry_page(photo_line: str) -> str:
    return ("Ferry runs aground in fog\n\n"
            "The ferry ran aground on Friday.\n"
            f"{FERRY_LINE}\n"
            f"{photo_line}\n"
            "All passengers were taken off safely.\n")


def test_a_story_line_over_a_photo_line_with_its_own_caption_and_credit_stays_story(tmp_path):
    result = kinds_of(write(tmp_path, "ferry.txt", _ferry_page("Photo: The Island Queen (Harbour Press)")))
    assert result[FERRY_LINE] == ("body", "")
    assert result["Photo: The Island Queen (Harbour Press)"][0] == "boilerplate"


def test_a_described_scene_before_the_bracketed_credit_is_a_caption_too(tmp_path):
    line = "Picture: Passengers on the quay at dawn (Jana Roth/Harbour Press)"
    result = kinds_of(write(tmp_path, "ferry.txt", _ferry_page(line)))
    assert result[FERRY_LINE] == ("body", "")
    assert result[line][0] == "boilerplate"


def test_a_photographers_credit_alone_still_closes_the_caption_above_it(tmp_path):
    caption = "Passengers wait on the quay after the ferry was towed in on Friday."
    page = ("Ferry runs aground in fog\n\n"
            "The ferry ran aground on Friday.\n\n"
            f"{caption}\nPhotograph: Jana Roth (Harbour Press)\n\n"
            "All passengers were taken off safely.\n")
    assert kinds_of(write(tmp_path, "ferry.txt", page))[caption] == ("boilerplate", "photo caption")


def test_the_story_line_over_a_self_captioned_photo_is_compared_with_the_other_report(tmp_path):
    a = write(tmp_path, "a.txt", "Ferry runs aground in fog\n\nThe ferry ran aground on Friday.\n"
              "The 140-metre ferry hit the rocks at about 5am, some 12 miles north of the harbour.\n"
              "All passengers were taken off safely.\n")
    b = write(tmp_path, "b.txt", _ferry_page("Photo: The Island Queen (Harbour Press)"))
    comparison = compare(load_document(a), load_document(b))
    ferry = next(s.index for s in comparison.b_sentences if s.text == FERRY_LINE)
    assert any(link.b == ferry for link in comparison.links)


# A newsletter offer closed by a bare imperative.

PROMPT = "Get the Valley Courier's evening email — sign up here."
STORY = "Flood barriers went up along the river on Monday.\n\nThe council expects the water to peak overnight.\n"


def test_an_italic_markdown_newsletter_offer_closed_by_sign_up_here_is_a_prompt(tmp_path):
    page = write(tmp_path, "flood.md", f"# River expected to peak overnight\n\n{STORY}\n*{PROMPT}*\n")
    assert kinds_of(page)[PROMPT] == ("boilerplate", "newsletter prompt")


def test_a_plain_text_briefing_offer_closed_by_subscribe_now_is_a_prompt(tmp_path):
    prompt = "Want the weekly flood briefing? Subscribe now."
    result = kinds_of(write(tmp_path, "flood.txt", f"River expected to peak overnight\n\n{STORY}{prompt}\n"))
    assert result["Want the weekly flood briefing?"] == result["Subscribe now."] == ("boilerplate", "newsletter prompt")


def test_a_story_sentence_about_signing_up_for_alerts_stays_story(tmp_path):
    sentence = "Residents can sign up for text alerts on the council's website."
    page = write(tmp_path, "flood.txt", f"River expected to peak overnight\n\n{STORY}{sentence}\n")
    assert kinds_of(page)[sentence] == ("body", "")


# The outlet's name between the headline and the byline.

def _credits_page(headline: str, under: str) -> str:
    return (f"{headline}\n{under}\nBy Maria Lenz\n14 August 2026\n"
            "Firefighters fought a blaze at a timber yard on Wednesday.\nNobody was hurt.\n")


def test_an_outlet_name_under_a_sentence_case_headline_is_no_subheading(tmp_path):
    result = kinds_of(write(tmp_path, "fire.txt", _credits_page("Fire destroys timber yard near the port",
                                                                 "Harbourside Mercury")))
    assert result["Harbourside Mercury"][0] == "boilerplate"
    assert result["Fire destroys timber yard near the port"] == ("heading", "headline")


def test_a_title_case_headline_broken_over_two_lines_keeps_its_second_line_over_the_byline(tmp_path):
    result = kinds_of(write(tmp_path, "fire.txt", _credits_page("Fire Destroys Timber Yard", "Near The Old Port")))
    assert result["Near The Old Port"][0] == "heading"


# A quotation set apart that the story gives only as reported speech.

REPORTED = ("Mayor Ines Varga said she was shocked and promised that the city would rebuild every damaged "
            "home before winter.")
QUOTE = '"We will rebuild every damaged home before winter."'


def test_a_markdown_quote_the_story_gives_as_reported_speech_is_a_pull_quote(tmp_path):
    page = write(tmp_path, "storm.md", f"# Storm damages 300 homes\n\n{REPORTED}\n\n> {QUOTE}\n\n"
                 "Insurers have opened a claims line.\n")
    result = kinds_of(page)
    assert result[QUOTE] == ("boilerplate", "pull quote")
    assert result[REPORTED] == ("body", "")


def test_a_quotation_the_story_quotes_again_in_part_stays_story(tmp_path):
    partly = ('Mayor Ines Varga urged residents to be patient and said the city would "rebuild every damaged '
              'home before winter."')
    page = write(tmp_path, "storm.md", f"# Storm damages 300 homes\n\n{partly}\n\n{QUOTE}\n\n"
                 "Insurers have opened a claims line.\n")
    assert kinds_of(page)[QUOTE] == ("body", "")


def test_a_quotation_that_is_not_in_the_speakers_own_voice_stays_story(tmp_path):
    quote = '"The city will rebuild every damaged home before winter."'
    page = write(tmp_path, "storm.md", f"# Storm damages 300 homes\n\n{REPORTED}\n\n{quote}\n\n"
                 "Insurers have opened a claims line.\n")
    assert kinds_of(page)[quote] == ("body", "")
