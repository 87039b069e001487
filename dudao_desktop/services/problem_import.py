"""Import an old rectification ledger (problems since 2013) from ``.xlsx``.

The columns are those of the exported ledger (in Chinese or English); unit by name or
USCC, category and status by key or label. Every row is validated first; any finding
refuses the whole file with a row-by-row report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, Finding, ValidationError
from ..model import Problem, Unit
from ..model.vocab import PROBLEM_ACTORS, PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from .approvals import _as_date

IMPORTED = (
    "unit",
    "source",
    "year",
    "category",
    "description",
    "cause",
    "actor",
    "handling_opinion",
    "measures",
    "rectification_plan",
    "deadline",
    "responsible",
    "status",
    "notified_on",
    "rectified_on",
    "lookback_on",
    "lookback_result",
)
REQUIRED = ("unit", "category", "description")
DATES = ("deadline", "notified_on", "rectified_on", "lookback_on")


def _lookup(labels: dict[str, str]) -> dict[str, str]:
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


def import_problems(database: Database, path: Path, dry_run: bool = False) -> int:
    """Returns the number of problems (to be) added."""
    from ..documents.ledgers import column_names
    from ..documents.sheet_reader import Field, read_sheet

    names = column_names("problems")
    sheet = read_sheet(
        Path(path), fields=[Field(k, names[k], required=k in REQUIRED) for k in IMPORTED]
    )
    with database.Session() as s:
        units: dict[str, str] = {}
        for unit_id, name, uscc in s.execute(
            select(Unit.id, Unit.name, Unit.uscc).where(Unit.deleted.is_(False))
        ):
            units[name] = units[uscc] = unit_id
    categories = _lookup(PROBLEM_CATEGORIES)
    statuses = _lookup(PROBLEM_STATUS_LABELS)
    actors = _lookup(PROBLEM_ACTORS)
    findings: list[Finding] = []
    records: list[dict[str, Any]] = []
    for number, record in sheet.records():

        def bad(message: str, key: str, number=number, **params: Any) -> None:
            findings.append(
                Finding(
                    message,
                    params,
                    sheet.file,
                    sheet.sheet,
                    number,
                    sheet.column_letter(key) if key in sheet.columns else "",
                )
            )

        text = {k: ("" if record.get(k) is None else str(record.get(k)).strip()) for k in IMPORTED}
        values: dict[str, Any] = {
            k: text[k]
            for k in (
                "source",
                "description",
                "cause",
                "handling_opinion",
                "measures",
                "rectification_plan",
                "responsible",
                "lookback_result",
            )
        }
        values["unit_id"] = units.get(text["unit"])
        if values["unit_id"] is None:
            bad(
                QT_TRANSLATE_NOOP("Errors", "Unit '{value}' is not on the roster."),
                "unit",
                value=text["unit"],
            )
        values["category"] = categories.get(text["category"].casefold())
        if values["category"] is None:
            bad(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a problem category."),
                "category",
                value=text["category"],
            )
        values["status"] = (
            statuses.get(text["status"].casefold(), "identified")
            if text["status"]
            else "identified"
        )
        if text["status"] and text["status"].casefold() not in statuses:
            bad(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a problem status."),
                "status",
                value=text["status"],
            )
        values["actor"] = actors.get(text["actor"].casefold(), "unit")
        if not values["description"]:
            bad(QT_TRANSLATE_NOOP("Errors", "The problem description is empty."), "description")
        for key in DATES:
            try:
                values[key] = _as_date(record.get(key))
            except ValueError:
                bad(
                    QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date (YYYY-MM-DD)."),
                    key,
                    value=text[key],
                )
        try:
            values["year"] = (
                int(text["year"])
                if text["year"]
                else (values.get("deadline").year if values.get("deadline") else 0)
            )
        except (ValueError, AttributeError):
            bad(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a year."), "year", value=text["year"])
        if values.get("year") == 0:
            bad(
                QT_TRANSLATE_NOOP("Errors", "Give the year or the deadline of the problem."), "year"
            )
        records.append(values)
    if findings:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} has {count} errors; nothing was imported. Fix them and "
                "import the file again.",
            ),
            findings=findings,
            file=sheet.file,
            count=len(findings),
        )
    if not dry_run:
        with database.session() as s:
            s.add_all(Problem(**values) for values in records)
    return len(records)
