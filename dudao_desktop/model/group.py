"""Inspection groups, their members, the recorded draw and unit assignments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class InspectionGroup(Synced, Base):
    __tablename__ = "inspection_group"

    campaign_id: Mapped[str] = fk("campaign")
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    leader_id: Mapped[str | None] = fk("inspector", nullable=True)


class GroupMembership(Synced, Base):
    __tablename__ = "group_membership"

    group_id: Mapped[str] = fk("inspection_group")
    inspector_id: Mapped[str] = fk("inspector")
    role: Mapped[str] = mapped_column(String(10), default="member")  # leader | member


class DrawRecord(Synced, Base):
    """An auditable random draw: who, when, seed, candidates, rules and result."""

    __tablename__ = "draw_record"

    campaign_id: Mapped[str] = fk("campaign")
    kind: Mapped[str] = mapped_column(String(20), default="groups")  # groups | spot_check
    drawn_by: Mapped[str] = mapped_column(String(100))
    drawn_at: Mapped[datetime] = mapped_column(DateTime)
    seed: Mapped[str] = mapped_column(String(80))
    candidates: Mapped[str] = mapped_column(Text, default="[]")
    rules: Mapped[str] = mapped_column(Text, default="{}")
    result: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str] = mapped_column(Text, default="")
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


class Assignment(Synced, Base):
    """A unit assigned to a group for a campaign, with its place in the visiting order."""

    __tablename__ = "assignment"

    campaign_id: Mapped[str] = fk("campaign")
    group_id: Mapped[str] = fk("inspection_group")
    unit_id: Mapped[str] = fk("unit")
    visit_order: Mapped[int] = mapped_column(Integer, default=0)
    spot_check: Mapped[bool] = mapped_column(Boolean, default=False)
