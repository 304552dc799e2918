"""Round 18: a QA pass on twelve pages in house styles unlike the seeds (one invented story).

Story paragraphs were lost as off-story next to a second "Advertisement" and above a
"Related stories" list; sentences were glued after "a.m." and split inside "Mt." or "Atty.
Gen."; an explainer's question subheads, full-sentence captions over their credit, writers'
taglines and embedded posts' signatures were read as story.  The texts are short invented
pages modelled on the QA files.
"""

from __future__ import annotations

from reader.core.sentences import split_sentences
from sentence_kinds import by_exact_text as by_text


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# -- A repeated advert or picture slot is no evidence against its neighbours ---------------

HEAD = ("Ferry fire forces evacuation in Port Carrow harbour", "By Dana Pryce", "March 4, 2025")
LEAD = (
    "A fire broke out in the engine room of the passenger ferry Morwen Star on Tuesday morning as it "
    "approached Port Carrow harbour with 212 passengers on board.",
    "The crew raised the alarm at 8:40 and the ferry was towed to the quay, where passengers left by "
    "the car ramp while harbour firefighters cooled the hull.",
    "Four passengers were treated for smoke inhalation at the harbour and released, the ferry operator "
    "said in a statement.",
)
MIDDLE = (
    "Passengers described thick smoke rising through the stairwells of the ferry as the crew led them "
    "to the open deck.",
    "The harbour master said the ferry would stay at the quay until inspectors had examined the engine "
    "room and the fire doors.",
)
REST = (
    "The operator cancelled the afternoon crossings and said passengers would be refunded or moved to "
    "the evening ferry.",
    "The Morwen Star, built in 2004, had passed its last fire inspection in January, the operator said.",
)
# A new witness: a paragraph of new names that shares almost no words with the rest.
WITNESS = ("Greta Lindholm, a Vasteras nurse on holiday with Oskar Brandt, bandaged a burned man's arm "
           "with gauze from a first-aid kit until paramedics came aboard.")


def ferry_page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join((*HEAD, *LEAD, *middle, *REST, *tail))


def test_a_paragraph_after_a_second_advertisement_line_stays_story():
    # After the page's first "Advertisement" the witness was story, after the second off-story:
    # the copy was a "repeated line", and that counted as page furniture beside it.
    first = by_text(ferry_page("Advertisement", WITNESS, *MIDDLE, "Advertisement"))
    second = by_text(ferry_page("Advertisement", *MIDDLE, "Advertisement", WITNESS))
    assert first[WITNESS] == ("body", "")
    assert second[WITNESS] == ("body", "")
    assert second["Advertisement"][0] == "boilerplate"


def test_a_paragraph_above_a_second_picture_slot_stays_story():
    slot = "View image in fullscreen"
    caption = "Passengers wait on the quay at Port Carrow. Photograph: Ana Ruiz/Harbour Press"
    result = by_text(ferry_page(slot, caption, *MIDDLE, WITNESS, slot, "A tug alongside the ferry. "
                                "Photograph: Ana Ruiz/Harbour Press"))
    assert result[WITNESS] == ("body", "")
    assert result[slot][0] == "boilerplate"


# -- A closing paragraph right above the page's lists and credits is the story's end --------

CLOSING = ("The Marine Accident Investigation Branch is leading the inquiry. Its investigators said a cracked "
           "fuel filter housing showed signs of corrosion.")
CLOSING_SENTENCES = ("The Marine Accident Investigation Branch is leading the inquiry.",
                     "Its investigators said a cracked fuel filter housing showed signs of corrosion.")
TEASER = ("Councillors in Penmarrow voted 7-2 on Monday night to close two branch libraries and merge "
          "their collections into the town's main library on Fore Street.")


def test_a_closing_paragraph_above_a_related_list_stays_story():
    page = ferry_page(*MIDDLE, tail=(CLOSING, "Related stories", "Penmarrow libraries to close", TEASER))
    result = by_text(page)
    for sentence in CLOSING_SENTENCES:
        assert result[sentence] == ("body", ""), sentence
    # The teaser under the list's title is still furniture.
    assert result[TEASER][0] == "boilerplate"


