"""The credit blacklist (诚信“黑名单”): units listed with a reason and evidence.

Taking a unit off the list never deletes the entry: it is closed with the date and the
reason, so the history of every listing stays in the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import BlacklistEntry, Unit


@dataclass
class BlacklistRow:
    id: str
    unit_id: str
    unit_name: str
    uscc: str
    reason: str
    evidence: str
    listed_on: date | None
    removed_on: date | None
    removal_reason: str

    @property
    def active(self) -> bool:
        return self.removed_on is None


def add_to_blacklist(
    database: Database, unit_id: str, reason: str, evidence: str = "", on: date | None = None
) -> str:
    """Put a unit on the blacklist; refused while it is already on it."""
    if not reason.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Give the reason for putting the unit on the blacklist.")
        )
    with database.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Unit {id} does not exist."), id=unit_id
            )
        if _active(s, unit_id) is not None:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "{unit} is already on the blacklist."),
                unit=unit.name,
            )
        entry = BlacklistEntry(
            unit_id=unit_id, reason=reason, evidence=evidence, listed_on=on or date.today()
        )
        s.add(entry)
        s.flush()
        return entry.id


def _active(session, unit_id: str) -> BlacklistEntry | None:
    return (
        session.execute(
            select(BlacklistEntry).where(
                BlacklistEntry.unit_id == unit_id,
                BlacklistEntry.deleted.is_(False),
                BlacklistEntry.removed_on.is_(None),
            )
        )
        .scalars()
        .first()
    )


def remove_from_blacklist(
    database: Database, unit_id: str, reason: str, on: date | None = None
) -> None:
    """Take a unit off the blacklist with a reason; the entry stays as history."""
    if not reason.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Give the reason for taking the unit off the blacklist.")
        )
    with database.session() as s:
        entry = _active(s, unit_id)
        if entry is None:
            raise DudaoError(QT_TRANSLATE_NOOP("Errors", "This unit is not on the blacklist."))
        entry.removed_on = on or date.today()
        entry.removal_reason = reason


def blacklist(
    database: Database, include_history: bool = False, unit_id: str | None = None
) -> list[BlacklistRow]:
    """The units on the list now, or (``include_history``) every listing ever made."""
    query = (
        select(BlacklistEntry, Unit.name, Unit.uscc)
        .join(Unit, Unit.id == BlacklistEntry.unit_id)
        .where(BlacklistEntry.deleted.is_(False))
        .order_by(BlacklistEntry.listed_on.desc(), Unit.name)
    )
    if not include_history:
        query = query.where(BlacklistEntry.removed_on.is_(None))
    if unit_id:
        query = query.where(BlacklistEntry.unit_id == unit_id)
    with database.Session() as s:
        return [
            BlacklistRow(
                e.id,
                e.unit_id,
                name,
                uscc,
                e.reason,
                e.evidence,
                e.listed_on,
                e.removed_on,
                e.removal_reason,
            )
            for e, name, uscc in s.execute(query)
        ]


def is_listed(database: Database, unit_id: str) -> bool:
    with database.Session() as s:
        return _active(s, unit_id) is not None


@dataclass(frozen=True)
class MarkedUnit:
    """A unit of a campaign's groups that must be shown with a mark: on the blacklist, or
    with a 问责 not yet concluded."""

    group: str
    unit: str
    blacklisted: bool
    open_accountability: bool


def marked_units(database: Database, campaign_id: str) -> list[MarkedUnit]:
    """The units assigned to the campaign's groups that are blacklisted or under an open
    问责, by group and name (what the draw dialog shows beside the groups)."""
    from ..model import AccountabilityRecord, Assignment, InspectionGroup

    listed = (
        select(BlacklistEntry.unit_id)
        .where(BlacklistEntry.deleted.is_(False), BlacklistEntry.removed_on.is_(None))
        .scalar_subquery()
    )
    accountable = (
        select(AccountabilityRecord.unit_id)
        .where(
            AccountabilityRecord.deleted.is_(False),
            AccountabilityRecord.kind == "accountability",
            AccountabilityRecord.concluded_on.is_(None),
        )
        .scalar_subquery()
    )
    with database.Session() as s:
        rows = s.execute(
            select(
                InspectionGroup.name,
                Unit.name,
                Unit.id.in_(listed),
                Unit.id.in_(accountable),
            )
            .select_from(Assignment)
            .join(InspectionGroup, InspectionGroup.id == Assignment.group_id)
            .join(Unit, Unit.id == Assignment.unit_id)
            .where(
                Assignment.campaign_id == campaign_id,
                Assignment.deleted.is_(False),
                InspectionGroup.deleted.is_(False),
                Unit.id.in_(listed) | Unit.id.in_(accountable),
            )
            .order_by(InspectionGroup.number, Unit.name)
        ).all()
    return [MarkedUnit(g, u, bool(b), bool(a)) for g, u, b, a in rows]
