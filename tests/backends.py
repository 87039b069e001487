"""Test databases on a PostgreSQL server: a fresh database per test, cloned from templates.

The schema template is made by the Alembic migrations (``alembic upgrade head``, exactly as
an office installation is made), so every revision is exercised on PostgreSQL too. Cloning
(``CREATE DATABASE ... TEMPLATE``) takes a fraction of a second.
"""

from __future__ import annotations

import os
import time
import uuid

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ProgrammingError

from dudao_desktop.db import migrate
from dudao_desktop.db.engine import make_engine

ENV = "DUDAO_TEST_POSTGRES_URL"


class PostgresServer:
    """The server of ``--postgres``: makes and drops the tests' databases."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url).set(drivername="postgresql+psycopg")
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.prefix = f"dudao_t_{worker}_{uuid.uuid4().hex[:6]}"
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._made: list[str] = []

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        """A new empty (or ``template``-cloned) database; returns its URL."""
        name = f"{self.prefix}_{len(self._made)}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        self._made.append(name)
        return self.url_of(name)

    def create_schema_template(self) -> str:
        """A database at the newest schema, made by the migrations; returns its name."""
        url = self.create()
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        return make_url(url).database or ""

    def drop(self, url: str) -> None:
        name = make_url(url).database
        for attempt in range(5):
            try:
                with self._admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except ProgrammingError:  # the server's own autovacuum was in it: not ours to end
                if attempt == 4:
                    raise
                time.sleep(0.5)
        if name in self._made:
            self._made.remove(name)

    def close(self) -> None:
        for name in list(self._made):
            self.drop(self.url_of(name))
        self._admin.dispose()
