"""Read-only views of a campaign's plan for the plan tab and the printed roster."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..db.engine import Database
from ..model import (
    Assignment,
    Department,
    GroupMembership,
    InspectionGroup,
    Inspector,
    Unit,
)
from .campaign import resolve_campaign
from .controls import reasons_in_session
from .draw import live_groups


@dataclass(frozen=True)
class RosterUnit:
    unit_id: str
    name: str
    uscc: str
    department: str
    visit_order: int
    spot_check: bool
    # Why management control applies to the unit (open 超编 warning, overdue problem,
    # blacklist): the plan shows such units.
    controls: tuple[str, ...] = ()


@dataclass(frozen=True)
class RosterMember:
    inspector_id: str
    name: str
    department: str
    post: str
    phone: str
    expertise: tuple[str, ...]
    role: str  # leader | member


@dataclass
class RosterGroup:
    id: str
    number: int
    name: str
    leader: RosterMember | None
    members: list[RosterMember] = field(default_factory=list)
    units: list[RosterUnit] = field(default_factory=list)


def group_roster(database: Database, campaign_ref: str | None = None) -> list[RosterGroup]:
    """Each group with its leader, members (by name) and units in visiting order."""
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        groups = live_groups(s, campaign.id)
        ids = [g.id for g in groups]
        people: dict[str, list[RosterMember]] = {g: [] for g in ids}
        query = (
            select(GroupMembership, Inspector)
            .join(Inspector, Inspector.id == GroupMembership.inspector_id)
            .where(GroupMembership.group_id.in_(ids), GroupMembership.deleted.is_(False))
            .order_by(Inspector.name)
        )
        for membership, i in s.execute(query):
            people[membership.group_id].append(
                RosterMember(
                    i.id,
                    i.name,
                    i.department,
                    i.post,
                    i.phone,
                    tuple(i.expertise_tags),
                    membership.role,
                )
            )
        units: dict[str, list[RosterUnit]] = {g: [] for g in ids}
        query = (
            select(Assignment, Unit, Department.name)
            .join(Unit, Unit.id == Assignment.unit_id)
            .outerjoin(Department, Department.id == Unit.department_id)
            .where(
                Assignment.campaign_id == campaign.id,
                Assignment.deleted.is_(False),
                Unit.deleted.is_(False),
            )
            .order_by(Assignment.visit_order, Unit.name)
        )
        assigned = [(a, unit, department) for a, unit, department in s.execute(query)]
        controlled = reasons_in_session(s, [unit.id for _a, unit, _d in assigned])
        for a, unit, department in assigned:
            if a.group_id in units:
                units[a.group_id].append(
                    RosterUnit(
                        unit.id,
                        unit.name,
                        unit.uscc,
                        department or "",
                        a.visit_order,
                        a.spot_check,
                        tuple(r["detail"] for r in controlled.get(unit.id, [])),
                    )
                )
        result = []
        for g in groups:
            crew = people[g.id]
            leader = next((m for m in crew if m.inspector_id == g.leader_id), None)
            result.append(
                RosterGroup(
                    g.id,
                    g.number,
                    g.name,
                    leader,
                    [m for m in crew if m is not leader],
                    units[g.id],
                )
            )
    return result


def unassigned_units(database: Database, campaign_ref: str | None = None) -> list[RosterUnit]:
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        taken = select(Assignment.unit_id).where(
            Assignment.campaign_id == campaign.id, Assignment.deleted.is_(False)
        )
        query = (
            select(Unit, Department.name)
            .outerjoin(Department, Department.id == Unit.department_id)
            .where(Unit.deleted.is_(False), Unit.id.not_in(taken))
            .order_by(Unit.name)
        )
        rows = s.execute(query).all()
        controlled = _reasons(s, [u.id for u, _d in rows])
        return [
            RosterUnit(u.id, u.name, u.uscc, d or "", 0, False, controlled.get(u.id, ()))
            for u, d in rows
        ]


def _reasons(session, unit_ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Why management control applies, per unit (in chunks: a roster has hundreds)."""
    out: dict[str, tuple[str, ...]] = {}
    for start in range(0, len(unit_ids), 500):
        for unit_id, reasons in reasons_in_session(session, unit_ids[start : start + 500]).items():
            out[unit_id] = tuple(r["detail"] for r in reasons)
    return out


@dataclass(frozen=True)
class ControlledUnit:
    unit_id: str
    name: str
    group: str  # the group the unit is assigned to; "" before the assignment
    reasons: tuple[str, ...]


def units_under_control(
    database: Database, campaign_ref: str | None = None
) -> list[ControlledUnit]:
    """The active units that management control applies to (open 超编 warning, overdue
    problem, blacklist), with their group in the campaign: the draw and the plan show them."""
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        units = s.execute(
            select(Unit.id, Unit.name)
            .where(Unit.deleted.is_(False), Unit.status == "active")
            .order_by(Unit.name, Unit.uscc)
        ).all()
        controlled = _reasons(s, [unit_id for unit_id, _name in units])
        groups = dict(
            s.execute(
                select(Assignment.unit_id, InspectionGroup.name)
                .join(InspectionGroup, InspectionGroup.id == Assignment.group_id)
                .where(Assignment.campaign_id == campaign.id, Assignment.deleted.is_(False))
            ).all()
        )
        return [
            ControlledUnit(unit_id, name, groups.get(unit_id, ""), controlled[unit_id])
            for unit_id, name in units
            if unit_id in controlled
        ]
