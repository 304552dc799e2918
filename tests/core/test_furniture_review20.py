"""Review 20 of the page furniture: a story's crosshead taken for a release's legal small print, a hearing
exchange the story quotes taken for a video's transcript, a fact box whose labels ("Deaths") never met the
story's words ("died"), a writer named Isla taken for a place, an officer's contact line at the foot of an
appeal taken for the writer's byline, and a post of two paragraphs greyed one paragraph only.

Every text is invented.
"""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- 3: a "Safe harbour" crosshead in a storm story ------------------------------------------------------------

STORM_OPENING = (
    ("Dozens of fishing boats sought shelter in Peterhead harbour on Sunday as Storm Bella brought winds of up "
     "to 90mph to the north-east of Scotland."),
    "The Met Office issued an amber warning for wind covering Aberdeenshire and Moray from 6am until midnight.",
    "Skippers said they had cut short trips to the North Sea fishing grounds after forecasts worsened on Saturday.",
    ("The harbour master, Ian Reid, said 64 vessels had come in by Sunday afternoon, the most he had seen in a "
     "decade."),
)
STORM_UNDER_CROSSHEAD = (
    ("Coastguard teams were called to help a trawler that lost power six miles off Rattray Head, but it was towed "
     "into port safely."),
    "The crew of five were checked by paramedics and none needed hospital treatment, the coastguard said.",
    "The storm is expected to ease on Monday, although a yellow warning remains in place for Shetland.",
)


def test_a_safe_harbour_crosshead_in_a_storm_story_is_no_legal_small_print():
    result = by_text(page("Storm Bella forces fishing fleet to shelter in Peterhead", "By Fiona Grant",
                          *STORM_OPENING, "Safe harbour", *STORM_UNDER_CROSSHEAD))
    assert result["Safe harbour"][1] != "legal disclaimer"
    assert_story_kept(result, STORM_UNDER_CROSSHEAD)


def test_a_run_in_safe_harbour_label_over_story_words_is_story():
    story = ("Safe harbour: the trawler Ocean Dawn reached Fraserburgh at 4pm with all five of its crew on board.",
             *STORM_UNDER_CROSSHEAD)
    result = by_text(page("Storm Bella forces fishing fleet to shelter in Peterhead", *STORM_OPENING, *story))
    assert_story_kept(result, story)


def test_a_safe_harbour_heading_over_small_print_is_still_a_disclaimer():
    small_print = (
        ("Certain statements in this announcement are forward-looking and are subject to risks and uncertainties "
         "that could cause actual results to differ materially."),
        "Kestrel Ports undertakes no obligation to update these statements.",
    )
    result = by_text(page(
        "Kestrel Ports reports record cargo volumes",
        "Kestrel Ports said on Thursday that it handled 41 million tonnes of cargo in 2025, up 6% on the year.",
        "The company plans to open a second container terminal at Immingham in 2027.",
        "Chief executive Rowan Hale said demand from offshore wind projects had driven the growth.",
        "Safe harbour", *small_print))
    assert_furniture(result, ("Safe harbour", *small_print), "legal disclaimer")


# --- 7: a hearing exchange the story quotes ---------------------------------------------------------------------

HEARING_EXCHANGE = (
    "ALVAREZ: When did you first know customer data had been taken?",
    "MORGAN: We learned of it on March 3, from our own security team.",
    "ALVAREZ: And you waited six weeks to tell anyone?",
    "MORGAN: We were advised by the FBI not to disclose it while the investigation was continuing.",
)


def hearing_page(*exchange: str) -> str:
    return page(
        "Data breach: Halvard chief says firm knew of hack on March 3",
        "By Tom Ellis",
        ("The chief executive of the payments firm Halvard told senators on Tuesday that the company learned of a "
         "data breach six weeks before it told customers."),
        ("Anna Morgan appeared before the Senate commerce committee after the theft of data belonging to 4.2 million "
         "customers."),
        "In one exchange, Senator Ruth Alvarez pressed her on the delay.",
        *exchange,
        "The FBI declined to comment on Ms Morgan's account.",
        "Halvard's shares fell 8% in New York after the hearing.",
        "The committee is expected to publish a report on the breach in the autumn.")


def test_an_exchange_between_people_the_story_names_is_the_storys_quotation():
    assert_story_kept(by_text(hearing_page(*HEARING_EXCHANGE)), HEARING_EXCHANGE)


def test_a_transcript_with_a_speaker_the_story_never_names_is_still_a_transcript():
    exchange = tuple(line.replace("ALVAREZ:", "PRESENTER:").replace("MORGAN:", "DEAN HOLLIS:")
                     for line in HEARING_EXCHANGE)
    assert_furniture(by_text(hearing_page(*exchange)), exchange, "transcript")


# --- 12: an embedded post of two paragraphs ----------------------------------------------------------------------

FIREBALL_STORY = (
    "A fragment of a meteorite smashed through the roof of a garage in Hessingford on Tuesday night.",
    "The fireball was seen at 9.47pm and was visible as far away as 300 miles, the UK Fireball Network said.",
    "Many people shared videos of the fireball online.",
    "Police have asked people not to go onto farmland to search for fragments without permission.",
    "The museum has offered a reward of £5,000 for fragments handed in for study.",
)


