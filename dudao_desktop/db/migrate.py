"""Schema upgrades with Alembic: fresh files at head, older ones backed up then upgraded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .backup import backup_sqlite

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() or ""


def upgrade(engine: Engine, database_file: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup made of an older file, if any."""
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
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
