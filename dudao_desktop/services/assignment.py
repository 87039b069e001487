"""Assigning units to inspection groups, and the "double random" spot check (双随机).

Units are assigned balanced by number and kept together by supervising department (see
:func:`.assignment_algorithm.balance_units`: a department is split only when it alone
exceeds the average load);
then adjusted by hand with :func:`move_unit` and :func:`set_visit_order`. Every unit is
assigned exactly once, and avoidance is checked again on every change.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Assignment, Department, DrawRecord, GroupMembership, Inspector, Unit
from .assignment_algorithm import NoGroupFits, balance_units
from .campaign import resolve_campaign
from .draw import _check_seed, current_record, live_groups, new_seed, require_reason
from .pool import avoidance_map


@dataclass
class AssignReport:
    assigned: int = 0
    kept: int = 0
    loads: dict[int, int] = field(default_factory=dict)  # group number -> units


@dataclass(frozen=True)
class SpotCheckOutcome:
    record_id: str
    seed: str
    share: float
    chosen: list[str]  # unit ids
    total: int


def _assignments(session: Session, campaign_id: str) -> list[Assignment]:
    query = select(Assignment).where(
        Assignment.campaign_id == campaign_id, Assignment.deleted.is_(False)
    )
    return list(session.execute(query.order_by(Assignment.visit_order)).scalars())


def _crew(session: Session, group_id: str) -> list[Inspector]:
    query = (
        select(Inspector)
        .join(GroupMembership, GroupMembership.inspector_id == Inspector.id)
        .where(GroupMembership.group_id == group_id, GroupMembership.deleted.is_(False))
    )
    return list(session.execute(query).scalars())


def _units(session: Session) -> list[Unit]:
    """The active roster: a revoked, deregistered or transferred unit is not assigned."""
    query = (
        select(Unit)
        .where(Unit.deleted.is_(False), Unit.status == "active")
        .order_by(Unit.name, Unit.uscc)
    )
    return list(session.execute(query).scalars())


def avoidance_conflict(session: Session, group_id: str, unit: Unit, avoid=None):
    """(inspector name, reason) of the first member of the group who must avoid ``unit``."""
    avoid = avoidance_map(session) if avoid is None else avoid
    for inspector in sorted(_crew(session, group_id), key=lambda i: i.name):
        if unit.id in avoid.get(inspector.id, {}):
            return inspector.name, avoid[inspector.id][unit.id]
    return None


def _no_groups(campaign_name: str) -> DudaoError:
    return DudaoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Campaign '{campaign}' has no inspection groups yet: draw the groups first.",
        ),
        campaign=campaign_name,
    )


def assign_units(database: Database, campaign_ref: str | None = None, replace: bool = False):
    """Assign every unit not yet assigned (all units again with ``replace``)."""
    report = AssignReport()
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        groups = live_groups(s, campaign.id)
        if not groups:
            raise _no_groups(campaign.name)
        current = _assignments(s, campaign.id)
        if replace:
            for a in current:
                a.deleted = True
            current = []
        loads = {g.id: 0 for g in groups}
        done = set()
        for a in current:
            loads[a.group_id] = loads.get(a.group_id, 0) + 1
            done.add(a.unit_id)
        report.kept = len(done)
        avoid = avoidance_map(s)
        crews = {g.id: {i.id for i in _crew(s, g.id)} for g in groups}
        avoided_by = {g.id: {u for i in crews[g.id] for u in avoid.get(i, {})} for g in groups}
        departments = {d.id: d.name for d in s.execute(select(Department)).scalars()}
        blocks: dict[str, list[Unit]] = {}
        for unit in _units(s):
            if unit.id not in done:
                blocks.setdefault(unit.department_id or "", []).append(unit)
        order = sorted(blocks, key=lambda d: (-len(blocks[d]), departments.get(d, ""), d))
        number = {g.id: g.number for g in groups}
        units_by_id = {u.id: u for block in blocks.values() for u in block}
        try:
            spread = balance_units(
                [[u.id for u in blocks[d]] for d in order],
                [g.id for g in groups],
                avoided_by,
                loads,
            )
        except NoGroupFits as refusal:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Unit '{unit}' cannot be assigned: in every group someone must "
                    "avoid it. Redraw the groups or change the avoidance declarations.",
                ),
                unit=units_by_id[refusal.unit_id].name,
            ) from None
        placed = {g: [units_by_id[u] for u in ids] for g, ids in spread.items()}
        for g, ids in spread.items():
            loads[g] += len(ids)
        next_order = {g.id: 0 for g in groups}
        for a in current:
            next_order[a.group_id] = max(next_order.get(a.group_id, 0), a.visit_order)
        for group in groups:
            for unit in placed[group.id]:
                next_order[group.id] += 1
                s.add(
                    Assignment(
                        campaign_id=campaign.id,
                        group_id=group.id,
                        unit_id=unit.id,
                        visit_order=next_order[group.id],
                    )
                )
                report.assigned += 1
        report.loads = {number[g]: loads[g] for g in loads if g in number}
    return report


def _renumber(session: Session, campaign_id: str, group_id: str) -> None:
    rows = [a for a in _assignments(session, campaign_id) if a.group_id == group_id]
    for position, a in enumerate(rows, start=1):
        if a.visit_order != position:
            a.visit_order = position


def move_unit(database: Database, campaign_ref: str | None, unit_id: str, group_id: str) -> None:
    """Move a unit to another group (last in its visiting order), checking avoidance."""
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        groups = {g.id: g for g in live_groups(s, campaign.id)}
        if group_id not in groups:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That group no longer exists."))
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That unit does not exist."))
        conflict = avoidance_conflict(s, group_id, unit)
        if conflict:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{inspector} in {group} must avoid unit '{unit}' ({reason}): choose "
                    "another group.",
                ),
                inspector=conflict[0],
                group=groups[group_id].name,
                unit=unit.name,
                reason=conflict[1],
            )
        mine = [a for a in _assignments(s, campaign.id) if a.unit_id == unit_id]
        target_orders = [
            a.visit_order for a in _assignments(s, campaign.id) if a.group_id == group_id
        ]
        if mine and mine[0].group_id == group_id:
            return
        old_group = mine[0].group_id if mine else None
        for extra in mine[1:]:  # heal a duplicate left by a merge
            extra.deleted = True
        if mine:
            mine[0].group_id = group_id
            mine[0].visit_order = max(target_orders, default=0) + 1
        else:
            s.add(
                Assignment(
                    campaign_id=campaign.id,
                    group_id=group_id,
                    unit_id=unit_id,
                    visit_order=max(target_orders, default=0) + 1,
                )
            )
        s.flush()
        if old_group:
            _renumber(s, campaign.id, old_group)


def set_visit_order(database: Database, campaign_ref: str | None, group_id: str, unit_ids):
    """Put the group's units in the given visiting order (all of them, each once)."""
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        rows = {a.unit_id: a for a in _assignments(s, campaign.id) if a.group_id == group_id}
        if sorted(unit_ids) != sorted(rows):
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The visiting order must list each of the group's units once."
                )
            )
        for position, unit_id in enumerate(unit_ids, start=1):
            if rows[unit_id].visit_order != position:
                rows[unit_id].visit_order = position


