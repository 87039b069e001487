"""Opening the installation's database: create, upgrade or refuse."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..paths import database_path
from . import migrate
from .connection import configured_url
from .engine import Database, make_engine, sqlite_url
from .placement import check_local_disk


def open_database(data_dir: Path, *, create: bool = False, url: str | None = None) -> Database:
    """Open the installation's database: the SQLite file in ``data_dir``, or the server at
    ``url`` (or the one configured for ``data_dir``, see ``connection``).

    A missing database is created at the newest schema only when ``create`` is true;
    an older one is backed up and upgraded; a newer one is refused.
    """
    server = configured_url(data_dir, url)
    if server is not None and server.get_backend_name() != "sqlite":
        return _open_server(data_dir, server, create)
    path = Path(server.database) if server is not None and server.database else None
    path = path or database_path(data_dir)
    if not path.exists() and not create:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No database in {folder}. Create one with 'dudao init' or 'dudao demo'.",
            ),
            folder=str(data_dir),
        )
    check_local_disk(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
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


def _open_server(data_dir: Path, url: URL, create: bool) -> Database:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            empty = not inspect(connection).has_table("alembic_version")
        if empty and not create:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {url} is empty. Create the office database in it with "
                    "'dudao init --role office --database-url ...' or move one there with "
                    "'dudao migrate-to'.",
                ),
                url=url.render_as_string(hide_password=True),
            )
        migrate.upgrade(engine)
    except OperationalError as error:
        engine.dispose()
        raise unreachable(url, error) from error
    except Exception:
        engine.dispose()
        raise
    return Database(engine, data_dir)


def unreachable(url: URL, error: OperationalError) -> DudaoError:
    """The message for a server that refused or could not be reached."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    return DudaoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot open the database {url}: {reason}. Check the address, the user name and "
            "password, and that the database server is running and reachable.",
        ),
        url=url.render_as_string(hide_password=True),
        reason=reason,
    )


def probe(url: URL) -> tuple[str, str]:
    """Connect once to ``url`` (the settings' connection test): the server's version and the
    schema revision of the office database in it ("" when empty). Raises a clear
    ``DudaoError`` when the server cannot be used."""
    engine: Engine = make_engine(url)
    try:
        with engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar())
        revision = migrate.current_revision(engine)
    except OperationalError as error:
        raise unreachable(url, error) from error
    finally:
        engine.dispose()
    return version, revision
