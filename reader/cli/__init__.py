"""The command-line face of the engine: ``parallax align`` and ``parallax tags``.

Every user error becomes one line on stderr and exit status 2; there are no
tracebacks for bad input.
"""

from __future__ import annotations

import argparse
import codecs
import os
import re
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


def _prepare_stderr() -> None:
    """Standard error closed ("2>&-"): what would be said there goes nowhere, never into the output
    (``print(file=None)`` writes to standard output, into the JSON a consumer reads).  Under the C
    locale, whose encoding is ASCII, messages are written in UTF-8, as Python's own UTF-8 mode does
    there: a file name the user typed ("nö.txt") is shown as typed, not as "\\udcc3\\udcb6"."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open until the process ends
        return
    try:
        if codecs.lookup(sys.stderr.encoding).name == "ascii":
            sys.stderr.reconfigure(encoding="utf-8")
    except (AttributeError, LookupError, TypeError, ValueError, OSError):  # not a reconfigurable stream (tests)
        pass


def _error_line(message: str) -> str:
    """An error as the one line it is: its control characters shown, not obeyed (see
    ``terminal.printable``), a line break in a file name shown as "␊" rather than splitting the
    line, and a file name's bytes that the locale could not read shown as the UTF-8 they are, or
    as escapes ("\\xe9") when they are not."""
    return printable(_LOCALE_UNDECODED.sub(_bytes_shown, message)).replace("\n", "\u240a")


# A file name's bytes that the locale's encoding could not read reach Python as lone surrogates.
_LOCALE_UNDECODED = re.compile("[\udc80-\udcff]+")


def _bytes_shown(found: re.Match) -> str:
    raw = found.group().encode("utf-8", "surrogateescape")  # the bytes the name has on disk
    return raw.decode("utf-8", "backslashreplace")


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose error says when a file name was taken for an option ("-a.txt"):
    argparse would otherwise say that the file given after it is missing."""

    _given: tuple[str, ...] = ()

    def parse_known_args(self, args=None, namespace=None):
        self._given = tuple(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str):
        taken = self._names_taken_for_options()
        if taken and ("required" in message or any(os.path.lexists(name) for name in taken)):
            message = _taken_for_options(self.prog, taken)
        super().error(message)

    def _names_taken_for_options(self) -> list[str]:
        """The arguments, before any "--", that argparse read as options this parser does not have."""
        given = self._given[:self._given.index("--")] if "--" in self._given else self._given
        return [arg for arg in given if arg.startswith("-") and len(arg) > 1 and " " not in arg
                and not self._is_own_option(arg)]

    def _is_own_option(self, arg: str) -> bool:
        name = arg.split("=", 1)[0]
        options = self._option_string_actions
        # "--js" is an abbreviation of "--json"; "-12" is a negative number argparse reads as a value.
        return (name in options or _NEGATIVE_NUMBER.fullmatch(arg) is not None
                or name.startswith("--") and any(option.startswith(name) for option in options))


_NEGATIVE_NUMBER = re.compile(r"-\d+|-\d*\.\d+")


def _taken_for_options(prog: str, names: list[str]) -> str:
    listed = " and ".join(names)
    taken = f"{listed} {'was' if len(names) == 1 else 'were'} taken for {'an option' if len(names) == 1 else 'options'}"
    return (f"{taken} ({prog} has no such option); use -- before file names that start with - "
            f"({prog} -- {names[0]} ...), or write ./{names[0]}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    _prepare_stderr()
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
        print(_error_line(f"parallax: error: {error}"), file=sys.stderr)  # a file name or a quote may hold escapes
        if isinstance(error, OutputError):
            _discard_stdout()
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parallax align A B | head` closed the pipe: not an error for the user.
        _discard_stdout()
        return 0
