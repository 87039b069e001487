"""Engine and session factory: SQLite with the pragmas a laptop on battery needs, or the
office's PostgreSQL server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ChangeLog, Installation
from . import changes, concurrency
from .checkpoint import Checkpoints
from .clock import HybridClock

NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Errors", "This database has no installation identity yet; run 'dudao init' first."
)

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def make_engine(url: str | URL) -> Engine:
    if make_url(url).get_backend_name() == "postgresql":
        # pre_ping: a clerk's window survives a restart of the office server.
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": 10,
                "application_name": "dudao-desktop",
                # A writer waits this long for its turn, then says the database is busy.
                "options": f"-c lock_timeout={concurrency.WAIT_FOR_TURN_MS}",
            },
        )
    engine = create_engine(url)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    # SQLAlchemy's documented pysqlite recipe: let SQLAlchemy emit BEGIN itself, and make it
    # BEGIN IMMEDIATE so a writer holds the lock from the start and a failure rolls back whole.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    # SQLite plans with statistics only once ANALYZE has run; without them a filtered ledger
    # view may walk a whole index (a unit's problems: 1 s instead of 15 ms at 100,000 rows).
    # "PRAGMA optimize" before a connection closes analyzes the tables its queries needed,
    # as SQLite recommends; a connection that cannot (read-only, busy) just closes.
    @event.listens_for(engine, "close")
    def _on_close(dbapi_connection, _record):
        with suppress(sqlite3.Error):
            dbapi_connection.execute("PRAGMA optimize")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Database:
    """The open database: engine, session factory, and this installation's clock.

    Services receive a ``Database`` and open one short session per operation.
    """

    def __init__(self, engine: Engine, data_dir: Path | None = None) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.Session = sessionmaker(engine, expire_on_commit=False, info={"database": self})
        file = engine.url.database if engine.dialect.name == "sqlite" else None
        self.checkpoints = Checkpoints(Path(file) if file and file != ":memory:" else None)
        changes.install(self.Session.class_)
        concurrency.install(self.Session.class_)
        self.installation_id = ""
        self.user_name = ""
        self.role = ""
        self.clock = HybridClock("-")
        self.load_identity()

    def load_identity(self) -> None:
        with self.Session() as s:
            identity = s.execute(select(Installation)).scalars().first()
            last = s.execute(select(func.max(ChangeLog.hlc))).scalar() or ""
        if identity is None:
            return
        self.installation_id = identity.id
        self.user_name = identity.user_name
        self.role = identity.role
        self.clock = HybridClock(identity.id, last or identity.last_hlc)
        if self.is_server:
            # Each clerk signs in to the server as himself: the log names the login.
            self.user_name = self.engine.url.username or self.user_name

    @property
    def location(self) -> str:
        """Where the data is, for people: the SQLite file, or the server address."""
        if self.is_server:
            return self.engine.url.render_as_string(hide_password=True)
        return str(self.engine.url.database or "")

    @property
    def is_server(self) -> bool:
        """True for the office's PostgreSQL server, False for a SQLite file."""
        return self.engine.dialect.name != "sqlite"

    @property
    def has_identity(self) -> bool:
        return bool(self.installation_id)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        Units of work take turns (``concurrency``); a record saved meanwhile by someone else
        (its version moved on) is refused with ``RecordChanged``."""
        if not self.has_identity:
            raise DudaoError(NO_IDENTITY)
        try:
            with self.Session() as s, s.begin():
                concurrency.writes(s)
                yield s
        except StaleDataError as error:
            raise concurrency.RecordChanged(concurrency.RECORD_CHANGED) from error
        except OperationalError as error:
            if not concurrency.is_busy(error):
                raise
            raise DudaoError(concurrency.BUSY) from error

    @property
    def evidence_dir(self) -> Path:
        if self.data_dir is None:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This database has no data directory for evidence files."
                )
            )
        return self.data_dir / "evidence"

    def dispose(self) -> None:
        self.checkpoints.wait()
        self.engine.dispose()
