"""The effectiveness follow-up report (跟踪问效报告): approved establishment matters with
their follow-up indicators and results."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from ..errors import QT_TRANSLATE_NOOP
from . import pdf
from .report_labels import day, tr

if TYPE_CHECKING:
    from ..services.followup import FollowUpLine

TITLE = QT_TRANSLATE_NOOP("Documents", "Effectiveness follow-up report")
TITLE_YEAR = QT_TRANSLATE_NOOP("Documents", "Effectiveness follow-up report, {year}")
SUBTITLE = QT_TRANSLATE_NOOP("Documents", "{office}, {date}")
SUMMARY = QT_TRANSLATE_NOOP(
    "Documents",
    "{matters} approved establishment matters are followed up: {with_indicators} have "
    "follow-up indicators and {with_results} have a recorded result; {pending} still await "
    "their follow-up.",
)
NUMBER = QT_TRANSLATE_NOOP("Documents", "No.")
UNIT = QT_TRANSLATE_NOOP("Documents", "Unit")
MATTER = QT_TRANSLATE_NOOP("Documents", "Matter and decision")
DECIDED = QT_TRANSLATE_NOOP("Documents", "Decided on")
INDICATORS = QT_TRANSLATE_NOOP("Documents", "Follow-up indicators")
RESULT = QT_TRANSLATE_NOOP("Documents", "Follow-up result")
PENDING = QT_TRANSLATE_NOOP("Documents", "(pending)")
NONE_APPROVED = QT_TRANSLATE_NOOP("Documents", "No approved establishment matters yet.")


def _matter(line: FollowUpLine) -> str:
    parts = [line.title]
    if line.document_number:
        parts.append(line.document_number)
    if line.decision:
        parts.append(line.decision)
    if line.implementation:
        parts.append(line.implementation)
    return "\n".join(parts)


def followup_story(
    lines: list[FollowUpLine], office: str, today: date, year: int | None = None
) -> list[Flowable]:
    title = tr(TITLE_YEAR).format(year=year) if year else tr(TITLE)
    story: list[Flowable] = pdf.title(title, tr(SUBTITLE).format(office=office, date=day(today)))
    with_results = sum(1 for line in lines if line.followed_up)
    story.append(
        pdf.paragraph(
            tr(SUMMARY).format(
                matters=len(lines),
                with_indicators=sum(1 for line in lines if line.indicators.strip()),
                with_results=with_results,
                pending=len(lines) - with_results,
            ),
            "body_indent",
        )
    )
    story.append(pdf.spacer(2))
    if not lines:
        return [*story, pdf.paragraph(tr(NONE_APPROVED), "body_indent")]
    rows = [
        [
            i,
            line.unit,
            _matter(line),
            day(line.meeting_on),
            line.indicators,
            line.result or tr(PENDING),
        ]
        for i, line in enumerate(lines, start=1)
    ]
    story.append(
        pdf.table(
            [tr(NUMBER), tr(UNIT), tr(MATTER), tr(DECIDED), tr(INDICATORS), tr(RESULT)],
            rows,
            [0.7, 2.3, 4.2, 2.1, 3.3, 3.4],
            center_columns=(0, 3),
        )
    )
    return story


def write_followup_report(
    lines: list[FollowUpLine],
    office: str,
    path: str | os.PathLike,
    year: int | None = None,
    today: date | None = None,
) -> Path:
    title = tr(TITLE_YEAR).format(year=year) if year else tr(TITLE)
    return pdf.write_pdf(
        path,
        followup_story(lines, office, today or date.today(), year),
        title=title,
        header=office,
        author=office,
    )
