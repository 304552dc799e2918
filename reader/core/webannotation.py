"""Tags as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), and back.

One tag is one ``Annotation``:

- ``target``: the tagged passage, a ``SpecificResource`` whose ``source`` is the
  file's ``file://`` URI and whose selectors are a ``TextQuoteSelector``
  (exact / prefix / suffix) and a ``TextPositionSelector`` (start / end,
  character offsets into the cleaned text);
- ``body``: a ``TextualBody`` with purpose ``tagging`` holding the tag kind,
  one with purpose ``commenting`` holding the note, and one
  ``SpecificResource`` with purpose ``linking`` per partner passage;
- ``motivation`` ``assessing``; ``creator``, ``created``, ``modified``;
- Parallax extras under the ``parallax:`` prefix: ``status`` (anchored /
  orphaned), the source version's ``sha256`` and its title (``dc:title``), and
  ``madeBeside``: the article shown beside the tagged one when the tag was made
  (``id``: its ``file://`` URI, ``dc:title``, ``parallax:sha256``).

The export is an ``AnnotationCollection`` with one page.  The reader accepts
that, a bare page, a list of annotations or a single annotation, and takes
what it needs from annotations other tools wrote.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from reader.core.tags import Passage, Tag

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"parallax": "urn:x-parallax:", "dc": "http://purl.org/dc/elements/1.1/"}]


class AnnotationFormatError(ValueError):
    """An annotation lacks something a tag needs; the message says what."""


def source_uri(passage: Passage) -> str:
    if passage.source:
        return Path(passage.source).as_uri()
    return f"urn:sha256:{passage.anchor.source_sha256}"  # pasted text has no file


def uri_to_path(uri: str) -> str:
    """A ``file://`` URI (or a plain path) as a local path; "" for anything else."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        if parsed.netloc and parsed.netloc.lower() != "localhost" and os.name == "nt":
            # Another machine's file (file://host/...): on Windows a network share (\\host\share\...).
            # Elsewhere its path, which the import then looks for by name beside the tag file.
            return url2pathname(f"//{parsed.netloc}{unquote(parsed.path)}")
        return url2pathname(unquote(parsed.path))
    if parsed.scheme and len(parsed.scheme) > 1:  # "C:" is a Windows drive, not a scheme
        return ""
    return uri


def _resource(passage: Passage) -> dict:
    a = passage.anchor
    return {
        "type": "SpecificResource",
        "source": {"id": source_uri(passage), "type": "Text", "format": "text/plain",
                   "dc:title": passage.source_title},
        "selector": [
            {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix},
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ],
        "parallax:sha256": a.source_sha256,
    }


def to_annotation(tag: Tag) -> dict:
    body = [{"type": "TextualBody", "purpose": "tagging", "value": tag.kind}]
    if tag.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": tag.note, "format": "text/plain"})
    for partner in tag.partners:
        body.append({**_resource(partner), "purpose": "linking"})
    return {
        "id": f"urn:uuid:{tag.id}",
        "type": "Annotation",
        "motivation": "assessing",
        "creator": {"type": "Person", "name": tag.author},
        "created": tag.created,
        "modified": tag.modified,
        "body": body,
        "target": _resource(tag.passage),
        "parallax:status": tag.status,
        **({"parallax:madeBeside": _made_beside(tag.beside)} if tag.beside else {}),
    }


def _made_beside(beside) -> dict:
    uri = Path(beside.source).as_uri() if beside.source else f"urn:sha256:{beside.sha256}"
    return {"id": uri, "type": "Text", "dc:title": beside.title, "parallax:sha256": beside.sha256}


def to_collection(tags: list[Tag]) -> dict:
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Parallax tags",
        "total": len(tags),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": [to_annotation(t) for t in tags]},
    }


def _kind_of(value) -> str:
    """What a JSON value is, for messages: "a number", "a list"..."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return {list: "a list", dict: "an object", str: "text"}.get(type(value), "null")


def _items(page: dict) -> list:
    items = page.get("items")
    if items is None:
        return []
    if not isinstance(items, list):
        raise AnnotationFormatError(f"the annotation page's 'items' is not a list of annotations "
                                    f"(it is {_kind_of(items)})")
    return items


def annotations_in(data) -> list:
    """The annotations of a collection, page, list or single annotation."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise AnnotationFormatError("expected a Web Annotation, an AnnotationPage or an AnnotationCollection")
    kind = data.get("type")
    if kind == "AnnotationCollection" or "first" in data:
        first = data.get("first")
        if isinstance(first, dict):
            return _items(first)
        if isinstance(first, str) and not data.get("items"):
            # A paged collection that only links to its pages: importing "0 tags" would hide that.
            raise AnnotationFormatError(f"the collection's first page is not in the file (only a link, {first})")
        return _items(data)
    if kind == "AnnotationPage" or "items" in data:
        return _items(data)
    return [data]


