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


# --- review of the first version: text read from inside attachments, lost, or not found -------------

def _mail(subject: str = "Bridge") -> MIMEMultipart:
    message = MIMEMultipart()
    message["From"] = "desk@example.org"
    message["Subject"] = subject
    return message


def test_a_message_attached_as_a_file_is_not_read(tmp_path):
    from email.mime.message import MIMEMessage

    mail = _mail()
    mail.attach(MIMEText(f"{STORM}\n", "plain", "utf-8"))
    advert = MIMEText("<p>Buy our shoes today. Fifty per cent off everything in store.</p>", "html", "utf-8")
    attached = MIMEMessage(advert)
    attached["Content-Disposition"] = 'attachment; filename="offer.eml"'
    mail.attach(attached)
    assert load_document(write(tmp_path, "bridge.eml", mail.as_bytes())).text.strip() == STORM


@pytest.mark.parametrize("html_part", [
    "<html><head><title>Newsletter</title><style>p {color: red}</style></head><body><img src='cid:a'></body></html>",
    "<html><body>&#160;<img src='cid:a'>&zwnj;&nbsp;</body></html>",
])
def test_an_html_part_of_title_styles_and_pictures_gives_way_to_the_plain_text(tmp_path, html_part):
    message = EmailMessage()
    message["From"] = "news@example.org"
    message["Subject"] = "Picture newsletter"
    message.set_content(f"{STORM}\n")
    message.add_alternative(html_part, subtype="html")
    assert load_document(write(tmp_path, "news.eml", message.as_bytes())).text.strip() == STORM


def test_every_text_part_of_a_mixed_mail_is_read_in_order(tmp_path):
    from email.mime.image import MIMEImage
    from email.mime.message import MIMEMessage

    mail = _mail("Statement")
    mail.attach(MIMEText("See the statement below, from the ministry.\n", "plain", "utf-8"))
    mail.attach(MIMEImage(b"GIF89a" + bytes(20), "gif"))  # inline, between the two texts
    forwarded = MIMEText(f"{STORM}\n\n{INJURED}\n", "plain", "utf-8")
    forwarded["Subject"] = "Storm statement"
    mail.attach(MIMEMessage(forwarded))  # forwarded inline, not as a file
    text = load_document(write(tmp_path, "fwd.eml", mail.as_bytes())).text
    assert text.split("\n\n") == ["See the statement below, from the ministry.", STORM, INJURED]


def test_forwards_nested_too_deep_to_read_are_refused_in_one_line(tmp_path):
    data = b"From: a@example.org\nSubject: Fwd: deep\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n"
    data += b"From: b@example.org\nSubject: Fwd\nContent-Type: message/rfc822\n\n" * 1200
    data += b"From: c@example.org\nSubject: Storm\n\n" + STORM.encode() + b"\n"
    assert "too deeply to read" in error_of(tmp_path, "deep.eml", data)


def test_long_headers_a_header_without_a_space_and_a_lost_boundary_still_read_as_mail(tmp_path):
    relayed = b"".join(b"Received: from relay%d.example.org by mx.example.com; Mon, 16 Jan 2023\n" % n
                       for n in range(400))  # over 16 KB of relay headers
    body = b"From: a@example.org\nSubject:Bridge\nMIME-Version: 1.0\n\n" + STORM.encode() + b"\n"
    doc = load_document(write(tmp_path, "relayed.eml", relayed + body))
    assert doc.title == "Bridge" and doc.text.strip() == STORM
    lost = (b"From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"NOPE\"\n\n"
            b"--XX\nContent-Type: text/plain\n\n" + STORM.encode() + b"\n--XX--\n")
    assert STORM in load_document(write(tmp_path, "lost.eml", lost)).text


def test_an_html_mail_with_its_pictures_keeps_its_subject(tmp_path):
    from email.mime.image import MIMEImage

    mail = MIMEMultipart("related")
    mail["From"] = "news@example.org"
    mail["Subject"] = "Newsletter with picture"
    mail["MIME-Version"] = "1.0"
    mail.attach(MIMEText(f"<p>{STORM}</p><img src='cid:pic'>", "html", "utf-8"))
    mail.attach(MIMEImage(b"GIF89a" + bytes(20), "gif"))
    doc = load_document(write(tmp_path, "related.eml", mail.as_bytes()))
    assert doc.title == "Newsletter with picture" and doc.text.strip() == STORM


def test_a_file_shown_inline_is_not_read(tmp_path):
    mail = _mail("Log")
    mail.attach(MIMEText(f"{STORM}\n", "plain", "utf-8"))
    log = MIMEText("12:00:01 server started\n12:00:02 disk full\n", "plain", "utf-8")
    log["Content-Disposition"] = 'inline; filename="server-log.txt"'  # as Apple Mail sends attachments
    mail.attach(log)
    assert load_document(write(tmp_path, "log.eml", mail.as_bytes())).text.strip() == STORM


def test_unclosed_hidden_blocks_hide_everything_after_them():
    # The search for them is linear now (300 KB of unclosed "<title" once took 46 s).
    from reader.core.mail import _has_words

    assert not _has_words("html", b"<title" * 50000 + b"<" * 100000, None)
    assert _has_words("html", b"<style>p {}</style><p>Storm</p>", None)
    assert not _has_words("html", b"<p></p><script>var storm = 1;", None)


def test_html_without_a_closing_head_and_a_body_part_with_a_file_name_are_read(tmp_path):
    # A third review: both were refused ("no text", "only attachments").
    from reader.core.mail import _has_words

    assert _has_words("html", b"<html><head><meta charset=utf-8><body><p>Storm</p>", None)
    mail = _mail("Named body")
    body = MIMEText(f"{STORM}\n", "plain", "utf-8")
    body["Content-Disposition"] = 'inline; filename="message.txt"'  # some mail programs name the body
    mail.attach(body)
    assert load_document(write(tmp_path, "named.eml", mail.as_bytes())).text.strip() == STORM
