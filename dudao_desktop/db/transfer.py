"""Moving an office database from its SQLite file to the database server.

Everything happens in one transaction on the server: the schema is made by the same Alembic
migrations, every table is copied (parents before children), and the copy is checked (the row
count of every table and a digest of the whole change log) before it commits; if anything
differs, the server database stays empty. The data directory (keys, evidence store) stays
where it is; the SQLite file is kept beside it under a name that says it moved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, insert, inspect, select, text
from sqlalchemy.engine import URL

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Base, ChangeLog
from ..progress import ProgressGenerator
from . import migrate
from .connection import store_url
from .engine import make_engine

BATCH = 2_000


class TransferMismatch(DudaoError):
    pass


def move_to_server(
    source: Engine, data_dir: Path, database_file: Path, url: URL
) -> ProgressGenerator[dict[str, int]]:
    """Copy the SQLite office database of ``source`` into the empty server database at
    ``url``; yields progress, returns the row count of every table."""
    target = make_engine(url)
    try:
        counts = yield from _copy_checked(source, target, url)
    finally:
        target.dispose()
    source.dispose()
    store_url(data_dir, url)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    database_file.rename(database_file.with_name(f"{database_file.stem}.moved-{stamp}.sqlite3"))
    for suffix in ("-wal", "-shm"):
        Path(f"{database_file}{suffix}").unlink(missing_ok=True)
    return counts


def _copy_checked(source: Engine, target: Engine, url: URL) -> ProgressGenerator[dict[str, int]]:
    tables = list(Base.metadata.sorted_tables)
    with source.connect() as reading, target.connect() as writing:
        # The source's first statement takes SQLite's write lock: nobody changes it meanwhile.
        counts = {
            t.name: reading.execute(select(func.count()).select_from(t)).scalar() for t in tables
        }
        total = sum(counts.values()) or 1
        with writing.begin():
            if inspect(writing).get_table_names():
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database {url} already holds tables; move the office database "
                        "only into a new, empty database.",
                    ),
                    url=url.render_as_string(hide_password=True),
                )
            migrate.upgrade_connection(writing)
            done = 0
            for table in tables:
                for rows in _batches(reading, table):
                    writing.execute(insert(table), rows)
                    done += len(rows)
                    yield done, total, table.name
                _restart_sequence(writing, table)
            _check(reading, writing, tables, counts)
        reading.rollback()
    return counts


def _batches(connection: Connection, table: Table) -> Iterator[list[dict]]:
    key = list(table.primary_key.columns)
    result = connection.execute(select(table).order_by(*key))
    parents = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if parents:  # a tree in one table (templates): parents before children
        yield _parents_first([dict(r) for r in result.mappings()], parents)
        return
    while chunk := result.mappings().fetchmany(BATCH):
        yield [dict(r) for r in chunk]


def _parents_first(rows: list[dict], parents: list[str]) -> list[dict]:
    pending = {r["id"]: r for r in rows}
    ordered: list[dict] = []
    while pending:
        ready = [r for r in pending.values() if all(r.get(p) not in pending for p in parents)]
        for row in ready or list(pending.values())[:1]:
            ordered.append(pending.pop(row["id"]))
    return ordered


def _restart_sequence(connection: Connection, table: Table) -> None:
    """Integer keys copied as they were: the server's counter continues after the highest."""
    for column in table.primary_key.columns:
        if column.autoincrement is True or (
            column.autoincrement == "auto" and column.type.python_type is int
        ):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE(MAX({column.name}), 1), MAX({column.name}) IS NOT NULL) "
                    f"FROM {table.name}"
                )
            )


def _count(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar() or 0


def change_log_digest(connection: Connection) -> str:
    """SHA-256 over every change-log entry in sequence order."""
    digest = hashlib.sha256()
    columns = list(ChangeLog.__table__.c)  # type: ignore[attr-defined]
    result = connection.execute(select(*columns).order_by(ChangeLog.seq))
    while chunk := result.fetchmany(BATCH):
        for row in chunk:
            digest.update(repr(tuple(row)).encode("utf-8"))
    return digest.hexdigest()


def _check(reading: Connection, writing: Connection, tables: list[Table], counts: dict) -> None:
    for table in tables:
        copied = writing.execute(select(func.count()).select_from(table)).scalar()
        if copied != counts[table.name]:
            raise TransferMismatch(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Table {table}: {copied} rows arrived of {count}; nothing was moved.",
                ),
                table=table.name,
                copied=copied,
                count=counts[table.name],
            )
    if change_log_digest(reading) != change_log_digest(writing):
        raise TransferMismatch(
            QT_TRANSLATE_NOOP(
                "Errors", "The change log arrived different from the original; nothing was moved."
            )
        )
