"""The yearly analysis (每年剖析) as a PDF and as an ``.xlsx`` workbook."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from ..errors import QT_TRANSLATE_NOOP
from . import pdf
from .charts import bar_chart
from .report_labels import (
    NONE_RECORDED,
    TOTAL,
    category,
    day,
    department,
    numbered,
    percent,
    tr,
    warning_rule,
)
from .workbook import Percent, add_ledger_sheet, new_workbook, save_workbook

if TYPE_CHECKING:
    from ..services.yearly import YearlyAnalysis

TITLE = QT_TRANSLATE_NOOP("Documents", "Yearly analysis of the information data ledger, {year}")
SUBTITLE = QT_TRANSLATE_NOOP("Documents", "{office}, {date}")
ESTABLISHMENT = QT_TRANSLATE_NOOP("Documents", "Establishment use per supervising department")
ESTABLISHMENT_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "{units} units hold {approved} approved establishment posts and {actual} actual staff "
    "(use {rate}); {vacancy} posts are vacant and {over} units are over quota by {over_staff} "
    "staff in total. Figures are from each unit's latest snapshot of {year} ({snapshots} "
    "units), otherwise from the roster.",
)
MATTERS = QT_TRANSLATE_NOOP("Documents", "Establishment matters approved")
MATTERS_TEXT = QT_TRANSLATE_NOOP(
    "Documents", "{count} establishment matters were approved in {year}."
)
PROBLEMS = QT_TRANSLATE_NOOP("Documents", "Problems found and rectified per year")
REPEATS = QT_TRANSLATE_NOOP("Documents", "Repeat problems")
REPEATS_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "{count} units had the same category of problem in two or more campaigns or years.",
)
WARNINGS = QT_TRANSLATE_NOOP("Documents", "Warnings raised and cleared")
WARNINGS_TEXT = QT_TRANSLATE_NOOP(
    "Documents", "{open} warnings were still open at the end of {year}."
)
CHART_PROBLEMS = QT_TRANSLATE_NOOP("Documents", "Problems found per year")
SUPERVISING_DEPARTMENT = QT_TRANSLATE_NOOP("Documents", "Supervising department")
UNITS = QT_TRANSLATE_NOOP("Documents", "Units")
APPROVED = QT_TRANSLATE_NOOP("Documents", "Approved")
ACTUAL = QT_TRANSLATE_NOOP("Documents", "Actual staff")
VACANCY = QT_TRANSLATE_NOOP("Documents", "Vacancy")
OVER_UNITS = QT_TRANSLATE_NOOP("Documents", "Units over quota")
OVER_STAFF = QT_TRANSLATE_NOOP("Documents", "Staff over quota")
USE = QT_TRANSLATE_NOOP("Documents", "Use")
UNIT = QT_TRANSLATE_NOOP("Documents", "Unit")
MATTER = QT_TRANSLATE_NOOP("Documents", "Matter")
DECIDED = QT_TRANSLATE_NOOP("Documents", "Decided on")
DOCUMENT_NUMBER = QT_TRANSLATE_NOOP("Documents", "Document number")
YEAR = QT_TRANSLATE_NOOP("Documents", "Year")
FOUND = QT_TRANSLATE_NOOP("Documents", "Found")
RECTIFIED = QT_TRANSLATE_NOOP("Documents", "Rectified")
OPEN = QT_TRANSLATE_NOOP("Documents", "Open")
RATE = QT_TRANSLATE_NOOP("Documents", "Rectification rate")
CATEGORY = QT_TRANSLATE_NOOP("Documents", "Category")
OCCURRENCES = QT_TRANSLATE_NOOP("Documents", "Occurrences")
YEARS = QT_TRANSLATE_NOOP("Documents", "Years")
RULE = QT_TRANSLATE_NOOP("Documents", "Warning rule")
RAISED = QT_TRANSLATE_NOOP("Documents", "Raised")
CLEARED = QT_TRANSLATE_NOOP("Documents", "Cleared")
NUMBER = QT_TRANSLATE_NOOP("Documents", "No.")
REVISIONS = QT_TRANSLATE_NOOP("Documents", "Revisions of three-determination regulations")
REVISIONS_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "Findings proposed {proposed} revisions of units' three-determination regulations; "
    "{completed} are made.",
)
REVISION = QT_TRANSLATE_NOOP("Documents", "Revision proposed")
REVISION_STATUS = QT_TRANSLATE_NOOP("Documents", "Status")
REVISION_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("Documents", "Proposed"),
    "completed": QT_TRANSLATE_NOOP("Documents", "Completed"),
}
HOLDS = QT_TRANSLATE_NOOP("Documents", "Approvals held by management control")
HOLDS_TEXT = QT_TRANSLATE_NOOP(
    "Documents", "{held} approval matters were held; office leaders overrode {overridden}."
)
HELD_BECAUSE = QT_TRANSLATE_NOOP("Documents", "Held because")
OVERRIDE = QT_TRANSLATE_NOOP("Documents", "Override (who, why)")


def _establishment_rows(a: YearlyAnalysis, share: Callable[[float], Any] = percent) -> list[list]:
    """``share`` shows a rate: text for the PDF, a typed percentage for the workbook."""
    rows = [
        [
            department(u.department),
            u.units,
            u.approved,
            u.actual,
            u.vacancy,
            u.over_quota_units,
            u.over_quota_staff,
            share(u.usage_rate),
        ]
        for u in a.establishment
    ]
    t = a.establishment_total
    rows.append(
        [
            tr(TOTAL),
            t.units,
            t.approved,
            t.actual,
            t.vacancy,
            t.over_quota_units,
            t.over_quota_staff,
            share(t.usage_rate),
        ]
    )
    return rows


ESTABLISHMENT_HEADER = (
    SUPERVISING_DEPARTMENT,
    UNITS,
    APPROVED,
    ACTUAL,
    VACANCY,
    OVER_UNITS,
    OVER_STAFF,
    USE,
)


def _or_none(table: Flowable, rows: list) -> Flowable:
    return table if rows else pdf.paragraph(tr(NONE_RECORDED), "body_indent")


def yearly_story(a: YearlyAnalysis, office: str, today: date) -> list[Flowable]:
    t = a.establishment_total
    story: list[Flowable] = pdf.title(
        tr(TITLE).format(year=a.year), tr(SUBTITLE).format(office=office, date=day(today))
    )
    story += [
        pdf.heading(numbered(1, tr(ESTABLISHMENT))),
        pdf.paragraph(
            tr(ESTABLISHMENT_TEXT).format(
                units=t.units,
                approved=t.approved,
                actual=t.actual,
                rate=percent(t.usage_rate),
                vacancy=t.vacancy,
                over=t.over_quota_units,
                over_staff=t.over_quota_staff,
                year=a.year,
                snapshots=t.from_snapshots,
            ),
            "body_indent",
        ),
        pdf.table(
            [tr(h) for h in ESTABLISHMENT_HEADER],
            _establishment_rows(a),
            [4.2, 1, 1.4, 1.3, 1.2, 1.3, 1.3, 1.2],
            center_columns=range(1, 8),
        ),
    ]
    matters = [
        [i, m.unit, m.title, day(m.decided_on), m.document_number]
        for i, m in enumerate(a.matters, start=1)
    ]
    story += [
        CondPageBreak(40 * mm),
        pdf.heading(numbered(2, tr(MATTERS))),
        pdf.paragraph(tr(MATTERS_TEXT).format(count=len(a.matters), year=a.year), "body_indent"),
        _or_none(
            pdf.table(
                [tr(NUMBER), tr(UNIT), tr(MATTER), tr(DECIDED), tr(DOCUMENT_NUMBER)],
                matters,
                [0.7, 3, 5.5, 1.8, 2.6],
                center_columns=(0, 3),
            ),
            matters,
        ),
    ]
    years = [[y.year, y.found, y.rectified, y.open, percent(y.rate)] for y in a.problems_by_year]
    story += [
        CondPageBreak(60 * mm),
        pdf.heading(numbered(3, tr(PROBLEMS))),
        pdf.table(
            [tr(YEAR), tr(FOUND), tr(RECTIFIED), tr(OPEN), tr(RATE)], years, center_columns=range(5)
        ),
        pdf.spacer(3),
        KeepTogether(
            bar_chart([(str(y.year), y.found) for y in a.problems_by_year], tr(CHART_PROBLEMS))
        ),
    ]
    repeats = [
        [i, r.unit, category(r.category), r.occurrences, "、".join(map(str, r.years))]
        for i, r in enumerate(a.repeats, start=1)
    ]
    story += [
        CondPageBreak(40 * mm),
        pdf.heading(numbered(4, tr(REPEATS))),
        pdf.paragraph(tr(REPEATS_TEXT).format(count=len(a.repeats)), "body_indent"),
        _or_none(
            pdf.table(
                [tr(NUMBER), tr(UNIT), tr(CATEGORY), tr(OCCURRENCES), tr(YEARS)],
                repeats,
                [0.7, 4, 3.5, 1.5, 3],
                center_columns=(0, 3),
            ),
            repeats,
        ),
    ]
    warnings = [[warning_rule(w.rule), w.raised, w.cleared] for w in a.warnings]
    story += [
        CondPageBreak(40 * mm),
        pdf.heading(numbered(5, tr(WARNINGS))),
        pdf.paragraph(
            tr(WARNINGS_TEXT).format(open=a.open_warnings_at_year_end, year=a.year), "body_indent"
        ),
        _or_none(
            pdf.table(
                [tr(RULE), tr(RAISED), tr(CLEARED)], warnings, [5, 1.5, 1.5], center_columns=(1, 2)
            ),
            warnings,
        ),
    ]
    revisions = _revision_rows(a)
    story += [
        CondPageBreak(40 * mm),
        pdf.heading(numbered(6, tr(REVISIONS))),
        pdf.paragraph(
            tr(REVISIONS_TEXT).format(
                proposed=len(a.revisions),
                completed=sum(r.status == "completed" for r in a.revisions),
            ),
            "body_indent",
        ),
        _or_none(
            pdf.table(
                [tr(h) for h in REVISION_HEADER],
                revisions,
                [0.7, 3, 5, 1.5, 2.6],
                center_columns=(0, 3),
            ),
            revisions,
        ),
    ]
    holds = _hold_rows(a)
    story += [
        CondPageBreak(40 * mm),
        pdf.heading(numbered(7, tr(HOLDS))),
        pdf.paragraph(
            tr(HOLDS_TEXT).format(
                held=len(a.holds), overridden=sum(h.status == "overridden" for h in a.holds)
            ),
            "body_indent",
        ),
        _or_none(
            pdf.table(
                [tr(h) for h in HOLD_HEADER], holds, [0.7, 2.6, 3, 4, 3.5], center_columns=(0,)
            ),
            holds,
        ),
    ]
    return story


REVISION_HEADER = (NUMBER, UNIT, REVISION, REVISION_STATUS, DOCUMENT_NUMBER)
HOLD_HEADER = (NUMBER, UNIT, MATTER, HELD_BECAUSE, OVERRIDE)


def _revision_rows(a: YearlyAnalysis) -> list[list]:
    return [
        [i, r.unit_name, r.what, tr(REVISION_STATUSES[r.status]), r.document_number]
        for i, r in enumerate(a.revisions, start=1)
    ]


def _hold_rows(a: YearlyAnalysis) -> list[list]:
    return [
        [
            i,
            h.unit_name,
            h.title,
            "；".join(r["detail"] for r in h.reasons),
            f"{h.overridden_by}：{h.override_reason}" if h.status == "overridden" else "",
        ]
        for i, h in enumerate(a.holds, start=1)
    ]


def write_yearly_pdf(
    analysis: YearlyAnalysis, office: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    title = tr(TITLE).format(year=analysis.year)
    return pdf.write_pdf(
        path,
        yearly_story(analysis, office, today or date.today()),
        title=title,
        header=office,
        author=office,
    )


def write_yearly_workbook(
    a: YearlyAnalysis, office: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    subtitle = tr(SUBTITLE).format(office=office, date=day(today or date.today()))
    book = new_workbook()

    def sheet(title: str, headers, widths, rows) -> None:
        columns = [(None, [(tr(h), w, None) for h, w in zip(headers, widths, strict=True)])]
        add_ledger_sheet(
            book, f"{a.year} {tr(title)}", subtitle, columns, rows, sheet_name=tr(title)
        )

    sheet(
        ESTABLISHMENT,
        ESTABLISHMENT_HEADER,
        [30, 8, 10, 10, 10, 12, 12, 10],
        _establishment_rows(a, Percent),
    )
    sheet(
        MATTERS,
        (NUMBER, UNIT, MATTER, DECIDED, DOCUMENT_NUMBER),
        [6, 28, 50, 12, 22],
        [
            (i, m.unit, m.title, m.decided_on, m.document_number)
            for i, m in enumerate(a.matters, start=1)
        ],
    )
    sheet(
        PROBLEMS,
        (YEAR, FOUND, RECTIFIED, OPEN, RATE),
        [8, 10, 10, 10, 12],
        [(y.year, y.found, y.rectified, y.open, Percent(y.rate)) for y in a.problems_by_year],
    )
    sheet(
        REPEATS,
        (NUMBER, UNIT, CATEGORY, OCCURRENCES, YEARS),
        [6, 30, 30, 10, 24],
        [
            (i, r.unit, category(r.category), r.occurrences, "、".join(map(str, r.years)))
            for i, r in enumerate(a.repeats, start=1)
        ],
    )
    sheet(
        WARNINGS,
        (RULE, RAISED, CLEARED),
        [30, 10, 10],
        [(warning_rule(w.rule), w.raised, w.cleared) for w in a.warnings],
    )
    sheet(REVISIONS, REVISION_HEADER, [6, 30, 50, 10, 22], _revision_rows(a))
    sheet(HOLDS, HOLD_HEADER, [6, 30, 40, 50, 40], _hold_rows(a))
    return save_workbook(book, path)
