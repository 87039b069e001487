"""The campaign plan (大督导活动方案): create, edit, archive; its timetable of milestones.

Validation: a campaign's dates are in order, its supervision months are real months, and
every milestone starts before it is due and lies inside the campaign's span.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Campaign, Milestone
from ..model.vocab import CAMPAIGN_FOCUS, CAMPAIGN_STATUSES
from .guards import require_office

CAMPAIGN_FIELDS = (
    "name",
    "year",
    "months",
    "start_date",
    "end_date",
    "purpose",
    "targets",
    "content",
    "mechanism",
    "office_name",
    "status",
    "focus",
)
MILESTONE_FIELDS = ("step", "title", "start_date", "due_date", "responsible")


@dataclass(frozen=True)
class CampaignSummary:
    id: str
    name: str
    year: int
    status: str
    start_date: date | None
    end_date: date | None


def normalise_months(months: str | list[int] | tuple[int, ...]) -> str:
    """ "3,9" / "3、9" / [3, 9] -> "3,9"; refuse anything that is not a month."""
    if isinstance(months, str):
        parts = [p.strip() for p in months.replace("、", ",").replace("，", ",").split(",")]
        parts = [p for p in parts if p]
    else:
        parts = [str(m) for m in months]
    values: list[int] = []
    for part in parts:
        if not part.isdigit() or not 1 <= int(part) <= 12:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Supervision month '{value}' is not a month: give numbers 1 to 12, e.g. 3,9.",
                ),
                value=part,
            )
        if int(part) not in values:
            values.append(int(part))
    return ",".join(str(v) for v in sorted(values))


def normalise_focus(focus: str | list[str] | tuple[str, ...]) -> str:
    """The campaign's focus as stored (known keys, comma-separated)."""
    keys = [k.strip() for k in (focus.split(",") if isinstance(focus, str) else focus)]
    for key in keys:
        if key and key not in CAMPAIGN_FOCUS:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", '"{value}" is not a campaign focus: use {known}.'),
                value=key,
                known=", ".join(CAMPAIGN_FOCUS),
            )
    return ",".join(k for k in CAMPAIGN_FOCUS if k in keys)


def _check_campaign(campaign: Campaign) -> None:
    if not (campaign.name or "").strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the campaign a name."))
    if not isinstance(campaign.year, int) or not 2000 <= campaign.year <= 2100:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Year {year} is not plausible: give a year like 2026."),
            year=campaign.year,
        )
    if campaign.status not in CAMPAIGN_STATUSES:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown campaign status '{status}'."),
            status=campaign.status,
        )
    if campaign.start_date and campaign.end_date and campaign.start_date > campaign.end_date:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The campaign ends ({end}) before it starts ({start}): correct the dates.",
            ),
            start=campaign.start_date.isoformat(),
            end=campaign.end_date.isoformat(),
        )


def _check_milestone(campaign: Campaign, milestone: Milestone) -> None:
    if not (milestone.title or "").strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the milestone a title."))
    start, due = milestone.start_date, milestone.due_date
    if start and due and start > due:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Milestone '{title}' is due ({due}) before it starts ({start}): correct the dates.",
            ),
            title=milestone.title,
            start=start.isoformat(),
            due=due.isoformat(),
        )
    for day in (start, due):
        if day is None:
            continue
        if (campaign.start_date and day < campaign.start_date) or (
            campaign.end_date and day > campaign.end_date
        ):
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Milestone '{title}' ({day}) lies outside the campaign's span "
                    "{start} to {end}: move the milestone or widen the campaign's dates.",
                ),
                title=milestone.title,
                day=day.isoformat(),
                start=campaign.start_date.isoformat() if campaign.start_date else "…",
                end=campaign.end_date.isoformat() if campaign.end_date else "…",
            )


def resolve_campaign(session: Session, ref: str | None = None) -> Campaign:
    """A campaign by id or exact name; without ``ref`` the newest one still open."""
    query = select(Campaign).where(Campaign.deleted.is_(False))
    if ref:
        found = session.execute(query.where(Campaign.id == ref)).scalar_one_or_none()
        if found is None:
            matches = session.execute(query.where(Campaign.name == ref)).scalars().all()
            if len(matches) > 1:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Several campaigns are called '{name}': name one by its id."
                    ),
                    name=ref,
                )
            found = matches[0] if matches else None
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No campaign '{ref}': see 'dudao campaign list' for the names."
                ),
                ref=ref,
            )
        return found
    rows = session.execute(
        query.where(Campaign.status != "archived").order_by(
            Campaign.year.desc(), Campaign.created_hlc.desc()
        )
    ).scalars()
    found = rows.first()
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no open campaign yet: create one with 'dudao campaign create'."
            )
        )
    return found


