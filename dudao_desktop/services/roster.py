"""The unit roster: import from ``.xlsx`` (validated, all or nothing, dry run) and export.

Every row of every sheet with a roster header is checked first; any finding stops the import
and nothing is written. A valid file updates units by unified social credit code (USCC) and
adds the new ones; units missing from the file are left as they are. ``dry_run`` returns the
same plan without writing, so the user sees what will change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..documents.sheet_reader import column_letter
from ..documents.workbook import print_setup, save_workbook
from ..errors import QT_TRANSLATE_NOOP, Finding, ValidationError
from ..model import Department, Unit
from . import column_layouts
from .guards import require_office
from .roster_fields import (
    CHECK_FIELDS,
    FIELDS,
    UNIT_FIELDS,
    VOCABULARIES,
    field_label,
    flag_names,
)
from .roster_validation import _column, _Row, clean_row, read_roster
from .vocabulary import UNIT_KIND, add_term, added_terms, kind_label, suggested_group

E = "Errors"
LAYOUT_PURPOSE = "roster"
#: Units written per flush: each flush sends its units and their change-log entries to the
#: database and the session lets go of them, so memory stays flat however long the roster.
BATCH = 1_000


@dataclass
class UnitChange:
    """What an import does to one unit: ``new``, ``updated`` or ``unchanged``."""

    action: str
    uscc: str
    name: str
    sheet: str
    row: int
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class RosterPlan:
    """What an import does (the dry run shows it before anything happens)."""

    file: str
    rows: int = 0
    changes: list[UnitChange] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    new_departments: list[str] = field(default_factory=list)
    #: Kinds the roster names that are not known yet: name -> suggested group.
    new_kinds: dict[str, str] = field(default_factory=dict)
    #: Rows skipped as totals or notes: (sheet, row, "total"/"note", text).
    skipped: list[tuple[str, int, str, str]] = field(default_factory=list)
    #: Per sheet, the layout signature and the column mapping used (remembered on import).
    layouts: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)


def _unit_values(unit: Any, department: str) -> dict[str, Any]:
    values = {key: getattr(unit, key) for key in UNIT_FIELDS}
    values["department"] = department
    return values


def _vocab_names(kind: str) -> str:
    labels, names = VOCABULARIES[kind]
    return "、".join(names[key][0] for key in labels)


def plan_roster(
    session: Session,
    path: Path,
    *,
    overrides: dict[str, str] | None = None,
    add_departments: bool = False,
    add_kinds: bool = False,
    mapping: dict[str, str] | None = None,
    remembered: Callable[[str], dict[str, str] | None] | None = None,
) -> tuple[RosterPlan, list[dict]]:
    """Validate the file against the database; raise ValidationError listing every finding
    (MappingNeeded when columns must be mapped first)."""
    file = Path(path).name
    sheets = read_roster(path, mapping=mapping, remembered=remembered)
    rows = sheets.rows
    findings = list(sheets.findings)
    added = added_terms(session, UNIT_KIND)
    departments = {
        d.name: d for d in session.scalars(select(Department).where(Department.deleted.is_(False)))
    }
    # Plain rows, not ORM objects: the comparison needs the values only.
    units = session.execute(
        select(Unit.id, Unit.department_id, *(getattr(Unit, key) for key in UNIT_FIELDS)).where(
            Unit.deleted.is_(False)
        )
    ).all()
    by_uscc = {u.uscc: u for u in units}
    by_name = {u.name: u for u in units}
    dept_names = {d.id: d.name for d in departments.values()}
    seen_uscc: dict[str, _Row] = {}
    seen_name: dict[str, _Row] = {}
    plan = RosterPlan(file=file, rows=len(rows), notes=sheets.notes)
    plan.skipped = [(sheet, s.number, s.reason, s.text) for sheet, s in sheets.skipped]
    plan.layouts = [
        (
            sheet.signature,
            {sheet.titles[index]: key for key, index in sheet.columns.items()},
        )
        for sheet in sheets.sheets
    ]
    cleaned: list[dict] = []
    for row in rows:
        values, bad, unknown_kind = clean_row(row, file, overrides or {}, added, _vocab_names)
        findings += bad
        if unknown_kind:
            if add_kinds:
                plan.new_kinds.setdefault(unknown_kind, suggested_group(values["uscc"]))
            else:
                findings.append(
                    Finding(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            '"{value}" is not a known unit kind: correct it, or import with new '
                            "kinds allowed to add it to the office's kinds.",
                        ),
                        {"value": unknown_kind},
                        file,
                        row.sheet,
                        row.row,
                        _column(row, "kind"),
                    )
                )
        code, name, dept = values["uscc"], values["name"], values["department"]
        if code and code in seen_uscc:
            first = seen_uscc[code]
            findings.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Unified social credit code {value} appears twice: also in sheet {sheet}, "
                        "row {first}. Keep one row per unit.",
                    ),
                    {"value": code, "sheet": first.sheet, "first": first.row},
                    file,
                    row.sheet,
                    row.row,
                    _column(row, "uscc"),
                )
            )
        elif name and name in seen_name:
            first = seen_name[name]
            findings.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Unit {value} appears twice: also in sheet {sheet}, row {first}. Keep one "
                        "row per unit.",
                    ),
                    {"value": name, "sheet": first.sheet, "first": first.row},
                    file,
                    row.sheet,
                    row.row,
                    _column(row, "name"),
                )
            )
        seen_uscc.setdefault(code, row)
        seen_name.setdefault(name, row)
        existing = by_name.get(name)
        if code and existing is not None and existing.uscc != code:
            findings.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Unit {value} is already in the roster with the code {other}: use that "
                        "code "
                        "to update it, or correct the name.",
                    ),
                    {"value": name, "other": existing.uscc},
                    file,
                    row.sheet,
                    row.row,
                    _column(row, "name"),
                )
            )
        if dept and dept not in departments:
            if add_departments:
                if dept not in plan.new_departments:
                    plan.new_departments.append(dept)
            else:
                findings.append(
                    Finding(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            'Supervising department "{value}" is not known: correct the name, or '
                            "add the department first (or import with new departments allowed).",
                        ),
                        {"value": dept},
                        file,
                        row.sheet,
                        row.row,
                        _column(row, "department"),
                    )
                )
        current = by_uscc.get(code)
        if current is None:
            plan.changes.append(UnitChange("new", code, name, row.sheet, row.row))
        else:
            old = _unit_values(current, dept_names.get(current.department_id or "", ""))
            diff = {k: (old[k], values[k]) for k in old if old[k] != values[k]}
            plan.changes.append(
                UnitChange("updated" if diff else "unchanged", code, name, row.sheet, row.row, diff)
            )
        cleaned.append(values)
    if findings:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The roster {file} was not imported: {count} problems must be fixed first.",
            ),
            findings,
            file=file,
            count=len(findings),
        )
    return plan, cleaned


def import_roster(
    database: Database,
    path: Path,
    *,
    dry_run: bool = False,
    overrides: dict[str, str] | None = None,
    add_departments: bool = False,
    add_kinds: bool = False,
    mapping: dict[str, str] | None = None,
) -> RosterPlan:
    """Import the roster (all or nothing). ``dry_run`` only returns what would change.
    ``mapping`` (column -> field) completes the header matching; once the import is applied
    it is remembered for the workbook's layout."""
    require_office(database)
    lookup = column_layouts.remembered(database, LAYOUT_PURPOSE)
    with database.session() as s:
        plan, cleaned = plan_roster(
            s,
            path,
            overrides=overrides,
            add_departments=add_departments,
            add_kinds=add_kinds,
            mapping=mapping,
            remembered=lookup,
        )
        if dry_run:
            return plan
        for name, group in plan.new_kinds.items():
            add_term(s, UNIT_KIND, name, group)
        _write_units(s, plan, cleaned)
        plan.applied = True
    if mapping:
        for signature, used in plan.layouts:
            column_layouts.remember(database, LAYOUT_PURPOSE, signature, used)
    return plan


