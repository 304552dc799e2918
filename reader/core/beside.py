"""Run one part of a big comparison in a second process, beside the first.

A comparison of two 100,000-word documents spends most of its time in three
pairs of independent loops: reading A and reading B (sentences, kinds, words,
numbers), proposing and scoring partners from A's side and from B's, and explaining each
link (word diff, number ledger, relation).  On a machine with two cores a
forked child can do one half of each while the parent does the other.  A forked
child starts with a copy of everything the parent has computed, so nothing is
sent to it; only its result comes back, pickled through a pipe (the links of
half a 100,000-word comparison: ~0.6 MB, a few hundredths of a second each
way; B's sentence spans and packed words: ~2.6 MB, 0.15 s with packing and unpacking).

Only the command line asks for this.  The window compares in a worker thread,
and forking a process that runs other threads is unsafe (a lock held by
another thread stays locked in the child); where ``os.fork`` does not exist
(Windows) the task simply runs in this process.  macOS has ``os.fork`` and uses
it: the command line loads no Qt and runs no other thread, which is what makes a
fork safe there.  If the child fails for any reason (its task raises, it is
killed, its result comes back cut short), the parent does the task itself: the
result is the same either way.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

CAN_FORK = hasattr(os, "fork")  # not on Windows


def run_beside(task: Callable[[], T], *, fork: bool) -> Callable[[], T]:
    """Start ``task`` in a forked child process (when ``fork`` and the system can);
    returns a function that waits for the child and returns what ``task`` returned.
    Without a child, the task runs when its result is asked for."""
    if not fork or not CAN_FORK:
        return task
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return task  # out of file descriptors: one process it is
    try:
        pid = os.fork()
    except OSError:  # out of processes or memory
        os.close(read_end)
        os.close(write_end)
        return task
    if pid == 0:  # the child: do the task, send the result, leave without running any exit handler
        os.close(read_end)
        sent = False
        try:
            payload = pickle.dumps(task(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            sent = True
        except BaseException:  # whatever went wrong, the parent redoes the task
            pass
        finally:
            os._exit(0 if sent else 1)
    os.close(write_end)

    def result() -> T:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
        # Only a child that wrote all of its result and left cleanly is believed: one killed while
        # writing (out of memory, a signal) leaves a payload cut short.
        if payload and os.waitstatus_to_exitcode(status) == 0:
            try:
                return pickle.loads(payload)
            except Exception:  # a payload that cannot be read: the parent does the task
                pass
        return task()

    return result
