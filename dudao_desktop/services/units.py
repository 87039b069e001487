"""Unit roster queries for the units tab: the unit list, filter choices, a unit's checklist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, literal, select

from ..db.engine import Database
from ..model import (
    Answer,
    Assignment,
    Department,
    Inspection,
    InspectionGroup,
    Unit,
    UnitWarning,
)
from ..model.unit import ESTABLISHMENT_COLUMNS
from ..model.vocab import STEP_LABELS, UNIT_KINDS, UNIT_STATUSES
from .listing import QT_TRANSLATE_NOOP, Column, Listing, live
from .overview import current_campaign

ANY_WARNING = "any"


def _approved():
    """All approved establishment (the kinds added up), in SQL."""
    columns = [getattr(Unit, approved) for approved, _ in ESTABLISHMENT_COLUMNS.values()]
    total = columns[0]
    for column in columns[1:]:
        total = total + column
    return total


class UnitListing(Listing):
    """Units of the roster, optionally filtered by department, kind and group."""

    (
        NAME,
        USCC,
        KIND,
        DEPARTMENT,
        GROUP,
        APPROVED,
        ACTUAL,
        POSTS_APPROVED,
        POSTS_ACTUAL,
        EXPIRY,
        STATUS,
    ) = range(11)
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("uscc", QT_TRANSLATE_NOOP("Columns", "USCC"), Unit.uscc),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Unit.kind, labels=UNIT_KINDS),
        Column(
            "department", QT_TRANSLATE_NOOP("Columns", "Supervising department"), Department.name
        ),
        Column("group", QT_TRANSLATE_NOOP("Columns", "Inspection group"), InspectionGroup.name),
        Column(
            "approved",
            QT_TRANSLATE_NOOP("Columns", "Approved establishment"),
            _approved(),
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
            "expiry",
            QT_TRANSLATE_NOOP("Columns", "Certificate expiry"),
            Unit.certificate_expiry,
            kind="date",
        ),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), Unit.status, labels=UNIT_STATUSES),
    )

    def __init__(
        self,
        database: Database,
        campaign_id: str | None = None,
        department_id: str | None = None,
        kind: str | None = None,
        group_id: str | None = None,
        step: str | None = None,
        visited: bool | None = None,
        warning: str | None = None,
        status: str | None = "active",
    ) -> None:
        super().__init__(database)
        self.campaign_id = campaign_id
        # The active roster by default; None lists revoked and transferred units too.
        self.status = status
        self.department_id = department_id
        self.kind = kind
        self.group_id = group_id
        # The dashboard's figures: units at a procedure step in the campaign; covered
        # (visited=True) or assigned and not yet covered (visited=False).
        self.step = step
        self.visited = visited
        # Units with an open early warning: ANY_WARNING or one rule's key.
        self.warning = warning

    def id_expr(self) -> Any:
        return Unit.id

    def search_exprs(self):
        return [Unit.name, Unit.uscc]

    def statement(self, stmt: Select) -> Select:
        stmt = (
            stmt.select_from(Unit)
            .outerjoin(Department, Department.id == Unit.department_id)
            .outerjoin(
                Assignment,
                and_(
                    Assignment.unit_id == Unit.id,
                    Assignment.campaign_id == (self.campaign_id or literal("")),
                    Assignment.deleted.is_(False),
                ),
            )
            .outerjoin(InspectionGroup, InspectionGroup.id == Assignment.group_id)
            .where(live(Unit))
        )
        if self.status:
            stmt = stmt.where(Unit.status == self.status)
        if self.department_id:
            stmt = stmt.where(Unit.department_id == self.department_id)
        if self.kind:
            stmt = stmt.where(Unit.kind == self.kind)
        if self.group_id:
            stmt = stmt.where(Assignment.group_id == self.group_id)
        inspected = select(Inspection.unit_id).where(
            Inspection.campaign_id == (self.campaign_id or ""), Inspection.deleted.is_(False)
        )
        if self.step:
            stmt = stmt.where(Unit.id.in_(inspected.where(Inspection.step == self.step)))
        if self.warning:
            open_warnings = select(UnitWarning.unit_id).where(
                UnitWarning.deleted.is_(False),
                UnitWarning.cleared_on.is_(None),
                UnitWarning.unit_id.is_not(None),
            )
            if self.warning != ANY_WARNING:
                open_warnings = open_warnings.where(UnitWarning.rule == self.warning)
            stmt = stmt.where(Unit.id.in_(open_warnings))
        if self.visited is not None:
            from .figures import covered_condition

            covered = Unit.id.in_(inspected.where(covered_condition()))
            if self.visited:
                stmt = stmt.where(covered)
            else:
                stmt = stmt.where(Assignment.id.is_not(None), ~covered)
        return stmt


def department_choices(database: Database) -> list[tuple[str, str]]:
    """(id, name) of every supervising department, by name."""
    with database.Session() as s:
        rows = s.execute(
            select(Department.id, Department.name)
            .where(Department.deleted.is_(False))
            .order_by(Department.name)
        ).all()
    return [(r[0], r[1]) for r in rows]


def warning_choices(database: Database) -> list[tuple[str, str]]:
    """(rule key, English label) of the warning rules that units have open now, by label."""
    from .warnings import RULE_LABELS

    with database.Session() as s:
        rules = set(
            s.scalars(
                select(UnitWarning.rule)
                .where(
                    UnitWarning.deleted.is_(False),
                    UnitWarning.cleared_on.is_(None),
                    UnitWarning.unit_id.is_not(None),
                )
                .distinct()
            )
        )
    return sorted(((r, RULE_LABELS.get(r, r)) for r in rules), key=lambda c: c[1])


def group_choices(database: Database, campaign_id: str | None) -> list[tuple[str, str]]:
    """(id, name) of the campaign's inspection groups, by number."""
    if not campaign_id:
        return []
    with database.Session() as s:
        rows = s.execute(
            select(InspectionGroup.id, InspectionGroup.name)
            .where(InspectionGroup.campaign_id == campaign_id, InspectionGroup.deleted.is_(False))
            .order_by(InspectionGroup.number)
        ).all()
    return [(r[0], r[1]) for r in rows]


