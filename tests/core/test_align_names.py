"""A name of several words ("Grand Slam", "Yevgeny Prigozhin") is one thing two sentences share: two
sentences that share one such name and nothing else are not linked on it, where its two words counted
as two shared words and let a weak pair through.  An invented doping report."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.terms import NAME_GOES_ON, content_terms, tokenize

TENNIS_A = ("Kovacevic reached the quarter-finals of the French Open in 2024 and was tipped by many as a future "
            "Grand Slam champion.\n")
TENNIS_B = """Mila Kovacevic has been given an 18-month suspension after testing positive for the banned diuretic furosemide, the World Tennis Integrity Unit said on Monday.

Testers measured 50 ng/mL of the drug in her urine.

Kovacevic was charged with the presence of a banned substance in her sample, which carries a ban of up to two years for a first offence.

The positive test was apparently linked to a contaminated supplement.

Her suspension is backdated to Oct. 1, when she was provisionally suspended.

Kovacevic rejected the tribunal's findings.

She has also been ordered to repay $285,000 in prize money and will lose her ranking points.

Beatriz Olmeda, head of anti-doping at the WTIU, said there was no suggestion that Kovacevic had set out to cheat.

The suspension rules her out of the first Grand Slam of 2026 in Melbourne.

Lawyers for the player said they might challenge the decision at sport's highest court in Lausanne.

Kovacevic, who turned professional in 2017, has won two WTA titles and reached a career-high ranking of 19 last year.

She is the third player on the women's tour to be banned for a doping offence this year.

Players' union the PTPA said the case showed the need for better guidance on supplements, which are not regulated as strictly as medicines.
"""


def test_two_sentences_sharing_one_name_of_two_words_are_not_linked_on_it():
    comparison = compare(document_from_text(TENNIS_A), document_from_text(TENNIS_B))
    pairs = {(comparison.a_sentences[link.a].text[:20], comparison.b_sentences[link.b].text[:20])
             for link in comparison.links}
    # The two share "Grand Slam" and "Kovacevic", her name in every sentence: the earlier French Open
    # and the next Grand Slam are two events, and 2024 / 2026 no dispute.
    assert ("Kovacevic reached th", "The suspension rules") not in pairs
    assert not any(link.numbers.conflict for link in comparison.links)


def test_a_names_later_words_are_marked_as_going_on():
    terms = content_terms(tokenize("The suspension rules her out of the first Grand Slam of 2026."))
    assert terms["grand"] == "name" and terms["slam"] == NAME_GOES_ON
    apart = content_terms(tokenize("He said Slam would follow, and Grand agreed."))
    assert apart["slam"] == apart["grand"] == "name"


def test_a_full_name_and_the_surname_alone_still_share_the_name():
    from reader.core.align import _shared_words

    full = content_terms(tokenize("Talks with Keir Starmer ran late into the night."))
    surname = content_terms(tokenize("Starmer's talks overran, aides said."))
    assert _shared_words(full, surname) == 2  # "Starmer" and "talks"
    both = content_terms(tokenize("Talks with Keir Starmer overran."))
    assert _shared_words(full, both) == 2  # "Keir Starmer" once, and "talks"
