"""The unit roster: import from ``.xlsx`` (validated, all or nothing, dry run) and export.

Every row of every sheet with a roster header is checked first; any finding stops the import
and nothing is written. A valid file updates units by unified social credit code (USCC) and
adds the new ones; units missing from the file are left as they are. ``dry_run`` returns the
same plan without writing, so the user sees what will change.
"""

from __future__ import annotations

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
from ..documents.workbook import save_workbook
from ..errors import QT_TRANSLATE_NOOP, Finding, ValidationError
from ..model import Department, Unit
from ..model.vocab import UNIT_KINDS
from .guards import require_office
from .roster_fields import (
    FIELD_BY_KEY,
    FIELDS,
    UNIT_FIELDS,
    match_header,
    parse_date,
    parse_int,
    parse_kind,
    uscc_problem,
)
from .xlsx_input import column_letter, formula_findings, iter_rows, open_workbook

E = "Errors"
HEADER_SCAN_ROWS = 15
HIDDEN_ROW_NOTE = QT_TRANSLATE_NOOP(
    "Errors", "This row is hidden in the workbook; it is imported like the others."
)


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
    file: str
    rows: int = 0
    changes: list[UnitChange] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    new_departments: list[str] = field(default_factory=list)
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)


@dataclass
class _Row:
    sheet: str
    row: int
    values: dict[str, Any]
    columns: dict[str, str]  # field -> column letter


def _header_row(rows) -> tuple[int, dict[int, str]] | None:
    """Index in ``rows`` and {column: field} of the first row naming name and USCC."""
    for index, sheet_row in enumerate(rows[:HEADER_SCAN_ROWS]):
        header: dict[int, str] = {}
        for c, value in enumerate(sheet_row.values):
            key = match_header(value)
            if key and key not in header.values():
                header[c] = key
        if {"name", "uscc"} <= set(header.values()):
            return index, header
    return None


def read_roster(path: Path) -> tuple[list[_Row], list[Finding]]:
    """Parse every roster sheet of the workbook; return rows and findings (nothing saved)."""
    wb = open_workbook(path)
    wb_formulas = open_workbook(path, data_only=False)
    file = Path(path).name
    rows: list[_Row] = []
    findings: list[Finding] = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        sheet_rows = list(iter_rows(ws, wb_formulas[ws.title]))
        found = _header_row(sheet_rows)
        if found is None:
            continue
        start, header = found
        letters = {key: column_letter(c) for c, key in header.items()}
        for sheet_row in sheet_rows[start + 1 :]:
            labels = {c: header.get(c, "") for c in range(len(sheet_row.values))}
            findings += formula_findings(sheet_row, file, labels)
            values = {
                key: sheet_row.values[c] if c < len(sheet_row.values) else None
                for c, key in header.items()
            }
            if all(v is None or v == "" for v in values.values()):
                continue
            rows.append(_Row(ws.title, sheet_row.row, values, letters))
            if sheet_row.hidden:
                findings.append(
                    Finding(
                        HIDDEN_ROW_NOTE,
                        {},
                        file,
                        ws.title,
                        sheet_row.row,
                        "",
                    )
                )
    if not rows and not findings:
        findings.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No sheet has a header row with the unit name and the unified social credit "
                    "code: add those column headers (for example 单位名称 and 统一社会信用代码).",
                ),
                {},
                file,
            )
        )
    return rows, findings


def _column(row: _Row, key: str) -> str:
    label = i18n.translate("Roster", FIELD_BY_KEY[key].label)
    letter = row.columns.get(key, "")
    return f"{letter} ({label})" if letter else label


def _clean(row: _Row, file: str, overrides: dict[str, str]) -> tuple[dict, list[Finding]]:
    """The row's unit fields, parsed, and its findings."""
    out: dict[str, Any] = {}
    bad: list[Finding] = []

    def finding(key: str, message: str, **params: Any) -> None:
        bad.append(Finding(message, params, file, row.sheet, row.row, _column(row, key)))

    for spec in FIELDS:
        raw = row.values.get(spec.key)
        text = "" if raw is None else str(raw).strip()
        if spec.required and not text:
            finding(
                spec.key, QT_TRANSLATE_NOOP("Errors", "This cell is empty; it must be filled in.")
            )
            continue
        if spec.kind == "int":
            number = parse_int(raw)
            if number is None:
                finding(
                    spec.key,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        '"{value}" is not a whole number: type a number such as 12 '
                        "(or leave the cell empty for 0).",
                    ),
                    value=text,
                )
            out[spec.key] = number or 0
        elif spec.kind == "date":
            value = parse_date(raw)
            if value == "bad":
                finding(
                    spec.key,
                    QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date: type it as 2027-05-31.'),
                    value=text,
                )
                value = None
            out[spec.key] = value
        elif spec.kind == "kind":
            kind = parse_kind(raw)
            if kind is None and text:
                finding(
                    spec.key,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        '"{value}" is not a unit kind: use 机关, 事业单位 or 镇街 '
                        "(agency, institution, township).",
                    ),
                    value=text,
                )
            out[spec.key] = kind or ""
        else:
            out[spec.key] = text
    code = out.get("uscc", "").upper().replace(" ", "")
    out["uscc"] = code
    if code:
        note = out.get("uscc_override_note") or overrides.get(code, "")
        message, overridable = uscc_problem(code)
        if message and not (overridable and note):
            finding("uscc", message, value=code)
        elif message:
            out["uscc_override_note"] = note
        else:
            out["uscc_override_note"] = ""
    return out, bad


