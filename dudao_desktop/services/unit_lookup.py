"""Units found by a part of their name or code, for pickers that must not list every unit
(an office holds 10,000 and more): the picker asks for the few units that match what the
user typed, and for the one unit a saved filter or a figure names."""

from __future__ import annotations

from sqlalchemy import or_, select

from ..db.engine import Database
from ..model import Unit
from .listing import live

#: How many matches a picker shows at most; typing more narrows them down.
MATCHES = 50


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def unit_matches(database: Database, text: str, limit: int = MATCHES) -> list[tuple[str, str, str]]:
    """(id, USCC, name) of the live units whose name or code contains ``text``, by name."""
    pattern = f"%{_escaped(text.strip())}%"
    query = (
        select(Unit.id, Unit.uscc, Unit.name)
        .where(
            live(Unit),
            or_(Unit.name.like(pattern, escape="\\"), Unit.uscc.like(pattern, escape="\\")),
        )
        .order_by(Unit.name, Unit.id)
        .limit(limit)
    )
    with database.Session() as s:
        return [(r[0], r[1], r[2]) for r in s.execute(query)]


def unit_named(database: Database, text: str) -> tuple[str, str, str] | None:
    """The live unit whose name or code is exactly ``text`` (the first by code if the name is
    not unique), or None."""
    value = text.strip()
    query = (
        select(Unit.id, Unit.uscc, Unit.name)
        .where(live(Unit), or_(Unit.name == value, Unit.uscc == value.upper()))
        .order_by(Unit.uscc)
        .limit(1)
    )
    with database.Session() as s:
        row = s.execute(query).first()
    return None if row is None else (row[0], row[1], row[2])


def unit_choice(database: Database, unit_id: str) -> tuple[str, str, str] | None:
    """(id, USCC, name) of one unit (removed ones too: a saved filter may name one)."""
    with database.Session() as s:
        row = s.execute(select(Unit.id, Unit.uscc, Unit.name).where(Unit.id == unit_id)).first()
    return None if row is None else (row[0], row[1], row[2])
