"""Queries behind the inspector pool's screens: the pool table, one inspector, unit choices."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, NotFoundError
from ..i18n import translate
from ..model import Inspector, Unit
from .listing import Column, Listing, ListRow
from .pool import EXPERTISE_LABELS

OwnUnit = aliased(Unit)


def expertise_text(keys: str) -> str:
    """Comma-separated vocabulary keys as labels in the current language."""
    return ", ".join(
        translate("Vocab", EXPERTISE_LABELS[k]) for k in keys.split(",") if k in EXPERTISE_LABELS
    )


class InspectorListing(Listing):
    """The pool: every live inspector, retired ones only when asked."""

    NAME, DEPARTMENT, POST, PHONE, EXPERTISE, LEADERSHIP, OWN_UNIT, RETIRED = range(8)
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), Inspector.name),
        Column("department", QT_TRANSLATE_NOOP("Columns", "Department"), Inspector.department),
        Column("post", QT_TRANSLATE_NOOP("Columns", "Post"), Inspector.post),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), Inspector.phone),
        Column("expertise", QT_TRANSLATE_NOOP("Columns", "Expertise"), Inspector.expertise),
        Column(
            "leadership",
            QT_TRANSLATE_NOOP("Columns", "Leadership"),
            Inspector.is_leadership,
            kind="bool",
        ),
        Column("own_unit", QT_TRANSLATE_NOOP("Columns", "Own unit"), OwnUnit.name),
        Column("retired", QT_TRANSLATE_NOOP("Columns", "Retired"), Inspector.retired, kind="bool"),
    )

    def __init__(self, database: Database, include_retired: bool = True) -> None:
        super().__init__(database)
        self.include_retired = include_retired

    def id_expr(self) -> Any:
        return Inspector.id

    def statement(self, stmt: Select) -> Select:
        stmt = stmt.select_from(Inspector).outerjoin(OwnUnit, OwnUnit.id == Inspector.unit_id)
        stmt = stmt.where(Inspector.deleted.is_(False))
        if not self.include_retired:
            stmt = stmt.where(Inspector.retired.is_(False))
        return stmt

    def search_exprs(self):
        return [Inspector.name, Inspector.department, Inspector.post, Inspector.phone, OwnUnit.name]

    def decorate(self, rows: list[ListRow]) -> list[ListRow]:
        out = []
        for row in rows:
            values = list(row.values)
            values[self.EXPERTISE] = expertise_text(values[self.EXPERTISE] or "")
            out.append(ListRow(row.id, tuple(values)))
        return out


def get_inspector(database: Database, inspector_id: str) -> Inspector:
    with database.session() as s:
        inspector = s.get(Inspector, inspector_id)
        if inspector is None or inspector.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "That inspector is no longer in the pool; reload it.")
            )
        return inspector


def unit_choices(database: Database) -> list[tuple[str, str, str]]:
    """(id, name, USCC) of every live unit, by name."""
    with database.session() as s:
        query = (
            select(Unit.id, Unit.name, Unit.uscc)
            .where(Unit.deleted.is_(False))
            .order_by(Unit.name, Unit.uscc)
        )
        return [(r[0], r[1], r[2]) for r in s.execute(query)]


def inspector_choices(database: Database) -> list[tuple[str, str, str]]:
    """(id, name, department) of every inspector still in the pool, by name."""
    with database.session() as s:
        query = (
            select(Inspector.id, Inspector.name, Inspector.department)
            .where(Inspector.deleted.is_(False), Inspector.retired.is_(False))
            .order_by(Inspector.name)
        )
        return [(r[0], r[1], r[2]) for r in s.execute(query)]
