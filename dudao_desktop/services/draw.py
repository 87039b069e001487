"""The recorded random draw of inspection groups (随机抽取督导组).

:func:`draw_groups` takes the live pool, draws with a cryptographically strong seed (or the
seed given, to reproduce a draw), writes the groups and their memberships, and keeps a
:class:`DrawRecord` with who drew, when, the seed, the candidate list, the rules and the
result. A redraw needs a reason; the earlier record stays, marked ``superseded``.
:func:`replay_draw` re-runs a stored record from its own candidates, rules and seed, so
anyone can check that the published result is what the seed gives.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..i18n import translate
from ..model import Assignment, DrawRecord, GroupMembership, InspectionGroup
from .campaign import resolve_campaign
from .draw_algorithm import (
    ALGORITHM,
    RULE_INPUT,
    Candidate,
    DrawnGroup,
    DrawRefused,
    compute_draw,
)
from .guards import require_office
from .pool import avoidance_map, pool_members

GROUP_NAME = QT_TRANSLATE_NOOP("Plan", "Group {number}")


@dataclass(frozen=True)
class DrawOutcome:
    record_id: str
    seed: str
    drawn_by: str
    drawn_at: datetime
    groups: list[dict]  # {"number", "name", "leader": {id, name}, "members": [{id, name}]}
    required: list[str]
    short: dict[str, int]
    superseded_id: str = ""


def new_seed() -> str:
    """128 bits from the operating system's CSPRNG, as 32 hex digits."""
    return secrets.token_hex(16)


def group_name(number: int) -> str:
    return translate("Plan", GROUP_NAME).format(number=number)


def _check_seed(seed: str) -> str:
    seed = (seed or "").strip()
    if not seed or len(seed) > 80:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A seed is 1 to 80 characters, e.g. the 32 hex digits a draw record shows.",
            )
        )
    return seed


def live_groups(session: Session, campaign_id: str) -> list[InspectionGroup]:
    query = (
        select(InspectionGroup)
        .where(InspectionGroup.campaign_id == campaign_id, InspectionGroup.deleted.is_(False))
        .order_by(InspectionGroup.number)
    )
    return list(session.execute(query).scalars())


def current_record(session: Session, campaign_id: str, kind: str) -> DrawRecord | None:
    query = (
        select(DrawRecord)
        .where(
            DrawRecord.campaign_id == campaign_id,
            DrawRecord.kind == kind,
            DrawRecord.deleted.is_(False),
            DrawRecord.superseded.is_(False),
        )
        .order_by(DrawRecord.drawn_at.desc(), DrawRecord.created_hlc.desc())
    )
    return session.execute(query).scalars().first()


def require_reason(session: Session, campaign_id: str, kind: str, reason: str) -> DrawRecord | None:
    """The record a new draw supersedes; refuses a redraw without a reason."""
    previous = current_record(session, campaign_id, kind)
    if previous is not None and not reason.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A draw was already made on {when} by {who} (seed {seed}). A redraw needs a "
                "reason, which is kept with both records.",
            ),
            when=previous.drawn_at.strftime("%Y-%m-%d %H:%M"),
            who=previous.drawn_by,
            seed=previous.seed,
        )
    return previous


def barred_groups(session: Session, campaign_id: str, groups: list[InspectionGroup]):
    """inspector id -> group numbers whose assigned units they must avoid."""
    avoid = avoidance_map(session)
    units_of: dict[str, set[str]] = {}
    for a in session.execute(
        select(Assignment).where(
            Assignment.campaign_id == campaign_id, Assignment.deleted.is_(False)
        )
    ).scalars():
        units_of.setdefault(a.group_id, set()).add(a.unit_id)
    barred: dict[str, set[int]] = {}
    for group in groups:
        units = units_of.get(group.id, set())
        for inspector_id, avoided in avoid.items():
            if units & set(avoided):
                barred.setdefault(inspector_id, set()).add(group.number)
    return barred, units_of


