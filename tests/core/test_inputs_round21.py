"""Inputs, round 21: Latin code pages other than Windows-1252 (Central European Windows-1250 and
ISO-8859-2, Turkish Windows-1254, Mac Roman) told from the text; Chinese, Japanese and Korean texts of
one to three characters in a legacy encoding; TOML front matter with multi-line strings; an unclosed
<math> that swallowed the formulas after it; MathML fractions.  Every example is invented."""

from __future__ import annotations

import pytest

from reader.core.document import decode_legacy, load_document
from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text
from written_files import error_of, text_of, write

# --------------------------------------------------------------------------- Latin code pages

CENTRAL_EUROPEAN = [
    "Zażółć gęślą jaźń",
    "Pożar w Krakowie",
    "Rząd obniża podatki",
    "Śnieżyca sparaliżowała drogi",
    "Wrocław walczy z powodzią",
    ("Silna burza przeszła w poniedziałek nad północną Polską. Według straży pożarnej uszkodzonych zostało "
     "ponad dwieście budynków, a tysiące gospodarstw domowych nie ma prądu."),
    "Příliš žluťoučký kůň úpěl ďábelské ódy",
    ("Silná bouře zasáhla v pondělí severní Čechy. Podle hasičů bylo poškozeno více než dvě stě domů a tisíce "
     "domácností zůstaly bez elektřiny."),
    "Ľudia čakajú na pomoc",
    ("Erős vihar söpört végig hétfőn az ország északi részén. A katasztrófavédelem szerint több mint kétszáz "
     "épület rongálódott meg."),
    ("Snažno nevrijeme pogodilo je u ponedjeljak sjever Hrvatske. Prema podacima vatrogasaca oštećeno je više "
     "od dvjesto kuća."),
    "Furtună puternică în nordul ţării",
]
TURKISH = [
    "İstanbul'da ağır şiddet",
    ("Güneş ışığı",  # its non-ASCII bytes stand in runs, as a Greek or Russian word's do: it was read as Greek
     "Şiddetli fırtına kıyıyı vurdu"),
    "Ankara'da yoğun kar yağışı",
    "Değişim başladı",
    ("Şiddetli fırtına pazartesi günü Karadeniz kıyılarını vurdu. İtfaiye yetkililerine göre iki yüzden fazla "
     "bina hasar gördü ve binlerce hane elektriksiz kaldı."),
]
MAC_ROMAN = [
    "Tempête sur la côte",
    "L’été à Genève",
    "Sturm über Köln",
    ("Tormenta en el norte de España",  # read as Windows-1252 its "ñ" is an en dash inside the word
     "Storm’s “worst” day — officials"),
    ("Une violente tempête a frappé lundi la côte nord. Selon les pompiers, plus de deux cents maisons ont été "
     "endommagées. « La situation est très grave », a déclaré le préfet."),
    "Ein schwerer Sturm hat am Montag die Nordküste getroffen. „Die Lage ist ernst“, sagte der Bürgermeister.",
]
# Western texts in Windows-1252, which must stay so: accented letters of many languages, the euro sign,
# curly quotes and dashes, Icelandic (whose ð, þ and ý are Turkish ğ, ş and ı in Windows-1254).
WESTERN = [
    "Tempête sur la côte", "Noël à Orléans", "Größte Überschwemmung seit 2002", "¿Qué pasó en Málaga?",
    "Þjóðin kýs í dag", "Óveður á Suðurlandi", "Það er gott veður", "Ação do governo", "Storm rammer Østjylland",
    "Stormen når Göteborg", "Myrsky iski Pohjois-Suomeen tänään", "Café’s in Utrecht dicht",
    "La col·lecció del museu", "Storm’s “worst” day — €2m damage", "It’s over", "Naïve hopes dashed",
    "Lunedì lo sciopero", "venerdì", "Brann i Tromsø", "Strejke i København",
    ("Une violente tempête a frappé lundi la côte nord. « La situation est très grave », a déclaré le préfet. "
     "Les dégâts dépasseraient 2 millions d’euros (2 M€)."),
    ("Ein schwerer Sturm hat am Montag die Nordküste getroffen. „Die Lage ist ernst“, sagte der Bürgermeister. "
     "Die Schäden belaufen sich auf über 5 Mio. €."),
    ("Una fuerte tormenta azotó el lunes la costa norte de España. «La situación es muy grave», declaró el "
     "alcalde de La Coruña. ¿Cuándo volverá la luz?"),
    ("Mikið óveður gekk yfir Norðurland á mánudag. Ástandið er verst á Akureyri, þar sem vindurinn felldi tré og "
     "reif þök af húsum. „Þetta var erfið nótt“, sagði bæjarstjórinn."),
    ("A powerful storm hit the north coast on Monday — the worst in a decade. “We’ve never seen anything like "
     "it,” the mayor said. The café’s owner, José Müller, said he’d reopen."),
]


