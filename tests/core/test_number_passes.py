"""The passes of the number reader that only join, drop or mark figures already read are skipped
while a sentence has none (numbers._PASSES): each must leave an empty list empty, or the skip would
lose a figure.  Checked on sentences full of the words those passes look for."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.numbers import _PASSES, _scan_with_powers, find_numbers

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    "The pilot and three others were killed when the 40-year-old plane crashed at a quarter past two.",
    "A firefighter died and half of the crew were hurt, officials said on Monday, 3 March.",
    "Prices rose from $20 to $40, a two-thirds rise, over the past decade, the 1990s' high.",
    "He stands 6ft 2in tall and ran the mile in 3:59.4; the vote was 9-4 with one abstention.",
    "1. Call 020 7946 0000 or the third line, twice a week, for a fortnight's work.",
    "No one was hurt; a third of homes, about one in five, lost power for half an hour.",
]


def _seed_sentences() -> list[str]:
    return [line for path in sorted((ROOT / "seeds").glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("read", [read for read, own in _PASSES if not own], ids=lambda read: read.__name__)
def test_a_pass_that_reads_no_phrase_of_its_own_leaves_no_figures_as_none(read):
    for text in [*SENTENCES, *_seed_sentences()]:
        assert read(text, 0, []) == [], text


def test_the_skip_changes_nothing_the_reader_finds():
    # The figures scanned, then every pass run, as before the skip: what find_numbers gives.
    for text in [*SENTENCES, *_seed_sentences()]:
        mentions = []
        _scan_with_powers(text, 0, mentions)
        for read, _ in _PASSES:
            mentions = read(text, 0, mentions)
        assert mentions == find_numbers(text), text
