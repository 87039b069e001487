"""Appending many plain rows at once the fastest way the backend offers.

On PostgreSQL that is ``COPY ... FROM STDIN`` inside the caller's transaction (several times
faster than multi-row INSERTs for the tens of thousands of change-log entries of a merge);
SQLite's ``executemany`` of plain tuples is already near the file's speed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Table


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
