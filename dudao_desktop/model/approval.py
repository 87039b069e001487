"""The matter approval ledger (事项审批台账): application, research, decision."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, Versioned, fk


class ApprovalMatter(Synced, Versioned, Base):
    __tablename__ = "approval_matter"

    unit_id: Mapped[str] = fk("unit")
    title: Mapped[str] = mapped_column(String(300))
    phase: Mapped[str] = mapped_column(String(20), default="application")
    applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    category: Mapped[str] = mapped_column(String(40), default="")  # vocab.APPROVAL_CATEGORIES
    request_number: Mapped[str] = mapped_column(String(100), default="")  # 请示文号
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 收文日期
    handling_section: Mapped[str] = mapped_column(String(100), default="")  # 承办科室
    handler: Mapped[str] = mapped_column(String(100), default="")  # 承办人
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
    # The change of establishment and leader posts, requested and approved, by kind
    # (positive: 核增, negative: 核减).
    requested_admin: Mapped[int] = mapped_column(Integer, default=0)
    requested_institution: Mapped[int] = mapped_column(Integer, default=0)
    requested_law: Mapped[int] = mapped_column(Integer, default=0)
    requested_posts: Mapped[int] = mapped_column(Integer, default=0)
    approved_admin: Mapped[int] = mapped_column(Integer, default=0)
    approved_institution: Mapped[int] = mapped_column(Integer, default=0)
    approved_law: Mapped[int] = mapped_column(Integer, default=0)
    approved_posts: Mapped[int] = mapped_column(Integer, default=0)
    decision_level: Mapped[str] = mapped_column(String(20), default="")  # vocab.DECISION_LEVELS
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20), default="")  # vocab.APPROVAL_OUTCOMES
    reply_number: Mapped[str] = mapped_column(String(100), default="")  # 批复文号
    reply_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 批复日期
    # When the approved change was applied to the unit's figures (once only).
    applied_to_unit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Effectiveness follow-up (跟踪问效)
    follow_up_indicators: Mapped[str] = mapped_column(Text, default="")
    follow_up_result: Mapped[str] = mapped_column(Text, default="")
