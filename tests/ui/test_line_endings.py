"""Windows (CRLF), old Mac (CR) and mixed line endings in the window.

Core offsets index the text as decoded, "\\r\\n" included; the QTextDocument holds
one block break for each "\\r\\n".  Highlights, tags and selections must still
land on exactly the right characters.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.core.store import TagStore
from reader.ui.offsets import OffsetMap
from reader.ui.progressive import PIECE_CHARS, ProgressiveText

PARAGRAPHS = {
    "a": ["Storm hits coast",
          "The storm killed 12 people on Tuesday in the coastal town of Bayview, officials said.",
          "Winds reached 150 km/h near the coastal town of Bayview on Tuesday night.",
          "Rescue teams searched through the night for survivors in Bayview.",
          "The governor declared a state of emergency on Wednesday morning in Bayview."],
    "b": ["Storm hits coast",
          "The storm killed 14 people on Tuesday in the coastal town of Bayview, officials said.",
          "Winds reached 150 km/h near the coastal town of Bayview on Tuesday night.",
          "Rescue crews searched through the night for survivors in Bayview.",
          "The governor declared a state of emergency on Thursday morning in Bayview."],
}
# Line ending after each paragraph ("mixed" cycles through all three).
ENDINGS = {
    "lf": ["\n\n"],
    "crlf": ["\r\n\r\n"],
    "cr": ["\r\r"],
    "mixed": ["\r\n\r\n", "\n\n", "\r\n\n", "\r\r"],
}


def write_pair(folder, endings):
    paths = []
    for side, paragraphs in PARAGRAPHS.items():
        text = "".join(p + endings[i % len(endings)] for i, p in enumerate(paragraphs))
        path = folder / f"{side}.txt"
        path.write_bytes(text.encode("utf-8"))  # bytes: no newline translation
        paths.append(path)
    return paths


def qt_text(view, start, end):
    """The text between two Qt positions, as the widget holds it."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def underlined(view, style):
    """The runs of text painted with ``style`` underline, in document order."""
    runs = []
    block = view.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == style:
                runs.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return runs


@pytest.mark.parametrize("name", ENDINGS)
def test_highlights_cover_exactly_their_words(open_window, tmp_path, name):
    window = open_window(write_pair(tmp_path, ENDINGS[name]), remember=False)
    if name == "crlf":
        assert "\r\n" in window.plan.comparison.a.text  # offsets index the text with its CRLFs
    for side, number, day, word in (("a", "12", "Wednesday", "teams"), ("b", "14", "Thursday", "crews")):
        view = window.view(side)
        plan = view.plan
        assert view.document().characterCount() == view.text_length()
        # Every sentence tint starts and ends on its sentence.
        assert plan.marks
        for mark in plan.marks:
            assert qt_text(view, mark.start, mark.end) == plan.sentences[mark.index].text
        assert underlined(view, QTextCharFormat.UnderlineStyle.WaveUnderline) == [number, day]  # conflicts
        assert underlined(view, QTextCharFormat.UnderlineStyle.SingleUnderline) == [word]  # changed word


@pytest.mark.parametrize("name", ENDINGS)
@pytest.mark.parametrize("quote", ["Rescue teams searched", "Bayview on Tuesday night."])
def test_tagging_a_selection_stores_the_selected_quote(open_window, qtbot, tmp_path, name, quote):
    window = open_window(write_pair(tmp_path, ENDINGS[name]), remember=False)
    view = window.view("a")
    text = window.plan.comparison.a.text
    selection = view.document().find(quote)
    assert selection.selectedText() == quote
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setTextCursor(selection)
    qtbot.keyClick(view, Qt.Key.Key_D)
    with TagStore() as store:
        [tag] = store.all_tags()
    anchor = tag.passage.anchor
    assert (anchor.quote, anchor.start, anchor.end) == (quote, text.index(quote), text.index(quote) + len(quote))

    # And back: jumping to the tag selects exactly the same text in the widget.
    view.move_to(0)
    window.jump_to_tag("a", window.book.tags["a"][0])
    assert view.textCursor().selectedText() == quote


def test_a_selection_across_a_crlf_break_keeps_the_whole_break(open_window, qtbot, tmp_path):
    window = open_window(write_pair(tmp_path, ENDINGS["crlf"]), remember=False)
    view = window.view("a")
    text = window.plan.comparison.a.text
    start = view.document().find("officials said.").selectionStart()
    end = view.document().find("Winds reached").selectionEnd()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.tag_current("single-source")
    with TagStore() as store:
        [tag] = store.all_tags()
    assert tag.passage.anchor.quote == "officials said.\r\n\r\nWinds reached"
    assert tag.passage.anchor.start == text.index("officials said.")


# Everything that can sit in a plain-text article and might change width in a QTextDocument.
SAMPLE = ("a\r\nb\rc\nd\n\re\r\r\nf\u2028g\u2029h\fi\vj\tk\x85l\ufdd0m\U0001F600n\r\n"
          "\U0001F30A\r\n\r\no\u00a0p\ufeffq\r")