def create_campaign(database: Database, name: str, year: int, **fields: Any) -> Campaign:
    require_office(database)
    unknown = set(fields) - set(CAMPAIGN_FIELDS)
    if unknown:
        raise TypeError(f"unknown campaign fields: {sorted(unknown)}")
    fields.setdefault("months", "3,9")
    fields["months"] = normalise_months(fields["months"])
    fields["focus"] = normalise_focus(fields.get("focus", ""))
    fields.setdefault("status", "planning")
    campaign = Campaign(name=(name or "").strip(), year=year, **fields)
    for key in ("purpose", "targets", "content", "mechanism", "office_name"):
        if getattr(campaign, key) is None:
            setattr(campaign, key, "")
    _check_campaign(campaign)
    with database.session() as s:
        s.add(campaign)
    return campaign


def update_campaign(database: Database, campaign_id: str, **fields: Any) -> Campaign:
    require_office(database)
    unknown = set(fields) - set(CAMPAIGN_FIELDS)
    if unknown:
        raise TypeError(f"unknown campaign fields: {sorted(unknown)}")
    if "months" in fields:
        fields["months"] = normalise_months(fields["months"])
    if "focus" in fields:
        fields["focus"] = normalise_focus(fields["focus"])
    if "name" in fields:
        fields["name"] = (fields["name"] or "").strip()
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_id)
        for key, value in fields.items():
            if getattr(campaign, key) != value:
                setattr(campaign, key, value)
        _check_campaign(campaign)
        for milestone in _milestones(s, campaign.id):
            _check_milestone(campaign, milestone)
    return campaign


def archive_campaign(database: Database, campaign_id: str) -> Campaign:
    require_office(database)
    return update_campaign(database, campaign_id, status="archived")


def get_campaign(database: Database, ref: str | None = None) -> Campaign:
    with database.session() as s:
        return resolve_campaign(s, ref)


def list_campaigns(database: Database, include_archived: bool = True) -> list[CampaignSummary]:
    with database.session() as s:
        query = select(Campaign).where(Campaign.deleted.is_(False))
        if not include_archived:
            query = query.where(Campaign.status != "archived")
        rows = s.execute(query.order_by(Campaign.year.desc(), Campaign.name)).scalars()
        return [
            CampaignSummary(c.id, c.name, c.year, c.status, c.start_date, c.end_date) for c in rows
        ]


def _milestones(session: Session, campaign_id: str) -> list[Milestone]:
    query = (
        select(Milestone)
        .where(Milestone.campaign_id == campaign_id, Milestone.deleted.is_(False))
        .order_by(Milestone.start_date.is_(None), Milestone.start_date, Milestone.due_date)
    )
    return list(session.execute(query).scalars())


def list_milestones(database: Database, campaign_id: str) -> list[Milestone]:
    with database.session() as s:
        return _milestones(s, campaign_id)


def add_milestone(
    database: Database,
    campaign_id: str,
    title: str,
    start_date: date | None = None,
    due_date: date | None = None,
    responsible: str = "",
    step: str = "",
) -> Milestone:
    require_office(database)
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_id)
        milestone = Milestone(
            campaign_id=campaign.id,
            step=step or "",
            title=(title or "").strip(),
            start_date=start_date,
            due_date=due_date,
            responsible=(responsible or "").strip(),
        )
        _check_milestone(campaign, milestone)
        s.add(milestone)
    return milestone


def _milestone(session: Session, milestone_id: str) -> Milestone:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None or milestone.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The milestone no longer exists; reload the plan.")
        )
    return milestone


def update_milestone(database: Database, milestone_id: str, **fields: Any) -> Milestone:
    require_office(database)
    unknown = set(fields) - set(MILESTONE_FIELDS)
    if unknown:
        raise TypeError(f"unknown milestone fields: {sorted(unknown)}")
    with database.session() as s:
        milestone = _milestone(s, milestone_id)
        for key, value in fields.items():
            if isinstance(value, str):
                value = value.strip()
            if getattr(milestone, key) != value:
                setattr(milestone, key, value)
        _check_milestone(s.get(Campaign, milestone.campaign_id), milestone)
    return milestone


def remove_milestone(database: Database, milestone_id: str) -> None:
    require_office(database)
    with database.session() as s:
        _milestone(s, milestone_id).deleted = True