@pytest.mark.parametrize("text", CENTRAL_EUROPEAN)
def test_central_european_text_in_windows_1250_is_read_as_such(tmp_path, text):
    assert text_of(tmp_path, "cz.txt", f"{text}\n".encode("cp1250")) == f"{text}\n"


@pytest.mark.parametrize("text", ["Zażółć gęślą jaźń", "Śnieżyca sparaliżowała drogi", "Pożar w Krakowie",
                                  "Příliš žluťoučký kůň úpěl ďábelské ódy"])
def test_central_european_text_in_iso_8859_2_is_read_as_such(tmp_path, text):
    assert text_of(tmp_path, "pl.txt", f"{text}\n".encode("iso8859_2")) == f"{text}\n"


@pytest.mark.parametrize("text", TURKISH)
def test_turkish_text_in_windows_1254_is_read_as_such(tmp_path, text):
    assert text_of(tmp_path, "tr.txt", f"{text}\n".encode("cp1254")) == f"{text}\n"


@pytest.mark.parametrize("text", MAC_ROMAN)
def test_western_text_saved_on_an_old_mac_is_read_as_mac_roman(tmp_path, text):
    assert text_of(tmp_path, "mac.txt", f"{text}\n".encode("mac_roman")) == f"{text}\n"


@pytest.mark.parametrize("text", WESTERN)
def test_western_text_in_windows_1252_stays_windows_1252(tmp_path, text):
    assert text_of(tmp_path, "w.txt", f"{text}\n".encode("cp1252")) == f"{text}\n"


def test_a_text_two_code_pages_read_alike_keeps_that_reading():
    # Croatian "Š" and "š" are the same bytes in Windows-1250 and 1252; Mac Roman reads them "ä" and "ö".
    assert decode_legacy("Štrajk u školama\n".encode("cp1250")) == "Štrajk u školama\n"


def test_a_central_european_page_without_a_charset_and_a_csv_are_read_in_windows_1250(tmp_path):
    page = "<html><head><title>Burza</title></head><body><p>Pożar w Krakowie: straż pożarna gasiła ogień.</p></body></html>"
    assert "Pożar w Krakowie: straż pożarna gasiła ogień." in text_of(tmp_path, "p.html", page.encode("cp1250"))
    assert decode_legacy("Miasto,Łódź\n".encode("cp1250")) == "Miasto,Łódź\n"  # a tag file is read so too


def test_short_russian_and_greek_texts_stay_in_their_scripts(tmp_path):
    for text, encoding in [("Москва", "cp1251"), ("Шторм обрушился на побережье", "cp1251"),
                           ("Καταιγίδα χτυπά την ακτή", "cp1253")]:
        assert text_of(tmp_path, "s.txt", text.encode(encoding)) == text, text


# --------------------------------------------------------------------------- a few Chinese, Japanese or Korean characters

READ_RIGHT = [("中", "gbk"), ("的", "gbk"), ("新闻", "gbk"), ("暴雨", "gbk"), ("國", "big5"), ("新聞", "big5"),
              ("颱風", "big5"), ("臺北市", "big5"), ("東京", "shift_jis"), ("日本", "shift_jis"), ("あ", "shift_jis"),
              ("大阪市", "shift_jis"), ("台風", "shift_jis"), ("서울", "euc_kr")]
