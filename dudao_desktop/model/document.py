"""What the office's official documents need besides the campaign: the 版头/版记 settings
and the per-year document number counters with the register of numbers issued.

Office records, never synced: only the office issues documents, and a number, once issued,
is never reused.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DocumentSetting(Base):
    """One setting of the office's documents (发文机关标志, 印发机关, 抄送, 联系人 …)."""

    __tablename__ = "document_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentCounter(Base):
    """The counter of one kind of document in one year: the next serial and the prefix
    (机关代字) of its 发文字号, e.g. 昌编督 in 昌编督〔2026〕3号."""

    __tablename__ = "document_counter"
    __table_args__ = (UniqueConstraint("kind", "year", name="uq_document_counter_kind_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    prefix: Mapped[str] = mapped_column(String(40), default="")
    next_serial: Mapped[int] = mapped_column(Integer, default=1)


class IssuedDocument(Base):
    """A 发文字号 issued: which kind, year and serial, for which unit or campaign, when."""

    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint("kind", "year", "serial", name="uq_issued_document_kind_year_serial"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(80))
    campaign_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    subject_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)


class DocumentApproval(Base):
    """审定 of a document (a unit's letter of one kind, a campaign's report) by an office
    leader: who (the signed-in account) and when. Until then the document prints as a draft."""

    __tablename__ = "document_approval"
    __table_args__ = (
        UniqueConstraint(
            "kind", "campaign_id", "subject_id", name="uq_document_approval_kind_subject"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # feedback, notice, report
    campaign_id: Mapped[str] = mapped_column(String(36), default="")
    subject_id: Mapped[str] = mapped_column(String(36), default="")  # the unit ("" the report)
    approved_by: Mapped[str] = mapped_column(String(100))
    approved_at: Mapped[datetime] = mapped_column(DateTime)
