"""Chinese and Japanese articles: sentences, words, numbers and links without spaces.

The test articles in tests/data/cjk were written for these tests: two reports of
one rain storm in Chinese and two in Japanese, with the death toll, the weekday
and the wording changed between the outlets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.document import load_document
from reader.core.ledger import compare_numbers
from reader.core.numbers import Date, Duration, Money, find_numbers
from reader.core.sentences import split_sentences
from reader.core.terms import content_terms, tokenize

DATA = Path(__file__).resolve().parents[1] / "data" / "cjk"


def test_chinese_sentences_end_at_the_ideographic_full_stop_without_a_space():
    text = "暴雨导致多条河流水位暴涨。当地气象部门预计，未来三天仍将有强降雨！会停吗？"
    assert [s.text for s in split_sentences(text)] == [
        "暴雨导致多条河流水位暴涨。", "当地气象部门预计，未来三天仍将有强降雨！", "会停吗？"]


def test_a_quotation_and_who_said_it_are_one_sentence():
    text = "“我们已经派出500名救援人员。”一位官员说。气象部门预计仍有强降雨。"
    assert [s.text for s in split_sentences(text)] == [
        "“我们已经派出500名救援人员。”一位官员说。", "气象部门预计仍有强降雨。"]


def test_each_character_is_a_word_and_neighbouring_pairs_are_the_terms():
    tokens = tokenize("广东省暴雨")
    assert [t.surface for t in tokens] == ["广", "东", "省", "暴", "雨"]
    assert set(content_terms(tokens)) == {"广东", "东省", "省暴", "暴雨"}
    mixed = tokenize("Wagner集团在Norway")
    assert [t.surface for t in mixed] == ["Wagner", "集", "团", "在", "Norway"]
    assert {"集团", "团在"} <= set(content_terms(mixed))


@pytest.mark.parametrize("text, expected", [
    ("已造成全省至少12人死亡", [("12", "count", 12, "至少")]),
    ("超过2万名居民被紧急转移", [("2万", "count", 20000, "超过")]),
    ("新华社广州7月6日电", [("7月6日", "date", Date(None, 7, 6), "")]),
    ("2022年7月6日签约", [("2022年7月6日", "date", Date(2022, 7, 6), "")]),
    ("应急管理厅周二表示", [("周二", "weekday", 1, "")]),
    ("損失は3.5亿元", [("3.5亿元", "money", Money("CNY", 350000000), "")]),
    ("県は火曜日、少なくとも12人が死亡", [("火曜日", "weekday", 1, ""), ("12", "count", 12, "少なくとも")]),
    ("一周一次", []),  # once a week: no weekday
])
def test_numbers_written_against_chinese_and_japanese_characters(text, expected):
    assert [(m.surface, m.kind, m.value, m.hedge) for m in find_numbers(text)] == expected


def test_a_different_weekday_conflicts_and_a_toll_within_its_hedge_agrees():
    ledger = compare_numbers(find_numbers("广东省应急管理厅周二表示，连日暴雨已造成全省至少12人死亡"),
                             find_numbers("据广东省应急管理厅周三消息，持续强降雨已造成14人死亡"))
    assert [(a.surface, b.surface) for a, b in ledger.conflict] == [("周二", "周三")]
    assert [(a.surface, b.surface) for a, b in ledger.agree] == [("12", "14")]  # "at least 12"
    ledger = compare_numbers(find_numbers("已造成12人死亡"), find_numbers("已造成14人死亡"))
    assert [(a.surface, b.surface) for a, b in ledger.conflict] == [("12", "14")]


@pytest.mark.parametrize("first, second, partners, conflict", [
    # Each body sentence of the first report and the one of the second that tells the same.
    ("guangdong_rain_xinhua.txt", "guangdong_rain_paper.txt",
     [("广东省应急管理厅", "据广东省应急管理厅"), ("暴雨导致", "受暴雨影响"), ("当地气象部门", "气象部门预计"),
      ("“我们已经派出", "一位官员表示")], ("周二", "周三")),
    ("kyushu_rain_a.txt", "kyushu_rain_b.txt",
     [("気象庁によると", "7月6日の大雨で"), ("県は火曜日", "県は水曜日"), ("約2万人", "およそ2万人")],
     ("火曜日", "水曜日")),
])
def test_two_reports_in_chinese_or_japanese_are_aligned_with_their_conflicts(first, second, partners, conflict):
    comparison = compare(load_document(DATA / first), load_document(DATA / second))
    a, b = comparison.a_sentences, comparison.b_sentences
    assert a[0].kind == "heading" and comparison.a.title == a[0].text
    linked = {(a[link.a].text, b[link.b].text) for link in comparison.links}
    assert {(next(x for x, _ in linked if x.startswith(pa)), next(y for _, y in linked if y.startswith(pb)))
            for pa, pb in partners} <= linked
    assert len(linked) == len(partners)
    conflicts = [(x.surface, y.surface) for link in comparison.links for x, y in link.numbers.conflict]
    assert conflicts == [conflict]  # the toll differs too, but "at least 12" dead allows 14
    toll = next(link for link in comparison.links if link.numbers.conflict)
    assert toll.relation == "related"
    # The word diff marks characters, not whole sentences.
    changed = [span for span in toll.diff if span.op != "equal"]
    assert changed and all(span.a_end - span.a_start < len(a[toll.a].text) / 2 for span in changed)


@pytest.mark.parametrize("line, reason", [
    ("欢迎在评论区留言。", "comment prompt"),
    ("相关阅读：台风“杜苏芮”登陆福建", "related articles"),
    ("本报记者 李华", "byline"),
    ("责任编辑：张三", "byline"),
    ("新华社广州7月6日电（记者 王明）", "dateline"),
    ("（完）", "publication note"),
    ("関連記事", "related articles"),
])
def test_chinese_and_japanese_page_furniture_is_boilerplate(line, reason):
    story = "广东省应急管理厅周二表示，连日暴雨已造成全省至少12人死亡，另有3人失踪。"
    sentences = split_sentences(f"暴雨袭击广东沿海\n\n{story}\n\n{line}\n\n{story.replace('12', '13')}\n")
    tagged = {s.text: (s.kind, s.reason) for s in sentences}
    assert tagged[line] == ("boilerplate", reason)
    assert tagged[story][0] == "body"


def test_a_chinese_story_sentence_that_mentions_comments_or_a_reporter_stays_story():
    story = "记者王明在现场看到，数百名居民在评论区外排队等候救援物资，当地官员表示将尽快发放。"
    sentences = split_sentences(f"暴雨袭击广东沿海\n\n{story}\n")
    assert [s.kind for s in sentences if s.text == story] == ["body"]


@pytest.mark.parametrize("text, expected", [
    ("GDP达到126万亿元", [("126万亿元", "money", Money("CNY", 126 * 10**12), "", "CNY")]),
    ("暴雨持续3天，造成12人死亡", [("3天", "duration", Duration(3, "day"), "", "day"), ("12", "count", 12, "", "人")]),
    ("记者6日获悉", [("6日", "date", Date(None, None, 6), "", "")]),
    ("100多名群众", [("100", "count", 100, "多", "人")]),
    ("12人以上受伤", [("12", "count", 12, "以上", "人")]),
    ("气温达到38℃", [("38℃", "temperature", 38, "", "C")]),
    ("全长198公里", [("198公里", "length", 198000, "", "km")]),
    ("26岁男子", [("26岁", "age", 26, "", "year")]),
    ("这周一直下雨，本周一些地区", []),  # no Mondays
    ("最近3年", [("3年", "duration", Duration(36, "month"), "", "year")]),  # "recently", not "nearly"
])
def test_chinese_measure_words_units_and_hedges_after_the_figure(text, expected):
    assert [(m.surface, m.kind, m.value, m.hedge, m.unit) for m in find_numbers(text)] == expected


def test_counts_of_different_things_or_within_a_hedge_raise_no_conflict():
    ledger = compare_numbers(find_numbers("暴雨持续3天，造成12人死亡"), find_numbers("造成12人死亡，5人失踪"))
    assert ledger.conflict == ()
    ledger = compare_numbers(find_numbers("100多人受伤"), find_numbers("120人受伤"))
    assert [(a.surface, b.surface) for a, b in ledger.agree] == [("100", "120")] and ledger.conflict == ()


def test_chinese_prose_wrapped_at_a_fixed_width_is_joined_back_into_sentences():
    para = ("暴雨导致多条河流水位暴涨，超过2万名居民被紧急转移。当地气象部门预计，未来三天仍将有强降雨。"
            "广东省应急管理厅周二表示，连日暴雨已造成全省至少12人死亡。")
    wrapped = "\n".join(para[i:i + 24] for i in range(0, len(para), 24))
    text = f"暴雨袭击广东沿海 至少12人死亡\n新华社广州7月6日电（记者 王明）\n\n{wrapped}\n"
    sentences = split_sentences(text)
    assert [s.kind for s in sentences] == ["heading", "boilerplate", "body", "body", "body"]
    assert [s.text.replace("\n", "") for s in sentences[2:]] == [
        "暴雨导致多条河流水位暴涨，超过2万名居民被紧急转移。", "当地气象部门预计，未来三天仍将有强降雨。",
        "广东省应急管理厅周二表示，连日暴雨已造成全省至少12人死亡。"]
    assert [m.hedge for m in find_numbers(sentences[4].text)] == ["", "至少"]  # "周二" and "至少12"


@pytest.mark.parametrize("text, expected", [
    ("造成十二人死亡", [("十二", "count", 12)]),
    ("两名官员", [("两", "count", 2)]),
    ("持续三天", [("三天", "duration", Duration(3, "day"))]),
    ("一百多人受伤", [("一百", "count", 100)]),
    ("两千三百人", [("两千三百", "count", 2300)]),
    ("二〇二二年", [("二〇二二年", "year", 2022)]),
    ("造成１２人死亡，增长１２．５％", [("１２", "count", 12), ("１２．５％", "percent", 12.5)]),  # full-width
    ("一名男子在统一大街上看到一些三星手机，第三次", []),  # "a man", "unified", "some", Samsung, "third"
])
def test_chinese_numerals_and_full_width_digits_are_numbers(text, expected):
    assert [(m.surface, m.kind, m.value) for m in find_numbers(text)] == expected


def test_a_figure_in_chinese_numerals_compares_with_its_digits():
    assert [(a.surface, b.surface) for a, b in
            compare_numbers(find_numbers("造成十二人死亡"), find_numbers("造成14人死亡")).conflict] == [("十二", "14")]
    assert [(a.surface, b.surface) for a, b in
            compare_numbers(find_numbers("持续三天"), find_numbers("持续3天")).agree] == [("三天", "3天")]


def test_a_japanese_quotation_goes_on_with_to_and_a_long_chinese_attribution_stays_with_its_quote():
    assert [s.text for s in split_sentences("岸田首相は「被災者の救助に全力で対応する。」と述べた。「救助を急ぐ！」と知事は語った。")] == [
        "岸田首相は「被災者の救助に全力で対応する。」と述べた。", "「救助を急ぐ！」と知事は語った。"]
    text = "“救援工作仍在进行。”应急管理部新闻发言人申宏在周三的新闻发布会上表示。气象部门预计仍有强降雨。"
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("wrap", [
    # An indented paragraph wrapped by characters (digits count one each) ...
    lambda para: "\n".join(("　　" + para)[i:i + 22] for i in range(0, len(para) + 2, 22)),
    # ... and one wrapped by display width, where Latin letters and digits take half a character.
    lambda para: "\n".join(_by_width(para, 40)),
])
def test_chinese_prose_wrapped_by_characters_or_by_width_is_joined(wrap):
    para = ("据广东省应急管理厅周三消息，持续强降雨已造成全省14人死亡、3人下落不明，另有约2万名群众被紧急转移安置。"
            "华为技术有限公司周二在深圳发布了新款Mate 70系列手机，起售价为5499元。")
    sentences = split_sentences(f"广东暴雨已致14人遇难\n\n{wrap(para)}\n")
    assert [s.kind for s in sentences] == ["heading", "body", "body"]


def _by_width(text: str, columns: int) -> list[str]:
    import unicodedata
    lines, line, width = [], "", 0
    for char in text:
        w = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if width + w > columns:
            lines.append(line)
            line, width = "", 0
        line, width = line + char, width + w
    return lines + [line]


def test_a_tagged_chinese_passage_survives_rewrapping_and_a_quote_typed_without_the_break():
    from reader.core.tags import Anchor, locate_quote, reanchor, same_wording
    old = "据广东省应急管理厅周三消息，持续强降雨已\n造成全省14人死亡、3人下落不明。"
    quote = "持续强降雨已\n造成全省14人死亡"
    start = old.index(quote)
    anchor = Anchor(quote, old[:start], old[start + len(quote):], start, start + len(quote), "old")
    new = old.replace("\n", "")
    moved = reanchor(anchor, new, "new")
    assert moved is not None and moved.quote == "持续强降雨已造成全省14人死亡" and same_wording(quote, moved.quote)
    assert locate_quote(old, "持续强降雨已造成全省14人死亡") == (start, start + len(quote))
    assert not same_wording("the storm killed", "thestorm killed")  # Latin words keep their space


@pytest.mark.parametrize("headline", ["שריפה גדולה בחיפה: 3 הרוגים", "Пожар в Хайфе: 3 погибших", "海法大火:3人死亡",
                                      "서울 폭우: 12명 사망"])
def test_a_headline_in_another_script_with_a_colon_and_a_figure_is_no_dateline(headline):
    body = "The fire killed three people on Monday, officials said in a statement."
    assert [(s.kind, s.reason) for s in split_sentences(f"{headline}\n\n{body}\n")][0] == ("heading", "headline")


def test_full_width_letters_arabic_indic_digits_and_korean_counts_are_what_they_stand_for():
    from reader.core.worddiff import word_diff
    a, b = tokenize("ＧＤＰ增长了"), tokenize("GDP增长了")
    assert set(content_terms(a)) == set(content_terms(b)) and [d.op for d in word_diff(a, b)] == ["equal"]
    assert [(m.kind, m.value) for m in find_numbers("٢٠٠٠٠ شخص و ۱۲ نفر")] == [("count", 20000), ("count", 12)]
    assert [(m.surface, m.value, m.unit) for m in find_numbers("폭우로 12명이 숨지고 2만 명이 대피했다")] == [
        ("12", 12, "명"), ("2만", 20000, "")]


def test_a_lone_shared_character_between_two_changes_is_part_of_the_change():
    from reader.core.worddiff import word_diff
    a_text, b_text = "华为公司消费者业务负责人表示", "华为常务董事表示"
    spans = [(d.op, a_text[d.a_start:d.a_end], b_text[d.b_start:d.b_end])
             for d in word_diff(tokenize(a_text), tokenize(b_text))]
    assert spans == [("equal", "华为", "华为"), ("replace", "公司消费者业务负责人", "常务董事"), ("equal", "表示", "表示")]
    # English words are never folded: a kept word between two changes stays kept.
    spans = [d.op for d in word_diff(tokenize("the red car hit a tree"), tokenize("the blue car struck a tree"))]
    assert spans == ["equal", "replace", "equal", "replace", "equal"]


def test_a_korean_byline_is_boilerplate_and_its_story_keeps_its_counts():
    text = "서울 폭우: 12명 사망\n\n김민수 기자\n\n서울에 폭우가 쏟아져 12명이 숨지고 2만 명이 대피했다고 당국이 밝혔다.\n"
    assert [(s.kind, s.reason) for s in split_sentences(text)] == [
        ("heading", "headline"), ("boilerplate", "byline"), ("body", "")]