def qt_length(text):
    document = QTextDocument()
    document.setPlainText(text)
    return document.characterCount() - 1


def test_offset_map_matches_what_qt_makes_of_every_line_break():
    offsets = OffsetMap(SAMPLE)
    for offset in range(len(SAMPLE) + 1):
        inside_crlf = SAMPLE[offset - 1:offset + 1] == "\r\n"
        if inside_crlf:  # between "\r" and "\n": on the break, and back to its start
            assert offsets.to_qt(offset) == offsets.to_qt(offset - 1)
            assert offsets.to_py(offsets.to_qt(offset)) == offset - 1
            continue
        assert offsets.to_qt(offset) == qt_length(SAMPLE[:offset]), repr(SAMPLE[:offset])
        assert offsets.to_py(offsets.to_qt(offset)) == offset
    # Every Qt position (inside a surrogate pair too) maps back to a character boundary at or before it.
    for position in range(qt_length(SAMPLE) + 1):
        assert offsets.to_qt(offsets.to_py(position)) in (position, position - 1)


def test_offset_map_is_identity_for_plain_text():
    offsets = OffsetMap("Plain\ntext\rwith é and \u2028 but no CRLF.")
    assert [offsets.to_qt(i) for i in range(40)] == list(range(40))
    assert [offsets.to_py(i) for i in range(40)] == list(range(40))


def test_a_long_crlf_article_streams_in_with_its_highlights_in_place(open_window, qtbot, tmp_path):
    # Long enough to go into the view in pieces; the conflict is in the last paragraph.
    paths = []
    for side, number in (("a", "12"), ("b", "14")):
        body = "".join(f"Paragraph {i} says the convoy moved north along the river.\r\n\r\n" for i in range(1500))
        path = tmp_path / f"long_{side}.txt"
        path.write_bytes(f"{body}Police said {number} men crossed.\r\n".encode())
        paths.append(path)
    window = open_window(paths, remember=False)
    view = window.view("a")
    qtbot.waitUntil(lambda: not view.highlighting, timeout=20000)
    text = window.plan.comparison.a.text
    assert view.document().characterCount() == view.text_length() == len(text) - text.count("\r\n") + 1
    assert underlined(view, QTextCharFormat.UnderlineStyle.WaveUnderline) == ["12"]
    last = view.plan.marks[-1]
    assert qt_text(view, last.start, last.end) == "Police said 12 men crossed."


@pytest.mark.parametrize("ending", ["\n\n", "\r\n\r\n", "\r\r"])
def test_a_long_article_goes_in_by_pieces_cut_after_a_line_break(ending):
    text = "".join(f"Paragraph {i} says the convoy moved north along the river.{ending}" for i in range(3000))
    reader = SimpleNamespace(_text=text)
    cuts, start = [], 0
    while start < len(text):
        start = ProgressiveText._piece_end(reader, start, PIECE_CHARS)
        cuts.append(start)
    assert len(cuts) == len(text) // PIECE_CHARS + 1
    for cut in cuts[:-1]:
        assert text[cut - 1] in "\r\n" and text[cut - 1:cut + 1] != "\r\n"  # never inside "\r\n"


# ---- right-to-left articles (not a line-ending matter, but the same pane) ----

def first_line_edges(view):
    """Left and right edge of the first line of text, in the layout's coordinates."""
    rect = view.document().firstBlock().layout().lineAt(0).naturalTextRect()
    return rect.left(), rect.right()


@pytest.mark.parametrize("headline, body", [
    ("عاصفة تضرب الساحل", "قتلت العاصفة 12 شخصا يوم الثلاثاء، حسبما قال مسؤولون."),
    ("סערה פוגעת בחוף", "הסערה הרגה 12 בני אדם ביום שלישי, אמרו גורמים רשמיים."),
])
def test_a_right_to_left_article_is_aligned_right_and_a_latin_one_left(open_window, tmp_path, headline, body):
    rtl, ltr = tmp_path / "rtl.txt", tmp_path / "ltr.txt"
    rtl.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    ltr.write_text("Storm hits coast\n\nThe storm killed 14 people on Tuesday, officials said.\n", encoding="utf-8")
    window = open_window([rtl, ltr], remember=False)
    width = window.view("a").viewport().width()
    left, right = first_line_edges(window.view("a"))
    assert left > width / 2 and right > width - 40  # the short headline hugs the right edge
    left, right = first_line_edges(window.view("b"))
    assert left < 20 and right < width / 2

    # Swapping the sides: each pane follows the article it shows now.
    window.close()
    window = open_window([ltr, rtl], remember=False)
    assert first_line_edges(window.view("a"))[0] < 20
    assert first_line_edges(window.view("b"))[0] > width / 2
