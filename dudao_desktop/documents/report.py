"""The supervision report (督导报告) of a campaign as a PDF for the leadership.

Cover; the office's introduction; the campaign in figures (dates, groups, units covered
against the roster, methods); findings by category with typical cases and charts by
category and supervising department; suggestions; rectification status; units per
grading band; the office's assessment and next steps; the problem and suggestion lists as
appendices. Every figure comes from :mod:`dudao_desktop.services.figures`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..model import Campaign
from ..services import figure_lists, report_text
from ..services.figures import CampaignFigures, campaign_figures
from . import pdf
from .charts import bar_chart, pie_chart
from .report_labels import (
    TOTAL,
    band,
    category,
    day,
    department,
    numbered,
    percent,
    status,
    tr,
)

T = QT_TRANSLATE_NOOP
SUPERVISION_REPORT = T("Documents", "Supervision report")
COVER_DATE = T("Documents", "Issued on {date}")
INTRODUCTION = T("Documents", "Introduction")
SUMMARY = T("Documents", "The campaign in figures")
FINDINGS = T("Documents", "Problems found")
SUGGESTIONS = T("Documents", "Suggestions collected")
RECTIFICATION = T("Documents", "Rectification status")
GRADES = T("Documents", "Overall evaluation of the units")
ASSESSMENT = T("Documents", "Overall assessment")
NEXT_STEPS = T("Documents", "Next steps")
APPENDIX_PROBLEMS = T("Documents", "Appendix 1: Problem list")
APPENDIX_SUGGESTIONS = T("Documents", "Appendix 2: Suggestion list")
PERIOD = T("Documents", "Period")
PERIOD_VALUE = T("Documents", "{start} to {end}")
VISITS = T("Documents", "On-site visits")
GROUPS = T("Documents", "Inspection groups")
METHODS = T("Documents", "Methods")
METHODS_VALUE = T("Documents", "Hearing the unit's report, reviewing records, random spot checks")
ROSTER = T("Documents", "Units in the roster")
ASSIGNED = T("Documents", "Units assigned to groups")
COVERED = T("Documents", "Units covered")
COVERED_VALUE = T("Documents", "{covered} of {roster} ({rate})")
COVERAGE_TEXT = T(
    "Documents",
    "{groups} inspection groups supervised the units of the roster; {covered} of the {roster} "
    "units in the roster were covered by on-site verification ({rate}).",
)
GROUP = T("Documents", "Group")
LEADER = T("Documents", "Leader")
MEMBERS = T("Documents", "Members")
UNITS = T("Documents", "Units")
CATEGORY = T("Documents", "Category")
COUNT = T("Documents", "Count")
SHARE = T("Documents", "Share")
RECTIFIED = T("Documents", "Rectified")
FINDINGS_TEXT = T(
    "Documents",
    "{problems} problems were found in {units} units and {suggestions} suggestions were "
    "collected. By category:",
)
TYPICAL_CASES = T("Documents", "Typical cases")
CASE_LINE = T("Documents", "{description} (units concerned: {units}, e.g. {unit})")
CHART_BY_CATEGORY = T("Documents", "Problems by category")
CHART_BY_DEPARTMENT = T("Documents", "Problems by supervising department")
CHART_SUGGESTIONS = T("Documents", "Suggestions by category")
CHART_STATUS = T("Documents", "Problems by rectification status")
SUGGESTIONS_TEXT = T("Documents", "{suggestions} suggestions were collected. By category:")
STATUS = T("Documents", "Status")
RECTIFICATION_TEXT = T(
    "Documents",
    "Of {problems} problems, {rectified} have been rectified (rectification rate {rate}); "
    "{overdue} are overdue.",
)
BAND = T("Documents", "Grade")
GRADES_TEXT = T(
    "Documents",
    "{graded} units have been graded; {pending} covered units are "
    "awaiting their overall evaluation.",
)
UNIT = T("Documents", "Unit")
DESCRIPTION = T("Documents", "Problem")
MEASURES = T("Documents", "Rectification measures")
DEADLINE = T("Documents", "Deadline")
NUMBER = T("Documents", "No.")
SUGGESTION = T("Documents", "Suggestion")
RESPONSE = T("Documents", "Response")
SUPERVISING_DEPARTMENT = T("Documents", "Supervising department")
NOT_WRITTEN = T("Documents", "(This section has not been written yet.)")
TOP_DEPARTMENTS = 12


@dataclass
class ReportData:
    office: str
    figures: CampaignFigures
    problems: list[figure_lists.ProblemLine]
    suggestions: list[figure_lists.SuggestionLine]
    cases: dict[str, list[figure_lists.TypicalCase]]
    graded: dict[str, list[str]]
    texts: dict[str, str]
    problem_units: int


def report_data(database: Database, campaign_id: str, today: date | None = None) -> ReportData:
    figures = campaign_figures(database, campaign_id, today)
    with database.Session() as s:
        office = s.get(Campaign, campaign_id).office_name
    problems = figure_lists.problem_list(database, campaign_id)
    return ReportData(
        office=office,
        figures=figures,
        problems=problems,
        suggestions=figure_lists.suggestion_list(database, campaign_id),
        cases=figure_lists.typical_cases(database, campaign_id),
        graded=figure_lists.graded_units(database, campaign_id),
        texts=report_text.report_texts(database, campaign_id),
        problem_units=len({(p.unit, p.department) for p in problems}),
    )


def _cover(data: ReportData, today: date) -> list[Flowable]:
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


def _office_text(text: str) -> list[Flowable]:
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        return [pdf.paragraph(tr(NOT_WRITTEN), "small")]
    return [pdf.paragraph(line, "body_indent") for line in paragraphs]


def _summary(f: CampaignFigures) -> list[Flowable]:
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
    return story


def _findings(data: ReportData) -> list[Flowable]:
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


def _suggestions(f: CampaignFigures) -> list[Flowable]:
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


def _rectification(f: CampaignFigures) -> list[Flowable]:
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


def _grades(data: ReportData) -> list[Flowable]:
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


def _appendices(data: ReportData) -> list[Flowable]:
    problems = [
        [
            i,
            p.unit,
            category(p.category),
            p.description,
            p.measures,
            day(p.deadline),
            status(p.status),
        ]
        for i, p in enumerate(data.problems, start=1)
    ]
    suggestions = [
        [i, s.unit, category(s.category), s.text, s.response]
        for i, s in enumerate(data.suggestions, start=1)
    ]
    return [
        pdf.page_break(),
        pdf.heading(tr(APPENDIX_PROBLEMS)),
        pdf.table(
            [
                tr(NUMBER),
                tr(UNIT),
                tr(CATEGORY),
                tr(DESCRIPTION),
                tr(MEASURES),
                tr(DEADLINE),
                tr(STATUS),
            ],
            problems,
            [0.7, 2.4, 2, 4.2, 3.6, 1.8, 1.4],
            center_columns=(0, 5, 6),
        ),
        pdf.page_break(),
        pdf.heading(tr(APPENDIX_SUGGESTIONS)),
        pdf.table(
            [tr(NUMBER), tr(UNIT), tr(CATEGORY), tr(SUGGESTION), tr(RESPONSE)],
            suggestions,
            [0.7, 2.6, 2.2, 6, 3],
            center_columns=(0,),
        ),
    ]


def report_story(data: ReportData, today: date | None = None) -> list[Flowable]:
    today = today or date.today()
    sections = [
        (INTRODUCTION, _office_text(data.texts.get("introduction", ""))),
        (SUMMARY, _summary(data.figures)),
        (FINDINGS, _findings(data)),
        (SUGGESTIONS, _suggestions(data.figures)),
        (RECTIFICATION, _rectification(data.figures)),
        (GRADES, _grades(data)),
        (ASSESSMENT, _office_text(data.texts.get("assessment", ""))),
        (NEXT_STEPS, _office_text(data.texts.get("next_steps", ""))),
    ]
    story = _cover(data, today)
    for number, (title, body) in enumerate(sections, start=1):
        story += [CondPageBreak(40 * mm), pdf.heading(numbered(number, tr(title))), *body]
    return story + _appendices(data)


def write_report(
    database: Database, campaign_id: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    data = report_data(database, campaign_id, today)
    title = f"{data.figures.campaign_name}{tr(SUPERVISION_REPORT)}"
    return pdf.write_pdf(
        path,
        report_story(data, today),
        title=tr(SUPERVISION_REPORT),
        header=data.figures.campaign_name,
        author=data.office or title,
    )