def test_a_closing_paragraph_above_the_story_credits_stays_story():
    page = ferry_page(*MIDDLE, tail=(CLOSING, "Associated Press writer Tom Hale in Cardiff contributed to this report.",
                                     "Share this article", TEASER))
    result = by_text(page)
    for sentence in CLOSING_SENTENCES:
        assert result[sentence] == ("body", ""), sentence


# -- Sentence boundaries after a.m. / p.m., and abbreviations that end nothing -------------

def test_a_clock_time_ends_a_sentence_before_a_capitalised_word():
    assert texts("The ferry docked at 9:12 a.m. Harbour firefighters cooled the hull.") == [
        "The ferry docked at 9:12 a.m.", "Harbour firefighters cooled the hull."]
    assert texts("The ferry docked at 9:12 a.m. Four passengers were treated.") == [
        "The ferry docked at 9:12 a.m.", "Four passengers were treated."]
    assert len(split_sentences("The inquiry opens at 4 p.m. Reporters must register by noon.")) == 2
    # ... but the day, the date or the zone goes on with the time.
    for one in ("It sailed at 6:05 a.m. Tuesday and docked at 9:12 a.m.",
                "Polls close at 8 p.m. EST on Tuesday.",
                "The hearing starts at 10 a.m. Jan. 14 in the town hall.",
                "The vigil is at 7 p.m. Pacific time on Friday.",
                "It began at 6 p.m. Moscow time.",
                "Trading opened at 9:30 a.m. New York time on Monday.",
                "Posted 6:42 a.m. Updated 9:15 a.m.",
                # ... and a time that opens its sentence, or says which flight, is no sentence alone
                "At 8:46 a.m. American Airlines Flight 11 struck the north tower.",
                "He boarded the 5:45 a.m. Southwest flight to Denver."):
        assert texts(one) == [one], one


def test_titles_and_place_names_are_not_split():
    for one in ("She moved to Mt. Vernon, Wash., last year.",
                "She flew in from Ft. Lauderdale on Tuesday.",
                "The Transportation Dept. Inspector General will review it.",
                "The Rt. Hon. Louise Haigh spoke first.",
                "Atty. Gen. Nick Brown asked for the documents.",
                "Col. (ret.) Tom Ode said it was routine.",
                "Cascadia Air Inc. Chief Executive Ruth Ellison apologised."):
        assert texts(one) == [one], one
    # Feet in lower case may end a sentence; so may a name's suffix when the next sentence names it again.
    assert len(split_sentences("The plane was at 31,000 ft. Then the engine failed.")) == 2
    assert texts("The jet was built by Aerion Corp. Aerion said it was cooperating.") == [
        "The jet was built by Aerion Corp.", "Aerion said it was cooperating."]
    assert len(split_sentences("The letter was signed by Robert Hale Jr. Hale is the safety chief.")) == 2
    ticker = "The plant's owner, Aerion Corp. AERN.N , walked away from the deal last week."
    assert texts(ticker) == [ticker]


# -- An explainer's question subheads --------------------------------------------------------

EXPLAINER = (
    "What went wrong on the Morwen Star? What we know about the ferry fire",
    "By Dana Pryce",
    "A fire broke out in the engine room of a passenger ferry on Tuesday, and the operator has "
    "cancelled crossings while inspectors examine the ship. Here is what we know.",
    "What happened?",
    "The Morwen Star was approaching Port Carrow with 212 passengers when the crew raised the alarm.",
    "Was anyone hurt?",
    "Four passengers were treated for smoke inhalation and released the same day.",
    "What caused the fire?",
    "Inspectors said it started in a fuel filter housing, but the cause has not been confirmed.",
    "What happens next?",
    "The investigation branch expects to publish its first findings within a month.",
)


def test_question_subheads_of_an_explainer_are_headings():
    result = by_text("\n\n".join(EXPLAINER))
    for question in ("What happened?", "Was anyone hurt?", "What caused the fire?", "What happens next?"):
        assert result[question] == ("heading", "subheading"), question
    assert result["Four passengers were treated for smoke inhalation and released the same day."] == ("body", "")
    # The headline is a question and its subtitle.
    assert result["What went wrong on the Morwen Star?"] == ("heading", "headline")


