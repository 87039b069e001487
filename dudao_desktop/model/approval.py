"""The matter approval ledger (事项审批台账): application, research, decision."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, Versioned, fk


class ApprovalMatter(Synced, Versioned, Base):
    __tablename__ = "approval_matter"

    unit_id: Mapped[str] = fk("unit")
    title: Mapped[str] = mapped_column(String(300))
    phase: Mapped[str] = mapped_column(String(20), default="application")
    applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Application (事项申报)
    reason: Mapped[str] = mapped_column(Text, default="")
    superior_documents: Mapped[str] = mapped_column(Text, default="")
    elsewhere: Mapped[str] = mapped_column(Text, default="")
    preliminary_plan: Mapped[str] = mapped_column(Text, default="")
    # Research (内容调研)
    current_institutions: Mapped[str] = mapped_column(Text, default="")
    staffing: Mapped[str] = mapped_column(Text, default="")
    leader_posts: Mapped[str] = mapped_column(Text, default="")
    policy_basis: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    supporting_measures: Mapped[str] = mapped_column(Text, default="")
    expected_effect: Mapped[str] = mapped_column(Text, default="")
    follow_up_management: Mapped[str] = mapped_column(Text, default="")
    field_research: Mapped[bool] = mapped_column(Boolean, default=False)
    research_team: Mapped[str] = mapped_column(Text, default="")
    # Decision (决策落实)
    meeting_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    preliminary_opinion: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    document_number: Mapped[str] = mapped_column(String(100), default="")
    implementation: Mapped[str] = mapped_column(Text, default="")
    # Effectiveness follow-up (跟踪问效)
    follow_up_indicators: Mapped[str] = mapped_column(Text, default="")
    follow_up_result: Mapped[str] = mapped_column(Text, default="")
