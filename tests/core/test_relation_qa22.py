"""QA round 22 (findings 4 and 5): an attribution turned into an allegation, and a changed model
code, are differences of substance: the link is ``related``, never suggested "corroborated"."""

from __future__ import annotations

from reader.core import relation
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.terms import tokenize

# Two more sentences both reports share, so the pair under test sits inside a small story.
STORY = " Rescue teams worked through the night in the cold. The mayor thanked volunteers on Sunday."


def _relation(a: str, b: str) -> str:
    """The relation of the link between the first sentence of each report."""
    comparison = compare(document_from_text(a + STORY), document_from_text(b + STORY))
    return next(link.relation for link in comparison.links if link.a == 0 and link.b == 0)


def test_a_sourced_claim_reported_as_alleged_is_related():
    # The QA pairs (01, 03, 06, 02): one report has it from someone, the other only alleges it.
    assert _relation("Witnesses said a hospital in Kemah was evacuated after cracks appeared in its walls.",
                     "A hospital in Kemah was allegedly evacuated after cracks appeared in its walls.") == "related"
    assert _relation("Okafor's campaign said there had been irregularities in two counties.",
                     "There were allegedly irregularities in two counties, Okafor's campaign said.") == "related"
    assert _relation("Officials said the fire was started by a power line that came down in strong winds.",
                     "The blaze was allegedly sparked by a power line brought down by high winds.") == "related"
    assert _relation("The court said the company had knowingly ignored warnings from its own security team.",
                     "Velto allegedly ignored repeated warnings from its own security staff, according to the "
                     "judgment.") == "related"


def test_a_stated_fact_reported_as_alleged_or_rumoured_is_related():
    # "X did Y" / "X allegedly did Y", and the other words that do not vouch for a claim.
    assert _relation("Velto ignored repeated warnings from its own security staff.",
                     "Velto allegedly ignored repeated warnings from its own security staff.") == "related"
    assert _relation("The minister resigned on Friday after the vote in parliament.",
                     "The minister reportedly resigned on Friday after the vote in parliament.") == "related"
    assert _relation("Silva chose Ashbourne over Chelsea in the summer window.",
                     "Silva is said to have chosen Ashbourne over Chelsea in the summer window.") == "related"
    assert _relation("The gunman was hiding in the woods near the village of Elm.",
                     "The gunman is believed to be hiding in the woods near the village of Elm.") == "related"
    assert _relation("Reports of a second explosion near the port came in overnight.",
                     "Unconfirmed reports of a second explosion near the port came in overnight.") == "related"
    # "said" turned into "claimed": the source is the same, the report no longer vouches for it.
    assert _relation("The company said the drug cut deaths among older patients.",
                     "The company claimed the drug cut deaths among older patients.") == "related"


def test_plain_attribution_moved_or_reworded_stays_equivalent_and_only_an_allegation_differs():
    # Each sentence against a restatement that moves or rewords its attribution (corroboration),
    # and against one that only alleges the claim (not).
    police = "Police said the man fled to Norway on Friday night."
    assert _relation(police, "According to police, the man fled to Norway on Friday night.") == "equivalent"
    assert _relation(police, "The man fled to Norway on Friday night, police said.") == "equivalent"
    assert _relation(police, "The man allegedly fled to Norway on Friday night.") == "related"
    duran = "Duran said rescuers pulled a girl from the rubble in Kemah."
    assert _relation(duran, "Duran told reporters rescuers pulled a girl from the rubble in Kemah.") == "equivalent"
    assert _relation(duran, "Rescuers reportedly pulled a girl from the rubble in Kemah.") == "related"
    # Both sides allege: no change of status, the model decides.
    velto = "Velto allegedly ignored repeated warnings from its security staff."
    assert _relation(velto, "Velto reportedly ignored repeated warnings from its security staff.") == "equivalent"
    assert _relation(velto, "Velto ignored repeated warnings from its security staff.") == "related"
    # "claimed" with an object of its own alleges nothing.
    claimed = "No group has claimed responsibility for the attack on the embassy."
    assert _relation(claimed, "No group has yet claimed responsibility for the embassy attack.") == "equivalent"
    assert _relation(claimed, "No group has yet claimed to be behind the embassy attack.") == "related"


def test_claim_alleges_when_it_reports_speech_not_as_a_noun_or_with_an_object():
    def alleges(sentence: str) -> bool:
        return relation.alleges(tokenize(sentence))

    assert alleges("The company claims the drug works.")
    assert alleges("Walking causes people to live longer, the researchers claim.")
    assert alleges("The caller claimed to have found a tape from the shuttle.")
    assert alleges("Ms Short's claims that Britain reneged were denied.")
    assert alleges("He was reported as saying he would stay.")
    assert alleges("He is understood to be earning £180,000 a week.")
    assert not alleges("The fire claimed three lives on Sunday.")
    assert not alleges("Jobless claims fell to 400,000 last week.")
    assert not alleges("The court dismissed the claim.")
    assert not alleges("He called the allegations absurd.")
    assert not alleges("Cases had been reported to the health department.")
    assert not alleges("He said to reporters that he was tired.")
    assert not alleges("According to police, the man fled.")


