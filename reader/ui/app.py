"""``parallax [--screenshot PATH] [A B]``: the reader window.

No files: the sample story (or the last pair, if it still exists).  Two files:
those.  ``--screenshot PATH`` lays the window out offscreen, waits for the
comparison, saves a PNG and exits (for docs and checks).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

USAGE = "usage: parallax [--screenshot PATH] [A B]   (or: parallax align|tags ..., see parallax --help)"
EXIT_USAGE = 2
SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_TIMEOUT_S = 600


@dataclass
class Options:
    files: list[str]
    screenshot: str | None = None


class UsageError(Exception):
    pass


def parse_args(argv: list[str]) -> Options:
    files: list[str] = []
    screenshot = None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--screenshot" or arg.startswith("--screenshot="):
            if "=" in arg:
                screenshot = arg.split("=", 1)[1]
            elif args:
                screenshot = args.pop(0)
            if not screenshot:
                raise UsageError("--screenshot needs a PNG path")
        elif arg == "--":
            files.extend(args)
            args = []
        elif arg.startswith("-") and arg != "-":
            raise UsageError(f"unknown option {arg}")
        else:
            files.append(arg)
    if len(files) not in (0, 2):
        raise UsageError(f"give two articles (A and B), or none for the sample story; got {len(files)}")
    return Options(files=files, screenshot=screenshot)


def _fail(message: str) -> int:
    print(f"parallax: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the whole process with a
    message about platform plugins; say what is wrong instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    try:
        options = parse_args(argv)
    except UsageError as error:
        print(f"parallax: error: {error}. {USAGE}", file=sys.stderr)
        return EXIT_USAGE
    missing = [f for f in options.files if not Path(f).is_file()]
    if options.screenshot:
        if missing:
            return _fail(_why_unreadable(missing[0]))
        # A screenshot never needs (or opens) a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif _no_display():
        return _fail("no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start "
                     "Parallax from a desktop session, or use the command line: parallax align A B")

    from PySide6.QtCore import QTimer

    from reader.core.errors import ParallaxError

    app = application()
    image_format = None
    if options.screenshot:
        image_format, problem = _image_format(options.screenshot)
        if image_format is None:
            return _fail(problem)
    # One file missing is told as an unreadable one is, once the window compares the pair: the other
    # article is still shown.  With both missing there is nothing of the reader's to show.
    none_found = bool(missing) and len(missing) == len(options.files)
    try:
        window = create_window([] if none_found else options.files, remember=not options.screenshot)
    except ParallaxError as error:
        if not options.screenshot:
            _cannot_start(str(error))
        return _fail(str(error))
    if options.screenshot:
        _quiet_offscreen_messages()
        return _screenshot(app, window, options.screenshot, image_format, started)
    window.show()
    if none_found:
        QTimer.singleShot(0, lambda: window.show_error(
            "Cannot open the article", f"{missing[0]}: no such file. Showing the sample story instead."))
    code = app.exec()
    if window.closed and window.busy:
        _end_without_waiting(code)
    return code


def _end_without_waiting(code: int) -> None:
    """End the process now, although a comparison still runs on a worker thread: Qt would wait
    for it before letting the process end, seconds on long articles after the window has gone.

    Nothing is lost by not waiting.  A comparison only reads the two files and computes; it writes
    nothing.  Every tag was written to the store when it was made, and the window, as it closed,
    saved the note being typed, closed the tag store and saved its settings.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _cannot_start(message: str) -> None:
    """Say why the window cannot open in a dialog too: an app started by double-clicking has no
    terminal to print to, and would otherwise do nothing visible at all."""
    from PySide6.QtWidgets import QMessageBox

    from reader.core.errors import as_sentence

    box = QMessageBox(QMessageBox.Icon.Critical, "Parallax cannot start",
                      as_sentence(message),
                      QMessageBox.StandardButton.Ok)
    box.exec()


def application():
    """The QApplication (created once), named and styled."""
    from PySide6.QtWidgets import QApplication

    from reader import APP_NAME
    from reader.ui.settings import APPLICATION, ORGANISATION

    from reader.ui.icon import app_icon
    from reader.ui.worker import share_the_gil

    share_the_gil()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "parallax"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    # The window system's icon for every window, and (on Wayland) how the task bar finds the
    # installed launcher, parallax.desktop, and its icon.
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("parallax")
    return app


