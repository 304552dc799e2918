"""Two articles that tell the same story text word for word: the warning says what differs apart
from it (one wire story run under two headlines, an article and its saved page), and keeps "the same
text" for an article beside itself."""

from __future__ import annotations

from pathlib import Path

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.overlap import measure

ROOT = Path(__file__).resolve().parents[2]
SEED = min((ROOT / "seeds").glob("*.txt"))  # the sample story's first article


def with_headline(document, headline: str):
    _, rest = document.text.split("\n", 1)
    return document_from_text(f"{headline}\n{rest}", title=headline)


def test_the_same_story_under_another_headline_is_said_to_differ_only_in_its_headlines():
    article = load_document(SEED)
    assert article.text.startswith("Former Wagner Group commander seeks asylum in Norway\n")
    overlap = measure(compare(article, with_headline(article, "Wagner commander in Norway")))
    assert overlap.same_text  # no tags are suggested, as for one text twice
    assert overlap.differs_apart == "headlines"
    assert overlap.warning().startswith("The story text of A and B is the same word for word: only their "
                                        "headlines differ")


def test_an_article_beside_itself_is_still_the_same_text():
    article = load_document(SEED)
    overlap = measure(compare(article, load_document(SEED)))
    assert overlap.same_text and overlap.differs_apart == ""
    assert overlap.warning() == "Both sides show the same text: there is nothing to compare."
