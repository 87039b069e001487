"""The matter approval ledger (事项审批台账): application → research → decision → implemented.

A phase is closed (and the matter moves to the next one) only when every field of that
phase is filled; the message names the empty fields. Attachments are evidence records
with ``approval_id``. Import and export ``.xlsx`` in the ledger layout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import (
    AccountabilityRecord,
    ApprovalMatter,
    BlacklistEntry,
    EstablishmentSnapshot,
    Evidence,
    Problem,
    Unit,
    UnitWarning,
)
from ..model.approval import FIGURE_CHANGES, LEADER_POSTS_TOTAL, change_field
from ..model.natural import natural_id
from ..model.unit import LEADER_POST_COLUMNS
from ..model.vocab import APPROVAL_PHASES, ESTABLISHMENT_KIND_NAMES
from . import users
from .archive import SNAPSHOT_FIGURES
from .controls import check_matter
from .ledger_columns import APPROVALS
from .records import add_for_unit, attach_to_record, update_fields

#: The header group of each phase's columns in the ledger's declaration.
PHASE_GROUPS = {"application": "Application", "research": "Research", "decision": "Decision"}
#: Filled only when the research is done in the field.
FIELD_RESEARCH_ONLY = ("research_team",)
APPROVAL_FIELDS = APPROVALS.editable_fields()
#: The fields that must be filled before each phase can be closed.
PHASE_FIELDS = {
    phase: tuple(
        c.key
        for c in APPROVALS.detail()
        if c.group == group and c.kind != "bool" and c.key not in FIELD_RESEARCH_ONLY
    )
    for phase, group in PHASE_GROUPS.items()
}


@dataclass
class ApprovalRow:
    id: str
    unit_id: str
    unit_name: str
    title: str
    phase: str
    applied_on: date | None
    document_number: str


def _get(session, matter_id: str) -> ApprovalMatter:
    matter = session.get(ApprovalMatter, matter_id)
    if matter is None or matter.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Approval matter {id} does not exist."), id=matter_id
        )
    return matter


def _check(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(APPROVAL_FIELDS) - {"unit_id"}
    if unknown:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "These approval fields cannot be set here: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    if "title" in fields and not str(fields["title"] or "").strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "An approval matter needs a title."))


def add_matter(database: Database, unit_id: str, title: str, **fields: Any) -> str:
    """Add a matter to the ledger; the management-control rules may hold it at once."""
    _check({"title": title, **fields})
    matter_id = add_for_unit(
        database,
        unit_id,
        lambda: ApprovalMatter(unit_id=unit_id, title=title, phase="application", **fields),
        QT_TRANSLATE_NOOP("Errors", "Unit {id} does not exist."),
        id=unit_id,
    )
    check_matter(database, matter_id)
    return matter_id


def update_matter(
    database: Database, matter_id: str, expected_version: int | None = None, **fields: Any
) -> int | None:
    """Save edited fields of a matter; refused when it moved on from ``expected_version``
    meanwhile. Returns the new version."""
    _check(fields)
    return update_fields(database, _get, matter_id, fields, expected_version)


def remove_matter(database: Database, matter_id: str) -> None:
    """Take a matter off the ledger (a tombstone; its attachments stay with it)."""
    with database.session() as s:
        _get(s, matter_id).deleted = True


def missing_fields(matter: ApprovalMatter, phase: str | None = None) -> list[str]:
    """The empty fields of ``phase`` (default: the matter's current phase)."""
    phase = phase or matter.phase
    names = list(PHASE_FIELDS.get(phase, ()))
    if phase == "research" and matter.field_research:
        names.extend(FIELD_RESEARCH_ONLY)
    return [
        n
        for n in names
        if getattr(matter, n) in (None, "")
        or (isinstance(getattr(matter, n), str) and not getattr(matter, n).strip())
    ]


def close_phase(database: Database, matter_id: str) -> str:
    """Close the current phase if its fields are filled and no management-control hold
    stops it (a rule that applies now holds it first); returns the new phase."""
    held = check_matter(database, matter_id)
    with database.session() as s:
        matter = _get(s, matter_id)
        if matter.phase not in PHASE_FIELDS:
            raise DudaoError(QT_TRANSLATE_NOOP("Errors", "This matter is already implemented."))
        if held:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This matter is held by management control; an office leader must "
                    "record an override with a reason before it can move on.",
                )
            )
        missing = missing_fields(matter)
        if missing:
            from .. import i18n

            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The {phase} phase cannot be closed: fill in {fields} first."
                ),
                phase=matter.phase,
                fields=", ".join(
                    i18n.translate("Ledgers", APPROVALS.column(m).label) for m in missing
                ),
            )
        matter.phase = APPROVAL_PHASES[APPROVAL_PHASES.index(matter.phase) + 1]
        return matter.phase