def create_window(files: list[str], *, remember: bool = True):
    """The window on ``files`` (two paths), else the last pair, else the sample story.

    Raises ``ParallaxError`` when the tag store cannot be opened at all.
    """
    from reader.core.store import TagStore
    from reader.paths import sample_story
    from reader.ui.settings import open_settings, string_list
    from reader.ui.sources import Source, Story
    from reader.ui.window import MainWindow

    settings = open_settings()
    samples = [Source(label=p.name, path=str(p)) for p in sample_story()]
    _label_sample_story(samples)
    own = list(files)
    if not own and remember:
        last = string_list(settings, "lastSources")
        if len(last) == 2 and all(Path(p).is_file() for p in last):
            own = last
    # The user's own pair comes first in the pickers, as 1 and 2; the sample story stays at hand
    # below it, each article marked as a sample (a copy of one is listed once, as the user's).
    story = Story()
    pair = tuple(story.add(Source(label=Path(p).name, path=p)) for p in own)
    for sample in samples:
        if own:
            sample.label = f"Sample story: {sample.label}"
        story.add(sample)
    if not own:
        pair = (0, 2) if len(story) > 2 else (0, min(1, len(story) - 1))
    store = TagStore()
    _add_pasted_texts(story, store)
    window = MainWindow(story=story, pair=pair, settings=settings, store=store, remember=remember)
    window.remember_files(*files)  # File ▸ Open Recent lists the files given on the command line too
    if store.notice:
        window.show_error("Tag store", store.notice)
    return window


def _add_pasted_texts(story, store) -> None:
    """The pasted texts that carry tags, at the end of the pickers: they have no file to open again,
    so their tags could never be seen again otherwise.  The store keeps each as it was pasted."""
    from reader.core.errors import ParallaxError
    from reader.ui.sources import Source

    try:
        documents = store.pasted_documents()
    except ParallaxError:
        return  # an unreadable store is told about where its tags are read
    for document in documents:
        story.add(Source(label=f"Pasted: {document.title}", document=document))


def _label_sample_story(sources) -> None:
    """The pickers show titles, not file names; reading five small files takes a few ms."""
    from reader.core.document import load_document
    from reader.core.errors import ParallaxError

    for source in sources:
        try:
            source.label = load_document(source.path).title or source.label
        except ParallaxError:
            pass


def _quiet_offscreen_messages() -> None:
    """The offscreen plugin warns that it cannot pass size limits to a window system it lacks:
    true and harmless for a screenshot, so that one message is dropped; others still print."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _why_unreadable(path: str) -> str:
    """What ``parallax align`` would say of a path that is not a file ("is a folder", ...)."""
    from reader.core.document import load_document
    from reader.core.errors import ParallaxError

    try:
        load_document(path)
    except ParallaxError as error:
        return str(error)
    return f"{path}: no such file"


def _image_format(path: str) -> tuple[str | None, str]:
    """The image format a screenshot path asks for ("PNG" without a suffix), or why it cannot
    be written there; checked before the window is laid out, which takes a while."""
    from PySide6.QtGui import QImageWriter

    target = Path(path)
    if target.is_dir():
        return None, f"{path} is a folder; give the screenshot a file name, like shot.png"
    if not target.parent.is_dir():
        return None, f"{path}: the folder {target.parent} does not exist"
    suffix = target.suffix.lower().lstrip(".")
    if not suffix:
        return "PNG", ""
    writable = {bytes(name).decode().lower() for name in QImageWriter.supportedImageFormats()}
    if suffix not in writable:
        return None, f"{path}: cannot save .{suffix} images (use .png, .jpg or .bmp)"
    return suffix.upper(), ""


def _screenshot(app, window, path: str, image_format: str, started: float) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    outcome: dict[str, str] = {}
    loop = QEventLoop()
    window.comparison_shown.connect(lambda: (outcome.setdefault("ok", ""), loop.quit()))
    window.comparison_failed.connect(lambda message: (outcome.setdefault("error", message), loop.quit()))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_S * 1000, loop.quit)
    if window.busy:
        loop.exec()
    if "error" in outcome:
        return _fail(outcome["error"])
    if window.plan is None:
        return _fail(f"the comparison did not finish within {SCREENSHOT_TIMEOUT_S} s")
    views = (window.pane_a.view, window.pane_b.view)
    while any(view.highlighting for view in views):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.show_example()
    for _ in range(3):  # let layout, scrolling and the link bar settle
        app.processEvents()
    image = window.grab()
    if os.environ.get("PARALLAX_REPORT_STARTUP"):
        print(f"first paint after {time.perf_counter() - started:.3f} s", file=sys.stderr)
    if not image.save(path, image_format):
        return _fail(f"{path}: cannot write the image")
    window.remember = False
    window.close()
    return 0
