"""Consistent copies of a live database: SQLite's backup API, or for the office's server
``pg_dump`` when it is installed (else a logical dump of every table)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, select
from sqlalchemy.engine import URL

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Base

LOGICAL_FORMAT = "dudao-logical-dump/1"


def backup_database(engine: Engine, target: Path) -> Path:
    """A consistent copy of the database of ``engine`` in ``target`` (a new file)."""
    if engine.dialect.name == "sqlite":
        return backup_sqlite(engine, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if shutil.which("pg_dump") and _pg_dump(engine, target):
        return target
    return logical_dump(engine, target)


def libpq_target(url: URL) -> tuple[str, dict[str, str]]:
    """The address and environment for PostgreSQL's own tools (``pg_dump``, ``pg_restore``):
    a libpq URI without the password, which goes in ``PGPASSWORD``."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    address = url.set(drivername="postgresql")._replace(password=None)
    return address.render_as_string(hide_password=False), env


def _pg_dump(engine: Engine, target: Path) -> bool:
    """``pg_dump`` in its custom format (restore with ``pg_restore``); False if it failed
    (e.g. a client older than the server), so the logical dump is made instead."""
    address, env = libpq_target(engine.url)
    partial = target.with_name(target.name + ".partial")
    result = subprocess.run(
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            f"--file={partial}",
            f"--dbname={address}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def logical_dump(engine: Engine, target: Path) -> Path:
    """Every table as JSON lines in a ZIP, read in one repeatable-read snapshot."""
    partial = target.with_name(target.name + ".partial")
    snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    archive = zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED)
    with snapshot as connection, connection.begin(), archive:
        tables = Base.metadata.sorted_tables
        counts = {t.name: _dump_table(connection, t, archive) for t in tables}
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        manifest = {"format": LOGICAL_FORMAT, "schema_revision": revision, "counts": counts}
        archive.writestr("manifest.json", json.dumps(manifest, indent=1))
    partial.replace(target)
    return target


def _dump_table(connection: Connection, table: Table, archive: zipfile.ZipFile) -> int:
    count = 0
    with archive.open(f"tables/{table.name}.jsonl", "w") as member:
        result = connection.execute(select(table).order_by(*table.primary_key)).mappings()
        while chunk := result.fetchmany(2_000):
            for row in chunk:
                line = json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False)
                member.write(line.encode("utf-8") + b"\n")
            count += len(chunk)
    return count


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the database into ``target`` while it may be in use (SQLite backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    return target


def restore_sqlite(source: Path, target: Path) -> None:
    """Replace ``target`` with a backup copy, after checking that it is a sound database."""
    try:
        check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
            check.execute("SELECT id FROM installation").fetchone()
        finally:
            check.close()
    except sqlite3.DatabaseError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a dudao-desktop database ({error})."),
            file=str(source),
            error=str(error),
        ) from error
    if result != "ok":
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({result}); choose another backup."),
            file=str(source),
            result=result,
        )
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source_db.backup(destination)
        finally:
            destination.close()
    finally:
        source_db.close()
