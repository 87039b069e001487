"""Laptops the office has enrolled for an inspection group (synced, so every enrolment and
revocation is in the change log, the audit trail: who, when, from which installation)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Enrolment(Synced, Base):
    """The office's word that a laptop's keys may send work for one group of a campaign."""

    __tablename__ = "enrolment"

    laptop_id: Mapped[str] = mapped_column(String(36), index=True)
    laptop_name: Mapped[str] = mapped_column(String(200), default="")
    # Raw public keys as hex: Ed25519 (signs its packages), X25519 (field packages to it).
    signing_key: Mapped[str] = mapped_column(String(64), index=True)
    encryption_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(24))
    campaign_id: Mapped[str] = fk("campaign")
    group_id: Mapped[str] = fk("inspection_group")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    enrolled_by: Mapped[str] = mapped_column(String(100), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(100), default="")
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
