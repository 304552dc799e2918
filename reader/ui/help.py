"""Help ▸ User guide (markdown from resources/help) and Help ▸ About."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from reader import __version__
from reader.paths import resources_dir


def guide_html() -> str:
    import markdown

    path = resources_dir() / "help" / "guide.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        text = f"# User guide\n\nThe guide was not found at `{path}`."
    # "toc" gives each heading an id, which the contents list at the guide's top links to
    # ("#keys"); the window's QTextBrowser follows such in-page links.
    return markdown.markdown(text, extensions=["tables", "toc"])


def guide_style_sheet(palette: QPalette) -> str:
    """Borders and padding for the guide's tables (the Marks and Keys tables have long cells that
    wrap, and ran into each other without them), in the colours of the current theme."""
    line = palette.color(QPalette.ColorRole.Mid).name()
    head = palette.color(QPalette.ColorRole.AlternateBase).name()
    return (f"table {{ border-collapse: collapse; }} "
            f"th, td {{ border: 1px solid {line}; padding: 3px 6px; }} "
            f"th {{ background-color: {head}; text-align: left; }}")


class GuideDialog(QDialog):
    """The user guide, rendered.  Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Parallax user guide")
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(guide_style_sheet(self.browser.palette()))
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def about_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle("About Parallax")
    box.setIconPixmap(parent.windowIcon().pixmap(48, 48))
    box.setText(f"<b>Parallax {__version__}</b>")
    box.setInformativeText(
        "Read two reports of one story side by side: see which sentences corroborate each other, "
        "which differ, and which numbers conflict, and tag passages as you read.<br><br>"
        "Colours: Okabe–Ito palette (colour-blind safe). Licence: MIT."
    )
    return box
