"""Cold start to the first painted comparison of the sample story.

    .venv/bin/python tests/benchmarks/bench_ui_startup.py [--runs 5]

Each run is a fresh process: ``python -m reader --screenshot`` on the sample
story's default pair, which starts Python, imports Qt, builds the window,
compares on the worker thread, paints, and saves the PNG.  Reported: the wall
time of the whole process (an upper bound: it includes writing the PNG and
exiting) and the in-process time from ``main()`` to the grabbed first paint.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parallax-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARALLAX_REPORT_STARTUP="1",
               PARALLAX_DATA_DIR=str(work / "data"), PARALLAX_CONFIG_DIR=str(work / "config"))
    walls, paints = [], []
    for run in range(args.runs):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "reader", "--screenshot", str(work / f"{run}.png")],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        walls.append(time.perf_counter() - started)
        if result.returncode != 0:
            print(result.stderr)
            return 1
        found = re.search(r"first paint after ([\d.]+) s", result.stderr)
        if found:
            paints.append(float(found.group(1)))
    print(f"process wall time: median {statistics.median(walls):.3f} s "
          f"(runs: {', '.join(f'{w:.3f}' for w in walls)})")
    if paints:
        print(f"main() to first painted comparison: median {statistics.median(paints):.3f} s")
    return 0 if statistics.median(walls) < 1.5 else 3


if __name__ == "__main__":
    sys.exit(main())
