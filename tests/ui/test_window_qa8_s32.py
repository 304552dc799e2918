"""Window QA pass 8 mends (offscreen): a loose conflict's figure says only the conflict, its tip's quote
stops before the other figure, the margin names the other sentence, a "disputed" tag on it records that
sentence, the other pane shows it when the cursor lands there; a single-source tag on words now aligned
says so; margin dashes scale with the bar; a suggested badge stays dashed and a hollow badge tinted at the
smallest size, and the key explains the hollow badge when one is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from test_window_loose_figures import COURT_A, COURT_B

from reader.ui.palette import (
    RELATION_COLOURS,
    TAG_COLOURS,
    paint_badge,
    paint_relation_bar,
)

# Two reports of one bushfire: A's "23 homes were confirmed lost" sits mid-story, in a sentence aligned
# with B's "conditions would stay dangerous until Monday"; B's "with 32 homes destroyed" opens B's story,
# in a sentence not aligned with A's.
FIRE_A = """Thousands flee as out-of-control bushfire tears through Gippsland

Emergency warning issued for towns east of Bairnsdale as temperatures hit 43 degrees

By Sophie Nguyen
ABC Gippsland
Posted Sat 11 Jan 2025 at 6:45pm, updated Sat 11 Jan 2025 at 9:20pm

Share | Copy link | Email

About 3,500 residents have been told to evacuate as an out-of-control bushfire burns through more than 12,000 hectares of bushland in East Gippsland.

A water-bombing helicopter drops water near Nowa Nowa on Saturday afternoon. (ABC News: Tom Kiely)

Key points:
The fire has burnt more than 12,000 hectares since Thursday
Residents of Buchan and Nowa Nowa have been told it is too late to leave
Police say the fire was deliberately lit

The blaze, which began near Buchan on Thursday 9 January, was pushed east by wind gusts of up to 90 kilometres per hour on Saturday afternoon.

Victoria's Emergency Management Commissioner, Rick Fallon, said 23 homes were confirmed lost and the number was expected to rise.

"This is a dangerous, fast-moving fire and conditions will not ease until Monday," Mr Fallon said.

Temperatures reached 43 degrees in Bairnsdale, and a total fire ban is in place across the state.

Victoria Police said the fire was deliberately lit and detectives from the arson squad had been sent to the area.

Relief centres have been opened at Bairnsdale and Lakes Entrance, where about 600 people spent Saturday night.

More than 250 firefighters and 40 aircraft are fighting the blaze, including two large air tankers brought in from New South Wales.

The Princes Highway is closed between Bairnsdale and Orbost, a distance of about 90 km.

Buchan Primary School will reopen on Monday, the Education Department said.

Power has been cut to about 4,000 homes and businesses.

Premier Jacinta Allan said the government would provide emergency payments of $580 per adult and $290 per child to people forced from their homes.

For the latest information, tune in to ABC Local Radio or visit the VicEmergency website.

RELATED STORY: How to prepare your home for bushfire season
RELATED STORY: Heatwave to continue across south-east Australia

Get our local newsletter, delivered free each Friday

Posted 11 Jan 2025
"""

FIRE_B = """GIPPSLAND FIRE: 32 homes destroyed, thousands evacuated as blaze rages

Emergency

Lachlan Price
The Weekly Times
January 11, 2025 - 8:30PM

Comments

Towns across East Gippsland are emptying as an out-of-control bushfire continues to burn, with 32 homes destroyed and more than 15,000ha razed.

CFA crews work to protect a property near Buchan. Picture: David Caird

Authorities have told about 5,300 people to leave their homes, and relief centres at Bairnsdale and Lakes Entrance housed about 600 evacuees overnight.

The fire started near Buchan on January 9 and was driven east by 70km/h wind gusts on Saturday.

Emergency Management Commissioner Rick Fallon said conditions would stay dangerous until Monday.

"This is a dangerous, fast-moving fire," he said.

Bairnsdale sweltered in 43C heat on Saturday, with a total fire ban declared across Victoria.

Police said the fire was not deliberately lit and was likely sparked by a lightning strike on Thursday.

Some 250 firefighters and 40 aircraft, including two large air tankers on loan from NSW, are battling the blaze.

The Princes Highway has been closed along a 90-kilometre stretch between Bairnsdale and Orbost.

MORE NEWS
Hay prices soar as drought bites in western Victoria
Farmers count cost of dry spring

Buchan Primary School will not reopen on Monday, the Education Department confirmed.

About 4000 properties are without power, according to AusNet.

Mr Fallon said about 1,200 head of cattle had been moved from paddocks near Buchan.

Premier Jacinta Allan announced emergency relief payments of $580 for each adult and $290 for each child.

Read more: Gippsland fire map - where the fire is burning

Stay up to date with breaking news. Download the Weekly Times app.