def test_questions_a_story_asks_or_an_interviewer_asks_stay_story():
    # Two rhetorical questions are no pattern of subheads; an interview's questions are answered as "I"/"we".
    story = "\n\n".join(EXPLAINER[:3] + EXPLAINER[3:5] + (
        "So who pays?", "The operator said its insurer would cover the refunds."))
    assert by_text(story)["What happened?"] == ("body", "")
    # Nor are three questions that do not open with their question word: a story's sentences.
    asked = ("So who pays for the refunds?", "And the crew, who stayed below to fight the fire?",
             "When I spoke to the captain last night, did he think the ferry would sail again?")
    answers = ("The operator said its insurer would cover them.", EXPLAINER[6], EXPLAINER[8])
    story = "\n\n".join(EXPLAINER[:3] + tuple(line for pair in zip(asked, answers) for line in pair))
    result = by_text(story)
    for question in asked:
        assert result[question] == ("body", ""), question
    interview = "\n\n".join(EXPLAINER[:3] + (
        "What happened on board?", "We smelled smoke first, and then I saw it coming up the stairs.",
        "Were you frightened?", "I was, but the crew kept everyone calm and we went up to the deck.",
        "Will you sail again?", "I will, though I think we will take the bridge next time.",
    ))
    result = by_text(interview)
    assert result["Were you frightened?"] == ("body", "")
    # In Markdown with headings of its own, a question left in a paragraph is no heading by the author's choice.
    markdown = "# Ferry fire\n\n## What we know\n\n" + "\n\n".join(f"**{line}**" if line.endswith("?") else line
                                                                  for line in EXPLAINER[3:])
    from reader.core.markdown_text import markdown_to_text

    text, _, headings = markdown_to_text(markdown)
    kinds = {s.text: s.kind for s in split_sentences(text, headings, table_rows=True)}
    assert kinds["Was anyone hurt?"] == "body"
    assert by_text("\n\n".join(EXPLAINER))["Was anyone hurt?"][0] == "heading"


# -- A full-sentence caption over its credit ------------------------------------------------

CAPTION = "Harbour firefighters cool the hull of the Morwen Star at Port Carrow on Tuesday."


def caption_page(*lines: str) -> str:
    return "\n".join(("Ferry fire forces evacuation", *LEAD, *lines, *MIDDLE))


def test_a_full_sentence_caption_over_its_credit_line_is_a_caption():
    for credit in ("Photograph: Ana Ruiz/Harbour Press", "Credit...Ana Ruiz/Harbour Press",
                   "ANA RUIZ/AFP via Getty Images", "(Ana Ruiz/AFP via Getty Images)", "Ana Ruiz / Reuters"):
        result = by_text(caption_page(CAPTION, credit))
        assert result[CAPTION] == ("boilerplate", "photo caption"), credit
        assert result[credit][0] == "boilerplate", credit
        assert result[MIDDLE[0]] == ("body", ""), credit


def test_a_story_line_over_a_credit_stays_story_when_it_cannot_be_the_caption():
    quote = '"We saw the smoke from the bridge," the captain said.'
    result = by_text(caption_page(quote, "Photograph: Ana Ruiz/Harbour Press"))
    assert result[quote] == ("body", "")
    # The credit stands over its own caption: the line above it is story.
    line = "The crew raised the alarm as the ferry neared the harbour."
    result = by_text(caption_page(line, "Photo: Ana Ruiz/Harbour Press", "Passengers on the quay at Port Carrow"))
    assert result[line] == ("body", "")
    # A credit a blank line below a paragraph may be a picture's own, without a caption.
    page = "\n\n".join(("Ferry fire forces evacuation", *LEAD, line, "Photograph: Ana Ruiz/Harbour Press", *MIDDLE))
    assert by_text(page)[line] == ("body", "")
    assert by_text(caption_page(CAPTION, "Photograph: Ana Ruiz/Harbour Press"))[CAPTION][0] == "boilerplate"