def fireball_page(*post: str) -> str:
    return page("Meteorite smashes through garage roof in Hessingford", *FIREBALL_STORY[:3], *post,
                "— Sam Whitely (@samwhitely) March 3, 2026", *FIREBALL_STORY[3:])


def test_every_paragraph_of_an_embedded_post_is_furniture():
    post = ("Just saw the most incredible fireball over Hessingford!!!", "Lit up the whole street green #meteor")
    result = by_text(fireball_page(*post))
    assert_furniture(result, post, "embedded post")
    assert_story_kept(result, FIREBALL_STORY)


def test_a_posts_paragraphs_stop_at_the_storys_own_sentence():
    post = ("omg the sky over Hessingford just turned green", "Lit up the whole street #meteor")
    result = by_text(fireball_page(*post))
    assert_furniture(result, post, "embedded post")
    assert_story_kept(result, FIREBALL_STORY)


# --- 9: a fact box's labels against the story's words ------------------------------------------------------------

CRASH_STORY = (
    "Twelve people died and 40 were injured when a coach left the A9 near Pitlochry on Saturday evening.",
    ("The coach, which was carrying 52 passengers from Inverness to Edinburgh, overturned into a field after "
     "hitting a barrier."),
    "Police Scotland said the road would stay closed overnight while investigators examined the scene.",
)
CRASH_AFTER_BOX = (
    "The driver, a 58-year-old man, was taken to hospital in Perth and is in a stable condition.",
    "Investigators will examine whether ice on the road played a part in the crash, police said.",
)


def crash_page(*box: str) -> str:
    return page("Bus crash on A9 kills 12 near Pitlochry", "By Fiona Grant", *CRASH_STORY, "Key facts", *box,
                *CRASH_AFTER_BOX)


def test_a_fact_boxs_deaths_meet_the_storys_twelve_people_died():
    box = ("Deaths: 12", "Injured: 40", "Passengers: 52")
    result = by_text(crash_page(*box))
    assert_furniture(result, box, "fact box")
    assert_story_kept(result, CRASH_STORY + CRASH_AFTER_BOX)


def test_a_fact_box_that_gives_another_toll_than_the_story_stays_story():
    box = ("Deaths: 14", "Injured: 40", "Passengers: 52")  # the story's toll is twelve: a box to compare
    assert_story_kept(by_text(crash_page(*box)), box)


# --- 10: a writer named Isla ---------------------------------------------------------------------------------

def test_a_writer_whose_given_name_opens_places_is_the_byline():
    for writer in ("Isla Grant", "Sierra Walsh", "Monte Reed"):
        result = by_text(page("Storm Bella forces fishing fleet to shelter in Peterhead", writer, *STORM_OPENING))
        assert result[writer] == ("boilerplate", "byline"), (writer, result[writer])


def test_a_place_named_with_a_particle_under_the_headline_is_no_byline():
    for place in ("Costa del Sol, Spain", "Sierra de Gredos, Spain"):
        result = by_text(page("Wildfire forces thousands from their homes", place,
                              "Firefighters were battling a wildfire that had forced 3,000 people from their homes "
                              "on Sunday, officials said.",
                              "Water-dropping aircraft were brought in from across the region, officials said."))
        assert result[place] != ("boilerplate", "byline"), place


# --- 11: an officer's contact line at the foot of an appeal ---------------------------------------------------

THEFT_APPEAL = (
    ("Police are appealing for witnesses after an 82-year-old woman's car was stolen from outside her home in "
     "Hexham on Tuesday."),
    "The silver Ford Fiesta was taken from Priestpopple at about 2pm, Northumbria Police said.",
    "Anyone with information is asked to contact the investigating officer.",
)
OFFICERS_CONTACT = "Claire Dobson can be contacted at claire.dobson@northumbria.police.example or on 101."


def test_an_officers_contact_at_the_foot_of_an_appeal_stays_story():
    result = by_text(page("Appeal after pensioner's car stolen in Hexham", *THEFT_APPEAL, OFFICERS_CONTACT))
    assert_story_kept(result, (*THEFT_APPEAL, OFFICERS_CONTACT))


def test_an_officers_contact_under_an_appeal_on_a_signed_page_stays_story():
    result = by_text(page("Appeal after pensioner's car stolen in Hexham", "By Jane Roe", *THEFT_APPEAL,
                          OFFICERS_CONTACT))
    assert_story_kept(result, (*THEFT_APPEAL, OFFICERS_CONTACT))


def test_a_writers_contact_at_the_foot_of_a_signed_page_is_still_the_byline():
    contact = "Dana Whitcomb can be reached at dwhitcomb@tricountyledger.example."
    result = by_text(page("Appeal after pensioner's car stolen in Hexham", "By Dana Whitcomb", *THEFT_APPEAL[:2],
                          contact))
    assert result[contact] == ("boilerplate", "byline")