def attach_file(database: Database, matter_id: str, path: Path, caption: str = "") -> str:
    """Store a file in the evidence store as an attachment of the matter."""
    return attach_to_record(database, _get, matter_id, "approval_id", path, caption)


def remove_attachment(database: Database, matter_id: str, evidence_id: str) -> None:
    """Remove one attachment of a matter: a tombstone on its evidence record (the file stays
    in the evidence store until the office purges unreferenced files)."""
    with database.session() as s:
        _get(s, matter_id)
        evidence = s.get(Evidence, evidence_id)
        if evidence is None or evidence.deleted or evidence.approval_id != matter_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Attachment {id} is not attached to this matter."),
                id=evidence_id,
            )
        evidence.deleted = True


def attachments(database: Database, matter_id: str) -> list[tuple[str, str, str]]:
    """(evidence id, caption, original file name) of a matter's attachments."""
    with database.Session() as s:
        rows = s.execute(
            select(Evidence.id, Evidence.caption, Evidence.original_name).where(
                Evidence.approval_id == matter_id, Evidence.deleted.is_(False)
            )
        )
        return [tuple(r) for r in rows]


def get_matter(database: Database, matter_id: str) -> dict[str, Any]:
    with database.Session() as s:
        matter = _get(s, matter_id)
        unit = s.get(Unit, matter.unit_id)
        return {
            "id": matter.id,
            "unit_id": matter.unit_id,
            "phase": matter.phase,
            "version": matter.version,
            "unit_name": unit.name if unit else "",
            **{c.key: getattr(matter, c.key) for c in APPROVALS.imported() if c.kind != "unit"},
        }


def missing_in(values: dict[str, Any], phase: str | None = None) -> list[str]:
    """:func:`missing_fields` for a :func:`get_matter` dict (the editor's view)."""
    from types import SimpleNamespace

    return missing_fields(SimpleNamespace(**values), phase)  # type: ignore[arg-type]


def list_matters(
    database: Database, phase: str | None = None, search: str = "", unit_id: str | None = None
) -> list[ApprovalRow]:
    query = (
        select(ApprovalMatter, Unit.name)
        .join(Unit, Unit.id == ApprovalMatter.unit_id)
        .where(ApprovalMatter.deleted.is_(False))
        .order_by(ApprovalMatter.applied_on.desc(), Unit.name)
    )
    if phase:
        query = query.where(ApprovalMatter.phase == phase)
    if unit_id:
        query = query.where(ApprovalMatter.unit_id == unit_id)
    if search.strip():
        query = query.where(
            ApprovalMatter.title.contains(search.strip(), autoescape=True)
            | Unit.name.contains(search.strip(), autoescape=True)
        )
    with database.Session() as s:
        return [
            ApprovalRow(m.id, m.unit_id, name, m.title, m.phase, m.applied_on, m.document_number)
            for m, name in s.execute(query)
        ]


#: How the archive names each approved change (official documents are Chinese).
CHANGE_NAMES = {
    **{kind: names[0] for kind, names in ESTABLISHMENT_KIND_NAMES.items()},
    "principal": "正职领导职数",
    "deputy": "副职领导职数",
    "posts": "领导职数",
    "internal_bodies": "内设机构",
    "internal_leader_posts": "内设机构领导职数",
}
APPLY_DECISION = QT_TRANSLATE_NOOP("Errors", "confirm an approval decision")


def apply_decision(database: Database, matter_id: str) -> str:
    """Confirm an approved decision: the unit's approved figures change by the approved
    amounts, and the archive keeps the change as a snapshot dated by the reply and named by
    its document number. Done once; returns the snapshot's source text."""
    users.require_role(database, ("office_leader", "clerk"), APPLY_DECISION)
    with database.session() as s:
        matter = _get(s, matter_id)
        if matter.applied_to_unit_on is not None:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This decision was already applied to the unit on {date}."
                ),
                date=matter.applied_to_unit_on.isoformat(),
            )
        if matter.outcome != "approved" or not matter.reply_number.strip() or not matter.reply_on:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only an approved decision with its reply document number and date changes "
                    "the unit's figures: fill in the outcome, the reply number and the date.",
                )
            )
        unit = s.get(Unit, matter.unit_id)
        changes = _apply_changes(matter, unit)
        source = (
            f"批复 {matter.reply_number}（{matter.reply_on.isoformat()}）：{'，'.join(changes)}"
        )
        _snapshot(s, unit, matter.reply_on.strftime("%Y-%m"), source)
        matter.applied_to_unit_on = matter.reply_on
        return source


