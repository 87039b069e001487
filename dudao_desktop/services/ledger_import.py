"""Pieces shared by the all-or-nothing ledger imports (approval matters, problems): the
lookups a row is resolved with, where a finding points, and refusing the whole file."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, Finding, ValidationError
from ..model import Unit

if TYPE_CHECKING:
    from ..documents.sheet_reader import SheetData


def as_date(value: Any) -> date | None:
    """A cell's date: a date or datetime cell, or text like 2024-03-01, 2024/3/1, 2024.3.1.

    Raises ValueError for anything else."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip().replace("/", "-").replace(".", "-"))


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
