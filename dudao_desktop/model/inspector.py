"""The inspector pool (督导库) and avoidance declarations (回避)."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Inspector(Synced, Base):
    __tablename__ = "inspector"

    name: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(200), default="")
    post: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Comma-separated keys of vocab.EXPERTISE.
    expertise: Mapped[str] = mapped_column(String(200), default="")
    is_leadership: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # The inspector's own unit, which they must never inspect.
    unit_id: Mapped[str | None] = fk("unit", nullable=True)

    @property
    def expertise_tags(self) -> list[str]:
        return [t for t in self.expertise.split(",") if t]


class AvoidanceDeclaration(Synced, Base):
    __tablename__ = "avoidance_declaration"

    inspector_id: Mapped[str] = fk("inspector")
    unit_id: Mapped[str] = fk("unit")
    reason: Mapped[str] = mapped_column(Text, default="")
