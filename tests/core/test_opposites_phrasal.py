"""Two-word verbs say what one word of the opposites' lists says: "laid off" 200 workers / "hired" them, "called
off" the strike / "went ahead with" it, "turned down" the offer / "accepted" it.  A two-word verb against a word
of its own side ("laid off" / "fired") says the same thing."""

from __future__ import annotations

import pytest
from claim_turns import turned


@pytest.mark.parametrize("a, b", [
    ("The company laid off 200 workers at the plant on Monday.", "The company hired 200 workers at the plant on Monday."),
    ("The company laid off 200 workers at the plant.", "The company took on 200 workers at the plant."),
    ("The union called off the strike planned for Friday.", "The union went ahead with the strike planned for Friday."),
    ("The board turned down the offer from Halden Group.", "The board accepted the offer from Halden Group."),
    ("Police stepped up patrols in the city centre.", "Police scaled back patrols in the city centre."),
    ("Norway pulled out of the talks on Tuesday.", "Norway joined the talks on Tuesday."),
    ("The operator shut down the reactor after the leak.", "The operator reopened the reactor after the leak."),
])
def test_a_two_word_verb_against_its_opposite_turns_the_claim_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    ("The company laid off 200 workers at the plant on Monday.", "The company fired 200 workers at the plant on Monday."),
    ("The union called off the strike planned for Friday.", "The union cancelled the strike planned for Friday."),
    ("The board turned down the offer from Halden Group.", "The board rejected the offer from Halden Group."),
    ("The operator shut down the reactor after the leak.", "The operator closed the reactor after the leak."),
    # The particle kept on both sides: only the verb changes, and "took" / "laid" are no opposites.
    ("The company laid off 200 workers.", "The company sent off 200 workers."),
])
def test_a_two_word_verb_against_a_word_of_its_own_side_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)
