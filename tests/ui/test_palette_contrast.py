"""A conflicting figure stays plain to see on whatever it sits on (its sentence's tint, a tag's, or
the bare page, in a light or a dark theme), its text stays readable, and the legend's samples look
like the text they explain.  Contrast is WCAG 2's, computed here from the colours themselves."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QLabel

from reader.ui.palette import LAYER_ORDER, RELATION_COLOURS, TAG_COLOURS, Theme
from window_steps import focus

# Lightness is what every kind of colour vision sees; 1.8:1 sets a fill apart from a tint of the
# same hue at a glance (the Disputed tint is vermillion too).  Text: WCAG AA for body text.
FIGURE_CONTRAST = 1.8
TEXT_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def ratio(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette(base: str, text: str) -> QPalette:
    colours = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, base), (QPalette.ColorRole.Text, text)):
        colours.setColor(role, QColor(colour))
    return colours


THEMES = {
    "light": ("#ffffff", "#000000"),
    "off-white": ("#fdf6e3", "#333333"),
    "dark": ("#1e1e1e", "#dcdcdc"),
    "black": ("#000000", "#ffffff"),
}


def surfaces(theme: Theme) -> dict[str, QColor]:
    """Every fill a sentence can have: none (the page), its relation's tint, a tag's tint."""
    found = {"page": theme.base}
    found.update({name: theme.tints[name] for name in (*RELATION_COLOURS, *TAG_COLOURS) if name in theme.tints})
    return found


def merged(theme: Theme, *styles: str) -> QTextCharFormat:
    """The format a pane gives text under ``styles``, layered as the highlighter layers them."""
    result = QTextCharFormat()
    for style in sorted(styles, key=lambda s: LAYER_ORDER.get(s, 0)):
        result.merge(theme.formats[style])
    return result


def ink(theme: Theme, fmt: QTextCharFormat) -> QColor:
    return fmt.foreground().color() if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush) else theme.text


@pytest.mark.parametrize("name", THEMES)
def test_a_conflicting_figure_stands_apart_from_every_tint_it_can_sit_on(qapp, name):
    theme = Theme(palette(*THEMES[name]))
    fill = theme.tints["conflict"]
    assert set(surfaces(theme)) >= {"page", "equivalent", "related", "corroborated", "single-source", "disputed"}
    for surface, colour in surfaces(theme).items():
        apart = ratio(fill, colour)
        assert apart >= FIGURE_CONTRAST, f"{name}: conflict fill on {surface}: {apart:.2f}"
        # The sentence's own text reads on its tint, too.
        assert ratio(theme.text, colour) >= TEXT_CONTRAST, f"{name}: text on {surface}"


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("under", ["related", "heading", "tag:disputed", "changed-number"])
def test_the_text_of_a_conflicting_figure_reads_on_its_fill(qapp, name, under):
    # A headline's dim grey is set by its format; the figure's text must not keep it on the fill.
    theme = Theme(palette(*THEMES[name]))
    figure = merged(theme, under, "conflict")
    assert ratio(ink(theme, figure), theme.tints["conflict"]) >= TEXT_CONTRAST, f"{name}, under {under}"
    assert figure.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


STORY = """Bridge closed after barge strike

