"""Units under supervision (机关事业单位) and their supervising departments."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk

#: Establishment kind -> (approved column, actual column) of :class:`Unit`. The older single
#: columns keep their names: ``establishment_*`` is approved, ``actual_*`` is actual.
ESTABLISHMENT_COLUMNS: dict[str, tuple[str, str]] = {
    "admin": ("establishment_admin", "actual_admin"),
    "law": ("establishment_law", "actual_law"),
    "institution_cg": ("establishment_institution_cg", "actual_institution_cg"),
    "institution": ("establishment_institution", "actual_institution"),
    "worker": ("establishment_worker", "actual_worker"),
    "special": ("establishment_special", "actual_special"),
}
#: Leader post kind -> (approved column, actual column).
LEADER_POST_COLUMNS: dict[str, tuple[str, str]] = {
    "principal": ("leader_principal_approved", "leader_principal_actual"),
    "deputy": ("leader_deputy_approved", "leader_deputy_actual"),
}


def is_active(status: str | None) -> bool:
    """A unit's ``status`` says it is on the active roster (not revoked or merged)."""
    return status in ("active", "", None)


def institution_names(text: str | None) -> list[str]:
    """The internal institutions of a unit's 内设机构 text (names separated by 、)."""
    return [n for n in (text or "").split("、") if n]


def _count() -> Mapped[int]:
    return mapped_column(Integer, default=0, server_default="0")


def _text() -> Mapped[str]:
    return mapped_column(String(100), default="", server_default="")


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
    # A key of vocab.UNIT_KINDS, or the Chinese name of a kind the office added.
    kind: Mapped[str] = mapped_column(String(40))
    department_id: Mapped[str | None] = fk("department", nullable=True)
    level: Mapped[str] = mapped_column(String(20), default="", server_default="")  # 机构规格
    funding: Mapped[str] = mapped_column(String(20), default="", server_default="")  # 经费形式
    founding_doc_no: Mapped[str] = _text()  # 设立文件文号
    founding_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    regulation_doc_no: Mapped[str] = _text()  # 三定规定 / 机构编制方案 文号
    regulation_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(
        String(20), default="active", server_default="active", index=True
    )
    status_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Flags the office sets (vocab.UNIT_FLAGS), comma-separated: 涉改, 学校, 医院, 镇街.
    flags: Mapped[str] = mapped_column(String(100), default="", server_default="")

    # Approved (核定) and actual (实有) establishment per kind; see ESTABLISHMENT_COLUMNS.
    establishment_admin: Mapped[int] = mapped_column(Integer, default=0)
    establishment_institution: Mapped[int] = mapped_column(Integer, default=0)
    establishment_law: Mapped[int] = mapped_column(Integer, default=0)
    establishment_institution_cg: Mapped[int] = _count()
    establishment_worker: Mapped[int] = _count()
    establishment_special: Mapped[int] = _count()
    actual_admin: Mapped[int] = _count()
    actual_law: Mapped[int] = _count()
    actual_institution_cg: Mapped[int] = _count()
    actual_institution: Mapped[int] = _count()
    actual_worker: Mapped[int] = _count()
    actual_special: Mapped[int] = _count()
    # All staff on establishment (合计); more than the kinds add up to when the kind of some
    # is not known (older rosters recorded only this figure).
    actual_staff: Mapped[int] = mapped_column(Integer, default=0)
    staff_outside: Mapped[int] = _count()  # 编外人员

    # Leader posts (领导职数): totals, and 正职/副职 where known.
    leader_posts_approved: Mapped[int] = mapped_column(Integer, default=0)
    leader_posts_actual: Mapped[int] = mapped_column(Integer, default=0)
    leader_principal_approved: Mapped[int] = _count()
    leader_principal_actual: Mapped[int] = _count()
    leader_deputy_approved: Mapped[int] = _count()
    leader_deputy_actual: Mapped[int] = _count()
    # Internal bodies (内设机构): approved number, the bodies set up (names, "、"-separated),
    # and their leader posts.
    internal_bodies_approved: Mapped[int] = _count()
    internal_institutions: Mapped[str] = mapped_column(Text, default="")
    internal_leader_posts_approved: Mapped[int] = _count()
    internal_leader_posts_actual: Mapped[int] = _count()

    certificate_no: Mapped[str] = mapped_column(String(50), default="")
    certificate_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    head: Mapped[str] = mapped_column(String(100), default="")

    @property
    def approved_establishment(self) -> int:
        """All approved establishment (合计 of the kinds)."""
        return sum(getattr(self, approved) or 0 for approved, _ in ESTABLISHMENT_COLUMNS.values())

    def approved(self, kind: str) -> int:
        return getattr(self, ESTABLISHMENT_COLUMNS[kind][0]) or 0

    def actual(self, kind: str) -> int:
        return getattr(self, ESTABLISHMENT_COLUMNS[kind][1]) or 0

    def figures_by_kind(self) -> str:
        """{kind: [approved, actual]} as JSON, for an establishment snapshot."""
        figures = {k: [self.approved(k), self.actual(k)] for k in ESTABLISHMENT_COLUMNS}
        return json.dumps(figures, sort_keys=True)

    @property
    def actual_unknown_kind(self) -> int:
        """Staff whose establishment kind is not recorded."""
        known = sum(self.actual(kind) for kind in ESTABLISHMENT_COLUMNS)
        return max((self.actual_staff or 0) - known, 0)

    @property
    def active(self) -> bool:
        return is_active(self.status)

    @property
    def internal_institution_names(self) -> list[str]:
        return institution_names(self.internal_institutions)
