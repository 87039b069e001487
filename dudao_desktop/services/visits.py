"""The visit record (现场核查记录) of a unit, and random samples for 随机抽查.

One visit record per inspection: the date, the group members present, the unit's
participants, and the methods used with what each covered. On-site verification cannot
close without it. Before the visit the same record holds the plan (the day and the methods;
the members planned are the group's), which the check form prints beside room for what was
done. A spot-check sample is drawn by the app from a list (the unit's persons
or files the inspectors list); the list, the seed and the sample are kept, so the draw can
be replayed and shown to give the same sample.
"""

from __future__ import annotations

import json
import random
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import (
    Assignment,
    Evidence,
    GroupMembership,
    Inspection,
    Inspector,
    Interview,
    RealNamePerson,
    SpotCheckDraw,
    Unit,
    Visit,
)
from ..model.natural import natural_id
from .checklist import inspection_context

#: The methods of a visit (the seed's words) and what each records beside "covered".
METHODS = {
    "report": QT_TRANSLATE_NOOP("Visits", "Hearing the unit's report"),  # 听取汇报: who reported
    "records": QT_TRANSLATE_NOOP("Visits", "Reviewing records"),  # 查阅资料: which files
    "spot_check": QT_TRANSLATE_NOOP("Visits", "Random spot check"),  # 随机抽查: the samples
    "interview": QT_TRANSLATE_NOOP("Visits", "Individual talks"),  # 个别谈话: how many people
}


@dataclass
class MethodUse:
    used: bool = False
    covered: str = ""  # who reported, which files, what was sampled, who was talked to
    people: int = 0  # individual talks: how many people
    links: list[str] = field(default_factory=list)  # evidence, draw or interview ids


#: The methods whose links name records of the unit: 查阅资料 its evidence files, 个别谈话 its
#: interviews (随机抽查 links its samples, drawn here).
LINKED_RECORDS = {"records": Evidence, "interview": Interview}


@dataclass
class VisitData:
    visited_on: date | None = None
    members: str = ""
    participants: str = ""
    methods: dict[str, MethodUse] = field(default_factory=dict)

    def method(self, key: str) -> MethodUse:
        return self.methods.setdefault(key, MethodUse())


def visit_id(inspection_id: str) -> str:
    return natural_id("visit", {"inspection_id": inspection_id})


def _visit(session: Session, inspection_id: str) -> Visit | None:
    visit = session.get(Visit, visit_id(inspection_id))
    return None if visit is None or visit.deleted else visit


def has_visit(session: Session, inspection_id: str) -> bool:
    """Whether the visit is recorded (with its date: the least a record must say)."""
    visit = _visit(session, inspection_id)
    return visit is not None and visit.visited_on is not None


def _decode(text: str) -> dict[str, MethodUse]:
    raw: dict[str, Any] = json.loads(text or "{}")
    return {k: MethodUse(**v) for k, v in raw.items() if k in METHODS}


def get_visit(database: Database, inspection_id: str) -> VisitData:
    """The visit record of an inspection (empty when none is recorded yet)."""
    with database.Session() as s:
        inspection_context(s, inspection_id)
        visit = _visit(s, inspection_id)
        if visit is None:
            return VisitData()
        return VisitData(
            visit.visited_on, visit.members, visit.participants, _decode(visit.methods)
        )


def save_visit(database: Database, inspection_id: str, data: VisitData) -> str:
    """Write the visit record; returns its id. Refused without a date, members present, or
    at least one method used."""
    if data.visited_on is None:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the date of the visit."))
    if not data.members.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Name the group members present at the visit.")
        )
    used = {k: m for k, m in data.methods.items() if m.used and k in METHODS}
    if not used:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Tick at least one method used during the visit.")
        )
    methods = json.dumps(
        {k: m.__dict__ for k, m in sorted(used.items())}, ensure_ascii=False, sort_keys=True
    )
    with database.session() as s:
        inspection, unit, _campaign = inspection_context(s, inspection_id)
        _check_links(s, unit.id, used)
        visit = s.get(Visit, visit_id(inspection.id))
        if visit is None:
            visit = Visit(id=visit_id(inspection.id), inspection_id=inspection.id, unit_id=unit.id)
            s.add(visit)
        values = {
            "deleted": False,
            "visited_on": data.visited_on,
            "members": data.members.strip(),
            "participants": data.participants.strip(),
            "methods": methods,
        }
        for name, value in values.items():
            if getattr(visit, name) != value:
                setattr(visit, name, value)
        if inspection.visited_on != data.visited_on:
            inspection.visited_on = data.visited_on
        return visit.id


