"""The inspector pool (督导库): add, edit, retire inspectors; avoidance declarations (回避).

An inspector must never inspect their own unit or a unit they declared a conflict with;
:func:`avoidance_map` is the one place that says who avoids what, for the draw and the
assignment of units. Names are unique among the pool's inspectors (the pool workbook is
matched by name).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import AvoidanceDeclaration, Inspector, Unit
from ..model.vocab import EXPERTISE
from .guards import require_office

INSPECTOR_FIELDS = (
    "name",
    "department",
    "post",
    "phone",
    "expertise",
    "is_leadership",
    "unit_id",
    "retired",
)
OWN_UNIT = QT_TRANSLATE_NOOP("Pool", "own unit")

# The vocabulary's English labels marked for translation, and the Chinese names the
# office uses in its own workbooks (DOMAIN.md), so either can be typed.
EXPERTISE_LABELS = {
    "streamlining": QT_TRANSLATE_NOOP("Vocab", "Delegation-regulation-service reform"),
    "admin_reform": QT_TRANSLATE_NOOP("Vocab", "Administrative system reform"),
    "establishment_management": QT_TRANSLATE_NOOP("Vocab", "Establishment management"),
    "institution_supervision": QT_TRANSLATE_NOOP("Vocab", "Public-institution supervision"),
}
EXPERTISE_ALIASES = {
    "放管服改革": "streamlining",
    "放管服": "streamlining",
    "行政体制改革": "admin_reform",
    "机构编制管理": "establishment_management",
    "事业单位监管": "institution_supervision",
}


def expertise_key(text: str) -> str | None:
    """The vocabulary key for a tag typed as key, English label or Chinese name."""
    from ..i18n import translate

    value = text.strip()
    if value in EXPERTISE:
        return value
    for key, label in EXPERTISE.items():
        if value.lower() == label.lower() or value == translate("Vocab", label, "zh_CN"):
            return key
    return EXPERTISE_ALIASES.get(value)


def split_tags(text: str) -> list[str]:
    for sep in ("，", "、", ";", "；", "\n"):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


def normalise_expertise(tags: str | Iterable[str]) -> str:
    """Tags (keys, labels or Chinese names) -> comma-separated keys in vocabulary order."""
    items = split_tags(tags) if isinstance(tags, str) else list(tags)
    keys = set()
    for tag in items:
        key = expertise_key(tag)
        if key is None:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "Unknown expertise '{tag}': use one of {known}."),
                tag=tag,
                known=", ".join(EXPERTISE),
            )
        keys.add(key)
    return ",".join(k for k in EXPERTISE if k in keys)


@dataclass(frozen=True)
class Avoidance:
    id: str  # the declaration's id; "" for the inspector's own unit
    inspector_id: str
    inspector: str
    unit_id: str
    unit: str
    reason: str


def _live(model):
    return select(model).where(model.deleted.is_(False))


def list_inspectors(database: Database, include_retired: bool = False) -> list[Inspector]:
    with database.session() as s:
        return pool_members(s, include_retired)


def pool_members(session: Session, include_retired: bool = False) -> list[Inspector]:
    query = _live(Inspector)
    if not include_retired:
        query = query.where(Inspector.retired.is_(False))
    return list(session.execute(query.order_by(Inspector.name, Inspector.id)).scalars())


def _inspector(session: Session, inspector_id: str) -> Inspector:
    inspector = session.get(Inspector, inspector_id)
    if inspector is None or inspector.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "That inspector is no longer in the pool; reload it.")
        )
    return inspector


def _check_inspector(session: Session, inspector: Inspector) -> None:
    if not inspector.name:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the inspector a name."))
    clash = session.execute(
        _live(Inspector).where(Inspector.name == inspector.name, Inspector.id != inspector.id)
    ).first()
    if clash is not None:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pool already has an inspector called '{name}': add something that tells "
                "them apart, e.g. the department.",
            ),
            name=inspector.name,
        )
    if inspector.unit_id:
        unit = session.get(Unit, inspector.unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "The inspector's own unit does not exist.")
            )


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(INSPECTOR_FIELDS)
    if unknown:
        raise TypeError(f"unknown inspector fields: {sorted(unknown)}")
    out = dict(fields)
    for key in ("name", "department", "post", "phone"):
        if key in out:
            out[key] = (out[key] or "").strip()
    if "expertise" in out:
        out["expertise"] = normalise_expertise(out["expertise"] or "")
    if "is_leadership" in out:
        out["is_leadership"] = bool(out["is_leadership"])
    if "unit_id" in out:
        out["unit_id"] = out["unit_id"] or None
    return out


def add_inspector(database: Database, name: str, **fields: Any) -> Inspector:
    require_office(database)
    values = _clean({"name": name, **fields})
    values.setdefault("expertise", "")
    with database.session() as s:
        inspector = Inspector(**values)
        s.add(inspector)
        s.flush()
        _check_inspector(s, inspector)
    return inspector


def update_inspector(database: Database, inspector_id: str, **fields: Any) -> Inspector:
    require_office(database)
    values = _clean(fields)
    with database.session() as s:
        inspector = _inspector(s, inspector_id)
        for key, value in values.items():
            if getattr(inspector, key) != value:
                setattr(inspector, key, value)
        _check_inspector(s, inspector)
    return inspector


def retire_inspector(database: Database, inspector_id: str, retired: bool = True) -> Inspector:
    """Retired inspectors stay on record (earlier draws name them) but are never drawn."""
    require_office(database)
    return update_inspector(database, inspector_id, retired=retired)


def declare_avoidance(
    database: Database, inspector_id: str, unit_id: str, reason: str = ""
) -> AvoidanceDeclaration:
    require_office(database)
    with database.session() as s:
        inspector = _inspector(s, inspector_id)
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That unit does not exist."))
        existing = s.execute(
            _live(AvoidanceDeclaration).where(
                AvoidanceDeclaration.inspector_id == inspector.id,
                AvoidanceDeclaration.unit_id == unit.id,
            )
        ).scalar_one_or_none()
        if existing is not None:
            existing.reason = reason.strip() or existing.reason
            return existing
        declaration = AvoidanceDeclaration(
            inspector_id=inspector.id, unit_id=unit.id, reason=reason.strip()
        )
        s.add(declaration)
    return declaration


def withdraw_avoidance(database: Database, declaration_id: str) -> None:
    require_office(database)
    with database.session() as s:
        declaration = s.get(AvoidanceDeclaration, declaration_id)
        if declaration is None or declaration.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That declaration no longer exists."))
        declaration.deleted = True


def avoidance_map(session: Session) -> dict[str, dict[str, str]]:
    """inspector id -> {unit id: reason} for every unit the inspector must avoid."""
    result: dict[str, dict[str, str]] = {}
    for inspector in session.execute(_live(Inspector)).scalars():
        if inspector.unit_id:
            result.setdefault(inspector.id, {})[inspector.unit_id] = OWN_UNIT
    for declaration in session.execute(_live(AvoidanceDeclaration)).scalars():
        result.setdefault(declaration.inspector_id, {}).setdefault(
            declaration.unit_id, declaration.reason
        )
    return result


def list_avoidances(database: Database, inspector_id: str | None = None) -> list[Avoidance]:
    """Own units and declarations, inspector by inspector."""
    with database.session() as s:
        query = (
            select(AvoidanceDeclaration, Inspector.name, Unit.name)
            .join(Inspector, Inspector.id == AvoidanceDeclaration.inspector_id)
            .join(Unit, Unit.id == AvoidanceDeclaration.unit_id)
            .where(AvoidanceDeclaration.deleted.is_(False), Inspector.deleted.is_(False))
        )
        own = (
            select(Inspector, Unit.name)
            .join(Unit, Unit.id == Inspector.unit_id)
            .where(Inspector.deleted.is_(False))
        )
        if inspector_id:
            query = query.where(AvoidanceDeclaration.inspector_id == inspector_id)
            own = own.where(Inspector.id == inspector_id)
        rows = [
            Avoidance("", i.id, i.name, i.unit_id or "", unit, OWN_UNIT)
            for i, unit in s.execute(own)
        ]
        rows += [
            Avoidance(d.id, d.inspector_id, name, d.unit_id, unit, d.reason)
            for d, name, unit in s.execute(query)
        ]
    return sorted(rows, key=lambda a: (a.inspector, a.id != "", a.unit))


def find_unit(session: Session, text: str) -> Unit | None:
    """A live unit by USCC or exact name."""
    value = text.strip()
    if not value:
        return None
    unit = session.execute(_live(Unit).where(Unit.uscc == value.upper())).scalar_one_or_none()
    if unit is None:
        unit = session.execute(_live(Unit).where(Unit.name == value)).scalars().first()
    return unit
