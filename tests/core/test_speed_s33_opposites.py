"""The cheap glances that let the opposites rules skip a changed run must let through every run a rule reads."""

from reader.core import opposites, opposites_deeds
from reader.core.opposites import may_turn_round, turns_the_claim_round


def test_the_glanced_words_hold_those_of_the_deed_rules():
    # opposites cannot read opposites_deeds' names when it is made (that module imports it), so the words
    # are written out twice: they must stay the same.
    assert opposites_deeds._AWAITING_ALONE <= opposites._GLANCED_FIRST
    assert {opposites_deeds._UNABLE, opposites_deeds._STILL, "to"} <= opposites._GLANCED_FIRST


def test_the_deed_rules_module_imports_on_its_own():
    # opposites reads no name of opposites_deeds while it is made, so either module may be imported first.
    import subprocess
    import sys
    from pathlib import Path
    root = Path(opposites.__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", "import reader.core.opposites_deeds as d; print(len(d.DECIDING_ON))"],
                          cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


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
