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
    "Bouře zasáhla Prahu",
    "Povodně na Moravě",
    ("Silná bouře zasáhla v pondělí severní Čechy. Podle hasičů bylo poškozeno více než dvě stě domů a tisíce "
     "domácností zůstaly bez elektřiny."),
    "Ľudia čakajú na pomoc",
    "Erős szél és eső",
    ("Erős vihar söpört végig hétfőn az ország északi részén. A katasztrófavédelem szerint több mint kétszáz "
     "épület rongálódott meg."),
    "Nevrijeme u Đakovu",
    ("Snažno nevrijeme pogodilo je u ponedjeljak sjever Hrvatske. Prema podacima vatrogasaca oštećeno je više "
     "od dvjesto kuća."),
    "Močno neurje je v ponedeljek zajelo severovzhodno Slovenijo.",
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
