"""The command-line face of the engine: ``parallax align`` and ``parallax tags``.

Every user error becomes one line on stderr and exit status 2; there are no
tracebacks for bad input.
"""

from __future__ import annotations

import argparse
import sys

from reader import __version__
from reader.core.errors import ParallaxError

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare two reports of one story: which sentences corroborate each other, "
        "which differ, which numbers conflict. Run without a command to open the window.",
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
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except ParallaxError as error:
        print(f"parallax: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parallax align A B | head` closed the pipe: not an error for the user.
        return 0
