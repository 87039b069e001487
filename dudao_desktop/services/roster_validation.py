"""Reading and checking the rows of a roster workbook (through the sheet reader).

Used by :mod:`.roster`; nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..documents.sheet_reader import SheetData, SkippedRow, read_sheets
from ..errors import QT_TRANSLATE_NOOP, Finding
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS
from ..model.vocab import UNIT_FLAG_NAMES
from .roster_fields import (
    FIELDS,
    VOCABULARIES,
    field_label,
    kind_from_uscc,
    parse_date,
    parse_flags,
    parse_int,
    parse_kind,
    parse_term,
    reader_fields,
    uscc_problem,
)

HIDDEN_ROW_NOTE = QT_TRANSLATE_NOOP(
    "Errors", "This row is hidden in the workbook; it is imported like the others."
)


@dataclass
class _Row:
    sheet: str
    row: int
    values: dict[str, Any]
    columns: dict[str, str]  # field -> "D (核定编制/行政编制)"


@dataclass
class RosterSheets:
    """What the reader found: the data rows, and per sheet what it skipped."""

    rows: list[_Row] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)  # hidden rows
    findings: list[Finding] = field(default_factory=list)  # formulas without value
    skipped: list[tuple[str, SkippedRow]] = field(default_factory=list)  # (sheet, row)
    sheets: list[SheetData] = field(default_factory=list)


def read_roster(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    remembered: Callable[[str], dict[str, str] | None] | None = None,
) -> RosterSheets:
    """Every roster sheet of the workbook, parsed into rows (nothing saved). Raises
    :class:`~dudao_desktop.documents.sheet_reader.MappingNeeded` when a required column
    cannot be matched."""
    file = Path(path).name
    found = RosterSheets()
    for sheet in read_sheets(path, fields=reader_fields(), mapping=mapping, remembered=remembered):
        found.sheets.append(sheet)
        letters = {key: sheet.column_label(key) for key in sheet.columns}
        found.findings += sheet.uncalculated_findings()
        found.skipped += [(sheet.sheet, s) for s in sheet.skipped]
        for number, values in sheet.records():
            if all(v is None for v in values.values()):
                continue
            found.rows.append(_Row(sheet.sheet, number, values, letters))
        found.notes += [
            Finding(HIDDEN_ROW_NOTE, {}, file, sheet.sheet, number) for number in sheet.hidden_rows
        ]
    return found


def _column(row: _Row, key: str) -> str:
    return row.columns.get(key) or field_label(key)


NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors",
    '"{value}" is not a whole number: type a number such as 12 (or leave the cell empty for 0).',
)
NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date: type it as 2027-05-31.')
UNKNOWN_TERM = QT_TRANSLATE_NOOP(
    "Errors", '"{value}" is not one of the values of this column: use one of {values}.'
)
TOTAL_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "The total {total} is not the sum of the figures by kind ({sum}): correct the total or "
    "the figures (or add a column for the kind the difference belongs to).",
)
TOTAL_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Errors",
    "The total {total} is smaller than the figures by kind add up to ({sum}): correct the "
    "total or the figures.",
)


def clean_row(
    row: _Row,
    file: str,
    overrides: dict[str, str],
    added_kinds: dict[str, str],
    vocab_names: Callable[[str], str],
) -> tuple[dict, list[Finding], str]:
    """The row's unit fields, parsed; its findings; and an unknown kind ("" if none), which
    the caller offers for adding rather than refusing."""
    out: dict[str, Any] = {}
    bad: list[Finding] = []
    unknown_kind = ""

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
                finding(spec.key, NOT_A_NUMBER, value=text)
            out[spec.key] = number or 0
        elif spec.kind == "date":
            value = parse_date(raw)
            if value == "bad":
                finding(spec.key, NOT_A_DATE, value=text)
                value = None
            out[spec.key] = value
        elif spec.kind == "kind":
            kind = parse_kind(raw, added_kinds)
            if kind is None and text:
                unknown_kind = text
            out[spec.key] = kind or text
        elif spec.kind == "flags":
            flags, unknown = parse_flags(raw)
            if unknown:
                finding(
                    spec.key,
                    UNKNOWN_TERM,
                    value="、".join(unknown),
                    values="、".join(n[0] for n in UNIT_FLAG_NAMES.values()),
                )
            out[spec.key] = flags
        elif spec.kind in VOCABULARIES:
            labels, names = VOCABULARIES[spec.kind]
            term = parse_term(raw, labels, names) if text else ""
            if term is None:
                finding(spec.key, UNKNOWN_TERM, value=text, values=vocab_names(spec.kind))
            out[spec.key] = term or ("active" if spec.kind == "status" else "")
        else:
            out[spec.key] = text
    failed = {f.column for f in bad}
    _check_totals(row, out, finding, {k for k in row.columns if _column(row, k) in failed})
    code = out.get("uscc", "").upper().replace(" ", "")
    out["uscc"] = code
    if code:
        if not out.get("kind"):
            out["kind"] = kind_from_uscc(code) or "other"
        note = out.get("uscc_override_note") or overrides.get(code, "")
        message, overridable = uscc_problem(code)
        if message and not (overridable and note):
            finding("uscc", message, value=code)
        elif message:
            out["uscc_override_note"] = note
        else:
            out["uscc_override_note"] = ""
    return out, bad, unknown_kind


def _check_totals(
    row: _Row, out: dict[str, Any], finding: Callable[..., None], failed: set[str]
) -> None:
    """Totals beside figures by kind: the approved total must be their sum (approved figures
    are kept by kind only); an actual total may be larger (staff of unknown kind) but never
    smaller. A missing total is the sum. Figures that did not parse (``failed``) are not
    checked again through their total."""
    approved = [a for a, _ in ESTABLISHMENT_COLUMNS.values() if a in row.columns]
    if approved and "approved_total" in row.columns and not failed & {*approved, "approved_total"}:
        total = sum(out[a] for a in approved)
        if out["approved_total"] != total:
            finding("approved_total", TOTAL_MISMATCH, total=out["approved_total"], sum=total)
    sides = [
        ("actual_staff", [b for _, b in ESTABLISHMENT_COLUMNS.values()]),
        ("leader_posts_approved", [a for a, _ in LEADER_POST_COLUMNS.values()]),
        ("leader_posts_actual", [b for _, b in LEADER_POST_COLUMNS.values()]),
    ]
    for key, parts in sides:
        given = [p for p in parts if p in row.columns]
        if not given or failed & {*given, key}:
            continue
        total = sum(out[p] for p in given)
        if key not in row.columns:
            out[key] = total
        elif out[key] < total:
            finding(key, TOTAL_TOO_SMALL, total=out[key], sum=total)
    out.pop("approved_total", None)
