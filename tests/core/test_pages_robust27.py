"""Pages read otherwise than their reader reads them: an invisible mark after a full stop (the
".&rlm;" of Hebrew and Arabic pages), a title-case headline over its "By ..." line, struck-out
figures, a story only a script or the browser shows (<noscript>, a shadow root, a srcdoc frame,
JSON-LD), a Markdown quotation's paragraphs, text escaped twice and a task list's boxes.  Every
text is invented."""

from __future__ import annotations

import json

import pytest
from written_files import write

from reader.core.document import load_document
from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text
from reader.core.sentences import document_sentences, split_sentences

HEADLINE = "Storm batters northern coast"
STORY = [
    "A powerful storm hit the northern coast on Tuesday, killing 12 people.",
    "Officials said the winds reached 150 km/h near the port.",
    "Forecasters expect a second storm to arrive on Friday.",
]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in split_sentences(text)]


def loaded_kinds(tmp_path, name: str, data: str) -> list[tuple[str, str]]:
    document = load_document(write(tmp_path, name, data))
    sentences = document_sentences(document)
    assert all(document.text[s.start:s.end] == s.text for s in sentences)
    return [(s.kind, " ".join(s.text.split())) for s in sentences]


# --------------------------------------------------------------------------- invisible marks at a line's end

# Right-to-left and left-to-right marks, the Arabic letter mark, a zero-width space, the word joiner, a
# byte-order mark, the end of an embedding and of an isolate.
MARKS = ["\u200f", "\u200e", "\u061c", "\u200b", "\u2060", "\ufeff", "\u202c", "\u2069"]


@pytest.mark.parametrize("mark", MARKS, ids=[f"U+{ord(mark):04X}" for mark in MARKS])
def test_an_invisible_mark_after_the_full_stop_leaves_a_sentence_story_text(mark):
    text = HEADLINE + "\n\n" + "\n\n".join(sentence + mark for sentence in STORY) + "\n"
    found = kinds(text)
    assert found[0] == ("heading", HEADLINE)
    assert [kind for kind, _ in found[1:]] == ["body"] * len(STORY)
    assert [sentence.rstrip(mark) for _, sentence in found[1:]] == STORY


def test_a_hebrew_page_whose_paragraphs_end_in_rlm_keeps_its_headline_and_its_lede(tmp_path):
    paragraphs = ["הסערה הרגה 12 אנשים ביום שלישי, כך אמרו גורמים רשמיים.",
                  "כ-40,000 בתים נותרו ללא חשמל באזור."]
    page = ("<html dir='rtl'><body><h1>סערה פוגעת בחוף</h1>"
            + "".join(f"<p>{paragraph}&rlm;</p>" for paragraph in paragraphs) + "</body></html>")
    found = loaded_kinds(tmp_path, "story.html", page)
    assert found[0] == ("heading", "סערה פוגעת בחוף")
    assert [kind for kind, _ in found[1:]] == ["body", "body"]


def test_a_sentence_inside_an_embedding_is_story_text():
    text = f"{HEADLINE}\n\n\u202b{STORY[0]}\u202c\n\n{STORY[1]}\n"
    assert [kind for kind, _ in kinds(text)] == ["heading", "body", "body"]


def test_a_line_of_nothing_but_a_zero_width_space_is_still_read():
    text = f"{HEADLINE}\n\n\u200b\n\n{STORY[0]}\n"
    found = kinds(text)
    assert found[0] == ("heading", HEADLINE) and found[-1] == ("body", STORY[0])


# --------------------------------------------------------------------------- a headline over its byline

HEADLINES = ["Fed Raises Interest Rates", "Wildfires Spread Across California", "Heatwave Grips Europe",
             "Floods Hit Southern Brazil", "TRUMP WINS IOWA CAUCUS"]
BYLINES = ["By Jane Doe", "By Jane Doe, Reuters", "By JANE DOE", "By: Jane Doe", "By Jane Doe\nMarch 3, 2025"]


