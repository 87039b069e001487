"""The matter approval ledger as a paged, filtered SQL listing (for the approvals tab).

Filters (phase, unit, supervising department, application date range) and the search box
all become ``WHERE`` conditions; sorting is ``ORDER BY``; rows come in pages, so the view
never loads the whole ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select

from ..db.engine import Database
from ..model import ApprovalMatter, Unit
from .ledger_columns import APPROVALS
from .ledger_listing import LedgerListing


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


class ApprovalLedgerListing(LedgerListing):
    """The approval ledger's listed columns with the tab's filters."""

    ledger = APPROVALS

    def __init__(self, database: Database, filters: ApprovalFilters | None = None) -> None:
        self.default_sort = next(
            i for i, c in enumerate(APPROVALS.listed()) if c.key == "applied_on"
        )
        super().__init__(database)
        self.filters = filters or ApprovalFilters()

    def search_exprs(self) -> list[Any]:
        return [
            ApprovalMatter.title,
            Unit.name,
            ApprovalMatter.document_number,
            ApprovalMatter.reason,
        ]

    def conditions(self) -> list[Any]:
        f = self.filters
        where: list[Any] = []
        if f.phase:
            where.append(ApprovalMatter.phase == f.phase)
        if f.unit_id:
            where.append(ApprovalMatter.unit_id == f.unit_id)
        if f.department_id:
            where.append(Unit.department_id == f.department_id)
        if f.date_from:
            where.append(ApprovalMatter.applied_on >= f.date_from)
        if f.date_to:
            where.append(ApprovalMatter.applied_on <= f.date_to)
        return where


def phase_counts(
    database: Database, filters: ApprovalFilters | None = None, search: str = ""
) -> dict[str, int]:
    """Matching matters per phase (for the status bar)."""
    listing = ApprovalLedgerListing(database, filters)
    inner = listing._filtered(listing.statement(select(ApprovalMatter.phase)), search).subquery()
    with database.Session() as s:
        rows = s.execute(select(inner.c.phase, func.count()).group_by(inner.c.phase)).all()
    return {phase: count for phase, count in rows}
