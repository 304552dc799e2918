"""``parallax tags ...`` (filled in by the tag-store work)."""

from __future__ import annotations


def register(commands) -> None:
    parser = commands.add_parser("tags", help="list, import and export tags")
    parser.set_defaults(run=lambda args: parser.error("tags: not available yet"))
