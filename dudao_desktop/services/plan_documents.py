"""The campaign plan (督导方案) and the group roster as documents: gathers the campaign, its
timetable, its groups, the draw record, the office's document settings and the plan's
发文字号, and has :mod:`dudao_desktop.documents.plan` print them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..db.engine import Database
from ..documents import plan as plan_docs
from ..documents.plan import PlanData
from .campaign import list_milestones, resolve_campaign
from .doc_numbers import counter_state, issue_number, issued_number
from .document_settings import load_settings
from .draw import current_record
from .plan_view import group_roster, units_under_control


def plan_data(database: Database, ref: str | None = None, today: date | None = None) -> PlanData:
    """The campaign ``ref`` (default: the newest open one) with everything its documents show."""
    settings = load_settings(database)
    with database.session() as s:
        campaign = resolve_campaign(s, ref)
        record = current_record(s, campaign.id, "groups")
        doc_number = issued_number(s, "plan", campaign_id=campaign.id)
    office = settings.issuer or campaign.office_name
    return PlanData(
        campaign=campaign,
        record=record,
        milestones=list_milestones(database, campaign.id),
        roster=group_roster(database, campaign.id),
        office=office,
        doc_number=doc_number,
        mark=(settings.mark or office) if settings.red_header else "",
        copies_to=settings.copies_to,
        contact=settings.contact,
        phone=settings.phone,
        today=today or date.today(),
        controlled=units_under_control(database, campaign.id),
    )


@dataclass(frozen=True)
class PlanNumber:
    issued: str  # the plan's 发文字号, "" while it has none
    next_number: str  # the number issuing would give it


def plan_number(database: Database, ref: str | None = None, on: date | None = None) -> PlanNumber:
    """The plan's number if it has one, and the one it would get now."""
    on = on or date.today()
    with database.session() as s:
        campaign = resolve_campaign(s, ref)
        issued = issued_number(s, "plan", campaign_id=campaign.id)
    return PlanNumber(issued, counter_state(database, "plan", on.year).next_number)


def issue_plan_number(database: Database, ref: str | None = None, on: date | None = None) -> str:
    """Give the campaign's plan its 发文字号 from the year's counter (once; later calls return
    the same number)."""
    on = on or date.today()
    with database.session() as s:
        campaign = resolve_campaign(s, ref)
        number = issued_number(s, "plan", campaign_id=campaign.id)
        return number or issue_number(s, "plan", on.year, campaign_id=campaign.id)


def write_plan_pdf(database: Database, path: str | os.PathLike, ref: str | None = None) -> Path:
    """The plan as a 公文 (a draft until it has its number)."""
    return plan_docs.write_plan_pdf(plan_data(database, ref), path)


def write_plan_xlsx(database: Database, path: str | os.PathLike, ref: str | None = None) -> Path:
    return plan_docs.write_plan_xlsx(plan_data(database, ref), path)


def write_roster_pdf(database: Database, path: str | os.PathLike, ref: str | None = None) -> Path:
    return plan_docs.write_roster_pdf(plan_data(database, ref), path)


def write_roster_xlsx(database: Database, path: str | os.PathLike, ref: str | None = None) -> Path:
    return plan_docs.write_roster_xlsx(plan_data(database, ref), path)
