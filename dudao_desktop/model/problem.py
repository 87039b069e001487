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
