"""Run every ``bench_*.py`` in its own process and print their lines.

Run: ``python bench/run_all.py [--quick] [--list] [names...]`` (``names`` pick benches by a
part of their file name, e.g. ``merge startup``). Every ``bench_*.py`` of this folder is a
bench: a new one is run without being listed here. ``--quick`` is passed to the benches that
have it. Each bench runs in its own process with this tree first on the import path; its
lines (ratio, spread, min and median of each side, budget, verdict) are printed as they come,
then one summary line per bench. Exit status: 0 when every bench is within budget, 1
otherwise (over budget or failed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def discover(names: list[str]) -> list[Path]:
    """The benches of this folder, by file name, or those whose name contains one of
    ``names``."""
    benches = sorted(HERE.glob("bench_*.py"))
    if names:
        benches = [b for b in benches if any(n in b.name for n in names)]
    return benches


def environment() -> dict[str, str]:
    """This tree before any installed copy of the package, in the bench and its children."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes where a bench has them")
    parser.add_argument("--list", action="store_true", help="name the benches, run none")
    parser.add_argument("names", nargs="*", help="only benches whose file name contains one")
    options = parser.parse_args()
    benches = discover(options.names)
    if options.list:
        print("\n".join(b.name for b in benches))
        return 0
    env = environment()
    failed: list[str] = []
    summary: list[str] = []
    for bench in benches:
        command = [sys.executable, str(bench)]
        if options.quick and "--quick" in bench.read_text(encoding="utf-8"):
            command.append("--quick")
        print(f"== {bench.name}", flush=True)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
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
        state = {0: "within budget", 1: "OVER BUDGET"}.get(done.returncode, "FAILED")
        if crashed or not lines:
            state = "FAILED"
        summary.append(f"  {bench.name:<28} {state:<14} {took:6.0f} s")
    print("\n".join(["summary:", *summary]))
    print(
        f"{len(benches) - len(failed)} of {len(benches)} benches within budget"
        + (f"; not: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
