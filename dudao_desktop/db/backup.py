"""Consistent copies of a live SQLite database with the backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from ..errors import QT_TRANSLATE_NOOP, DudaoError


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the database into ``target`` while it may be in use (SQLite backup API)."""
    if engine.dialect.name != "sqlite":
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Backups from this application need a SQLite database.")
        )
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
