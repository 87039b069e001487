"""The supervision report's figures as an ``.xlsx`` workbook: the same numbers as the PDF
and the dashboard (one query layer, :mod:`dudao_desktop.services.figures`), one sheet per
table, laid out by :mod:`.workbook`."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from . import report_sections as S
from . import report_tables as TB
from .report import report_data
from .report_labels import (
    TOTAL,
    band,
    category,
    day,
    department,
    establishment_kind,
    percent,
    status,
    step,
    tr,
    unit_kind,
)
from .workbook import add_ledger_sheet, new_workbook, save_workbook

ITEM = QT_TRANSLATE_NOOP("Documents", "Item")
VALUE = QT_TRANSLATE_NOOP("Documents", "Value")
SHEET_SUMMARY = QT_TRANSLATE_NOOP("Documents", "Summary")
SHEET_BY_CATEGORY = QT_TRANSLATE_NOOP("Documents", "By category")
SHEET_BY_DEPARTMENT = QT_TRANSLATE_NOOP("Documents", "By department")
SHEET_STATUS = QT_TRANSLATE_NOOP("Documents", "Rectification")
SHEET_GRADES = QT_TRANSLATE_NOOP("Documents", "Grades")
SHEET_SUGGESTIONS = QT_TRANSLATE_NOOP("Documents", "Suggestions by category")
SHEET_GROUPS = QT_TRANSLATE_NOOP("Documents", "Groups")
SHEET_PROBLEMS = QT_TRANSLATE_NOOP("Documents", "Problem list")
SHEET_SUGGESTION_LIST = QT_TRANSLATE_NOOP("Documents", "Suggestion list")
CAMPAIGN = QT_TRANSLATE_NOOP("Documents", "Campaign")
PROBLEMS = QT_TRANSLATE_NOOP("Documents", "Problems")
RATE = QT_TRANSLATE_NOOP("Documents", "Rectification rate")
OVERDUE = QT_TRANSLATE_NOOP("Documents", "Overdue problems")
COVERAGE = QT_TRANSLATE_NOOP("Documents", "Coverage of the roster")
SUGGESTIONS = QT_TRANSLATE_NOOP("Documents", "Suggestions")
OPEN_WARNINGS = QT_TRANSLATE_NOOP("Documents", "Open warnings")
BLACKLISTED = QT_TRANSLATE_NOOP("Documents", "Units on the blacklist")
GRADED = QT_TRANSLATE_NOOP("Documents", "Units graded")
AT_STEP = QT_TRANSLATE_NOOP("Documents", "Units at step: {step}")


def _columns(*specs: tuple[str, float | None]):
    return [(None, [(tr(title), width, None) for title, width in specs])]


def write_report_workbook(
    database: Database, campaign_id: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    data = report_data(database, campaign_id, today)
    f = data.figures
    subtitle = f"{data.office}    {day(today or date.today())}"
    book = new_workbook()

    def sheet(title: str, columns, rows) -> None:
        add_ledger_sheet(
            book, f"{f.campaign_name} {tr(title)}", subtitle, columns, rows, sheet_name=tr(title)
        )

    period = tr(S.PERIOD_VALUE).format(start=day(f.start_date), end=day(f.end_date))
    summary = [
        (tr(CAMPAIGN), f.campaign_name),
        (tr(S.PERIOD), period),
        (tr(S.GROUPS), f.groups),
        (tr(S.ROSTER), f.units_in_roster),
        (tr(S.ASSIGNED), f.units_assigned),
        (tr(S.COVERED), f.units_covered),
        (tr(COVERAGE), percent(f.coverage_rate)),
        (tr(S.METHODS), tr(S.METHODS_VALUE)),
        (tr(PROBLEMS), f.problems),
        (tr(TB.RECTIFIED), f.rectified),
        (tr(RATE), percent(f.rectification_rate)),
        (tr(OVERDUE), f.overdue),
        (tr(SUGGESTIONS), f.suggestions),
        (tr(GRADED), f.graded),
        (tr(OPEN_WARNINGS), f.open_warnings),
        (tr(BLACKLISTED), f.blacklisted),
    ]
    summary += [(tr(AT_STEP).format(step=step(key)), count) for key, count in f.by_step.items()]
    sheet(SHEET_SUMMARY, _columns((ITEM, 30), (VALUE, 60)), summary)
    share = (lambda n: percent(n / f.problems)) if f.problems else (lambda n: percent(0))
    sheet(
        SHEET_BY_CATEGORY,
        _columns((TB.CATEGORY, 40), (TB.COUNT, 10), (TB.SHARE, 10), (TB.RECTIFIED, 10)),
        [
            (category(k), v, share(v), f.rectified_by_category.get(k, 0))
            for k, v in f.problems_by_category.items()
        ]
        + [(tr(TOTAL), f.problems, share(f.problems), f.rectified)],
    )
    sheet(
        SHEET_BY_DEPARTMENT,
        _columns((TB.SUPERVISING_DEPARTMENT, 36), (TB.COUNT, 10)),
        [(department(k), v) for k, v in f.problems_by_department.items()],
    )
    sheet(
        SHEET_STATUS,
        _columns((TB.STATUS, 24), (TB.COUNT, 10), (TB.SHARE, 10)),
        [(status(k), v, share(v)) for k, v in f.problems_by_status.items()]
        + [(tr(TOTAL), f.problems, share(f.problems))],
    )
    sheet(
        SHEET_GRADES,
        _columns((TB.BAND, 12), (TB.COUNT, 10), (TB.UNITS, 90)),
        [(band(k), v, "、".join(data.graded.get(k, []))) for k, v in f.grades.items()],
    )
    sheet(
        SHEET_SUGGESTIONS,
        _columns((TB.CATEGORY, 40), (TB.COUNT, 10)),
        [(category(k), v) for k, v in f.suggestions_by_category.items()]
        + [(tr(TOTAL), f.suggestions)],
    )
    sheet(
        S.BY_KIND,
        _columns(
            (S.KIND, 28),
            (S.APPROVED, 10),
            (S.ACTUAL, 10),
            (S.VACANT, 10),
            (S.OVER, 10),
            (S.UNITS_OVER, 10),
        ),
        [
            (establishment_kind(k.kind), k.approved, k.actual, k.vacant, k.over, k.units_over)
            for k in f.establishment
        ],
    )
    sheet(
        S.UNITS_BY_KIND,
        _columns((S.KIND, 36), (TB.UNITS, 10)),
        [(unit_kind(k), n) for k, n in f.units_by_kind.items()]
        + [(tr(TOTAL), sum(f.units_by_kind.values()))],
    )
    sheet(
        SHEET_GROUPS,
        _columns(
            (TB.GROUP, 16), (TB.LEADER, 12), (TB.MEMBERS, 10), (S.ASSIGNED, 14), (S.COVERED, 12)
        ),
        [(g.name, g.leader, g.members, g.units, g.covered) for g in f.group_summaries],
    )
    sheet(
        SHEET_PROBLEMS,
        _columns(
            (TB.NUMBER, 6),
            (TB.UNIT, 28),
            (TB.SUPERVISING_DEPARTMENT, 22),
            (TB.CATEGORY, 22),
            (TB.DESCRIPTION, 50),
            (TB.MEASURES, 40),
            (TB.DEADLINE, 12),
            (TB.STATUS, 12),
        ),
        [
            (
                i,
                p.unit,
                department(p.department),
                category(p.category),
                p.description,
                p.measures,
                p.deadline,
                status(p.status),
            )
            for i, p in enumerate(data.problems, start=1)
        ],
    )
    sheet(
        SHEET_SUGGESTION_LIST,
        _columns(
            (TB.NUMBER, 6), (TB.UNIT, 28), (TB.CATEGORY, 22), (TB.SUGGESTION, 60), (TB.RESPONSE, 30)
        ),
        [
            (i, s.unit, category(s.category), s.text, s.response)
            for i, s in enumerate(data.suggestions, start=1)
        ],
    )
    return save_workbook(book, path)
