"""The one query layer behind the dashboard, the supervision report and its workbook.

Every figure the leadership sees is computed here once, so the screen, the PDF and the
``.xlsx`` can never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, or_, select

from ..db.engine import Database
from ..model import (
    Assignment,
    BlacklistEntry,
    Campaign,
    Department,
    GroupMembership,
    Inspection,
    InspectionGroup,
    Inspector,
    Problem,
    Suggestion,
    Unit,
    UnitWarning,
)
from ..model.unit import ESTABLISHMENT_COLUMNS
from ..model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUSES, STEPS, grading_bands
from .listing import live
from .problem_query import ProblemFilters, conditions

DONE_STATUSES = ("rectified", "verified")
# An inspection counts as covered once the unit was visited on site (a visit date) or has
# moved past on-site verification.
COVERED_STEPS = ("evaluation", "feedback", "look_back", "closed")


@dataclass
class GroupSummary:
    number: int
    name: str
    leader: str
    members: int
    units: int
    covered: int
    id: str = ""


@dataclass
class KindFigures:
    """One establishment kind across the active units: 核定, 实有, 空编 and 超编 (summed per
    unit, so one unit's vacancies never hide another's excess), units over."""

    kind: str  # a key of ESTABLISHMENT_KINDS, or "unknown" for staff of unrecorded kind
    approved: int = 0
    actual: int = 0
    vacant: int = 0
    over: int = 0
    units_over: int = 0


@dataclass
class CampaignFigures:
    campaign_id: str
    campaign_name: str
    start_date: date | None
    end_date: date | None
    units_in_roster: int = 0
    units_assigned: int = 0
    units_covered: int = 0
    # Assigned in the campaign and not covered yet (the units tab's "not visited" filter).
    units_not_visited: int = 0
    groups: int = 0
    by_step: dict[str, int] = field(default_factory=dict)
    by_group: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: int = 0
    problems_by_category: dict[str, int] = field(default_factory=dict)
    problems_by_status: dict[str, int] = field(default_factory=dict)
    problems_by_department: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    suggestions: int = 0
    suggestions_by_category: dict[str, int] = field(default_factory=dict)
    grades: dict[str, int] = field(default_factory=dict)
    open_warnings: int = 0
    blacklisted: int = 0
    group_summaries: list[GroupSummary] = field(default_factory=list)
    first_visit: date | None = None
    last_visit: date | None = None
    rectified_by_category: dict[str, int] = field(default_factory=dict)
    # Active units per unit kind, and the establishment per establishment kind.
    units_by_kind: dict[str, int] = field(default_factory=dict)
    establishment: list[KindFigures] = field(default_factory=list)

    @property
    def rectification_rate(self) -> float:
        done = sum(self.problems_by_status.get(s, 0) for s in DONE_STATUSES)
        return done / self.problems if self.problems else 0.0

    @property
    def rectified(self) -> int:
        return sum(self.problems_by_status.get(s, 0) for s in DONE_STATUSES)

    @property
    def coverage_rate(self) -> float:
        return self.units_covered / self.units_in_roster if self.units_in_roster else 0.0

    @property
    def graded(self) -> int:
        return sum(self.grades.values())


def covered_condition():
    """The SQL condition of an inspection whose unit counts as covered."""
    return or_(Inspection.visited_on.is_not(None), Inspection.step.in_(COVERED_STEPS))


def current_campaign_id(database: Database) -> str | None:
    """The active campaign (the newest by year if several), else the newest of any."""
    with database.Session() as s:
        query = (
            select(Campaign.id)
            .where(live(Campaign))
            .order_by(
                (Campaign.status == "active").desc(),
                Campaign.year.desc(),
                Campaign.created_hlc.desc(),
            )
        )
        return s.execute(query.limit(1)).scalar()


def campaign_figures(database: Database, campaign_id: str, today: date | None = None):
    today = today or date.today()
    with database.Session() as s:
        campaign = s.get(Campaign, campaign_id)
        figures = CampaignFigures(
            campaign_id, campaign.name, campaign.start_date, campaign.end_date
        )
        figures.units_in_roster = (
            s.scalar(select(func.count()).where(live(Unit), Unit.status == "active")) or 0
        )
        figures.units_assigned = (
            s.scalar(
                select(func.count(func.distinct(Assignment.unit_id))).where(
                    Assignment.campaign_id == campaign_id, live(Assignment)
                )
            )
            or 0
        )
        steps = dict(
            s.execute(
                select(Inspection.step, func.count())
                .where(Inspection.campaign_id == campaign_id, live(Inspection))
                .group_by(Inspection.step)
            ).all()
        )
        figures.by_step = {step: steps.get(step, 0) for step in STEPS}
        inspection_scope = (Inspection.campaign_id == campaign_id) & live(Inspection)
        figures.units_covered = (
            s.scalar(
                select(func.count(func.distinct(Inspection.unit_id))).where(
                    inspection_scope, covered_condition()
                )
            )
            or 0
        )
        figures.units_not_visited = (
            s.scalar(
                select(func.count(func.distinct(Assignment.unit_id))).where(
                    Assignment.campaign_id == campaign_id,
                    live(Assignment),
                    Assignment.unit_id.not_in(
                        select(Inspection.unit_id).where(inspection_scope, covered_condition())
                    ),
                )
            )
            or 0
        )
        figures.first_visit, figures.last_visit = s.execute(
            select(func.min(Inspection.visited_on), func.max(Inspection.visited_on)).where(
                inspection_scope
            )
        ).one()
        figures.group_summaries = _group_summaries(s, campaign_id)
        groups = s.execute(
            select(InspectionGroup.name, Inspection.step, func.count())
            .join(Assignment, Assignment.group_id == InspectionGroup.id)
            .join(
                Inspection,
                (Inspection.unit_id == Assignment.unit_id)
                & (Inspection.campaign_id == campaign_id),
            )
            .where(
                InspectionGroup.campaign_id == campaign_id,
                live(InspectionGroup),
                live(Assignment),
                live(Inspection),
            )
            .group_by(InspectionGroup.number, InspectionGroup.name, Inspection.step)
            .order_by(InspectionGroup.number)
        ).all()
        figures.groups = (
            s.scalar(
                select(func.count()).where(
                    InspectionGroup.campaign_id == campaign_id, live(InspectionGroup)
                )
            )
            or 0
        )
        for name, step, count in groups:
            figures.by_group.setdefault(name, {st: 0 for st in STEPS})[step] = count
        # "IS NOT 1" keeps the planner on the campaign index: with "IS 0" it prefers the
        # (deleted, …) ledger indexes and reads every problem of every campaign.
        problem_scope = (Problem.campaign_id == campaign_id) & Problem.deleted.is_not(True)
        figures.problems_by_category = _ordered(
            s.execute(
                select(Problem.category, func.count())
                .where(problem_scope)
                .group_by(Problem.category)
            ).all(),
            PROBLEM_CATEGORIES,
        )
        figures.problems_by_status = _ordered(
            s.execute(
                select(Problem.status, func.count()).where(problem_scope).group_by(Problem.status)
            ).all(),
            PROBLEM_STATUSES,
        )
        figures.problems = sum(figures.problems_by_status.values())
        figures.rectified_by_category = dict(
            s.execute(
                select(Problem.category, func.count())
                .where(problem_scope, Problem.status.in_(DONE_STATUSES))
                .group_by(Problem.category)
            ).all()
        )
        figures.problems_by_department = dict(
            s.execute(
                select(Department.name, func.count())
                .select_from(Problem)
                .join(Unit, Unit.id == Problem.unit_id)
                .join(Department, Department.id == Unit.department_id)
                .where(problem_scope)
                .group_by(Department.name)
                .order_by(func.count().desc(), Department.name)
            ).all()
        )
        # The ledger's own "overdue" conditions: the click-through shows exactly these rows.
        overdue = ProblemFilters(campaign_id=campaign_id, overdue=True, today=today)
        where = conditions(overdue)
        where[0] = Problem.deleted.is_not(True)  # the campaign index, as above
        figures.overdue = s.scalar(select(func.count()).where(*where)) or 0
        suggestion_scope = (Suggestion.campaign_id == campaign_id) & live(Suggestion)
        figures.suggestions_by_category = _ordered(
            s.execute(
                select(Suggestion.category, func.count())
                .where(suggestion_scope)
                .group_by(Suggestion.category)
            ).all(),
            PROBLEM_CATEGORIES,
        )
        figures.suggestions = sum(figures.suggestions_by_category.values())
        figures.grades = _ordered(
            s.execute(
                select(Inspection.grade, func.count())
                .where(
                    Inspection.campaign_id == campaign_id, live(Inspection), Inspection.grade != ""
                )
                .group_by(Inspection.grade)
            ).all(),
            [band["code"] for band in grading_bands()],
        )
        figures.open_warnings = (
            s.scalar(
                select(func.count()).where(
                    live(UnitWarning),
                    UnitWarning.acknowledged.is_(False),
                    UnitWarning.cleared_on.is_(None),
                )
            )
            or 0
        )
        figures.units_by_kind = dict(
            s.execute(
                select(Unit.kind, func.count())
                .where(live(Unit), Unit.status == "active")
                .group_by(Unit.kind)
                .order_by(func.count().desc(), Unit.kind)
            ).all()
        )
        figures.establishment = establishment_by_kind(s)
        figures.blacklisted = (
            s.scalar(
                select(func.count(func.distinct(BlacklistEntry.unit_id))).where(
                    live(BlacklistEntry), BlacklistEntry.removed_on.is_(None)
                )
            )
            or 0
        )
    return figures


def establishment_by_kind(s) -> list[KindFigures]:
    """Approved and actual establishment per kind over the active units, in SQL."""
    columns = []
    for approved, actual in ESTABLISHMENT_COLUMNS.values():
        a, b = getattr(Unit, approved), getattr(Unit, actual)
        columns += [
            func.coalesce(func.sum(a), 0),
            func.coalesce(func.sum(b), 0),
            func.coalesce(func.sum(case((a > b, a - b), else_=0)), 0),
            func.coalesce(func.sum(case((b > a, b - a), else_=0)), 0),
            func.coalesce(func.sum(case((b > a, 1), else_=0)), 0),
        ]
    known = sum(getattr(Unit, actual) for _, actual in ESTABLISHMENT_COLUMNS.values())
    columns.append(
        func.coalesce(
            func.sum(case((Unit.actual_staff > known, Unit.actual_staff - known), else_=0)), 0
        )
    )
    row = s.execute(select(*columns).where(live(Unit), Unit.status == "active")).one()
    result = [
        KindFigures(kind, *row[index * 5 : index * 5 + 5])
        for index, kind in enumerate(ESTABLISHMENT_COLUMNS)
    ]
    result.append(KindFigures("unknown", actual=row[-1]))
    return result


def _group_summaries(s, campaign_id: str) -> list[GroupSummary]:
    groups = s.execute(
        select(InspectionGroup.id, InspectionGroup.number, InspectionGroup.name, Inspector.name)
        .outerjoin(Inspector, Inspector.id == InspectionGroup.leader_id)
        .where(InspectionGroup.campaign_id == campaign_id, live(InspectionGroup))
        .order_by(InspectionGroup.number)
    ).all()
    members = dict(
        s.execute(
            select(GroupMembership.group_id, func.count())
            .where(live(GroupMembership))
            .group_by(GroupMembership.group_id)
        ).all()
    )
    units = dict(
        s.execute(
            select(Assignment.group_id, func.count(func.distinct(Assignment.unit_id)))
            .where(Assignment.campaign_id == campaign_id, live(Assignment))
            .group_by(Assignment.group_id)
        ).all()
    )
    covered = dict(
        s.execute(
            select(Assignment.group_id, func.count(func.distinct(Inspection.unit_id)))
            .join(
                Inspection,
                (Inspection.unit_id == Assignment.unit_id)
                & (Inspection.campaign_id == campaign_id),
            )
            .where(
                Assignment.campaign_id == campaign_id,
                live(Assignment),
                live(Inspection),
                covered_condition(),
            )
            .group_by(Assignment.group_id)
        ).all()
    )
    return [
        GroupSummary(
            number,
            name,
            leader or "",
            members.get(gid, 0),
            units.get(gid, 0),
            covered.get(gid, 0),
            gid,
        )
        for gid, number, name, leader in groups
    ]


def _ordered(rows, vocabulary) -> dict[str, int]:
    """Counts in vocabulary order, unknown keys last, zero-count keys left out."""
    counts = Counter(dict(rows))
    ordered = {key: counts.pop(key) for key in vocabulary if counts.get(key)}
    ordered.update(sorted(counts.items()))
    return ordered
