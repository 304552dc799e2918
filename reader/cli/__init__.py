"""The command-line face of the engine: ``parallax align`` and ``parallax tags``.

Every user error becomes one line on stderr and exit status 2; there are no
tracebacks for bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager

from reader import __version__
from reader.cli.terminal import printable
from reader.core.errors import ParallaxError

EXIT_USER_ERROR = 2


class OutputError(ParallaxError):
    """Standard output could not be written (a full disk, a failing device)."""


@contextmanager
def writing_output():
    """Around writes to standard output: a failed write becomes one line for the user, not a
    traceback.  A closed pipe (``| head``) is let through: :func:`main` treats it as success."""
    if sys.stdout is None:  # started with standard output closed (">&-")
        raise OutputError("cannot write output: there is no standard output")
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


def _prepare_stdout() -> None:
    """Output redirected to a file or a pipe is UTF-8 (on Windows it would be the ANSI code page,
    which cannot write a Cyrillic or Chinese article's report); a terminal keeps its encoding,
    and a character it cannot show becomes "?" rather than a traceback."""
    stream = sys.stdout
    try:
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8", errors="replace")
    except (AttributeError, ValueError, OSError):  # no stream, or not a reconfigurable one (tests)
        pass


def _discard_stdout() -> None:
    """Point standard output at the null device: the output still buffered cannot be written,
    and Python's own flush at exit would otherwise fail again, print a traceback and exit 120."""
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests, pythonw)
        return
    os.dup2(null, fd)
    os.close(null)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare two reports of one story: which sentences corroborate each other, "
        "which differ, which numbers conflict. Run without a command to open the window.",
        epilog="The window: 'parallax' opens the sample story, 'parallax A B' two articles of your own, "
        "'parallax --screenshot shot.png [A B]' saves the window as an image without showing it.",
    )
    parser.add_argument("--version", action="version", version=f"Parallax {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    from reader.cli import align_command, tags_command

    align_command.register(commands)
    tags_command.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Said by the command's own parser, whose usage line shows the options it does take
        # ("parallax align A B --josn"); the top parser's would list only the commands.
        getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    _prepare_stdout()
    try:
        code = args.run(args) or 0
        if sys.stdout is not None:  # None in a windowed build
            with writing_output():
                sys.stdout.flush()  # output still buffered fails here (disk full), not at exit
        return code
    except ParallaxError as error:
        print(printable(f"parallax: error: {error}"), file=sys.stderr)  # a file name or a quote may hold escapes
        if isinstance(error, OutputError):
            _discard_stdout()
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parallax align A B | head` closed the pipe: not an error for the user.
        _discard_stdout()
        return 0
