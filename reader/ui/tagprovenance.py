"""Which article a tag was made beside, said where the tag shows.

A tag belongs to a passage of one article (the store keys it by that article alone), so a tag made
while A was compared with B also shows when A is set beside C.  Its verdict was reached against B:
"corroborated" meant "B says it too", which C may not.  What the store records of that other
article is ``Tag.beside``: B's file, title and text's sha256, recorded when the tag is made.  Tags
of earlier versions record no such article; for those the partner passages (``Tag.partners``, the
sentences of B the tagged words were linked to, each naming B's file and title) tell it, and a tag
with neither (an old "single source" tag) can give only the date it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader.core.model import Document
from reader.core.tags import Tag, source_key


def local_time(stored: str) -> str:
    """A stored time (UTC, "2026-11-23T06:11:34.853Z") as the clock on the wall reads it."""
    try:
        moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return stored[:16].replace("T", " ")  # an imported time of another shape: as written
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Provenance:
    """What a tag says of the article it was made beside, measured against the one on screen.

    ``elsewhere``: the titles of the articles it was made beside, when the other pane shows none of
    them (empty when it shows one, or when the tag names none).  ``recorded``: whether the tag names
    any article at all."""

    elsewhere: tuple[str, ...]
    recorded: bool
    created: str  # as stored

    def note(self, other_letter: str) -> str:
        """The words said after the tag's kind ("Tagged: Corroborated — …"), "" when nothing needs
        saying: the tag was made beside the article the other pane shows."""
        if self.elsewhere:
            return f"made beside {_titles(self.elsewhere)}, not beside the article in {other_letter}"
        if not self.recorded:
            # Shown on every tag that names no partner (most single-source tags): said short.
            return f"made {local_time(self.created)[:10]}; the article beside it then is not recorded"
        return ""


def provenance(tag: Tag, other: Document | None) -> Provenance:
    """Where ``tag`` was made, against ``other``: the article shown beside the tag's own now.  The
    article recorded beside it when it was made says so; for a tag of an earlier version, which
    records none, its partner passages' article does."""
    made_beside = [(tag.beside.source, tag.beside.sha256, tag.beside.title)] if tag.beside else [
        (passage.source, passage.anchor.source_sha256, passage.source_title) for passage in tag.partners]
    elsewhere: tuple[str, ...] = ()
    if made_beside and other is not None and not any(
            _is_article(source, sha256, other) for source, sha256, _ in made_beside):
        elsewhere = tuple(dict.fromkeys(
            _told_apart(title, source, other) for source, _, title in made_beside))
    return Provenance(elsewhere=elsewhere, recorded=bool(made_beside), created=tag.created)


def _is_article(source: str, sha256: str, document: Document) -> bool:
    """Whether the article of file ``source`` and text ``sha256`` is ``document``: the same file
    (edited since or not), or the same text (a file that moved, or pasted text, which has no file)."""
    if sha256 == document.sha256:
        return True
    return bool(source) and source == source_key(document.path)


def _told_apart(title: str, source: str, other: Document) -> str:
    """How the article a tag was made beside is named: its title, with its file name where the
    article beside now has that title too (an edited copy: "made beside “X”, not beside the article
    in B" would read as nonsense beside a B titled X), else its file name or "pasted text"."""
    name = Path(source).name
    if title and title == other.title and name:
        return f"{title} ({name})"
    return title or name or "pasted text"


def _titles(titles: tuple[str, ...]) -> str:
    first = f"“{titles[0]}”"
    if len(titles) == 1:
        return first
    others = len(titles) - 1
    return f"{first} and {others} other article{'' if others == 1 else 's'}"