def _unit_values(unit: Unit, department: str) -> dict[str, Any]:
    values = {key: getattr(unit, key) for key in UNIT_FIELDS}
    values["department"] = department
    return values


def plan_roster(
    session: Session,
    path: Path,
    *,
    overrides: dict[str, str] | None = None,
    add_departments: bool = False,
) -> tuple[RosterPlan, list[dict]]:
    """Validate the file against the database; raise ValidationError listing every finding."""
    file = Path(path).name
    rows, findings = read_roster(path)
    notes = [f for f in findings if f.message == HIDDEN_ROW_NOTE]
    findings = [f for f in findings if f.message != HIDDEN_ROW_NOTE]
    departments = {
        d.name: d for d in session.scalars(select(Department).where(Department.deleted.is_(False)))
    }
    units = list(session.scalars(select(Unit).where(Unit.deleted.is_(False))))
    by_uscc = {u.uscc: u for u in units}
    by_name = {u.name: u for u in units}
    dept_names = {d.id: d.name for d in departments.values()}
    seen_uscc: dict[str, _Row] = {}
    seen_name: dict[str, _Row] = {}
    plan = RosterPlan(file=file, rows=len(rows), notes=notes)
    cleaned: list[dict] = []
    for row in rows:
        values, bad = _clean(row, file, overrides or {})
        findings += bad
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
) -> RosterPlan:
    """Import the roster (all or nothing). ``dry_run`` only returns what would change."""
    require_office(database)
    with database.session() as s:
        plan, cleaned = plan_roster(s, path, overrides=overrides, add_departments=add_departments)
        if dry_run:
            return plan
        departments = {
            d.name: d for d in s.scalars(select(Department).where(Department.deleted.is_(False)))
        }
        for name in plan.new_departments:
            departments[name] = Department(name=name)
            s.add(departments[name])
        s.flush()
        by_uscc = {u.uscc: u for u in s.scalars(select(Unit).where(Unit.deleted.is_(False)))}
        for change, values in zip(plan.changes, cleaned, strict=True):
            if change.action == "unchanged":
                continue
            unit = by_uscc.get(values["uscc"]) or Unit()
            for key in UNIT_FIELDS:
                if getattr(unit, key, None) != values[key]:
                    setattr(unit, key, values[key])
            dept = departments.get(values["department"])
            unit.department_id = dept.id if dept else None
            if change.action == "new":
                s.add(unit)
        plan.applied = True
    return plan


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


def export_roster(database: Database, path: Path) -> int:
    """Write every unit to ``path`` in the import layout; return the number of units."""
    with database.Session() as s:
        rows = s.execute(
            select(Unit, Department.name)
            .outerjoin(Department, Department.id == Unit.department_id)
            .where(Unit.deleted.is_(False))
            .order_by(Department.name, Unit.name)
        ).all()
    wb = Workbook()
    ws = wb.active
    ws.title = i18n.translate("Roster", EXPORT_TITLE)[:31]
    labels = [i18n.translate("Roster", f.label) for f in FIELDS]
    put(ws, 1, 1, i18n.translate("Roster", EXPORT_TITLE)).font = TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(FIELDS))
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    for c, label in enumerate(labels, 1):
        cell = put(ws, 2, c, label)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, (unit, dept) in enumerate(rows, 3):
        values = _unit_values(unit, dept or "")
        for c, spec in enumerate(FIELDS, 1):
            value = values[spec.key]
            if spec.key == "kind":
                value = i18n.translate("Vocab", UNIT_KINDS.get(value, value))
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
    for c, spec in enumerate(FIELDS, 1):
        ws.column_dimensions[column_letter(c - 1)].width = widths.get(spec.key, 12)
    ws.freeze_panes = "C3"
    ws.auto_filter.ref = f"A2:{column_letter(len(FIELDS) - 1)}{max(len(rows) + 2, 2)}"
    ws.print_title_rows = "2:2"
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
    save_workbook(wb, path)
    return Path(path)
