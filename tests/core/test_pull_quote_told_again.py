"""A page that gives a quotation twice, once set apart as a pull quote and once in the story, has the other
report's line linked to its story line only: the pull quote stays furniture, and no line of the other report is
linked to both (that reads as two claims corroborated)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document

QUOTE = "This is the worst spill this coast has seen in a generation"

PAGE = f"""<html><head><title>Tanker spills crude oil into Kerran Bay</title></head><body><article>
<h1>Tanker spills crude oil into Kerran Bay</h1>
<p>The 250-metre tanker ran aground early on Sunday as it approached the harbour in rough weather.</p>
<p>By Monday the oil had formed a slick 12 miles long that was drifting towards the northern shore.</p>
<blockquote class="pull-quote">"{QUOTE}"</blockquote>
<p>Oil-coated seabirds were taken to a rescue centre in Port Elwen.</p>
<p>Fisheries officers closed a third of the bay's fishing grounds as a precaution.</p>
{{story_quote}}
</article></body></html>"""

OTHER = f"""Tanker spills oil

A rescue centre in Port Elwen is caring for seabirds coated in oil.

Fisheries officers closed part of the bay's fishing grounds as a precaution.

"{QUOTE}," the harbour master, Jory Penrose, said.
"""


def _compared(tmp_path, story_quote: str):
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(story_quote=story_quote), encoding="utf-8")
    return compare(load_document(page), document_from_text(OTHER))


def _pull_quote(sentences):
    return next(s for s in sentences if s.text.startswith(f'"{QUOTE}"'))


def test_the_other_reports_quote_links_only_to_the_story_line(tmp_path):
    comparison = _compared(tmp_path, f'<p>"{QUOTE}," said the harbour master, Jory Penrose.</p>')
    quote_b = next(s.index for s in comparison.b_sentences if s.text.startswith(f'"{QUOTE},"'))
    partners = [comparison.a_sentences[link.a].text for link in comparison.links if link.b == quote_b]
    assert partners == [f'"{QUOTE}," said the harbour master, Jory Penrose.']
    assert _pull_quote(comparison.a_sentences).kind == "boilerplate"
