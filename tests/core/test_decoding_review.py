"""Files from the review of the input hardening (/tmp/review2/REPORT.md, sections 4, 5, 6 and 8): short
Western texts in Windows-1252 read as Chinese or refused, damaged Chinese and Japanese files read as
Windows-1252 mojibake, front matter kept as the story, and saved web archives not read.  Each test
writes its files itself; every example is invented."""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.legacy_scripts import SAMPLE_BYTES
from written_files import error_of, text_of, write

STORM = "A storm hit the coast on Monday, officials said."
ZH_HANS = ("强风暴周一袭击北部海岸，官员表示，至少十二人受伤，三千户停电。救援人员彻夜工作，清理倒塌的树木和电线杆。\n\n"
           "市长在新闻发布会上说：“我们已经派出五百名救援人员，这是十年来最严重的一次风暴。”\n")
ZH_HANT = "強風暴週一襲擊北部海岸，官員表示，至少十二人受傷，三千戶停電。救援人員徹夜工作，清理倒塌的樹木和電線桿。\n"
JA = "強い嵐が月曜日に北部の海岸を襲ったと当局者が述べた。少なくとも十二人が負傷し、三千世帯が停電した。\n"


# --------------------------------------------------------------------------- short Western text (section 4)

def test_short_accented_western_texts_in_windows_1252_are_read_as_windows_1252(tmp_path):
    # Each pairs its accented letters as a double-byte file does ("ÓÐ" is GBK's "有"): these were read
    # as Chinese ("轏有 抻RSH諪N 2024") or refused as maybe Chinese, Japanese or Korean.
    for headline in ["ÞJÓÐ ÞÓRSHÖFN 2024", "ÞJÓÐ SEÑOR", "Müller, Höß, Jürgen Größe", "Æblegård Núñez",
                     "Árni, Bárður, Þórður, Sigríður", "L’ÉGLISE ÞÓRSHÖFN FÓÐUR", "þjóð l’église Kærlighed Größe",
                     "AÇÃO ÞJÓÐ PRÈS DÅSE GÄSSCHEN TO", "€ 250 000 — ‘½’ — «¿Qué?»",
                     "Vélo n°3 à Genève", "Maison N°12 à Orléans"]:
        assert text_of(tmp_path, "headline.txt", f"{headline}\n".encode("cp1252")) == f"{headline}\n", headline


def test_short_chinese_japanese_and_korean_headlines_are_still_read_in_their_encoding(tmp_path):
    headlines = [("风暴袭击沿海地区", "gbk"), ("北京今日发布暴雨红色预警", "gbk"), ("風暴襲擊沿海地區", "big5"),
                 ("台風10号が九州に上陸", "shift_jis"), ("首相が記者会見を開いた", "euc_jp"),
                 ("태풍이 제주도에 상륙했다", "euc_kr"),
                 # Big5 trail bytes can be ASCII letters ("立" is "\xa5\xdf", "法" "\xaa\x6b"): this one was not
                 # taken for double-byte text at all and read as "¥ßªk°|³q¹L¹wºâ".
                 ("立法院通過預算", "big5"), ("Reuters: 大選 立法院通過", "big5")]
    for headline, encoding in headlines:
        assert text_of(tmp_path, "headline.txt", headline.encode(encoding)) == headline, (headline, encoding)


# --------------------------------------------------------------------------- damaged double-byte files (section 5)

@pytest.mark.parametrize("article, encoding", [(ZH_HANS, "gbk"), (ZH_HANT, "big5"), (JA, "shift_jis")],
                         ids=["gbk", "big5", "shift_jis"])
def test_a_double_byte_article_with_its_last_character_cut_off_is_read_in_its_encoding(tmp_path, article, encoding):
    cut = article.rstrip("\n").encode(encoding)[:-1]  # half a character at the end
    assert text_of(tmp_path, "cut.txt", cut) == article.rstrip("\n")[:-1] + "\ufffd"


@pytest.mark.parametrize("article, encoding", [(ZH_HANS, "gbk"), (ZH_HANT, "big5"), (JA, "shift_jis")],
                         ids=["gbk", "big5", "shift_jis"])
def test_a_double_byte_article_with_a_stray_byte_is_read_in_its_encoding(tmp_path, article, encoding):
    data = article.encode(encoding)
    middle = data.index("。".encode(encoding)) + 2  # between two characters
    for stray in (b"\xff", b"\x80"):  # Shift-JIS's code page reads 0x80 as a control character, 0xff as private use
        text = text_of(tmp_path, "stray.txt", data[:middle] + stray + data[middle:])
        assert text == article.replace("。", "。\ufffd", 1), (stray, text)


def test_a_double_byte_article_with_many_bad_bytes_is_refused_naming_its_encoding(tmp_path):
    data = ZH_HANS.encode("gbk")
    damaged = b"\xff".join(data[at:at + 20] for at in range(0, len(data), 20))  # nine bad bytes in 85 characters
    message = error_of(tmp_path, "damaged.txt", damaged)
    assert "looks like Chinese text in GBK, but 9 bytes in it are not GBK (the file may be damaged)" in message
    assert message.endswith("save it as UTF-8 and open that")