def test_a_changed_model_code_is_related():
    # QA pair 07 and the probe: the ledger reads no figure inside a code, so the link had an
    # empty ledger and read as a restatement.
    assert _relation("The jet was an Airbus A350-900.", "The jet was an Airbus A350-1000.") == "related"
    assert _relation("Flight NA417, an Airbus A350-900, left Frankfurt for Chicago.",
                     "Flight NA417, an Airbus A350-1000, left Frankfurt for Chicago.") == "related"
    assert _relation("Two F-35A jets flew over the base on Monday.",
                     "Two F-35B jets flew over the base on Monday.") == "related"
    assert _relation("The outbreak was caused by the H5N1 strain of bird flu.",
                     "The outbreak was caused by the H7N9 strain of bird flu.") == "related"
    assert _relation("Cases of COVID-19 rose sharply in the city last week.",
                     "Cases of COVID-20 rose sharply in the city last week.") == "related"


def test_one_code_written_two_ways_or_told_more_precisely_stays_equivalent():
    g7 = "The G7 leaders met in Rome on Monday to discuss trade."
    assert _relation(g7, "The G-7 leaders met in Rome on Monday to discuss trade.") == "equivalent"
    assert _relation(g7, "The G20 leaders met in Rome on Monday to discuss trade.") == "related"
    # One report adds the variant: a detail added, not another plane.
    plane = "Flight NA417, an Airbus A350-900, left Frankfurt for Chicago."
    assert _relation("Flight NA417, an Airbus A350, left Frankfurt for Chicago.", plane) == "equivalent"
    assert _relation(plane, "Flight NA417, an Airbus A350-1000, left Frankfurt for Chicago.") == "related"
    # A price the ledger does not read is no code.
    assert not relation.codes_differ(tokenize("Toll offered NZ75c a share."), tokenize("Toll offered $NZ158 million."))


def test_claims_with_objects_of_their_own_and_denied_allegations_allege_nothing():
    # A review of the first version: each of these pairs lost its "equivalent" to the allegation rule.
    for a, b in [
        ("The storm has claimed at least 12 lives in the region since Monday.",
         "The storm has killed at least 12 people in the region since Monday."),
        ("The minister denied allegations that she misled parliament over the contract.",
         "The minister denied that she misled parliament over the contract."),
        ("Hamas claimed responsibility for the rocket attack on the border town.",
         "Hamas claimed the rocket attack on the border town."),
        ("Insurers expect claims to rise sharply after the floods in the north.",
         "Insurers expect claims to rise sharply after the northern floods."),
    ]:
        assert not relation.alleges(tokenize(a, 0)) and not relation.alleges(tokenize(b, 0)), (a, b)
    tokens = lambda text: tokenize(text, 0)  # noqa: E731
    assert not relation.alleges(tokens("Liverpool claim the title with two games to spare."))
    assert not relation.alleges(tokens("The man suspected of killing the teenager was arrested in Leeds."))
    assert relation.alleges(tokens("Residents claim the council ignored their complaints."))
    assert relation.alleges(tokens("Russia claimed to have captured the village."))


def test_codes_with_a_one_letter_prefix_differ_too():
    # "T", "S" are stop words: the codes were never read (a review of the first version).
    assert _relation("Ukraine destroyed three Russian T-72 tanks near the town.",
                     "Ukraine destroyed three Russian T-64 tanks near the town.") == "related"
    assert _relation("The S-300 battery was hit by a drone on Monday.",
                     "The S-400 battery was hit by a drone on Monday.") == "related"
    assert _relation("Ukraine destroyed three Russian T-72 tanks near the town.",
                     "Ukraine destroyed three Russian T-72 tanks close to the town.") == "equivalent"


def test_a_claim_about_a_deed_a_claim_to_do_and_a_suspicion_allege():
    # A review of the mend: a deed as the claim's object exempted claims made about it.
    for sentence in ["Russia claimed the attack on the market was staged by Ukraine.",
                     "The army claimed the strike on the hospital killed 30 militants.",
                     "The militia claimed the victims were armed fighters.",
                     "The man arrested on Friday is suspected of killing two people in Leeds.",
                     "The minister is said to favour the plan to close the port.",
                     "The firm claims to own the patent for the vaccine."]:
        assert relation.alleges(tokenize(sentence, 0)), sentence
    for sentence in ["Hamas claimed the rocket attack, which killed 12 people.",
                     "Nothing was said to police about the threat.",
                     "The insurer paid claims to 300 families."]:
        assert not relation.alleges(tokenize(sentence, 0)), sentence
    assert _relation("Russia claimed the attack on the market was staged by Ukraine.",
                     "The attack on the market was staged by Ukraine, officials said.") == "related"


def test_a_claim_s_own_object_followed_by_other_words_in_ed_alleges_nothing():
    # A third review: any word in -ed after the object was taken for a clause about it.
    for sentence in ["Liverpool claimed the title on Sunday and celebrated with their fans.",
                     "Hamas claimed the attack in a video released on Friday."]:
        assert not relation.alleges(tokenize(sentence, 0)), sentence
    assert relation.alleges(tokenize("Russia claimed the attack in Kyiv was staged.", 0))