AMBIGUOUS = [("北京市", "gbk", "GBK"), ("東京", "euc_jp", "EUC-JP"), ("台風", "euc_jp", "EUC-JP"),
             ("비", "euc_kr", "EUC-KR"), ("뉴스", "euc_kr", "EUC-KR")]


@pytest.mark.parametrize("text, encoding", READ_RIGHT)
def test_one_to_three_characters_in_a_legacy_encoding_are_read_right(tmp_path, text, encoding):
    # They were Windows-1252 mojibake ("ÖÐ", "°ê", "“ú–{"), Cyrillic ("РВОЕ") or refused without a name.
    for data in (text.encode(encoding), f"{text}\n".encode(encoding)):
        assert text_of(tmp_path, "tiny.txt", data) == data.decode(encoding)


@pytest.mark.parametrize("text, encoding, name", AMBIGUOUS)
def test_one_to_three_characters_several_encodings_read_alike_are_refused_naming_them(tmp_path, text, encoding, name):
    message = error_of(tmp_path, "tiny.txt", f"{text}\n".encode(encoding))
    assert "too short to tell which legacy encoding its Chinese, Japanese or Korean text is in" in message
    assert name in message and message.endswith("save it as UTF-8 and open that")


# --------------------------------------------------------------------------- TOML front matter

def test_toml_front_matter_with_multi_line_strings_goes(tmp_path):
    markdown = ('+++\ntitle = "Storm hits coast"\ndescription = """\nA storm hit the coast on Monday.\n'
                'At least 12 were hurt.\n"""\nsummary = \'\'\'\nLiteral text\n+++\nstill the summary\n\'\'\'\n'
                'date = 2024-01-02\n+++\n\nThe storm killed 12 people on Tuesday.\n')
    document = load_document(write(tmp_path, "story.md", markdown))
    assert document.text == "The storm killed 12 people on Tuesday."


def test_toml_strings_closed_on_their_own_line_or_on_a_later_one_go():
    markdown = '+++\nsummary = """Opens here\nand ends here."""\ntags = ["a", "b"]\nlead = """One line"""\n+++\n\nBody.\n'
    assert markdown_to_text(markdown)[0] == "Body."


@pytest.mark.parametrize("markdown", [
    '+++\nsummary = """Opens here\nand is never closed\n+++\n\nBody.\n',  # no block: nothing may be lost
    '+++\ntitle = "Storm"\nsummary = """\nA storm.\n"""\nThis is prose.\n+++\n\nBody.\n',  # prose after it
])
def test_a_toml_block_that_is_no_metadata_is_kept(markdown):
    text = markdown_to_text(markdown)[0]
    assert text.startswith("+++") and text.endswith("Body.")


# --------------------------------------------------------------------------- MathML

def paragraphs(page: str) -> list[str]:
    return html_to_text(page)[0].split("\n\n")


def test_an_unclosed_formula_does_not_swallow_the_formulas_after_it():
    page = ("<p>First <math><mi>x</mi> then <math><mn>5</mn></math> later, and <math><mn>7</mn></math> too.</p>"
            "<p>Next <math><mn>9</mn></math>.</p>")
    assert paragraphs(page) == ["First x then 5 later, and 7 too.", "Next 9."]


def test_a_formula_inside_a_formula_is_part_of_it_and_an_unreadable_one_drops_both():
    page = ("<p>Then <math><mi>y</mi><mo>=</mo><math><mn>5</mn></math></math> and "
            "<math><mi>z</mi><math><msqrt><mn>2</mn></msqrt></math></math>.</p>")
    assert paragraphs(page) == ["Then y=5 and ."]