@dataclass(frozen=True)
class UnitDetail:
    unit: Unit
    department: str
    group: str
    step: str
    step_label: str
    grade: str
    answers: int


def unit_detail(database: Database, unit_id: str, campaign_id: str | None = None) -> UnitDetail:
    if campaign_id is None:
        campaign = current_campaign(database)
        campaign_id = campaign.id if campaign else None
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            from ..errors import NotFoundError

            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This unit no longer exists."))
        department = s.get(Department, unit.department_id) if unit.department_id else None
        group = s.execute(
            select(InspectionGroup.name)
            .join(Assignment, Assignment.group_id == InspectionGroup.id)
            .where(
                Assignment.unit_id == unit_id,
                Assignment.campaign_id == campaign_id,
                Assignment.deleted.is_(False),
            )
        ).scalar()
        inspection = s.execute(
            select(Inspection).where(
                Inspection.unit_id == unit_id,
                Inspection.campaign_id == campaign_id,
                Inspection.deleted.is_(False),
            )
        ).scalar()
        answers = 0
        if inspection is not None:
            answers = len(
                s.execute(
                    select(Answer.id).where(
                        Answer.inspection_id == inspection.id, Answer.deleted.is_(False)
                    )
                ).all()
            )
    step = inspection.step if inspection else ""
    return UnitDetail(
        unit=unit,
        department=department.name if department else "",
        group=group or "",
        step=step,
        step_label=STEP_LABELS.get(step, ""),
        grade=inspection.grade if inspection else "",
        answers=answers,
    )