def draw_groups(
    database: Database,
    campaign_ref: str | None,
    groups: int,
    members: int,
    seed: str | None = None,
    reason: str = "",
    drawn_by: str | None = None,
) -> DrawOutcome:
    """Draw ``groups`` groups, each a leadership member and ``members`` members."""
    require_office(database)
    seed = _check_seed(seed) if seed is not None else new_seed()
    who = (drawn_by or database.user_name or database.installation_id).strip()
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        previous = require_reason(s, campaign.id, "groups", reason)
        pool = [
            Candidate(i.id, i.name, i.is_leadership, tuple(i.expertise_tags))
            for i in pool_members(s)
        ]
        existing = live_groups(s, campaign.id)
        barred, units_of = barred_groups(s, campaign.id, existing)
        dropped = [g.number for g in existing if g.number > groups and units_of.get(g.id)]
        if dropped:
            raise DrawRefused(
                RULE_INPUT,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Rule '{rule}' is not met: groups {numbers} have units assigned. Move "
                    "their units to other groups before drawing only {groups} groups.",
                ),
                numbers=", ".join(str(n) for n in dropped),
                groups=groups,
            )
        barred = {k: {n for n in v if n <= groups} for k, v in barred.items()}
        plan = compute_draw(pool, groups, members, seed, barred)
        names = {c.id: c.name for c in pool}
        result = _apply(s, campaign.id, existing, plan.groups, names)
        now = datetime.now().replace(microsecond=0)
        if previous is not None:
            previous.superseded = True
        record = DrawRecord(
            campaign_id=campaign.id,
            kind="groups",
            drawn_by=who,
            drawn_at=now,
            seed=seed,
            candidates=json.dumps(
                [c.as_json() for c in sorted(pool, key=lambda c: (c.name, c.id))],
                ensure_ascii=False,
            ),
            rules=json.dumps(
                {
                    "algorithm": ALGORITHM,
                    "groups": groups,
                    "members": members,
                    "group_size": members + 1,
                    "leader": "leadership member",
                    "required_expertise": plan.required,
                    "short_expertise": plan.short,
                    "barred": {k: sorted(v) for k, v in sorted(barred.items()) if v},
                },
                ensure_ascii=False,
            ),
            result=json.dumps({"groups": result}, ensure_ascii=False),
            reason=reason.strip(),
        )
        s.add(record)
        s.flush()
        return DrawOutcome(
            record.id,
            seed,
            who,
            now,
            result,
            plan.required,
            plan.short,
            previous.id if previous is not None else "",
        )


def _apply(session, campaign_id, existing, drawn: list[DrawnGroup], names) -> list[dict]:
    by_number = {g.number: g for g in existing}
    result = []
    for plan in drawn:
        group = by_number.get(plan.number)
        if group is None:
            group = InspectionGroup(
                campaign_id=campaign_id, number=plan.number, name=group_name(plan.number)
            )
            session.add(group)
            session.flush()
        if group.leader_id != plan.leader:
            group.leader_id = plan.leader
        wanted = {plan.leader: "leader", **{m: "member" for m in plan.members}}
        for membership in _memberships(session, group.id):
            if wanted.get(membership.inspector_id) == membership.role:
                del wanted[membership.inspector_id]
            else:
                membership.deleted = True
        for inspector_id, role in wanted.items():
            session.add(GroupMembership(group_id=group.id, inspector_id=inspector_id, role=role))
        result.append(
            {
                "number": plan.number,
                "name": group.name,
                "leader": {"id": plan.leader, "name": names[plan.leader]},
                "members": [{"id": m, "name": names[m]} for m in plan.members],
            }
        )
    for group in existing:
        if group.number > len(drawn):
            group.deleted = True
            for membership in _memberships(session, group.id):
                membership.deleted = True
    return result


def _memberships(session: Session, group_id: str) -> list[GroupMembership]:
    return list(
        session.execute(
            select(GroupMembership).where(
                GroupMembership.group_id == group_id, GroupMembership.deleted.is_(False)
            )
        ).scalars()
    )


def list_draws(database: Database, campaign_ref: str | None = None, kind: str | None = None):
    """The campaign's draw records, newest first (superseded ones included)."""
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        query = select(DrawRecord).where(
            DrawRecord.campaign_id == campaign.id, DrawRecord.deleted.is_(False)
        )
        if kind:
            query = query.where(DrawRecord.kind == kind)
        return list(
            s.execute(
                query.order_by(DrawRecord.drawn_at.desc(), DrawRecord.created_hlc.desc())
            ).scalars()
        )


def replay_draw(database: Database, record_id: str) -> bool:
    """Re-run a stored group draw from its own candidates, rules and seed: same result?"""
    with database.session() as s:
        record = s.get(DrawRecord, record_id)
        if record is None or record.deleted or record.kind != "groups":
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No such group draw record."))
        candidates = [Candidate.from_json(c) for c in json.loads(record.candidates)]
        rules = json.loads(record.rules)
        stored = json.loads(record.result)["groups"]
    if rules.get("algorithm") != ALGORITHM:
        return False
    try:
        plan = compute_draw(
            candidates,
            rules["groups"],
            rules["members"],
            record.seed,
            {k: set(v) for k, v in rules.get("barred", {}).items()},
        )
    except DrawRefused:
        return False
    again = [(g.number, g.leader, list(g.members)) for g in plan.groups]
    kept = [(g["number"], g["leader"]["id"], [m["id"] for m in g["members"]]) for g in stored]
    return again == kept