def test_a_fraction_reads_as_text_writes_it():
    page = ("<p>About <math><mfrac><mn>1</mn><mn>2</mn></mfrac></math> of homes lost power.</p>"
            "<p>Rain: <math><mn>3</mn><mfrac><mn>1</mn><mn>2</mn></mfrac></math> inches, "
            "<math><mrow><mfrac><mn>3</mn><mn>4</mn></mfrac><mi>x</mi></mrow></math>, "
            "<math><mfrac><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>2</mn></mfrac></math>, "
            "<math><mfrac><mfrac><mn>1</mn><mn>2</mn></mfrac><mn>3</mn></mfrac></math>, "
            "<math>\n  <mfrac>\n    <mn>1</mn>\n    <mn>4</mn>\n  </mfrac>\n</math>.</p>")
    # A mixed number stays apart ("3 1/2", never "31/2"); a side of more than one term is grouped.
    assert paragraphs(page) == ["About 1/2 of homes lost power.", "Rain: 3 1/2 inches, 3/4 x, (x+1)/2, (1/2)/3, 1/4."]


def test_a_fraction_that_could_give_a_wrong_number_is_dropped():
    page = ("<p>Pick <math><mfrac linethickness='0'><mi>n</mi><mi>k</mi></mfrac></math> teams, "  # n choose k
            "<math><mfrac><mn>1</mn><msqrt><mn>2</mn></msqrt></mfrac></math> m, "
            "<math><mfrac><mn>1</mn><mn>2</mn><mn>3</mn></mfrac></math>, "
            "<math><mfrac><mn>1</mn>over<mn>2</mn></mfrac></math>, "
            "<math><msup><mn>10</mn><mfrac><mn>1</mn><mn>2</mn></mfrac></msup></math>.</p>")
    assert paragraphs(page) == ["Pick teams, m, , , ."]


# A fraction beside a figure or a word outside its own <math> (review of round 21): its formula's text
# was joined to the page's as it stood, "3" and "1/2" reading "31/2".
HALF = "<math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>"


@pytest.mark.parametrize("page, expected", [
    (f"<p>The trail is 3{HALF} miles long.</p>", "The trail is 3 1/2 miles long."),
    (f"<p>The trail is <b>3</b>{HALF} miles.</p>", "The trail is 3 1/2 miles."),
    (f"<p>It is <math><mn>3</mn></math>{HALF} miles.</p>", "It is 3 1/2 miles."),
    (f"<p>Only {HALF}5 of the votes.</p>", "Only 1/2 5 of the votes."),
    (f"<p>Sizes {HALF}{HALF} inches.</p>", "Sizes 1/2 1/2 inches."),
    (f"<p>About{HALF} of voters.</p>", "About 1/2 of voters."),
    (f"<p>A <math><mn>1</mn>{HALF} B</p>", "A 1 1/2 B"),  # the outer <math> is never closed
    (f"<pre>3{HALF}x</pre>", "3 1/2 x"),
    (f"<p>Up {HALF}% today.</p>", "Up 1/2% today."),
])
def test_a_fraction_stays_apart_from_the_figures_beside_its_formula(page, expected):
    assert paragraphs(page) == [expected]


def test_a_fraction_in_a_headline_stays_apart_and_its_figures_are_not_read_again():
    text, title, _ = html_to_text(f"<h1>Storm drops 3{HALF} inches</h1><p>Rain fell all day on the coast.</p>")
    assert title == "Storm drops 3 1/2 inches"
    assert text.split("\n\n")[0] == "Storm drops 3 1/2 inches"


def test_a_fraction_in_a_superscript_is_dropped_and_the_pages_own_edge_character_is_no_edge():
    assert paragraphs(f"<p>Power 10<sup>{HALF}</sup> end</p>") == ["Power 10 end"]
    page = "<p>Odd \ue001 sign <math><mn>3</mn><mfrac><mn>1</mn><mn>2</mn></mfrac></math></p>"
    assert paragraphs(page) == ["Odd sign 3 1/2"]


@pytest.mark.parametrize("page, expected", [
    # An unclosed <math> is read as it comes: its fraction's figures would read "12".
    ("<p>Add <math><mfrac><mn>1</mn><mn>2</mn> cup.</p><p>Next paragraph here.</p>",
     ["Add cup.", "Next paragraph here."]),
    ("<p>Intro.</p><p>Add <math><mfrac><mn>1</mn><mn>2</mn></mfrac>", ["Intro.", "Add"]),
    ("<p>Add <math><mn>5</mn><msup><mn>10</mn><mn>6</mn></msup> more.</p>", ["Add 5 more."]),
    ("<p>Add <mfrac><mn>1</mn><mn>2</mn></mfrac> cup.</p>", ["Add cup."]),  # no <math> at all
    ("<p>First <math><mn>5</mn> and later text.</p>", ["First 5 and later text."]),
])
def test_a_fraction_or_power_outside_a_closed_formula_is_dropped(page, expected):
    assert paragraphs(page) == expected


