"""Listings behind the information data ledger tab: the establishment archive (one row per
unit with its latest snapshot month), a unit's snapshot history, and the warnings with
their rule names and notes. Qt-free; the tab shows them with ``QueryTableModel``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, NotFoundError
from ..model import BlacklistEntry, Department, EstablishmentSnapshot, Unit, UnitWarning
from .ledger_lists import SNAPSHOT_COLUMNS, WarningListing
from .listing import Column, Listing

#: The warning rules' names in the ``Vocab`` context (the table model translates there).
RULE_NAMES = {
    "over_establishment": QT_TRANSLATE_NOOP("Vocab", "Staff over approved establishment"),
    "leader_posts_over_quota": QT_TRANSLATE_NOOP("Vocab", "Leader posts over quota"),
    "certificate_expiring": QT_TRANSLATE_NOOP(
        "Vocab", "Legal-person certificate expired or expiring"
    ),
    "rectification_overdue": QT_TRANSLATE_NOOP("Vocab", "Rectification overdue"),
    "not_inspected": QT_TRANSLATE_NOOP("Vocab", "Not inspected in this campaign"),
}

_approved = Unit.establishment_admin + Unit.establishment_institution + Unit.establishment_law
_last_month = (
    select(func.max(EstablishmentSnapshot.month))
    .where(EstablishmentSnapshot.unit_id == Unit.id, EstablishmentSnapshot.deleted.is_(False))
    .correlate(Unit)
    .scalar_subquery()
)
_listed = (
    select(func.count(BlacklistEntry.id))
    .where(
        BlacklistEntry.unit_id == Unit.id,
        BlacklistEntry.deleted.is_(False),
        BlacklistEntry.removed_on.is_(None),
    )
    .correlate(Unit)
    .scalar_subquery()
    > 0
)


class ArchiveListing(Listing):
    """The electronic establishment archive: every unit's current figures."""

    (
        UNIT,
        USCC,
        DEPARTMENT,
        APPROVED,
        ACTUAL,
        POSTS_APPROVED,
        POSTS_ACTUAL,
        LAST_MONTH,
        BLACKLISTED,
    ) = range(9)
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("uscc", QT_TRANSLATE_NOOP("Columns", "Credit code"), Unit.uscc),
        Column(
            "department",
            QT_TRANSLATE_NOOP("Columns", "Supervising department"),
            func.coalesce(Department.name, ""),
        ),
        Column(
            "approved",
            QT_TRANSLATE_NOOP("Columns", "Approved establishment"),
            _approved,
            kind="int",
        ),
        Column(
            "actual", QT_TRANSLATE_NOOP("Columns", "Actual staff"), Unit.actual_staff, kind="int"
        ),
        Column(
            "posts_approved",
            QT_TRANSLATE_NOOP("Columns", "Leader posts approved"),
            Unit.leader_posts_approved,
            kind="int",
        ),
        Column(
            "posts_actual",
            QT_TRANSLATE_NOOP("Columns", "Leader posts actual"),
            Unit.leader_posts_actual,
            kind="int",
        ),
        Column(
            "last_month",
            QT_TRANSLATE_NOOP("Columns", "Last snapshot"),
            func.coalesce(_last_month, ""),
        ),
        Column(
            "blacklisted", QT_TRANSLATE_NOOP("Columns", "On the blacklist"), _listed, kind="bool"
        ),
    )

    def __init__(
        self, database: Database, department_id: str | None = None, status: str | None = "active"
    ) -> None:
        super().__init__(database)
        self.department_id = department_id
        # Active units by default; None shows the archive of revoked units too.
        self.status = status

    def id_expr(self) -> Any:
        return Unit.id

    def search_exprs(self) -> list[Any]:
        return [Unit.name, Unit.uscc, Department.name]

    def statement(self, stmt: Select) -> Select:
        stmt = (
            stmt.select_from(Unit)
            .outerjoin(Department, Department.id == Unit.department_id)
            .where(Unit.deleted.is_(False))
        )
        if self.status:
            stmt = stmt.where(Unit.status == self.status)
        if self.department_id:
            stmt = stmt.where(Unit.department_id == self.department_id)
        return stmt


class UnitHistoryListing(Listing):
    """One unit's monthly snapshots, newest first (the archive's history)."""

    MONTH, APPROVED, ACTUAL, POSTS_APPROVED, POSTS_ACTUAL, INSTITUTIONS, SOURCE = range(7)
    columns = (*SNAPSHOT_COLUMNS,)

    def __init__(self, database: Database, unit_id: str | None) -> None:
        super().__init__(database)
        self.unit_id = unit_id

    def id_expr(self) -> Any:
        return EstablishmentSnapshot.id

    def statement(self, stmt: Select) -> Select:
        return stmt.select_from(EstablishmentSnapshot).where(
            EstablishmentSnapshot.unit_id == (self.unit_id or ""),
            EstablishmentSnapshot.deleted.is_(False),
        )


class WarningLedgerListing(WarningListing):
    """The warnings with the rule's name and the acknowledgement note."""

    RAISED_ON, UNIT, RULE, MESSAGE, CLEARED_ON, ACKNOWLEDGED, NOTE = range(7)
    columns = (
        *WarningListing.columns[:2],
        Column("rule", QT_TRANSLATE_NOOP("Columns", "Rule"), UnitWarning.rule, labels=RULE_NAMES),
        *WarningListing.columns[3:],
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), UnitWarning.note),
    )

    def search_exprs(self) -> list[Any]:
        return [Unit.name, UnitWarning.message, UnitWarning.note]


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
