"""The source pickers' list: no article is listed twice."""

from __future__ import annotations

import shutil

from reader.ui.sources import Source, Story


def test_a_copy_of_a_listed_article_is_not_listed_again(seeds, tmp_path):
    story = Story([Source(label=p.name, path=str(p)) for p in seeds])
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(seeds[2], copy)
    assert story.add(Source(label="copy", path=str(copy))) == 2
    assert len(story) == 5


def test_a_different_article_is_added(seeds, tmp_path):
    story = Story([Source(label=p.name, path=str(p)) for p in seeds])
    other = tmp_path / "other.txt"
    other.write_text(seeds[2].read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert story.add(Source(label="other", path=str(other))) == 5
    assert story.add(Source(label="missing", path=str(tmp_path / "missing.txt"))) == 6