def _write_units(s: Session, plan: RosterPlan, cleaned: list[dict]) -> None:
    """Add the new units and update the changed ones through the session (the change log),
    :data:`BATCH` units per flush, in the caller's one transaction."""
    for name in plan.new_departments:
        s.add(Department(name=name))
    s.flush()
    department_ids = dict(
        s.execute(select(Department.name, Department.id).where(Department.deleted.is_(False))).all()
    )
    s.expunge_all()
    todo = [
        (change, values)
        for change, values in zip(plan.changes, cleaned, strict=True)
        if change.action != "unchanged"
    ]
    for first in range(0, len(todo), BATCH):
        batch = todo[first : first + BATCH]
        updated = [values["uscc"] for change, values in batch if change.action == "updated"]
        query = select(Unit).where(Unit.deleted.is_(False), Unit.uscc.in_(updated))
        by_uscc = {u.uscc: u for u in s.scalars(query)} if updated else {}
        for change, values in batch:
            unit = by_uscc.get(values["uscc"]) or Unit()
            for key in UNIT_FIELDS:
                if getattr(unit, key, None) != values[key]:
                    setattr(unit, key, values[key])
            unit.department_id = department_ids.get(values["department"])
            if change.action == "new":
                s.add(unit)
        s.flush()
        s.expunge_all()


