"""Tags and anchors: making them, and finding the passage again after the text changes."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import tags as tags_module
from reader.core.document import document_from_text, load_document
from reader.core.errors import TagError
from reader.core.tags import (
    TAG_KINDS,
    Anchor,
    derived_tag_id,
    locate_quote,
    make_anchor,
    make_passage,
    new_tag,
    normalize_kind,
    normalize_time,
    reanchor,
)

REPEATED = "Mr Prigozhin"  # three times in seed 000


def third(text: str, quote: str) -> int:
    return [m.start() for m in re.finditer(re.escape(quote), text)][2]


def test_make_anchor_takes_quote_and_32_characters_of_context():
    text = "x" * 50 + "QUOTE" + "y" * 50
    anchor = make_anchor(text, 50, 55, "abc")
    assert anchor == Anchor("QUOTE", "x" * 32, "y" * 32, 50, 55, "abc")
    short = make_anchor("ab QUOTE cd", 3, 8, "s")
    assert (short.prefix, short.suffix) == ("ab ", " cd")


@pytest.mark.parametrize("span", [(5, 5), (-1, 3), (3, 99)])
def test_make_anchor_refuses_empty_or_outside_spans(span):
    with pytest.raises(TagError):
        make_anchor("some text here", *span, "s")


def test_new_tag_fills_in_id_author_and_times(seeds, monkeypatch):
    doc = load_document(seeds[0])
    start = doc.text.index("Andrei Medvedev")
    tag = new_tag(doc, start, start + 15, "corroborated", note="checked")
    assert uuid.UUID(tag.id).version == 4
    assert tag.passage.source == str(seeds[0].resolve())
    assert tag.passage.source_title == doc.title
    assert tag.passage.anchor.quote == "Andrei Medvedev"
    assert tag.passage.anchor.source_sha256 == doc.sha256
    assert tag.created == tag.modified and tag.created.endswith("Z")
    assert tag.status == "anchored" and tag.author


def test_default_author_survives_a_user_without_a_name(monkeypatch):
    def no_name():
        raise KeyError("getpwuid(): uid not found")

    monkeypatch.setattr(tags_module.getpass, "getuser", no_name)
    monkeypatch.setenv("USER", "")
    monkeypatch.delenv("USERNAME", raising=False)
    assert tags_module.default_author() == "unknown"


def test_partners_and_pasted_documents():
    a = document_from_text("Officials said 40 people died.")
    b = document_from_text("At least 38 people were killed, police said.")
    partner = make_passage(b, 9, 11)
    tag = new_tag(a, 15, 17, "disputed", partners=[partner], author="ana")
    assert tag.passage.source == "" and tag.partners == (partner,)
    assert partner.anchor.quote == "38" and tag.author == "ana"


def test_unknown_kind_is_a_user_error_naming_the_choices():
    with pytest.raises(TagError, match=r"unknown tag 'maybe' \(use corroborated, single-source or disputed\)"):
        normalize_kind("maybe")
    assert normalize_kind(" Single source ") == "single-source"
    assert normalize_kind("DISPUTED") == "disputed"
    assert set(map(normalize_kind, TAG_KINDS)) == set(TAG_KINDS)


def test_times_are_normalised_to_utc():
    assert normalize_time("2024-05-01T11:30:00+02:00") == "2024-05-01T09:30:00.000Z"
    assert normalize_time("2024-05-01T09:30:00Z") == "2024-05-01T09:30:00.000Z"
    with pytest.raises(TagError, match="ISO 8601"):
        normalize_time("yesterday")


# --- re-anchoring -------------------------------------------------------------


def test_unchanged_text_keeps_the_anchor(seeds):
    doc = load_document(seeds[0])
    start = third(doc.text, REPEATED)
    anchor = make_anchor(doc.text, start, start + len(REPEATED), doc.sha256)
    assert reanchor(anchor, doc.text, doc.sha256) is anchor


def test_inserted_paragraph_keeps_the_same_occurrence(seeds):
    doc = load_document(seeds[0])
    start = third(doc.text, REPEATED)
    anchor = make_anchor(doc.text, start, start + len(REPEATED), doc.sha256)
    insert = "Editor's note: this article was updated. Mr Prigozhin did not reply.\n\n"
    moved = reanchor(anchor, insert + doc.text, "new")
    assert moved.start == start + len(insert)
    assert (insert + doc.text)[moved.start:moved.end] == REPEATED
    assert moved.source_sha256 == "new"


@pytest.mark.parametrize("occurrence", [0, 1, 2])
def test_each_occurrence_of_a_repeated_quote_stays_itself(seeds, occurrence):
    doc = load_document(seeds[0])
    starts = [m.start() for m in re.finditer(REPEATED, doc.text)]
    anchor = make_anchor(doc.text, starts[occurrence], starts[occurrence] + len(REPEATED), doc.sha256)
    # Delete a sentence between the first and second mentions: every offset after it shifts.
    cut_from = doc.text.index("Mr Medvedev said he was speaking from Oslo.")
    cut_to = cut_from + len("Mr Medvedev said he was speaking from Oslo.")
    edited = doc.text[:cut_from] + doc.text[cut_to:]
    new_starts = [m.start() for m in re.finditer(REPEATED, edited)]
    assert reanchor(anchor, edited, "edited").start == new_starts[occurrence]


def test_small_edit_inside_the_quote_is_tolerated():
    text = ("Prelude text that sets the scene for the claim. He said he had slipped away from the group "
            "after witnessing killings. Then more text follows here.")
    quote = "he had slipped away from the group"
    start = text.index(quote)
    anchor = make_anchor(text, start, start + len(quote), "v1")
    edited = text.replace("he had slipped away", "he slipped away")
    moved = reanchor(anchor, edited, "v2")
    assert moved is not None
    assert edited[moved.start:moved.end] == "he slipped away from the group"


def test_deleted_passage_is_orphaned(seeds):
    doc = load_document(seeds[0])
    quote = "climbing through barbed-wire fences"
    start = doc.text.index(quote)
    anchor = make_anchor(doc.text, start, start + len(quote), doc.sha256)
    assert reanchor(anchor, doc.text.replace(quote + ", ", ""), "edited") is None


def test_short_quote_is_not_moved_onto_an_unrelated_mention(seeds):
    doc = load_document(seeds[0])
    starts = [m.start() for m in re.finditer(REPEATED, doc.text)]
    anchor = make_anchor(doc.text, starts[2], starts[2] + len(REPEATED), doc.sha256)
    # The whole paragraph with the third mention goes; the other two remain.
    paragraph_start = doc.text.rindex("\n", 0, starts[2]) + 1
    paragraph_end = doc.text.find("\n", starts[2])
    edited = doc.text[:paragraph_start] + doc.text[paragraph_end:]
    assert edited.count(REPEATED) == 2
    assert reanchor(anchor, edited, "edited") is None


def test_quote_at_the_very_start_survives_an_insertion_before_it():
    text = "Headline of the story\n\nBody text follows with more words."
    anchor = make_anchor(text, 0, 21, "v1")
    moved = reanchor(anchor, "UPDATED\n\n" + text, "v2")
    assert moved.start == 9 and moved.quote == "Headline of the story"


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from("the said police border Norway asylum he fled group Wagner in of".split()),
                   min_size=30, max_size=120),
    data=st.data(),
)
def test_an_insertion_before_a_passage_shifts_it_exactly(words, data):
    text = " ".join(words)
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    i = data.draw(st.integers(0, len(bounds) - 1))
    j = data.draw(st.integers(i, min(len(bounds) - 1, i + 6)))
    start, end = bounds[i][0], bounds[j][1]
    anchor = make_anchor(text, start, end, "v1")
    at = data.draw(st.integers(0, start))
    insert = "NEW PARAGRAPH XYZ "
    edited = text[:at] + insert + text[at:]
    moved = reanchor(anchor, edited, "v2")
    if moved is not None:  # a short quote whose context the insertion destroyed may be orphaned...
        assert edited[moved.start:moved.end] == text[start:end]
    if at + 40 < start or at == 0:  # ...but with its context intact, it must land on the same place
        assert moved is not None and moved.start == start + len(insert)


# --- locating a quote someone typed --------------------------------------------


def test_start_picks_the_occurrence(seeds):
    text = load_document(seeds[0]).text
    starts = [m.start() for m in re.finditer(REPEATED, text)]
    assert locate_quote(text, REPEATED) == (starts[0], starts[0] + len(REPEATED))
    assert locate_quote(text, REPEATED, start=starts[2]) == (starts[2], starts[2] + len(REPEATED))
    assert locate_quote(text, REPEATED, start=starts[2] + 3)[0] == starts[2]  # nearest
    assert locate_quote(text, "not in this article") is None


def test_typed_quote_matches_typographic_punctuation_and_line_breaks():
    text = "“Be careful, he’s very dangerous,” Mr Prigozhin said.\nNext  line."
    span = locate_quote(text, "he's very dangerous,\" Mr")
    assert text[span[0]:span[1]] == "he’s very dangerous,” Mr"
    span = locate_quote(text, "said. Next line.")
    assert text[span[0]:span[1]] == "said.\nNext  line."


def test_derived_ids_are_stable_and_distinct():
    one = derived_tag_id("/a.txt", 1, 5, "disputed", "n", "quote")
    assert one == derived_tag_id("/a.txt", 1, 5, "disputed", "n", "quote")
    assert one != derived_tag_id("/a.txt", 1, 5, "disputed", "other", "quote")
    assert uuid.UUID(one)


def test_a_change_is_always_newer_than_what_it_replaced():
    from reader.core.tags import now_after, now_iso

    future = "2999-01-01T00:00:00.000Z"  # a clock set back, or two changes in one millisecond
    assert now_after(future) == "2999-01-01T00:00:00.001Z"
    assert now_after("2000-01-01T00:00:00.000Z") <= now_iso()
    assert now_after("not a time") <= now_iso()
