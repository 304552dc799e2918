"""``parallax tags list|export|import``: the tag store from the command line.

``list`` and ``export`` first re-anchor tags against the source files as they
are now (the same code the window runs when it opens a file), so offsets and
``orphaned`` marks are current; sources whose file is gone are shown as last
saved.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli import writing_output
from reader.cli.terminal import printable
from reader.core.errors import DocumentError

if TYPE_CHECKING:
    from reader.core.store import TagStore

# The tag store and its file formats are imported by the commands that use them:
# `parallax align` registers this command too, and need not load sqlite3 and urllib
# (about 50 ms of its start).


def register(commands) -> None:
    parser = commands.add_parser("tags", help="list, import and export tags",
                                 description="List, import and export the fact-checking tags in the local store.")
    parser.set_defaults(parser=parser)
    actions = parser.add_subparsers(dest="tags_command", metavar="ACTION")
    actions.required = True

    listing = actions.add_parser("list", help="list tags, grouped by source",
                                 description="List the stored tags, grouped by source: kind, place in the "
                                             "text (or ORPHANED when the quoted words are no longer there), "
                                             "quote and note. Sources whose file is gone are listed as last saved.")
    listing.add_argument("--source", metavar="PATH", help="only the tags on this source file")
    listing.set_defaults(run=run_list, parser=listing)

    export = actions.add_parser("export", help="write tags to CSV and/or W3C Web Annotation JSON",
                                description="Write tags to a CSV file (UTF-8 with BOM, for spreadsheets) and/or "
                                            "a W3C Web Annotation JSON file. PATH '-' writes to standard output. "
                                            "CSV cells a spreadsheet would run as a formula (starting with = + - @) "
                                            "get a leading ' ; 'parallax tags import' removes it again. "
                                            "An existing tag file (an earlier export, CSV or JSON) at PATH is "
                                            "replaced; any other file (an article, say) is not a tag file and is "
                                            "left as it is, unless --force is given.")
    export.add_argument("--csv", metavar="PATH", help="CSV file to write")
    export.add_argument("--json", metavar="PATH", help="JSON file to write")
    export.add_argument("--source", metavar="PATH", help="only the tags on this source file")
    export.add_argument("--force", action="store_true",
                        help="replace PATH even if it is not a tag file (what it holds is lost)")
    export.set_defaults(run=run_export, parser=export)

    importing = actions.add_parser("import", help="add tags from a CSV or JSON file (all or nothing)",
                                   description="Add the tags of a CSV or W3C Web Annotation JSON file to the store, "
                                               "in one transaction. Needs at least the columns source, quote, tag; "
                                               "importing the same file again adds nothing. A note or "
                                               "verdict edited in the file (in a spreadsheet) replaces the "
                                               "stored one, unless the stored tag was changed after the file "
                                               "was written: then the stored one stays, and the row is named.")
    importing.add_argument("path", metavar="PATH", help="CSV or JSON file (UTF-8, UTF-16 or a legacy code page; "
                                                        "at most 50 MB)")
    importing.add_argument("--prefer-file", action="store_true",
                           help="where the file and the store say different things of one tag, take the file's")
    importing.set_defaults(run=run_import, parser=importing)


def _open_store() -> TagStore:
    from reader.core.store import TagStore

    store = TagStore()
    if store.notice:
        print(f"parallax: note: {store.notice}", file=sys.stderr)
    return store


def _one_line(text: str, limit: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def run_list(args) -> int:
    from reader.core.export import current_tags

    with _open_store() as store:
        tags = current_tags(store, args.source)
    with writing_output():
        _print_list(tags, args.source)
    return 0


def _print_list(tags, source: str | None) -> None:
    from reader.core.pathstate import FILE, MISSING, UNREACHABLE, file_state

    if not tags:
        if source and file_state(source) == MISSING:
            # A mistyped name reads as "no tags" otherwise; a file gone since it was tagged still lists.
            raise DocumentError(f"{source}: {_what_is_there(source)}, and no tags are stored for it")
        print("no tags" + (f" on {source}" if source else ""))
        return
    # Every pasted text has the source "": each is told apart by its text's sha256, and listed
    # under its own title (the store orders them by source only, so their tags come interleaved).
    def text_of(tag) -> tuple[str, str]:
        return tag.source, "" if tag.source else tag.passage.anchor.source_sha256

    first_seen: dict[tuple[str, str], int] = {}
    for tag in tags:
        first_seen.setdefault(text_of(tag), len(first_seen))
    tags = sorted(tags, key=lambda tag: first_seen[text_of(tag)])
    current = group = None
    for tag in tags:
        key = text_of(tag)
        if key != group:
            group, current = key, tag.source
            missing = "" if not current else {FILE: "", MISSING: "  [file missing: as last saved]",
                                               UNREACHABLE: "  [file out of reach: as last saved]"}[file_state(current)]
            title = _one_line(tag.passage.source_title or "(untitled)", 80)  # an imported title may hold line breaks
            print(f"{title} — {printable(current) or '(pasted text)'}{missing}")
        a = tag.passage.anchor
        where = "ORPHANED" if tag.orphaned else f"{a.start}-{a.end}"
        line = f"  {tag.kind:<13} {where:>11}  “{_one_line(a.quote, 60)}”"
        if tag.note:
            line += f"  — {_one_line(tag.note, 60)}"
        print(line)
    orphaned = sum(t.orphaned for t in tags)
    print(f"{len(tags)} tag{'s' if len(tags) != 1 else ''}" + (f", {orphaned} orphaned" if orphaned else ""))


def _what_is_there(path: str) -> str:
    """What a path that is no article file is: "is a folder, not a file", "no such file"."""
    try:
        mode = Path(path).stat().st_mode
    except (OSError, ValueError):
        return "no such file"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    return "is not a regular file" if not stat.S_ISREG(mode) else "no such file"


def _same_target(first: str, second: str) -> bool:
    if "-" in (first, second):
        return first == second  # both to standard output: one stream after the other, unreadable
    return Path(first).resolve() == Path(second).resolve()


def _check_targets(targets: list[str], force: bool) -> None:
    """Refuse, before anything is written, to replace a file that is not a tag file (an article
    named by mistake) unless ``--force``."""
    from reader.core.errors import TagError
    from reader.core.export import NotATagFile, check_replaceable

    if force:
        return
    for target in targets:
        try:
            check_replaceable(target)
        except NotATagFile as error:
            raise TagError(f"{error}, or give --force to replace it") from None


def run_export(args) -> int:
    from reader.core.export import current_tags, export_file, write_csv, write_json

    if not args.csv and not args.json:
        args.parser.error("give --csv PATH and/or --json PATH")
    if args.csv == "-" and args.json == "-":
        args.parser.error("only one of --csv and --json can go to standard output (-); give the other a file")
    if args.csv and args.json and _same_target(args.csv, args.json):
        args.parser.error(f"--csv and --json name the same file ({args.csv}); the second would overwrite "
                          f"the first")
    _check_targets([target for target in (args.csv, args.json) if target and target != "-"], args.force)
    with _open_store() as store:
        tags = current_tags(store, args.source)
    for fmt, target in (("csv", args.csv), ("json", args.json)):
        if not target:
            continue
        if target == "-":
            with writing_output():
                if fmt == "csv":
                    stream = open(sys.stdout.fileno(), "w", encoding="utf-8-sig", newline="", closefd=False)
                    with stream:
                        write_csv(tags, stream)
                else:
                    write_json(tags, sys.stdout)
        else:
            count = export_file(tags, target, fmt, only_over_tag_files=not args.force)
            print(f"exported {count} tag{'s' if count != 1 else ''} to {target}", file=sys.stderr)
    return 0


def run_import(args) -> int:
    from reader.core.errors import TagError
    from reader.core.tag_import import describe_import, import_file

    if args.path == "-":
        raise TagError("reading tags from standard input is not supported; save them to a file and give "
                       "that file's path")
    with _open_store() as store:
        result = import_file(store, args.path, display=args.path, prefer_file=args.prefer_file)
    summary, *details = describe_import(result, args.path,
                                        prefer_file_hint="--prefer-file takes the file's copy instead")
    with writing_output():
        print(summary)
        for line in details:
            print(f"  {line}")
    return 0
