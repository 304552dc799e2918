"""Loose figures, from QA pass 25: a "fine" and a "penalty" are one word next to a sum; two spans of days
that share one end give their other end two ways; a date's year told by a bare year leaves its day
untold (loose_figures.py)."""

from reader.core.compare import compare
from reader.core.model import Document

# A shared opening the two reports align, so the sentences after it are compared as one story's.
LEAD_A = "The Information Commissioner's Office fined the retailer Harlow & Finch £14.2 million over a 2024 cyber attack.\n\n"
LEAD_B = "The Information Commissioner's Office fined the retailer Harlow & Finch £14.2 million over a 2024 cyber attack.\n\n"
ANCHOR_A = "The MV Rahmat-2 overturned on the Meghna river on Tuesday, about 30km south of Dhaka.\n\n"
ANCHOR_B = "The MV Rahmat-2 went down on the Meghna river on Tuesday, some 30 km south of Dhaka.\n\n"


def _loose(sentence_a: str, sentence_b: str, anchors: tuple[str, str] = (LEAD_A, LEAD_B)) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", anchors[0] + sentence_a, "a"), Document("b", "b", anchors[1] + sentence_b, "b"))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]  # the two sentences stay unaligned
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


# A fine and a penalty.

def test_a_proposed_fine_and_a_penalty_put_forward_are_one_sum():
    assert _loose("The ICO had originally proposed a £27mn fine, but reduced it after considering the company's "
                  "response and its financial position.",
                  "The regulator had initially put forward a penalty of £21 million.") == [("£27mn", "£21 million")]


def test_a_penalty_on_another_named_firm_is_another_sum():
    assert _loose("The ICO had originally proposed a £27mn fine for Harlow & Finch.",
                  "Ofcom put forward a penalty of £21 million against Brightwave Telecom.") == []


def test_a_penalty_of_another_year_is_another_sum():
    assert _loose("The ICO had originally proposed a £27mn fine.",
                  "In 2019 the regulator put forward a penalty of £21 million against another chain.") == []


def test_a_penalty_the_other_report_also_gives_disputes_nothing():
    assert _loose("The ICO had originally proposed a £27mn fine. Harlow & Finch has set aside £21 million for "
                  "customer refunds.",
                  "The regulator had initially put forward a penalty of £21 million.") == []


# Two spans of days that share one end.

def test_spans_from_one_day_give_their_last_day_two_ways():
    assert _loose("The Information Commissioner's Office said hackers had access to the retailer's systems "
                  "between 3 March and 19 April 2024.",
                  "According to the ICO, the intruders were inside Harlow & Finch's network from March 3 to "
                  "April 9, 2024.") == [("19 April 2024", "April 9, 2024")]


def test_spans_to_one_day_give_their_first_day_two_ways():
    assert _loose("Hackers had access to the retailer's systems between 13 March and 19 April 2024.",
                  "The intruders were inside the network from March 3 to April 19, 2024.") == [("13 March", "March 3")]


def test_spans_that_share_no_day_are_left_out():
    assert _loose("Hackers had access to the retailer's systems between 3 March and 19 April 2024.",
                  "The intruders were inside the network from March 5 to April 9, 2024.") == []


def test_lone_dates_are_still_left_out():
    assert _loose("Hackers first got into the retailer's systems on 3 March 2024.",
                  "The intruders were first inside the network on March 5, 2024.") == []


def test_a_span_whose_other_end_the_other_report_gives_disputes_nothing():
    assert _loose("Hackers had access between 3 March and 19 April 2024. The breach was found on 9 April.",
                  "The intruders were inside the network from March 3 to April 9, 2024.") == []


def test_two_spans_from_one_day_in_one_report_are_left_out():
    assert _loose("Hackers had access between 3 March and 19 April 2024. The store's site was down from "
                  "3 March to 5 March 2024.",
                  "The intruders were inside the network from March 3 to April 9, 2024.") == []


def test_a_span_of_one_year_against_a_span_of_another_is_left_out():
    assert _loose("Hackers had access between 3 March and 19 April 2023.",
                  "The intruders were inside the network from March 3, 2024 to April 9, 2024.",
                  (ANCHOR_A, ANCHOR_B)) == []


def test_a_span_whose_year_a_linked_sentence_told_still_gives_its_day():
    # A's span sentence is linked to B's lead, whose "2024 cyberattack" agrees with "19 April 2024": that
    # tells the year, not the day, so the span's last day is still A's own to set against B's.
    a = ("The UK data watchdog has fined Harlow & Finch £14.2m after hackers stole customer records.\n\n"
         "The Information Commissioner's Office said hackers had access to the retailer's systems between 3 March "
         "and 19 April 2024.\n\n")
    b = ("Britain's Information Commissioner's Office (ICO) has fined the retailer Harlow & Finch £14.2 million over "
         "a 2024 cyberattack that exposed data belonging to 4.6m people.\n\n"
         "According to the ICO, the intruders were inside Harlow & Finch's network from March 3 to April 9, 2024.\n\n")
    comparison = compare(Document("a", "a", a, "a"), Document("b", "b", b, "b"))
    assert (1, 0) in [(link.a, link.b) for link in comparison.links]
    assert [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts] == [
        ("19 April 2024", "April 9, 2024")]