def assignment_problems(database: Database, campaign_ref: str | None = None) -> list[str]:
    """What breaks "every unit exactly once, avoidance respected" (empty when sound)."""
    problems: list[str] = []
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        groups = {g.id: g for g in live_groups(s, campaign.id)}
        seen: dict[str, int] = {}
        avoid = avoidance_map(s)
        units = {u.id: u for u in _units(s)}
        for a in _assignments(s, campaign.id):
            seen[a.unit_id] = seen.get(a.unit_id, 0) + 1
            unit = units.get(a.unit_id)
            if a.group_id not in groups or unit is None:
                continue
            conflict = avoidance_conflict(s, a.group_id, unit, avoid)
            if conflict:
                problems.append(f"{unit.name}: {conflict[0]} ({conflict[1]})")
        for unit in units.values():
            if seen.get(unit.id, 0) != 1:
                problems.append(f"{unit.name}: assigned {seen.get(unit.id, 0)} times")
    return problems


def spot_check(
    database: Database,
    campaign_ref: str | None,
    share: float,
    seed: str | None = None,
    reason: str = "",
    drawn_by: str | None = None,
) -> SpotCheckOutcome:
    """Pick ``share`` of the assigned units at random (seeded and recorded, like the draw)."""
    if not 0 < share <= 1:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The share of units is a number above 0 and at most 1, e.g. 0.2."
            )
        )
    seed = _check_seed(seed) if seed is not None else new_seed()
    who = (drawn_by or database.user_name or database.installation_id).strip()
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        previous = require_reason(s, campaign.id, "spot_check", reason)
        units = {u.id: u for u in _units(s)}
        rows = [a for a in _assignments(s, campaign.id) if a.unit_id in units]
        if not rows:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "No units are assigned yet: assign units first.")
            )
        rows.sort(key=lambda a: (units[a.unit_id].uscc, a.unit_id))
        count = max(1, round(share * len(rows)))
        chosen = random.Random(seed).sample([a.unit_id for a in rows], count)
        picked = set(chosen)
        for a in rows:
            if a.spot_check != (a.unit_id in picked):
                a.spot_check = a.unit_id in picked
        if previous is not None:
            previous.superseded = True
        record = DrawRecord(
            campaign_id=campaign.id,
            kind="spot_check",
            drawn_by=who,
            drawn_at=datetime.now().replace(microsecond=0),
            seed=seed,
            candidates=json.dumps(
                [
                    {"id": a.unit_id, "uscc": units[a.unit_id].uscc, "name": units[a.unit_id].name}
                    for a in rows
                ],
                ensure_ascii=False,
            ),
            rules=json.dumps(
                {
                    "algorithm": "dudao-spot-check-1",
                    "share": share,
                    "count": count,
                    "order": "uscc",
                },
                ensure_ascii=False,
            ),
            result=json.dumps(
                {"units": [{"id": u, "name": units[u].name} for u in chosen]},
                ensure_ascii=False,
            ),
            reason=reason.strip(),
        )
        s.add(record)
        s.flush()
        return SpotCheckOutcome(record.id, seed, share, chosen, len(rows))


def current_spot_check(database: Database, campaign_ref: str | None = None) -> DrawRecord | None:
    with database.session() as s:
        return current_record(s, resolve_campaign(s, campaign_ref).id, "spot_check")


__all__ = ["DrawRecord", "assign_units", "move_unit", "spot_check"]
