"""One inspection per unit and campaign: its step, answers, grade and interviews."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Inspection(Synced, Base):
    __tablename__ = "inspection"

    campaign_id: Mapped[str] = fk("campaign")
    unit_id: Mapped[str] = fk("unit")
    step: Mapped[str] = mapped_column(String(20), default="self_assessment")
    suggested_grade: Mapped[str] = mapped_column(String(20), default="")
    grade: Mapped[str] = mapped_column(String(20), default="")
    grade_note: Mapped[str] = mapped_column(Text, default="")
    confirmed_by: Mapped[str] = mapped_column(String(100), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Confirmation locks the record; a later change needs a reason (kept as a revision).
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    visited_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Why on-site verification began without the unit's self-assessment (empty: not waived).
    self_assessment_waiver: Mapped[str] = mapped_column(Text, default="")
    # 审定: an office leader approves the confirmed grade.
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Answer(Synced, Base):
    __tablename__ = "answer"

    inspection_id: Mapped[str] = fk("inspection")
    item_id: Mapped[str] = fk("checklist_item")
    self_value: Mapped[str] = mapped_column(String(200), default="")
    verified_value: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class InspectionRevision(Synced, Base):
    """An earlier state of a locked inspection, kept when a change is made with a reason."""

    __tablename__ = "inspection_revision"

    inspection_id: Mapped[str] = fk("inspection")
    reason: Mapped[str] = mapped_column(Text)
    revised_by: Mapped[str] = mapped_column(String(100), default="")
    snapshot: Mapped[str] = mapped_column(Text, default="{}")


class Interview(Synced, Base):
    """An interview (座谈) with the unit's head and staff representatives."""

    __tablename__ = "interview"

    inspection_id: Mapped[str | None] = fk("inspection", nullable=True)
    unit_id: Mapped[str] = fk("unit")
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
