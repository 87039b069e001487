"""Details behind the information data ledger tab: one warning with its figures, the unit of
a blacklist entry. The tab's lists are in :mod:`.ledger_lists`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, NotFoundError
from ..model import BlacklistEntry, Unit, UnitWarning


@dataclass
class WarningDetail:
    id: str
    unit_name: str
    rule: str
    message: str
    figures: dict[str, Any]
    raised_on: date | None
    cleared_on: date | None
    acknowledged: bool
    note: str


def warning_detail(database: Database, warning_id: str) -> WarningDetail:
    with database.Session() as s:
        row = s.execute(
            select(UnitWarning, Unit.name)
            .outerjoin(Unit, Unit.id == UnitWarning.unit_id)
            .where(UnitWarning.id == warning_id, UnitWarning.deleted.is_(False))
        ).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Warning {id} does not exist."), id=warning_id
        )
    w, name = row
    try:
        figures = json.loads(w.figures or "{}")
    except ValueError:
        figures = {}
    return WarningDetail(
        w.id,
        name or "",
        w.rule,
        w.message,
        figures,
        w.raised_on,
        w.cleared_on,
        w.acknowledged,
        w.note,
    )


def blacklist_unit_of(database: Database, entry_id: str) -> str | None:
    """The unit of a blacklist entry (the tab's selection is an entry)."""
    with database.Session() as s:
        return s.execute(
            select(BlacklistEntry.unit_id).where(
                and_(BlacklistEntry.id == entry_id, BlacklistEntry.deleted.is_(False))
            )
        ).scalar()
