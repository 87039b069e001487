"""Schema upgrades with Alembic: fresh files at head, older ones backed up then upgraded.

Alembic is imported only when there is work for it: opening a database already at head
(every start of the GUI) reads ``alembic_version`` and the revision ids of the version files
directly, which saves importing Alembic (about a second on a slow laptop).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from . import text_index
from .backup import backup_sqlite

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() or ""


_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (.+)$", re.MULTILINE)


@cache
def _quick_head() -> str | None:
    """The single head revision read from the version files' text, or None if unsure."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def _at_quick_head(engine: Engine) -> bool:
    """True if the database is certainly at head (without importing Alembic)."""
    head = _quick_head()
    if head is None:
        return False
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return [tuple(row) for row in versions] == [(head,)]


def upgrade(engine: Engine, database_file: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup made of an older file, if any."""
    if _at_quick_head(engine):
        return None
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return None
    if current and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of dudao-desktop (schema "
                "{revision}). Install the newer version to open it; nothing was changed.",
            ),
            revision=current,
        )
    backup = None
    if current and database_file is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = database_file.with_name(f"{database_file.stem}.before-{head}-{stamp}.sqlite3")
        backup_sqlite(engine, backup)
    with schema_change(engine) as connection:
        upgrade_connection(connection)
    return backup


@contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """One transaction for changing the schema. SQLite rebuilds a changed table (copy, drop,
    rename); with rows that point to it the drop would fail while foreign keys are enforced,
    so they are switched off for the change (outside a transaction, where SQLite honours it),
    checked before the commit and switched on again."""
    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            with connection.begin():
                yield connection
            return
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DudaoError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Upgrading the database would leave {count} records pointing to "
                            "records that do not exist (first: table {table}); nothing was "
                            "changed. Restore a backup or ask for help with this file.",
                        ),
                        count=len(broken),
                        table=broken[0][0],
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def upgrade_connection(connection: Connection) -> None:
    """Run the migrations up to head inside the caller's transaction on ``connection``."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    # A migration that rebuilt an indexed table took its triggers with it.
    text_index.ensure(connection)
