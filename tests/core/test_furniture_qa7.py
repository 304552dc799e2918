"""Page furniture on invented pages: bylines and publication lines in French, Spanish, German, Italian and
Portuguese, those pages' related links, adverts, newsletter and comment boxes, a live blog's list of its
key events, English newsletter and comment prompts worded as sentences, and short standfirsts that tell
the news with a participle said of a thing.  Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.sentences import split_sentences
from sentence_kinds import LIST_PAGE, by_text

STORY = ["The National Rally came first in France in the European elections on Sunday with 31.4% of the votes.",
         "Turnout reached 51.5%, the highest level for a European election since 1994."]
HEADLINE = "European elections: the National Rally comes first in France with 31.4%"
STANDFIRST = "Turnout reached 51.5%, its highest level since 1994"


def headed_page(byline: str, date_line: str, section: str = "Politics | Europe") -> str:
    return f"""{section}

{HEADLINE}

{STANDFIRST}

{byline}
{date_line}

{STORY[0]}

{STORY[1]}
"""


# -- Bylines and publication lines in other languages -----------------------------------------------

BYLINES_ABROAD = [
    ("Par Camille Lefèvre, à Paris", "Publié le 10/06/2024 à 01h12 — Mis à jour le 10/06/2024 à 07h45"),
    ("Por Ana Ruiz y Luis Gil", "Publicado el 10 de junio de 2024 a las 01:12 — Actualizado 07:45"),
    ("Von Anna Schmidt, Berlin", "Veröffentlicht am 10.06.2024, 01:12 Uhr — Aktualisiert am 10.06.2024, 07:45 Uhr"),
    ("Di Marco Bianchi", "Pubblicato il 10 giugno 2024 alle 01:12"),
    ("Por José María de la Fuente", "Publicado em 10/06/2024 às 01h12"),
]


@pytest.mark.parametrize("byline, date_line", BYLINES_ABROAD)
def test_a_byline_and_its_publication_line_abroad_are_furniture(byline, date_line):
    kinds = by_text(headed_page(byline, date_line))
    assert kinds[byline] == ("boilerplate", "byline")
    assert kinds[date_line] == ("boilerplate", "dateline")
    assert kinds[HEADLINE] == ("heading", "headline")
    assert kinds[STANDFIRST] == ("heading", "subheading")


def test_the_headlines_of_a_french_page_are_set_side_by_side():
    page = headed_page(*BYLINES_ABROAD[0], section="Politique > Élections européennes")
    other = page.replace("31.4%", "31.7%")
    pair = compare(document_from_text(page, title="A"), document_from_text(other, title="B")).headlines
    assert pair is not None
    assert by_text(page)["Politique > Élections européennes"] == ("boilerplate", "section label")


@pytest.mark.parametrize("headline", ["Von Miller Signs With Bills", "Di Natale Scores Twice In Win",
                                      "Par ailleurs, le gouvernement recule"])
def test_a_headline_that_opens_with_the_word_for_by_is_still_the_headline(headline):
    page = f"{headline}\n\n{STORY[0]}\n\n{STORY[1]}\n"
    assert by_text(page)[headline] == ("heading", "headline")


@pytest.mark.parametrize("sentence", ["Publicado en 1990, el libro fue un éxito en todo el país.",
                                      "Por Juan Pérez votaron 3.000 personas en la ciudad.",
                                      "Von Anna Schmidt stammt der Vorschlag, den der Rat am Montag annahm."])
def test_a_story_sentence_that_opens_like_a_byline_or_date_line_stays_story(sentence):
    page = f"{STORY[0]}\n\n{sentence}\n\n{STORY[1]}\n"
    assert by_text(page)[sentence] == ("body", "")


# -- Related links, adverts, newsletter and comment boxes in other languages --------------------------

def story_with(furniture: str) -> str:
    return f"{STORY[0]}\n\n{furniture}\n\n{STORY[1]}\n"


@pytest.mark.parametrize("line, reason", [
    ("Lire aussi : Les résultats département par département", "related link"),
    ("Lesen Sie auch: Die Ergebnisse aller Wahlkreise", "related link"),
    ("Publicité", "advertisement"),
    ("Anzeige", "advertisement"),
    ("Publicidad", "advertisement"),
    ("Newsletter — Recevez chaque matin l'essentiel de l'actualité européenne.", "newsletter prompt"),
    ("Votre adresse e-mail   Je m'inscris", "newsletter prompt"),
    ("Suscríbete a nuestro boletín diario", "newsletter prompt"),
    ("Réagissez à cet article — connectez-vous pour commenter.", "comment prompt"),
    ("Inicia sesión para comentar", "comment prompt"),
    ("Kommentare (4)", "comment prompt"),
])
def test_furniture_abroad_is_furniture(line, reason):
    assert by_text(story_with(line))[" ".join(line.split())] == ("boilerplate", reason)


@pytest.mark.parametrize("heading", ["Sur le même sujet", "Mehr zum Thema", "Te puede interesar"])
def test_a_related_heading_abroad_takes_the_links_under_it(heading):
    page = story_with(f"{heading}\n- Dissolution : ce que dit la Constitution\n- Qui est Jordan Marceau ?")
    kinds = by_text(page)
    assert kinds[heading] == ("boilerplate", "related articles")
    assert kinds["- Qui est Jordan Marceau ?"][0] == "boilerplate"


@pytest.mark.parametrize("sentence", ["El portavoz no estuvo disponible para comentar.",
                                      "Le ministre n'a pas pu être joint pour commenter.",
                                      "Comenta el ministro que la votación fue limpia."])
def test_a_story_sentence_about_commenting_abroad_stays_story(sentence):
    assert by_text(story_with(sentence))[sentence] == ("body", "")


# -- A live blog's key events ----------------------------------------------------------------------

LIVE_PAGE = """Ridge Fire live updates: Evacuations grow

