"""The information data ledger (信息数据台账): establishment archive and monthly reconciliation.

Every month the office imports the real-name system's export (实名制管理系统, ``.xlsx``),
sees what changed against the previous month's snapshot and the unit roster (staff,
establishment, leader posts, units new or missing), and applies it as a dated snapshot
that also updates the roster ("每月核对").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Department, EstablishmentSnapshot, Unit
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS, is_active
from .realname import FIGURES, RealNameRow, read_realname
from .realname_checks import PersonCheck, check_persons, office_salt, store_persons
from .roster import BATCH
from .roster_fields import kind_from_uscc

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
ESTABLISHMENT = tuple(approved for approved, _ in ESTABLISHMENT_COLUMNS.values())
STAFF = (*(actual for _, actual in ESTABLISHMENT_COLUMNS.values()), "actual_staff")
LEADER_POSTS = (
    *(column for pair in LEADER_POST_COLUMNS.values() for column in pair),
    "leader_posts_approved",
    "leader_posts_actual",
)
#: Figures an establishment snapshot keeps (its older single columns).
SNAPSHOT_FIGURES = (
    "establishment_admin",
    "establishment_institution",
    "establishment_law",
    "actual_staff",
    "leader_posts_approved",
    "leader_posts_actual",
)
#: What a month's comparison reads of a unit (see :func:`roster_units`).
ROSTER_COLUMNS = (
    Unit.id,
    Unit.uscc,
    Unit.name,
    Unit.status,
    Unit.internal_institutions,
    *(getattr(Unit, name) for name in FIGURES),
)
#: The kinds of difference a reconciliation reports, with the figures each compares.
DIFFERENCE_KINDS = {
    "staff": STAFF,
    "establishment": ESTABLISHMENT,
    "leader_posts": LEADER_POSTS,
    "new_unit": (),
    "missing_unit": (),
}
DIFFERENCE_LABELS = {
    "staff": QT_TRANSLATE_NOOP("Archive", "Actual staff changed"),
    "establishment": QT_TRANSLATE_NOOP("Archive", "Approved establishment changed"),
    "leader_posts": QT_TRANSLATE_NOOP("Archive", "Leader posts changed"),
    "new_unit": QT_TRANSLATE_NOOP("Archive", "Unit new in the real-name system"),
    "missing_unit": QT_TRANSLATE_NOOP("Archive", "Unit missing from the real-name system"),
}


@dataclass
class Difference:
    kind: str
    uscc: str
    unit_name: str
    unit_id: str | None = None
    roster: dict[str, Any] = field(default_factory=dict)  # the roster's current figures
    previous: dict[str, Any] = field(default_factory=dict)  # the previous month's snapshot
    new: dict[str, Any] = field(default_factory=dict)  # this month's figures


@dataclass
class Reconciliation:
    month: str
    previous_month: str
    file: str
    rows: int
    differences: list[Difference]
    applied: bool = False
    snapshots_written: int = 0
    units_created: int = 0
    #: Person-level findings (人编对应, 三对应), ID numbers masked.
    persons: list[PersonCheck] = field(default_factory=list)
    persons_read: int = 0
    payroll_read: int | None = None

    def by_kind(self) -> dict[str, int]:
        counts = dict.fromkeys(DIFFERENCE_KINDS, 0)
        for difference in self.differences:
            counts[difference.kind] += 1
        return counts


def check_month(month: str) -> str:
    if not MONTH.match(month or ""):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Month '{month}' is not valid; write it as YYYY-MM."),
            month=month,
        )
    return month


def _figures(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def roster_units(session: Session, where: Any = None) -> dict[str, Row]:
    """The roster's units by USCC as plain rows (id, uscc, name, status, internal
    institutions and :data:`FIGURES`): a month's comparison reads values only, and 42,000
    ORM units would hold hundreds of megabytes."""
    query = select(*ROSTER_COLUMNS).where(Unit.deleted.is_(False))
    if where is not None:
        query = query.where(where)
    return {row.uscc: row for row in session.execute(query)}


def reconcile(
    database: Database,
    path: Path,
    month: str,
    dry_run: bool = True,
    payroll: Path | None = None,
) -> Reconciliation:
    """Compare a month's real-name export with the roster and the previous month, and its
    persons with the approved figures, the previous month and the payroll; unless
    ``dry_run``, apply it as the month's snapshot, update the roster and keep the month's
    persons (hashed and masked ID numbers only), all or nothing."""
    check_month(month)
    export = read_realname(Path(path), payroll)
    rows = export.units
    with database.session() as s:
        units = roster_units(s)
        previous_month = (
            s.execute(
                select(func.max(EstablishmentSnapshot.month)).where(
                    EstablishmentSnapshot.month < month, EstablishmentSnapshot.deleted.is_(False)
                )
            ).scalar()
            or ""
        )
        previous = {
            snap.unit_id: snap
            for snap in s.execute(
                select(
                    EstablishmentSnapshot.unit_id,
                    *(getattr(EstablishmentSnapshot, name) for name in SNAPSHOT_FIGURES),
                ).where(
                    EstablishmentSnapshot.month == previous_month,
                    EstablishmentSnapshot.deleted.is_(False),
                )
            )
        }
        differences = _differences(rows, units, previous)
        del previous
        report = Reconciliation(month, previous_month, str(path), len(rows), differences)
        report.persons_read = len(export.persons)
        report.payroll_read = len(export.payroll) if export.payroll is not None else None
        salt = office_salt(s)
        report.persons = check_persons(s, export, units, month, salt)
        if not dry_run:
            _apply(s, rows, units, month, Path(path).name, report)
            if export.persons:
                store_persons(s, export.persons, units, month, salt)
        return report


def _differences(
    rows: list[RealNameRow], units: dict[str, Row], previous: dict[str, Row]
) -> list[Difference]:
    found: list[Difference] = []
    seen: set[str] = set()
    for row in rows:
        seen.add(row.uscc)
        unit = units.get(row.uscc)
        if unit is None:
            found.append(Difference("new_unit", row.uscc, row.name, new=dict(row.figures)))
            continue
        snapshot = previous.get(unit.id)
        for kind, names in DIFFERENCE_KINDS.items():
            if not names:
                continue
            names = tuple(n for n in names if n in row.figures)
            if not names:
                continue
            new = {name: row.figures[name] for name in names}
            roster = _figures(unit, names)
            kept = tuple(n for n in names if n in SNAPSHOT_FIGURES)
            before = _figures(snapshot, kept) if snapshot else {}
            if new != roster or (before and {n: new[n] for n in before} != before):
                found.append(Difference(kind, unit.uscc, unit.name, unit.id, roster, before, new))
    for uscc, unit in sorted(units.items(), key=lambda item: item[1].name):
        if uscc not in seen and is_active(unit.status):  # a revoked unit is not expected
            found.append(
                Difference("missing_unit", uscc, unit.name, unit.id, roster=_figures(unit, FIGURES))
            )
    return found


def _apply(
    s: Session,
    rows: list[RealNameRow],
    units: dict[str, Row],
    month: str,
    source: str,
    report: Reconciliation,
) -> None:
    """Update the roster and write the month's snapshots through the session (the change
    log), :data:`BATCH` units per flush, in the caller's one transaction; the units created
    join ``units``."""
    departments = dict(s.execute(select(Department.name, Department.id)).all())
    label = f"实名制管理系统 {month}（{source}）"
    s.expunge_all()
    for first in range(0, len(rows), BATCH):
        batch = rows[first : first + BATCH]
        codes = [row.uscc for row in batch]
        known = {
            u.uscc: u
            for u in s.scalars(select(Unit).where(Unit.deleted.is_(False), Unit.uscc.in_(codes)))
        }
        created = []
        for row in batch:
            unit = known.get(row.uscc)
            if unit is None:
                unit = Unit(
                    uscc=row.uscc,
                    name=row.name,
                    kind=row.kind or kind_from_uscc(row.uscc) or "other",
                    department_id=departments.get(row.department) if row.department else None,
                )
                s.add(unit)
                known[row.uscc] = unit
                created.append(row.uscc)
            values = {**row.figures, "internal_institutions": row.internal_institutions}
            for name, value in values.items():
                if name == "internal_institutions" and not value:
                    continue
                if getattr(unit, name) != value:
                    setattr(unit, name, value)
        s.flush()
        existing = {
            snap.unit_id: snap
            for snap in s.scalars(
                select(EstablishmentSnapshot).where(
                    EstablishmentSnapshot.month == month,
                    EstablishmentSnapshot.deleted.is_(False),
                    EstablishmentSnapshot.unit_id.in_([u.id for u in known.values()]),
                )
            )
        }
        for row in batch:
            unit = known[row.uscc]
            snapshot = existing.get(unit.id)
            if snapshot is None:
                snapshot = EstablishmentSnapshot(unit_id=unit.id, month=month)
                s.add(snapshot)
            for name in (*SNAPSHOT_FIGURES, "internal_institutions"):
                value = getattr(unit, name)
                if getattr(snapshot, name) != value:
                    setattr(snapshot, name, value)
            if snapshot.figures_by_kind != unit.figures_by_kind():
                snapshot.figures_by_kind = unit.figures_by_kind()
            if snapshot.source != label:
                snapshot.source = label
            report.snapshots_written += 1
        s.flush()
        s.expunge_all()
        if created:
            units.update(roster_units(s, Unit.uscc.in_(created)))
            report.units_created += len(created)
    report.applied = True


@dataclass
class ArchiveEntry:
    """A unit's electronic establishment archive: current figures and monthly history."""

    unit: dict[str, Any]
    history: list[dict[str, Any]]


