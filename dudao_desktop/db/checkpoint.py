"""Keeping the WAL checkpoint of a large commit off the user's wait.

A SQLite commit that leaves more than a thousand pages in the write-ahead log copies them
into the database file and syncs it before the commit returns (the automatic checkpoint):
for a merge of tens of thousands of changes that is most of the commit's time. The commit
itself is durable once the log is synced, so a large writer commits without it and the
checkpoint runs on a thread of its own, on its own connection, while the user goes on;
closing the database waits for it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy.orm import Session

from .bulk import sqlite_pragma


class Checkpoints:
    """Background checkpoints of one SQLite file (nothing to do for a server)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._thread: threading.Thread | None = None

    @contextmanager
    def deferred(self, session: Session) -> Iterator[None]:
        """The session's commit within this block leaves the checkpoint to a background
        thread, started once the commit succeeded."""
        if self.path is None:
            yield
            return
        with sqlite_pragma(session, "wal_autocheckpoint", 0):
            yield
        self.start()

    def start(self) -> None:
        self.wait()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # PASSIVE: copies what no reader still needs and never blocks readers or writers;
        # what it leaves, the next automatic checkpoint takes.
        with suppress(sqlite3.Error):
            connection = sqlite3.connect(str(self.path), timeout=10)
            try:
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                connection.close()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
