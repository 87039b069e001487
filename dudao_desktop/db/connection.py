"""Which database an installation uses, and the password for a database server.

A field laptop (and a small office) keeps a SQLite file in its data directory. An office with
several clerks points the app at PostgreSQL with a SQLAlchemy URL, chosen in this order: the
``--database-url`` option, ``DUDAO_DATABASE_URL``, then ``database.json`` in the data
directory (written by ``dudao init``/``migrate-to`` and the settings dialog). The URL is
stored without its password; the password goes to the system keyring where one exists, or
comes from the URL given at run time or libpq's own password file (``~/.pgpass``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..paths import database_path

if TYPE_CHECKING:  # SQLAlchemy is imported where a URL is parsed: the GUI's start does not
    from sqlalchemy.engine import URL

ENV_URL = "DUDAO_DATABASE_URL"
CONFIG_FILE = "database.json"
KEYRING_SERVICE = "dudao-desktop"
SERVER_DIALECTS = ("postgresql",)


def parse_url(text: str) -> URL:
    """A SQLAlchemy URL for SQLite or PostgreSQL, or a clear error."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except ArgumentError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{url}' is not a database address; write it like "
                "postgresql+psycopg://clerk@server/dudao.",
            ),
            url=text,
        ) from error
    if url.get_backend_name() not in ("sqlite", *SERVER_DIALECTS):
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "dudao-desktop works with SQLite or PostgreSQL, not {backend}; "
                "give a postgresql+psycopg:// address.",
            ),
            backend=url.get_backend_name(),
        )
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def has_database(data_dir: Path) -> bool:
    """True when ``data_dir`` holds a SQLite database or names a database server (the
    address is checked when the database is opened)."""
    return database_path(data_dir).exists() or bool(
        os.environ.get(ENV_URL) or _stored_url(data_dir)
    )


def configured_url(data_dir: Path, override: str | None = None) -> URL | None:
    """The server database chosen for ``data_dir`` (None: the SQLite file in it)."""
    text = override or os.environ.get(ENV_URL) or _stored_url(data_dir)
    if not text:
        return None
    url = parse_url(text)
    if url.password is None and url.username:
        password = stored_password(url)
        if password:
            url = url.set(password=password)
    return url


def _stored_url(data_dir: Path) -> str:
    path = data_dir / CONFIG_FILE
    try:
        return str(json.loads(path.read_text(encoding="utf-8")).get("url", ""))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} cannot be read ({error}); set the database address again."
            ),
            file=str(path),
            error=str(error),
        ) from error


def store_url(data_dir: Path, url: URL) -> bool:
    """Remember ``url`` for ``data_dir``: the address in ``database.json``, the password in
    the system keyring. Returns False when there is a password but no keyring to keep it
    (the clerk then gives it with ``DUDAO_DATABASE_URL`` or in ``~/.pgpass``)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    bare = without_password(url).render_as_string(hide_password=False)
    target = data_dir / CONFIG_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"url": bare}, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(target)
    if url.password is None:
        return True
    return store_password(url, str(url.password))


def without_password(url: URL) -> URL:
    return url._replace(password=None)  # ``URL.set(password=None)`` keeps the password


def forget_url(data_dir: Path) -> None:
    """Go back to the SQLite file in ``data_dir``."""
    (data_dir / CONFIG_FILE).unlink(missing_ok=True)


def keyring_account(url: URL) -> str:
    """The keyring entry of a server login: user, server, port and database."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _keyring():
    """The keyring module when a real (not the 'fail' or plain-file) backend exists."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyrings.alt"):
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def store_password(url: URL, password: str) -> bool:
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_account(url), password)
    except Exception:
        return False
    return True


def stored_password(url: URL) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(url))
    except Exception:
        return None