Join the conversation
"""

# COURT_A / COURT_B (the loose-figures window test's pair): A's sentence with the prison term is aligned
# with B's "has been jailed." (which lacks the term); B gives the term in another sentence, aligned with A's
# "pleaded guilty".


def write(tmp_path: Path, a: str, b: str) -> tuple[Path, Path]:
    paths = tmp_path / "a.txt", tmp_path / "b.txt"
    for path, text in zip(paths, (a, b)):
        path.write_text(text, encoding="utf-8")
    return paths


def sentence_mark(view, opening: str):
    plan = view.plan
    return next(m for m in plan.marks if plan.sentences[m.index].text.startswith(opening))


def tips_over(view, figure: str) -> list[str]:
    """The lines the pane's tooltip gives over the first character of ``figure`` (its first mention),
    as ``DocumentView.event`` joins them."""
    plan = view.plan
    start = plan.offsets.to_qt(plan.document.text.index(figure))
    tips = [s.tip for s in plan.spans_between(start, start + 1) if s.tip and s.style not in
            ("equivalent", "related", "unmatched", "heading", "boilerplate")]
    return list(dict.fromkeys(tips))


# ---- 1, 6: the loose figure's tip ----------------------------------------------------------------

def test_a_loose_figure_in_an_aligned_sentence_says_only_its_conflict(open_window, tmp_path):
    window = open_window(write(tmp_path, COURT_A, COURT_B))
    tips = tips_over(window.pane_a.view, "six years and four months")
    # Not "Not in source B" (what the aligned sentence "has been jailed." lacks) above what B says.
    assert len(tips) == 1 and tips[0].startswith("Number conflict — source B")
    tips = tips_over(window.pane_b.view, "six years and eight months")
    assert len(tips) == 1 and tips[0].startswith("Number conflict — source A")


def test_the_loose_tip_quotes_the_other_sentence_up_to_its_figure_not_into_it(open_window, tmp_path):
    window = open_window(write(tmp_path, COURT_A, COURT_B))
    tip = next(tip for tip in tips_over(window.pane_a.view, "six years and four months") if "conflict" in tip)
    assert "in “Gareth Pryce, 34, was sentenced to…” (not aligned with this sentence), " \
           "says “six years and eight months”" in tip
    window = open_window(write(tmp_path, FIRE_A, FIRE_B))
    # The story's "32", not the headline's.
    tip = next(tip for tip in tips_over(window.pane_b.view, "32 homes destroyed and") if "conflict" in tip)
    assert "“Victoria's Emergency Management Commissioner, Rick Fallon, said…”" in tip


# ---- 5: the margin names the other sentence -------------------------------------------------------

def test_the_margin_tip_of_a_loose_conflict_names_the_other_sentence(open_window, tmp_path):
    window = open_window(write(tmp_path, COURT_A, COURT_B))
    view = window.pane_a.view
    said = view.describe(sentence_mark(view, "A financial adviser"))
    assert "A number here conflicts with B’s “Gareth Pryce, 34, was sentenced to…” (not aligned with this sentence)" \
        in said
    assert "conflicts with the other source" not in said


# ---- 2: a disputed tag records the loose sentence --------------------------------------------------

def test_a_dispute_accepted_on_a_loose_conflict_records_the_other_sentence(open_window, tmp_path):
    window = open_window(write(tmp_path, COURT_A, COURT_B))
    view = window.pane_a.view
    mark = sentence_mark(view, "A financial adviser")
    assert mark.suggestion == "disputed"
    window._active = "a"
    view.move_to(mark.start)
    window.accept_suggestion()
    (tag,) = window.book.tags["a"]
    recorded = [window.plan.b.document.text[p.anchor.start:p.anchor.end] for p in tag.partners]
    assert any(text.startswith("Gareth Pryce, 34, was sentenced") for text in recorded)
    assert "not recorded" not in view.describe(mark)


def test_a_tag_naming_no_partner_says_nothing_more_beside_the_article_it_was_made_beside(open_window, tmp_path):
    """A single-source tag names no partner passage; the article beside it is recorded, so beside
    that article its line says the verdict alone (an old tag's "not recorded" note is tested in
    test_gutter_scale_and_tag_partner_s32.py)."""
    window = open_window(write(tmp_path, FIRE_A, FIRE_B))
    view = window.pane_a.view
    alone = next(m for m in view.plan.marks if m.state == "unmatched" and not m.loose)
    window._active = "a"
    view.move_to(alone.start)
    window.tag_current("single-source")
    said = view.describe(alone)
    line = next(line for line in said.splitlines() if line.startswith("Tagged:"))
    assert line == "Tagged: Single source"


# ---- 3: a single-source tag on words the other article tells ---------------------------------------

def test_a_single_source_tag_on_an_aligned_sentence_says_the_other_article_tells_it(open_window, tmp_path):
    window = open_window(write(tmp_path, COURT_A, COURT_B))
    view = window.pane_a.view
    told = sentence_mark(view, "The court heard")
    assert told.partners
    window._active = "a"
    view.move_to(told.start)
    window.tag_current("single-source")
    assert "B has a sentence aligned with it" in view.describe(told)
    assert "but B has a sentence aligned with it" in window.tag_panel.current.plain()
    window.tag_current("disputed")  # other kinds say nothing of it
    assert "aligned with it" not in view.describe(told)


# ---- 4: the other pane shows the loose conflict's sentence -----------------------------------------

def test_n_to_a_loose_conflict_brings_the_other_sentence_on_screen(open_window, qtbot, tmp_path):
    window = open_window(write(tmp_path, FIRE_A, FIRE_B))
    window.resize(1300, 600)
    qtbot.wait(50)
    view_a, view_b = window.pane_a.view, window.pane_b.view
    target = sentence_mark(view_a, "Victoria's Emergency Management Commissioner")
    assert target.loose and not any(link.has_conflict for link in target.links)  # its one conflict is loose
    other = sentence_mark(view_b, "Towns across East Gippsland")
    window._active = "a"
    view_a.setFocus()
    view_a.move_to(0, center=True)
    while view_a.current_index != target.index:
        before = view_a.current_index
        window.step("conflict", 1)
        assert view_a.current_index != before
    assert view_b.is_visible_position(other.start)
    # The partner is still the one framed: the loose sentence is shown, not taken for it.
    assert view_b.framed_indices() == target.partners


# ---- 7, 8: margin drawing at every size -------------------------------------------------------------

def painted(width: int, height: int, paint) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter)
    painter.end()
    return image


def test_the_differs_bar_dashes_grow_with_the_bar():
    colour = QColor(RELATION_COLOURS["related"])

    def first_dash(bar_width: int) -> int:
        image = painted(20, 80, lambda p: paint_relation_bar(p, QRectF(2, 0, bar_width, 80), "related"))
        x = 2 + bar_width // 2
        return next(y for y in range(80) if image.pixelColor(x, y) != colour)

    assert first_dash(5) == 4  # the first size, as before
    assert first_dash(11) >= 8  # a wide bar's dashes are as long for it


def test_a_small_suggested_badge_stays_dashed_and_a_hollow_one_is_tinted():
    size = 11
    rect = QRectF(2, 2, size, size)

    def breaks_along_top(image) -> int:
        """Runs of background along the outline's top edge, between its corners."""
        row = [image.pixelColor(x, 2).lightness() > 235 for x in range(5, 11)]
        return sum(1 for i in range(1, len(row)) if row[i] and not row[i - 1])

    suggested = painted(16, 16, lambda p: paint_badge(p, rect, "corroborated", suggested=True))
    hollow = painted(16, 16, lambda p: paint_badge(p, rect, "corroborated", hollow=True))
    assert breaks_along_top(suggested) >= 1
    assert breaks_along_top(hollow) == 0
    inside = (4, 5)  # clear of the outline and of the letter
    assert suggested.pixelColor(*inside).lightness() > 245  # nothing within
    # A light tint of its colour: neither the page nor a filled badge.
    assert 150 < hollow.pixelColor(*inside).lightness() < 235
    assert hollow.pixelColor(*inside) != QColor(TAG_COLOURS["corroborated"])


