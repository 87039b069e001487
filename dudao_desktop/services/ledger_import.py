"""The all-or-nothing ledger imports: every declared ``imported`` column of a ledger read
through the shared sheet reader, validated by its kind, the whole file refused with a
row-by-row report on any finding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..documents.sheet_reader import Field, SheetData, read_sheet
from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding, ValidationError
from ..model import Unit
from ..model.natural import NATURAL_KEYS, natural_id
from . import vocabulary
from .ledger_columns import CONTEXT, Ledger, LedgerColumn, ledger

#: An old ledger's category or source the office has not added yet: refused (a typing
#: slip must not become a category of its own), saying how to add it.
UNKNOWN_TERM = QT_TRANSLATE_NOOP(
    "Errors",
    "'{value}' is not yet a {field} of this office. If it is one, add it (Tools > "
    "Vocabularies, or: dudao vocabulary add {vocabulary} '{value}') and import the file "
    "again; otherwise correct the cell.",
)

#: Records written per flush.
BATCH = 1_000


def as_date(value: Any) -> date | None:
    """A cell's date: a date or datetime cell, or text like 2024-03-01, 2024/3/1, 2024.3.1.

    Raises ValueError for anything else."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parts = str(value).strip().replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(value)
    return date(*(int(p) for p in parts))  # 2019.3.31 as offices write it, unpadded


def unit_lookup(database: Database) -> dict[str, str]:
    """The id of every unit on the roster, by its name and by its USCC."""
    units: dict[str, str] = {}
    with database.Session() as s:
        for unit_id, name, uscc in s.execute(
            select(Unit.id, Unit.name, Unit.uscc).where(Unit.deleted.is_(False))
        ):
            units[name] = units[uscc] = unit_id
    return units


def label_lookup(labels: dict[str, str]) -> dict[str, str]:
    """A vocabulary's keys by casefolded key, English label and translated labels."""
    result = {}
    for key, label in labels.items():
        for text in (
            key,
            label,
            i18n.translate("Vocab", label),
            i18n.translate("Vocab", label, "zh_CN"),
        ):
            result[text.strip().casefold()] = key
    return result


def finding_at(
    sheet: SheetData, row: int, key: str, message: str, params: dict[str, Any]
) -> Finding:
    """A finding for the cell of field ``key`` in Excel row ``row`` of ``sheet``."""
    return Finding(
        message,
        params,
        sheet.file,
        sheet.sheet,
        row,
        sheet.column_letter(key) if key in sheet.columns else "",
    )


def refuse_if_findings(file: str, findings: list[Finding]) -> None:
    """Refuse the whole file, with the row-by-row report, when anything was found."""
    if findings:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} has {count} errors; nothing was imported. Fix them and "
                "import the file again.",
            ),
            findings=findings,
            file=file,
            count=len(findings),
        )


# The generic import of a declared ledger ---------------------------------------------------------
YES_WORDS = frozenset(("是", "yes", "y", "true", "1", "√", "✓"))
NO_WORDS = frozenset(("", "否", "no", "n", "false", "0", "×"))

#: A per-ledger rule run on each row after the columns are read: it may fill or fix
#: ``values`` and report findings with ``bad(message, key, **params)``.
RowCheck = Callable[[dict[str, Any], dict[str, str], Callable[..., None]], None]


def header_names(column: LedgerColumn) -> tuple[str, ...]:
    """The header titles accepted for a column: the current language's, the Chinese and the
    English one (the first is named in error messages)."""
    variants = [
        i18n.translate(CONTEXT, column.label),
        i18n.translate(CONTEXT, column.label, "zh_CN"),
        column.label,
        *column.aliases,
    ]
    return tuple(dict.fromkeys(variants))


