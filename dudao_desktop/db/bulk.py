"""Writing many plain rows at once the fastest way the backend offers.

On PostgreSQL appending is ``COPY ... FROM STDIN`` inside the caller's transaction (several
times faster than multi-row INSERTs for the tens of thousands of change-log entries of a
merge); SQLite's ``executemany`` of plain tuples is already near the file's speed, once
SQLAlchemy's generic per-row parameter handling is out of the way (``execute_many``).
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

CHUNK = 2000
# SQLite's page cache for one long write such as a merge (KiB; the default is 2 MB): the
# change log's index pages it reads and writes again stay in memory.
BULK_CACHE_KIB = 64 * 1024


@contextmanager
def sqlite_pragma(session: Session, name: str, value: int) -> Iterator[None]:
    """``PRAGMA name=value`` on the session's SQLite connection while the block runs, its
    former value back afterwards; nothing on a server."""
    dbapi = session.connection().connection.dbapi_connection
    if not isinstance(dbapi, sqlite3.Connection):
        yield
        return
    (old,) = dbapi.execute(f"PRAGMA {name}").fetchone()
    dbapi.execute(f"PRAGMA {name}={value}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # on the raw connection: the block may end the transaction
            dbapi.execute(f"PRAGMA {name}={int(old)}")


def bulk_cache(session: Session) -> AbstractContextManager[None]:
    """A large page cache on the session's connection while the block runs (SQLite only:
    a server keeps its own cache)."""
    return sqlite_pragma(session, "cache_size", -BULK_CACHE_KIB)


def copy_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence]
) -> bool:
    """Append ``rows`` (values in ``columns`` order) with COPY; False when the backend has
    no COPY (the caller inserts them itself)."""
    if connection.dialect.name != "postgresql":
        return False
    driver = connection.connection.driver_connection
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row)
    return True


def execute_many(
    connection: Connection, statement: Executable, keys: Sequence[str], rows: list[Sequence[Any]]
) -> None:
    """Run ``statement`` once per row, ``rows`` holding the values of the bind parameters
    named ``keys`` in that order (typed parameters: their types convert the values).

    The statement is compiled once; with a positional driver (SQLite) the rows go to its
    ``executemany`` as tuples, each value through its type's bind processor only where the
    type has one, which is several times cheaper than SQLAlchemy's per-row handling.
    """
    if not rows:
        return
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))  # type: ignore[attr-defined]
    if not compiled.positional or set(compiled.positiontup or ()) - set(keys):
        for start in range(0, len(rows), CHUNK):
            part = rows[start : start + CHUNK]
            connection.execute(statement, [dict(zip(keys, row, strict=True)) for row in part])
        return
    order = [keys.index(name) for name in compiled.positiontup or ()]
    processors = [
        compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        for name in compiled.positiontup or ()
    ]
    pick = operator.itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    if any(processors):
        convert = [(i, p) for i, p in enumerate(processors) if p is not None]

        def prepared(row: Sequence[Any]) -> tuple[Any, ...]:
            values = list(pick(row))
            for i, process in convert:
                values[i] = process(values[i])
            return tuple(values)

    else:
        prepared = pick  # type: ignore[assignment]
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        connection.exec_driver_sql(sql, [prepared(row) for row in rows[start : start + CHUNK]])
