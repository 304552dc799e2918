"""``parallax`` / ``python -m reader``.

With a subcommand (``align``, ``tags``) this is the command-line tool; with no
arguments, or with two files, it opens the reader window.  The window's
modules are imported only when needed so the CLI starts fast and runs where Qt
cannot.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = {"align", "tags"}
CLI_FLAGS = {"-h", "--help", "--version"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in CLI_COMMANDS or args[0] in CLI_FLAGS):
        from reader.cli import main as cli_main

        return cli_main(args)
    from reader.ui.app import main as window_main

    return window_main(args)


if __name__ == "__main__":
    sys.exit(main())
