"""Several writers on one database: one writer at a time on the change-log path.

On SQLite every transaction starts with ``BEGIN IMMEDIATE`` (see ``engine``), which already
makes writers take turns. On PostgreSQL a writing transaction takes a transaction-level
advisory lock first, so the change log, the merge and the clock see exactly what the writer
before them committed; readers are never blocked. Holding the lock, the writer moves its
clock past the newest stamp in the log, so stamps stay strictly increasing even when several
clerks' processes (which share the office's installation id) write at the same moment.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ChangeLog

# An arbitrary fixed 64-bit key naming "the change log" among advisory locks.
WRITE_LOCK_KEY = 0x64756461_6F2D6C6F
_LOCKED = "holds_write_lock"
_WRITER = "unit_of_work"


class RecordChanged(DudaoError):
    """Someone else saved the record after it was opened here."""


RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else saved this record after you opened it; nothing of yours was saved. "
    "Refresh (F5) to see their version, then make your change again.",
)


WAIT_FOR_TURN_MS = 60_000
BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "The office database stayed busy with another clerk's work for a minute; nothing of yours "
    "was saved. Try again in a moment.",
)


def is_busy(error: OperationalError) -> bool:
    """True when a writer waited too long for its turn (either backend)."""
    return getattr(error.orig, "sqlstate", None) == "55P03" or "database is locked" in str(
        error.orig
    )


def lock_for_writing(session: Session) -> None:
    """Become the one writer of this database until the session's transaction ends."""
    if not session.info.get(_LOCKED):
        _take_turn(session, session.connection())


def writes(session: Session) -> None:
    """Mark ``session`` as a unit of work: it takes its turn when it first touches the
    database (as SQLite's ``BEGIN IMMEDIATE`` does), not before."""
    session.info[_WRITER] = True


def _take_turn(session: Session, connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
    session.info[_LOCKED] = True
    database = session.info.get("database")
    if database is not None and database.has_identity:
        newest = connection.execute(select(func.max(ChangeLog.hlc))).scalar()
        if newest:
            database.clock.resume(newest)


def _on_begin(session: Session, transaction: Any, connection: Connection) -> None:
    if session.info.get(_WRITER) and not session.info.get(_LOCKED):
        _take_turn(session, connection)


def _release(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the outermost transaction ended: the lock went with it
        session.info.pop(_LOCKED, None)


def install(session_class: type[Session]) -> None:
    event.listen(session_class, "after_begin", _on_begin)
    event.listen(session_class, "after_transaction_end", _release)
