"""This installation's identity (not synced: each database has exactly one)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Installation(Base):
    __tablename__ = "installation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    display_name: Mapped[str] = mapped_column(String(200))
    user_name: Mapped[str] = mapped_column(String(100), default="")
    # Ed25519 public key (raw 32 bytes); the private key lives in the data directory.
    signing_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Highest hybrid logical clock stamp issued here, so the clock never runs backwards.
    last_hlc: Mapped[str] = mapped_column(String(64), default="")
