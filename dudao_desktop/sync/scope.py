"""What a field package carries, and what a return package may change."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP
from ..model import (
    SYNCED_MODELS,
    Answer,
    Assignment,
    Campaign,
    ChecklistItem,
    ChecklistSection,
    Evidence,
    FigureCheck,
    GroupMembership,
    Inspection,
    InspectionGroup,
    InspectionRevision,
    Interview,
    Milestone,
    Problem,
    SpotCheckDraw,
    Suggestion,
    Visit,
)
from .entries import IDS, Entry, chunked, field_types, value_of

# Records a return package may create or change, and how each one leads to its unit.
RETURN_TABLES = {
    "inspection": ("unit_id",),
    "answer": ("inspection_id",),
    "inspection_revision": ("inspection_id",),
    "interview": ("unit_id", "inspection_id"),
    "problem": ("unit_id",),
    "suggestion": ("unit_id", "interview_id"),
    "evidence": ("unit_id", "inspection_id", "problem_id", "interview_id"),
    "visit": ("unit_id", "inspection_id"),
    "spot_check_draw": ("unit_id", "inspection_id"),
    "figure_check": ("unit_id", "inspection_id", "problem_id"),
}
# Records kept per inspection that travel with it both ways.
INSPECTION_RECORDS = (InspectionRevision, Visit, SpotCheckDraw, FigureCheck)
# A link to another record: which table it names.
LINK_TABLES = {
    "unit_id": "unit",
    "inspection_id": "inspection",
    "problem_id": "problem",
    "interview_id": "interview",
}


# Fields whose values decide which unit a record belongs to (approvals are office-only).
LINK_FIELDS = frozenset((*LINK_TABLES, "approval_id"))


def _ids(session: Session, query: Any) -> set[str]:
    return {r for (r,) in session.execute(query) if r}


def field_scope(session: Session, campaign_id: str, group_id: str) -> dict[str, set[str]]:
    """Row ids per table for a group's field package, closed over foreign keys."""
    scope: dict[str, set[str]] = defaultdict(set)
    campaign = session.get(Campaign, campaign_id)
    assert campaign is not None
    scope["campaign"].add(campaign_id)
    scope["inspection_group"].add(group_id)
    scope["milestone"] |= _ids(
        session, select(Milestone.id).where(Milestone.campaign_id == campaign_id)
    )
    scope["group_membership"] |= _ids(
        session, select(GroupMembership.id).where(GroupMembership.group_id == group_id)
    )
    scope["assignment"] |= _ids(
        session,
        select(Assignment.id).where(
            Assignment.group_id == group_id,
            Assignment.campaign_id == campaign_id,
            Assignment.deleted.is_(False),
        ),
    )
    units = group_units(session, campaign_id, [group_id])
    scope["unit"] |= units
    if campaign.template_id:
        scope["checklist_template"].add(campaign.template_id)
        sections = _ids(
            session,
            select(ChecklistSection.id).where(ChecklistSection.template_id == campaign.template_id),
        )
        scope["checklist_section"] |= sections
        for part in chunked(sorted(sections)):
            scope["checklist_item"] |= _ids(
                session, select(ChecklistItem.id).where(ChecklistItem.section_id.in_(part))
            )
    for part in chunked(sorted(units)):
        inspections = _ids(
            session,
            select(Inspection.id).where(
                Inspection.unit_id.in_(part), Inspection.campaign_id == campaign_id
            ),
        )
        scope["inspection"] |= inspections
        for ipart in chunked(sorted(inspections)):
            scope["answer"] |= _ids(
                session, select(Answer.id).where(Answer.inspection_id.in_(ipart))
            )
            for model in INSPECTION_RECORDS:
                scope[model.__tablename__] |= _ids(
                    session, select(model.id).where(model.inspection_id.in_(ipart))
                )
        scope["interview"] |= _ids(session, select(Interview.id).where(Interview.unit_id.in_(part)))
        scope["problem"] |= _ids(
            session,
            select(Problem.id).where(
                Problem.unit_id.in_(part),
                Problem.deleted.is_(False),
                or_(Problem.campaign_id == campaign_id, Problem.status != "verified"),
            ),
        )
        scope["suggestion"] |= _ids(
            session,
            select(Suggestion.id).where(
                Suggestion.unit_id.in_(part), Suggestion.campaign_id == campaign_id
            ),
        )
        scope["evidence"] |= _ids(
            session,
            select(Evidence.id).where(Evidence.unit_id.in_(part), Evidence.deleted.is_(False)),
        )
    _close_over_links(session, scope)
    return scope


