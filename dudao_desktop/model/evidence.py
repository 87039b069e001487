"""Evidence (佐证材料): metadata here, the bytes content-addressed on disk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Evidence(Synced, Base):
    """One link from a stored file to what it proves; one file may have many links."""

    __tablename__ = "evidence"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    original_name: Mapped[str] = mapped_column(String(300), default="")
    media_kind: Mapped[str] = mapped_column(String(20), default="document")
    caption: Mapped[str] = mapped_column(Text, default="")
    captured_by: Mapped[str] = mapped_column(String(100), default="")
    captured_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    unit_id: Mapped[str | None] = fk("unit", nullable=True)
    inspection_id: Mapped[str | None] = fk("inspection", nullable=True)
    item_id: Mapped[str | None] = fk("checklist_item", nullable=True)
    problem_id: Mapped[str | None] = fk("problem", nullable=True)
    interview_id: Mapped[str | None] = fk("interview", nullable=True)
    approval_id: Mapped[str | None] = fk("approval_matter", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
