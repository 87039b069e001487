"""Long work as generators that yield ``(done, total, message)`` and return a result.

The GUI runs such a generator in a worker and shows a cancellable progress dialog; the CLI
and tests simply run it to the end. Cancelling means closing the generator: the work stops at
its next ``yield`` and its ``finally``/transaction cleanup runs.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

T = TypeVar("T")
Progress = tuple[int, int, str]
ProgressGenerator = Generator[Progress, None, T]


def run_to_end(
    work: Generator[Progress, Any, T], on_progress: Callable[[int, int, str], Any] | None = None
) -> T:
    """Drive ``work`` to completion and return its result."""
    while True:
        try:
            done, total, message = next(work)
        except StopIteration as stop:
            return stop.value
        if on_progress:
            on_progress(done, total, message)