def _close_over_links(session: Session, scope: dict[str, set[str]]) -> None:
    """Add every record a record in scope refers to, so the laptop can insert it."""
    todo = {t: set(ids) for t, ids in scope.items() if ids}
    while todo:
        found: dict[str, set[str]] = defaultdict(set)
        for table_name, ids in todo.items():
            table: Table = SYNCED_MODELS[table_name].__table__  # type: ignore[attr-defined]
            links = [(fk.parent, fk.column.table.name) for fk in table.foreign_keys]
            if not links:
                continue
            for part in chunked(sorted(ids)):
                query = select(*[c for c, _ in links]).where(table.c.id.in_(part))
                for row in session.execute(query):
                    for value, (_c, target) in zip(row, links, strict=True):
                        if value and value not in scope[target]:
                            found[target].add(value)
        for target, ids in found.items():
            scope[target] |= ids
        todo = {t: ids for t, ids in found.items() if ids}


def group_units(session: Session, campaign_id: str, group_ids: list[str]) -> set[str]:
    return _ids(
        session,
        select(Assignment.unit_id).where(
            Assignment.campaign_id == campaign_id,
            Assignment.group_id.in_(group_ids),
            Assignment.deleted.is_(False),
        ),
    )


def campaign_groups(session: Session, campaign_id: str) -> set[str]:
    return _ids(
        session, select(InspectionGroup.id).where(InspectionGroup.campaign_id == campaign_id)
    )


NOT_IN_GROUP = QT_TRANSLATE_NOOP("Errors", "belongs to a unit outside the laptop's group")
MASTER_DATA = QT_TRANSLATE_NOOP("Errors", "is master data kept by the office")
UNKNOWN = QT_TRANSLATE_NOOP("Errors", "does not exist at the office")
NO_UNIT = QT_TRANSLATE_NOOP("Errors", "belongs to no unit")
MISSING: Any = object()


# What a batch of entries says of its records: (table, id) -> link field -> the values the
# entries give it; records of tables a return package may not change map to None.
Links = dict[tuple[str, str], dict[str, set[Any]] | None]


def incoming_links(entries: Iterable[Entry]) -> Links:
    """The records the entries change and the links they set. Needs no database, so a
    worker process can find them while it reads the changes."""
    links: Links = {}
    for entry in entries:
        key = (entry.table, entry.row_id)
        found = links.get(key, MISSING)
        if found is MISSING:
            found = links[key] = {} if entry.table in RETURN_TABLES else None
        if found is not None and entry.field in LINK_FIELDS:
            value = value_of(entry, field_types(entry.table)[entry.field])
            found.setdefault(entry.field, set()).add(value)
    return links


def unauthorised(
    session: Session, links: Links, allowed_units: set[str]
) -> dict[tuple[str, str], str]:
    """The records (table, id) of ``links`` (``incoming_links`` of the entries) that the
    sender may not change, each with the reason; every other record belongs to an allowed
    unit.

    Links are checked both as the office holds them and as the package sets them, so a
    record can neither be changed nor moved across groups.
    """
    refused: dict[tuple[str, str], str] = {}
    rows = {key: found for key, found in links.items() if found is not None}
    resolver = _UnitResolver(session, rows)
    for key, found in links.items():
        if found is None:
            refused[key] = MASTER_DATA
            continue
        units = resolver.units_of(*key)
        if any(v for v in found.get("approval_id", ())):
            refused[key] = MASTER_DATA
        elif units is None:
            refused[key] = UNKNOWN
        elif not units and key[0] != "suggestion":
            refused[key] = NO_UNIT
        elif not units <= allowed_units:
            refused[key] = NOT_IN_GROUP
    return refused


