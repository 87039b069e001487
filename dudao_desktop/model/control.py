"""From check to control: visits, figure checks, 三定 revisions and approval holds."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Visit(Synced, Base):
    """The record of the on-site visit to a unit (one per inspection; its id is derived from
    the inspection's, so two laptops recording it meet as a conflict, never a duplicate)."""

    __tablename__ = "visit"

    inspection_id: Mapped[str] = fk("inspection")
    unit_id: Mapped[str] = fk("unit")
    visited_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    members: Mapped[str] = mapped_column(Text, default="")  # group members present, "、"
    participants: Mapped[str] = mapped_column(Text, default="")  # unit participants, "、"
    # {method: {"used": bool, "covered": text, ...}} as JSON; see services.visits.METHODS.
    methods: Mapped[str] = mapped_column(Text, default="{}")
    # The plan, made before the visit and printed on the check form: the day and the methods
    # (services.visits.METHODS keys, comma-separated). The members planned are the group's.
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_methods: Mapped[str] = mapped_column(Text, default="", server_default="")


class SpotCheckDraw(Synced, Base):
    """A random sample (随机抽查) drawn by the app from a list: the list, the seed and the
    result are kept so anyone can draw again and get the same sample."""

    __tablename__ = "spot_check_draw"

    inspection_id: Mapped[str] = fk("inspection")
    unit_id: Mapped[str] = fk("unit")
    population: Mapped[str] = mapped_column(String(100), default="")  # what was sampled
    candidates: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, in order
    size: Mapped[int] = mapped_column(Integer, default=0)
    seed: Mapped[str] = mapped_column(String(64), default="")
    sample: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, as drawn
    drawn_by: Mapped[str] = mapped_column(String(100), default="")
    drawn_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class FigureCheck(Synced, Base):
    """A figure the unit reported that differs from the figure the office holds: a suggested
    problem until the inspectors confirm it (a problem is recorded) or dismiss it with a
    reason. One per answer (inspection and item; id derived from both)."""

    __tablename__ = "figure_check"

    inspection_id: Mapped[str] = fk("inspection")
    item_id: Mapped[str] = fk("checklist_item")
    unit_id: Mapped[str] = fk("unit")
    figure: Mapped[str] = mapped_column(String(40), default="")
    held: Mapped[int] = mapped_column(Integer, default=0)
    approved: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reported: Mapped[int] = mapped_column(Integer, default=0)
    # over_quota (超编), over_posts (超职数), over_bodies (超内设机构), inconsistent (数据不一致)
    kind: Mapped[str] = mapped_column(String(20), default="inconsistent")
    status: Mapped[str] = mapped_column(String(20), default="suggested")
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    problem_id: Mapped[str | None] = fk("problem", nullable=True)


class RegulationRevision(Synced, Base):
    """A proposed revision of a unit's 三定规定 (or establishment plan), tracked until the
    revision document is recorded."""

    __tablename__ = "regulation_revision"

    unit_id: Mapped[str] = fk("unit")
    campaign_id: Mapped[str | None] = fk("campaign", nullable=True)
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    problem_ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    proposed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="proposed")  # or "completed"
    document_number: Mapped[str] = mapped_column(String(100), default="")
    document_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class ControlHold(Synced, Base):
    """An approval matter held by a management-control rule (管理控制) until an office
    leader records an override with a reason."""

    __tablename__ = "control_hold"

    approval_id: Mapped[str] = fk("approval_matter")
    unit_id: Mapped[str] = fk("unit")
    # JSON list of {"rule": key, "detail": text}: why the matter is held.
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="held")  # or "overridden"
    # The signed-in office leader's account name.
    overridden_by: Mapped[str] = mapped_column(String(100), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    overridden_on: Mapped[date | None] = mapped_column(Date, nullable=True)
