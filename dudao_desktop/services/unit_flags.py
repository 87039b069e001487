"""The flags the office sets per unit (涉改, 学校/医院 sector, 镇街; vocab.UNIT_FLAGS): they
decide which checklist items the unit is asked (ChecklistItem.flags)."""

from __future__ import annotations

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Answer, Campaign, Inspection, Unit
from ..model.vocab import UNIT_FLAG_NAMES, UNIT_FLAGS
from .checklist import template_items
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


def answered_items_hidden(
    database: Database, campaign_id: str | None, unit_id: str, flags: list[str]
) -> list[str]:
    """The codes of the items the unit has answered in the campaign that ``flags`` would no
    longer ask (their answers are kept, and shown again if the flags come back)."""
    if not campaign_id:
        return []
    with database.Session() as s:
        campaign, unit = s.get(Campaign, campaign_id), s.get(Unit, unit_id)
        if campaign is None or unit is None or not campaign.template_id:
            return []
        answered = set(
            s.scalars(
                select(Answer.item_id)
                .join(Inspection, Inspection.id == Answer.inspection_id)
                .where(
                    Inspection.campaign_id == campaign_id,
                    Inspection.unit_id == unit_id,
                    Inspection.deleted.is_(False),
                    Answer.deleted.is_(False),
                    (Answer.self_value != "") | (Answer.verified_value != ""),
                )
            )
        )
        if not answered:
            return []

        def asked(with_flags: str) -> dict[str, str]:
            items = template_items(
                s, campaign.template_id, unit.kind, with_flags, campaign.focus or ""
            )
            return {item.id: item.code for _section, item in items}

        now, then = asked(unit.flags or ""), asked(",".join(flags))
        return [
            code for item_id, code in now.items() if item_id in answered and item_id not in then
        ]