def test_the_key_shows_the_hollow_badge_while_one_is_shown_and_fits_at_1000_px(open_window, qtbot, tmp_path, seeds):
    paths = []
    for seed, name in zip([seeds[0], seeds[1], seeds[3]], ["a.txt", "b.txt", "c.txt"]):
        path = tmp_path / name
        path.write_bytes(seed.read_bytes())
        paths.append(path)
    a, b, c = paths
    window = open_window([a, b], remember=False)
    legend = window.legend
    hollow_words = "tags made beside another article"
    entry = next(entry for entry, _label, text, _short in legend._entries if text == hollow_words)
    view = window.pane_a.view
    linked = next(mark for mark in view.plan.marks if mark.partners)
    window._active = "a"
    view.move_to(linked.start)
    window.tag_current("corroborated")
    assert entry.isHidden()
    window.open_files(str(a), str(c))
    b_title = window.plan.b.document.title
    qtbot.waitUntil(lambda: not window.busy and window.pane_a.view.tag_made_elsewhere(linked), timeout=20000)
    assert not entry.isHidden()
    window.resize(1000, 700)
    legend.show_filing(True)  # every entry the key can show
    qtbot.waitUntil(lambda: legend.width() < 1000)
    assert legend._rows(index=2) <= 2 or legend._rows(index=3) <= 2
    assert b_title