@pytest.mark.parametrize("byline", BYLINES)
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_shaped_like_a_name_over_a_by_line_stays_the_headline(tmp_path, headline, byline):
    text = f"{headline}\n\n{byline}\n\n" + "\n\n".join(STORY) + "\n"
    document = load_document(write(tmp_path, "story.txt", text))
    found = [(s.kind, s.reason, s.text) for s in document_sentences(document)]
    assert found[0] == ("heading", "headline", headline)
    assert found[1][:2] == ("boilerplate", "byline")
    assert document.title == headline


def test_a_name_over_a_role_under_the_headline_is_still_the_byline():
    text = f"{HEADLINE}\n\nJane Doe\nHealth reporter\n\n" + "\n\n".join(STORY) + "\n"
    found = [(s.kind, s.reason, s.text) for s in split_sentences(text)]
    assert found[0][:2] == ("heading", "headline")
    assert found[1] == ("boilerplate", "byline", "Jane Doe")


def test_a_name_over_a_dateline_is_still_the_byline():
    text = f"{HEADLINE}\n\nJane Doe\n\nMarch 3, 2025\n\n" + "\n\n".join(STORY) + "\n"
    found = [(s.kind, s.reason, s.text) for s in split_sentences(text)]
    assert ("boilerplate", "byline", "Jane Doe") in found


# --------------------------------------------------------------------------- struck-out text

CORRECTED = "The storm killed 12 people on the coast on Tuesday, officials said."


@pytest.mark.parametrize("struck", ["<del>10</del> <ins>12</ins>", "<s>10</s> 12", "<strike>10</strike> 12",
                                    "<del datetime='2025-03-04'><b>10</b></del> 12"])
def test_struck_out_figures_of_a_page_are_not_read(struck):
    page = f"<html><body><h1>{HEADLINE}</h1><p>The storm killed {struck} people on the coast on Tuesday, " \
           "officials said.</p></body></html>"
    text, _, _ = html_to_text(page)
    assert text.split("\n\n") == [HEADLINE, CORRECTED]


@pytest.mark.parametrize("struck", ["~~10~~ 12", "<del>10</del> 12", "<s>10</s> 12"])
def test_struck_out_figures_of_markdown_are_not_read(struck):
    text, _, _ = markdown_to_text(f"# {HEADLINE}\n\nThe storm killed {struck} people on the coast on Tuesday, "
                                  "officials said.\n")
    assert text.split("\n\n") == [HEADLINE, CORRECTED]


# --------------------------------------------------------------------------- a story a script or the browser shows

PARAGRAPHS = "".join(f"<p>{sentence}</p>" for sentence in STORY)


def story_of(page: str) -> list[str]:
    text, _, _ = html_to_text(page)
    return [paragraph for paragraph in text.split("\n\n") if paragraph in STORY]


@pytest.mark.parametrize("page", [
    f"<html><body><h1>{HEADLINE}</h1><noscript>{PARAGRAPHS}</noscript></body></html>",
    f"<html><body><noscript>{PARAGRAPHS}</noscript></body></html>",
    (f"<html><body><div id='app'>Loading</div><template id='story'><article>{PARAGRAPHS}</article></template>"
     "<script>app.replaceWith(story.content)</script></body></html>"),
], ids=["noscript-under-the-headline", "noscript-only", "template"])
def test_a_story_held_back_for_a_script_is_read_when_the_page_shows_nothing_else(page):
    assert story_of(page) == STORY


def test_a_page_that_shows_its_story_does_not_read_what_it_holds_back():
    page = (f"<html><body><h1>{HEADLINE}</h1>{PARAGRAPHS}"
            "<noscript><p>Please enable JavaScript to read the comments.</p></noscript>"
            "<template><p>Reply to this comment and say what you saw tonight.</p></template></body></html>")
    text, _, _ = html_to_text(page)
    assert text.split("\n\n") == [HEADLINE, *STORY]


