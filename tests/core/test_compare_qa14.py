"""A pull quote that the other report's line would link to gives that link to the story sentence of its own
page carrying the same quotation: the pull quote stays furniture, and the story's telling of the quotation
is told by both sources.  Every page here is invented."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import load_document
from written_files import write

import pytest

STORY_QUOTE = ('"The worst of the flooding is behind us," the chief engineer told reporters on Tuesday after a '
               'three-hour inspection of the walls.')
PULL_QUOTE = '"The worst of the flooding is behind us."'
OTHER_QUOTE = '"The worst of the flooding is behind us," the chief engineer said at a briefing.'
# Quoted with more around it, the other report's line is no close enough partner for the pull quote to be
# taken back as story, and was left without any.
OTHER_QUOTE_AT_LENGTH = ('"The worst of the flooding is behind us," the chief engineer said at a briefing in the '
                         'town hall.')


def _comparison(tmp_path, pull_quote: str, other_quote: str = OTHER_QUOTE):
    a = write(tmp_path, "a.md", "# Dam holds as river falls\n\nThe river fell by a metre overnight.\n\n"
              f"{pull_quote}{STORY_QUOTE}\n\nSchools in the valley reopened.\n")
    b = write(tmp_path, "b.md", "# River falls, dam holds\n\nThe river fell by a metre overnight.\n\n"
              f"Schools in the valley have reopened.\n\n{other_quote}\n")
    return compare(load_document(a), load_document(b))


def _index(sentences, text: str) -> int:
    return next(s.index for s in sentences if s.text == text)


@pytest.mark.parametrize("other_quote", [OTHER_QUOTE, OTHER_QUOTE_AT_LENGTH])
def test_the_other_reports_quotation_links_to_the_story_sentence_not_the_pull_quote(tmp_path, other_quote):
    comparison = _comparison(tmp_path, f"> {PULL_QUOTE}\n\n", other_quote)
    story, pull = _index(comparison.a_sentences, STORY_QUOTE), _index(comparison.a_sentences, PULL_QUOTE)
    other = _index(comparison.b_sentences, other_quote)
    linked = {(link.a, link.b) for link in comparison.links}
    assert (story, other) in linked
    assert not any(link.a == pull for link in comparison.links)
    assert comparison.a_sentences[pull].kind == "boilerplate"


def test_without_a_pull_quote_the_two_quotations_link_as_before(tmp_path):
    comparison = _comparison(tmp_path, "")
    story, other = _index(comparison.a_sentences, STORY_QUOTE), _index(comparison.b_sentences, OTHER_QUOTE)
    assert (story, other) in {(link.a, link.b) for link in comparison.links}
