"""The change log (also the audit trail) and the conflict list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import HLC_LENGTH, Base


class ChangeLog(Base):
    """One field of one record set to a value at an HLC by an installation."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_row_field", "table_name", "row_id", "field"),
        # Return packages read "this installation's entries after the acknowledged stamp".
        Index("ix_change_log_origin_hlc", "origin", "hlc"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)  # JSON
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), index=True)
    # Queried by origin through ix_change_log_origin_hlc (no index of its own: every index
    # costs each merged change a b-tree insert).
    origin: Mapped[str] = mapped_column(String(36))
    # The stamp of the value this one replaced ("" for a new field).
    base_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")


class Conflict(Base):
    """A concurrent value that lost the deterministic merge and waits for office staff."""

    __tablename__ = "conflict"
    # One row per losing value, so detecting it again (any order, any repetition) is a no-op.
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "field", "loser_hlc", name="uq_conflict_loser"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))
    winner_origin: Mapped[str] = mapped_column(String(36))
    loser_value: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))
    loser_origin: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(20), default="")