@pytest.mark.parametrize("page", [
    '<p>Choose <math><mfrac linethickness="-0"><mn>5</mn><mn>2</mn></mfrac></math> ways.</p>',
    '<p>Choose <math><mfrac linethickness="+0.0em"><mn>5</mn><mn>2</mn></mfrac></math> ways.</p>',
    "<p>Choose <math><mn>2</mn><mo>-</mo><mfrac><mn>3</mn><mn>4</mn></mfrac></math> ways.</p>",  # "2-3/4": a range
    "<p>Choose <math><mfrac><mn>50</mn><mn>100</mn></mfrac><mo>%</mo></math> ways.</p>",
])
def test_a_fraction_that_reads_as_something_else_is_dropped(page):
    assert paragraphs(page) == ["Choose ways."]


# --------------------------------------------------------------------------- review of round 21: short Western texts

# One or two Western words or a value with a unit: Big5 and Shift-JIS take an ASCII letter for a trail
# byte, so they read as one Chinese or Japanese character ("°C" as "蚓", "Ås" as "彎"), or were refused.
@pytest.mark.parametrize("text", ["°C", "25 °C", "12 °C / 54 °F", "Ås", "Ål", "Ån", "Ár", "Åh", "Æg", "µg", "½h",
                                  "Äh", "Še", "¿Y?", "ºC", "«»", "“”", "——", "––"])
def test_a_tiny_western_text_is_no_chinese_or_japanese(tmp_path, text):
    assert text_of(tmp_path, "t.txt", text.encode("cp1252")) == text


def test_a_tiny_text_of_greek_capitals_stays_greek(tmp_path):
    assert text_of(tmp_path, "t.txt", "ΣΥΡΙΖΑ".encode("cp1253")) == "ΣΥΡΙΖΑ"


# A short text with one letter or sign that another code page reads as one of its letters stays in
# Windows-1252: "ñ" is Polish "ń", "ì" Czech "ě", "±" Polish "ą", "³" "ł", "Þý" Turkish "Şı".
@pytest.mark.parametrize("text", [
    "Muñoz wins", "Who is Muñoz?", "Nuñez wins", "Ordóñez scores twice as United win",
    "Lunedì e martedì", "Lunedì, martedì e mercoledì", "Perché sì, perché no",
    "Lunedì: 12°. Martedì: 14°. Mercoledì: 15°. Giovedì: 11°. Venerdì: 9°.",
    "Orari di apertura\nLunedì 9-13\nMartedì 9-13\nMercoledì 9-13\nGiovedì 9-13\nVenerdì 9-18",
    "±3%", "¥150", "Capacity: 500 m³", "About ¾ of voters", "2ª Guerra Mundial", "5‰", "ƒ/2.8 lens",
    "Þýskaland", "Bœuf bourguignon", "œuvre œil", "FINANCIËLE", "PRICE BELGIË", "CITY – MARKET SIMÕES",
    "maïs très market", "market Logroño Óscar market",
])
def test_a_short_western_text_with_one_telling_letter_stays_windows_1252(tmp_path, text):
    assert text_of(tmp_path, "w.txt", f"{text}\n".encode("cp1252")) == f"{text}\n"


@pytest.mark.parametrize("text", ["Bouře zasáhla Prahu", "Povodně na Moravě", "Erős szél és eső"])
def test_a_short_central_european_text_with_one_letter_western_text_also_has_is_read_as_windows_1252(text):
    # "Bouøe", "Povodnì", "Erõs" are Danish, Italian, Portuguese letters: too little to leave Windows-1252 for.
    assert decode_legacy(text.encode("cp1250")) == text.encode("cp1250").decode("cp1252")
