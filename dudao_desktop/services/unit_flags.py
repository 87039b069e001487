"""The flags the office sets per unit (涉改, 学校/医院 sector, 镇街; vocab.UNIT_FLAGS): they
decide which checklist items the unit is asked (ChecklistItem.flags)."""

from __future__ import annotations

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Unit
from ..model.vocab import UNIT_FLAG_NAMES, UNIT_FLAGS
from .guards import require_office


def flags_of(database: Database, unit_id: str) -> list[str]:
    """The unit's flags, in the order of UNIT_FLAGS."""
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        present = set((unit.flags or "").split(",")) if unit is not None else set()
    return [k for k in UNIT_FLAGS if k in present]


def set_flags(database: Database, unit_id: str, flags: list[str]) -> list[str]:
    """Set the unit's flags (at the office; master data); returns them in canonical order."""
    require_office(database)
    unknown = [f for f in flags if f not in UNIT_FLAGS]
    if unknown:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown unit flag '{flag}'; choose one of: {choices}."),
            flag=unknown[0],
            choices="、".join(names[0] for names in UNIT_FLAG_NAMES.values()),
        )
    chosen = [k for k in UNIT_FLAGS if k in flags]
    with database.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This unit no longer exists."))
        if (unit.flags or "") != ",".join(chosen):
            unit.flags = ",".join(chosen)
    return chosen
