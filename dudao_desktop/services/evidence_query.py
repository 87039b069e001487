"""Evidence queries: lookups by code, filtered lists and per-item counts (no writes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, NotFoundError
from ..model import Campaign, ChecklistItem, ChecklistSection, Evidence, Inspection, Unit


@dataclass(frozen=True)
class EvidenceView:
    id: str
    sha256: str
    size: int
    original_name: str
    media_kind: str
    caption: str
    captured_by: str
    captured_at: datetime | None
    unit_id: str | None
    item_id: str | None
    item_code: str
    problem_id: str | None
    interview_id: str | None
    approval_id: str | None
    deleted: bool

    @property
    def label(self) -> str:
        return self.caption or self.original_name


def missing(what: str, key: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "The {what} {key} does not exist (or was removed)."),
        what=what,
        key=key,
    )


def current_inspection_id(s: Session, unit_id: str) -> str | None:
    """The unit's inspection in its most recent campaign, if any."""
    return s.scalars(
        select(Inspection.id)
        .join(Campaign, Campaign.id == Inspection.campaign_id)
        .where(Inspection.unit_id == unit_id, Inspection.deleted.is_(False))
        .order_by(Campaign.year.desc(), Inspection.created_hlc.desc())
        .limit(1)
    ).first()


def unit_by_code(database: Database, code: str) -> Unit:
    """A unit by its unified social credit code (USCC)."""
    with database.Session() as s:
        unit = s.scalars(
            select(Unit).where(Unit.uscc == code.strip().upper(), Unit.deleted.is_(False))
        ).first()
    if unit is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "No unit has the code {code}; check the unified social credit code."
            ),
            code=code,
        )
    return unit


def item_by_code(database: Database, unit_id: str, code: str) -> ChecklistItem:
    """A checklist item of the template the unit's current campaign uses, by its code."""
    with database.Session() as s:
        query = (
            select(ChecklistItem)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
            .where(ChecklistItem.code == code.strip().upper(), ChecklistItem.deleted.is_(False))
        )
        inspection_id = current_inspection_id(s, unit_id)
        if inspection_id:
            campaign = s.get(Campaign, s.get(Inspection, inspection_id).campaign_id)
            if campaign is not None and campaign.template_id:
                query = query.where(ChecklistSection.template_id == campaign.template_id)
        item = s.scalars(query).first()
    if item is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "The checklist has no item {code}; use a code such as A01 from the list."
            ),
            code=code,
        )
    return item


def list_evidence(
    database: Database,
    unit_id: str | None = None,
    *,
    item_id: str | None = None,
    problem_id: str | None = None,
    interview_id: str | None = None,
    approval_id: str | None = None,
    kind: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    include_deleted: bool = False,
    deleted_only: bool = False,
) -> list[EvidenceView]:
    """Evidence links, filtered, oldest capture first."""
    query = select(Evidence, ChecklistItem.code).outerjoin(
        ChecklistItem, ChecklistItem.id == Evidence.item_id
    )
    for column, value in (
        (Evidence.unit_id, unit_id),
        (Evidence.item_id, item_id),
        (Evidence.problem_id, problem_id),
        (Evidence.interview_id, interview_id),
        (Evidence.approval_id, approval_id),
        (Evidence.media_kind, kind),
    ):
        if value is not None:
            query = query.where(column == value)
    if date_from is not None:
        query = query.where(Evidence.captured_at >= datetime.combine(date_from, time()))
    if date_to is not None:
        query = query.where(
            Evidence.captured_at < datetime.combine(date_to + timedelta(days=1), time())
        )
    if deleted_only:
        query = query.where(Evidence.deleted.is_(True))
    elif not include_deleted:
        query = query.where(Evidence.deleted.is_(False))
    query = query.order_by(Evidence.captured_at, Evidence.original_name, Evidence.id)
    with database.Session() as s:
        return [_view(e, code) for e, code in s.execute(query)]


def _view(e: Evidence, item_code: str | None) -> EvidenceView:
    return EvidenceView(
        e.id,
        e.sha256,
        e.size,
        e.original_name,
        e.media_kind,
        e.caption,
        e.captured_by,
        e.captured_at,
        e.unit_id,
        e.item_id,
        item_code or "",
        e.problem_id,
        e.interview_id,
        e.approval_id,
        e.deleted,
    )


def get_evidence(database: Database, evidence_id: str) -> EvidenceView:
    with database.Session() as s:
        e = s.get(Evidence, evidence_id)
        if e is None:
            raise missing("evidence", evidence_id)
        item = s.get(ChecklistItem, e.item_id) if e.item_id else None
        return _view(e, item.code if item else "")


def evidence_counts_by_item(database: Database, unit_id: str) -> dict[str, int]:
    """Paper-clip counts: live evidence per checklist item of one unit."""
    with database.Session() as s:
        rows = s.execute(
            select(Evidence.item_id, func.count())
            .where(
                Evidence.unit_id == unit_id,
                Evidence.item_id.is_not(None),
                Evidence.deleted.is_(False),
            )
            .group_by(Evidence.item_id)
        )
        return {item_id: count for item_id, count in rows}


@dataclass(frozen=True)
class ItemChoice:
    id: str
    code: str
    text: str
    evidence_required: bool
    count: int


def unit_choices(database: Database) -> list[tuple[str, str, str]]:
    """(id, USCC, name) of every live unit, by name: the unit picker."""
    with database.Session() as s:
        rows = s.execute(
            select(Unit.id, Unit.uscc, Unit.name).where(Unit.deleted.is_(False)).order_by(Unit.name)
        )
        return [tuple(r) for r in rows]


def item_choices(database: Database, unit_id: str) -> list[ItemChoice]:
    """The checklist items that apply to the unit, with their live evidence counts."""
    counts = evidence_counts_by_item(database, unit_id)
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            return []
        query = (
            select(ChecklistItem)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
            .where(ChecklistItem.deleted.is_(False))
            .order_by(ChecklistSection.position, ChecklistItem.position, ChecklistItem.code)
        )
        inspection_id = current_inspection_id(s, unit_id)
        campaign = None
        if inspection_id:
            campaign = s.get(Campaign, s.get(Inspection, inspection_id).campaign_id)
        if campaign is None or not campaign.template_id:
            return []
        query = query.where(ChecklistSection.template_id == campaign.template_id)
        return [
            ItemChoice(i.id, i.code, i.text, i.evidence_required, counts.get(i.id, 0))
            for i in s.scalars(query)
            if i.applies(unit.kind, unit.flags or "", campaign.focus or "")
        ]


def problem_choices(database: Database, unit_id: str) -> list[tuple[str, str]]:
    """(id, short description) of the unit's live problems, newest year first."""
    from ..model import Problem

    with database.Session() as s:
        rows = s.execute(
            select(Problem.id, Problem.year, Problem.description)
            .where(Problem.unit_id == unit_id, Problem.deleted.is_(False))
            .order_by(Problem.year.desc(), Problem.description)
        )
        return [(pid, f"{year} {text[:40]}") for pid, year, text in rows]
