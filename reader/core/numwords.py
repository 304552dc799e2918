"""Vocabulary of reader.core.numbers: number words, units, currencies, calendar names.

Kept apart from the grammar so the tables can be read and extended at a glance.
Keys are spellings as they appear in news copy; the grammar is built from them,
so adding a spelling here is enough for it to be recognised.  Conversion
factors are exact (an int, or a :class:`~fractions.Fraction` when not whole) so that
"1.5 hours" and "90 minutes" normalise to the very same number, and whole
numbers stay fast ints.
"""

from __future__ import annotations

import re
from fractions import Fraction

from reader.core.stemmer import stem

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# Abbreviated scales; the one-letter ones only count after a currency ("$3b", "€5m"):
# elsewhere "5m" is five metres.
# Wire style spells them with an "l": "$3 bln", "3 mln euros", "1.2 trln yen".
SCALE_ABBREVIATIONS = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9,
                       "tn": 10**12, "trn": 10**12, "trln": 10**12,
                       # South Asian copy: "Rs 500 crore" is 5 billion rupees, "1.5 lakh" 150,000, and
                       # "Rs 48 lakh crore" (budgets) 48 trillion
                       **dict.fromkeys(("crore", "crores"), 10**7), **dict.fromkeys(("lakh", "lakhs", "lac", "lacs"), 10**5),
                       **dict.fromkeys(("lakh crore", "lakh crores"), 10**12),
                       "万": 10**4, "亿": 10**8, "万亿": 10**12,  # Chinese and Japanese: 10^4, 10^8, 10^12
                       "만": 10**4, "억": 10**8}  # Korean

_ORDINAL_ONES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
                 "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
