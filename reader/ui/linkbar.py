"""The connectors between the two panes, as in Meld's curtain.

Each link is a band from its sentence on the left to its partner on the
right; bands cross when the outlets told the story in a different order.
The comparison is pushed in (``set_plan``); only geometry is asked of the
views, and only for sentences on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.core.link_notes import link_notes
from reader.core.model import Link, NumberLedger, NumberMention
from reader.core.numbers import SCORE
from reader.ui.palette import BLUE, ORANGE, VERMILLION, Theme
from reader.ui.pane import DocumentView, note_line
from reader.ui.plan import CURLY_QUOTES, ComparisonPlan, figure_as_written

# The bar's width: enough for a few crossing bands in an ordinary window, and a modest share of a
# wide one, where bands crossing a long, reordered story need room to be told apart.
NARROWEST, WIDEST, SHARE_OF_WINDOW = 88, 160, 0.065

RELATION_WORDS = {"equivalent": "Same claim", "related": "Overlapping claim, details differ"}


class LinkBar(QWidget):
    """Paints one band per link between the two article views.

    Signals: none (hover shows a link's relation and score, its conflicting figures and the engine's
    notes on it).
    """

    def __init__(self, *, view_a: DocumentView, view_b: DocumentView, theme: Theme,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._a = view_a
        self._b = view_b
        self._theme = theme
        self._plan: ComparisonPlan | None = None
        self._current: set[Link] = set()
        self._painted: list[tuple[QPainterPath, Link]] = []
        self.setMinimumWidth(48)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName("Links between the two articles")
        for view in (view_a, view_b):
            view.viewport_changed.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        window = self.window()
        room = window.width() if window is not self else 0
        return QSize(max(NARROWEST, min(WIDEST, round(room * SHARE_OF_WINDOW))), 400)

    def showEvent(self, event) -> None:  # noqa: N802
        self.window().installEventFilter(self)
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # the width follows the window's
        return super().eventFilter(watched, event)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_plan(self, plan: ComparisonPlan | None) -> None:
        self._plan = plan
        self._current = set()
        self.update()

    def set_current(self, links) -> None:
        self._current = set(links)
        self.update()

    @property
    def painted_links(self) -> list[Link]:
        """The links drawn in the last paint (for tests and accessibility)."""
        return [link for _, link in self._painted]

    def _visible_links(self) -> list[Link]:
        plan = self._plan
        seen: dict[tuple[int, int], Link] = {}
        for view, side in ((self._a, plan.a), (self._b, plan.b)):
            for mark, _, _ in view.visible_marks():
                for link in mark.links:
                    seen[(link.a, link.b)] = link
        # Draw current links last so they sit on top.
        return sorted(seen.values(), key=lambda link: link in self._current)

    def _y_range(self, view: DocumentView, index: int) -> tuple[float, float]:
        where = view.mark_y(index)
        shift = view.viewport().mapTo(self.window(), QPoint(0, 0)).y() - self.mapTo(self.window(), QPoint(0, 0)).y()
        if where == "above":
            return shift - 30.0, shift - 24.0
        if where == "below":
            y = shift + view.viewport().height() + 24.0
            return y, y + 6
        top, bottom = where
        return top + shift, bottom + shift

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        self._painted = []
        if self._plan is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = float(self.width())
        # Draw only beside the text areas (not beside the source pickers above them).
        viewport = self._a.viewport()
        top = viewport.mapTo(self.window(), QPoint(0, 0)).y() - self.mapTo(self.window(), QPoint(0, 0)).y()
        painter.setClipRect(QRectF(0, top, w, viewport.height()))
        for link in self._visible_links():
            a_where, b_where = self._a.mark_y(link.a), self._b.mark_y(link.b)
            current = link in self._current
            colour = BLUE if link.relation == "equivalent" else ORANGE
            edge = VERMILLION if link.has_conflict else colour
            pen = QPen(edge, 2.2 if current else 1.0)
            if link.relation != "equivalent":
                pen.setStyle(Qt.PenStyle.DashLine)
            if isinstance(a_where, str) or isinstance(b_where, str):
                if isinstance(a_where, str) and isinstance(b_where, str):
                    continue
                path = self._stub(link, a_where, b_where, w)
                fill = QColor(edge)
                fill.setAlphaF(0.8 if current else 0.45)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawPath(path)
                self._painted.append((path, link))
                continue
            a0, a1 = self._y_range(self._a, link.a)
            b0, b1 = self._y_range(self._b, link.b)
            path = QPainterPath(QPointF(0, a0))
            path.cubicTo(QPointF(w / 2, a0), QPointF(w / 2, b0), QPointF(w, b0))
            path.lineTo(QPointF(w, b1))
            path.cubicTo(QPointF(w / 2, b1), QPointF(w / 2, a1), QPointF(0, a1))
            path.closeSubpath()
            fill = QColor(colour)
            fill.setAlphaF(0.45 if current else (0.30 if self._theme.dark else 0.16))
            painter.setBrush(fill)
            painter.setPen(pen)
            painter.drawPath(path)
            self._painted.append((path, link))

    def _stub(self, link: Link, a_where, b_where, w: float) -> QPainterPath:
        """A partner off screen: a small arrow from the visible sentence pointing up or down.

        (Full curves to the edge cluttered the bar and made scrolling long articles slow.)"""
        if isinstance(b_where, str):
            top, bottom = self._y_range(self._a, link.a)
            x0, x1, direction = 0.0, 22.0, -1 if b_where == "above" else 1
        else:
            top, bottom = self._y_range(self._b, link.b)
            x0, x1, direction = w, w - 22.0, -1 if a_where == "above" else 1
        middle = (top + bottom) / 2
        tip = QPointF(x1, middle + direction * 9)
        path = QPainterPath(QPointF(x0, middle - 3))
        path.lineTo(tip)
        path.lineTo(QPointF(x0, middle + 3))
        path.closeSubpath()
        return path

    def _conflicting_figures(self, link: Link) -> list[str]:
        """Each conflict of ``link`` quoted as the word tooltips and the Tags line quote it: with the
        figures' qualifiers, “more than 2,000” ≠ “2,000”; with no direction read from "rose" or
        "fell", being no word of the writer's, unless the two went opposite ways, a rise of “4.1 per
        cent” ≠ a fall of “4.7%”; and a score whole, “3-1” ≠ “3-2” (the ledger sets only its changed
        figure against the other's)."""
        texts = (self._plan.comparison.a.text, self._plan.comparison.b.text)
        said = (f"{_figure_quoted(a, b, _mentions(link.numbers, 0), texts[0])} ≠ "
                f"{_figure_quoted(b, a, _mentions(link.numbers, 1), texts[1])}"
                for a, b in link.numbers.claim_conflicts)
        return list(dict.fromkeys(said))  # both figures of a score disputed: one “3-1” ≠ “2-0”

    def _tip(self, link: Link) -> str:
        """What hovering ``link`` tells: its relation and score, its figures in conflict, and the
        engine's notes on it in the words the sentences' tooltips use."""
        lines = [f"{RELATION_WORDS.get(link.relation, link.relation)} — score {link.score:.2f}"]
        if link.has_conflict:
            lines.append("Numbers conflict: " + ", ".join(self._conflicting_figures(link)))
        # Between the panes neither side is "here": each is named.
        lines += [note_line(note, "") for note in link_notes(self._plan.comparison, link)]
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            for path, link in reversed(self._painted):
                if path.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), self._tip(link), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


