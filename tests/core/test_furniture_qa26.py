"""Page furniture on invented live blogs: a post in the story's name group is no teaser for another story,
however few of the blog's paragraphs carry the story's names; the outlet asking to be followed ("Follow
WKRT 4 News for updates.") is furniture, on the same line as the blog's sign-off or a story sentence.
Every page here is invented."""

from __future__ import annotations

import pytest

from sentence_kinds import assert_furniture, assert_story_kept, by_text

# -- A live blog's post in the story's own name group -----------------------------------------------

# Reverse order, as live blogs run: the newest post, naming the town and the governor, sits on top.  Post
# titles and posts naming nobody each count as a paragraph, so the town's group holds few of them.
LIVE_BLOG = """WKRT 4 News
LIVE UPDATES

Chemical plant fire in Harlow Creek: residents told to stay indoors

Last updated: 9:40 p.m. CDT, Friday

Key points
- A fire broke out at the Ostrander Chemical plant in Harlow Creek shortly after 4 p.m.
- Two workers were taken to hospital with burns
- Residents within a mile of the plant were told to keep windows closed

9:40 p.m.
State regulators to inspect site
The EPA is sending inspectors to test the air overnight. Governor Ruth Calloway said she would tour Harlow Creek on Saturday afternoon.
Share this update

8:55 p.m.
Firefighters: "We have it contained"
Fire Marshal Owen Petrakis told reporters the blaze had been contained to one storage building. "We expect to be here all night putting out hot spots," he said.
Crews sprayed foam on the tanks for about three hours.
Smoke could still be seen for miles, Petrakis said.
Share this update

8:10 p.m.
Neighbours describe the blast
Witnesses described a loud bang followed by a column of black smoke.
"The windows shook and then the sky went dark," said Marisol Quintero, 41, who lives two streets from the plant.
A school bus carrying children home had passed minutes earlier, the district said.
Share this update

6:05 p.m.
Road closures
Highway 14 is closed between Mercer Avenue and the river bridge until further notice.
Share this update

4:30 p.m.
Fire at Harlow Creek plant
A fire broke out at the Ostrander Chemical plant in Harlow Creek shortly after 4 p.m., Harlow Creek police said. Two workers were taken to hospital with burns.
Share this update

This live coverage has ended.

More from WKRT 4
Weekend forecast: storms likely Sunday
"""

NEWEST_POST = [
    "The EPA is sending inspectors to test the air overnight.",
    "Governor Ruth Calloway said she would tour Harlow Creek on Saturday afternoon.",
]


def test_a_live_blog_post_in_the_leads_name_group_is_story_though_few_posts_name_the_town():
    result = by_text(LIVE_BLOG)
    assert_story_kept(result, NEWEST_POST)
    assert result["State regulators to inspect site"][0] == "heading"


def test_the_post_is_story_on_a_blog_without_its_headline_and_key_points():
    # Then the post is the page's first paragraph: its lead.
    posts = LIVE_BLOG[LIVE_BLOG.index("9:40 p.m.\nState"):LIVE_BLOG.index("This live coverage")]
    assert_story_kept(by_text(posts), NEWEST_POST)


# A teaser for another story pasted under the last post's share row shares nothing with the blog.
TEASER = ("The Riverside Players open their spring season at the Lyric Theatre on Thursday with a revival of "
          "Thornton Wilder's Our Town, directed by Celia Anand.")


def test_a_teaser_for_another_story_under_the_last_post_is_still_off_story():
    page = LIVE_BLOG.replace("This live coverage has ended.\n", TEASER + "\n\nThis live coverage has ended.\n")
    result = by_text(page)
    assert_furniture(result, [TEASER], "off-story")
    assert_story_kept(result, NEWEST_POST)


# -- The outlet asking to be followed ------------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Follow WKRT 4 News for updates.",
    "Follow The Valley Courier on Facebook and X.",
    "Follow us on Instagram for the latest news.",
])
def test_a_follow_prompt_after_the_live_blogs_sign_off_is_furniture(prompt):
    page = LIVE_BLOG.replace("This live coverage has ended.\n", f"This live coverage has ended. {prompt}\n")
    result = by_text(page)
    assert_furniture(result, ["This live coverage has ended.", prompt])


STORY = """Harlow Creek fire contained

A fire at the Ostrander Chemical plant in Harlow Creek was contained on Friday night, fire officials said.
Two workers were taken to hospital with burns, and residents were told to keep their windows closed.
The cause of the fire is under investigation, Fire Marshal Owen Petrakis said. {line}
"""


def test_a_follow_prompt_on_a_story_line_is_furniture_and_the_sentence_before_it_story():
    result = by_text(STORY.format(line="Follow WKRT 4 News for updates."))
    assert_furniture(result, ["Follow WKRT 4 News for updates."], "reader prompt")
    assert_story_kept(result, ["The cause of the fire is under investigation, Fire Marshal Owen Petrakis said."])


@pytest.mark.parametrize("line", [
    "Follow the money, one resident said, and you end up at the county's permit office.",
    "Follow Highway 14 south to the river bridge, where the road is closed.",
    "Follow Highway 14 via Mercer Avenue to reach the shelter at Lincoln Elementary.",
    "Follow the county's official pages for updates, the sheriff urged residents.",
    '"Follow Harlow Creek Emergency on Facebook for updates," the mayor said.',
])
def test_story_sentences_that_open_with_follow_stay_story(line):
    assert_story_kept(by_text(STORY.format(line=line)), [line])
