"""Load an article file into a Document.  (Interim version: plain UTF-8 text only.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader.core.errors import DocumentError
from reader.core.model import Document


def load_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror})") from None
    text = data.decode("utf-8-sig")
    title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    return Document(path=str(path), title=title, text=text, sha256=hashlib.sha256(data).hexdigest())


def document_from_text(text: str, *, title: str = "", path: str = "") -> Document:
    """A Document from text the user pasted (no file behind it)."""
    title = title or next((line.strip() for line in text.splitlines() if line.strip()), "Pasted text")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path=path, title=title, text=text, sha256=digest)
