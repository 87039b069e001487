"""Persons of the monthly real-name export and remembered column layouts.

Neither table is synced: personal data stays in the office database and never travels in a
package. A person's ID number is kept only as a salted hash (to follow the person from month
to month) and in masked form for display.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class RealNamePerson(Base):
    """One person on establishment in one month's real-name export."""

    __tablename__ = "realname_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    unit_uscc: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(50))
    id_hash: Mapped[str] = mapped_column(String(64), index=True)
    id_masked: Mapped[str] = mapped_column(String(20), default="")
    establishment_kind: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(40), default="")  # 人员类别
    body: Mapped[str] = mapped_column(String(100), default="")  # 所在内设机构
    post: Mapped[str] = mapped_column(String(100), default="")  # 职务/职级
    leader_post: Mapped[str] = mapped_column(String(20), default="")  # principal/deputy/""
    joined_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approval_no: Mapped[str] = mapped_column(String(50), default="")  # 用编审核单号


class ColumnLayout(Base):
    """A column mapping the office confirmed once for a workbook layout, reused next time."""

    __tablename__ = "column_layout"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    purpose: Mapped[str] = mapped_column(String(40))  # roster, realname_units, ...
    signature: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # {column path: field key}
