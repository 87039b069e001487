"""Read queries behind the read-only tabs: campaign plan, evidence, ledgers.

Each table is a :class:`~dudao_desktop.services.listing.Listing`; the GUI shows it with
``ui.table_model.QueryTableModel``. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select

from ..db.engine import Database
from ..model import (
    ApprovalMatter,
    Assignment,
    BlacklistEntry,
    Campaign,
    EstablishmentSnapshot,
    Evidence,
    GroupMembership,
    InspectionGroup,
    Inspector,
    Interview,
    Milestone,
    Problem,
    Suggestion,
    Unit,
    UnitWarning,
)
from ..model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS, STEP_LABELS
from .listing import QT_TRANSLATE_NOOP, Column, Listing, ListRow

APPROVAL_PHASE_LABELS = {
    "application": QT_TRANSLATE_NOOP("Vocab", "Application"),
    "research": QT_TRANSLATE_NOOP("Vocab", "Research"),
    "decision": QT_TRANSLATE_NOOP("Vocab", "Decision"),
    "implemented": QT_TRANSLATE_NOOP("Vocab", "Implemented"),
}
MILESTONE_STEP_LABELS = {
    **STEP_LABELS,
    "plan": QT_TRANSLATE_NOOP("Vocab", "Plan"),
    "training": QT_TRANSLATE_NOOP("Vocab", "Training"),
}


# Campaigns ------------------------------------------------------------------------------------
def campaigns(database: Database) -> list[Campaign]:
    """All campaigns, newest first."""
    with database.Session() as s:
        return list(
            s.execute(
                select(Campaign)
                .where(Campaign.deleted.is_(False))
                .order_by(Campaign.year.desc(), Campaign.start_date.desc(), Campaign.name)
            ).scalars()
        )


def current_campaign(database: Database) -> Campaign | None:
    """The campaign the office works on: the newest active one, else the newest."""
    found = campaigns(database)
    active = [c for c in found if c.status == "active"]
    return (active or found or [None])[0]


@dataclass(frozen=True)
class CampaignSummary:
    campaign: Campaign
    groups: int
    assigned_units: int
    milestones: int


def campaign_summary(database: Database, campaign_id: str) -> CampaignSummary | None:
    with database.Session() as s:
        campaign = s.get(Campaign, campaign_id)
        if campaign is None:
            return None

        def count(model, *where) -> int:
            query = select(func.count()).select_from(model).where(model.deleted.is_(False), *where)
            return s.execute(query).scalar_one()

        return CampaignSummary(
            campaign=campaign,
            groups=count(InspectionGroup, InspectionGroup.campaign_id == campaign_id),
            assigned_units=count(Assignment, Assignment.campaign_id == campaign_id),
            milestones=count(Milestone, Milestone.campaign_id == campaign_id),
        )


class _CampaignListing(Listing):
    def __init__(self, database: Database, campaign_id: str | None) -> None:
        super().__init__(database)
        self.campaign_id = campaign_id or ""


class MilestoneListing(_CampaignListing):
    """The timetable and roadmap of a campaign."""

    STEP, TITLE, START, DUE, RESPONSIBLE = range(5)
    default_sort = START
    columns = (
        Column(
            "step",
            QT_TRANSLATE_NOOP("Columns", "Step"),
            Milestone.step,
            labels=MILESTONE_STEP_LABELS,
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Milestone"), Milestone.title),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), Milestone.start_date, kind="date"),
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), Milestone.due_date, kind="date"),
        Column("responsible", QT_TRANSLATE_NOOP("Columns", "Responsible"), Milestone.responsible),
    )

    def id_expr(self) -> Any:
        return Milestone.id

    def statement(self, stmt: Select) -> Select:
        return stmt.select_from(Milestone).where(
            Milestone.campaign_id == self.campaign_id, Milestone.deleted.is_(False)
        )


_units_per_group = (
    select(func.count())
    .where(Assignment.group_id == InspectionGroup.id, Assignment.deleted.is_(False))
    .correlate(InspectionGroup)
    .scalar_subquery()
)


class GroupListing(_CampaignListing):
    """Inspection groups with leader, members and the number of assigned units."""

    NUMBER, NAME, LEADER, MEMBERS, UNITS = range(5)
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), InspectionGroup.number, kind="int"),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Inspection group"), InspectionGroup.name),
        Column("leader", QT_TRANSLATE_NOOP("Columns", "Leader"), Inspector.name),
        Column("members", QT_TRANSLATE_NOOP("Columns", "Members"), sortable=False),
        Column(
            "units", QT_TRANSLATE_NOOP("Columns", "Assigned units"), _units_per_group, kind="int"
        ),
    )

    def id_expr(self) -> Any:
        return InspectionGroup.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(InspectionGroup)
            .outerjoin(Inspector, Inspector.id == InspectionGroup.leader_id)
            .where(
                InspectionGroup.campaign_id == self.campaign_id,
                InspectionGroup.deleted.is_(False),
            )
        )

    def decorate(self, rows: list[ListRow]) -> list[ListRow]:
        ids = [r.id for r in rows]
        members: dict[str, list[str]] = {i: [] for i in ids}
        with self.database.Session() as s:
            found = s.execute(
                select(GroupMembership.group_id, Inspector.name)
                .join(Inspector, Inspector.id == GroupMembership.inspector_id)
                .where(
                    GroupMembership.group_id.in_(ids),
                    GroupMembership.role != "leader",
                    GroupMembership.deleted.is_(False),
                )
                .order_by(Inspector.name)
            ).all()
        for group_id, name in found:
            members[group_id].append(name)
        return [
            ListRow(
                r.id,
                r.values[: self.MEMBERS]
                + ("、".join(members[r.id]),)
                + r.values[self.MEMBERS + 1 :],
            )
            for r in rows
        ]


# On-site evidence -----------------------------------------------------------------------------
class EvidenceListing(Listing):
    CAPTION, UNIT, KIND, FILE, SIZE, CAPTURED_BY, CAPTURED_AT = range(7)
    default_sort = CAPTURED_AT
    columns = (
        Column("caption", QT_TRANSLATE_NOOP("Columns", "Caption"), Evidence.caption),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Evidence.media_kind),
        Column("file", QT_TRANSLATE_NOOP("Columns", "File"), Evidence.original_name),
        Column("size", QT_TRANSLATE_NOOP("Columns", "Size (bytes)"), Evidence.size, kind="int"),
        Column("captured_by", QT_TRANSLATE_NOOP("Columns", "Captured by"), Evidence.captured_by),
        Column(
            "captured_at",
            QT_TRANSLATE_NOOP("Columns", "Captured at"),
            Evidence.captured_at,
            kind="date",
        ),
    )

    def id_expr(self) -> Any:
        return Evidence.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(Evidence)
            .outerjoin(Unit, Unit.id == Evidence.unit_id)
            .where(Evidence.deleted.is_(False))
        )


class InterviewListing(Listing):
    UNIT, HELD_ON, PLACE, PARTICIPANTS, TOPICS, NEEDS = range(6)
    default_sort = HELD_ON
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("held_on", QT_TRANSLATE_NOOP("Columns", "Held on"), Interview.held_on, kind="date"),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), Interview.place),
        Column(
            "participants", QT_TRANSLATE_NOOP("Columns", "Participants"), Interview.participants
        ),
        Column("topics", QT_TRANSLATE_NOOP("Columns", "Topics"), Interview.topics),
        Column("needs", QT_TRANSLATE_NOOP("Columns", "Needs and difficulties"), Interview.needs),
    )

    def id_expr(self) -> Any:
        return Interview.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(Interview)
            .join(Unit, Unit.id == Interview.unit_id)
            .where(Interview.deleted.is_(False))
        )


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
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), Suggestion.source),
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


class SnapshotListing(Listing):
    UNIT, MONTH, APPROVED, ACTUAL, POSTS_APPROVED, POSTS_ACTUAL, INSTITUTIONS, SOURCE = range(8)
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
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

    def id_expr(self) -> Any:
        return UnitWarning.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(UnitWarning)
            .outerjoin(Unit, Unit.id == UnitWarning.unit_id)
            .where(UnitWarning.deleted.is_(False))
        )


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

    def id_expr(self) -> Any:
        return BlacklistEntry.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(BlacklistEntry)
            .join(Unit, and_(Unit.id == BlacklistEntry.unit_id))
            .where(BlacklistEntry.deleted.is_(False))
        )
