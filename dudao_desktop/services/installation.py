"""Setting up an installation: its identity row and its signing key."""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from ..db.connection import store_url
from ..db.engine import NO_IDENTITY, Database
from ..db.opening import open_database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Installation
from ..model.vocab import ROLES

SIGNING_KEY_FILE = "signing_key.pem"
# The office's X25519 key: return packages are encrypted to its public half.
ENCRYPTION_KEY_FILE = "encryption_key.pem"


def key_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def write_private_key(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    """Write a private key readable only by the user (created 0600, never widened)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())


def load_signing_key(data_dir: Path) -> Ed25519PrivateKey:
    path = key_dir(data_dir) / SIGNING_KEY_FILE
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The signing key {file} is missing; restore it from a backup."
            ),
            file=str(path),
        ) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not an Ed25519 signing key."), file=str(path)
        )
    return key


def load_encryption_key(data_dir: Path, create: bool = False) -> X25519PrivateKey:
    """The office's X25519 private key (made on first use when ``create``)."""
    path = key_dir(data_dir) / ENCRYPTION_KEY_FILE
    if not path.exists() and create:
        write_private_key(path, X25519PrivateKey.generate())
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The encryption key {path} is missing; restore it from a backup."
            ),
            path=str(path),
        ) from error
    if not isinstance(key, X25519PrivateKey):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not an X25519 encryption key."), path=str(path)
        )
    return key


def init_installation(
    data_dir: Path, role: str, display_name: str, user_name: str = "", url: str | None = None
) -> Database:
    """Create the database and this installation's identity; refuse a second identity.

    The office may keep its database on a server (``url``, see ``db.connection``); the
    address is remembered in ``data_dir``, which keeps the keys and the evidence store."""
    if role not in ROLES:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown role '{role}': choose one of {choices}."),
            role=role,
            choices=", ".join(ROLES),
        )
    if not display_name.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the installation a name, e.g. the office or the laptop's group."
            )
        )
    database = open_database(data_dir, create=True, url=url)
    if database.has_identity:
        where = database.engine.url.render_as_string(hide_password=True)
        database.dispose()
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "{folder} already holds an installation; use another data directory."
            ),
            folder=where if database.is_server else str(data_dir),
        )
    if database.is_server and role != "office":
        database.dispose()
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A field laptop keeps its database on its own disk; leave out --database-url.",
            )
        )
    key = Ed25519PrivateKey.generate()
    key_path = key_dir(data_dir) / SIGNING_KEY_FILE
    key_path.unlink(missing_ok=True)
    write_private_key(key_path, key)
    if role == "office":
        (key_dir(data_dir) / ENCRYPTION_KEY_FILE).unlink(missing_ok=True)
        load_encryption_key(data_dir, create=True)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    with database.Session() as s, s.begin():
        s.add(
            Installation(
                id=str(uuid.uuid4()),
                role=role,
                display_name=display_name.strip(),
                user_name=user_name.strip() or os.environ.get("USER", ""),
                signing_key=public,
                created_at=datetime.now(),
            )
        )
    if database.is_server:
        store_url(data_dir, database.engine.url)
    database.load_identity()
    return database


def identity(database: Database) -> Installation:
    with database.Session() as s:
        found = s.execute(select(Installation)).scalars().first()
    if found is None:
        raise DudaoError(NO_IDENTITY)
    return found
