"""Saved emails (.eml): the body is the article, the subject its title, headers and attachments
are no part of it.  Each message is built here with the standard library's own mail writer, as a
mail program saves one; every text is invented."""

from __future__ import annotations

from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from reader.core.compare import compare
from reader.core.document import load_document
from reader.core.sentences import split_sentences
from written_files import error_of, write

STORM = "A powerful storm hit the northern coast on Monday, officials said."
INJURED = "At least 12 people were injured and 3,000 homes lost power."
HEADER_WORDS = ("Received", "DKIM", "Message-ID", "MIME-Version", "quoted-printable", "base64")


def newsletter(subject: str = "Fwd: Storm batters coast") -> bytes:
    """A mail as newsletters and forwards come: plain text and HTML alternatives, both
    transfer-encoded, under the headers a server adds."""
    message = EmailMessage()
    message["Received"] = "from mail.example.org (mail.example.org [192.0.2.1]) by mx.example.com"
    message["DKIM-Signature"] = "v=1; a=rsa-sha256; d=example.org; s=news; b=abc123"
    message["From"] = "Newsroom <news@example.org>"
    message["To"] = "desk@example.com"
    message["Subject"] = subject
    message["Date"] = "Mon, 16 Jan 2023 10:00:00 +0000"
    message["Message-ID"] = "<123@example.org>"
    message.set_content(f"STORM BATTERS COAST\n\n{STORM} {INJURED}\n", cte="quoted-printable")
    message.add_alternative(f"<html><body><h1>Storm batters coast</h1><p>{STORM}</p><p>{INJURED}</p>"
                            "<footer><a href='https://example.org/unsubscribe'>Unsubscribe</a></footer>"
                            "</body></html>", subtype="html", cte="base64")
    return message.as_bytes()


def test_a_saved_newsletter_reads_as_its_html_body_under_its_subject(tmp_path):
    doc = load_document(write(tmp_path, "storm.eml", newsletter()))
    assert doc.title == "Storm batters coast"  # "Fwd:" is the mail's, not the story's
    assert STORM in doc.text and INJURED in doc.text
    assert not any(word in doc.text for word in HEADER_WORDS)
    assert doc.format == "html"


def test_a_plain_text_mail_is_decoded_in_the_charset_it_declares(tmp_path):
    polish = "Burza uderzyła w północne wybrzeże w poniedziałek, poinformowały władze."
    part = MIMEText(polish + "\n", "plain", "iso-8859-2")
    part["From"] = "Redakcja <redakcja@example.pl>"
    part["Subject"] = "=?iso-8859-2?q?Burza_na_wybrze=BFu?="  # an encoded word: "Burza na wybrzeżu"
    doc = load_document(write(tmp_path, "burza.eml", part.as_bytes()))
    assert doc.text.strip() == polish
    assert doc.title == "Burza na wybrzeżu"
    sentences = split_sentences(doc.text)
    assert [doc.text[s.start:s.end] for s in sentences] == [s.text for s in sentences]


def test_an_attachment_is_never_read_and_a_mail_of_attachments_only_is_refused(tmp_path):
    with_pdf = MIMEMultipart()
    with_pdf["From"] = "press@example.org"
    with_pdf["Subject"] = "Release"
    with_pdf.attach(MIMEText(f"{STORM}\n", "plain", "utf-8"))
    with_pdf.attach(MIMEApplication(b"%PDF-1.7 binary", Name="release.pdf"))
    with_pdf.get_payload()[1]["Content-Disposition"] = 'attachment; filename="release.pdf"'
    assert load_document(write(tmp_path, "release.eml", with_pdf.as_bytes())).text.strip() == STORM

    only_pdf = MIMEMultipart()
    only_pdf["From"] = "press@example.org"
    only_pdf["Subject"] = "Release"
    only_pdf.attach(MIMEApplication(b"%PDF-1.7 binary", Name="release.pdf"))
    only_pdf.get_payload()[0]["Content-Disposition"] = 'attachment; filename="release.pdf"'
    message = error_of(tmp_path, "only.eml", only_pdf.as_bytes())
    assert "email" in message and "release.pdf" in message


def test_a_mail_saved_without_the_eml_name_is_still_read_as_a_mail(tmp_path):
    # Thunderbird's "From - <date>" envelope line above the headers, and no file name suffix.
    data = b"From - Mon Jan 16 10:00:00 2023\n" + newsletter(subject="Storm batters coast")
    doc = load_document(write(tmp_path, "storm", data))
    assert doc.title == "Storm batters coast" and STORM in doc.text
    assert not any(word in doc.text for word in HEADER_WORDS)


@pytest.mark.parametrize("name", ["dispatch.txt", "dispatch"])
def test_a_text_that_opens_like_a_mail_header_stays_the_file_s_text(tmp_path, name):
    # A correspondent's dispatch: "From:" and "Subject:" lines, but no header only a mail has.
    text = f"From: our correspondent in Oslo\nSubject: the storm\n\n{STORM}\n"
    assert load_document(write(tmp_path, name, text)).text == text


def test_a_saved_mail_aligns_with_the_same_story_from_a_web_page(tmp_path):
    mail = load_document(write(tmp_path, "storm.eml", newsletter()))
    page = load_document(write(tmp_path, "storm.html", f"<h1>Coast storm</h1><p>{INJURED}</p><p>{STORM}</p>"))
    comparison = compare(mail, page)
    linked = {comparison.a_sentences[link.a].text for link in comparison.links}
    assert STORM in linked and INJURED in linked


def test_a_newsletter_of_pictures_is_read_from_its_plain_text_part(tmp_path):
    message = EmailMessage()
    message["From"] = "news@example.org"
    message["Subject"] = "Storm batters coast"
    message["MIME-Version"] = "1.0"
    message.set_content(f"{STORM}\n")
    message.add_alternative("<html><body><img src='cid:storm'>&nbsp;</body></html>", subtype="html")
    assert load_document(write(tmp_path, "storm.eml", message.as_bytes())).text.strip() == STORM


def test_an_outlook_message_is_named_with_how_to_get_its_text_in(tmp_path):
    message = error_of(tmp_path, "storm.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "Outlook message" in message and ".eml" in message