def _check_links(session: Session, unit_id: str, used: dict[str, MethodUse]) -> None:
    """Every linked file or interview is the unit's and still there."""
    for key, record in LINKED_RECORDS.items():
        links = used[key].links if key in used else []
        if not links:
            continue
        found = set(
            session.scalars(
                select(record.id).where(
                    record.id.in_(links), record.unit_id == unit_id, record.deleted.is_(False)
                )
            )
        )
        if len(found) != len(set(links)):
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A file or interview linked to the visit was removed or belongs to another "
                    "unit; open the visit record again and check the links.",
                )
            )


@dataclass(frozen=True)
class LinkChoice:
    id: str
    label: str


def link_choices(database: Database, inspection_id: str) -> dict[str, list[LinkChoice]]:
    """What the visit can link, by method: the unit's evidence files (查阅资料) and its
    interviews (个别谈话), oldest first."""
    with database.Session() as s:
        _inspection, unit, _campaign = inspection_context(s, inspection_id)
        files = [
            LinkChoice(e.id, e.caption or e.original_name)
            for e in s.scalars(
                select(Evidence)
                .where(Evidence.unit_id == unit.id, Evidence.deleted.is_(False))
                .order_by(Evidence.captured_at, Evidence.original_name, Evidence.id)
            )
        ]
        talks = [
            LinkChoice(
                i.id,
                "　".join(
                    part
                    for part in (i.held_on.isoformat() if i.held_on else "", i.place, i.topics)
                    if part
                )[:80]
                or i.id[:8],
            )
            for i in s.scalars(
                select(Interview)
                .where(Interview.unit_id == unit.id, Interview.deleted.is_(False))
                .order_by(Interview.held_on, Interview.id)
            )
        ]
    return {"records": files, "interview": talks}


# -- the plan of the visit -----------------------------------------------------------------------


@dataclass
class VisitPlan:
    planned_on: date | None = None
    methods: list[str] = field(default_factory=list)  # METHODS keys, in METHODS order
    members: list[str] = field(default_factory=list)  # the group's leader first
    leader: bool = False  # whether members[0] is the group's leader


def _planned_methods(text: str) -> list[str]:
    chosen = set(text.split(","))
    return [k for k in METHODS if k in chosen]


def _group_members(session: Session, campaign_id: str, unit_id: str) -> tuple[list[str], bool]:
    """The members of the group the unit is assigned to, leader first; and whether the
    group has a leader."""
    group_id = session.scalar(
        select(Assignment.group_id).where(
            Assignment.campaign_id == campaign_id,
            Assignment.unit_id == unit_id,
            Assignment.deleted.is_(False),
        )
    )
    if group_id is None:
        return [], False
    rows = session.execute(
        select(Inspector.name, GroupMembership.role)
        .join(Inspector, Inspector.id == GroupMembership.inspector_id)
        .where(GroupMembership.group_id == group_id, GroupMembership.deleted.is_(False))
        .order_by(Inspector.name)
    ).all()
    leaders = [n for n, r in rows if r == "leader"]
    return leaders + [n for n, r in rows if r != "leader"], bool(leaders)


def plan_in_session(session: Session, campaign_id: str, unit_id: str) -> VisitPlan:
    """The plan of a unit's visit in a campaign (empty day and methods when none is made)."""
    members, led = _group_members(session, campaign_id, unit_id)
    plan = VisitPlan(members=members, leader=led)
    inspection_id = session.scalar(
        select(Inspection.id).where(
            Inspection.campaign_id == campaign_id,
            Inspection.unit_id == unit_id,
            Inspection.deleted.is_(False),
        )
    )
    visit = _visit(session, inspection_id) if inspection_id else None
    if visit is not None:
        plan.planned_on = visit.planned_on
        plan.methods = _planned_methods(visit.planned_methods)
    return plan


def get_plan(database: Database, inspection_id: str) -> VisitPlan:
    with database.Session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        return plan_in_session(s, campaign.id, unit.id)


