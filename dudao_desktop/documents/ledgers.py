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

N = QT_TRANSLATE_NOOP
CONTEXT = "Ledgers"

TITLES = {
    "problems": N("Ledgers", "Problem rectification ledger"),
    "suggestions": N("Ledgers", "Suggestion list"),
    "approvals": N("Ledgers", "Matter approval ledger"),
    "archive": N("Ledgers", "Information data ledger: establishment archive"),
    "warnings": N("Ledgers", "Information data ledger: warnings"),
}
SUBTITLE = N("Ledgers", "Compiled by: {office}    Date: {date}")

# (group title or None, [(column title, width or None, key)])
LEDGER_COLUMNS: dict[str, list[tuple[str | None, list[tuple[str, float | None, str]]]]] = {
    "problems": [
        (None, [(N("Ledgers", "No."), 6, "no")]),
        (N("Ledgers", "Unit"), [(N("Ledgers", "Unit name"), 28, "unit"),
                                (N("Ledgers", "Supervising department"), 20, "department")]),
        (N("Ledgers", "Problem"), [(N("Ledgers", "Source"), 16, "source"),
                                   (N("Ledgers", "Year"), 8, "year"),
                                   (N("Ledgers", "Category"), 16, "category"),
                                   (N("Ledgers", "Description"), 48, "description"),
                                   (N("Ledgers", "Cause"), 30, "cause")]),
        (N("Ledgers", "Rectification"), [(N("Ledgers", "Who must act"), 10, "actor"),
                                         (N("Ledgers", "Handling opinion"), 24,
                                          "handling_opinion"),
                                         (N("Ledgers", "Rectification measures"), 36, "measures"),
                                         (N("Ledgers", "Rectification plan"), 30,
                                          "rectification_plan"),
                                         (N("Ledgers", "Deadline"), 12, "deadline"),
                                         (N("Ledgers", "Responsible person"), 12,
                                          "responsible")]),
        (N("Ledgers", "Progress"), [(N("Ledgers", "Status"), 12, "status"),
                                    (N("Ledgers", "Notified on"), 12, "notified_on"),
                                    (N("Ledgers", "Rectified on"), 12, "rectified_on"),
                                    (N("Ledgers", "Overdue"), 8, "overdue")]),
        (N("Ledgers", "Look-back"), [(N("Ledgers", "Look-back date"), 12, "lookback_on"),
                                     (N("Ledgers", "Look-back result"), 30,
                                      "lookback_result")]),
    ],
    "suggestions": [
        (None, [(N("Ledgers", "No."), 6, "no")]),
        (N("Ledgers", "Suggestion"), [(N("Ledgers", "Unit name"), 28, "unit"),
                                      (N("Ledgers", "Category"), 16, "category"),
                                      (N("Ledgers", "Source"), 12, "source"),
                                      (N("Ledgers", "Suggestion text"), 60, "text")]),
        (None, [(N("Ledgers", "Response"), 40, "response")]),
    ],
    "approvals": [
        (None, [(N("Ledgers", "No."), 6, "no"), (N("Ledgers", "Unit name"), 26, "unit"),
                (N("Ledgers", "Matter"), 30, "title"), (N("Ledgers", "Phase"), 10, "phase")]),
        (N("Ledgers", "Application"), [
            (N("Ledgers", "Applied on"), 12, "applied_on"),
            (N("Ledgers", "Reason"), 30, "reason"),
            (N("Ledgers", "Superior documents"), 24, "superior_documents"),
            (N("Ledgers", "Situation elsewhere"), 24, "elsewhere"),
            (N("Ledgers", "Preliminary plan"), 24, "preliminary_plan")]),
        (N("Ledgers", "Research"), [
            (N("Ledgers", "Current institutions"), 20, "current_institutions"),
            (N("Ledgers", "Staffing"), 16, "staffing"),
            (N("Ledgers", "Leader posts"), 12, "leader_posts"),
            (N("Ledgers", "Policy basis"), 20, "policy_basis"),
            (N("Ledgers", "Needs"), 20, "needs"),
            (N("Ledgers", "Supporting measures"), 20, "supporting_measures"),
            (N("Ledgers", "Expected effect"), 20, "expected_effect"),
            (N("Ledgers", "Follow-up management"), 20, "follow_up_management"),
            (N("Ledgers", "Field research"), 8, "field_research"),
            (N("Ledgers", "Research team"), 16, "research_team")]),
        (N("Ledgers", "Decision"), [
            (N("Ledgers", "Office meeting date"), 12, "meeting_on"),
            (N("Ledgers", "Preliminary opinion"), 24, "preliminary_opinion"),
            (N("Ledgers", "Decision"), 24, "decision"),
            (N("Ledgers", "Document number"), 16, "document_number"),
            (N("Ledgers", "Implementation"), 24, "implementation")]),
        (N("Ledgers", "Effectiveness follow-up"), [
            (N("Ledgers", "Follow-up indicators"), 20, "follow_up_indicators"),
            (N("Ledgers", "Follow-up result"), 20, "follow_up_result")]),
    ],
    "archive": [
        (None, [(N("Ledgers", "No."), 6, "no")]),
        (N("Ledgers", "Unit"), [(N("Ledgers", "Unified social credit code"), 22, "uscc"),
                                (N("Ledgers", "Unit name"), 28, "name"),
                                (N("Ledgers", "Supervising department"), 20, "department")]),
        (N("Ledgers", "Approved establishment"), [
            (N("Ledgers", "Administrative"), 8, "establishment_admin"),
            (N("Ledgers", "Public institution"), 8, "establishment_institution"),
            (N("Ledgers", "Political-legal special"), 8, "establishment_law"),
            (N("Ledgers", "Total"), 8, "approved_establishment")]),
        (None, [(N("Ledgers", "Actual staff"), 8, "actual_staff")]),
        (N("Ledgers", "Leader posts"), [(N("Ledgers", "Approved posts"), 8,
                                         "leader_posts_approved"),
                                        (N("Ledgers", "Actual posts"), 8,
                                         "leader_posts_actual")]),
        (None, [(N("Ledgers", "Internal institutions"), 36, "internal_institutions")]),
        (N("Ledgers", "Registration"), [(N("Ledgers", "Certificate number"), 22,
                                         "certificate_no"),
                                        (N("Ledgers", "Certificate expiry"), 12,
                                         "certificate_expiry")]),
        (None, [(N("Ledgers", "Last reconciled month"), 10, "last_month")]),
    ],
    "warnings": [
        (None, [(N("Ledgers", "No."), 6, "no"), (N("Ledgers", "Unit name"), 28, "unit")]),
        (N("Ledgers", "Warning"), [(N("Ledgers", "Rule"), 22, "rule"),
                                   (N("Ledgers", "Figures and details"), 50, "message"),
                                   (N("Ledgers", "Raised on"), 12, "raised_on")]),
        (N("Ledgers", "Handling"), [(N("Ledgers", "Acknowledged"), 8, "acknowledged"),
                                    (N("Ledgers", "Note"), 30, "note")]),
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


def ledger_export_steps(path: str | os.PathLike, kind: str, rows: Iterable[dict[str, Any]],
                        office: str, on: date | None = None,
                        total: int = 0) -> ProgressGenerator[int]:
    """Write one ledger to ``path`` (progress generator); returns the row count."""
    on = on or date.today()
    workbook = new_workbook(write_only=True)
    subtitle = tr(SUBTITLE).format(office=office, date=on.isoformat())
    numbered = ({**row, "no": n} for n, row in enumerate(rows, start=1))
    count = yield from ledger_steps(workbook, tr(TITLES[kind]), subtitle,
                                    translated_columns(kind), numbered, total=total)
    save_workbook(workbook, Path(path))
    return count
