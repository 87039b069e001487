"""The database's own soundness, as ``verify`` checks it first on either backend.

SQLite: the integrity (or quick) check and the foreign-key check. PostgreSQL keeps its files
sound itself; what can still go wrong is what a restore or a hand edit leaves behind:
foreign keys or indexes not valid, and counters behind the keys already used.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Engine, Table, text

from ..model import Base


def structure_findings(engine: Engine, full: bool = True) -> list[str]:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            return _sqlite(connection, full)
        return _postgresql(connection)


def _sqlite(connection: Connection, full: bool) -> list[str]:
    pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
    rows = [r[0] for r in connection.execute(text(pragma))]
    findings = [] if rows == ["ok"] else [f"Database structure: {r}" for r in rows[:20]]
    for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
        findings.append(f"Table {table} row {rowid} points to a missing {parent} record.")
    return findings


def _postgresql(connection: Connection) -> list[str]:
    findings = [
        f"Table {table}: the rule {name} is not in force (its rows were never checked)."
        for table, name in connection.execute(
            text(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
            )
        )
    ]
    findings += [
        f"Index {name} is damaged or unfinished; rebuild it (REINDEX INDEX {name})."
        for (name,) in connection.execute(
            text(
                "SELECT indexrelid::regclass::text FROM pg_index i JOIN pg_class c "
                "ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace "
                "AND NOT (i.indisvalid AND i.indisready)"
            )
        )
    ]
    for table in Base.metadata.sorted_tables:
        for column in counter_columns(table):
            behind = connection.execute(
                text(
                    f"SELECT MAX({column.name}) > (SELECT last_value FROM "
                    f"{_sequence(connection, table.name, column.name)}) FROM {table.name}"
                )
            ).scalar()
            if behind:
                findings.append(
                    f"Table {table.name}: the counter of {column.name} is behind the keys in "
                    "use; new rows would fail."
                )
    return findings


def counter_columns(table: Table) -> list[Column]:
    """The integer keys the database numbers itself (a sequence on PostgreSQL)."""
    return [
        c
        for c in table.primary_key.columns
        if c.autoincrement is True or (c.autoincrement == "auto" and c.type.python_type is int)
    ]


def _sequence(connection: Connection, table: str, column: str) -> str:
    return connection.execute(
        text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table, "c": column}
    ).scalar()
