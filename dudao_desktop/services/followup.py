"""Effectiveness follow-up (跟踪问效): indicators and results recorded on approved matters.

A matter is "approved" once it reached the decision phase (a decision was taken) or was
implemented; only those are followed up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import ApprovalMatter, Department, Unit
from .listing import Column, Listing

APPROVED_PHASES = ("decision", "implemented")


@dataclass
class FollowUpLine:
    id: str
    unit: str
    department: str
    title: str
    phase: str
    meeting_on: date | None
    document_number: str
    decision: str
    implementation: str
    indicators: str
    result: str

    @property
    def followed_up(self) -> bool:
        return bool(self.result.strip())


def _lines_query() -> Select:
    return (
        select(
            ApprovalMatter.id,
            Unit.name,
            Department.name,
            ApprovalMatter.title,
            ApprovalMatter.phase,
            ApprovalMatter.meeting_on,
            ApprovalMatter.document_number,
            ApprovalMatter.decision,
            ApprovalMatter.implementation,
            ApprovalMatter.follow_up_indicators,
            ApprovalMatter.follow_up_result,
        )
        .select_from(ApprovalMatter)
        .join(Unit, Unit.id == ApprovalMatter.unit_id)
        .outerjoin(Department, Department.id == Unit.department_id)
        .where(ApprovalMatter.deleted.is_(False), ApprovalMatter.phase.in_(APPROVED_PHASES))
        .order_by(
            ApprovalMatter.meeting_on, ApprovalMatter.applied_on, Unit.name, ApprovalMatter.id
        )
    )


def followup_lines(database: Database, year: int | None = None) -> list[FollowUpLine]:
    """Approved matters with their follow-up (of one year of decision when ``year`` given)."""
    with database.Session() as s:
        rows = s.execute(_lines_query()).all()
    lines = [FollowUpLine(r[0], r[1], r[2] or "", *r[3:]) for r in rows]
    if year is not None:
        lines = [line for line in lines if decision_year(line) in (year, None)]
    return lines


def decision_year(line: FollowUpLine) -> int | None:
    return line.meeting_on.year if line.meeting_on else None


def record_followup(
    database: Database, matter_id: str, indicators: str | None = None, result: str | None = None
) -> None:
    """Record follow-up indicators and/or the result on an approved matter."""
    with database.session() as s:
        matter = s.get(ApprovalMatter, matter_id)
        if matter is None or matter.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Approval matter {id} does not exist."), id=matter_id
            )
        if matter.phase not in APPROVED_PHASES:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Matter '{title}' has not been decided yet; record the decision before "
                    "following it up.",
                ),
                title=matter.title,
            )
        if indicators is not None and indicators != matter.follow_up_indicators:
            matter.follow_up_indicators = indicators
        if result is not None and result != matter.follow_up_result:
            if result.strip() and not (indicators or matter.follow_up_indicators).strip():
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Matter '{title}' has no follow-up indicators; set the indicators "
                        "the result is measured against first.",
                    ),
                    title=matter.title,
                )
            matter.follow_up_result = result


def followup_line(database: Database, matter_id: str) -> FollowUpLine:
    """One approved matter with its follow-up (for the editing screen)."""
    with database.Session() as s:
        row = s.execute(_lines_query().where(ApprovalMatter.id == matter_id)).first()
    if row is not None:
        return FollowUpLine(row[0], row[1], row[2] or "", *row[3:])
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Approval matter {id} does not exist."), id=matter_id
    )


_has_result = func.length(func.trim(ApprovalMatter.follow_up_result)) > 0


class FollowUpListing(Listing):
    """Approved matters for the follow-up screen: unit, matter, decision date and whether
    indicators and a result are recorded."""

    UNIT, TITLE, MEETING_ON, DOCUMENT, INDICATORS, RESULT = range(6)
    default_sort = MEETING_ON
    columns = (
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Unit.name),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Matter"), ApprovalMatter.title),
        Column(
            "meeting_on",
            QT_TRANSLATE_NOOP("Columns", "Office meeting"),
            ApprovalMatter.meeting_on,
            kind="date",
        ),
        Column(
            "document",
            QT_TRANSLATE_NOOP("Columns", "Document number"),
            ApprovalMatter.document_number,
        ),
        Column(
            "indicators",
            QT_TRANSLATE_NOOP("Columns", "Follow-up indicators"),
            ApprovalMatter.follow_up_indicators,
        ),
        Column("result", QT_TRANSLATE_NOOP("Columns", "Followed up"), _has_result, kind="bool"),
    )

    def id_expr(self) -> Any:
        return ApprovalMatter.id

    def search_exprs(self):
        return [Unit.name, ApprovalMatter.title, ApprovalMatter.document_number]

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(ApprovalMatter)
            .join(Unit, Unit.id == ApprovalMatter.unit_id)
            .where(ApprovalMatter.deleted.is_(False), ApprovalMatter.phase.in_(APPROVED_PHASES))
        )


def write_followup_report(
    database: Database, path: str | os.PathLike, year: int | None = None, today: date | None = None
) -> Path:
    """The effectiveness follow-up report (PDF) of the matters decided (that year)."""
    from ..documents.followup import write_followup_report as write
    from .document_settings import office_name

    return write(followup_lines(database, year), office_name(database), path, year, today)
