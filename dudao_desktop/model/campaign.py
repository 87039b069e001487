"""The campaign plan (大督导活动方案), its timetable and training sessions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Campaign(Synced, Base):
    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    # Supervision months as comma-separated numbers, e.g. "3,9".
    months: Mapped[str] = mapped_column(String(40), default="3,9")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    targets: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    mechanism: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planning")
    office_name: Mapped[str] = mapped_column(String(200), default="")
    # The frozen checklist template version this campaign uses.
    template_id: Mapped[str | None] = fk("checklist_template", nullable=True)
    # Focus of this campaign (vocab.CAMPAIGN_FOCUS), comma-separated; focus items follow it.
    focus: Mapped[str] = mapped_column(String(100), default="", server_default="")


class Milestone(Synced, Base):
    """A row of the timetable and roadmap (时间表、路线图)."""

    __tablename__ = "milestone"

    campaign_id: Mapped[str] = fk("campaign")
    step: Mapped[str] = mapped_column(String(30), default="")
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    responsible: Mapped[str] = mapped_column(String(100), default="")


class TrainingSession(Synced, Base):
    __tablename__ = "training_session"

    campaign_id: Mapped[str] = fk("campaign")
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    topic: Mapped[str] = mapped_column(String(200))
    # Attendees as JSON: {"inspectors": [ids], "units": [ids], "others": [names]}.
    attendees: Mapped[str] = mapped_column(Text, default="{}")
