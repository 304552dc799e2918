"""Titles from an article's own metadata: a Markdown file's front matter names it, and a newsletter's
subject loses the newsletter's name after the headline.  Every text is invented."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from reader.core.document import load_document
from reader.core.markdown_text import markdown_to_text
from reader.core.sentences import split_sentences
from written_files import write

HEADLINE = "Okoro joins Rovers in record deal"
LEDE = "Rovers have signed striker Dani Okoro from Sporting Lisboa in a deal worth a club-record 80m."
AGE = "The Nigeria international, 23, has agreed a six-year deal."
SUBHEADED_BODY = f"{LEDE}\n\n{AGE}\n\n## The numbers\n\n- Scored 27 goals in 44 games for Sporting last season\n"


def markdown_document(tmp_path, front_matter: str, body: str = SUBHEADED_BODY):
    return load_document(write(tmp_path, "story.md", f"{front_matter}\n{body}"))


# --------------------------------------------------------------------------- Markdown front matter

@pytest.mark.parametrize("front_matter", [
    f'---\ntitle: "{HEADLINE}"\ndate: 2026-07-01\n---\n',
    f"---\ntitle: '{HEADLINE}'\ndate: 2026-07-01\n---\n",
    f"---\ndate: 2026-07-01\ntitle: {HEADLINE}\n---\n",
    f"---\nheadline: {HEADLINE}\n---\n",
    f'+++\ntitle = "{HEADLINE}"\ndate = 2026-07-01\n+++\n',
])
def test_the_front_matter_title_names_the_article_not_its_first_subheading(tmp_path, front_matter):
    document = markdown_document(tmp_path, front_matter)
    assert document.title == HEADLINE  # was "The numbers"
    # The block is still no part of the story.
    assert document.text.startswith(LEDE) and "2026-07-01" not in document.text and "title" not in document.text


def test_the_front_matter_title_names_an_article_without_headings(tmp_path):
    document = markdown_document(tmp_path, f'---\ntitle: "{HEADLINE}"\n---\n', f"{LEDE}\n\n{AGE}\n")
    assert document.title == HEADLINE  # was the lede
    assert [sentence.text for sentence in split_sentences(document.text)] == [LEDE, AGE]


def test_quotes_escapes_and_comments_of_a_title_are_yaml_s():
    cases = {
        "---\ntitle: 'Rovers'' record deal'\n---\n": "Rovers' record deal",
        '---\ntitle: "Okoro: \\"a dream\\" move" # to check\n---\n': 'Okoro: "a dream" move',
        f"---\ntitle: {HEADLINE} # draft\n---\n": HEADLINE,
        "---\ntitle: >\n  Okoro joins Rovers\n  in record deal\nlayout: post\n---\n": HEADLINE,
    }
    for front_matter, title in cases.items():
        assert markdown_to_text(f"{front_matter}\n{SUBHEADED_BODY}")[1] == title, front_matter


def test_a_title_preferred_to_a_headline_and_nested_or_empty_titles_ignored(tmp_path):
    assert markdown_document(tmp_path, f"---\nheadline: Rovers sign Okoro\ntitle: {HEADLINE}\n---\n").title == HEADLINE
    # A nested key names something else, an empty one nothing: the first heading is the title, as before.
    assert markdown_document(tmp_path, "---\nseo:\n  title: Okoro transfer news\n---\n").title == "The numbers"
    assert markdown_document(tmp_path, '---\ntitle: ""\n---\n').title == "The numbers"


# --------------------------------------------------------------------------- newsletter subjects

def mail(subject: str, sender: str, list_id: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "reader@example.org"
    message["Subject"] = subject
    if list_id:
        message["List-Id"] = list_id
    message["MIME-Version"] = "1.0"
    message.set_content(f"{LEDE}\n\n{AGE}\n", cte="quoted-printable")
    return message.as_bytes()


def mail_title(tmp_path, subject: str, sender: str = "Ledgerline Morning Brief <brief@ledgerline.example>",
               list_id: str = "") -> str:
    return load_document(write(tmp_path, "brief.eml", mail(subject, sender, list_id))).title


@pytest.mark.parametrize("name", ["| Morning Brief", "- Morning Brief", "– Ledgerline", "— LEDGERLINE MORNING BRIEF",
                                  "| Ledger-line"])
def test_the_newsletter_s_name_after_the_headline_goes(tmp_path, name):
    assert mail_title(tmp_path, f"Fwd: {HEADLINE} {name}") == HEADLINE


def test_the_name_is_found_in_the_list_id_and_the_sender_s_domain(tmp_path):
    by_list = mail_title(tmp_path, f"{HEADLINE} | Transfer Window", sender="Jane Doe <jane@example.com>",
                         list_id="Transfer Window <window.sportdesk.example>")
    by_domain = mail_title(tmp_path, f"{HEADLINE} | SportDesk", sender="Jane Doe <jane@mail.sportdesk.example>")
    assert by_list == by_domain == HEADLINE


@pytest.mark.parametrize("subject", [
    "Okoro – Rovers deal: what it means",  # the dash is the headline's
    f"{HEADLINE} - live updates",  # not the sender's name
    "Rates cut again - Brief",  # one word of "Ledgerline Morning Brief" may be the headline's own
    "Ledgerline - Morning Brief",  # nothing but the sender's names: no headline to keep
])
def test_a_subject_whose_last_piece_is_no_sender_name_stays(tmp_path, subject):
    assert mail_title(tmp_path, subject) == subject


def test_a_place_inside_the_senders_name_is_the_headlines_own(tmp_path):
    subject = "Subway fares rise again - New York"
    assert mail_title(tmp_path, subject, sender="The New York Times <nytdirect@nytimes.example>") == subject


def test_a_live_pages_text_is_titled_by_its_headline_not_its_badge(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text("LIVE Cup final: Harbour City 2-1 Kestrel Athletic – as it happened\n\n"
                    "Harbour City win the Cup with a 104th-minute winner\n\n"
                    "Harbour City won the Cup for the first time in 38 years on Saturday, beating Kestrel Athletic 2-1 "
                    "after extra time at the Riverside Arena.\n\n"
                    "Substitute Leo Reyes scored the winner in the 104th minute, four minutes after coming on.\n",
                    encoding="utf-8")
    assert load_document(path).title == "Harbour City win the Cup with a 104th-minute winner"
    badge_only = tmp_path / "badge.txt"
    badge_only.write_text("Live: Helvellyn search for missing walker\n\nMountain rescue teams resumed the search "
                          "for a missing walker on Helvellyn at first light on Sunday.\n", encoding="utf-8")
    assert load_document(badge_only).title == "Helvellyn search for missing walker"