def approved_deltas(values: Mapping[str, Any] | ApprovalMatter) -> dict[str, int]:
    """The approved change of each kind (FIGURE_CHANGES) of a matter or its field values."""
    get = values.get if isinstance(values, Mapping) else lambda key: getattr(values, key)
    return {kind: int(get(change_field("approved", kind)) or 0) for kind in FIGURE_CHANGES}


def change_texts(values: Mapping[str, Any] | ApprovalMatter) -> list[str]:
    """The approved changes as the archive names them: 参公事业编制核增2, 副职领导职数核减1, …"""
    return [
        f"{CHANGE_NAMES[kind]}{'核增' if delta > 0 else '核减'}{abs(delta)}"
        for kind, delta in approved_deltas(values).items()
        if delta
    ]


def _apply_changes(matter: ApprovalMatter, unit: Unit) -> list[str]:
    """Change the unit's approved figures by the matter's approved changes of every kind
    (正职 and 副职 move the unit's leader-post total with them); the changes as the archive
    names them. Refused, changing nothing, when a figure would fall below zero or nothing
    changes."""
    deltas = approved_deltas(matter)
    new: dict[str, int] = {}
    for kind, delta in deltas.items():
        if delta:
            figure = FIGURE_CHANGES[kind]
            new[figure] = new.get(figure, getattr(unit, figure) or 0) + delta
    split = sum(deltas[post] for post in LEADER_POST_COLUMNS)
    if split:
        new[LEADER_POSTS_TOTAL] = new.get(LEADER_POSTS_TOTAL, unit.leader_posts_approved) + split
    if not new:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The decision approves no change of establishment or posts."
            )
        )
    for figure, value in new.items():
        if value < 0:
            kind = next(k for k, f in FIGURE_CHANGES.items() if f == figure)
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{unit} would have {value} {kind} after this decision; check the "
                    "approved change.",
                ),
                unit=unit.name,
                value=value,
                kind=CHANGE_NAMES[kind],
            )
    for figure, value in new.items():
        setattr(unit, figure, value)
    return change_texts(matter)


#: The longest source an establishment snapshot keeps.
SOURCE_LENGTH = EstablishmentSnapshot.__table__.c.source.type.length


def _snapshot(session, unit: Unit, month: str, source: str) -> None:
    """Keep the unit's figures after a decision as its snapshot of ``month``. A unit has one
    snapshot per month: one already taken that month (a reconciliation, another decision)
    takes the new figures and adds this decision to its source."""
    snapshot = session.get(
        EstablishmentSnapshot,
        natural_id("establishment_snapshot", {"unit_id": unit.id, "month": month}),
    )
    if snapshot is None:
        snapshot = EstablishmentSnapshot(unit_id=unit.id, month=month)
        session.add(snapshot)
    elif not snapshot.deleted and snapshot.source:
        joined = f"{snapshot.source}；{source}"
        source = joined if len(joined) <= SOURCE_LENGTH else source
    snapshot.deleted = False
    for name in SNAPSHOT_FIGURES:
        setattr(snapshot, name, getattr(unit, name))
    snapshot.internal_institutions = unit.internal_institutions
    snapshot.figures_by_kind = unit.figures_by_kind()
    snapshot.source = source[:SOURCE_LENGTH]


@dataclass
class UnitStanding:
    """What the office should see beside a unit's matter: its open problems, open warnings,
    blacklist listing and open accountability."""

    open_problems: int
    open_warnings: int
    blacklisted: bool
    open_accountability: int


def unit_standing(database: Database, unit_id: str) -> UnitStanding:
    from .problem_query import OPEN_STATUSES

    with database.Session() as s:
        problems = s.scalar(
            select(func.count()).where(
                Problem.unit_id == unit_id,
                Problem.deleted.is_(False),
                Problem.status.in_(OPEN_STATUSES),
            )
        )
        warnings = s.scalar(
            select(func.count()).where(
                UnitWarning.unit_id == unit_id,
                UnitWarning.deleted.is_(False),
                UnitWarning.cleared_on.is_(None),
            )
        )
        listed = s.scalar(
            select(func.count()).where(
                BlacklistEntry.unit_id == unit_id,
                BlacklistEntry.deleted.is_(False),
                BlacklistEntry.removed_on.is_(None),
            )
        )
        accountability = s.scalar(
            select(func.count()).where(
                AccountabilityRecord.unit_id == unit_id,
                AccountabilityRecord.deleted.is_(False),
                AccountabilityRecord.kind == "accountability",
                AccountabilityRecord.concluded_on.is_(None),
            )
        )
    return UnitStanding(
        int(problems or 0), int(warnings or 0), bool(listed), int(accountability or 0)
    )
