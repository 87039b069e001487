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
from reportlab.platypus import CondPageBreak, Flowable

from ..db.engine import Database
from ..model import Campaign
from ..services import figure_lists, report_text
from ..services.figures import CampaignFigures, campaign_figures
from . import pdf
from . import report_sections as section
from .report_labels import numbered, tr
from .report_sections import (
    ASSESSMENT,
    FINDINGS,
    GRADES,
    INTRODUCTION,
    NEXT_STEPS,
    RECTIFICATION,
    SUGGESTIONS,
    SUMMARY,
    SUPERVISION_REPORT,
)
from .report_tables import appendices


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


def report_story(data: ReportData, today: date | None = None) -> list[Flowable]:
    today = today or date.today()
    sections = [
        (INTRODUCTION, section.office_text(data.texts.get("introduction", ""))),
        (SUMMARY, section.summary(data.figures)),
        (FINDINGS, section.findings(data)),
        (SUGGESTIONS, section.suggestions(data.figures)),
        (RECTIFICATION, section.rectification(data.figures)),
        (GRADES, section.grades(data)),
        (ASSESSMENT, section.office_text(data.texts.get("assessment", ""))),
        (NEXT_STEPS, section.office_text(data.texts.get("next_steps", ""))),
    ]
    story = section.cover(data, today)
    for number, (title, body) in enumerate(sections, start=1):
        story += [CondPageBreak(40 * mm), pdf.heading(numbered(number, tr(title))), *body]
    return story + appendices(data)


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
