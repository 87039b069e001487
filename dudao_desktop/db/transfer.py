"""Filling an empty server database: from the office's SQLite file, or from a backup.

Everything happens in one transaction on the server: the schema is made by the same Alembic
migrations, every table is copied (parents before children), and the copy is checked (the row
count of every table and a digest of the whole change log) before it commits; if anything
differs, the server database stays empty. The data directory (keys, evidence store) stays
where it is; the SQLite file is kept beside it under a name that says it moved.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    LargeBinary,
    Table,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import URL

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Base, ChangeLog
from ..progress import ProgressGenerator
from . import migrate
from .backup import LOGICAL_FORMAT, libpq_target
from .connection import store_url
from .engine import make_engine
from .health import counter_columns

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
        analyze(target)
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
    with source.connect() as reading:
        # The source's first statement takes SQLite's write lock: nobody changes it meanwhile.
        counts = {t.name: _count(reading, t) for t in Base.metadata.sorted_tables}
        log = change_log_digest(reading)
        yield from fill_empty(target, url, lambda table: _batches(reading, table), counts, log)
        reading.rollback()
    return counts


def fill_empty(
    target: Engine,
    url: URL,
    batches: Callable[[Table], Iterable[list[dict[str, Any]]]],
    counts: dict[str, int],
    log_digest: str,
) -> ProgressGenerator[None]:
    """In one transaction: make the schema in the empty database at ``url`` with the
    migrations, insert every table's ``batches`` (parents before children), and commit only
    if the row counts are ``counts`` and the change log digests to ``log_digest``."""
    total = sum(counts.values()) or 1
    with target.connect() as writing, writing.begin():
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
        for table in Base.metadata.sorted_tables:
            for rows in batches(table):
                writing.execute(insert(table), rows)
                done += len(rows)
                yield done, total, table.name
            _restart_sequence(writing, table)
        _check(writing, counts, log_digest)


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
    for column in counter_columns(table):
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                f"COALESCE(MAX({column.name}), 1), MAX({column.name}) IS NOT NULL) "
                f"FROM {table.name}"
            )
        )


def analyze(engine: Engine) -> None:
    """After a bulk fill: the planner's statistics, and the visibility map that lets counts
    and sorted pages come from the indexes alone (the ledger views rely on both)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def _count(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar() or 0


def change_log_digest(connection: Connection) -> str:
    """SHA-256 over every change-log entry in sequence order."""
    columns = list(ChangeLog.__table__.c)  # type: ignore[attr-defined]
    result = connection.execute(select(*columns).order_by(ChangeLog.seq))
    return digest_rows(
        tuple(row) for chunk in iter(lambda: result.fetchmany(BATCH), []) for row in chunk
    )


def digest_rows(rows: Iterable[tuple]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def restore_to_server(backup: Path, url: URL) -> ProgressGenerator[dict[str, int]]:
    """Fill the empty server database at ``url`` from a backup: a ``pg_dump`` archive (with
    ``pg_restore``) or a logical dump (checked like a move). Returns the row counts."""
    target = make_engine(url)
    try:
        if zipfile.is_zipfile(backup):
            counts = yield from _restore_logical(backup, target, url)
        else:
            counts = _pg_restore(backup, target, url)
        analyze(target)
    finally:
        target.dispose()
    return counts


def _restore_logical(backup: Path, target: Engine, url: URL) -> ProgressGenerator[dict[str, int]]:
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != LOGICAL_FORMAT:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a dudao-desktop backup."),
                file=str(backup),
            )
        if manifest.get("schema_revision") != migrate.head_revision():
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} was written with schema {revision}; restore it with the version of "
                    "dudao-desktop that made it.",
                ),
                file=str(backup),
                revision=str(manifest.get("schema_revision")),
            )
        counts: dict[str, int] = manifest["counts"]
        log_rows = (
            tuple(r.values()) for batch in _dumped(archive, ChangeLog.__table__) for r in batch
        )  # type: ignore[arg-type]
        log = digest_rows(log_rows)
        yield from fill_empty(target, url, lambda table: _dumped(archive, table), counts, log)
    return counts


def _dumped(archive: zipfile.ZipFile, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The rows of ``table`` from a logical dump, with their column types restored."""
    kinds = {c.name: c.type for c in table.c}
    rows: list[dict[str, Any]] = []
    with archive.open(f"tables/{table.name}.jsonl") as member:
        for line in member:
            raw = json.loads(line)
            rows.append({k: _typed(kinds[k], v) for k, v in raw.items()})
            if len(rows) == BATCH:
                yield rows
                rows = []
    if rows:
        yield rows


def _typed(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value["base64"])
    return value


def _pg_restore(backup: Path, target: Engine, url: URL) -> dict[str, int]:
    with target.connect() as connection:
        if inspect(connection).get_table_names():
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {url} already holds tables; restore into a new, empty database.",
                ),
                url=url.render_as_string(hide_password=True),
            )
    address, env = libpq_target(url)
    result = subprocess.run(
        [
            "pg_restore",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={address}",
            str(backup),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode != 0:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} could not be restored ({error}); nothing was changed."
            ),
            file=str(backup),
            error=(result.stderr.strip().splitlines() or ["pg_restore failed"])[-1],
        )
    with target.connect() as connection:
        return {t.name: _count(connection, t) for t in Base.metadata.sorted_tables}


def _check(writing: Connection, counts: dict[str, int], log_digest: str) -> None:
    for table in Base.metadata.sorted_tables:
        copied = _count(writing, table)
        if copied != counts.get(table.name, 0):
            raise TransferMismatch(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Table {table}: {copied} rows arrived of {count}; nothing was moved.",
                ),
                table=table.name,
                copied=copied,
                count=counts.get(table.name, 0),
            )
    if change_log_digest(writing) != log_digest:
        raise TransferMismatch(
            QT_TRANSLATE_NOOP(
                "Errors", "The change log arrived different from the original; nothing was moved."
            )
        )
