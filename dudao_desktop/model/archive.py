"""The information data ledger: establishment snapshots, warnings, blacklist."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class EstablishmentSnapshot(Synced, Base):
    """A unit's establishment figures as of a month (from the real-name system)."""

    __tablename__ = "establishment_snapshot"
    # A unit's last month (the archive's column, and a search of it) from the index alone.
    __table_args__ = (Index("ix_establishment_snapshot_unit_last", "unit_id", "deleted", "month"),)

    unit_id: Mapped[str] = fk("unit")
    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    establishment_admin: Mapped[int] = mapped_column(Integer, default=0)
    establishment_institution: Mapped[int] = mapped_column(Integer, default=0)
    establishment_law: Mapped[int] = mapped_column(Integer, default=0)
    actual_staff: Mapped[int] = mapped_column(Integer, default=0)
    leader_posts_approved: Mapped[int] = mapped_column(Integer, default=0)
    leader_posts_actual: Mapped[int] = mapped_column(Integer, default=0)
    internal_institutions: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    # {kind: [approved, actual]} for every establishment kind (JSON); "" in snapshots taken
    # before figures were kept by kind, which then hold the totals above only.
    figures_by_kind: Mapped[str] = mapped_column(Text, default="", server_default="")

    def by_kind(self) -> dict[str, tuple[int, int]]:
        if not self.figures_by_kind:
            return {}
        return {k: (int(a), int(b)) for k, (a, b) in json.loads(self.figures_by_kind).items()}


class UnitWarning(Synced, Base):
    """An early warning (预警) raised by a rule in the warnings rule file."""

    __tablename__ = "warning"

    unit_id: Mapped[str | None] = fk("unit", nullable=True)
    rule: Mapped[str] = mapped_column(String(40), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[str] = mapped_column(Text, default="{}")
    raised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cleared_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # Who handled (acknowledged) the warning, and when.
    handled_by: Mapped[str] = mapped_column(String(100), default="")
    handled_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class BlacklistEntry(Synced, Base):
    """A unit on the credit blacklist (诚信黑名单); removal keeps the entry as history."""

    __tablename__ = "blacklist_entry"

    unit_id: Mapped[str] = fk("unit")
    reason: Mapped[str] = mapped_column(Text)
    # What the listing rests on (documents, findings); files link via Evidence.unit_id.
    evidence: Mapped[str] = mapped_column(Text, default="")
    listed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removal_reason: Mapped[str] = mapped_column(Text, default="")
