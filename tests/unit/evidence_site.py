"""A small inspection site for evidence tests: one campaign, the default checklist, two units."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from dudao_desktop.db.engine import Database
from dudao_desktop.model import Campaign, ChecklistItem, Inspection, Problem, Unit
from dudao_desktop.services.checklist_template import add_template, read_template_file

USCC_A = "11370799MB0000001X"
USCC_B = "12370799MB0000002X"


@dataclass
class Site:
    database: Database
    unit_id: str
    other_unit_id: str
    inspection_id: str
    items: dict[str, str]  # code -> id
    problem_id: str


def make_site(database: Database) -> Site:
    with database.session() as s:
        template = add_template(s, read_template_file())
        template.frozen = True
        s.flush()
        campaign = Campaign(name="2026年大督导", year=2026, template_id=template.id)
        unit = Unit(uscc=USCC_A, name="昌河市审计局", kind="agency")
        other = Unit(uscc=USCC_B, name="昌河市档案馆", kind="institution")
        s.add_all([campaign, unit, other])
        s.flush()
        inspection = Inspection(campaign_id=campaign.id, unit_id=unit.id, step="on_site")
        problem = Problem(
            unit_id=unit.id,
            year=2026,
            category="staffing",
            description="超编2人",
            source="本次督导",
        )
        s.add_all([inspection, problem])
        s.flush()
        items = {i.code: i.id for i in s.scalars(select(ChecklistItem))}
        site = Site(database, unit.id, other.id, inspection.id, items, problem.id)
    return site
