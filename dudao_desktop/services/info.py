"""What is in this installation: identity, schema revision and record counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..db import migrate
from ..db.engine import Database
from ..model import SYNCED_MODELS, ChangeLog, Conflict
from .installation import identity


def count_records(database: Database) -> dict[str, int]:
    """Live (not tombstoned) records per synced table, plus the change log and conflicts."""
    counts: dict[str, int] = {}
    with database.Session() as s:
        for table, model in sorted(SYNCED_MODELS.items()):
            query = select(func.count()).select_from(model).where(model.deleted.is_(False))
            counts[table] = s.execute(query).scalar_one()
        counts["change_log"] = s.execute(select(func.count()).select_from(ChangeLog)).scalar_one()
        counts["conflict"] = s.execute(
            select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))
        ).scalar_one()
    return counts


def describe(database: Database) -> dict[str, Any]:
    me = identity(database)
    return {
        "installation": me.id,
        "role": me.role,
        "name": me.display_name,
        "user": me.user_name,
        "database": database.engine.url.render_as_string(hide_password=True),
        "data_dir": str(database.data_dir) if database.data_dir else "",
        "schema_revision": migrate.current_revision(database.engine),
        "counts": count_records(database),
    }
