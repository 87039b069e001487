"""The supervision report: gathers its figures, lists, texts, settings and document number,
and has :mod:`dudao_desktop.documents.report` print them."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from .. import i18n
from ..db.engine import Database
from ..documents.report import ReportData, write_report_pdf
from ..model import Campaign
from . import controls, figure_lists, report_text
from .doc_numbers import issue_number, issued_number
from .document_approvals import approval
from .document_settings import load_settings
from .figures import campaign_figures, grading_bands


def report_data(database: Database, campaign_id: str, today: date | None = None) -> ReportData:
    today = today or date.today()
    figures = campaign_figures(database, campaign_id, today)
    settings = load_settings(database)
    with database.Session() as s:
        campaign = s.get(Campaign, campaign_id)
        office = settings.issuer or (campaign.office_name if campaign else "")
        year = campaign.year if campaign else today.year
        doc_number = issued_number(s, "report", campaign_id=campaign_id)
        approved = approval(s, "report", campaign_id)
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
        grade_labels={
            band["code"]: band[
                "label_zh" if i18n.DOCUMENT_LANGUAGE.startswith("zh") else "label_en"
            ]
            for band in grading_bands()
        },
        addressee=settings.addressee or "市委编委",
        doc_number=doc_number,
        mark=(settings.mark or office) if settings.red_header else "",
        copies_to=settings.copies_to,
        contact=settings.contact,
        phone=settings.phone,
        today=today,
        control_year=year,
        holds=controls.holds(database, year=year),
        accountability=figure_lists.accountability_list(database, campaign_id),
        approved_by=approved.approved_by if approved else "",
    )


def issue_report_number(database: Database, campaign_id: str, on: date | None = None) -> str:
    """Give the campaign's report its 发文字号 (once; later calls return the same number)."""
    on = on or date.today()
    with database.session() as s:
        number = issued_number(s, "report", campaign_id=campaign_id)
        return number or issue_number(s, "report", on.year, campaign_id=campaign_id)


def write_report(
    database: Database, campaign_id: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    """Write the supervision report PDF (a draft until it has its number, its text and its
    审定)."""
    return write_report_pdf(report_data(database, campaign_id, today), path)


def write_report_workbook(
    database: Database, campaign_id: str, path: str | os.PathLike, today: date | None = None
) -> Path:
    """Write the report's figures and lists as a workbook."""
    from ..documents.report_workbook import write_report_workbook as write_workbook

    return write_workbook(report_data(database, campaign_id, today), path, today)