def unit_archive(database: Database, unit_id: str) -> ArchiveEntry:
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Unit {id} does not exist."), id=unit_id
            )
        department = s.get(Department, unit.department_id) if unit.department_id else None
        facts = _figures(
            unit,
            (
                *FIGURES,
                "uscc",
                "name",
                "kind",
                "internal_institutions",
                "certificate_no",
                "certificate_expiry",
                "head",
            ),
        )
        facts["department"] = department.name if department else ""
        facts["approved_establishment"] = unit.approved_establishment
        history = [
            {
                "month": snap.month,
                "source": snap.source,
                **_figures(snap, (*SNAPSHOT_FIGURES, "internal_institutions")),
                "by_kind": snap.by_kind(),
            }
            for snap in s.execute(
                select(EstablishmentSnapshot)
                .where(
                    EstablishmentSnapshot.unit_id == unit_id,
                    EstablishmentSnapshot.deleted.is_(False),
                )
                .order_by(EstablishmentSnapshot.month.desc())
            ).scalars()
        ]
    return ArchiveEntry(facts, history)


def archive_rows(database: Database) -> list[dict[str, Any]]:
    """One row per active unit for the ledger view and export: the figures and last
    snapshot (a revoked unit's history stays in :func:`unit_archive`)."""
    with database.Session() as s:
        last = (
            select(
                EstablishmentSnapshot.unit_id, func.max(EstablishmentSnapshot.month).label("month")
            )
            .where(EstablishmentSnapshot.deleted.is_(False))
            .group_by(EstablishmentSnapshot.unit_id)
            .subquery()
        )
        query = (
            select(Unit, Department.name, last.c.month)
            .outerjoin(Department, Department.id == Unit.department_id)
            .outerjoin(last, last.c.unit_id == Unit.id)
            .where(Unit.deleted.is_(False), Unit.status == "active")
            .order_by(Department.name, Unit.name)
        )
        rows = []
        for unit, department, month in s.execute(query):
            rows.append(
                {
                    "id": unit.id,
                    "uscc": unit.uscc,
                    "name": unit.name,
                    "kind": unit.kind,
                    "department": department or "",
                    **_figures(unit, FIGURES),
                    "approved_establishment": unit.approved_establishment,
                    "internal_institutions": unit.internal_institutions,
                    "certificate_no": unit.certificate_no,
                    "certificate_expiry": unit.certificate_expiry,
                    "last_month": month or "",
                }
            )
        return rows