# -- export ------------------------------------------------------------------------------------

EXPORT_TITLE = QT_TRANSLATE_NOOP("Roster", "Unit roster")
TITLE_FONT = Font(bold=True, size=14)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")


def put(ws, row: int, column: int, value: Any):
    cell = ws.cell(row, column)
    cell.value = value
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        cell.data_type = "s"
    return cell


def export_roster(database: Database, path: Path, blank: bool = False) -> int:
    """Write every unit to ``path`` in the import layout (``blank``: only the title and
    headers, the template an office fills in); return the number of units written."""
    with database.Session() as s:
        rows = (
            []
            if blank
            else s.execute(
                select(Unit, Department.name)
                .outerjoin(Department, Department.id == Unit.department_id)
                .where(Unit.deleted.is_(False))
                .order_by(Department.name, Unit.name)
            ).all()
        )
    wb = Workbook()
    ws = wb.active
    ws.title = i18n.translate("Roster", EXPORT_TITLE)[:31]
    exported = [f for f in FIELDS if f.key not in CHECK_FIELDS]
    put(ws, 1, 1, i18n.translate("Roster", EXPORT_TITLE)).font = TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(exported))
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    for c, spec in enumerate(exported, 1):
        cell = put(ws, 2, c, field_label(spec.key))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, (unit, dept) in enumerate(rows, 3):
        values = _unit_values(unit, dept or "")
        for c, spec in enumerate(exported, 1):
            value = values[spec.key]
            if spec.key == "kind":
                value = kind_label(value)
            elif spec.kind == "flags":
                value = flag_names(value)
            elif spec.kind in VOCABULARIES and value:
                value = VOCABULARIES[spec.kind][1][value][0]
            cell = put(ws, r, c, value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
    widths = {
        "name": 34,
        "uscc": 22,
        "department": 22,
        "internal_institutions": 40,
        "address": 30,
        "certificate_no": 26,
        "uscc_override_note": 24,
    }
    for c, spec in enumerate(exported, 1):
        ws.column_dimensions[column_letter(c - 1)].width = widths.get(spec.key, 12)
    ws.freeze_panes = "C3"
    ws.auto_filter.ref = f"A2:{column_letter(len(exported) - 1)}{max(len(rows) + 2, 2)}"
    print_setup(ws, ws.title, area=ws.dimensions, title_rows="2:2", landscape=True)
    ws.page_setup.orientation = "landscape"
    save_workbook(wb, path)
    return len(rows)


def write_findings_report(findings: list[Finding], path: Path) -> Path:
    """Save an import's findings as a workbook (file, sheet, row, column, what to fix)."""
    t = i18n.translate
    wb = Workbook()
    ws = wb.active
    ws.title = t("Roster", QT_TRANSLATE_NOOP("Roster", "Problems"))
    headers = [
        QT_TRANSLATE_NOOP("Roster", "File"),
        QT_TRANSLATE_NOOP("Roster", "Sheet"),
        QT_TRANSLATE_NOOP("Roster", "Row"),
        QT_TRANSLATE_NOOP("Roster", "Column"),
        QT_TRANSLATE_NOOP("Roster", "What to fix"),
    ]
    for c, label in enumerate(headers, 1):
        cell = put(ws, 1, c, t("Roster", label))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for r, f in enumerate(findings, 2):
        message = t("Errors", f.message)
        text = message.format(**f.params) if f.params else message
        for c, value in enumerate((f.file, f.sheet, f.row, f.column, text), 1):
            put(ws, r, c, value)
    for letter, width in zip("ABCDE", (24, 16, 8, 28, 90), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{len(findings) + 1}"
    print_setup(ws, ws.title, area=ws.dimensions, landscape=True)
    save_workbook(wb, path)
    return Path(path)
