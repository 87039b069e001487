"""The text sections of a campaign's supervision report that the office writes itself."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class CampaignReportText(Synced, Base):
    """One section (introduction, assessment, next steps) of a campaign's report."""

    __tablename__ = "campaign_report_text"

    campaign_id: Mapped[str] = fk("campaign")
    section: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
