"""Read queries behind the read-only tabs: campaign plan, evidence, ledgers.

Each table is a :class:`~dudao_desktop.services.listing.Listing`; the GUI shows it with
``ui.table_model.QueryTableModel``. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from ..db.engine import Database
from ..model import (
    Assignment,
    Campaign,
    Evidence,
    GroupMembership,
    InspectionGroup,
    Inspector,
    Interview,
    Milestone,
    Unit,
)
from ..model.vocab import STEP_LABELS
from .listing import QT_TRANSLATE_NOOP, Column, Listing, ListRow

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


__all__ = [
    "CampaignSummary",
    "EvidenceListing",
    "GroupListing",
    "InterviewListing",
    "MilestoneListing",
    "campaign_summary",
    "campaigns",
    "current_campaign",
]