def plan_visit(
    database: Database, inspection_id: str, planned_on: date | None, methods: list[str]
) -> str:
    """Record the day and the methods planned for the visit; returns the visit record's id.
    Refused without a day or a method (a plan that says nothing is not a plan)."""
    if planned_on is None:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the day planned for the visit."))
    chosen = _planned_methods(",".join(methods))
    if not chosen:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Tick at least one method planned for the visit.")
        )
    with database.session() as s:
        inspection, unit, _campaign = inspection_context(s, inspection_id)
        visit = s.get(Visit, visit_id(inspection.id))
        if visit is None:
            visit = Visit(id=visit_id(inspection.id), inspection_id=inspection.id, unit_id=unit.id)
            s.add(visit)
        elif visit.deleted:
            visit.deleted = False
        if visit.planned_on != planned_on:
            visit.planned_on = planned_on
        if visit.planned_methods != ",".join(chosen):
            visit.planned_methods = ",".join(chosen)
        return visit.id


# -- random samples ------------------------------------------------------------------------------


def sample_of(candidates: list[str], size: int, seed: str) -> list[str]:
    """The sample a seed draws from a list (the same on every machine and Python version:
    ``random.Random`` seeded with a string and ``sample`` are stable)."""
    return random.Random(seed).sample(candidates, size)


def unit_persons(database: Database, unit_id: str) -> list[str]:
    """The unit's persons in the newest real-name month (name and masked ID), or [] where
    the real-name data is not held (a field laptop)."""
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            return []
        month = s.scalar(
            select(RealNamePerson.month)
            .where(RealNamePerson.unit_uscc == unit.uscc)
            .order_by(RealNamePerson.month.desc())
            .limit(1)
        )
        if month is None:
            return []
        return [
            f"{name}（{masked}）" if masked else name
            for name, masked in s.execute(
                select(RealNamePerson.name, RealNamePerson.id_masked)
                .where(RealNamePerson.unit_uscc == unit.uscc, RealNamePerson.month == month)
                .order_by(RealNamePerson.id)
            )
        ]


@dataclass
class SampleRecord:
    id: str
    population: str
    candidates: list[str]
    size: int
    seed: str
    sample: list[str]
    drawn_by: str
    drawn_at: datetime | None


def draw_sample(
    database: Database,
    inspection_id: str,
    population: str,
    candidates: list[str],
    size: int,
    by: str = "",
    seed: str | None = None,
) -> SampleRecord:
    """Draw ``size`` of ``candidates`` at random and record the draw."""
    listed = [c.strip() for c in candidates if c and c.strip()]
    if len(set(listed)) != len(listed):
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "The list to draw from names an entry twice."))
    if not population.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Say what the sample is drawn from."))
    if size < 1 or size > len(listed):
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Draw between 1 and {count} from the list (the number of entries)."
            ),
            count=len(listed),
        )
    seed = seed or secrets.token_hex(16)
    sample = sample_of(listed, size, seed)
    with database.session() as s:
        inspection, unit, _campaign = inspection_context(s, inspection_id)
        draw = SpotCheckDraw(
            inspection_id=inspection.id,
            unit_id=unit.id,
            population=population.strip(),
            candidates=json.dumps(listed, ensure_ascii=False),
            size=size,
            seed=seed,
            sample=json.dumps(sample, ensure_ascii=False),
            drawn_by=by.strip(),
            drawn_at=datetime.now().replace(microsecond=0),
        )
        s.add(draw)
        s.flush()
        return _record(draw)


def _record(draw: SpotCheckDraw) -> SampleRecord:
    return SampleRecord(
        draw.id,
        draw.population,
        json.loads(draw.candidates),
        draw.size,
        draw.seed,
        json.loads(draw.sample),
        draw.drawn_by,
        draw.drawn_at,
    )


def samples(database: Database, inspection_id: str) -> list[SampleRecord]:
    with database.Session() as s:
        return [
            _record(d)
            for d in s.scalars(
                select(SpotCheckDraw)
                .where(
                    SpotCheckDraw.inspection_id == inspection_id,
                    SpotCheckDraw.deleted.is_(False),
                )
                .order_by(SpotCheckDraw.drawn_at, SpotCheckDraw.id)
            )
        ]


def replay(database: Database, draw_id: str) -> tuple[list[str], bool]:
    """Draw again from the recorded list with the recorded seed: (sample, same as recorded)."""
    with database.Session() as s:
        draw = s.get(SpotCheckDraw, draw_id)
        if draw is None or draw.deleted:
            raise DudaoError(QT_TRANSLATE_NOOP("Errors", "This sample no longer exists."))
        record = _record(draw)
    again = sample_of(record.candidates, record.size, record.seed)
    return again, again == record.sample