A barge struck the Kessel road bridge on Monday night, forcing its closure, the county council said.
Engineers found {cracks} cracks in one of the bridge's piers and said repairs would take weeks.
Drivers face a detour of several miles through the villages to the north, the council said.
"""


def write_reports(folder):
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(STORY.format(cracks="14"), encoding="utf-8")
    b.write_text(STORY.format(cracks="41"), encoding="utf-8")
    return a, b


def most_common(image: QImage, left: int, top: int, right: int, bottom: int) -> QColor:
    counts = Counter(image.pixel(x, y) for x in range(left, right) for y in range(top, bottom))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def near(colour: QColor, target: QColor, slack: int = 24) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3]))


def test_on_screen_a_conflict_in_a_disputed_sentence_stands_apart_from_the_tag_tint(open_window, qtbot, tmp_path):
    window = open_window(write_reports(tmp_path))
    view = window.pane_a.view
    text = view.plan.document.text
    qt = view.plan.offsets.to_qt
    start, end = qt(text.index("14 cracks")), qt(text.index("14 cracks") + 2)
    view.move_to(start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: any(t.kind == "disputed" for t in window.book.store.all_tags()))
    view.move_to(qt(text.index("Drivers")))  # the current sentence's frame away from the figure
    qtbot.wait(100)

    image = view.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    cursor = view.textCursor()

    def rect_at(position: int):
        cursor.setPosition(position)
        r = view.cursorRect(cursor)
        return round(r.left() * scale), round(r.top() * scale), round(r.bottom() * scale)

    left, top, bottom = rect_at(start)
    right = rect_at(end)[0]
    before = rect_at(qt(text.index("Engineers found") + 2))[0]
    figure = most_common(image, left + 1, top, right - 1, bottom)
    sentence = most_common(image, before, top, left - 2, bottom)
    assert near(sentence, window.theme.tints["disputed"])  # the tag's tint is there, around the figure
    assert ratio(figure, sentence) >= FIGURE_CONTRAST, f"{figure.name()} on {sentence.name()}"


def sample(legend, words: str) -> QImage:
    label = next(label for label in legend.findChildren(QLabel, "legendText") if label.toolTip() == words)
    icon = next(child for child in label.parentWidget().findChildren(QLabel) if child is not label)
    return icon.pixmap().toImage()


def dark_pixels(image: QImage) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor.fromRgba(image.pixel(x, y)).alpha() > 128
               and luminance(QColor.fromRgba(image.pixel(x, y))) < 0.2)


def typeset(font, words: str, fmt: QTextCharFormat, like: QImage) -> QImage:
    """``words`` in ``fmt`` on a canvas the size of ``like``, as a pane would set them."""
    image = QImage(like.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    layout = QTextLayout(words, font)
    marked = QTextLayout.FormatRange()
    marked.start, marked.length, marked.format = 0, len(words), fmt
    layout.setFormats([marked])
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    painter = QPainter(image)
    painter.setPen(QColor("#000000"))
    layout.draw(painter, QPointF(2, 1))
    painter.end()
    return image


def test_the_legend_draws_changed_words_as_the_panes_do_not_bold(open_window):
    window = open_window()
    legend, theme = window.legend, window.theme
    shown = sample(legend, "changed words")
    plain = dark_pixels(typeset(legend.font(), "abc", theme.formats["changed"], shown))
    bold_format = QTextCharFormat(theme.formats["changed"])
    bold_format.setFontWeight(700)
    bold = dark_pixels(typeset(legend.font(), "abc", bold_format, shown))
    assert bold > plain * 1.15  # bold is told apart by its ink
    assert abs(dark_pixels(shown) - plain) < abs(dark_pixels(shown) - bold)


def test_the_legends_conflict_sample_has_the_figures_fill_and_weight(open_window):
    window = open_window()
    legend, theme = window.legend, window.theme
    shown = sample(legend, "number conflict")
    opaque = Counter(shown.pixel(x, y) for x in range(shown.width()) for y in range(shown.height())
                     if QColor.fromRgba(shown.pixel(x, y)).alpha() == 255)
    assert QColor.fromRgb(opaque.most_common(1)[0][0]) == theme.tints["conflict"]
    bold = dark_pixels(typeset(legend.font(), "12", theme.formats["conflict"], shown))
    plain_format = QTextCharFormat(theme.formats["conflict"])
    plain_format.setFontWeight(400)
    plain = dark_pixels(typeset(legend.font(), "12", plain_format, shown))
    assert abs(dark_pixels(shown) - bold) < abs(dark_pixels(shown) - plain)