def _read_value(
    column: LedgerColumn, raw: Any, text: str, lookups: dict[str, dict[str, str]]
) -> tuple[Any, str | None, dict[str, Any]]:
    """(value, finding message or None, message params) for one cell of an editable column."""
    if column.kind == "unit":
        if not text:
            return None, None, {}
        unit_id = lookups["unit"].get(text)
        if unit_id is None:
            return (
                None,
                QT_TRANSLATE_NOOP("Errors", "Unit '{value}' is not on the roster."),
                {"value": text},
            )
        return unit_id, None, {}
    if column.kind == "choice":
        if not text:
            return None, None, {}
        key = lookups[column.key].get(text.casefold())
        if key is None:
            labels = [i18n.translate("Vocab", v) for v in (column.vocab or {}).values()]
            if column.terms:
                return (
                    None,
                    UNKNOWN_TERM,
                    {
                        "value": text,
                        "field": i18n.translate(CONTEXT, column.label),
                        "vocabulary": column.terms,
                    },
                )
            return (
                None,
                QT_TRANSLATE_NOOP(
                    "Errors", "'{value}' is not a valid {field}; use one of: {choices}."
                ),
                {
                    "value": text,
                    "field": i18n.translate(CONTEXT, column.label),
                    "choices": "、".join(labels),
                },
            )
        return key, None, {}
    if column.kind == "date":
        try:
            return as_date(raw), None, {}
        except ValueError:
            return (
                None,
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date (YYYY-MM-DD)."),
                {"value": text},
            )
    if column.kind == "number":
        if not text:
            return None, None, {}
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or number != int(number):
            return (
                None,
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a whole number."),
                {"value": text},
            )
        return int(number), None, {}
    if column.kind == "bool":
        folded = text.casefold()
        if folded in YES_WORDS or folded == i18n.translate("Vocab", "Yes").casefold():
            return True, None, {}
        if folded in NO_WORDS or folded == i18n.translate("Vocab", "No").casefold():
            return False, None, {}
        return (
            None,
            QT_TRANSLATE_NOOP("Errors", "Write 是 or 否 here, not '{value}'."),
            {"value": text},
        )
    return text, None, {}


def read_ledger(
    database: Database, book: Ledger, path: Path, check: RowCheck | None = None
) -> tuple[str, list[dict[str, Any]], list[Finding]]:
    """Read and validate every row of a ledger workbook: (file name, the records' field
    values, findings). Nothing is written."""
    columns = book.imported()
    fields = [Field(c.key, header_names(c), required=c.required) for c in columns]
    sheet = read_sheet(Path(path), fields=fields)
    lookups: dict[str, dict[str, str]] = {}
    if any(c.kind == "unit" for c in columns):
        lookups["unit"] = unit_lookup(database)
    with database.Session() as s:
        for column in columns:
            if column.terms:
                lookups[column.key] = vocabulary.lookup(s, column.terms)
            elif column.kind == "choice" and column.vocab is not None:
                lookups[column.key] = label_lookup(dict(column.vocab))
    findings: list[Finding] = []
    records: list[dict[str, Any]] = []
    for number, record in sheet.records():

        def bad(message: str, key: str, number: int = number, **params: Any) -> None:
            findings.append(finding_at(sheet, number, key, message, params))

        texts = {
            c.key: "" if record.get(c.key) is None else str(record.get(c.key)).strip()
            for c in columns
        }
        values: dict[str, Any] = {}
        for column in columns:
            value, message, params = _read_value(
                column, record.get(column.key), texts[column.key], lookups
            )
            if message is not None:
                bad(message, column.key, **params)
                continue
            if column.required and value in (None, ""):
                bad(
                    QT_TRANSLATE_NOOP("Errors", "{field} is empty; fill it in."),
                    column.key,
                    field=i18n.translate(CONTEXT, column.label),
                )
                continue
            if value is not None:
                values["unit_id" if column.kind == "unit" else column.key] = value
        if check is not None:
            check(values, texts, bad)
        records.append(values)
    return sheet.file, records, findings


def import_ledger(database: Database, kind: str, path: Path, dry_run: bool = False) -> int:
    """Import every row of a workbook of ledger ``kind``, all or nothing (a row-by-row
    report refuses the whole file); returns the number of records (to be) added."""
    book = ledger(kind)
    if book.read_only:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {kind} ledger is kept from the roster and the real-name data; import "
                "those instead.",
            ),
            kind=kind,
        )
    file, records, findings = read_ledger(database, book, path, book.row_check)
    refuse_if_findings(file, findings)
    if not dry_run:
        with database.session() as s:
            for number, values in enumerate(records, start=1):
                _add_or_update(s, book.model, values)
                if number % BATCH == 0:
                    # Written (with their change-log entries) and let go: flat memory; the
                    # one transaction still keeps the import all or nothing.
                    s.flush()
                    s.expunge_all()
    return len(records)


def _add_or_update(session: Session, model: Any, values: dict[str, Any]) -> None:
    """A new record; for a record that exists once per natural key (a unit's snapshot of a
    month), the row updates the one already held, wherever it was made."""
    table = model.__tablename__
    if table not in NATURAL_KEYS:
        session.add(model(**values))
        return
    held = session.get(model, natural_id(table, values))
    if held is None:
        session.add(model(**values))
        return
    for name, value in values.items():
        setattr(held, name, value)
    held.deleted = False
