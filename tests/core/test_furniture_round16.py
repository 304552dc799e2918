"""Round 16: story facts in structures shaped like page furniture, after the twenty-second gold
set was scored blind (facts boxes, transcripts, quoted letters).

Every example is invented for this file.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, kinds

HEADLINE = "Ferry terminal to close after 90 years"
VOTE = ("The council's transport committee backed the closure by seven votes to four after a "
        "debate that lasted most of the afternoon, with turnout at the public gallery unusually high.")


def page(*blocks: str) -> str:
    return "\n\n".join((HEADLINE, LEDE, VOTE, STORY, *blocks, CLOSE))


# -- A box of the story's facts: "label: value" lines ------------------------------------------


RESULTS_BOX = ("THE VOTE IN FIGURES", "Votes for closure: 7", "Votes against: 4",
               "Public gallery turnout: 212", "Petition signatures: 3,480")


def test_a_box_of_the_storys_figures_is_story_and_its_capitals_head_it():
    result = kinds(page("\n\n".join(RESULTS_BOX)))
    for item in RESULTS_BOX[1:]:
        assert result[item] == ("body", ""), item
    assert result["THE VOTE IN FIGURES"][0] == "heading"
    assert_story_kept(result)


def test_a_life_in_brief_by_year_is_story():
    timeline = ("1931: Terminal opens at Harwick Point", "1987: Pier rebuilt after a storm",
                "2015: Council starts subsidising the service")
    result = kinds(page("Harwick Point terminal in brief", "\n".join(timeline)))
    for entry in timeline:
        assert result[entry] == ("body", ""), entry


def test_a_widget_of_the_same_shape_that_shares_no_word_with_the_story_stays_furniture():
    weather = ("Glasgow: 14°C", "Edinburgh: 12°C", "Aberdeen: 9°C")
    result = kinds(page("WEATHER NOW", "\n\n".join(weather)))
    for line in weather:
        assert result[line][0] != "body", line
    assert_story_kept(result)


def test_two_lines_are_no_box():
    pair = ("Votes for closure: 7", "Votes against: 4")
    result = kinds(page("THE VOTE", "\n\n".join(pair)))
    assert any(result[line][0] != "body" for line in pair)


# -- A transcript's turns are someone's words --------------------------------------------------


TURN = ("Read the timetable back to yourself. A passenger decides, on the quay, that the last "
        "sailing is worth the wait. Who is accountable if it never comes?")


def test_a_turn_under_a_speaker_label_is_no_reader_prompt():
    result = kinds(page("MORAG LINDSAY (Independent, Harwick)", TURN))
    for sentence in ("Read the timetable back to yourself.", "Who is accountable if it never comes?"):
        assert result[sentence] == ("body", ""), sentence
    assert_story_kept(result)


def test_a_prompt_under_a_label_in_capitals_is_still_a_prompt():
    prompt = "Share your photos of the last crossing with us: we read every message."
    for label in ("ADVERTISEMENT", "MORE FROM THE GAZETTE"):
        assert kinds(page(label, prompt))[prompt] == ("boilerplate", "reader prompt"), label


# -- A letter the story prints in full ---------------------------------------------------------


LETTER = ("Dear Councillor Reid,",
          "We write on behalf of 1,214 households on the island who rely on the ferry to reach work, "
          "school and the hospital.",
          "We ask that the council keep the terminal open until a new operator is found.",
          "Yours faithfully,",
          "Ishbel Grant",
          "Chair, Harwick Point Residents' Association")


def test_a_quoted_letters_signature_is_the_story():
    result = kinds(page("The association's letter is published below in full.", "\n\n".join(LETTER)))
    for line in ("Ishbel Grant", "Chair, Harwick Point Residents' Association"):
        assert result[line] == ("body", ""), line
    assert_story_kept(result)


def test_a_letters_addressee_and_subject_line_are_the_story():
    letter = ("To\nThe Chief Executive,\nHarwick Council.", "Respected Sir,",
              "Sub: Request to keep the Harwick Point ferry terminal open",
              "I have used the ferry every working day for 31 years and write to ask you to keep it.")
    result = kinds(page("\n\n".join(letter)))
    for line in ("To", "Sub: Request to keep the Harwick Point ferry terminal open"):
        assert result[line] == ("body", ""), line


def test_a_sign_off_without_a_letter_above_it_is_not_taken_back():
    signoff = ("Best regards,", "Ishbel Grant")
    result = kinds(page("\n\n".join(signoff)))
    assert result["Ishbel Grant"] == kinds(page("Ishbel Grant"))["Ishbel Grant"]


def test_the_line_that_closes_a_quoted_statement_is_no_heading():
    statement = ('"To the council that closed our ferry,\nI used to cross every morning with my boys.\n'
                 'Now we leave at six to catch the bus round the estuary.\nMorag"')
    result = kinds(page("Her statement was read to the committee.", statement))
    assert result['Morag"'] == ("body", "")
    paired = 'Campaigners: "We will not give up"'
    assert kinds(page(paired, "The campaign group met on Thursday evening to plan its appeal."))[paired][0] == "heading"