{label}
- 9:40 p.m. Containment rises to 25%
- 2:30 p.m. Homes destroyed in Vallecito

9:40 p.m.
Containment rises
Containment stood at 25 per cent on Wednesday night, Cal Fire said.

2:30 p.m.
Homes destroyed in Vallecito
The fire destroyed homes in Vallecito on Wednesday, fire officials said.
"""


@pytest.mark.parametrize("label", ["Key events", "Key moments", "Latest updates"])
def test_the_stamped_items_under_key_events_are_furniture(label):
    sentences = split_sentences(LIVE_PAGE.format(label=label))
    items = sentences[2:6]  # under the label, up to the first post's time
    assert [s.text for s in items] == ["- 9:40 p.m.", "Containment rises to 25%", "- 2:30 p.m.",
                                       "Homes destroyed in Vallecito"]
    assert all(s.kind == "boilerplate" for s in items), [(s.text, s.kind) for s in items]
    kinds = {s.text: (s.kind, s.reason) for s in sentences}
    assert kinds["Containment stood at 25 per cent on Wednesday night, Cal Fire said."] == ("body", "")


def test_a_story_list_of_times_without_the_label_stays_story():
    page = f"""{STORY[0]}

The day unfolded in three steps:
- 9:40 a.m. Polling stations opened across the country.
- 2:30 p.m. Turnout passed 30%, the ministry said.

{STORY[1]}
"""
    kinds = by_text(page)
    assert kinds["Polling stations opened across the country."] == ("body", "")
    assert kinds["Turnout passed 30%, the ministry said."] == ("body", "")


# -- English newsletter and comment prompts worded as sentences ---------------------------------------

COURT_STORY = ["The founder of the fund was sentenced to 12 years in prison on Thursday.",
               "Reyes's lawyer said his client would appeal."]


@pytest.mark.parametrize("line, reason", [
    ("Sign up for the Courthouse Dispatch briefing and never miss a ruling.", "newsletter prompt"),
    ("Want to comment?", "comment prompt"),
    ("Subscribers can join the discussion below.", "comment prompt"),
    ("Comments (12)  Log in to join the discussion.", "comment prompt"),
])
def test_a_prompt_worded_as_a_sentence_is_furniture(line, reason):
    page = f"{COURT_STORY[0]}\n\n{COURT_STORY[1]}\n\n{line}\n"
    assert by_text(page)[" ".join(line.split())] == ("boilerplate", reason)


@pytest.mark.parametrize("sentence", ["Residents can join the debate at the town hall on Monday.",
                                      "Sign up for the draft opens on Monday, the league said.",
                                      "Members can join the union from the age of 16."])
def test_a_story_sentence_about_signing_up_or_joining_stays_story(sentence):
    page = f"{COURT_STORY[0]}\n\n{sentence}\n\n{COURT_STORY[1]}\n"
    assert by_text(page)[sentence] == ("body", "")


# -- A short standfirst with a participle said of a thing ---------------------------------------------

def standfirst_compared(page: str) -> bool:
    a = document_from_text(page, title="A")
    b = document_from_text(page.replace("Bali Strait", "strait off Bali"), title="B")
    return compare(a, b).standfirsts is not None


@pytest.mark.parametrize("claim", ["Flights cancelled", "Schools closed", "Power restored", "Deal approved",
                                   "Bridge reopened"])
def test_a_participle_said_of_a_thing_tells_the_news(claim):
    page = LIST_PAGE.format(line=claim)
    assert by_text(page)[claim] == ("heading", "subheading")
    assert standfirst_compared(page)


@pytest.mark.parametrize("title", ["Lessons learned", "What we learned", "Recently updated",
                                   "Your questions answered", "Flood warnings issued"])
def test_a_box_title_with_a_participle_is_still_the_lists_title(title):
    page = LIST_PAGE.format(line=title)
    assert by_text(page)[title] == ("heading", "list title")
    assert not standfirst_compared(page)
