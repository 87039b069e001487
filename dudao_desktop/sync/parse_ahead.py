"""Reading the next packages' changes in a second process while this one merges.

Decoding and checking every change of a package (its JSON line, its value against its
column) is as much work as merging it. With a batch of packages, a worker process reads
package after package as soon as each is staged, while this process merges the ones
before: on a two-core laptop the reading no longer adds to the wait.

The worker writes a package's entries, in batches that end where a record ends, as pickled
plain tuples to a file beside its staged changes, with what it found checking them that
needs no database (only this installation's own worker
writes there, so reading it back trusts nothing from the package); the merge streams them
back, so memory stays flat however large the package. A refusal (a malformed line, a value
unfit for its column) comes back as its message and is raised here, as reading in-process
would raise it.

The worker is forked, so it starts at once with everything already imported. Where a
process can only be spawned (Windows, macOS) a worker would first import the application,
which a batch of packages seldom repays: there, as for a small batch, the changes are read
in this process when they are merged.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, NamedTuple

from .container import PackageRefused
from .entries import Entry, batches, read_entries
from .scope import Links, incoming_links
from .verify import Keys, unproven_keys

# Below this many bytes of changes in the batch so far, forking a worker is not repaid.
MIN_BYTES = 2 * 1024 * 1024
SUFFIX = ".entries"
ORPHAN_CHECK_S = 0.5


class Batch(NamedTuple):
    """Entries applied together (a record's entries never split), and what the merge
    checks of them that needs no database: the records of a natural key their entries do
    not prove (``verify.unproven_keys``) and the records they change with the links they
    set (``scope.incoming_links``)."""

    entries: list[Entry]
    unproven: Keys
    links: Links


def read_batches(changes: Path, file: str) -> Iterator[Batch]:
    for entries in batches(read_entries(changes, file)):
        yield Batch(entries, unproven_keys(entries), incoming_links(entries))


def can_fork() -> bool:
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


class ParseAhead:
    """The entries of staged packages, read ahead in a worker where that pays."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, str]] = []
        self._bytes = 0
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[int, Future[tuple[str, dict[str, Any]] | None]] = {}

    def add(self, changes: Path, file: str) -> int:
        """Queue a staged package's changes; returns its number for ``batches``."""
        self._staged.append((changes, file))
        self._bytes += changes.stat().st_size
        if self._pool is None and self._bytes >= MIN_BYTES and can_fork():
            self._pool = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        if self._pool is not None:
            for index in range(len(self._staged)):
                if index not in self._futures:
                    path, name = self._staged[index]
                    self._futures[index] = self._pool.submit(_read, str(path), name)
        return len(self._staged) - 1

    def batches(self, index: int) -> Iterator[Batch]:
        """The package's entries in batches; raises ``PackageRefused`` as reading does."""
        changes, file = self._staged[index]
        future = self._futures.get(index)
        try:
            refusal = future.result() if future is not None else None
        except BrokenProcessPool:  # the worker died (out of memory, killed): read here
            future = None
        if future is None:
            yield from read_batches(changes, file)
            return
        if refusal is not None:
            template, params = refusal
            raise PackageRefused(template, **params)
        with changes.with_suffix(SUFFIX).open("rb") as handle:
            while True:
                try:
                    rows, unproven, links = pickle.load(handle)
                except EOFError:
                    return
                yield Batch([Entry._make(row) for row in rows], unproven, links)

    def close(self) -> None:
        """Stop the worker (before its staging folders are removed)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _start_worker(parent: int) -> None:
    # The objects the worker inherits are never collected there (nor touched, so their
    # pages stay shared with this process).
    gc.freeze()
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    """A worker whose importing process was killed (it is handed to another parent) ends
    too, instead of waiting for work forever."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(1)


def _read(changes: str, file: str) -> tuple[str, dict[str, Any]] | None:
    """In the worker: the package's entries written beside its changes; a refusal is
    returned as its message template and values."""
    shared: dict[str, str] = {}  # one object per repeated text: pickled once, kept shared
    same = shared.setdefault
    try:
        with Path(changes).with_suffix(SUFFIX).open("wb") as handle:
            for batch, unproven, links in read_batches(Path(changes), file):
                rows = [
                    (same(e.table, e.table), e.row_id, same(e.field, e.field), e.value,
                     same(e.hlc, e.hlc), same(e.origin, e.origin), same(e.base, e.base),
                     same(e.user, e.user), e.data)
                    for e in batch
                ]  # fmt: skip
                pickle.dump((rows, unproven, links), handle, protocol=pickle.HIGHEST_PROTOCOL)
    except PackageRefused as refused:
        return refused.template, refused.params
    return None
