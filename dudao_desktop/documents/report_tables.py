"""The supervision report's tables: the column headings shared by the PDF and the workbook,
and the appendices (the problem list and the suggestion list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from ..errors import QT_TRANSLATE_NOOP
from . import pdf
from .report_labels import category, day, status, tr

if TYPE_CHECKING:
    from .report import ReportData

T = QT_TRANSLATE_NOOP
APPENDIX_PROBLEMS = T("Documents", "Appendix 1: Problem list")
APPENDIX_SUGGESTIONS = T("Documents", "Appendix 2: Suggestion list")
GROUP = T("Documents", "Group")
LEADER = T("Documents", "Leader")
MEMBERS = T("Documents", "Members")
UNITS = T("Documents", "Units")
CATEGORY = T("Documents", "Category")
COUNT = T("Documents", "Count")
SHARE = T("Documents", "Share")
RECTIFIED = T("Documents", "Rectified")
STATUS = T("Documents", "Status")
BAND = T("Documents", "Grade")
UNIT = T("Documents", "Unit")
DESCRIPTION = T("Documents", "Problem")
MEASURES = T("Documents", "Rectification measures")
DEADLINE = T("Documents", "Deadline")
NUMBER = T("Documents", "No.")
SUGGESTION = T("Documents", "Suggestion")
RESPONSE = T("Documents", "Response")
SUPERVISING_DEPARTMENT = T("Documents", "Supervising department")


def appendices(data: ReportData) -> list[Flowable]:
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
