"""Running a command as a user whom file permissions stop (importable as ``unprivileged``, as
``written_files`` is): the permission tests of the store and of document loading use it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def unprivileged() -> list[str]:
    """How to run a command as a user whom file permissions stop: as is, or (as root) as nobody."""
    if os.name != "posix":
        pytest.skip("needs POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and setpriv is not there to drop to an unprivileged user")
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import reader"], cwd=ROOT, capture_output=True, check=False)
    if probe.returncode:
        pytest.skip("the unprivileged user cannot run this checkout's Python")
    return prefix