def test_a_declarative_shadow_root_is_read_where_it_stands():
    page = (f"<html><body><h1>{HEADLINE}</h1><p>{STORY[0]}</p><div><template shadowrootmode='open'>"
            f"<p>{STORY[1]}</p></template></div><p>{STORY[2]}</p></body></html>")
    text, _, _ = html_to_text(page)
    assert text.split("\n\n") == [HEADLINE, *STORY]


def test_a_frames_srcdoc_page_is_read_where_the_frame_stands():
    inner = PARAGRAPHS.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    page = f'<html><body><h1>{HEADLINE}</h1><iframe title="story" srcdoc="{inner}"></iframe><p>Ends.</p></body></html>'
    text, _, _ = html_to_text(page)
    assert text.split("\n\n") == [HEADLINE, *STORY, "Ends."]


def json_ld(body: str) -> str:
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": HEADLINE}, {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": body}]}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_page_built_from_its_json_ld_is_read_from_it(tmp_path):
    page = (f"<html><head><title>{HEADLINE}</title>{json_ld(chr(10).join(STORY))}</head>"
            "<body><div id='root'></div></body></html>")
    found = loaded_kinds(tmp_path, "story.html", page)
    assert found == [("heading", HEADLINE)] + [("body", sentence) for sentence in STORY]


def test_json_ld_is_not_read_beside_a_story_the_page_shows():
    page = (f"<html><head><title>{HEADLINE}</title>{json_ld(' '.join(STORY))}</head>"
            f"<body><h1>{HEADLINE}</h1>{PARAGRAPHS}</body></html>")
    text, _, _ = html_to_text(page)
    assert text.split("\n\n") == [HEADLINE, *STORY]


def test_json_ld_is_not_read_beside_a_chinese_story_the_page_shows():
    story = ["暴风雨周二袭击北部海岸，造成12人死亡。", "官员说，港口附近风速达到每小时150公里。"]
    page = (f"<html><head><title>暴风雨袭击海岸</title>{json_ld(''.join(story))}</head>"
            f"<body><h1>暴风雨袭击海岸</h1>" + "".join(f"<p>{s}</p>" for s in story) + "</body></html>")
    text, _, _ = html_to_text(page)
    assert text.split("\n\n") == ["暴风雨袭击海岸", *story]


# --------------------------------------------------------------------------- Markdown quotations, entities, task lists

@pytest.mark.parametrize("quote", ["> ", "> > "], ids=["quote", "nested-quote"])
def test_a_bare_quote_line_parts_a_quotations_paragraphs(quote):
    bare = quote.rstrip()
    markdown = f"\n{bare}\n".join(f"{quote}{block}" for block in [HEADLINE, *STORY]) + "\n"
    text, title, _ = markdown_to_text(markdown)
    assert text.split("\n\n") == [HEADLINE, *STORY]
    assert title == HEADLINE


def test_entities_escaped_twice_in_a_page_read_as_their_characters():
    page = (f"<html><body><h1>{HEADLINE}</h1><p>A&amp;nbsp;powerful storm hit the coast in the "
            "1990&amp;#8211;91 season, Smith &amp;amp; Jones said.</p></body></html>")
    text, _, _ = html_to_text(page)
    assert text.split("\n\n")[1] == "A powerful storm hit the coast in the 1990–91 season, Smith & Jones said."


def test_entities_escaped_twice_in_markdown_read_as_their_characters():
    text, _, _ = markdown_to_text("A&amp;nbsp;storm hit in 1990&amp;#8211;91, and `&amp;nbsp;` is code.\n")
    assert text == "A storm hit in 1990–91, and &amp;nbsp; is code."


def test_a_task_lists_boxes_are_not_read_as_words():
    text, _, _ = markdown_to_text("Checklist:\n\n- [x] 12 people evacuated\n- [ ] Roads reopened\n"
                                  "1. [X] Power restored\n- [link] stays a word\n")
    assert text.split("\n\n") == ["Checklist:", "• 12 people evacuated", "• Roads reopened", "1. Power restored",
                                  "• [link] stays a word"]
