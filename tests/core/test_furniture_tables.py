"""A table in the article's markup is the story's: its rows stay body, though their shape (short,
unpunctuated, figures split by gaps) is that of headings and tickers.  Every example is invented."""

from __future__ import annotations

from reader.core.document import load_document
from reader.core.sentences import document_sentences

STORY = ("The health ministry said on Monday that suspected cholera cases had risen to 1,840 across "
         "ten states since the start of the rainy season.\n\n")
AFTER = "\n\nOfficials said the outbreak was slowing in the north-east, where vaccination began in June.\n"
ROWS = ("Bauchi  462  58  14", "Kano  381  41  9", "Lagos  236  33  6")


def kinds(path) -> dict[str, tuple[str, str]]:
    return {s.text: (s.kind, s.reason) for s in document_sentences(load_document(path))}


def test_rows_of_a_markdown_or_html_table_are_story(tmp_path):
    markdown = tmp_path / "cases.md"
    markdown.write_text("# Cholera cases rise\n\n" + STORY + "| State | Suspected | Confirmed | Deaths |\n|---|---|---|---|\n"
                        + "".join(f"| {' | '.join(row.split('  '))} |\n" for row in ROWS) + AFTER, encoding="utf-8")
    html = tmp_path / "cases.html"
    html.write_text("<h1>Cholera cases rise</h1><p>" + STORY + "</p><table><tr><th>State</th><th>Suspected</th>"
                    "<th>Confirmed</th><th>Deaths</th></tr>" + "".join(
                        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split("  ")) + "</tr>" for row in ROWS)
                    + "</table><p>" + AFTER + "</p>", encoding="utf-8")
    for path in (markdown, html):
        result = kinds(path)
        for row in ROWS:
            assert result[row] == ("body", ""), (path.suffix, row)
        assert result["Cholera cases rise"][0] == "heading"
        # The row of column names labels the figures: a heading, out of the alignment like one.
        assert result["State  Suspected  Confirmed  Deaths"] == ("heading", "column names"), path.suffix


def test_a_row_that_opens_with_a_header_cell_is_still_a_row(tmp_path):
    # <th> as each row's first cell names the row ("Kano"), not the columns: the row is story.
    html = tmp_path / "cases.html"
    html.write_text("<h1>Cholera cases rise</h1><p>" + STORY + "</p><table>" + "".join(
        "<tr><th>" + row.split("  ")[0] + "</th>" + "".join(f"<td>{cell}</td>" for cell in row.split("  ")[1:])
        + "</tr>" for row in ROWS) + "</table><p>" + AFTER + "</p>", encoding="utf-8")
    result = kinds(html)
    for row in ROWS:
        assert result[row] == ("body", ""), row


def test_the_same_rows_in_plain_text_are_still_read_by_their_shape(tmp_path):
    # In a browser copy two spaces may part anything (menus, tickers): only markup says "table".
    plain = tmp_path / "ticker.txt"
    plain.write_text("NSE 20  2,187.45  ▲0.62%\nNASI  132.18  ▲0.41%\n\nCholera cases rise\n\n" + STORY + AFTER,
                     encoding="utf-8")
    result = kinds(plain)
    assert result["NSE 20  2,187.45  ▲0.62%"][0] == "boilerplate"