# -- Writers' taglines and bios, credit lines, embedded posts -------------------------------

ESSAY = (
    "OPINION",
    "The Morwen Star fire was a warning we had already been given",
    "By Priya Natarajan",
    "Ms. Natarajan is a former marine accident inspector at the Harbour Safety Board.",
    "On Tuesday morning a fuel filter housing in the engine room of a ferry split and caught fire.",
    "It was the second such failure on a ferry of this class in three years.",
    "The operator had been told to replace the housings and chose to wait for the next refit.",
    "The regulator did not make that advice mandatory, and it should now.",
    "A safety rule exists so that the next failure is found in port, not at sea.",
    "The next warning may not come with a calm sea and a harbour close by.",
    "Priya Natarajan has been a marine safety consultant since 2019 and teaches at the Carrow Maritime College.",
    "She is based in Port Carrow.",
    "More about Priya Natarajan",
)


def test_a_writers_tagline_and_bio_are_furniture():
    result = by_text("\n\n".join(ESSAY))
    assert result[ESSAY[3]] == ("boilerplate", "author bio")
    for line in ESSAY[-3:]:
        assert result[line] == ("boilerplate", "author bio"), line
    assert result[ESSAY[4]] == ("body", "")
    # A bio may call the writer by the first name alone, as a wire's author card does.
    card = "\n\n".join(("Ferry fire forces evacuation", "By Dana Pryce and Tom Hale", *LEAD, *MIDDLE, *REST,
                         "Dana Pryce", "Dana covers ports, ferries and shipping from Port Carrow."))
    assert by_text(card)["Dana covers ports, ferries and shipping from Port Carrow."] == ("boilerplate", "author bio")
    # The same sentence about someone the byline does not name is story.
    other = "\n\n".join(ESSAY[:3] + ("Mr. Okafor is a former marine accident inspector at the Harbour Safety Board.",)
                        + ESSAY[4:10])
    assert by_text(other)["Mr. Okafor is a former marine accident inspector at the Harbour Safety Board."] == (
        "body", "")


def test_credit_lines_and_embedded_posts_are_furniture():
    result = by_text(ferry_page(*MIDDLE, tail=(
        "The operator posted on X shortly after the ferry docked.",
        "All 212 passengers are safely ashore at Port Carrow. Thank you to the crew and the harbour team.",
        "— Morwen Ferries (@MorwenFerries) March 4, 2025",
        "View this post on Instagram",
        "A post shared by Port Carrow Harbour (@portcarrowharbour)",
        "Kitty Bennett contributed research.",
    )))
    assert result["— Morwen Ferries (@MorwenFerries) March 4, 2025"] == ("boilerplate", "embedded post")
    assert result["View this post on Instagram"] == ("boilerplate", "embedded post")
    assert result["A post shared by Port Carrow Harbour (@portcarrowharbour)"] == ("boilerplate", "embedded post")
    assert result["Kitty Bennett contributed research."] == ("boilerplate", "byline")
    assert result["All 212 passengers are safely ashore at Port Carrow."] == ("body", "")


def test_a_byline_run_into_its_date_and_the_print_edition_note_are_furniture():
    byline = "By Dana Pryce Mar. 4, 2025 at 2:30 p.m. EST 5 min read"
    print_note = ("A version of this article appears in print on March 5, 2025, Section A, Page 14 of the "
                  "Western edition with the headline: Ferry Fire Forces Evacuation.")
    result = by_text("\n\n".join(("Ferry fire forces evacuation in Port Carrow harbour", byline, *LEAD, *MIDDLE,
                                  print_note)))
    assert result[byline] == ("boilerplate", "byline")
    assert result["Ferry fire forces evacuation in Port Carrow harbour"] == ("heading", "headline")
    assert result[print_note] == ("boilerplate", "publication note")
    # "By" opening a sentence is no byline without its date ("By Tuesday the crew had ...").
    line = "By Tuesday evening the crew had pumped the engine room dry and the ferry was towed to the quay."
    assert by_text("\n\n".join((*HEAD, *LEAD, line)))[line] == ("body", "")
