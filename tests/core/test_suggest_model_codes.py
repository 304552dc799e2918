"""Two reports that name another model of one family ("KAF-5300" / "KAF-5800") dispute which product
it is: the sentence is suggested disputed.  Two spellings of one name stay for a person to read."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.suggest import DISPUTED, suggest


def _suggested(a: str, b: str) -> dict[str, str | None]:
    comparison = compare(document_from_text(f"Recall\n\n{a}\n\nThe fryers cost £89.99.\n"),
                         document_from_text(f"Recall\n\n{b}\n\nThe fryers cost £89.99.\n"))
    assert any(link.a == 1 and link.b == 1 for link in comparison.links)
    return {side: suggest(comparison, side)[1].suggested for side in ("a", "b")}


def test_another_model_code_of_one_family_is_disputed():
    said = _suggested("The recall covers models KAF-5200 and KAF-5300, sold between March 2023 and January 2024.",
                      "The affected fryers are models KAF-5200 and KAF-5800, sold from March 2023 to January 2024.")
    assert said == {"a": DISPUTED, "b": DISPUTED}


def test_an_aircraft_variant_given_otherwise_is_disputed():
    said = _suggested("The airline said the A350-900 landed safely in Doha after the engine warning.",
                      "The airline said the A350-1000 landed safely in Doha after the engine warning.")
    assert said == {"a": DISPUTED, "b": DISPUTED}


def test_two_spellings_of_one_name_are_not_disputed():
    said = _suggested("Harlan Pruitt, the company's chief executive, apologised to customers on Monday.",
                      "Harlan Pruett, the company's chief executive, apologised to customers on Monday.")
    assert DISPUTED not in said.values()


def test_codes_of_two_families_are_not_read_as_one_model_given_otherwise():
    # "KAF-5300" and "ZX-5300" share digits, not a family: nothing says one stands for the other.
    said = _suggested("The recall covers the KAF-5300 fryer sold in Britain since March.",
                      "The recall covers the ZX-5300 fryer sold in Britain since March.")
    assert DISPUTED not in said.values()
