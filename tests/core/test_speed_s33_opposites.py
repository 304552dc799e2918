"""The cheap glances that let the opposites rules skip a changed run must let through every run a rule reads."""

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.core import opposites, opposites_deeds
from reader.core.opposites import may_turn_round, turns_the_claim_round

# The words the deed rules' glances read, with a few a run holds around them ("was unable to reach the group").
_DEED_GLANCE_WORDS = sorted(
    opposites_deeds._AWAITING | opposites_deeds._AWAITING_ALONE | {opposites_deeds._STILL, opposites_deeds._UNABLE}
    | {word for phrase in opposites_deeds._FAILING for word in phrase}
    | set("yet to not the approval of was reach group able".split()))


@given(st.lists(st.sampled_from(_DEED_GLANCE_WORDS), max_size=6))
def test_every_run_the_deed_glances_let_through_holds_a_glanced_word(run):
    # may_turn_round asks may_await and may_fail only of a run that holds a word of _GLANCED_FIRST, which takes the
    # deed rules' words from the sets opposites_deeds exports: a run either glance lets through without one of
    # them would be skipped, its deed never read.
    if opposites_deeds.may_await(run):
        assert not opposites_deeds.WORDS_MAY_AWAIT_NEEDS.isdisjoint(run)
    if opposites_deeds.may_fail(run):
        assert not opposites_deeds.WORDS_MAY_FAIL_NEEDS.isdisjoint(run)
    assert opposites_deeds.WORDS_MAY_AWAIT_NEEDS | opposites_deeds.WORDS_MAY_FAIL_NEEDS <= opposites._GLANCED_FIRST


def test_the_deed_rules_module_imports_on_its_own():
    # opposites_deeds reads its words from negation_words, not from opposites: it imports without it, and either
    # module may be imported first.
    root = Path(opposites.__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", "import sys; import reader.core.opposites_deeds as d; "
                           "print(len(d.DECIDING_ON), 'reader.core.opposites' in sys.modules)"],
                          cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1] == "False"


def test_a_contracted_negation_is_glanced_at():
    assert may_turn_round(["wasn’t"], ["was"])
    assert may_turn_round(["didn't", "win"], ["won"])


def test_runs_without_the_trigger_words_are_still_read_by_their_rules():
    a_all = "the settlement still needs the approval of judge murphy".split()
    b_all = "judge murphy approved the settlement".split()
    assert turns_the_claim_round(["still", "needs", "the", "approval", "of"], ["approved"], a_all, b_all)
    a_all = "organisers called off the festival".split()
    b_all = "organisers said the festival went ahead".split()
    assert turns_the_claim_round(["called", "off"], ["went", "ahead"], a_all, b_all)
    assert not turns_the_claim_round(["feli"], ["what"], "fees deadline feli happens".split(),
                                     "fees deadline what happens".split())
