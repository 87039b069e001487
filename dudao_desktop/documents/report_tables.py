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

APPENDIX_PROBLEMS = QT_TRANSLATE_NOOP("Documents", "Appendix 1: Problem list")
APPENDIX_SUGGESTIONS = QT_TRANSLATE_NOOP("Documents", "Appendix 2: Suggestion list")
GROUP = QT_TRANSLATE_NOOP("Documents", "Group")
LEADER = QT_TRANSLATE_NOOP("Documents", "Leader")
MEMBERS = QT_TRANSLATE_NOOP("Documents", "Members")
UNITS = QT_TRANSLATE_NOOP("Documents", "Units")
CATEGORY = QT_TRANSLATE_NOOP("Documents", "Category")
COUNT = QT_TRANSLATE_NOOP("Documents", "Count")
SHARE = QT_TRANSLATE_NOOP("Documents", "Share")
RECTIFIED = QT_TRANSLATE_NOOP("Documents", "Rectified")
STATUS = QT_TRANSLATE_NOOP("Documents", "Status")
BAND = QT_TRANSLATE_NOOP("Documents", "Grade")
UNIT = QT_TRANSLATE_NOOP("Documents", "Unit")
DESCRIPTION = QT_TRANSLATE_NOOP("Documents", "Problem")
MEASURES = QT_TRANSLATE_NOOP("Documents", "Rectification measures")
DEADLINE = QT_TRANSLATE_NOOP("Documents", "Deadline")
NUMBER = QT_TRANSLATE_NOOP("Documents", "No.")
SUGGESTION = QT_TRANSLATE_NOOP("Documents", "Suggestion")
RESPONSE = QT_TRANSLATE_NOOP("Documents", "Response")
SUPERVISING_DEPARTMENT = QT_TRANSLATE_NOOP("Documents", "Supervising department")


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
