"""Read queries behind the three ledger tabs: matter approvals, rectification, information.

Each table is a :class:`~dudao_desktop.services.listing.Listing` (no Qt here). Re-exported by
``services.overview`` for older imports.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_

from ..db.engine import Database
from ..model import (
    ApprovalMatter,
    BlacklistEntry,
    EstablishmentSnapshot,
    Problem,
    Suggestion,
    Unit,
    UnitWarning,
)
from ..model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from .listing import QT_TRANSLATE_NOOP, Column, Listing
from .suggestions import SOURCES

APPROVAL_PHASE_LABELS = {
    "application": QT_TRANSLATE_NOOP("Vocab", "Application"),
    "research": QT_TRANSLATE_NOOP("Vocab", "Research"),
    "decision": QT_TRANSLATE_NOOP("Vocab", "Decision"),
    "implemented": QT_TRANSLATE_NOOP("Vocab", "Implemented"),
}


# Matter approval ledger -----------------------------------------------------------------------
class ApprovalListing(Listing):
    TITLE, UNIT, PHASE, APPLIED_ON, MEETING_ON, DOCUMENT = range(6)
    default_sort = APPLIED_ON
    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Matter"), ApprovalMatter.title),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column(
            "phase",
            QT_TRANSLATE_NOOP("Columns", "Phase"),
            ApprovalMatter.phase,
            labels=APPROVAL_PHASE_LABELS,
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

    def id_expr(self) -> Any:
        return ApprovalMatter.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(ApprovalMatter)
            .join(Unit, Unit.id == ApprovalMatter.unit_id)
            .where(ApprovalMatter.deleted.is_(False))
        )


def approval_matter(database: Database, matter_id: str) -> ApprovalMatter | None:
    with database.Session() as s:
        return s.get(ApprovalMatter, matter_id)


# Rectification ledger -------------------------------------------------------------------------
class ProblemListing(Listing):
    YEAR, UNIT, CATEGORY, DESCRIPTION, SOURCE, STATUS, DEADLINE, RESPONSIBLE = range(8)
    default_sort = YEAR
    columns = (
        Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), Problem.year, kind="int"),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column(
            "category",
            QT_TRANSLATE_NOOP("Columns", "Category"),
            Problem.category,
            labels=PROBLEM_CATEGORIES,
        ),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Problem"), Problem.description),
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), Problem.source),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            Problem.status,
            labels=PROBLEM_STATUS_LABELS,
        ),
        Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), Problem.deadline, kind="date"),
        Column(
            "responsible", QT_TRANSLATE_NOOP("Columns", "Responsible person"), Problem.responsible
        ),
    )

    def __init__(self, database: Database, status: str | None = None) -> None:
        super().__init__(database)
        self.status = status

    def id_expr(self) -> Any:
        return Problem.id

    def search_exprs(self):
        return [Unit.name, Problem.description, Problem.source, Problem.responsible]

    def statement(self, stmt: Select) -> Select:
        stmt = (
            stmt.select_from(Problem)
            .join(Unit, Unit.id == Problem.unit_id)
            .where(Problem.deleted.is_(False))
        )
        if self.status:
            stmt = stmt.where(Problem.status == self.status)
        return stmt


class SuggestionListing(Listing):
    UNIT, CATEGORY, TEXT, SOURCE, RESPONSE = range(5)
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column(
            "category",
            QT_TRANSLATE_NOOP("Columns", "Category"),
            Suggestion.category,
            labels=PROBLEM_CATEGORIES,
        ),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Suggestion"), Suggestion.text),
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), Suggestion.source, labels=SOURCES),
        Column("response", QT_TRANSLATE_NOOP("Columns", "Response"), Suggestion.response),
    )

    def id_expr(self) -> Any:
        return Suggestion.id

    def search_exprs(self):
        return [Unit.name, Suggestion.text, Suggestion.response]

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(Suggestion)
            .outerjoin(Unit, Unit.id == Suggestion.unit_id)
            .where(Suggestion.deleted.is_(False))
        )


# Information data ledger ----------------------------------------------------------------------
_snapshot_approved = (
    EstablishmentSnapshot.establishment_admin
    + EstablishmentSnapshot.establishment_institution
    + EstablishmentSnapshot.establishment_law
)


# A snapshot's month and figures: the columns of every snapshot view.
SNAPSHOT_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Columns", "Month"), EstablishmentSnapshot.month),
    Column(
        "approved",
        QT_TRANSLATE_NOOP("Columns", "Approved establishment"),
        _snapshot_approved,
        kind="int",
    ),
    Column(
        "actual",
        QT_TRANSLATE_NOOP("Columns", "Actual staff"),
        EstablishmentSnapshot.actual_staff,
        kind="int",
    ),
    Column(
        "posts_approved",
        QT_TRANSLATE_NOOP("Columns", "Leader posts approved"),
        EstablishmentSnapshot.leader_posts_approved,
        kind="int",
    ),
    Column(
        "posts_actual",
        QT_TRANSLATE_NOOP("Columns", "Leader posts actual"),
        EstablishmentSnapshot.leader_posts_actual,
        kind="int",
    ),
    Column(
        "institutions",
        QT_TRANSLATE_NOOP("Columns", "Internal institutions"),
        EstablishmentSnapshot.internal_institutions,
    ),
    Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), EstablishmentSnapshot.source),
)


class SnapshotListing(Listing):
    UNIT, MONTH, APPROVED, ACTUAL, POSTS_APPROVED, POSTS_ACTUAL, INSTITUTIONS, SOURCE = range(8)
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        *SNAPSHOT_COLUMNS,
    )

    def id_expr(self) -> Any:
        return EstablishmentSnapshot.id

    def search_exprs(self):
        return [Unit.name, Unit.uscc, EstablishmentSnapshot.month]

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(EstablishmentSnapshot)
            .join(Unit, Unit.id == EstablishmentSnapshot.unit_id)
            .where(EstablishmentSnapshot.deleted.is_(False))
        )


class WarningListing(Listing):
    RAISED_ON, UNIT, RULE, MESSAGE, CLEARED_ON, ACKNOWLEDGED = range(6)
    default_sort = RAISED_ON
    columns = (
        Column(
            "raised_on",
            QT_TRANSLATE_NOOP("Columns", "Raised on"),
            UnitWarning.raised_on,
            kind="date",
        ),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("rule", QT_TRANSLATE_NOOP("Columns", "Rule"), UnitWarning.rule),
        Column("message", QT_TRANSLATE_NOOP("Columns", "Warning"), UnitWarning.message),
        Column(
            "cleared_on",
            QT_TRANSLATE_NOOP("Columns", "Cleared on"),
            UnitWarning.cleared_on,
            kind="date",
        ),
        Column(
            "acknowledged",
            QT_TRANSLATE_NOOP("Columns", "Acknowledged"),
            UnitWarning.acknowledged,
            kind="bool",
        ),
    )

    def __init__(self, database: Database, open_only: bool = False) -> None:
        super().__init__(database)
        self.open_only = open_only  # neither acknowledged nor cleared (the dashboard figure)

    def id_expr(self) -> Any:
        return UnitWarning.id

    def statement(self, stmt: Select) -> Select:
        stmt = (
            stmt.select_from(UnitWarning)
            .outerjoin(Unit, Unit.id == UnitWarning.unit_id)
            .where(UnitWarning.deleted.is_(False))
        )
        if self.open_only:
            stmt = stmt.where(UnitWarning.acknowledged.is_(False), UnitWarning.cleared_on.is_(None))
        return stmt


class BlacklistListing(Listing):
    UNIT, REASON, LISTED_ON, REMOVED_ON, REMOVAL_REASON = range(5)
    default_sort = LISTED_ON
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("reason", QT_TRANSLATE_NOOP("Columns", "Reason"), BlacklistEntry.reason),
        Column(
            "listed_on",
            QT_TRANSLATE_NOOP("Columns", "Listed on"),
            BlacklistEntry.listed_on,
            kind="date",
        ),
        Column(
            "removed_on",
            QT_TRANSLATE_NOOP("Columns", "Removed on"),
            BlacklistEntry.removed_on,
            kind="date",
        ),
        Column(
            "removal_reason",
            QT_TRANSLATE_NOOP("Columns", "Removal reason"),
            BlacklistEntry.removal_reason,
        ),
    )

    def __init__(self, database: Database, current_only: bool = False) -> None:
        super().__init__(database)
        self.current_only = current_only  # not removed yet (the dashboard figure)

    def id_expr(self) -> Any:
        return BlacklistEntry.id

    def statement(self, stmt: Select) -> Select:
        stmt = (
            stmt.select_from(BlacklistEntry)
            .join(Unit, and_(Unit.id == BlacklistEntry.unit_id))
            .where(BlacklistEntry.deleted.is_(False))
        )
        if self.current_only:
            stmt = stmt.where(BlacklistEntry.removed_on.is_(None))
        return stmt
