"""Reading and checking the rows of a roster workbook (header detection, cell parsing).

Used by :mod:`.roster`; nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP, Finding
from .roster_fields import (
    FIELD_BY_KEY,
    FIELDS,
    match_header,
    parse_date,
    parse_int,
    parse_kind,
    uscc_problem,
)
from .xlsx_input import column_letter, formula_findings, iter_rows, open_workbook

HEADER_SCAN_ROWS = 15
HIDDEN_ROW_NOTE = QT_TRANSLATE_NOOP(
    "Errors", "This row is hidden in the workbook; it is imported like the others."
)


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
