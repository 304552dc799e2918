"""Start-to-first-paint of the built bundle (issue #5 asks for a median under 0.5 s).

    python tests/benchmarks/bench_bundle_start.py [--runs 11] [--build] [--bundle PATH]

Each run starts ``dist/parallax/parallax --screenshot`` on two articles of the
sample story the way the acceptance check does: ``env -i``, offscreen, a fresh
HOME.  Three clocks per run:

* first paint   -- from spawning the process to the moment its "first paint after"
                   line arrives on stderr (the app prints it, when
                   PARALLAX_REPORT_STARTUP is set, right after the window has
                   been laid out, the comparison shown and the window grabbed).
                   Includes the PyInstaller bootloader and Python start-up.
* in-app        -- the app's own number: from reader.ui.app.main() to that paint.
* exit          -- from spawn until the process has written the PNG and exited.

The first run is a warm-up (page cache) and is not counted.  Not collected by
pytest (tests/benchmarks is in norecursedirs).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAINT_LINE = re.compile(rb"first paint after ([0-9.]+) s")


def one_run(exe: Path, articles: list[Path], home: Path, out: Path) -> dict[str, float | None]:
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PARALLAX_REPORT_STARTUP": "1"}
    command = [str(exe), "--screenshot", str(out), *map(str, articles)]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    first_paint = in_app = None
    for line in process.stderr:
        match = PAINT_LINE.search(line)
        if match and first_paint is None:
            first_paint = time.perf_counter() - start
            in_app = float(match.group(1))
    code = process.wait()
    exited = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"bench: {exe} exited with {code}")
    return {"first_paint": first_paint, "in_app": in_app, "exit": exited}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "parallax" / "parallax")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--build", action="store_true", help="run packaging/build.sh first")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("articles", nargs="*", type=Path)
    args = parser.parse_args(argv)

    if args.build:
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    if not os.access(args.bundle, os.X_OK):
        raise SystemExit(f"bench: no bundle at {args.bundle}; run bash packaging/build.sh")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    articles = args.articles or [seeds[0], seeds[2]]

    runs = []
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as scratch:
        scratch = Path(scratch)
        for index in range(args.runs + 1):
            home = scratch / f"home{index}"
            home.mkdir()
            result = one_run(args.bundle, articles, home, scratch / f"shot{index}.png")
            if index:  # run 0 warms the page cache
                runs.append(result)

    def median(key: str) -> float | None:
        values = [r[key] for r in runs if r[key] is not None]
        return statistics.median(values) if values else None

    summary = {key: median(key) for key in ("first_paint", "in_app", "exit")}
    if args.json:
        print(json.dumps({"runs": runs, "median": summary}, indent=2))
        return 0
    print(f"bundle: {args.bundle}")
    print(f"articles: {', '.join(a.name for a in articles)}; {len(runs)} runs after 1 warm-up")
    for key, label in (("first_paint", "start to first paint"), ("in_app", "  of which in the app"),
                       ("exit", "start to exit (PNG written)")):
        value = summary[key]
        spread = [r[key] for r in runs if r[key] is not None]
        text = f"{value:.3f} s (min {min(spread):.3f}, max {max(spread):.3f})" if spread else "n/a"
        print(f"{label:30s} median {text}")
    if summary["first_paint"] is None:
        print("(the app printed no first-paint line; 'start to exit' is the upper bound)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