class _UnitResolver:
    """The units a record belongs to, from the office's copy and the package's links.

    The office's links are loaded up front, table by table with ``IN (...)`` chunks, one
    level of references at a time, so resolving costs a few queries instead of one a row.
    """

    def __init__(self, session: Session, rows: dict[tuple[str, str], dict[str, set[Any]]]):
        self.session = session
        self.rows = rows
        self.cache: dict[tuple[str, str], set[str] | None] = {}
        self.stored: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._prefetch(set(rows))

    def _prefetch(self, keys: set[tuple[str, str]]) -> None:
        connection = self.session.connection()
        for _depth in range(6):  # units_of follows at most 5 levels of links
            wanted: dict[str, list[str]] = defaultdict(list)
            for table, row_id in keys:
                if table != "unit" and (table, row_id) not in self.stored:
                    wanted[table].append(row_id)
            if not wanted:
                return
            keys = set()
            for table, ids in wanted.items():
                core: Table = SYNCED_MODELS[table].__table__  # type: ignore[attr-defined]
                names = self._link_names(table)
                cols = [core.c[n] for n in names]
                query = select(core.c.id, *cols).where(core.c.id.in_(IDS))
                for part in chunked(sorted(ids)):
                    for row in connection.execute(query, {"ids": part}).all():
                        self.stored[(table, row[0])] = dict(zip(names, row[1:], strict=True))
                for row_id in ids:
                    keys.update(self._targets(table, row_id))

    def _targets(self, table: str, row_id: str) -> list[tuple[str, str]]:
        """The records a record refers to, as the office holds it and as the package sets
        it (None-free)."""
        links = self.stored.setdefault((table, row_id), None)
        incoming = self.rows.get((table, row_id))
        targets = []
        for name in RETURN_TABLES.get(table, ()):
            target = LINK_TABLES[name]
            if links is not None and links.get(name):
                targets.append((target, links[name]))
            if incoming is not None:
                targets.extend((target, v) for v in incoming.get(name, ()) if v)
        return targets

    @staticmethod
    def _link_names(table: str) -> list[str]:
        model: Any = SYNCED_MODELS[table]
        return [n for n in RETURN_TABLES.get(table, ()) if hasattr(model, n)]

    def _stored_links(self, table: str, row_id: str) -> dict[str, Any] | None:
        key = (table, row_id)
        if key in self.stored:
            return self.stored[key]
        model: Any = SYNCED_MODELS[table]
        names = self._link_names(table)
        cols = [getattr(model, n) for n in names]
        row = self.session.execute(select(*cols).where(and_(model.id == row_id))).first()
        self.stored[key] = None if row is None else dict(zip(names, row, strict=True))
        return self.stored[key]

    def units_of(self, table: str, row_id: str, depth: int = 0) -> set[str] | None:
        key = (table, row_id)
        found = self.cache.get(key, MISSING)
        if found is not MISSING:
            return found
        if table == "unit":
            return {row_id}
        if depth > 4:
            return None
        self.cache[key] = set()  # guards against cycles
        stored = self._stored_links(table, row_id)
        if stored is None and key not in self.rows:
            self.cache[key] = None
            return None
        # a new record must name its links (a suggestion may stand alone)
        if stored is None and not any(self.rows[key].values()) and table != "suggestion":
            self.cache[key] = None
            return None
        targets = set(self._targets(table, row_id))
        units: set[str] | None = set()
        for target in targets:
            found = self.units_of(*target, depth + 1)
            if found is None:
                units = None
                break
            # one link (the usual case): share the target's set; several: a set of its own
            units = found if len(targets) == 1 else units | found  # type: ignore[operator]
        self.cache[key] = units
        return units
