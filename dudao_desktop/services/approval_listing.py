"""The matter approval ledger as a paged, filtered SQL listing (for the approvals tab).

Filters (phase, unit, supervising department, application date range) and the search box
all become ``WHERE`` conditions; sorting is ``ORDER BY``; rows come in pages, so the view
never loads the whole ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..model import ApprovalMatter, Department, Unit
from .ledger_export import PHASE_LABELS
from .listing import Column, Listing


@dataclass(slots=True)
class ApprovalFilters:
    """What the approvals view filters by; ``None`` means "any"."""

    phase: str | None = None
    unit_id: str | None = None
    department_id: str | None = None
    date_from: date | None = None  # on the application date
    date_to: date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class ApprovalLedgerListing(Listing):
    TITLE, UNIT, DEPARTMENT, PHASE, APPLIED_ON, MEETING_ON, DOCUMENT = range(7)
    default_sort = APPLIED_ON
    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Matter"), ApprovalMatter.title),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column(
            "department",
            QT_TRANSLATE_NOOP("Columns", "Supervising department"),
            func.coalesce(Department.name, ""),
        ),
        Column(
            "phase",
            QT_TRANSLATE_NOOP("Columns", "Phase"),
            ApprovalMatter.phase,
            labels=PHASE_LABELS,
        ),
        Column(
            "applied_on",
            QT_TRANSLATE_NOOP("Columns", "Applied on"),
            ApprovalMatter.applied_on,
            kind="date",
        ),
        Column(
            "meeting_on",
            QT_TRANSLATE_NOOP("Columns", "Office meeting"),
            ApprovalMatter.meeting_on,
            kind="date",
        ),
        Column(
            "document",
            QT_TRANSLATE_NOOP("Columns", "Document number"),
            ApprovalMatter.document_number,
        ),
    )

    def __init__(self, database: Database, filters: ApprovalFilters | None = None) -> None:
        super().__init__(database)
        self.filters = filters or ApprovalFilters()

    def id_expr(self) -> Any:
        return ApprovalMatter.id

    def search_exprs(self) -> list[Any]:
        return [
            ApprovalMatter.title,
            Unit.name,
            ApprovalMatter.document_number,
            ApprovalMatter.reason,
        ]

    def statement(self, stmt: Select) -> Select:
        f = self.filters
        stmt = (
            stmt.select_from(ApprovalMatter)
            .join(Unit, Unit.id == ApprovalMatter.unit_id)
            .outerjoin(Department, Department.id == Unit.department_id)
            .where(ApprovalMatter.deleted.is_(False))
        )
        if f.phase:
            stmt = stmt.where(ApprovalMatter.phase == f.phase)
        if f.unit_id:
            stmt = stmt.where(ApprovalMatter.unit_id == f.unit_id)
        if f.department_id:
            stmt = stmt.where(Unit.department_id == f.department_id)
        if f.date_from:
            stmt = stmt.where(ApprovalMatter.applied_on >= f.date_from)
        if f.date_to:
            stmt = stmt.where(ApprovalMatter.applied_on <= f.date_to)
        return stmt


def phase_counts(
    database: Database, filters: ApprovalFilters | None = None, search: str = ""
) -> dict[str, int]:
    """Matching matters per phase (for the status bar)."""
    listing = ApprovalLedgerListing(database, filters)
    inner = listing._filtered(listing.statement(select(ApprovalMatter.phase)), search).subquery()
    with database.Session() as s:
        rows = s.execute(select(inner.c.phase, func.count()).group_by(inner.c.phase)).all()
    return {phase: count for phase, count in rows}
