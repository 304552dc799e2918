"""Page furniture of code review 21: a headline about reading the news every morning is no newsletter's blurb
(a blurb speaks in the outlet's voice or of its delivery, or stands by the sign-up box); a "Key points" box
whose items were pasted one a paragraph is still a box, its items story."""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text

# --- 6: a newsletter blurb and a headline on the same subject ----------------------------------------------------

NEWS_HABIT_STORY = (
    "Psychologists say the habit of reading headlines first thing raises stress levels for the rest of the day.",
    ("A study of 2,000 adults found that those who checked their phones within ten minutes of waking reported "
     "higher anxiety."),
)


def test_a_headline_about_the_news_every_morning_is_a_headline():
    headline = "Why you should stop checking the news every morning"
    result = by_text("\n\n".join((headline, *NEWS_HABIT_STORY)) + "\n")
    assert result[headline] == ("heading", "headline")
    assert_story_kept(result, NEWS_HABIT_STORY)


def test_a_subheading_about_the_news_every_day_is_no_newsletter_prompt():
    subheading = "How your news habit shapes every day"
    result = by_text("\n\n".join(("Morning news raises stress, study finds", NEWS_HABIT_STORY[0], subheading,
                                  NEWS_HABIT_STORY[1])) + "\n")
    assert result[subheading][1] != "newsletter prompt"


def test_a_blurb_in_the_outlets_voice_is_furniture_wherever_it_stands():
    blurb = "Get set for the working day – we'll point you to all the business news you need every morning"
    result = by_text("\n\n".join(("Morning news raises stress, study finds", *NEWS_HABIT_STORY, blurb)) + "\n")
    assert_furniture(result, [blurb], "newsletter prompt")
    assert_story_kept(result, NEWS_HABIT_STORY)


def test_a_blurb_without_the_outlets_voice_is_furniture_beside_its_box():
    box = ("Free weekly newsletter", "Start your week with the market news and analysis you need every Monday")
    result = by_text("\n\n".join(("Morning news raises stress, study finds", *NEWS_HABIT_STORY, *box)) + "\n")
    assert_furniture(result, box, "newsletter prompt")


# --- 7: a key-points box with a blank line between its items -----------------------------------------------------

STORM_PAGE = """Storm Darragh: what you need to know

Heavy rain is expected across Wales on Saturday.

Key points

Trains between Cardiff and Swansea are cancelled

Schools will stay shut on Monday

The Met Office has issued an amber warning for wind.
"""
STORM_ITEMS = ("Trains between Cardiff and Swansea are cancelled", "Schools will stay shut on Monday")


def test_a_key_points_box_with_one_item_a_paragraph_is_a_list():
    result = by_text(STORM_PAGE)
    assert result["Key points"] == ("heading", "list title")
    assert_story_kept(result, STORM_ITEMS)
    assert_story_kept(result, ["The Met Office has issued an amber warning for wind."])


def test_the_box_ends_at_the_first_prose_paragraph():
    # A subheading after the story's first paragraph under the box is the story's, no item.
    subheading = "Where the rain will fall"
    page = STORM_PAGE + f"\n{subheading}\n\nThe heaviest rain is forecast for the Brecon Beacons, forecasters said.\n"
    result = by_text(page)
    assert result["Key points"] == ("heading", "list title")
    assert result[subheading][0] == "heading"


def test_a_key_points_label_over_one_line_then_prose_is_no_list():
    page = STORM_PAGE.replace("Schools will stay shut on Monday\n\n", "")
    assert by_text(page)["Key points"] != ("heading", "list title")


def test_a_summary_label_over_short_lines_one_a_paragraph_takes_none_of_them():
    # A widget's "City: temperature" lines and a short subheading are no summary's claims.
    page = STORM_PAGE.replace(
        "Trains between Cardiff and Swansea are cancelled\n\nSchools will stay shut on Monday",
        "Cardiff: 12°C\n\nSwansea: 11°C")
    result = by_text(page)
    assert result["Key points"] != ("heading", "list title")
    assert result["Cardiff: 12°C"] != ("body", "")
