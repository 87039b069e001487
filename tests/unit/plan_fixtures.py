"""A small campaign for plan tests: departments, units and an inspector pool."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session
from stdnum.cn import uscc as uscc_check

from dudao_desktop.db.engine import Database
from dudao_desktop.model import Department, Unit
from dudao_desktop.services import campaign as campaigns
from dudao_desktop.services import pool

AREAS = ["streamlining", "admin_reform", "establishment_management", "institution_supervision"]


def make_uscc(number: int) -> str:
    body = f"11370799{number:08d}0"
    return body + uscc_check.calc_check_digit(body)


def add_department(session: Session, name: str, units: dict[str, str], kind: str) -> dict[str, str]:
    """A department with ``units`` (name -> USCC) of one ``kind``; the units' ids by name."""
    dept = Department(name=name, kind="agency")
    session.add(dept)
    session.flush()
    ids: dict[str, str] = {}
    for unit_name, uscc in units.items():
        unit = Unit(uscc=uscc, name=unit_name, kind=kind, department_id=dept.id)
        session.add(unit)
        session.flush()
        ids[unit.name] = unit.id
    return ids


def make_schools(database: Database, department: str, code: int) -> dict[str, str]:
    """A department with three schools, "School 1" to "School 3" (USCC numbers 10 n +
    ``code``); their ids by name."""
    schools = {f"School {n + 1}": make_uscc(10 * n + code) for n in range(3)}
    with database.session() as s:
        return add_department(s, department, schools, "institution")


@dataclass
class Plan:
    database: Database
    campaign_id: str
    unit_ids: dict[str, str]  # name -> id
    inspector_ids: dict[str, str]  # name -> id
    department_of: dict[str, str]  # unit name -> department name


def make_plan(
    database: Database,
    departments: int = 4,
    units_each: int = 3,
    leaders: int = 4,
    members: int = 10,
) -> Plan:
    campaign = campaigns.create_campaign(
        database, "2026年大督导", 2026, start_date=date(2026, 3, 1), end_date=date(2026, 9, 30)
    )
    unit_ids: dict[str, str] = {}
    department_of: dict[str, str] = {}
    with database.session() as s:
        for d in range(departments):
            department = f"部门{d + 1}"
            units = {
                f"单位{d + 1}-{u + 1}": make_uscc(d * units_each + u + 1) for u in range(units_each)
            }
            for name, unit_id in add_department(s, department, units, "agency").items():
                unit_ids[name] = unit_id
                department_of[name] = department
    inspector_ids: dict[str, str] = {}
    for index in range(leaders + members):
        name = f"{'领导' if index < leaders else '成员'}{index + 1:02d}"
        inspector = pool.add_inspector(
            database,
            name,
            department="编办",
            expertise=[AREAS[index % 4], AREAS[(index + 1) % 4]],
            is_leadership=index < leaders,
        )
        inspector_ids[name] = inspector.id
    return Plan(database, campaign.id, unit_ids, inspector_ids, department_of)
