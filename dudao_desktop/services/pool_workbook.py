"""The inspector pool as an ``.xlsx`` workbook: export, and import all or nothing.

Sheet "Inspectors": one row per inspector, matched by name (a new name adds an inspector,
a known one updates it). Optional sheet "Avoidance": inspector, unit (USCC or name) and
reason, one declaration per row. Every row is checked before anything is written; any
finding refuses the whole file with a report naming sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..db.engine import Database
from ..documents.sheet_reader import ImportWorkbook, column_letter
from ..errors import QT_TRANSLATE_NOOP, Finding, ValidationError
from ..i18n import translate
from ..model import AvoidanceDeclaration, Inspector, Unit
from ..model.vocab import EXPERTISE
from .guards import require_office
from .pool import EXPERTISE_LABELS, expertise_key, find_unit, pool_members, split_tags

CTX = "Pool"
SHEET = QT_TRANSLATE_NOOP("Pool", "Inspectors")
AVOID_SHEET = QT_TRANSLATE_NOOP("Pool", "Avoidance")

# key, English header, Chinese header the office types, required on import
COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("Pool", "Name"), "姓名", True),
    ("department", QT_TRANSLATE_NOOP("Pool", "Department"), "单位", False),
    ("post", QT_TRANSLATE_NOOP("Pool", "Post"), "职务", False),
    ("phone", QT_TRANSLATE_NOOP("Pool", "Phone"), "电话", False),
    ("expertise", QT_TRANSLATE_NOOP("Pool", "Expertise"), "专业领域", True),
    ("is_leadership", QT_TRANSLATE_NOOP("Pool", "Leadership member"), "班子成员", True),
    ("own_unit", QT_TRANSLATE_NOOP("Pool", "Own unit"), "本人单位", False),
    ("retired", QT_TRANSLATE_NOOP("Pool", "Retired"), "已退出", False),
]
AVOID_COLUMNS = [
    ("inspector", QT_TRANSLATE_NOOP("Pool", "Inspector"), "督导库成员", True),
    ("unit", QT_TRANSLATE_NOOP("Pool", "Unit (USCC or name)"), "回避单位", True),
    ("reason", QT_TRANSLATE_NOOP("Pool", "Reason"), "回避原因", False),
]
YES = {"yes", "y", "true", "1", "是", "√", "x"}
NO = {"no", "n", "false", "0", "否", ""}

E_MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "Required column '{column}' is missing: add it to the header row."
)
E_NO_SHEET = QT_TRANSLATE_NOOP(
    "Errors", "The workbook has no sheet '{sheet}' with a header row that names '{column}'."
)
E_EMPTY = QT_TRANSLATE_NOOP("Errors", "The cell is empty: fill it in.")
E_DUPLICATE = QT_TRANSLATE_NOOP(
    "Errors", "'{name}' appears twice (first in row {first}): keep one row per inspector."
)
E_TAG = QT_TRANSLATE_NOOP(
    "Errors", "Unknown expertise '{tag}': use one of {known}, separated by commas."
)
E_YES_NO = QT_TRANSLATE_NOOP("Errors", "'{value}' is not yes or no.")
E_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "No unit with the USCC or name '{value}': check the unit roster."
)
E_INSPECTOR = QT_TRANSLATE_NOOP(
    "Errors", "'{value}' is neither on sheet Inspectors nor already in the pool."
)
E_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "{file}: {count} problems found; nothing was imported. Correct them and import again."
)


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    declarations: int = 0
    names: list[str] = field(default_factory=list)


def header_labels(english: str, chinese: str) -> set[str]:
    return {english.lower(), chinese, translate(CTX, english, "zh_CN")}


def _read_sheet(
    book: ImportWorkbook,
    sheet_names: set[str],
    columns,
    file: str,
    findings: list[Finding],
    required: bool,
) -> tuple[str, list[tuple[int, dict[str, Any], dict[str, str]]]]:
    """Rows of the first sheet whose header names the first column: (row, values, places)."""
    first_labels = header_labels(columns[0][1], columns[0][2])
    for ws in book.values.worksheets:
        rows = book.rows(ws)
        for index, row in enumerate(rows[:6]):
            cells = [str(v).strip() if v is not None else "" for v in row.values]
            if not any(c.lower() in first_labels or c in first_labels for c in cells):
                continue
            positions: dict[str, int] = {}
            places: dict[str, str] = {}
            for key, english, chinese, _req in columns:
                labels = header_labels(english, chinese)
                for c, text in enumerate(cells):
                    if text.lower() in labels or text in labels:
                        positions[key] = c
                        places[key] = f"{column_letter(c)} ({text})"
                        break
            for key, english, _chinese, req in columns:
                if req and key not in positions:
                    findings.append(
                        Finding(
                            E_MISSING_COLUMN,
                            {"column": english},
                            file,
                            ws.title,
                            row.number,
                            english,
                        )
                    )
            data = []
            for body in rows[index + 1 :]:
                values = {
                    key: body.values[c] if c < len(body.values) else None
                    for key, c in positions.items()
                }
                data.append((body.number, values, places))
            return ws.title, data
    if required:
        findings.append(Finding(E_NO_SHEET, {"sheet": SHEET, "column": columns[0][1]}, file))
    return "", []


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _yes_no(value: Any, place: Callable[[str], Finding], findings: list[Finding]) -> bool:
    text = _text(value).lower()
    if text in YES:
        return True
    if text in NO:
        return False
    findings.append(place(text))
    return False


def import_pool(database: Database, path: Path) -> ImportReport:
    """Validate every row, then add or update the inspectors in one transaction."""
    require_office(database)
    path = Path(path)
    file = path.name
    findings: list[Finding] = []
    with ImportWorkbook(path) as book:
        sheet, rows = _read_sheet(book, {SHEET}, COLUMNS, file, findings, required=True)
        avoid_sheet, avoid_rows = _read_sheet(
            book, {AVOID_SHEET}, AVOID_COLUMNS, file, findings, required=False
        )
    report = ImportReport()
    with database.session() as s:
        parsed: list[dict[str, Any]] = []
        first_row: dict[str, int] = {}
        for row, values, places in rows:

            def finding(key: str, message: str, row=row, places=places, **params: Any) -> None:
                findings.append(Finding(message, params, file, sheet, row, places.get(key, key)))

            name = _text(values.get("name"))
            if not name:
                finding("name", E_EMPTY)
                continue
            if name in first_row:
                finding("name", E_DUPLICATE, name=name, first=first_row[name])
                continue
            first_row[name] = row
            tags: list[str] = []
            for tag in split_tags(_text(values.get("expertise"))):
                key = expertise_key(tag)
                if key is None:
                    finding("expertise", E_TAG, tag=tag, known=", ".join(EXPERTISE.values()))
                elif key not in tags:
                    tags.append(key)
            record: dict[str, Any] = {
                "name": name,
                "department": _text(values.get("department")),
                "post": _text(values.get("post")),
                "phone": _text(values.get("phone")),
                "expertise": ",".join(k for k in EXPERTISE if k in tags),
            }
            for key in ("is_leadership", "retired"):
                if key in values:
                    record[key] = _yes_no(
                        values[key],
                        lambda v, key=key, row=row, places=places: Finding(
                            E_YES_NO, {"value": v}, file, sheet, row, places[key]
                        ),
                        findings,
                    )
            own = _text(values.get("own_unit"))
            if own:
                unit = find_unit(s, own)
                if unit is None:
                    finding("own_unit", E_UNIT, value=own)
                else:
                    record["unit_id"] = unit.id
            elif "own_unit" in values:
                record["unit_id"] = None
            parsed.append(record)
        existing = {i.name: i for i in pool_members(s, include_retired=True)}
        declarations: list[tuple[str, Unit, str]] = []
        for row, values, places in avoid_rows:
            who = _text(values.get("inspector"))
            unit_text = _text(values.get("unit"))
            if not who:
                findings.append(Finding(E_EMPTY, {}, file, avoid_sheet, row, places["inspector"]))
            elif who not in first_row and who not in existing:
                findings.append(
                    Finding(
                        E_INSPECTOR, {"value": who}, file, avoid_sheet, row, places["inspector"]
                    )
                )
            unit = find_unit(s, unit_text) if unit_text else None
            if not unit_text:
                findings.append(Finding(E_EMPTY, {}, file, avoid_sheet, row, places["unit"]))
            elif unit is None:
                findings.append(
                    Finding(E_UNIT, {"value": unit_text}, file, avoid_sheet, row, places["unit"])
                )
            if who and unit is not None:
                declarations.append((who, unit, _text(values.get("reason"))))
        if findings:
            raise ValidationError(E_REFUSED, findings, file=file, count=len(findings))
        by_name: dict[str, Inspector] = {}
        for record in parsed:
            inspector = existing.get(record["name"])
            if inspector is None:
                inspector = Inspector(**record)
                s.add(inspector)
                report.added += 1
            else:
                changed = False
                for key, value in record.items():
                    if getattr(inspector, key) != value:
                        setattr(inspector, key, value)
                        changed = True
                report.updated += changed
                report.unchanged += not changed
            by_name[record["name"]] = inspector
            report.names.append(record["name"])
        s.flush()
        live = {
            (d.inspector_id, d.unit_id): d
            for d in s.execute(
                select(AvoidanceDeclaration).where(AvoidanceDeclaration.deleted.is_(False))
            ).scalars()
        }
        for who, unit, reason in declarations:
            inspector = by_name.get(who) or existing[who]
            declaration = live.get((inspector.id, unit.id))
            if declaration is None:
                declaration = AvoidanceDeclaration(
                    inspector_id=inspector.id, unit_id=unit.id, reason=reason
                )
                s.add(declaration)
                live[(inspector.id, unit.id)] = declaration
                report.declarations += 1
            elif reason and declaration.reason != reason:
                declaration.reason = reason
                report.declarations += 1
    return report


def pool_rows(database: Database) -> tuple[list[list[Any]], list[list[Any]]]:
    """Rows of the two sheets, with labels in the current language."""
    yes, no = translate("Pool", "yes"), translate("Pool", "no")
    QT_TRANSLATE_NOOP("Pool", "yes")
    QT_TRANSLATE_NOOP("Pool", "no")
    with database.session() as s:
        units = {u.id: u for u in s.execute(select(Unit).where(Unit.deleted.is_(False))).scalars()}
        inspectors = pool_members(s, include_retired=True)
        names = {i.id: i.name for i in inspectors}
        rows = [
            [
                i.name,
                i.department,
                i.post,
                i.phone,
                ", ".join(
                    translate("Vocab", EXPERTISE_LABELS[t])
                    for t in i.expertise_tags
                    if t in EXPERTISE_LABELS
                ),
                yes if i.is_leadership else no,
                units[i.unit_id].uscc if i.unit_id in units else "",
                yes if i.retired else no,
            ]
            for i in inspectors
        ]
        declarations = s.execute(
            select(AvoidanceDeclaration).where(AvoidanceDeclaration.deleted.is_(False))
        ).scalars()
        avoid = sorted(
            [names[d.inspector_id], units[d.unit_id].uscc, d.reason]
            for d in declarations
            if d.inspector_id in names and d.unit_id in units
        )
    return rows, avoid


def export_pool(database: Database, path: Path) -> int:
    """Write the pool workbook; returns the number of inspectors written."""
    from ..documents.pool_book import write_pool_book

    rows, avoid = pool_rows(database)
    write_pool_book(
        Path(path),
        translate("Pool", "Inspector pool"),
        (translate(CTX, SHEET), [translate(CTX, c[1]) for c in COLUMNS], rows),
        (translate(CTX, AVOID_SHEET), [translate(CTX, c[1]) for c in AVOID_COLUMNS], avoid),
    )
    return len(rows)


QT_TRANSLATE_NOOP("Pool", "Inspector pool")
