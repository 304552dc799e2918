"""Page furniture on invented live blogs: a post in the story's name group is no teaser for another story,
however few of the blog's paragraphs carry the story's names; the outlet asking to be followed ("Follow
WKRT 4 News for updates.") is furniture, on the same line as the blog's sign-off or a story sentence.
Every page here is invented."""

from __future__ import annotations

import pytest

from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file

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


# ======== CLI QA pass 26 (cliqa26 D1-D6) ========
# Page furniture from CLI QA pass 26: a site's address as its masthead ("news.com.au"), a comment counter
# ("Comments 87"), a service line ("For more flood information, visit ... or call ..."), a wire's contributor
# note ("Associated Press writer ... contributed from London."), AFP's desk initials ("bur/ao/dw"), a dateline
# on a line of its own ("Thiruvananthapuram:") and a byline with the writer's handle ("MacKenzie Sigalos
# @KENZIESIGALOS").  The pages are the pass's repro files, as outlets set them; each has story lines of the
# same shape beside it that must stay story.

# -- D1: news.com.au's header ---------------------------------------------------------------------------

NEWS_COM_AU = """news.com.au
NATIONAL | NSW | WEATHER

'Worst in decades': Warragamba Dam overflows, 3500 told to flee rising Hawkesbury

Warragamba Dam has overflowed for the first time in four years, with thousands of people across Sydney's west ordered to leave their homes.

Angira Bharadwaj
March 20, 2026 - 12:17PM

Comments 87

Warragamba Dam overflowed at about 5am on Friday, WaterNSW confirmed.

The dam hit 104 per cent of its capacity as floodwaters poured in from the Blue Mountains.
"""


def test_site_address_alone_is_masthead():
    assert_furniture(by_text(NEWS_COM_AU), ["news.com.au"], "masthead")


def test_comment_counter_is_comment_prompt():
    assert_furniture(by_text(NEWS_COM_AU), ["Comments 87"], "comment prompt")


def test_news_com_au_story_kept():
    assert_story_kept(by_text(NEWS_COM_AU), [
        "Warragamba Dam overflowed at about 5am on Friday, WaterNSW confirmed.",
        "The dam hit 104 per cent of its capacity as floodwaters poured in from the Blue Mountains.",
    ])


def test_sentence_naming_a_site_stays_story():
    page = NEWS_COM_AU.replace("Comments 87\n", "The figures were first reported by news.com.au on Friday.\n")
    assert_story_kept(by_text(page), ["The figures were first reported by news.com.au on Friday."])


# -- D2: a broadcaster's service line -------------------------------------------------------------------

ABC_PAGE = """ABC News

Warragamba Dam spills as western Sydney braces for major flooding

By Emily Doak and Xanthe Gregory
Posted Fri 20 Mar 2026 at 6:05am

Warragamba Dam, Sydney's main water supply, began spilling just after 3:15am on Friday.

Emergency services minister Jihad Dib said 14 evacuation centres had opened across western Sydney.

{line}

Related stories
Why Warragamba Dam keeps spilling
"""


@pytest.mark.parametrize("line", [
    "For more flood information, visit the SES website or call 132 500 for emergency help in floods and storms.",
    "For further details, see the NSW SES website.",
    "For help, call Lifeline on 13 11 14.",
])
def test_service_line_is_reader_prompt(line):
    assert_furniture(by_text(ABC_PAGE.format(line=line)), [line], "reader prompt")


@pytest.mark.parametrize("line", [
    "For more than a week, residents have been told to visit evacuation centres or call the SES.",
    "For more information, residents called the council hotline, which was overwhelmed by Friday morning.",
    "For help with the clean-up, the council has hired 40 contractors and opened two depots.",
])
def test_story_opening_for_more_stays_story(line):
    assert_story_kept(by_text(ABC_PAGE.format(line=line)), [line])


# -- D3: a wire's contributor note ----------------------------------------------------------------------

AP_MARKDOWN = """# Volcano erupts in southwest Iceland, forcing evacuation of Blue Lagoon

**By EGILL BJARNASON** | *Associated Press*

GRINDAVIK, Iceland (AP) — A volcano in southwestern Iceland erupted at 9:26 p.m. local time Tuesday.

About 50 people were evacuated from Grindavik, police said.

---

*Associated Press writer Jill Lawless contributed from London.*

*Copyright 2026 The Associated Press. All Rights Reserved.*
"""


def test_markdown_contributor_note_is_byline(tmp_path):
    page = tmp_path / "ap.md"
    page.write_text(AP_MARKDOWN, encoding="utf-8")
    result = of_file(page)
    assert_furniture(result, ["Associated Press writer Jill Lawless contributed from London."], "byline")
    assert_story_kept(result, ["About 50 people were evacuated from Grindavik, police said."])


AP_TEXT = """Volcano erupts in southwest Iceland

GRINDAVIK, Iceland (AP) — A volcano in southwestern Iceland erupted at 9:26 p.m. local time Tuesday.

About 50 people were evacuated from Grindavik, police said.

{line}
"""


