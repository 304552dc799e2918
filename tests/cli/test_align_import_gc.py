"""The CLI imports the engine with the cycle collector paused (its passes over the objects the import
builds cost ~30 ms of every run) and restores the collector as it found it."""

from __future__ import annotations

import gc

from reader.cli.align_command import _no_cycle_collection_while_importing


def test_the_collector_is_paused_while_importing_and_restored_after():
    assert gc.isenabled()
    with _no_cycle_collection_while_importing():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_already_paused_stays_paused():
    gc.disable()
    try:
        with _no_cycle_collection_while_importing():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
