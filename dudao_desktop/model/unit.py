"""Units under supervision (机关事业单位) and their supervising departments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Department(Synced, Base):
    """A supervising department (主管部门)."""

    __tablename__ = "department"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="agency")


class Unit(Synced, Base):
    __tablename__ = "unit"

    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    # A USCC that fails the GB 32100 checksum is accepted only with a note why.
    uscc_override_note: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[str | None] = fk("department", nullable=True)
    establishment_admin: Mapped[int] = mapped_column(Integer, default=0)
    establishment_institution: Mapped[int] = mapped_column(Integer, default=0)
    establishment_law: Mapped[int] = mapped_column(Integer, default=0)
    actual_staff: Mapped[int] = mapped_column(Integer, default=0)
    leader_posts_approved: Mapped[int] = mapped_column(Integer, default=0)
    leader_posts_actual: Mapped[int] = mapped_column(Integer, default=0)
    internal_institutions: Mapped[str] = mapped_column(Text, default="")
    certificate_no: Mapped[str] = mapped_column(String(50), default="")
    certificate_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    head: Mapped[str] = mapped_column(String(100), default="")

    @property
    def approved_establishment(self) -> int:
        return self.establishment_admin + self.establishment_institution + self.establishment_law

    @property
    def internal_institution_names(self) -> list[str]:
        return [n for n in self.internal_institutions.split("、") if n]
