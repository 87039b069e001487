"""Long work as generators that yield ``(done, total, message)`` and return a result.

The GUI runs such a generator in a worker and shows a cancellable progress dialog; the CLI
and tests simply run it to the end. Cancelling means closing the generator: the work stops at
its next ``yield`` and its ``finally``/transaction cleanup runs.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Generator
from pathlib import Path
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


def publish_when_done(
    write: Callable[[Path], Any], target: Path, message: str = ""
) -> ProgressGenerator[Path]:
    """Progress wrapper for a writer that cannot stop half-way (a reportlab or openpyxl
    document; ``write`` may also return a progress generator, whose steps are passed on):
    it writes a hidden sibling of ``target`` and renames it into place only if the
    work was not cancelled meanwhile, so a cancelled task leaves no file, whole or partial."""
    target = Path(target)
    partial = target.with_name(f".{target.stem}.partial{target.suffix}")
    yield 0, 1, message
    try:
        result = write(partial)
        if inspect.isgenerator(result):  # a progress generator of its own
            yield from result
        yield 1, 1, message  # closing the generator here (cancel) discards the document
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
