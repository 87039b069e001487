"""The narrative sections of the supervision report: cover, the office's own text, the
campaign in figures, findings with typical cases and charts, suggestions, rectification
status and grades. Every number comes from :class:`.report.ReportData`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from ..errors import QT_TRANSLATE_NOOP
from ..services.figures import CampaignFigures
from . import pdf
from .charts import bar_chart, pie_chart
from .report_labels import (
    TOTAL,
    band,
    category,
    day,
    department,
    establishment_kind,
    percent,
    status,
    tr,
    unit_kind,
)
from .report_tables import (
    BAND,
    CATEGORY,
    COUNT,
    GROUP,
    LEADER,
    MEMBERS,
    RECTIFIED,
    SHARE,
    STATUS,
    UNITS,
)

if TYPE_CHECKING:
    from .report import ReportData

SUPERVISION_REPORT = QT_TRANSLATE_NOOP("Documents", "Supervision report")
COVER_DATE = QT_TRANSLATE_NOOP("Documents", "Issued on {date}")
INTRODUCTION = QT_TRANSLATE_NOOP("Documents", "Introduction")
SUMMARY = QT_TRANSLATE_NOOP("Documents", "The campaign in figures")
FINDINGS = QT_TRANSLATE_NOOP("Documents", "Problems found")
SUGGESTIONS = QT_TRANSLATE_NOOP("Documents", "Suggestions collected")
RECTIFICATION = QT_TRANSLATE_NOOP("Documents", "Rectification status")
GRADES = QT_TRANSLATE_NOOP("Documents", "Overall evaluation of the units")
ASSESSMENT = QT_TRANSLATE_NOOP("Documents", "Overall assessment")
NEXT_STEPS = QT_TRANSLATE_NOOP("Documents", "Next steps")
PERIOD = QT_TRANSLATE_NOOP("Documents", "Period")
PERIOD_VALUE = QT_TRANSLATE_NOOP("Documents", "{start} to {end}")
VISITS = QT_TRANSLATE_NOOP("Documents", "On-site visits")
GROUPS = QT_TRANSLATE_NOOP("Documents", "Inspection groups")
METHODS = QT_TRANSLATE_NOOP("Documents", "Methods")
METHODS_VALUE = QT_TRANSLATE_NOOP(
    "Documents", "Hearing the unit's report, reviewing records, random spot checks"
)
ROSTER = QT_TRANSLATE_NOOP("Documents", "Units in the roster")
ASSIGNED = QT_TRANSLATE_NOOP("Documents", "Units assigned to groups")
COVERED = QT_TRANSLATE_NOOP("Documents", "Units covered")
COVERED_VALUE = QT_TRANSLATE_NOOP("Documents", "{covered} of {roster} ({rate})")
COVERAGE_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "{groups} inspection groups supervised the units of the roster; {covered} of the {roster} "
    "units in the roster were covered by on-site verification ({rate}).",
)
FINDINGS_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "{problems} problems were found in {units} units and {suggestions} suggestions were "
    "collected. By category:",
)
TYPICAL_CASES = QT_TRANSLATE_NOOP("Documents", "Typical cases")
CASE_LINE = QT_TRANSLATE_NOOP("Documents", "{description} (units concerned: {units}, e.g. {unit})")
CHART_BY_CATEGORY = QT_TRANSLATE_NOOP("Documents", "Problems by category")
CHART_BY_DEPARTMENT = QT_TRANSLATE_NOOP("Documents", "Problems by supervising department")
CHART_SUGGESTIONS = QT_TRANSLATE_NOOP("Documents", "Suggestions by category")
CHART_STATUS = QT_TRANSLATE_NOOP("Documents", "Problems by rectification status")
SUGGESTIONS_TEXT = QT_TRANSLATE_NOOP(
    "Documents", "{suggestions} suggestions were collected. By category:"
)
RECTIFICATION_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "Of {problems} problems, {rectified} have been rectified (rectification rate {rate}); "
    "{overdue} are overdue.",
)
GRADES_TEXT = QT_TRANSLATE_NOOP(
    "Documents",
    "{graded} units have been graded; {pending} covered units are "
    "awaiting their overall evaluation.",
)
BY_KIND = QT_TRANSLATE_NOOP("Documents", "Establishment by kind (active units)")
UNITS_BY_KIND = QT_TRANSLATE_NOOP("Documents", "Units by kind")
KIND = QT_TRANSLATE_NOOP("Documents", "Kind")
APPROVED = QT_TRANSLATE_NOOP("Documents", "Approved")
ACTUAL = QT_TRANSLATE_NOOP("Documents", "Actual")
VACANT = QT_TRANSLATE_NOOP("Documents", "Vacant")
OVER = QT_TRANSLATE_NOOP("Documents", "Over")
UNITS_OVER = QT_TRANSLATE_NOOP("Documents", "Units over")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Documents", "(This section has not been written yet.)")
TOP_DEPARTMENTS = 12


def cover(data: ReportData, today: date) -> list[Flowable]:
    f = data.figures
    return [
        pdf.spacer(55),
        pdf.paragraph(data.office, "subtitle"),
        pdf.spacer(6),
        pdf.paragraph(f.campaign_name, "title"),
        pdf.paragraph(tr(SUPERVISION_REPORT), "title"),
        pdf.spacer(90),
        pdf.paragraph(data.office, "subtitle"),
        pdf.paragraph(tr(COVER_DATE).format(date=day(today)), "subtitle"),
        pdf.page_break(),
    ]


def office_text(text: str) -> list[Flowable]:
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        return [pdf.paragraph(tr(NOT_WRITTEN), "small")]
    return [pdf.paragraph(line, "body_indent") for line in paragraphs]


def summary(f: CampaignFigures) -> list[Flowable]:
    rate = percent(f.coverage_rate)
    pairs = [
        (tr(PERIOD), tr(PERIOD_VALUE).format(start=day(f.start_date), end=day(f.end_date))),
        (
            tr(VISITS),
            tr(PERIOD_VALUE).format(start=day(f.first_visit), end=day(f.last_visit))
            if f.first_visit
            else "",
        ),
        (tr(GROUPS), str(f.groups)),
        (tr(ROSTER), str(f.units_in_roster)),
        (tr(ASSIGNED), str(f.units_assigned)),
        (
            tr(COVERED),
            tr(COVERED_VALUE).format(covered=f.units_covered, roster=f.units_in_roster, rate=rate),
        ),
    ]
    story: list[Flowable] = [
        pdf.paragraph(
            tr(COVERAGE_TEXT).format(
                groups=f.groups, covered=f.units_covered, roster=f.units_in_roster, rate=rate
            ),
            "body_indent",
        ),
        pdf.spacer(2),
        pdf.key_value_table(pairs),
        pdf.spacer(2),
        pdf.key_value_table([(tr(METHODS), tr(METHODS_VALUE))], columns=1),
        pdf.spacer(3),
    ]
    rows = [[g.name, g.leader, g.members, g.units, g.covered] for g in f.group_summaries]
    groups = f.group_summaries
    rows.append(
        [
            tr(TOTAL),
            "",
            sum(g.members for g in groups),
            sum(g.units for g in groups),
            sum(g.covered for g in groups),
        ]
    )
    story.append(
        pdf.table(
            [tr(GROUP), tr(LEADER), tr(MEMBERS), tr(ASSIGNED), tr(COVERED)],
            rows,
            [3, 2, 1.5, 2, 2],
            center_columns=(1, 2, 3, 4),
        )
    )
    return story + establishment(f)


def establishment(f: CampaignFigures) -> list[Flowable]:
    """Units per kind and the establishment per kind: 核定, 实有, 空编, 超编 (per unit)."""
    kinds = [[unit_kind(k), n] for k, n in f.units_by_kind.items()]
    kinds.append([tr(TOTAL), sum(f.units_by_kind.values())])
    rows = [
        [establishment_kind(k.kind), k.approved, k.actual, k.vacant, k.over, k.units_over]
        for k in f.establishment
    ]
    rows.append(
        [
            tr(TOTAL),
            *(
                sum(getattr(k, a) for k in f.establishment)
                for a in ("approved", "actual", "vacant", "over", "units_over")
            ),
        ]
    )
    return [
        pdf.spacer(3),
        pdf.paragraph(tr(UNITS_BY_KIND), "body"),
        pdf.table([tr(KIND), tr(UNITS)], kinds, [6, 2], center_columns=(1,)),
        pdf.spacer(3),
        pdf.paragraph(tr(BY_KIND), "body"),
        pdf.table(
            [tr(KIND), tr(APPROVED), tr(ACTUAL), tr(VACANT), tr(OVER), tr(UNITS_OVER)],
            rows,
            [3, 1.5, 1.5, 1.5, 1.5, 1.5],
            center_columns=(1, 2, 3, 4, 5),
        ),
    ]


def findings(data: ReportData) -> list[Flowable]:
    f = data.figures
    story: list[Flowable] = [
        pdf.paragraph(
            tr(FINDINGS_TEXT).format(
                problems=f.problems, units=data.problem_units, suggestions=f.suggestions
            ),
            "body_indent",
        )
    ]
    rows = [
        [
            category(key),
            count,
            percent(count / f.problems if f.problems else 0),
            f.rectified_by_category.get(key, 0),
        ]
        for key, count in f.problems_by_category.items()
    ]
    rows.append([tr(TOTAL), f.problems, percent(1 if f.problems else 0), f.rectified])
    story += [
        pdf.table(
            [tr(CATEGORY), tr(COUNT), tr(SHARE), tr(RECTIFIED)],
            rows,
            [6, 1.5, 1.5, 1.5],
            center_columns=(1, 2, 3),
        ),
        pdf.spacer(3),
    ]
    story.append(
        KeepTogether(
            bar_chart(
                [(category(k), v) for k, v in f.problems_by_category.items()], tr(CHART_BY_CATEGORY)
            )
        )
    )
    story.append(pdf.heading(tr(TYPICAL_CASES)))
    for key, cases in data.cases.items():
        story.append(pdf.paragraph(f"<b>{category(key)}</b>", markup=True))
        story += [
            pdf.paragraph(
                "· "
                + tr(CASE_LINE).format(
                    description=c.description, units=c.units, unit=c.example_unit
                ),
                "body_indent",
            )
            for c in cases
        ]
    departments = list(f.problems_by_department.items())[:TOP_DEPARTMENTS]
    story += [
        pdf.spacer(3),
        KeepTogether(
            bar_chart([(department(k), v) for k, v in departments], tr(CHART_BY_DEPARTMENT))
        ),
    ]
    return story


def suggestions(f: CampaignFigures) -> list[Flowable]:
    items = [(category(k), v) for k, v in f.suggestions_by_category.items()]
    return [
        pdf.paragraph(tr(SUGGESTIONS_TEXT).format(suggestions=f.suggestions), "body_indent"),
        pdf.table(
            [tr(CATEGORY), tr(COUNT)],
            [[k, v] for k, v in items] + [[tr(TOTAL), f.suggestions]],
            [6, 1.5],
            center_columns=(1,),
        ),
        KeepTogether(pie_chart(items, tr(CHART_SUGGESTIONS))),
    ]


def rectification(f: CampaignFigures) -> list[Flowable]:
    items = [(status(k), v) for k, v in f.problems_by_status.items()]
    return [
        pdf.paragraph(
            tr(RECTIFICATION_TEXT).format(
                problems=f.problems,
                rectified=f.rectified,
                rate=percent(f.rectification_rate),
                overdue=f.overdue,
            ),
            "body_indent",
        ),
        pdf.table(
            [tr(STATUS), tr(COUNT), tr(SHARE)],
            [[k, v, percent(v / f.problems)] for k, v in items]
            + [[tr(TOTAL), f.problems, percent(1 if f.problems else 0)]],
            [6, 1.5, 1.5],
            center_columns=(1, 2),
        ),
        KeepTogether(pie_chart(items, tr(CHART_STATUS))),
    ]


def grades(data: ReportData) -> list[Flowable]:
    f = data.figures
    rows = [
        [band(code), f.grades.get(code, 0), "、".join(data.graded.get(code, []))]
        for code in f.grades
    ]
    return [
        pdf.paragraph(
            tr(GRADES_TEXT).format(graded=f.graded, pending=max(f.units_covered - f.graded, 0)),
            "body_indent",
        ),
        pdf.table([tr(BAND), tr(COUNT), tr(UNITS)], rows, [1.5, 1, 9], center_columns=(0, 1)),
    ]
