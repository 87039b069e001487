"""Opening the installation's database: create, upgrade or refuse."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import OperationalError

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..paths import database_path
from . import migrate
from .engine import Database, make_engine, sqlite_url


def open_database(data_dir: Path, *, create: bool = False, url: str | None = None) -> Database:
    """Open the database in ``data_dir`` (or at a SQLAlchemy ``url``).

    A missing SQLite file is created at the newest schema only when ``create`` is true;
    an older file is backed up and upgraded; a newer one is refused.
    """
    path = database_path(data_dir)
    if url is None:
        if not path.exists() and not create:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No database in {folder}. Create one with 'dudao init' or 'dudao demo'.",
                ),
                folder=str(data_dir),
            )
        data_dir.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(path)
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, path if path.exists() else None)
        return Database(engine, data_dir)
    except OperationalError as error:
        engine.dispose()
        if "locked" in str(error.orig).lower():
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database in {folder} is in use by another program (another copy of "
                    "dudao-desktop or a backup tool) and stayed locked for several seconds; "
                    "close that program and try again.",
                ),
                folder=str(data_dir),
            ) from error
        raise
    except Exception:
        engine.dispose()
        raise
