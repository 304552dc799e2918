"""A pull quote's link handed to its own page's story: of the story sentences that carry a short quotation,
the one closest to the other report's line takes it, not the first on the page.  Every page here is invented."""

from __future__ import annotations

from reader.core.compare import Analysis
from reader.core.document import load_document
from written_files import write

QUOTE = '"We thought we would die,"'
NEIGHBOUR = f"{QUOTE} a neighbour said."
OWNER = f"{QUOTE} Mr Patel said outside his shop."


def _analysis(tmp_path, *story: str) -> Analysis:
    a = write(tmp_path, "a.md", "# Fire guts bakery on high street\n\n"
              "A fire destroyed a bakery on the high street on Monday night.\n\n"
              + "".join(f"{line}\n\n" for line in story[:1]) + '> "We thought we would die."\n\n'
              + "".join(f"{line}\n\n" for line in story[1:]) + "Fire crews stayed at the scene until dawn.\n")
    b = write(tmp_path, "b.md", "# Bakery destroyed by fire\n\n"
              "A fire destroyed a bakery on the high street on Monday night.\n\n"
              f"{QUOTE} Mr Patel said.\n\nCrews stayed at the scene until dawn.\n")
    return Analysis(load_document(a), load_document(b))


def _index(sentences, text: str) -> int:
    return next(s.index for s in sentences if s.text == text)


def _handed(analysis: Analysis) -> tuple[int, float]:
    pull = next(s.index for s in analysis.a.sentences if s.reason == "pull quote")
    other = _index(analysis.b.sentences, f"{QUOTE} Mr Patel said.")
    (ia, ib, score), = analysis._pull_quotes_handed_to_their_story([(pull, other, analysis.score(pull, other))])
    assert ib == other
    return ia, score


def test_the_link_goes_to_the_story_sentence_closest_to_the_other_line_not_the_first(tmp_path):
    analysis = _analysis(tmp_path, NEIGHBOUR, OWNER)
    owner, neighbour = _index(analysis.a.sentences, OWNER), _index(analysis.a.sentences, NEIGHBOUR)
    other = _index(analysis.b.sentences, f"{QUOTE} Mr Patel said.")
    assert analysis.score(owner, other) > analysis.score(neighbour, other)
    assert _handed(analysis) == (owner, analysis.score(owner, other))


def test_with_one_story_sentence_carrying_the_quotation_that_one_takes_the_link(tmp_path):
    analysis = _analysis(tmp_path, NEIGHBOUR)
    neighbour = _index(analysis.a.sentences, NEIGHBOUR)
    assert _handed(analysis)[0] == neighbour