def _text(value, what: str) -> str:
    """A text field of the file: missing or null is "", anything but a string is an error
    (a number or list would otherwise fail deep inside, or be stored as something else)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnnotationFormatError(f"{what} is not text (it is {_kind_of(value)})")
    return value


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _passage_fields(resource, what: str) -> dict:
    """source / quote / prefix / suffix / start / end / title / sha256 of a target or linking body."""
    if isinstance(resource, str):
        raise AnnotationFormatError(f"{what} names a whole document, not a passage (no TextQuoteSelector)")
    if not isinstance(resource, dict):
        raise AnnotationFormatError(f"{what} is not an object")
    source = resource.get("source")
    title = ""
    if isinstance(source, dict):
        title = source.get("dc:title") or source.get("title") or ""
        source = source.get("id") or source.get("@id") or ""
    if not isinstance(source, str) or not source:
        raise AnnotationFormatError(f"{what} has no source")
    fields = {"source": source, "title": title if isinstance(title, str) else "",
              "sha256": _text(resource.get("parallax:sha256"), f"{what}: parallax:sha256"),
              "prefix": "", "suffix": "", "quote": None, "start": None, "end": None}
    for selector in _as_list(resource.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector":
            fields["quote"] = selector.get("exact")
            fields["prefix"] = _text(selector.get("prefix"), f"{what}: TextQuoteSelector prefix")
            fields["suffix"] = _text(selector.get("suffix"), f"{what}: TextQuoteSelector suffix")
        elif selector.get("type") == "TextPositionSelector":
            fields["start"] = selector.get("start")
            fields["end"] = selector.get("end")
    if not isinstance(fields["quote"], str) or not fields["quote"]:
        raise AnnotationFormatError(f"{what} has no TextQuoteSelector with an 'exact' quote")
    for key in ("start", "end"):
        if fields[key] is not None and not is_whole_number(fields[key]):
            raise AnnotationFormatError(f"{what}: TextPositionSelector {key} is not a whole number")
    return fields


def is_whole_number(value) -> bool:
    """An offset read from JSON: an int, and not a bool (``True`` is an int to Python)."""
    return isinstance(value, int) and not isinstance(value, bool)


def from_annotation(annotation) -> dict:
    """The fields of one annotation, in the same shape the CSV reader produces."""
    if not isinstance(annotation, dict):
        raise AnnotationFormatError("is not an annotation object")
    targets = [t for t in _as_list(annotation.get("target")) if t]
    if not targets:
        raise AnnotationFormatError("has no target")
    passage = _passage_fields(targets[0], "its target")
    kinds, notes, partners = [], [], []
    for body in _as_list(annotation.get("body")):
        if isinstance(body, str):
            notes.append(body)
            continue
        if not isinstance(body, dict):
            continue
        purpose = body.get("purpose")
        if body.get("type") == "SpecificResource" or purpose == "linking":
            partners.append(_passage_fields(body, "a linking body"))
        elif purpose == "tagging":
            kinds.append(_text(body.get("value"), "has a tagging body whose value"))
        elif "value" in body:
            # A TextualBody's value is text; a number here is a broken file, not a note.
            notes.append(_text(body["value"], f"has a {purpose if isinstance(purpose, str) else 'note'} "
                                              f"body whose value"))
    if not kinds:
        raise AnnotationFormatError("has no tag (a TextualBody with purpose 'tagging' and value "
                                    "corroborated, single-source or disputed)")
    creator = annotation.get("creator")
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, dict):
        creator = creator.get("name") or creator.get("nickname") or ""
    ident = annotation.get("id") or ""
    if isinstance(ident, str) and ident.startswith("urn:uuid:"):
        ident = ident[len("urn:uuid:"):]
    return {
        "id": ident if isinstance(ident, str) else "",
        "passage": passage,
        "kinds": kinds,
        "note": "\n\n".join(notes),
        "partners": partners,
        "author": creator if isinstance(creator, str) else "",
        "created": _text(annotation.get("created"), "has a 'created' time that"),
        "modified": _text(annotation.get("modified"), "has a 'modified' time that"),
        "status": _text(annotation.get("parallax:status"), "has a 'parallax:status' that"),
        "beside": _made_beside_fields(annotation.get("parallax:madeBeside")),
    }


def _made_beside_fields(value) -> dict | None:
    """source / title / sha256 of the article a tag was made beside; None when not given."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise AnnotationFormatError(f"has a 'parallax:madeBeside' that is not an object (it is {_kind_of(value)})")
    uri = _text(value.get("id"), "has a 'parallax:madeBeside' whose id")
    return {"source": "" if uri.startswith("urn:") else uri_to_path(uri),
            "title": _text(value.get("dc:title"), "has a 'parallax:madeBeside' whose dc:title"),
            "sha256": _text(value.get("parallax:sha256"), "has a 'parallax:madeBeside' whose parallax:sha256")}