@pytest.mark.parametrize("line", [
    "Associated Press writer Jill Lawless contributed from London.",
    "AP writers Jill Lawless and Danica Kirka contributed.",
    "Jill Lawless and Danica Kirka contributed from London.",
])
def test_contributor_note_in_text_is_byline(line):
    assert_furniture(by_text(AP_TEXT.format(line=line)), [line], "byline")


@pytest.mark.parametrize("line", [
    "Donors contributed from across Europe to rebuild the town's school.",
    "Local fishermen contributed from their own savings to the rescue fund.",
])
def test_contribution_in_the_story_stays_story(line):
    assert_story_kept(by_text(AP_TEXT.format(line=line)), [line])


# -- D4: AFP's desk initials ----------------------------------------------------------------------------

AFP_PAGE = """AFP

Canada kicks out four Russian diplomats over 'intimidation' of Ukrainians

Ottawa (AFP) – Canada on Thursday ordered four Russian diplomats to leave the country within three days.

Published on: 08/10/2026 - 17:22

The diplomats were declared "persona non grata," Foreign Minister Anita Rourke told a news conference in Ottawa.

There are about 1.3 million Ukrainian-Canadians.

{slug}

© 2026 AFP
"""


@pytest.mark.parametrize("slug", ["bur/ao/dw", "jm-sst/jhb"])
def test_afp_desk_initials_are_wire_slug(slug):
    result = by_text(AFP_PAGE.format(slug=slug))
    assert_furniture(result, [slug], "wire slug")
    assert_story_kept(result, ["There are about 1.3 million Ukrainian-Canadians."])


# -- D5: a dateline on a line of its own ----------------------------------------------------------------

NDTV_PAGE = """NDTV
Kerala News

Kerala Onam Bumper Lottery Result 2026: Rs 25 Crore Winner Is 32-Year-Old From Palakkad

Kerala News | Edited by Anjali Thomas | Updated: October 07, 2026 9:05 pm IST

{place}
The Thiruvonam Bumper lottery's first prize of Rs 250 million was won by ticket TE 230662, sold in Palakkad district.

A ticket cost Rs 500.

Background:
The bumper draw has grown every year since the state raised the prize to Rs 25 crore in 2022.
"""


@pytest.mark.parametrize("place", ["Thiruvananthapuram:", "New Delhi:", "NEW DELHI:"])
def test_dateline_over_first_paragraph_is_dateline(place):
    result = by_text(NDTV_PAGE.format(place=place))
    assert_furniture(result, [place], "dateline")
    assert_story_kept(result, [
        "The Thiruvonam Bumper lottery's first prize of Rs 250 million was won by ticket TE 230662, sold in "
        "Palakkad district."])


def test_label_further_down_is_no_dateline():
    result = by_text(NDTV_PAGE.format(place="Thiruvananthapuram:"))
    assert result["Background:"] != ("boilerplate", "dateline")


def test_place_label_in_the_middle_of_the_story_is_no_dateline():
    page = NDTV_PAGE.format(place="Thiruvananthapuram:").replace("Background:", "Palakkad:")
    assert by_text(page)["Palakkad:"] != ("boilerplate", "dateline")


# -- D6: a byline with the writer's handle --------------------------------------------------------------

CNBC_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Crypto exchange Veltrix files for bankruptcy</title></head>
<body><article>
<h1>Crypto exchange Veltrix files for bankruptcy as CEO is arrested in the Bahamas</h1>
<p class="byline">Published Wed, Nov 11 2026 4:32 PM EST</p>
<p class="byline">MacKenzie Sigalos @KENZIESIGALOS</p>
<p>Crypto exchange Veltrix filed for Chapter 11 bankruptcy protection in Delaware on Wednesday.</p>
<p>The company employs about 650 people and has offices in Miami, Nassau and London.</p>
</article></body></html>
"""


def test_name_and_handle_is_byline(tmp_path):
    page = tmp_path / "cnbc.html"
    page.write_text(CNBC_HTML, encoding="utf-8")
    result = of_file(page)
    assert_furniture(result, ["MacKenzie Sigalos @KENZIESIGALOS"], "byline")
    assert_story_kept(result, ["The company employs about 650 people and has offices in Miami, Nassau and London."])


@pytest.mark.parametrize("line", [
    "Veltrix founder Dan Rourke posted on X as @DanRourke that withdrawals would resume on Friday.",
    "Customers flooded Veltrix Support @VeltrixHelp with complaints.",
])
def test_sentence_with_a_handle_stays_story(line):
    text = "Crypto exchange Veltrix files for bankruptcy\n\n" + line + "\n\nThe company employs about 650 people.\n"
    assert_story_kept(by_text(text), [line])


def test_dateline_under_a_standfirst_is_dateline():
    page = NDTV_PAGE.format(place="Thiruvananthapuram:").replace(
        "Kerala News | Edited by",
        "A 32-year-old daily-wage worker from Palakkad has won the state's biggest lottery prize.\n\nKerala News | Edited by")
    assert_furniture(by_text(page), ["Thiruvananthapuram:"], "dateline")
