"""Colours, text formats and the small marks shared by panes, link bar and legend.

Colours come from the Okabe–Ito palette (distinguishable with the common
colour-vision deficiencies) and are blended into the system's own base colour,
so tints stay light on a light theme and dark on a dark one.  Every state has
a second, non-colour cue: a solid, dashed or hollow margin bar; underline
styles for words; a letter on tag badges.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QTextCharFormat,
)
from PySide6.QtWidgets import QApplication

BLUE = QColor("#0072B2")
ORANGE = QColor("#E69F00")
SKY = QColor("#56B4E9")
GREEN = QColor("#009E73")
VERMILLION = QColor("#D55E00")
PURPLE = QColor("#CC79A7")
GREY = QColor("#8a8a8a")
YELLOW = QColor("#F0E442")

RELATION_COLOURS = {"equivalent": BLUE, "related": ORANGE, "unmatched": PURPLE}
TAG_COLOURS = {"corroborated": GREEN, "single-source": PURPLE, "disputed": VERMILLION}
TAG_LETTERS = {"corroborated": "C", "single-source": "S", "disputed": "D"}
TAG_LABELS = {"corroborated": "Corroborated", "single-source": "Single source", "disputed": "Disputed"}

# The tints a conflicting figure can sit on: its sentence's (or none: the base) and a tag's.
FIGURE_SURFACES = ("equivalent", "related", "corroborated", "single-source", "disputed")
# A conflicting figure differs from every surface by this lightness ratio (WCAG's contrast, which
# every kind of colour vision sees, unlike hue: the Disputed tint is the same vermillion), and its
# text reads on it at WCAG AA for body text.
FIGURE_CONTRAST = 1.8
TEXT_CONTRAST = 4.5
# The wave under a conflicting figure stands this far from the fill it is drawn on: WCAG's contrast
# for the parts of a graphic that carry its meaning.
WAVE_CONTRAST = 3.0


def blend(under: QColor, over: QColor, amount: float) -> QColor:
    return QColor(
        round(under.red() + (over.red() - under.red()) * amount),
        round(under.green() + (over.green() - under.green()) * amount),
        round(under.blue() + (over.blue() - under.blue()) * amount),
    )


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


class Theme:
    """Text formats for one palette; rebuilt when the system theme changes."""

    def __init__(self, palette: QPalette | None = None) -> None:
        palette = palette or QApplication.palette()
        self.dark = is_dark(palette)
        self.base = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        strength = 1.6 if self.dark else 1.0

        def tint(colour: QColor, amount: float) -> QColor:
            return blend(self.base, colour, min(amount * strength, 0.6))

        self.tints = {
            "equivalent": tint(BLUE, 0.13),
            "related": tint(ORANGE, 0.22),
            "corroborated": tint(GREEN, 0.28),
            "single-source": tint(PURPLE, 0.30),
            "disputed": tint(VERMILLION, 0.26),
            "filing": tint(GREY, 0.30),
            "current": tint(YELLOW, 0.75),
        }
        self.tints["conflict"], self.conflict_ink = self._conflict_fill()
        self.conflict_wave = self._conflict_wave()
        self.dim = self._furniture_grey()
        self.formats = self._formats()

    def _furniture_grey(self) -> QColor:
        """The grey of headlines, bylines and boilerplate: the text blended halfway into the base,
        or less, as far as it still reads at TEXT_CONTRAST.  Furniture is told from the story by
        its grey and italics, not by being hard to read: a headline carries figures and changed
        words the editor checks.  On a palette whose own text falls short, the text itself."""
        for step in range(50, -1, -1):
            grey = blend(self.text, self.base, step / 100)
            if contrast(grey, self.base) >= TEXT_CONTRAST:
                return grey
        return QColor(self.text)

    def _conflict_fill(self) -> tuple[QColor, QColor]:
        """The fill of a conflicting figure and the colour of its text: the quietest vermillion that
        still stands FIGURE_CONTRAST apart from every surface it can sit on, with text (the theme's
        own, or on a dark theme its base colour) that reads on it.  A dark theme's light text cannot
        read on a fill that stands out from its tints, so there the fill is a vermillion chip with
        dark text.  On a palette where no blend does both, the blend that comes nearest."""
        surfaces = [self.base] + [self.tints[name] for name in FIGURE_SURFACES]
        paper = max(self.base, self.text, key=luminance)  # blends toward it keep dark text readable
        candidates = []
        for step in range(15, 51):
            fill = blend(paper, VERMILLION, step / 50)
            ink = max(self.text, self.base, key=lambda colour: contrast(colour, fill))
            score = min(min(contrast(fill, surface) for surface in surfaces) / FIGURE_CONTRAST,
                        contrast(ink, fill) / TEXT_CONTRAST)
            candidates.append((fill, ink, score))
        good = [c for c in candidates if c[2] >= 1.0]
        # Of the fills that do both, the one nearest the page: it glares least.
        fill, ink, _score = (min(good, key=lambda c: contrast(c[0], self.base)) if good
                             else max(candidates, key=lambda c: c[2]))
        return fill, ink

    def _conflict_wave(self) -> QColor:
        """The colour of the wave under a conflicting figure: vermillion, deepened toward the figure's
        ink until it stands WAVE_CONTRAST apart from the fill (pure vermillion on its own vermillion
        blend hardly shows).  On a palette where no blend does, the ink itself."""
        fill = self.tints["conflict"]
        for step in range(0, 21):
            wave = blend(VERMILLION, self.conflict_ink, step / 20)
            if contrast(wave, fill) >= WAVE_CONTRAST:
                return wave
        return QColor(self.conflict_ink)

    def _formats(self) -> dict[str, QTextCharFormat]:
        f: dict[str, QTextCharFormat] = {}
        for name in ("equivalent", "related"):
            f[name] = QTextCharFormat()
            f[name].setBackground(self.tints[name])
        f["unmatched"] = QTextCharFormat()
        for name in ("heading", "boilerplate"):
            f[name] = QTextCharFormat()
            f[name].setForeground(self.dim)
        f["heading"].setFontWeight(QFont.Weight.DemiBold)
        f["boilerplate"].setFontItalic(True)
        changed = QTextCharFormat()
        changed.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        changed.setUnderlineColor(blend(self.text, self.base, 0.35))
        f["changed"] = changed
        f["changed-name"] = QTextCharFormat(changed)
        f["changed-number"] = QTextCharFormat(changed)
        f["changed-number"].setFontWeight(QFont.Weight.Bold)
        conflict = QTextCharFormat()
        conflict.setBackground(self.tints["conflict"])
        # Set outright, so a headline's dim grey (or a dark theme's light text) never sits on the fill.
        conflict.setForeground(self.conflict_ink)
        conflict.setFontWeight(QFont.Weight.Bold)
        conflict.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        conflict.setUnderlineColor(VERMILLION)
        f["conflict"] = conflict
        f["filing"] = self._filing_format()
        for kind in TAG_COLOURS:
            f["tag:" + kind] = QTextCharFormat()
            f["tag:" + kind].setBackground(self.tints[kind])
        return f

    def _filing_format(self) -> QTextCharFormat:
        """A dateline's date the other report gives as another day: marked, but quietly, in grey.
        Its weight and line are set outright so no mark under it (a bold changed figure) shows
        through as a difference of substance."""
        filing = QTextCharFormat()
        filing.setBackground(self.tints["filing"])
        filing.setFontWeight(QFont.Weight.Normal)
        filing.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        filing.setUnderlineColor(GREY)
        return filing


# Drawing order (later wins where two formats set the same property).
LAYER_ORDER = {
    "heading": 0, "boilerplate": 0, "unmatched": 0, "equivalent": 0, "related": 0,
    "tag:corroborated": 1, "tag:single-source": 1, "tag:disputed": 1,
    "changed": 2, "changed-name": 2, "changed-number": 2, "conflict": 3, "filing": 3,
}


def paint_conflict_wave(painter: QPainter, left: float, right: float, baseline: float, bottom: float,
                        metrics: QFontMetricsF, colour: QColor) -> None:
    """The wave under a conflicting figure set on ``baseline`` from ``left`` to ``right``, in the
    font ``metrics`` tell of, kept above ``bottom`` (its line's, where its fill ends).  Qt draws a
    format's wave a hairline thick (the font's underline thickness) and no text format makes it
    thicker, so the panes and the legend draw this one over it: twice as thick, and as deep as the
    room under the baseline allows."""
    thickness = max(1.5, 2 * metrics.lineWidth())
    crest = baseline + max(1.0, metrics.underlinePos() - thickness / 2)
    depth = max(1.0, min(bottom - thickness / 2 - crest, 2.5 * thickness))
    half_period = max(3.0, depth * 1.6)
    path = QPainterPath(QPointF(left, crest))
    x, level = left, crest
    while x < right:
        # Crest to trough and back, each half an S that leaves and meets its level flat, as a sine does.
        step = min(half_period, right - x)
        after = crest + depth if level == crest else crest
        path.cubicTo(QPointF(x + step / 2, level), QPointF(x + step / 2, after), QPointF(x + step, after))
        x, level = x + step, after
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def paint_relation_bar(painter: QPainter, rect: QRectF, state: str, *, conflict: bool = False) -> None:
    """The margin bar of a sentence: solid = same claim, dashed = overlapping claim, hollow = only here."""
    colour = RELATION_COLOURS.get(state)
    if colour is None:
        return
    painter.save()
    if state == "equivalent":
        painter.fillRect(rect, colour)
    elif state == "related":
        # Dashes to the scale of the bar (it widens with the text, View ▸ Zoom In): 4 px on, 2 off
        # at the first size; kept at that length beside a wide bar, they read as a ladder's rungs.
        dash = max(4.0, rect.width() * 0.8)
        y, step = rect.top(), dash * 1.5
        while y < rect.bottom():
            painter.fillRect(QRectF(rect.left(), y, rect.width(), min(dash, rect.bottom() - y)), colour)
            y += step
    else:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))
    if conflict:
        painter.setPen(QPen(VERMILLION, 2.5))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
    painter.restore()


# A suggested badge's dashed outline: its pen's width and its least dash and gap, in px.
SUGGESTION_PEN = 1.3
SUGGESTION_GAP = 2.5
# How opaque the tint inside a hollow badge (a tag made beside another article) is, of 255.
HOLLOW_TINT_ALPHA = 60


def _with_alpha(colour, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def paint_badge(painter: QPainter, rect: QRectF, kind: str, *, suggested: bool = False,
                hollow: bool = False) -> None:
    """A tag's margin badge: a filled square with its letter; outlined and dashed when only suggested;
    ``hollow`` (a tag made beside another article than the one shown): a solid outline."""
    colour = TAG_COLOURS[kind]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.68)))
    painter.setFont(font)
    if hollow and not suggested:
        # Thicker than a suggestion's dashes, solid, and lightly tinted within: a verdict that stands,
        # reached elsewhere.  The tint keeps it apart from a suggestion at the smallest sizes, where
        # an outline alone, dashed or not, is a ring of a pixel or two.
        width = max(1.6, rect.height() / 8)
        painter.setPen(QPen(colour, width))
        painter.setBrush(QBrush(_with_alpha(colour, HOLLOW_TINT_ALPHA)))
        painter.drawRoundedRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), 3, 3)
        painter.setPen(colour)
    elif suggested:
        pen = QPen(colour, SUGGESTION_PEN)
        # Dashes to the badge's size, and gaps at least SUGGESTION_GAP px: Qt's own pattern (in pen
        # widths) leaves gaps that antialiasing fills in on a small badge, which then reads solid.
        dash = max(SUGGESTION_GAP, rect.height() / 5)
        gap = max(SUGGESTION_GAP, rect.height() / 6)
        pen.setDashPattern([dash / SUGGESTION_PEN, gap / SUGGESTION_PEN])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), 3, 3)
        painter.setPen(colour)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TAG_LETTERS[kind])
    painter.restore()
