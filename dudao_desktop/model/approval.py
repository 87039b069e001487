"""The matter approval ledger (事项审批台账): application, research, decision."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, Versioned, fk
from .unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS

#: Each figure an approval changes -> the unit's approved column it changes: the unit's
#: establishment kinds and 正职/副职 as the unit declares them, leader posts whose split is not
#: given ("posts", the older single figure, which changes the unit's total only, as the
#: roster keeps totals of unknown split), 内设机构 and 内设机构领导职数.
FIGURE_CHANGES: dict[str, str] = {
    **{kind: approved for kind, (approved, _) in ESTABLISHMENT_COLUMNS.items()},
    **{post: approved for post, (approved, _) in LEADER_POST_COLUMNS.items()},
    "posts": "leader_posts_approved",
    "internal_bodies": "internal_bodies_approved",
    "internal_leader_posts": "internal_leader_posts_approved",
}
#: The unit's total of leader posts, which moves with 正职 and 副职 (it is never less than them).
LEADER_POSTS_TOTAL = "leader_posts_approved"
CHANGE_SIDES = ("requested", "approved")


def change_field(side: str, kind: str) -> str:
    """The matter's field of a change: ``requested_admin``, ``approved_deputy``, …"""
    return f"{side}_{kind}"


#: The change of establishment and posts, requested and approved, of every kind in
#: FIGURE_CHANGES (positive: 核增, negative: 核减).
FigureChanges = type(
    "FigureChanges",
    (),
    {
        change_field(side, kind): mapped_column(
            Integer, default=0, server_default="0", nullable=False
        )
        for side in CHANGE_SIDES
        for kind in FIGURE_CHANGES
    },
)


class ApprovalMatter(FigureChanges, Synced, Versioned, Base):
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
    # The changes requested and approved: see FigureChanges.
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


class FollowUpCheck(Synced, Base):
    """One dated 跟踪问效 check of an approved matter: when, who checked, what was found."""

    __tablename__ = "follow_up_check"

    approval_id: Mapped[str] = fk("approval_matter")
    on: Mapped[date] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(String(100), default="")
    finding: Mapped[str] = mapped_column(Text)
