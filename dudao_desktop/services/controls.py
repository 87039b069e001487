"""Management control (管理控制): results that change what happens next.

Rules the office sets in ``resources/rules/control.json`` follow from the warnings, the open
problems and the blacklist: an approval matter of a unit with an open 超编 warning, an
overdue unrectified problem or a blacklist entry is held and cannot move on until an office
leader records an override with a reason. Holds and overrides are synced records, so the
change log (the audit trail) has every one; the draw and the plan show the units concerned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import ApprovalMatter, BlacklistEntry, ControlHold, Problem, Unit, UnitWarning
from ..paths import resource
from . import users
from .problem_query import OPEN_STATUSES

RULES_FILE = resource("rules", "control.json")
RULE_LABELS = {
    "open_warning": QT_TRANSLATE_NOOP("Controls", "Open over-establishment warning"),
    "overdue_problem": QT_TRANSLATE_NOOP("Controls", "Overdue unrectified problem"),
    "blacklisted": QT_TRANSLATE_NOOP("Controls", "On the blacklist"),
}


@cache
def control_rules() -> tuple[dict[str, Any], ...]:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    return tuple(r for r in data["rules"] if r.get("enabled", True) and r["id"] in RULE_LABELS)


def reasons_in_session(
    session: Session, unit_ids: list[str], today: date | None = None
) -> dict[str, list[dict[str, str]]]:
    """Per unit, the rules it meets now: [{"rule": id, "detail": Chinese text}]."""
    today = today or date.today()
    out: dict[str, list[dict[str, str]]] = {}
    if not unit_ids:
        return out

    def add(unit_id: str, rule: str, detail: str) -> None:
        out.setdefault(unit_id, []).append({"rule": rule, "detail": detail})

    for rule in control_rules():
        if rule["id"] == "open_warning":
            for unit_id, message in session.execute(
                select(UnitWarning.unit_id, UnitWarning.message)
                .where(
                    UnitWarning.unit_id.in_(unit_ids),
                    UnitWarning.rule.in_(rule.get("warnings", ["over_establishment"])),
                    UnitWarning.cleared_on.is_(None),
                    UnitWarning.deleted.is_(False),
                )
                .order_by(UnitWarning.raised_on)
            ):
                add(unit_id, "open_warning", f"{rule['title']}：{message}")
        elif rule["id"] == "overdue_problem":
            for unit_id, deadline, text in session.execute(
                select(Problem.unit_id, Problem.deadline, Problem.description)
                .where(
                    Problem.unit_id.in_(unit_ids),
                    Problem.deleted.is_(False),
                    Problem.status.in_(OPEN_STATUSES),
                    Problem.deadline < today,
                )
                .order_by(Problem.deadline)
            ):
                add(unit_id, "overdue_problem", f"{rule['title']}：{text[:40]}（时限{deadline}）")
        elif rule["id"] == "blacklisted":
            for unit_id, why in session.execute(
                select(BlacklistEntry.unit_id, BlacklistEntry.reason).where(
                    BlacklistEntry.unit_id.in_(unit_ids),
                    BlacklistEntry.removed_on.is_(None),
                    BlacklistEntry.deleted.is_(False),
                )
            ):
                add(unit_id, "blacklisted", f"{rule['title']}：{why}")
    return out


def controlled_units(
    database: Database, unit_ids: list[str], today: date | None = None
) -> dict[str, list[dict[str, str]]]:
    """The units among ``unit_ids`` that a control rule applies to, with why (for the draw,
    the plan and the approval ledger)."""
    with database.Session() as s:
        out: dict[str, list[dict[str, str]]] = {}
        for start in range(0, len(unit_ids), 500):
            out.update(reasons_in_session(s, unit_ids[start : start + 500], today))
        return out


def _hold_of(session: Session, matter_id: str) -> ControlHold | None:
    return session.scalar(
        select(ControlHold)
        .where(ControlHold.approval_id == matter_id, ControlHold.deleted.is_(False))
        .order_by(ControlHold.held_on.desc(), ControlHold.id)
        .limit(1)
    )


def hold_in_session(
    session: Session, matter: ApprovalMatter, today: date | None = None
) -> ControlHold | None:
    """Hold the matter if a rule applies to its unit and no hold is recorded yet; returns
    the hold that stops it (None when it may proceed)."""
    hold = _hold_of(session, matter.id)
    if hold is not None:
        return hold if hold.status == "held" else None
    reasons = reasons_in_session(session, [matter.unit_id], today).get(matter.unit_id)
    if not reasons:
        return None
    hold = ControlHold(
        approval_id=matter.id,
        unit_id=matter.unit_id,
        reasons=json.dumps(reasons, ensure_ascii=False),
        held_on=today or date.today(),
    )
    session.add(hold)
    session.flush()
    return hold


def check_matter(database: Database, matter_id: str, today: date | None = None) -> str | None:
    """Apply the rules to a matter; the id of the hold that stops it, or None."""
    with database.session() as s:
        matter = s.get(ApprovalMatter, matter_id)
        if matter is None or matter.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Approval matter {id} does not exist."), id=matter_id
            )
        hold = hold_in_session(s, matter, today)
        return hold.id if hold else None


OVERRIDE_HOLD = QT_TRANSLATE_NOOP("Errors", "override a management-control hold")


def may_override(database: Database) -> bool:
    """Whether the signed-in user is an office leader (the GUI offers the override only
    then)."""
    user = users.current_user(database)
    return user is not None and user.role == "office_leader"


def override(database: Database, hold_id: str, reason: str, on: date | None = None) -> None:
    """The signed-in office leader lets a held matter proceed; the reason is required, and
    the leader's account name (never a typed one) is kept with it."""
    leader = users.require_role(database, ("office_leader",), OVERRIDE_HOLD)
    if not reason.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the override."))
    with database.session() as s:
        hold = s.get(ControlHold, hold_id)
        if hold is None or hold.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This hold no longer exists."))
        if hold.status != "held":
            raise DudaoError(QT_TRANSLATE_NOOP("Errors", "This hold has already been overridden."))
        hold.status = "overridden"
        hold.overridden_by = leader.name
        hold.override_reason = reason.strip()
        hold.overridden_on = on or date.today()


@dataclass
class HoldRow:
    id: str
    approval_id: str
    title: str
    unit_name: str
    reasons: list[dict[str, str]]
    held_on: date | None
    status: str
    overridden_by: str
    override_reason: str
    overridden_on: date | None


def holds(
    database: Database, approval_id: str | None = None, year: int | None = None
) -> list[HoldRow]:
    """Holds and their overrides (of one matter, or all; optionally those of ``year``)."""
    with database.Session() as s:
        query = (
            select(ControlHold, ApprovalMatter.title, Unit.name)
            .join(ApprovalMatter, ApprovalMatter.id == ControlHold.approval_id)
            .join(Unit, Unit.id == ControlHold.unit_id)
            .where(ControlHold.deleted.is_(False))
            .order_by(ControlHold.held_on, Unit.name, ControlHold.id)
        )
        if approval_id:
            query = query.where(ControlHold.approval_id == approval_id)
        if year is not None:
            query = query.where(ControlHold.held_on.between(date(year, 1, 1), date(year, 12, 31)))
        return [
            HoldRow(
                h.id,
                h.approval_id,
                title,
                name,
                json.loads(h.reasons or "[]"),
                h.held_on,
                h.status,
                h.overridden_by,
                h.override_reason,
                h.overridden_on,
            )
            for h, title, name in s.execute(query)
        ]
