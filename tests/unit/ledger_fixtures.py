"""Small records shared by the ledger tests (imported by path from the test modules)."""

from __future__ import annotations

from datetime import date

from dudao_desktop.model import (
    Assignment,
    Campaign,
    Department,
    Inspection,
    InspectionGroup,
    Unit,
)
from dudao_desktop.services import problems


def make_unit(database, name: str, uscc: str, **fields) -> str:
    with database.session() as s:
        department = s.query(Department).filter_by(name="机构编制委员会").first()
        if department is None:
            department = Department(name="机构编制委员会")
            s.add(department)
            s.flush()
        fields.setdefault("kind", "institution")
        unit = Unit(name=name, uscc=uscc, department_id=department.id, **fields)
        s.add(unit)
        s.flush()
        return unit.id


def make_campaign(database, unit_ids: list[str]) -> str:
    with database.session() as s:
        campaign = Campaign(
            name="2026年机构编制大督导", year=2026, status="active", office_name="昌河市委编办"
        )
        s.add(campaign)
        s.flush()
        group = InspectionGroup(campaign_id=campaign.id, number=1, name="第一督导组")
        s.add(group)
        s.flush()
        for unit_id in unit_ids:
            s.add(Assignment(campaign_id=campaign.id, group_id=group.id, unit_id=unit_id))
            s.add(
                Inspection(
                    campaign_id=campaign.id,
                    unit_id=unit_id,
                    step="feedback",
                    grade="良好",
                    visited_on=date(2026, 3, 18),
                )
            )
        return campaign.id


def make_problem(database, unit_id: str, description: str, deadline: date, **fields) -> str:
    fields.setdefault("category", "structure")
    fields.setdefault("measures", "按规定整改")
    return problems.add_problem(
        database, unit_id=unit_id, description=description, deadline=deadline, **fields
    )
