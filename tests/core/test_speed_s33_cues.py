"""The furniture cues after they were made cheaper to try (no new behaviour): a cue guarded by its words
still fires on a line holding one of them, in any case; reported speech is still looked for before a cue's
verdict is given, and still lets a correction note through; a live blog's aside still gives way to a toll.

Every example is invented for this file.
"""

from __future__ import annotations

from test_furniture_cues_more import assert_story_kept, kinds
from test_furniture_round14 import page

from reader.core.furniture_cues import live_blog_aside


def test_a_guarded_cue_fires_on_a_line_holding_one_of_its_words_in_any_case():
    for line, reason in (("© 2024 The Harwick Gazette", "copyright notice"),
                         ("COPYRIGHT 2024 HARWICK GAZETTE", "copyright notice"),
                         ("Sign up for our newsletter to get the latest news.", "newsletter prompt")):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", reason), line
        assert_story_kept(result)


def test_a_line_reporting_speech_is_kept_unless_it_is_a_correction_note():
    spoken = "Sign up for our newsletter to get the latest news, she said."
    assert kinds(page(spoken))[spoken] == ("body", "")
    correction = "An earlier version of this article said the ferry would close in May."
    assert kinds(page(correction))[correction] == ("boilerplate", "correction note")


def test_a_byline_shaped_sentence_is_still_a_sentence():
    sentence = "By then the last ferry had left the pier."
    assert kinds(page(sentence))[sentence] == ("body", "")


def test_a_live_blog_aside_is_one_unless_it_gives_a_toll():
    assert live_blog_aside("Thanks for joining us – our match report is on the way.")
    assert live_blog_aside("Welcome to our live coverage of the floods.")
    assert not live_blog_aside("Welcome to our live coverage of the floods, killing 95 people so far.")
    assert not live_blog_aside("Thanks for joining us, 95 people were killed in the floods.")
