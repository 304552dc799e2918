"""The message for files that cannot be opened says what did open, and beside what only when the
other pane shows an article."""

from __future__ import annotations

from reader.ui.filecommands import _unreadable_said


def test_one_readable_file_opened_beside_an_article_says_so():
    said = _unreadable_said(2, ["/x/wire.txt"], ["report.pdf is a PDF"], "a", beside=True)
    assert said.endswith("wire.txt is opened in A, beside the article in B")


def test_one_readable_file_opened_with_nothing_beside_it_names_no_article_there():
    said = _unreadable_said(2, ["/x/wire.txt"], ["report.pdf is a PDF"], "b", beside=False)
    assert said.endswith("wire.txt is opened in B")
    assert said.startswith("One of the files cannot be opened:\nreport.pdf is a PDF.")
