"""Helpers for benches: time a piece of work and its floor in the same run, print the ratio.

A bench never asserts: it prints ``name: 1.12x floor (work 3.40 s, floor 3.04 s, budget
< 1.3x) OK`` and exits 0, or 1 when the ratio is over budget, so CI logs show regressions
without flaky timing assertions in the tests.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def best_time(work: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs (seconds), with garbage collection settled first."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def compare(
    name: str, work: Callable[[], Any], floor: Callable[[], Any], budget: float, repeat: int = 3
) -> int:
    """Time ``floor`` and ``work`` alternately; print the ratio; return an exit code."""
    floor_time = best_time(floor, 1)  # warm caches and imports for both
    work_time = best_time(work, 1)
    for _ in range(repeat - 1):
        floor_time = min(floor_time, best_time(floor, 1))
        work_time = min(work_time, best_time(work, 1))
    ratio = work_time / floor_time
    verdict = "OK" if ratio < budget else "OVER BUDGET"
    print(
        f"{name}: {ratio:.2f}x floor (work {work_time:.2f} s, floor {floor_time:.2f} s, "
        f"budget < {budget}x) {verdict}"
    )
    return 0 if ratio < budget else 1
