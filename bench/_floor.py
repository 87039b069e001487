"""Helpers for benches: time a piece of work and its floor in the same run, print the ratio.

Work and floor run as pairs, and the side that goes first alternates from pair to pair, so a
slow spell of the machine (the other core busy, a cache flushed) weighs on both alike. Each
pair gives a ratio; the verdict is on the median ratio of at least five pairs, and the line
shows the min and median times of each side and the spread (lowest and highest ratio), for
example::

    xlsx export, 100,000 rows: 1.15x floor (median of 5 pairs, spread 1.09-1.22x; work min
    26.9 s median 28.1 s, floor min 23.8 s median 24.4 s; budget < 1.3x) OK

A bench never asserts: it exits 0 within budget and 1 over it, so CI logs show regressions
without flaky timing assertions in the tests.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MIN_PAIRS = 5


def timed(work: Callable[[], Any]) -> float:
    """Seconds one call of ``work`` takes, with garbage collection settled first."""
    gc.collect()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def best_time(work: Callable[[], Any], repeat: int = MIN_PAIRS) -> float:
    """The fastest of ``repeat`` runs (seconds): for budgets in absolute time."""
    return min(timed(work) for _ in range(repeat))


@dataclass(frozen=True)
class Paired:
    """Times of paired runs of a work and its floor."""

    work: list[float]
    floor: list[float]

    @property
    def ratios(self) -> list[float]:
        return [w / f for w, f in zip(self.work, self.floor, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def describe(self, unit: str = "s") -> str:
        ratios = self.ratios
        return (
            f"median of {len(ratios)} pairs, spread {min(ratios):.2f}-{max(ratios):.2f}x; "
            f"work min {min(self.work):.3g} {unit} median {statistics.median(self.work):.3g} "
            f"{unit}, floor min {min(self.floor):.3g} {unit} median "
            f"{statistics.median(self.floor):.3g} {unit}"
        )


def pair_runs(
    work: Callable[[], float], floor: Callable[[], float], pairs: int = MIN_PAIRS
) -> Paired:
    """Run ``pairs`` pairs of measurements (each callable returns its own figure), alternating
    which side goes first; one unmeasured run of each side warms caches and imports first."""
    work()
    floor()
    work_figures: list[float] = []
    floor_figures: list[float] = []
    for index in range(max(pairs, MIN_PAIRS)):
        if index % 2:
            work_figures.append(work())
            floor_figures.append(floor())
        else:
            floor_figures.append(floor())
            work_figures.append(work())
    return Paired(work_figures, floor_figures)


def verdict(name: str, paired: Paired, budget: float, unit: str = "s") -> int:
    """Print the bench line for ``paired`` against ``budget``; return the exit code."""
    ratio = paired.ratio
    within = ratio < budget
    print(
        f"{name}: {ratio:.2f}x floor ({paired.describe(unit)}; budget < {budget}x) "
        + ("OK" if within else "OVER BUDGET"),
        flush=True,
    )
    return 0 if within else 1


def time_verdict(name: str, paired: Paired, budget_s: float) -> int:
    """Print the bench line for a budget in absolute time (the median of the work's times,
    their spread, and the floor for reference); return the exit code."""
    work = statistics.median(paired.work)
    within = work < budget_s
    print(
        f"{name}: {work * 1000:.0f} ms median of {len(paired.work)} (spread "
        f"{min(paired.work) * 1000:.0f}-{max(paired.work) * 1000:.0f} ms; floor median "
        f"{statistics.median(paired.floor) * 1000:.1f} ms, {paired.ratio:.0f}x; budget < "
        f"{budget_s * 1000:.0f} ms) " + ("OK" if within else "OVER BUDGET"),
        flush=True,
    )
    return 0 if within else 1


def memory_verdict(name: str, paired: Paired, budget_mb: float) -> int:
    """Print the bench line for a budget in peak memory (the median of the work's peaks,
    the ratio to the floor's and their spread); return the exit code."""
    peak = statistics.median(paired.work)
    within = peak < budget_mb
    print(
        f"{name}: peak RSS {peak:.0f} MB ({paired.ratio:.2f}x floor; {paired.describe('MB')}; "
        f"budget < {budget_mb} MB) " + ("OK" if within else "OVER BUDGET"),
        flush=True,
    )
    return 0 if within else 1


def compare(
    name: str,
    work: Callable[[], Any],
    floor: Callable[[], Any],
    budget: float,
    repeat: int = MIN_PAIRS,
) -> int:
    """Time ``work`` and ``floor`` in alternating pairs; print the median ratio; exit code."""
    paired = pair_runs(lambda: timed(work), lambda: timed(floor), repeat)
    return verdict(name, paired, budget)
