"""The ledgers as ``.xlsx`` in the office's layout (title row with the office and the date,
two-level merged headers, widths for Chinese, frozen header, print titles, autofilter,
A4 landscape), on the shared :func:`.workbook.ledger_steps`.

Rows are dicts keyed by the column keys below, streamed from the services; exports are
write-only, so 100,000 rows keep memory flat. The same column titles are accepted back by
the imports (:data:`LEDGER_COLUMNS` is their single source).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from ..progress import ProgressGenerator
from .workbook import ledger_steps, new_workbook, save_workbook

CONTEXT = "Ledgers"

TITLES = {
    "problems": QT_TRANSLATE_NOOP("Ledgers", "Problem rectification ledger"),
    "suggestions": QT_TRANSLATE_NOOP("Ledgers", "Suggestion list"),
    "approvals": QT_TRANSLATE_NOOP("Ledgers", "Matter approval ledger"),
    "archive": QT_TRANSLATE_NOOP("Ledgers", "Information data ledger: establishment archive"),
    "warnings": QT_TRANSLATE_NOOP("Ledgers", "Information data ledger: warnings"),
}
SUBTITLE = QT_TRANSLATE_NOOP("Ledgers", "Compiled by: {office}    Date: {date}")

# (group title or None, [(column title, width or None, key)])
LEDGER_COLUMNS: dict[str, list[tuple[str | None, list[tuple[str, float | None, str]]]]] = {
    "problems": [
        (None, [(QT_TRANSLATE_NOOP("Ledgers", "No."), 6, "no")]),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Unit"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Unit name"), 28, "unit"),
                (QT_TRANSLATE_NOOP("Ledgers", "Supervising department"), 20, "department"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Source"), 16, "source"),
                (QT_TRANSLATE_NOOP("Ledgers", "Year"), 8, "year"),
                (QT_TRANSLATE_NOOP("Ledgers", "Category"), 16, "category"),
                (QT_TRANSLATE_NOOP("Ledgers", "Description"), 48, "description"),
                (QT_TRANSLATE_NOOP("Ledgers", "Cause"), 30, "cause"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Rectification"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Who must act"), 10, "actor"),
                (QT_TRANSLATE_NOOP("Ledgers", "Handling opinion"), 24, "handling_opinion"),
                (QT_TRANSLATE_NOOP("Ledgers", "Rectification measures"), 36, "measures"),
                (QT_TRANSLATE_NOOP("Ledgers", "Rectification plan"), 30, "rectification_plan"),
                (QT_TRANSLATE_NOOP("Ledgers", "Deadline"), 12, "deadline"),
                (QT_TRANSLATE_NOOP("Ledgers", "Responsible person"), 12, "responsible"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Progress"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Status"), 12, "status"),
                (QT_TRANSLATE_NOOP("Ledgers", "Notified on"), 12, "notified_on"),
                (QT_TRANSLATE_NOOP("Ledgers", "Rectified on"), 12, "rectified_on"),
                (QT_TRANSLATE_NOOP("Ledgers", "Overdue"), 8, "overdue"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Look-back"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Look-back date"), 12, "lookback_on"),
                (QT_TRANSLATE_NOOP("Ledgers", "Look-back result"), 30, "lookback_result"),
            ],
        ),
    ],
    "suggestions": [
        (None, [(QT_TRANSLATE_NOOP("Ledgers", "No."), 6, "no")]),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Suggestion"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Unit name"), 28, "unit"),
                (QT_TRANSLATE_NOOP("Ledgers", "Category"), 16, "category"),
                (QT_TRANSLATE_NOOP("Ledgers", "Source"), 12, "source"),
                (QT_TRANSLATE_NOOP("Ledgers", "Suggestion text"), 60, "text"),
            ],
        ),
        (None, [(QT_TRANSLATE_NOOP("Ledgers", "Response"), 40, "response")]),
    ],
    "approvals": [
        (
            None,
            [
                (QT_TRANSLATE_NOOP("Ledgers", "No."), 6, "no"),
                (QT_TRANSLATE_NOOP("Ledgers", "Unit name"), 26, "unit"),
                (QT_TRANSLATE_NOOP("Ledgers", "Matter"), 30, "title"),
                (QT_TRANSLATE_NOOP("Ledgers", "Phase"), 10, "phase"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Application"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Applied on"), 12, "applied_on"),
                (QT_TRANSLATE_NOOP("Ledgers", "Reason"), 30, "reason"),
                (QT_TRANSLATE_NOOP("Ledgers", "Superior documents"), 24, "superior_documents"),
                (QT_TRANSLATE_NOOP("Ledgers", "Situation elsewhere"), 24, "elsewhere"),
                (QT_TRANSLATE_NOOP("Ledgers", "Preliminary plan"), 24, "preliminary_plan"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Research"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Current institutions"), 20, "current_institutions"),
                (QT_TRANSLATE_NOOP("Ledgers", "Staffing"), 16, "staffing"),
                (QT_TRANSLATE_NOOP("Ledgers", "Leader posts"), 12, "leader_posts"),
                (QT_TRANSLATE_NOOP("Ledgers", "Policy basis"), 20, "policy_basis"),
                (QT_TRANSLATE_NOOP("Ledgers", "Needs"), 20, "needs"),
                (QT_TRANSLATE_NOOP("Ledgers", "Supporting measures"), 20, "supporting_measures"),
                (QT_TRANSLATE_NOOP("Ledgers", "Expected effect"), 20, "expected_effect"),
                (QT_TRANSLATE_NOOP("Ledgers", "Follow-up management"), 20, "follow_up_management"),
                (QT_TRANSLATE_NOOP("Ledgers", "Field research"), 8, "field_research"),
                (QT_TRANSLATE_NOOP("Ledgers", "Research team"), 16, "research_team"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Decision"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Office meeting date"), 12, "meeting_on"),
                (QT_TRANSLATE_NOOP("Ledgers", "Preliminary opinion"), 24, "preliminary_opinion"),
                (QT_TRANSLATE_NOOP("Ledgers", "Decision"), 24, "decision"),
                (QT_TRANSLATE_NOOP("Ledgers", "Document number"), 16, "document_number"),
                (QT_TRANSLATE_NOOP("Ledgers", "Implementation"), 24, "implementation"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Effectiveness follow-up"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Follow-up indicators"), 20, "follow_up_indicators"),
                (QT_TRANSLATE_NOOP("Ledgers", "Follow-up result"), 20, "follow_up_result"),
            ],
        ),
    ],
    "archive": [
        (None, [(QT_TRANSLATE_NOOP("Ledgers", "No."), 6, "no")]),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Unit"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Unified social credit code"), 22, "uscc"),
                (QT_TRANSLATE_NOOP("Ledgers", "Unit name"), 28, "name"),
                (QT_TRANSLATE_NOOP("Ledgers", "Supervising department"), 20, "department"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Approved establishment"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Administrative"), 8, "establishment_admin"),
                (
                    QT_TRANSLATE_NOOP("Ledgers", "Public institution"),
                    8,
                    "establishment_institution",
                ),
                (QT_TRANSLATE_NOOP("Ledgers", "Political-legal special"), 8, "establishment_law"),
                (QT_TRANSLATE_NOOP("Ledgers", "Total"), 8, "approved_establishment"),
            ],
        ),
        (None, [(QT_TRANSLATE_NOOP("Ledgers", "Actual staff"), 8, "actual_staff")]),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Leader posts"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Approved posts"), 8, "leader_posts_approved"),
                (QT_TRANSLATE_NOOP("Ledgers", "Actual posts"), 8, "leader_posts_actual"),
            ],
        ),
        (
            None,
            [(QT_TRANSLATE_NOOP("Ledgers", "Internal institutions"), 36, "internal_institutions")],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Registration"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Certificate number"), 22, "certificate_no"),
                (QT_TRANSLATE_NOOP("Ledgers", "Certificate expiry"), 12, "certificate_expiry"),
            ],
        ),
        (None, [(QT_TRANSLATE_NOOP("Ledgers", "Last reconciled month"), 10, "last_month")]),
    ],
    "warnings": [
        (
            None,
            [
                (QT_TRANSLATE_NOOP("Ledgers", "No."), 6, "no"),
                (QT_TRANSLATE_NOOP("Ledgers", "Unit name"), 28, "unit"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Warning"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Rule"), 22, "rule"),
                (QT_TRANSLATE_NOOP("Ledgers", "Figures and details"), 50, "message"),
                (QT_TRANSLATE_NOOP("Ledgers", "Raised on"), 12, "raised_on"),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Ledgers", "Handling"),
            [
                (QT_TRANSLATE_NOOP("Ledgers", "Acknowledged"), 8, "acknowledged"),
                (QT_TRANSLATE_NOOP("Ledgers", "Note"), 30, "note"),
            ],
        ),
    ],
}


def tr(text: str) -> str:
    return i18n.translate(CONTEXT, text)


def translated_columns(kind: str) -> list[tuple[str | None, list[tuple[str, Any, str]]]]:
    return [
        (tr(group) if group else None, [(tr(title), width, key) for title, width, key in cols])
        for group, cols in LEDGER_COLUMNS[kind]
    ]


def column_names(kind: str) -> dict[str, tuple[str, ...]]:
    """Every key's accepted header names: the current language's and the English one."""
    names: dict[str, tuple[str, ...]] = {}
    for _, cols in LEDGER_COLUMNS[kind]:
        for title, _, key in cols:
            variants = [tr(title), i18n.translate(CONTEXT, title, "zh_CN"), title]
            names[key] = tuple(dict.fromkeys(variants))
    return names


def ledger_export_steps(
    path: str | os.PathLike,
    kind: str,
    rows: Iterable[dict[str, Any]],
    office: str,
    on: date | None = None,
    total: int = 0,
) -> ProgressGenerator[int]:
    """Write one ledger to ``path`` (progress generator); returns the row count."""
    on = on or date.today()
    workbook = new_workbook(write_only=True)
    subtitle = tr(SUBTITLE).format(office=office, date=on.isoformat())
    numbered = ({**row, "no": n} for n, row in enumerate(rows, start=1))
    count = yield from ledger_steps(
        workbook, tr(TITLES[kind]), subtitle, translated_columns(kind), numbered, total=total
    )
    save_workbook(workbook, Path(path))
    return count
