"""Import an old rectification ledger (problems since 2013) from ``.xlsx``.

The columns are those of the exported ledger (in Chinese or English); unit by name or
USCC, category and status by key or label. Every row is validated first; any finding
refuses the whole file with a row-by-row report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, Finding
from ..model import Problem
from ..model.vocab import PROBLEM_ACTORS, PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from .ledger_import import as_date, finding_at, label_lookup, refuse_if_findings, unit_lookup

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


def import_problems(database: Database, path: Path, dry_run: bool = False) -> int:
    """Returns the number of problems (to be) added."""
    from ..documents.ledgers import column_names
    from ..documents.sheet_reader import Field, read_sheet

    names = column_names("problems")
    sheet = read_sheet(
        Path(path), fields=[Field(k, names[k], required=k in REQUIRED) for k in IMPORTED]
    )
    units = unit_lookup(database)
    categories = label_lookup(PROBLEM_CATEGORIES)
    statuses = label_lookup(PROBLEM_STATUS_LABELS)
    actors = label_lookup(PROBLEM_ACTORS)
    findings: list[Finding] = []
    records: list[dict[str, Any]] = []
    for number, record in sheet.records():

        def bad(message: str, key: str, number=number, **params: Any) -> None:
            findings.append(finding_at(sheet, number, key, message, params))

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
                values[key] = as_date(record.get(key))
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
    refuse_if_findings(sheet.file, findings)
    if not dry_run:
        with database.session() as s:
            s.add_all(Problem(**values) for values in records)
    return len(records)
