"""The supervision report's figures as an ``.xlsx`` workbook: the same numbers as the PDF
and the dashboard (one query layer, :mod:`dudao_desktop.services.figures`), one sheet per
table, laid out by :mod:`.workbook`."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from . import report as R
from .report_labels import TOTAL, band, category, day, department, percent, status, step, tr
from .workbook import add_ledger_sheet, new_workbook, save_workbook

T = QT_TRANSLATE_NOOP
ITEM = T("Documents", "Item")
VALUE = T("Documents", "Value")
SHEET_SUMMARY = T("Documents", "Summary")
SHEET_BY_CATEGORY = T("Documents", "By category")
SHEET_BY_DEPARTMENT = T("Documents", "By department")
SHEET_STATUS = T("Documents", "Rectification")
SHEET_GRADES = T("Documents", "Grades")
SHEET_SUGGESTIONS = T("Documents", "Suggestions by category")
SHEET_GROUPS = T("Documents", "Groups")
SHEET_PROBLEMS = T("Documents", "Problem list")
SHEET_SUGGESTION_LIST = T("Documents", "Suggestion list")
CAMPAIGN = T("Documents", "Campaign")
PROBLEMS = T("Documents", "Problems")
RATE = T("Documents", "Rectification rate")
OVERDUE = T("Documents", "Overdue problems")
COVERAGE = T("Documents", "Coverage of the roster")
SUGGESTIONS = T("Documents", "Suggestions")
OPEN_WARNINGS = T("Documents", "Open warnings")
BLACKLISTED = T("Documents", "Units on the blacklist")
GRADED = T("Documents", "Units graded")
AT_STEP = T("Documents", "Units at step: {step}")


def _columns(*specs: tuple[str, float | None]):
    return [(None, [(tr(title), width, None) for title, width in specs])]


def write_report_workbook(
    database: Database, campaign_id: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    data = R.report_data(database, campaign_id, today)
    f = data.figures
    subtitle = f"{data.office}    {day(today or date.today())}"
    book = new_workbook()

    def sheet(title: str, columns, rows) -> None:
        add_ledger_sheet(
            book, f"{f.campaign_name} {tr(title)}", subtitle, columns, rows, sheet_name=tr(title)
        )

    period = tr(R.PERIOD_VALUE).format(start=day(f.start_date), end=day(f.end_date))
    summary = [
        (tr(CAMPAIGN), f.campaign_name),
        (tr(R.PERIOD), period),
        (tr(R.GROUPS), f.groups),
        (tr(R.ROSTER), f.units_in_roster),
        (tr(R.ASSIGNED), f.units_assigned),
        (tr(R.COVERED), f.units_covered),
        (tr(COVERAGE), percent(f.coverage_rate)),
        (tr(R.METHODS), tr(R.METHODS_VALUE)),
        (tr(PROBLEMS), f.problems),
        (tr(R.RECTIFIED), f.rectified),
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
        _columns((R.CATEGORY, 40), (R.COUNT, 10), (R.SHARE, 10), (R.RECTIFIED, 10)),
        [
            (category(k), v, share(v), f.rectified_by_category.get(k, 0))
            for k, v in f.problems_by_category.items()
        ]
        + [(tr(TOTAL), f.problems, share(f.problems), f.rectified)],
    )
    sheet(
        SHEET_BY_DEPARTMENT,
        _columns((R.SUPERVISING_DEPARTMENT, 36), (R.COUNT, 10)),
        [(department(k), v) for k, v in f.problems_by_department.items()],
    )
    sheet(
        SHEET_STATUS,
        _columns((R.STATUS, 24), (R.COUNT, 10), (R.SHARE, 10)),
        [(status(k), v, share(v)) for k, v in f.problems_by_status.items()]
        + [(tr(TOTAL), f.problems, share(f.problems))],
    )
    sheet(
        SHEET_GRADES,
        _columns((R.BAND, 12), (R.COUNT, 10), (R.UNITS, 90)),
        [(band(k), v, "、".join(data.graded.get(k, []))) for k, v in f.grades.items()],
    )
    sheet(
        SHEET_SUGGESTIONS,
        _columns((R.CATEGORY, 40), (R.COUNT, 10)),
        [(category(k), v) for k, v in f.suggestions_by_category.items()]
        + [(tr(TOTAL), f.suggestions)],
    )
    sheet(
        SHEET_GROUPS,
        _columns((R.GROUP, 16), (R.LEADER, 12), (R.MEMBERS, 10), (R.ASSIGNED, 14), (R.COVERED, 12)),
        [(g.name, g.leader, g.members, g.units, g.covered) for g in f.group_summaries],
    )
    sheet(
        SHEET_PROBLEMS,
        _columns(
            (R.NUMBER, 6),
            (R.UNIT, 28),
            (R.SUPERVISING_DEPARTMENT, 22),
            (R.CATEGORY, 22),
            (R.DESCRIPTION, 50),
            (R.MEASURES, 40),
            (R.DEADLINE, 12),
            (R.STATUS, 12),
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
            (R.NUMBER, 6), (R.UNIT, 28), (R.CATEGORY, 22), (R.SUGGESTION, 60), (R.RESPONSE, 30)
        ),
        [
            (i, s.unit, category(s.category), s.text, s.response)
            for i, s in enumerate(data.suggestions, start=1)
        ],
    )
    return save_workbook(book, path)
