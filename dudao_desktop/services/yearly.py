"""The yearly analysis (每年剖析) of the information data ledger for a chosen year.

* establishment use per supervising department, from each unit's latest snapshot of the
  year (the unit's current figures when it has none that year);
* establishment matters approved that year (a decision taken or implemented);
* problems found and rectified per year since 2013;
* repeat problems: the same unit with the same category of problem in several
  campaigns or years;
* warnings raised and cleared that year, per rule.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import String, cast, func, literal, select

from ..db.engine import Database
from ..model import (
    ApprovalMatter,
    Department,
    EstablishmentSnapshot,
    Problem,
    Unit,
    UnitWarning,
)
from ..model.unit import ESTABLISHMENT_COLUMNS
from .controls import HoldRow
from .controls import holds as control_holds
from .figures import DONE_STATUSES
from .followup import APPROVED_PHASES
from .listing import live
from .regulations import RevisionRow
from .regulations import revisions as regulation_revisions
from .warnings import over_kinds

FIRST_YEAR = 2013


@dataclass
class DepartmentUse:
    department: str
    units: int = 0
    approved: int = 0
    actual: int = 0
    vacancy: int = 0
    over_quota_units: int = 0
    over_quota_staff: int = 0
    from_snapshots: int = 0

    @property
    def usage_rate(self) -> float:
        return self.actual / self.approved if self.approved else 0.0


@dataclass
class MatterLine:
    unit: str
    title: str
    phase: str
    decided_on: date | None
    document_number: str


@dataclass
class YearProblems:
    year: int
    found: int = 0
    rectified: int = 0

    @property
    def open(self) -> int:
        return self.found - self.rectified

    @property
    def rate(self) -> float:
        return self.rectified / self.found if self.found else 0.0


@dataclass
class RepeatProblem:
    unit: str
    category: str
    occurrences: int
    years: list[int]


@dataclass
class WarningFigures:
    rule: str
    raised: int = 0
    cleared: int = 0


@dataclass
class YearlyAnalysis:
    year: int
    establishment: list[DepartmentUse] = field(default_factory=list)
    matters: list[MatterLine] = field(default_factory=list)
    problems_by_year: list[YearProblems] = field(default_factory=list)
    repeats: list[RepeatProblem] = field(default_factory=list)
    warnings: list[WarningFigures] = field(default_factory=list)
    open_warnings_at_year_end: int = 0
    # 三定 revisions proposed or completed in the year; approvals held and overridden.
    revisions: list[RevisionRow] = field(default_factory=list)
    holds: list[HoldRow] = field(default_factory=list)

    @property
    def establishment_total(self) -> DepartmentUse:
        total = DepartmentUse("")
        for row in self.establishment:
            for name in (
                "units",
                "approved",
                "actual",
                "vacancy",
                "over_quota_units",
                "over_quota_staff",
                "from_snapshots",
            ):
                setattr(total, name, getattr(total, name) + getattr(row, name))
        return total


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def establishment_use(s, year: int) -> list[DepartmentUse]:
    latest = (
        select(EstablishmentSnapshot.unit_id, func.max(EstablishmentSnapshot.month).label("m"))
        .where(
            live(EstablishmentSnapshot),
            EstablishmentSnapshot.month.between(f"{year}-01", f"{year}-12"),
        )
        .group_by(EstablishmentSnapshot.unit_id)
        .subquery()
    )
    snapshots = {
        row.unit_id: row
        for row in s.execute(
            select(EstablishmentSnapshot)
            .join(
                latest,
                (latest.c.unit_id == EstablishmentSnapshot.unit_id)
                & (latest.c.m == EstablishmentSnapshot.month),
            )
            .where(live(EstablishmentSnapshot))
        ).scalars()
    }
    rows = s.execute(
        select(Unit, Department.name)
        .outerjoin(Department, Department.id == Unit.department_id)
        .where(live(Unit))
    ).all()
    by_department: dict[str, DepartmentUse] = {}
    for unit, department in rows:
        snapshot = snapshots.get(unit.id)
        use = by_department.setdefault(department or "", DepartmentUse(department or ""))
        use.units += 1
        kinds = snapshot.by_kind() if snapshot is not None else None
        if snapshot is None:
            # The unit's own figures, by kind: one kind's excess is not offset by another
            # kind's vacancies.
            approved, actual = unit.approved_establishment, unit.actual_staff
            over = sum(f["excess"] for f in over_kinds(unit))
            vacancy = sum(max(unit.approved(k) - unit.actual(k), 0) for k in ESTABLISHMENT_COLUMNS)
        elif kinds:
            approved = sum(a for a, _ in kinds.values())
            actual = snapshot.actual_staff
            over = sum(max(b - a, 0) for a, b in kinds.values())
            vacancy = sum(max(a - b, 0) for a, b in kinds.values())
        else:
            # A snapshot keeps totals only.
            approved = (
                snapshot.establishment_admin
                + snapshot.establishment_institution
                + snapshot.establishment_law
            )
            actual = snapshot.actual_staff
            over, vacancy = max(actual - approved, 0), max(approved - actual, 0)
        use.approved += approved
        use.actual += actual
        use.vacancy += vacancy
        if over:
            use.over_quota_units += 1
            use.over_quota_staff += over
        use.from_snapshots += unit.id in snapshots
    return sorted(by_department.values(), key=lambda u: (-u.approved, u.department))


def matters_approved(s, year: int) -> list[MatterLine]:
    start, end = _year_range(year)
    decided = func.coalesce(ApprovalMatter.meeting_on, ApprovalMatter.applied_on)
    rows = s.execute(
        select(
            Unit.name,
            ApprovalMatter.title,
            ApprovalMatter.phase,
            decided,
            ApprovalMatter.document_number,
        )
        .join(Unit, Unit.id == ApprovalMatter.unit_id)
        .where(
            live(ApprovalMatter),
            ApprovalMatter.phase.in_(APPROVED_PHASES),
            decided.between(start, end),
        )
        .order_by(decided, Unit.name, ApprovalMatter.id)
    ).all()
    return [MatterLine(*row) for row in rows]


def problems_by_year(s, year: int) -> list[YearProblems]:
    scope = (live(Problem), Problem.year.between(FIRST_YEAR, year))
    found = dict(
        s.execute(select(Problem.year, func.count()).where(*scope).group_by(Problem.year)).all()
    )
    done = dict(
        s.execute(
            select(Problem.year, func.count())
            .where(*scope, Problem.status.in_(DONE_STATUSES))
            .group_by(Problem.year)
        ).all()
    )
    return [YearProblems(y, found.get(y, 0), done.get(y, 0)) for y in range(FIRST_YEAR, year + 1)]


def repeat_problems(s, year: int) -> list[RepeatProblem]:
    """Same unit, same category, found in two or more campaigns or earlier sources."""
    occasion = func.coalesce(
        Problem.campaign_id, Problem.source + literal("/") + cast(Problem.year, String)
    )
    rows = s.execute(
        select(Problem.unit_id, Problem.category, func.count(func.distinct(occasion)))
        .where(live(Problem), Problem.year <= year)
        .group_by(Problem.unit_id, Problem.category)
        .having(func.count(func.distinct(occasion)) >= 2)
    ).all()
    result = []
    for unit_id, category, occurrences in rows:
        years = sorted(
            set(
                s.execute(
                    select(Problem.year).where(
                        live(Problem),
                        Problem.unit_id == unit_id,
                        Problem.category == category,
                        Problem.year <= year,
                    )
                ).scalars()
            )
        )
        result.append(RepeatProblem(s.get(Unit, unit_id).name, category, occurrences, years))
    return sorted(result, key=lambda r: (-r.occurrences, r.unit, r.category))


def warnings_of_year(s, year: int) -> tuple[list[WarningFigures], int]:
    start, end = _year_range(year)
    figures: dict[str, WarningFigures] = defaultdict(lambda: WarningFigures(""))
    for rule, count in s.execute(
        select(UnitWarning.rule, func.count())
        .where(live(UnitWarning), UnitWarning.raised_on.between(start, end))
        .group_by(UnitWarning.rule)
    ).all():
        figures[rule].raised = count
    for rule, count in s.execute(
        select(UnitWarning.rule, func.count())
        .where(live(UnitWarning), UnitWarning.cleared_on.between(start, end))
        .group_by(UnitWarning.rule)
    ).all():
        figures[rule].cleared = count
    for rule, item in figures.items():
        item.rule = rule
    open_at_end = (
        s.scalar(
            select(func.count()).where(
                live(UnitWarning),
                UnitWarning.raised_on <= end,
                (UnitWarning.cleared_on.is_(None)) | (UnitWarning.cleared_on > end),
            )
        )
        or 0
    )
    return sorted(figures.values(), key=lambda w: w.rule), open_at_end


def yearly_analysis(database: Database, year: int) -> YearlyAnalysis:
    with database.Session() as s:
        analysis = YearlyAnalysis(year)
        analysis.establishment = establishment_use(s, year)
        analysis.matters = matters_approved(s, year)
        analysis.problems_by_year = problems_by_year(s, year)
        analysis.repeats = repeat_problems(s, year)
        analysis.warnings, analysis.open_warnings_at_year_end = warnings_of_year(s, year)
    analysis.revisions = regulation_revisions(database, year=year)
    analysis.holds = control_holds(database, year=year)
    return analysis


def write_yearly_pdf(
    database: Database, year: int, path: str | os.PathLike, today: date | None = None
) -> Path:
    """The yearly analysis as a PDF."""
    from ..documents.yearly import write_yearly_pdf as write
    from .document_settings import office_name

    return write(yearly_analysis(database, year), office_name(database), path, today)


def write_yearly_workbook(
    database: Database, year: int, path: str | os.PathLike, today: date | None = None
) -> Path:
    """The yearly analysis as a workbook."""
    from ..documents.yearly import write_yearly_workbook as write
    from .document_settings import office_name

    return write(yearly_analysis(database, year), office_name(database), path, today)
