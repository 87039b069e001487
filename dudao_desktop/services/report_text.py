"""The text sections of the supervision report that the office writes (introduction,
assessment, next steps), kept with the campaign."""

from __future__ import annotations

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Campaign, CampaignReportText

#: Section key -> English label (rendered through ``i18n.translate("Documents", ...)``).
SECTIONS = {
    "introduction": QT_TRANSLATE_NOOP("Documents", "Introduction"),
    "assessment": QT_TRANSLATE_NOOP("Documents", "Overall assessment"),
    "next_steps": QT_TRANSLATE_NOOP("Documents", "Next steps"),
}


def _check(section: str) -> None:
    if section not in SECTIONS:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown report section '{section}'; choose one of: {choices}."
            ),
            section=section,
            choices=", ".join(SECTIONS),
        )


def report_texts(database: Database, campaign_id: str) -> dict[str, str]:
    """Every section's text (empty when not written yet), in report order."""
    with database.Session() as s:
        rows = s.execute(
            select(CampaignReportText.section, CampaignReportText.text).where(
                CampaignReportText.campaign_id == campaign_id,
                CampaignReportText.deleted.is_(False),
            )
        ).all()
    stored = dict(rows)
    return {key: stored.get(key, "") for key in SECTIONS}


def set_report_text(database: Database, campaign_id: str, section: str, text: str) -> None:
    """Write one section (creating it the first time); unchanged text writes nothing."""
    _check(section)
    with database.session() as s:
        campaign = s.get(Campaign, campaign_id)
        if campaign is None or campaign.deleted:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "Campaign {id} does not exist."), id=campaign_id
            )
        record = s.execute(
            select(CampaignReportText).where(
                CampaignReportText.campaign_id == campaign_id,
                CampaignReportText.section == section,
                CampaignReportText.deleted.is_(False),
            )
        ).scalar()
        if record is None:
            s.add(CampaignReportText(campaign_id=campaign_id, section=section, text=text))
        elif record.text != text:
            record.text = text
