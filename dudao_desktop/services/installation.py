"""Setting up an installation: its identity row and its key pairs."""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db.connection import store_url
from ..db.engine import NO_IDENTITY, Database
from ..db.opening import open_database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Installation
from ..model.vocab import ROLES
from ..sync.keys import load_signing_key, make_keys, raw_public


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
    make_keys(data_dir)
    public = raw_public(load_signing_key(data_dir))
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
