"""Run every ``bench_*.py`` in its own process and print their lines.

Run: ``python bench/run_all.py [--quick] [names...]`` (``names`` pick benches by a part of
their file name, e.g. ``merge startup``). ``--quick`` is passed to the benches that have it.
Exit status: 0 when every bench is within budget, 1 otherwise (over budget or failed).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes where a bench has them")
    parser.add_argument("names", nargs="*", help="only benches whose file name contains one")
    options = parser.parse_args()
    benches = sorted(HERE.glob("bench_*.py"))
    if options.names:
        benches = [b for b in benches if any(n in b.name for n in options.names)]
    failed: list[str] = []
    for bench in benches:
        command = [sys.executable, str(bench)]
        if options.quick and "--quick" in bench.read_text(encoding="utf-8"):
            command.append("--quick")
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent)
        took = time.perf_counter() - start
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        for line in lines:
            print(line, flush=True)
        crashed = "Traceback (most recent call last)" in done.stderr
        if crashed or done.returncode not in (0, 1) or not lines:
            print(f"{bench.name}: FAILED (exit {done.returncode}, {took:.0f} s)", flush=True)
            for line in done.stderr.strip().splitlines()[-15:]:
                print(f"    {line}", flush=True)
        if done.returncode != 0:
            failed.append(bench.name)
    print(
        f"{len(benches) - len(failed)} of {len(benches)} benches within budget"
        + (f"; not: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