# What stands between the two figures of a score written as one: "3-1", "3–1", "8 to 5", "2:0".
SCORE_JOINTS = ("-", "–", "—", "to", ":")


def _mentions(numbers: NumberLedger, side: int) -> list[NumberMention]:
    """Every figure of one side (0: A, 1: B) of a ledger, agreeing, conflicting or alone."""
    only = numbers.only_a if side == 0 else numbers.only_b
    return [pair[side] for pair in (*numbers.agree, *numbers.conflict)] + list(only)


def _figure_quoted(figure: NumberMention, against: NumberMention, mentions: list[NumberMention], text: str) -> str:
    """``figure`` with its qualifier ("about 900") as set ``against`` the other's, or, for one figure
    of a score, the whole score as written: "1" alone, of "3-1" against "3-2", says nothing."""
    other = _other_half_of_score(figure, mentions, text)
    if other is None:
        return figure_as_written(figure, against)
    first, last = sorted((figure, other), key=lambda m: m.start)
    return CURLY_QUOTES[0] + text[first.start:last.end] + CURLY_QUOTES[1]


def _other_half_of_score(figure: NumberMention, mentions: list[NumberMention], text: str) -> NumberMention | None:
    if not figure.role.endswith(SCORE):
        return None
    for other in mentions:
        if other is figure or other.role != figure.role:
            continue
        first, last = sorted((figure, other), key=lambda m: m.start)
        if text[first.end:last.start].strip() in SCORE_JOINTS and last.start >= first.end:
            return other
    return None
