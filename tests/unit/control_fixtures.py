"""A small office campaign for the check-to-control tests: the bundled checklist, and units
of several kinds, one in a current reform."""

from __future__ import annotations

from dataclasses import dataclass

from plan_fixtures import add_department, make_uscc

from dudao_desktop.db.engine import Database
from dudao_desktop.model import Unit
from dudao_desktop.services import campaign as campaigns
from dudao_desktop.services import checklist, template_versions
from dudao_desktop.services.checklist_template import add_template, read_template_file


@dataclass
class Office:
    database: Database
    campaign_id: str
    units: dict[str, str]  # name -> id

    def inspection(self, name: str) -> str:
        return checklist.inspection_for(self.database, self.campaign_id, self.units[name])


def make_office(database: Database, focus: str = "") -> Office:
    campaign = campaigns.create_campaign(database, "2026年机构编制大督导", 2026)
    with database.session() as s:
        template_id = add_template(s, read_template_file()).id
    template_versions.use_template(database, campaign.id, template_id)
    if focus:
        campaigns.update_campaign(database, campaign.id, focus=focus)
    with database.session() as s:
        units = add_department(
            s,
            "市政府",
            {"市综合行政执法局": make_uscc(1), "市统计局": make_uscc(2)},
            "government_department",
        )
        units |= add_department(
            s, "市教育和体育局", {"市第一中学": make_uscc(3)}, "public_welfare_1"
        )
        reform = s.get(Unit, units["市综合行政执法局"])
        reform.flags = "reform"
        # The office's figures: 10 administrative posts approved, 9 filled; 1 + 2 leaders;
        # 3 internal bodies approved and set up; 2 persons outside the establishment.
        reform.establishment_admin, reform.actual_admin, reform.actual_staff = 10, 9, 9
        reform.leader_principal_approved = reform.leader_principal_actual = 1
        reform.leader_deputy_approved = reform.leader_deputy_actual = 2
        reform.internal_bodies_approved = 3
        reform.internal_institutions = "办公室、法制科、执法监督科"
        reform.staff_outside = 2
        s.get(Unit, units["市第一中学"]).flags = "school"
    return Office(database, campaign.id, units)
