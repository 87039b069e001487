"""Problems (问题清单) and suggestions (建议清单)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, Versioned, fk


class Problem(Synced, Versioned, Base):
    __tablename__ = "problem"
    # The ledger view sorts by deadline within a status filter over 100,000 rows.
    __table_args__ = (
        Index("ix_problem_deleted_deadline", "deleted", "deadline", "id"),
        Index("ix_problem_deleted_status_deadline", "deleted", "status", "deadline", "id"),
        Index("ix_problem_deleted_category_deadline", "deleted", "category", "deadline", "id"),
        Index("ix_problem_unit_deleted_deadline", "unit_id", "deleted", "deadline", "id"),
    )

    unit_id: Mapped[str] = fk("unit")
    campaign_id: Mapped[str | None] = fk("campaign", nullable=True)
    item_id: Mapped[str | None] = fk("checklist_item", nullable=True)
    # Where it was found: this campaign, or an earlier evaluation, follow-up, supervision...
    source: Mapped[str] = mapped_column(String(100), default="")
    year: Mapped[int] = mapped_column(Integer, index=True)
    category: Mapped[str] = mapped_column(String(40), index=True)
    description: Mapped[str] = mapped_column(Text)
    cause: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(10), default="unit")  # office | unit
    handling_opinion: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    rectification_plan: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    responsible: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="identified", index=True)
    notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    rectified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    lookback_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    lookback_result: Mapped[str] = mapped_column(Text, default="")
    found_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 发现日期
    source_kind: Mapped[str] = mapped_column(String(20), default="")  # vocab.PROBLEM_SOURCES
    # The figure involved: persons or posts over quota, mixed posts, ...
    figure: Mapped[int] = mapped_column(Integer, default=0)
    responsible_unit: Mapped[str] = mapped_column(String(200), default="")  # 责任单位
    supervising_section: Mapped[str] = mapped_column(String(100), default="")  # 督办科室
    supervisor: Mapped[str] = mapped_column(String(100), default="")  # 督办人
    # The written feedback: its document number, when it was delivered and who signed for it.
    feedback_number: Mapped[str] = mapped_column(String(100), default="")
    delivered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    lookback_by: Mapped[str] = mapped_column(String(100), default="")  # who did the look-back
    # The ledger number (2026-督-0001): given once, never reused.
    number: Mapped[str] = mapped_column(String(20), default="", index=True)
    # 销号: closed by the approver the office named.
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    # 佐证材料: what proves the rectification, one caption per line (old ledgers' own words;
    # evidence files linked to the problem bring their captions beside these).
    evidence_captions: Mapped[str] = mapped_column(Text, default="")


class Suggestion(Synced, Base):
    __tablename__ = "suggestion"

    unit_id: Mapped[str | None] = fk("unit", nullable=True)
    campaign_id: Mapped[str | None] = fk("campaign", nullable=True)
    interview_id: Mapped[str | None] = fk("interview", nullable=True)
    item_id: Mapped[str | None] = fk("checklist_item", nullable=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(40), default="interview")  # interview | checklist
    text: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text, default="")


class ProblemProgress(Synced, Base):
    """One dated progress update of a problem's rectification (a list, not one status)."""

    __tablename__ = "problem_progress"

    problem_id: Mapped[str] = fk("problem")
    on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class AccountabilityRecord(Synced, Base):
    """A 约谈, 通报 or 问责 about a unit, optionally for one problem."""

    __tablename__ = "accountability_record"

    unit_id: Mapped[str] = fk("unit")
    problem_id: Mapped[str | None] = fk("problem", nullable=True)
    kind: Mapped[str] = mapped_column(String(20))  # vocab.ACCOUNTABILITY_KINDS
    on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    document_number: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    # An accountability case stays open until it is concluded.
    concluded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
