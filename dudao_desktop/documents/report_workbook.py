"""The supervision report's figures as an ``.xlsx`` workbook: the same numbers as the PDF
and the dashboard (one query layer, :mod:`dudao_desktop.services.figures`), one sheet per
table, laid out by :mod:`.workbook`."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP
from .report import ReportData
from .report_labels import (
    TOTAL,
    band,
    category,
    day,
    department,
    establishment_kind,
    status,
    step,
    tr,
    unit_kind,
)
from .workbook import Percent, add_ledger_sheet, new_workbook, save_workbook

ASSIGNED = QT_TRANSLATE_NOOP("Documents", "Units assigned to groups")
COVERED = QT_TRANSLATE_NOOP("Documents", "Units covered")
GROUPS = QT_TRANSLATE_NOOP("Documents", "Inspection groups")
METHODS = QT_TRANSLATE_NOOP("Documents", "Methods")
METHODS_VALUE = QT_TRANSLATE_NOOP(
    "Documents", "Hearing the unit's report, reviewing records, random spot checks"
)
PERIOD = QT_TRANSLATE_NOOP("Documents", "Period")
PERIOD_VALUE = QT_TRANSLATE_NOOP("Documents", "{start} to {end}")
ROSTER = QT_TRANSLATE_NOOP("Documents", "Units in the roster")
BAND = QT_TRANSLATE_NOOP("Documents", "Grade")
CATEGORY = QT_TRANSLATE_NOOP("Documents", "Category")
COUNT = QT_TRANSLATE_NOOP("Documents", "Count")
DEADLINE = QT_TRANSLATE_NOOP("Documents", "Deadline")
DESCRIPTION = QT_TRANSLATE_NOOP("Documents", "Problem")
GROUP = QT_TRANSLATE_NOOP("Documents", "Group")
LEADER = QT_TRANSLATE_NOOP("Documents", "Leader")
MEASURES = QT_TRANSLATE_NOOP("Documents", "Rectification measures")
MEMBERS = QT_TRANSLATE_NOOP("Documents", "Members")
NUMBER = QT_TRANSLATE_NOOP("Documents", "No.")
RECTIFIED = QT_TRANSLATE_NOOP("Documents", "Rectified")
RESPONSE = QT_TRANSLATE_NOOP("Documents", "Response")
SHARE = QT_TRANSLATE_NOOP("Documents", "Share")
STATUS = QT_TRANSLATE_NOOP("Documents", "Status")
SUGGESTION = QT_TRANSLATE_NOOP("Documents", "Suggestion")
SUPERVISING_DEPARTMENT = QT_TRANSLATE_NOOP("Documents", "Supervising department")
UNIT = QT_TRANSLATE_NOOP("Documents", "Unit")
UNITS = QT_TRANSLATE_NOOP("Documents", "Units")
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
BY_KIND = QT_TRANSLATE_NOOP("Documents", "Establishment by kind (active units)")
UNITS_BY_KIND = QT_TRANSLATE_NOOP("Documents", "Units by kind")
KIND = QT_TRANSLATE_NOOP("Documents", "Kind")
APPROVED = QT_TRANSLATE_NOOP("Documents", "Approved")
ACTUAL = QT_TRANSLATE_NOOP("Documents", "Actual")
VACANT = QT_TRANSLATE_NOOP("Documents", "Vacant")
OVER = QT_TRANSLATE_NOOP("Documents", "Over")
UNITS_OVER = QT_TRANSLATE_NOOP("Documents", "Units over")
SHEET_CONTROLS = QT_TRANSLATE_NOOP("Documents", "Management control")
MATTER = QT_TRANSLATE_NOOP("Documents", "Approval matter")
HELD_BECAUSE = QT_TRANSLATE_NOOP("Documents", "Held because")
HELD_ON = QT_TRANSLATE_NOOP("Documents", "Held on")
OVERRIDDEN_BY = QT_TRANSLATE_NOOP("Documents", "Overridden by")
OVERRIDE_REASON = QT_TRANSLATE_NOOP("Documents", "Reason for the override")
OVERRIDDEN_ON = QT_TRANSLATE_NOOP("Documents", "Overridden on")


def _columns(*specs: tuple[str, float | None]):
    return [(None, [(tr(title), width, None) for title, width in specs])]


def write_report_workbook(
    data: ReportData, path: str | os.PathLike, today: date | None = None
) -> Path:
    f = data.figures
    subtitle = f"{data.office}    {day(today or date.today())}"
    book = new_workbook()

    def sheet(title: str, columns, rows) -> None:
        add_ledger_sheet(
            book, f"{f.campaign_name} {tr(title)}", subtitle, columns, rows, sheet_name=tr(title)
        )

    period = tr(PERIOD_VALUE).format(start=day(f.start_date), end=day(f.end_date))
    summary = [
        (tr(CAMPAIGN), f.campaign_name),
        (tr(PERIOD), period),
        (tr(GROUPS), f.groups),
        (tr(ROSTER), f.units_in_roster),
        (tr(ASSIGNED), f.units_assigned),
        (tr(COVERED), f.units_covered),
        (tr(COVERAGE), Percent(f.coverage_rate)),
        (tr(METHODS), tr(METHODS_VALUE)),
        (tr(PROBLEMS), f.problems),
        (tr(RECTIFIED), f.rectified),
        (tr(RATE), Percent(f.rectification_rate)),
        (tr(OVERDUE), f.overdue),
        (tr(SUGGESTIONS), f.suggestions),
        (tr(GRADED), f.graded),
        (tr(OPEN_WARNINGS), f.open_warnings),
        (tr(BLACKLISTED), f.blacklisted),
    ]
    summary += [(tr(AT_STEP).format(step=step(key)), count) for key, count in f.by_step.items()]
    sheet(SHEET_SUMMARY, _columns((ITEM, 30), (VALUE, 60)), summary)
    share = (lambda n: Percent(n / f.problems)) if f.problems else (lambda n: Percent(0))
    sheet(
        SHEET_BY_CATEGORY,
        _columns((CATEGORY, 40), (COUNT, 10), (SHARE, 10), (RECTIFIED, 10)),
        [
            (category(k), v, share(v), f.rectified_by_category.get(k, 0))
            for k, v in f.problems_by_category.items()
        ]
        + [(tr(TOTAL), f.problems, share(f.problems), f.rectified)],
    )
    sheet(
        SHEET_BY_DEPARTMENT,
        _columns((SUPERVISING_DEPARTMENT, 36), (COUNT, 10)),
        [(department(k), v) for k, v in f.problems_by_department.items()],
    )
    sheet(
        SHEET_STATUS,
        _columns((STATUS, 24), (COUNT, 10), (SHARE, 10)),
        [(status(k), v, share(v)) for k, v in f.problems_by_status.items()]
        + [(tr(TOTAL), f.problems, share(f.problems))],
    )
    sheet(
        SHEET_GRADES,
        _columns((BAND, 12), (COUNT, 10), (UNITS, 90)),
        [(band(k), v, "、".join(data.graded.get(k, []))) for k, v in f.grades.items()],
    )
    sheet(
        SHEET_SUGGESTIONS,
        _columns((CATEGORY, 40), (COUNT, 10)),
        [(category(k), v) for k, v in f.suggestions_by_category.items()]
        + [(tr(TOTAL), f.suggestions)],
    )
    sheet(
        BY_KIND,
        _columns(
            (KIND, 28), (APPROVED, 10), (ACTUAL, 10), (VACANT, 10), (OVER, 10), (UNITS_OVER, 10)
        ),
        [
            (establishment_kind(k.kind), k.approved, k.actual, k.vacant, k.over, k.units_over)
            for k in f.establishment
        ],
    )
    sheet(
        UNITS_BY_KIND,
        _columns((KIND, 36), (UNITS, 10)),
        [(unit_kind(k), n) for k, n in f.units_by_kind.items()]
        + [(tr(TOTAL), sum(f.units_by_kind.values()))],
    )
    sheet(
        SHEET_GROUPS,
        _columns((GROUP, 16), (LEADER, 12), (MEMBERS, 10), (ASSIGNED, 14), (COVERED, 12)),
        [(g.name, g.leader, g.members, g.units, g.covered) for g in f.group_summaries],
    )
    sheet(
        SHEET_PROBLEMS,
        _columns(
            (NUMBER, 6),
            (UNIT, 28),
            (SUPERVISING_DEPARTMENT, 22),
            (CATEGORY, 22),
            (DESCRIPTION, 50),
            (MEASURES, 40),
            (DEADLINE, 12),
            (STATUS, 12),
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
        _columns((NUMBER, 6), (UNIT, 28), (CATEGORY, 22), (SUGGESTION, 60), (RESPONSE, 30)),
        [
            (i, s.unit, category(s.category), s.text, s.response)
            for i, s in enumerate(data.suggestions, start=1)
        ],
    )
    if data.holds:
        sheet(SHEET_CONTROLS, *_control_sheet(data))
    return save_workbook(book, path)


def _control_sheet(data: ReportData):
    """Columns and rows of the management-control holds: why, and who let each go."""
    columns = _columns(
        (NUMBER, 6),
        (UNIT, 26),
        (MATTER, 28),
        (HELD_BECAUSE, 40),
        (HELD_ON, 12),
        (OVERRIDDEN_BY, 12),
        (OVERRIDE_REASON, 36),
        (OVERRIDDEN_ON, 12),
    )
    rows = [
        (
            i,
            h.unit_name,
            h.title,
            "；".join(r["detail"] for r in h.reasons),
            h.held_on,
            h.overridden_by,
            h.override_reason,
            h.overridden_on,
        )
        for i, h in enumerate(data.holds, start=1)
    ]
    return columns, rows