def test_a_long_gb18030_file_sampled_inside_a_four_byte_character_is_read(tmp_path):
    # The encoding is told from the file's first 256 KB; here they end inside an emoji, whose
    # GB18030 bytes ("\x94\x39\xfc\x36") hold digits, where the sample used to be cut.
    sentence = "强风暴周一袭击北部海岸，官员表示，至少十二人受伤，三千户停电。"
    text = (sentence * (SAMPLE_BYTES // len(sentence)))[:(SAMPLE_BYTES - 2) // 2] + "😀" + sentence * 10
    assert text.encode("gb18030")[SAMPLE_BYTES - 2:SAMPLE_BYTES] == b"\x94\x39"
    assert text_of(tmp_path, "long.txt", text.encode("gb18030")) == text


# --------------------------------------------------------------------------- front matter (section 6)

def story_and_title(tmp_path: Path, markdown: str) -> tuple[str, str]:
    document = load_document(write(tmp_path, "story.md", markdown))
    return document.text, document.title


def test_front_matter_whose_first_key_has_its_value_on_the_next_lines_goes(tmp_path):
    # As simple front matter does: the story alone (these were the title, "• storm title: Storm hits
    # coast"), titled by the front matter's title.
    for front_matter in ("---\ntags:\n  - storm\ntitle: Storm hits coast\n---\n", "---\ntitle:\n  Storm hits coast\n---\n"):
        assert story_and_title(tmp_path, f"{front_matter}\n{STORM}\n") == (STORM, "Storm hits coast"), front_matter


def test_a_key_of_two_words_is_front_matter_but_prose_between_rules_stays(tmp_path):
    for front_matter in ("---\ntitle: Storm hits coast\nlast modified: 2024-01-02\n---\n",  # as Obsidian writes
                         "---\nlast modified: 2024-01-02\ntitle: Storm hits coast\n---\n"):
        assert story_and_title(tmp_path, f"{front_matter}\n{STORM}\n") == (STORM, "Storm hits coast"), front_matter
    text, _ = story_and_title(tmp_path, f"---\nA storm hit the coast.\nIt was the worst in years.\n---\n\n{STORM}\n")
    assert "A storm hit the coast." in text and STORM in text
    # A line that reads as one key and its value is front matter, as it was before.
    assert story_and_title(tmp_path, f"---\nUpdate: officials now say 14 died.\n---\n\n{STORM}\n") == (STORM, STORM)


def test_a_comment_may_open_front_matter_but_a_heading_alone_between_rules_stays(tmp_path):
    assert story_and_title(tmp_path, f"---\n# generated by Hugo\ntitle: Storm hits coast\n---\n\n{STORM}\n") == (
        STORM, "Storm hits coast")  # the title was "generated by Hugo"
    assert story_and_title(tmp_path, f"---\n# Storm hits coast\n---\n\n{STORM}\n") == (
        f"Storm hits coast\n\n{STORM}", "Storm hits coast")


# --------------------------------------------------------------------------- saved web archives (section 8)

PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Storm</title></head><body>"
        f"<h1>Storm batters coast</h1><p>{STORM}</p></body></html>")


def mhtml(content_type_header: str, page_type: str) -> bytes:
    head = ("From: <Saved by Blink>\r\nSubject: Storm\r\nMIME-Version: 1.0\r\n" + content_type_header +
            "\r\n\r\n------Boundary--abc----\r\n"
            f"Content-Type: {page_type}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
    body = quopri.encodestring(PAGE.encode("utf-8")).replace(b"\n", b"\r\n")
    return head.encode() + body + b"\r\n------Boundary--abc------\r\n"


def test_a_web_archive_whose_content_type_header_is_folded_is_read_as_its_page(tmp_path):
    archive = mhtml('Content-Type:\r\n\tmultipart/related; type="text/html";\r\n\tboundary="----Boundary--abc----"',
                    "text/html")
    assert text_of(tmp_path, "page.mht", archive).split("\n\n") == ["Storm", "Storm batters coast", STORM]


def test_a_web_archive_holding_an_xhtml_page_is_read_as_that_page(tmp_path):
    archive = mhtml('Content-Type: multipart/related; boundary="----Boundary--abc----"', "application/xhtml+xml")
    assert text_of(tmp_path, "page.mhtml", archive).split("\n\n") == ["Storm", "Storm batters coast", STORM]


def test_a_heading_and_byline_or_a_lede_between_rules_stay(tmp_path):
    text, title = story_and_title(tmp_path, f"---\n# Storm hits coast\nBy: Jane Doe\n---\n\n{STORM}\n")
    assert title == "Storm hits coast" and "By: Jane Doe" in text
    lede = "Breaking news: Twelve people were hurt when a storm hit the coast on Tuesday."
    text, _ = story_and_title(tmp_path, f"---\n{lede}\n---\n\n{STORM}\n")
    assert lede in text