ORDINALS = dict(_ORDINAL_ONES)
ORDINALS.update({"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "hundredth": 100, "thousandth": 1000, "millionth": 10**6})
for _tens_word, _tens_value in TENS.items():
    ORDINALS[_tens_word[:-1] + "ieth"] = _tens_value  # twentieth, thirtieth...
    for _one_word, _one_value in _ORDINAL_ONES.items():
        ORDINALS[f"{_tens_word}-{_one_word}"] = _tens_value + _one_value

# Vague quantities, read as the range a careful reader would allow.  "thousands"
# agrees with "5,000" but conflicts with "500".  Every "hundreds", "thousands",
# "millions" and "billions", bare or "of" a scale, reaches up to where the next vague
# count up begins ("thousands", "tens of", "millions"), so no count falls between the
# two: "About 12,000 people lined the route" / "Thousands of people turned out" tell one
# crowd, as twelve thousands are thousands, fifteen hundred hundreds, and 1.5 million
# hundreds of thousands.  "Dozens" stops short of a hundred, and "tens of" short of the
# next power of ten: 150 are no dozens, 150,000 no tens of thousands.
VAGUE = {
    "dozens": (24, 99),
    "hundreds": (200, 1_999),
    "thousands": (2_000, 19_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 1_999_999),
    "millions": (2_000_000, 19_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 1_999_999_999),
    "billions": (2_000_000_000, 19_999_999_999),
}
TIMES = {"twice": 2, "thrice": 3}  # "twice" == "two times": a count of "time"

MONTHS = {name: number for number, name in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], start=1)}
# Abbreviations only count inside a date ("Jan 13", "6 Sept 2022"): alone, "Jan" is a name.
MONTH_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                       "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = {name: number for number, name in enumerate(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}
TIME_ZONES = ["GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST",
              "CDT", "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "JST", "IST", "ET", "PT"]

# Written before an amount: "$10", "A$4.56", "EUR 5m".
CURRENCY_PREFIXES = {"$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
                    "CA$": "CAD", "Can$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
                    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH",
                    "₦": "NGN", "₵": "GHS", "GH₵": "GHS", "₱": "PHP", "₺": "TRY", "₩": "KRW", "₪": "ILS",
                    "฿": "THB",
                    # Australian and New Zealand house style puts the country after the sign: "$US50,000", "$A2.5m"
                    "$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$C": "CAD",
                    "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "Tk": "BDT", "Tk.": "BDT", "KSh": "KES", "Ksh": "KES", "KShs": "KES"}
# A letter or two for a currency that names other things before a figure too ("the R50 road", "N95
# masks"): read as money only straight before an amount that is plainly one ("R50 million", "N2.5bn",
# "Sh200 million", "RM1,200": see numbers._plainly_money).  "K" is Zambia's kwacha ("K5m", "K8 million"), and
# names a mountain ("K2"), a form ("K-1") or thousands after a figure ("a 5K run") too.
CURRENCY_LETTERS = {"R": "ZAR", "N": "NGN", "Sh": "KES", "RM": "MYR", "K": "ZMW"}
CURRENCY_CODES = ["USD", "EUR", "GBP", "RUB", "AUD", "CAD", "JPY", "CNY", "CHF", "INR",
                  "UAH", "NZD", "HKD", "SGD", "BRL", "NOK", "SEK", "DKK", "PLN", "TRY", "ZAR",
                  # not "COP" (Colombia's, and the UN's climate talks: "COP28") nor "SAR" (search and rescue)
                  "NGN", "KES", "UGX", "TZS", "GHS", "IDR", "THB", "MYR", "PHP", "MXN", "CLP", "HUF", "CZK",
                  "ISK", "KRW", "ILS", "AED", "EGP", "PKR", "VND", "XOF", "BDT"]
CURRENCY_PREFIXES.update({code: code for code in CURRENCY_CODES})
CURRENCY_PREFIXES.update(CURRENCY_LETTERS)
# Currencies that several countries call by one name or sign: the dollars, each written "$" at home;
# the shillings of East Africa, the pesos of Latin America and the Philippines, the krone, the
# rupees.  A bare name ("$", "dollars", "pesos", "shillings", "Sh", "Rs") is read as the
# first currency of its group, and the ledger reads it as the other report's currency of the group: a
# bare "$412 million" in a Canadian paper is the wire's "C$412 million".  Each group with the words
# that say which country's it is ("US$", "Kenyan shillings", "MX$"), after which it is no namesake.
DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
CURRENCY_NAMESAKES = {
    "USD": (DOLLAR_CURRENCIES, ("US", "U.S.")),
    "KES": (frozenset({"KES", "UGX", "TZS"}), ("Kenya", "KES", "KSh", "Ksh")),
    "MXN": (frozenset({"MXN", "PHP", "ARS", "COP", "CLP"}), ("Mexic", "MXN", "MX$", "Mex$")),
    "DKK": (frozenset({"DKK", "NOK"}), ("Danish", "Denmark", "DKK")),
    "SEK": (frozenset({"SEK", "ISK"}), ("Swedish", "Sweden", "SEK")),
    "INR": (frozenset({"INR", "PKR", "LKR", "NPR"}), ("India", "INR", "₹")),
    "AED": (frozenset({"AED", "MAD"}), ("Emirat", "UAE", "AED")),
    "SAR": (frozenset({"SAR", "QAR"}), ("Saudi",)),
}


def _named(currency: str, names: tuple[str, ...], *countries: str) -> dict:
    """``names`` ("peso", "pesos") each after each country's adjective ("Mexican pesos")."""
    return {f"{country} {name}": currency for country in countries for name in names}


_PESOS, _SHILLINGS, _FRANCS = ("peso", "pesos"), ("shilling", "shillings"), ("franc", "francs")
_KRONE, _KRONA, _RUPEES = ("krone", "kroner"), ("krona", "kronor"), ("rupee", "rupees")
# The currencies of the world's other news, after an amount: spelling -> currency.  Not a bare "francs",
# which may be Swiss, West African or Rwandan.
_MORE_CURRENCY_WORDS = {
    "rand": "ZAR", "South African rand": "ZAR", "naira": "NGN", "cedi": "GHS", "cedis": "GHS", "rupiah": "IDR",
    "baht": "THB", "taka": "BDT", "Bangladeshi taka": "BDT", "ringgit": "MYR", "reais": "BRL", "Brazilian real": "BRL", "Brazilian reais": "BRL",
    "lira": "TRY", "liras": "TRY", "Turkish lira": "TRY", "Turkish liras": "TRY",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "zł": "PLN", "forint": "HUF", "forints": "HUF",
    "koruna": "CZK", "korunas": "CZK", "koruny": "CZK", "Czech crowns": "CZK", "Kč": "CZK",
    "South Korean won": "KRW", "Korean won": "KRW", "dong": "VND", "shekel": "ILS", "shekels": "ILS",
    "new shekels": "ILS", "renminbi": "CNY", "Egyptian pound": "EGP", "Egyptian pounds": "EGP",
    "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    **dict.fromkeys(_PESOS, "MXN"), **dict.fromkeys(_SHILLINGS, "KES"),
    **dict.fromkeys(_KRONE, "DKK"), **dict.fromkeys(_KRONA, "SEK"),
    **_named("MXN", _PESOS, "Mexican"), **_named("PHP", _PESOS, "Philippine"),
    **_named("ARS", _PESOS, "Argentine", "Argentinian"), **_named("COP", _PESOS, "Colombian"),
    **_named("CLP", _PESOS, "Chilean"), **_named("KES", _SHILLINGS, "Kenyan", "Kenya"),
    **_named("UGX", _SHILLINGS, "Ugandan", "Uganda"), **_named("TZS", _SHILLINGS, "Tanzanian", "Tanzania"),
    **_named("XOF", _FRANCS, "CFA"), **_named("RWF", _FRANCS, "Rwandan"), **_named("DKK", _KRONE, "Danish"),
    **_named("NOK", _KRONE, "Norwegian"), **_named("SEK", _KRONA, "Swedish"), **_named("ISK", _KRONA, "Icelandic"),
    **_named("PKR", _RUPEES, "Pakistani"), **_named("LKR", _RUPEES, "Sri Lankan"), **_named("NPR", _RUPEES, "Nepalese"),
    **_named("MAD", ("dirham", "dirhams"), "Moroccan"), **_named("QAR", ("riyal", "riyals"), "Qatari"),
}
# Currency words after an amount: spelling -> (currency, factor).  Cents are
# hundredths of the dollar ($) so that "19 cents" == "$0.19".  Plain "pounds"
# is a weight unless a scale word makes it money ("5 million pounds").
CURRENCY_WORDS = {
    **{word: ("USD", Fraction(1)) for word in ("dollar", "dollars", "US dollar", "US dollars", "U.S. dollar",
                                                 "U.S. dollars")},
    **{word: ("AUD", Fraction(1)) for word in ("Australian dollar", "Australian dollars")},
    **{word: ("CAD", Fraction(1)) for word in ("Canadian dollar", "Canadian dollars")},
    **{word: ("HKD", Fraction(1)) for word in ("Hong Kong dollar", "Hong Kong dollars")},
    **{word: ("NZD", Fraction(1)) for word in ("New Zealand dollar", "New Zealand dollars")},
    **{word: ("SGD", Fraction(1)) for word in ("Singapore dollar", "Singapore dollars")},
    **{word: ("EUR", Fraction(1)) for word in ("euro", "euros")},
    **{word: ("USD", Fraction(1, 100)) for word in ("cent", "cents")},
    **{word: ("GBP", Fraction(1, 100)) for word in ("pence", "p")},
    **{word: ("GBP", Fraction(1)) for word in ("pound sterling", "pounds sterling")},
    **{word: ("RUB", Fraction(1)) for word in ("rouble", "roubles", "ruble", "rubles")},
    **{word: ("UAH", Fraction(1)) for word in ("hryvnia", "hryvnias", "hryvnas")},
    **{word: ("INR", Fraction(1)) for word in ("rupee", "rupees")},
    **{word: ("CHF", Fraction(1)) for word in ("Swiss franc", "Swiss francs")},
    "yen": ("JPY", Fraction(1)), "yuan": ("CNY", Fraction(1)),
    # Chinese and Japanese, written straight after the number: "3.5亿元", "500円".
    "元": ("CNY", Fraction(1)), "人民币": ("CNY", Fraction(1)), "美元": ("USD", Fraction(1)),
    "日元": ("JPY", Fraction(1)), "円": ("JPY", Fraction(1)), "欧元": ("EUR", Fraction(1)),
    "英镑": ("GBP", Fraction(1)), "港元": ("HKD", Fraction(1)), "卢布": ("RUB", Fraction(1)),
    **{code: (code, Fraction(1)) for code in CURRENCY_CODES},
    **{word: (currency, Fraction(1)) for word, currency in _MORE_CURRENCY_WORDS.items()},
}


def exact(value: Fraction | int | str) -> int | Fraction:
    """An exact number: an int when whole, else a Fraction."""
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else value


def _spellings(kind: str, factor: Fraction | int | str, canonical: str, *words: str) -> dict:
    return {word: (kind, exact(factor), canonical) for word in words}


def _metric(stem: str) -> tuple[str, ...]:
    """kilometre, kilometres, kilometer, kilometers."""
    return tuple(stem + ending for ending in ("metre", "metres", "meter", "meters"))


def _hours_of(power: str) -> tuple[str, ...]:
    """kilowatt-hour, kilowatt-hours, kilowatt hour, kilowatt hours."""
    return tuple(power + joint + hours for joint in ("-", " ") for hours in ("hour", "hours"))


def _bytes_of(prefix: str) -> tuple[str, ...]:
    """"128M bytes", "a 40G-byte drive": the prefix's letter, then the word."""
    return tuple(prefix + joint + word for joint in (" ", "-") for word in ("byte", "bytes"))


# Measured quantities: spelling -> (kind, factor to the base unit, canonical unit).
# Bases: metres, square metres, cubic metres, kilograms, km/h, watts, kilowatt-hours, bytes.  Durations are in days
# up to a week and in months from a month up, because a month has no fixed number of days.
MEASURES = {
    **_spellings("length", 1000, "km", "km", "kms", *_metric("kilo")),
    **_spellings("length", 1, "m", "m", *_metric("")),
    **_spellings("length", "0.01", "cm", "cm", *_metric("centi")),
    **_spellings("length", "0.001", "mm", "mm", *_metric("milli")),
    **_spellings("length", "1609.344", "mi", "mile", "miles", "mi"),
    **_spellings("length", 1852, "nmi", "nautical mile", "nautical miles"),
    **_spellings("length", "0.3048", "ft", "ft", "foot", "feet"),
    **_spellings("length", "0.9144", "yd", "yard", "yards", "yd", "yds"),
    **_spellings("length", "0.0254", "in", "inch", "inches"),
    **_spellings("area", 10**6, "km²", "km2", "km²", "sq km", "sq. km", "sq kilometres",
                 *("square " + w for w in _metric("kilo"))),
    **_spellings("area", 1, "m²", "m2", "m²", "sq m", *("square " + w for w in _metric(""))),
    **_spellings("area", "2589988.110336", "mi²", "sq mi", "sq miles", "square mile", "square miles"),
    **_spellings("area", "0.09290304", "ft²", "sq ft", "square feet", "square foot"),
    **_spellings("area", 10_000, "ha", "ha", "hectare", "hectares"),
    **_spellings("area", "4046.8564224", "acre", "acre", "acres"),
    **_spellings("weight", 1, "kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
                 "kilogramme", "kilogrammes"),
    **_spellings("weight", "0.001", "g", "gram", "grams", "gramme", "grammes"),
    # "ton" is taken as the metric tonne: news copy rarely says which ton it means.
    **_spellings("weight", 1000, "t", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons"),
    **_spellings("weight", "0.45359237", "lb", "lb", "lbs", "pound", "pounds"),
    **_spellings("weight", "0.028349523125", "oz", "oz", "ounce", "ounces"),
    # "per hour" or "an hour": "gusts of 110 kilometres an hour" are "110km/h", no length.
    **_spellings("speed", 1, "km/h", "km/h", "kmh", "kph", "kilometres per hour",
                 "kilometers per hour", "kilometres an hour", "kilometers an hour", "km an hour", "km per hour"),
    **_spellings("speed", "1.609344", "mph", "mph", "miles per hour", "miles an hour"),
    **_spellings("speed", "1.852", "kn", "knot", "knots"),
    # A reservoir's, a spill's or a pipeline's volume, in cubic metres: "45 million cubic metres" of water is
    # "36,500 acre-feet" (not 36,500 acres, an area) and "45 billion litres".
    **_spellings("volume", 10**9, "km³", "km3", "km³", "cubic kilometres", "cubic kilometers", "cubic kilometre",
                 "cubic kilometer"),
    **_spellings("volume", 1, "m³", "m3", "m³", "cu m", "cubic metres", "cubic meters", "cubic metre", "cubic meter"),
    **_spellings("volume", "0.028316846592", "ft³", "cu ft", "cubic feet", "cubic foot"),
    **_spellings("volume", "1233.48183754752", "acre-ft", "acre-feet", "acre-foot", "acre feet", "acre foot"),
    # The letters of a water utility's report ("230 Ml", "12 GL") and the script ell of South African copy
    # ("50ℓ", "500mℓ"), in their letter case: "ML" and "Ml" are megalitres, "mL" and "ml" millilitres.  Not a
    # bare "L" or "l", a letter that names too much else ("the L train", "a size 12 L").
    **_spellings("volume", 10**6, "GL", "GL", "gigalitre", "gigalitres", "gigaliter", "gigaliters"),
    **_spellings("volume", 1000, "ML", "ML", "Ml", "megalitre", "megalitres", "megaliter", "megaliters"),
    **_spellings("volume", "0.001", "L", "ℓ", "litre", "litres", "liter", "liters"),
    **_spellings("volume", "0.000001", "mL", "mL", "ml", "mℓ", "millilitre", "millilitres", "milliliter",
                 "milliliters"),
    # A grid's or a plant's power, in watts ("58.3 GW" is "58,300 megawatts"), and the energy it makes or
    # sells, in kilowatt-hours ("1.2 TWh"): two kinds, as a power station's "500 MW" is no "500 MWh".  Not a
    # bare "W" away from its digits ("Route 9 W"): see BARE_WATTS.
    **_spellings("power", 10**12, "TW", "TW", "terawatt", "terawatts"),
    **_spellings("power", 10**9, "GW", "GW", "gigawatt", "gigawatts"),
    **_spellings("power", 10**6, "MW", "MW", "megawatt", "megawatts"),
    **_spellings("power", 1000, "kW", "kW", "kilowatt", "kilowatts"),
    **_spellings("power", 1, "W", "watt", "watts"),
    **_spellings("energy", 10**9, "TWh", "TWh", *_hours_of("terawatt")),
    **_spellings("energy", 10**6, "GWh", "GWh", *_hours_of("gigawatt")),
    **_spellings("energy", 1000, "MWh", "MWh", *_hours_of("megawatt")),
    **_spellings("energy", 1, "kWh", "kWh", *_hours_of("kilowatt")),
    # Data, in bytes, by the decimal prefixes a breach or a product page uses ("1.2 terabytes" is "1,200 GB").
    # The binary units (GiB, TiB) are their exact powers of two, as a page that writes them means them.  Not
    # a bare "PB" (an athlete's personal best: "a 9.87 PB"), nor bits ("Mb") nor "gigs" (concerts, as often).
    **_spellings("data", 1, "B", "byte", "bytes"),
    **_spellings("data", 1000, "kB", "kB", "KB", "kilobyte", "kilobytes", *_bytes_of("K")),
    **_spellings("data", 10**6, "MB", "MB", "megabyte", "megabytes", *_bytes_of("M")),
    **_spellings("data", 10**9, "GB", "GB", "gigabyte", "gigabytes", *_bytes_of("G")),
    **_spellings("data", 10**12, "TB", "TB", "terabyte", "terabytes", *_bytes_of("T")),
    **_spellings("data", 10**15, "PB", "petabyte", "petabytes"),
    **_spellings("data", 2**30, "GiB", "GiB", "gibibyte", "gibibytes"),
    **_spellings("data", 2**40, "TiB", "TiB", "tebibyte", "tebibytes"),
    # A sound's level, in decibels: "40 decibels", "40dB", "45 dB(A)" (A-weighted, as a noise limit is given),
    # a quantity of its own, met by no count ("40 turbines") and by no other measure.
    **_spellings("sound", 1, "dB", "dB", "dBA", "dB(A)", "decibel", "decibels"),
    **_spellings("percent", 1, "%", "%", "percent", "per cent", "per-cent", "pc", "pct"),
    **_spellings("percent", 1, "percentage point", "percentage point", "percentage points"),
    # A central bank's or a bond's move: "25 basis points" is a quarter of a percentage point.
    **_spellings("percent", "0.01", "percentage point", "basis point", "basis points", "bps", "bp"),
    # Chinese and Japanese, written straight after the number: "198公里", "3.5米", "20公斤".
    **_spellings("length", 1000, "km", "公里", "千米", "キロメートル"),
    **_spellings("length", 1, "m", "米", "メートル"),
    **_spellings("length", "0.01", "cm", "厘米", "センチ"),
    **_spellings("length", "0.001", "mm", "毫米", "ミリ"),
    **_spellings("area", 10**6, "km²", "平方公里", "平方キロメートル"),
    **_spellings("area", 10_000, "ha", "公顷", "公頃", "ヘクタール"),
    **_spellings("weight", 1, "kg", "公斤", "千克"),
    **_spellings("weight", 1000, "t", "吨", "噸", "トン"),
}

# Measures a price is given per that convert to no other: a gallon is 3.785 litres in American copy and 4.546 in
# British, and a page seldom says which, so "$3.50 a gallon" is a price of a gallon, met by another price of a
# gallon and never by one of a litre.  A count of gallons ("2 million gallons of oil") stays a count.
PRICED_ONLY_MEASURES = {
    **_spellings("gallon", 1, "gal", "gallon", "gallons", "gal"),
}


# A concentration, a mass in a volume: "50 ng/mL", "50 nanograms per millilitre", "40 µg/m3", "0.05 mg/L", in
# milligrams a litre; or parts of a whole: "420 ppm", "420 parts per million", "4 ppb", in parts per million (a
# concentration of its own: the ledger sets it against no mass in a volume, as "ppm" of a gas in air is no
# "mg/L").  Each spelling of the mass with each of the volume: abbreviations by "/", words by "per" ("mg per
# litre", "micrograms per cubic metre").
_MASSES_IN_MG = {"ng": ("ng", "0.000001"), "µg": ("µg", "0.001"), "μg": ("µg", "0.001"), "mcg": ("µg", "0.001"),
                 "mg": ("mg", 1), "g": ("g", 1000)}
_MASS_WORDS_IN_MG = {**dict.fromkeys(("nanogram", "nanograms"), ("ng", "0.000001")),
                     **dict.fromkeys(("microgram", "micrograms"), ("µg", "0.001")),
                     **dict.fromkeys(("milligram", "milligrams"), ("mg", 1)),
                     **dict.fromkeys(("gram", "grams"), ("g", 1000))}
_VOLUMES_IN_L = {"mL": ("mL", "0.001"), "ml": ("mL", "0.001"), "dL": ("dL", "0.1"), "dl": ("dL", "0.1"),
                 "L": ("L", 1), "l": ("L", 1), "m3": ("m³", 1000), "m³": ("m³", 1000)}
_VOLUME_WORDS_IN_L = {"millilitre": ("mL", "0.001"), "milliliter": ("mL", "0.001"), "litre": ("L", 1),
                      "liter": ("L", 1), "cubic metre": ("m³", 1000), "cubic meter": ("m³", 1000)}


def _concentrations() -> dict:
    """Each spelling of a mass in a volume -> ("concentration", milligrams a litre, canonical unit).  Kept to
    the spellings news copy uses: each is compiled into the grammar several times over."""
    spellings = {}
    for masses, joint, volumes in ((_MASSES_IN_MG, "/", _VOLUMES_IN_L), (_MASSES_IN_MG, " per ", _VOLUME_WORDS_IN_L),
                                   (_MASS_WORDS_IN_MG, " per ", _VOLUME_WORDS_IN_L)):
        for mass, (mass_unit, in_mg) in masses.items():
            for volume, (volume_unit, in_litres) in volumes.items():
                spellings[mass + joint + volume] = (
                    "concentration", exact(Fraction(in_mg) / Fraction(in_litres)), f"{mass_unit}/{volume_unit}")
    return spellings


# Spelling -> (kind, factor, canonical unit), as MEASURES; apart from them, as the grammar reads a
# concentration only straight after a figure (not in a conversion's brackets).
CONCENTRATIONS = {**_concentrations(), **_spellings("concentration", 1, "ppm", "ppm", "parts per million"),
                  **_spellings("concentration", "0.001", "ppm", "ppb", "parts per billion"),
                  **_spellings("concentration", "0.000001", "ppm", "parts per trillion")}
PARTS_PER = frozenset({"ppm"})  # the canonical units of a concentration in parts of a whole

DURATIONS = {  # spelling -> (base, factor, canonical unit)
    **{w: ("day", Fraction(1, 86400), "second") for w in ("second", "seconds", "sec", "secs")},
    **{w: ("day", Fraction(1, 1440), "minute") for w in ("minute", "minutes", "min", "mins")},
    **{w: ("day", Fraction(1, 24), "hour") for w in ("hour", "hours", "hr", "hrs")},
    **{w: ("day", Fraction(1), "day") for w in ("day", "days")},
    **{w: ("day", Fraction(7), "week") for w in ("week", "weeks")},
    **{w: ("day", Fraction(14), "fortnight") for w in ("fortnight", "fortnights")},
    **{w: ("month", Fraction(1), "month") for w in ("month", "months")},
    **{w: ("month", Fraction(12), "year") for w in ("year", "years", "yr", "yrs")},
    **{w: ("month", Fraction(120), "decade") for w in ("decade", "decades")},
    **{w: ("month", Fraction(1200), "century") for w in ("century", "centuries")},
    # Chinese and Japanese: "3天", "48小时", "4个月", "3年" ("2023年" is a year: see numbers.py).
    **{w: ("day", Fraction(1, 1440), "minute") for w in ("分钟", "分鐘", "分間")},
    **{w: ("day", Fraction(1, 24), "hour") for w in ("小时", "小時", "時間")},
    **{w: ("day", Fraction(1), "day") for w in ("天", "日間")},
    **{w: ("day", Fraction(7), "week") for w in ("周", "週間")},
    **{w: ("month", Fraction(1), "month") for w in ("个月", "個月", "か月", "ヶ月", "カ月")},
    **{w: ("month", Fraction(12), "year") for w in ("年", "年間")},
}
# Ages in Chinese and Japanese: "26岁", "26歳".
CJK_AGES = frozenset({"岁", "歲", "歳"})
# Temperatures: spelling -> scale ("C" or "F").  A bare "C" or "F" counts only straight after the
# digits ("30C", "86F"): "Grade 5 C" and "Section 4 F" are no temperatures.
TEMPERATURES = {
    **{w: "C" for w in ("C", "°C", "ºC", "° C", "degrees C", "degree C", "degrees Celsius", "degree Celsius",
                        "Celsius", "degrees centigrade", "centigrade", "deg C", "℃", "摄氏度", "攝氏度")},
    **{w: "F" for w in ("F", "°F", "ºF", "° F", "degrees F", "degree F", "degrees Fahrenheit", "degree Fahrenheit",
                        "Fahrenheit", "deg F", "℉", "华氏度", "華氏度")},
}
BARE_TEMPERATURE_LETTERS = frozenset({"C", "F"})
# Watts as a letter, read only straight after the digits ("a 60W bulb", "800W"): "Route 9 W" is none.
BARE_WATTS = "W"
CURRENCY_WORDS = {word: (currency, exact(factor)) for word, (currency, factor) in CURRENCY_WORDS.items()}
DURATIONS = {word: (base, exact(factor), unit) for word, (base, factor, unit) in DURATIONS.items()}

# A count's "unit" is the noun it counts; these words after a number are not nouns.
NOT_NOUNS = frozenset("""
    a an the and or but nor to of in on at by for from with without per into onto over under
    than as that which who whom whose this these those is was were are be been being has have
    had will would can could may might must shall should do does did not no so if then when
    while where after before since until till more less fewer most least about around some
    other others each every all both either neither he she it they we you i his her its their
    our your my me him them us said says say
    near inside outside across along among amid between beyond despite during through toward towards upon
    within against behind below above beneath beside via
""".split())
IRREGULAR_PLURALS = {"men": "man", "women": "woman", "people": "person", "children": "child",
                     "thieves": "thief", "wives": "wife",
                     "feet": "foot", "teeth": "tooth", "mice": "mouse", "police": "police",
                     "series": "series", "news": "news"}

# People named by where they come from or by their faith ("14 Britons", "three Israelis", "Twelve Uyghurs"),
# as ``singular`` gives them ("-is" plurals stay whole, as "MPs" does).  Most often a part of a toll ("killed
# 40 people" / "killed three Australians": a home outlet counts its own), so they never meet a count of
# "people", only a toll that names no one ("left 12 dead", "Twelve were killed").  Words that name a thing
# as often are left out ("poles", "swedes", "danes").
PEOPLE_BY_ORIGIN = frozenset("""
    american briton british englishman englishwoman scot welshman irishman frenchman frenchwoman
    german italian spaniard portuguese dutchman belgian austrian swiss hungarian czech slovak romanian
    bulgarian serb croat bosnian albanian kosovan greek cypriot finn norwegian icelander lithuanian latvian
    estonian ukrainian belarusian russian georgian armenian turk kurd european african asian arab
    israeli israelis palestinian lebanese syrian iraqi iraqis iranian saudi saudis yemeni yemenis omani omanis
    kuwaiti kuwaitis qatari qataris emirati emiratis jordanian egyptian libyan tunisian algerian moroccan
    sudanese ethiopian eritrean somali somalis kenyan ugandan tanzanian rwandan congolese nigerian ghanaian
    malian senegalese cameroonian zimbabwean zambian mozambican angolan
    afghan pakistani pakistanis indian bangladeshi bangladeshis nepali nepalis nepalese
    chinese japanese korean taiwanese vietnamese thai thais filipino indonesian malaysian burmese
    uyghur uighur rohingya tibetan mongolian kazakh uzbek tajik australian zealander canadian mexican
    brazilian argentine argentinian colombian venezuelan peruvian chilean cuban haitian jamaican
    guatemalan honduran salvadoran nicaraguan
    jew muslim christian hindu sikh buddhist catholic protestant
""".split())

# People named by what they do in the story or who they are to someone in it (a skier, a witness, a lawyer, a
# friend, a gunman): a group of their own.  A count of "people" is a count of them only when the same thing
# befell both ("Nine people" and "11 skiers" were killed in one avalanche), never "killed 12 people" /
# "Three witnesses told police", nor "Five people were injured" / "Two friends of the driver were among the
# injured".
PEOPLE_BY_ROLE = frozenset("""
    skier snowboarder mountaineer trekker backpacker rambler walker camper diver kayaker canoeist rower
    surfer windsurfer angler hunter paraglider skydiver caver bather sunbather beachgoer
    gunman gunwoman attacker assailant shooter sniper hijacker kidnapper abductor captor smuggler trafficker
    dealer courier robber burglar thief looter rioter arsonist murderer killer poacher fraudster hacker
    terrorist jihadist extremist gangster militiaman
    mother father son daughter brother sister wife husband sibling twin grandparent grandmother grandfather
    grandchild grandson granddaughter orphan widow widower neighbour neighbor friend colleague
    lawmaker legislator senator congressman congresswoman councillor councilor minister judge juror lawyer
    witness spokesman spokeswoman spokesperson chairman chairwoman executive manager director engineer
    technician scientist researcher dentist pharmacist activist campaigner businessman businesswoman
    footballer cricketer golfer boxer wrestler skater sprinter jockey racer competitor contestant finalist
    sportsman sportswoman seafarer mariner fisher deckhand trucker chauffeur shopkeeper vendor trader
    concertgoer churchgoer partygoer festivalgoer reveller reveler clubber peacekeeper guardsman
""".split())
# Those who carry out an attack: a toll counts their victims, and them apart ("Twelve people were killed" /
# "Two gunmen were killed" are two counts).
ATTACKER_NOUNS = frozenset("""
    gunman gunwoman attacker assailant shooter sniper hijacker kidnapper abductor captor terrorist jihadist
    extremist militiaman militant insurgent
""".split())

# What a count of people may count, singular (as ``singular`` gives them): "three people" are any kind
# of people, so they are "five passengers" miscounted, not a count of something else.  Two kinds
# ("patients" / "participants") are two counts unless one report says which is which.  People are named
# by what they do as often as by who they are ("a group of 11 skiers", "three gunmen", "two kidnappers");
# a word that names a machine as often ("bombers" are planes, "coaches" buses) is left out.
GENERAL_PERSON_NOUNS = frozenset({"person", "individual"})
PERSON_NOUNS = GENERAL_PERSON_NOUNS | PEOPLE_BY_ROLE | PEOPLE_BY_ORIGIN | frozenset("""
    man woman boy girl child baby infant toddler teenager teen adult youth pupil student schoolchild
    passenger resident citizen national local occupant tenant homeowner householder villager evacuee
    patient worker employee staff staffer labourer laborer miner farmer fisherman crew crewman crewmember
    victim survivor casualty hostage captive prisoner inmate detainee suspect defendant
    soldier troop marine sailor seaman airman serviceman servicewoman officer policeman policewoman police
    firefighter paramedic medic doctor nurse teacher guard militant rebel fighter insurgent
    civilian protester protestor demonstrator marcher striker picket migrant refugee asylum-seeker
    participant volunteer member delegate attendee guest visitor tourist customer shopper spectator fan
    voter pensioner player athlete runner rider cyclist motorist driver pedestrian hiker climber
    swimmer pilgrim worshipper journalist reporter diplomat official applicant recruit trainee
    mineworker steelworker dockworker farmworker autoworker fireman lifeguard learner schoolboy schoolgirl
    undergraduate graduate commuter traveller traveler holidaymaker motorcyclist bystander onlooker rescuer
    mourner supporter investor shareholder saver borrower retiree carer caregiver surgeon midwife parent
    relative youngster newborn bushwalker hillwalker fellwalker tramper canyoner
""".split())

# People named by what befell them, whatever it was: "the 12 victims" are the dead of "14 people were killed"
# when a report counts no others.
VICTIM_NOUNS = frozenset({"victim", "casualty"})
# Names of a sports division or series whose number is part of the name, lower-cased as a label's noun:
# "Ligue 1", "League Two", "Division 2", "Formula 1".  A figure after one names the division (a label), and
# the ledger sets it against another division's number but never lists it as a figure one report gives.
DIVISION_NAMES = frozenset({"ligue", "league", "liga", "division", "formula", "serie", "conference", "bundesliga"})
# People named by being held: whoever police arrest or detain are "suspects" or "detainees", so "two men had
# been arrested" and "three suspects had been detained" count one group.
HELD_NOUNS = frozenset({"suspect", "detainee"})

# Nouns news copy counts one thing by, singular, each with the one word the ledger reads for it: "37
# homes" and "43 houses" are two counts of what a fire destroyed, so they dispute each other.  Only
# words one report puts where another puts the other ("the 37 houses", "its 1,200 employees"); not a
# noun that holds another ("properties" are homes and shops, "casualties" the dead and the injured).
# People too: "285,000 students" and "298,000 pupils" sat one set of exams, "Eleven miners" and
# "Fourteen mineworkers" died in one collapse; but two kinds of person ("investors" / "pensioners",
# "schoolgirls" / "schoolboys", "migrants" / "refugees") stay two counts.  A household is counted by its home:
# "42,000 households" told to boil water are "42,000 homes" in another report.
SAME_THING = {
    **dict.fromkeys(("house", "dwelling", "household"), "home"),
    **dict.fromkeys(("vehicle", "automobile", "suv", "hatchback", "saloon", "sedan"), "car"),
    **dict.fromkeys(("post", "position", "role"), "job"),
    **dict.fromkeys(("employee", "staffer", "staff", "labourer", "laborer"), "worker"),
    **dict.fromkeys(("aircraft", "airplane", "aeroplane"), "plane"),
    **dict.fromkeys(("pupil", "schoolchild", "learner"), "student"),
    **dict.fromkeys(("protestor", "demonstrator"), "protester"),
    **dict.fromkeys(("policeman", "policewoman"), "police"),
    **dict.fromkeys(("crewman", "crewmember", "sailor", "seaman"), "crew"),
    # People out walking in the hills, by each country's word: "hikers" (American), "bushwalkers" (Australian),
    # "trampers" (New Zealand), "walkers", "hillwalkers" and "ramblers" (British), "trekkers": in one story of a
    # party lost or caught by a flood, one group ("Three hikers" / "Two bushwalkers are still missing").
    **dict.fromkeys(("bushwalker", "hillwalker", "fellwalker", "tramper", "walker", "rambler", "trekker"), "hiker"),
    "mineworker": "miner", "troop": "soldier", "inmate": "prisoner", "fireman": "firefighter", "teen": "teenager",
    "holidaymaker": "tourist", "spectator": "fan",
    "vessel": "ship", "boat": "ship", "kid": "child", "store": "shop", "apartment": "flat", "lorry": "truck",
    "firm": "company", "product": "item", "inhabitant": "resident",
    # The places a raid or a chain counts: "officers searched six locations" / "nine premises were raided".
    "location": "site", "premise": "site",
    "walkout": "strike",  # "the third walkout" / "the fourth strike": one action
    # A rank's superlative, read as its noun ("the third-largest fine", "the second-biggest fine"): two words
    # of one sense rank on one scale, so "third-largest" disputes "second-biggest".  Not "highest" for
    # "largest" (the highest fine is the largest, the highest mountain not the largest).
    "biggest": "largest", "tallest": "highest",
}


# What a report gives the age of ("built 34 years ago", "the 31-year-old ferry"), by kind: two words of one
# kind may name one thing ("the ferry" / "the 31-year-old vessel", "the company" / "the 150-year-old firm");
# two kinds never do ("the bridge" / "the ferry").
THING_KINDS = {
    **dict.fromkeys(("ship", "vessel", "ferry", "boat", "liner", "tanker", "trawler", "yacht", "freighter",
                     "barge", "tug", "submarine", "warship", "frigate", "steamer", "schooner", "ketch"), "vessel"),
    **dict.fromkeys(("plane", "aircraft", "airliner", "jet", "helicopter", "airplane", "aeroplane"), "aircraft"),
    **dict.fromkeys(("car", "vehicle", "bus", "coach", "lorry", "truck", "van", "tram", "train", "locomotive"),
                    "vehicle"),
    **dict.fromkeys(("bridge", "viaduct", "footbridge", "flyover", "overpass"), "bridge"),
    **dict.fromkeys(("building", "house", "home", "tower", "block", "hall", "church", "cathedral", "chapel",
                     "mosque", "temple", "synagogue", "castle", "mansion", "cottage", "pub", "inn", "hotel",
                     "theatre", "theater", "cinema", "school", "hospital", "station", "stadium", "factory",
                     "mill", "warehouse", "library", "museum", "palace", "property", "structure", "terminal"),
                    "building"),
    **dict.fromkeys(("company", "firm", "business", "brand", "chain", "retailer", "maker", "manufacturer",
                     "bank", "club", "society", "charity", "organisation", "organization", "institution",
                     "newspaper", "paper", "party", "band", "group"), "body"),
    **dict.fromkeys(("dam", "reservoir", "weir", "levee", "dyke", "dike"), "dam"),
    **dict.fromkeys(("road", "motorway", "highway", "railway", "railroad", "line", "tunnel", "canal", "pipeline",
                     "pier", "sewer", "wall"), "way"),
    **dict.fromkeys(("tree", "oak", "yew", "elm", "beech", "forest", "woodland"), "tree"),
    **dict.fromkeys(("law", "act", "rule", "treaty", "policy", "scheme", "ban", "decision", "agreement", "deal"),
                    "law"),
    **dict.fromkeys(("case", "investigation", "inquiry", "murder", "killing", "crime", "mystery"), "case"),
}


# Things named in the plural that are one thing: "a pair of scissors" is one pair, not two scissors.
PAIRED_NOUNS = frozenset("""
    scissors jeans trousers pants tights leggings shorts knickers pyjamas pajamas overalls glasses spectacles
    sunglasses goggles binoculars pliers tongs tweezers shears clippers handcuffs headphones earphones
""".split())


# Nouns whose plural has no ending, so that "40 sheep" or "30 aircraft" is as plural as "40 cows": after a
# name ("told the BBC 40 sheep were killed") such a noun is no sign that the figure names one thing.
UNMARKED_PLURALS = frozenset("""
    sheep deer fish cattle livestock poultry swine head aircraft spacecraft hovercraft craft salmon trout
    moose bison reindeer offspring species
""".split())

# Nouns by which a count sizes the noun after them: "a 26 man squad", "an 80 seat majority", "a 50 bed
# hospital", "a 10 point plan".  People's nouns do so too ("a 12 woman jury").
SIZING_NOUNS = frozenset("""
    seat bed room bedroom storey page point mile acre lane hole
""".split())


# Those who hold a seat in a parliament or a council: in an election story "30 MEPs" and "31 seats" count one
# thing, the seats a party won.  Kept apart from SAME_THING, as a senator or a deputy is still a person beside
# "Two people were hurt".  Not "members" (of a club, a union, a jury) nor "representatives", which count seats
# only now and then.  Three letters stay whole in ``singular`` ("MPs": "mps"), so those plurals are listed too.
SEAT_HOLDERS = frozenset("""
    mp mps mep msp msps mla mlas td tds senator councillor councilor deputy lawmaker legislator
    congressman congresswoman assemblyman assemblywoman
""".split())
SEAT = "seat"

# The stems of verbs (as a count's role keeps them) by which a count of seat holders tells the seats they
# hold or won: "has 31 MEPs", "won 412 MPs", "will send 30 MEPs", "lost 18 MPs".  One whose role is what
# members did ("200 MPs signed", "51 senators voted") counts some of them, not the seats.
HOLDING_SEATS = frozenset({stem(word) for word in """
    have has had having hold holds held holding win wins won winning take takes took taken taking gain gains
    gained send sends sent elect elects elected keep keeps kept retain retains retained lose loses lost
""".split()})

# The stems of verbs (as a count's role keeps them) whose count, when no noun is said, counts people:
# "forcing 32,000 to flee", "12 were killed", "evacuated 4,000".  Such a count is no count of the counties,
# homes or acres the other report gives.
PEOPLE_ROLES = frozenset(stem(word) for word in """
    fled evacuated displaced forced killed died injured wounded hurt rescued stranded trapped arrested
    detained hospitalised hospitalized infected sickened drowned perished murdered missing
""".split())


def words_to_number(phrase: str) -> int | Fraction | None:
    """``"two hundred and fifty thousand"`` -> 250000; None if a word is not a number word.

    A share of the whole ("half a million", "a quarter of a million", "three-quarters of a
    billion") scales what follows it; "and a half" adds half of what it follows ("one and a half
    million", "a million and a half").

    >>> words_to_number("twenty-five"), words_to_number("half a dozen"), words_to_number("a million")
    (25, 6, 1000000)
    >>> words_to_number("a quarter of a million"), words_to_number("one and a half million")
    (250000, 1500000)
    """
    total, current, share, last_scale = Fraction(0), Fraction(0), Fraction(1), 1
    for word in re.split(r"[\s-]+", _AND_A_HALF.sub(" +half", phrase.lower().strip())):
        if word in ("and", "of"):
            continue
        if word == "a":
            current = current or Fraction(1)
        elif word == "+half":  # "one and a half": a half more of the number before; after a scale, of the scale
            if current:
                current += Fraction(1, 2)
            else:
                total += Fraction(last_scale, 2)
        elif word == "half":
            share /= 2
        elif word in QUARTERS:  # "a quarter", "three-quarters": the count before says how many
            share *= (current or 1) / 4
            current = Fraction(0)
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in ONES or word in TEENS or word in TENS:
            current += ONES.get(word) or TEENS.get(word) or TENS.get(word, 0)
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current, last_scale = Fraction(0), SCALES[word]
        else:
            return None
    return exact((total + current) * share)


_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b")
QUARTERS = frozenset({"quarter", "quarters"})


def singular(noun: str) -> str:
    """A crude singular for comparing counted nouns: "troops" -> "troop", "countries" -> "country"."""
    noun = noun.lower()
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("men") and noun[:-3] + "man" in PERSON_NOUNS:
        return noun[:-3] + "man"  # "fishermen", "policewomen" (not "specimen")
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


# What befell what a count counts, as a reader takes it: "100 people died" and "killed 130" count
# the dead, "30 hurt" and "30 injured" the injured.  Keys are verb stems (numbers._role reads them;
# the ledger compares roles by their sense).  The one table of fates: numbers and the ledger read
# every word of a fate through it (fate_of).
FATE_SENSES = {
    **dict.fromkeys(("kill", "die", "dead", "slain", "perish", "murder", "drown"), "dead"),
    **dict.fromkeys(("injur", "wound", "hurt"), "injured"),
    **dict.fromkeys(("arrest", "detain"), "held"),
    **dict.fromkeys(("miss",), "missing"),
}
# Verbs that say how a count is known, not what befell what it counts: "19 people are confirmed dead", "12 are
# feared dead", "30 were reported missing" (stems, as a count's role is kept).
KNOWING_VERBS = frozenset(stem(word) for word in """
    confirmed feared reported believed thought presumed said estimated expected known listed counted recorded
    registered declared
""".split())
# Words that name a fate as they stand, no verb's ending: "12 dead", "30 hurt", "three missing".
FATE_ADJECTIVES = frozenset({"dead", "hurt", "missing", "slain"})
# The stem of an adjective of fate that is no verb of one: "missing" is a fate, "missed" and "misses" none.
_STEMS_OF_ADJECTIVES_ONLY = frozenset(stem(word) for word in FATE_ADJECTIVES) - FATE_ADJECTIVES


def fate_of(word: str) -> str:
    """The sense of the fate a verb's form or an adjective names (FATE_SENSES): "killed", "kills",
    "killing", "died", "dying", "injured", "dead", "missing"; "" for any other word, and for one that
    only holds a fate's letters ("studied", "soldiers", "mission", "uninjured", "diesel")."""
    word = word.lower()
    if word in FATE_ADJECTIVES:
        return FATE_SENSES[stem(word)]
    if not word.endswith(("ed", "ing", "s")) or stem(word) in _STEMS_OF_ADJECTIVES_ONLY:
        return ""
    return FATE_SENSES.get(stem(word), "")
