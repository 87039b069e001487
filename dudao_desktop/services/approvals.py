"""The matter approval ledger (事项审批台账): application → research → decision → implemented.

A phase is closed (and the matter moves to the next one) only when every field of that
phase is filled; the message names the empty fields. Attachments are evidence records
with ``approval_id``. Import and export ``.xlsx`` in the ledger layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding, NotFoundError
from ..model import ApprovalMatter, Evidence, Unit
from ..model.vocab import APPROVAL_PHASES
from .controls import check_matter
from .ledger_import import as_date, finding_at, label_lookup, refuse_if_findings, unit_lookup
from .records import add_for_unit, attach_to_record, update_fields

APPLICATION = ("applied_on", "reason", "superior_documents", "elsewhere", "preliminary_plan")
RESEARCH = (
    "current_institutions",
    "staffing",
    "leader_posts",
    "policy_basis",
    "needs",
    "supporting_measures",
    "expected_effect",
    "follow_up_management",
)
DECISION = ("meeting_on", "preliminary_opinion", "decision", "document_number", "implementation")
FOLLOW_UP = ("follow_up_indicators", "follow_up_result")
PHASE_FIELDS = {"application": APPLICATION, "research": RESEARCH, "decision": DECISION}
APPROVAL_FIELDS = (
    "title",
    *APPLICATION,
    *RESEARCH,
    "field_research",
    "research_team",
    *DECISION,
    *FOLLOW_UP,
)
DATE_FIELDS = ("applied_on", "meeting_on")
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Ledgers", "Matter"),
    "applied_on": QT_TRANSLATE_NOOP("Ledgers", "Applied on"),
    "reason": QT_TRANSLATE_NOOP("Ledgers", "Reason"),
    "superior_documents": QT_TRANSLATE_NOOP("Ledgers", "Superior documents"),
    "elsewhere": QT_TRANSLATE_NOOP("Ledgers", "Situation elsewhere"),
    "preliminary_plan": QT_TRANSLATE_NOOP("Ledgers", "Preliminary plan"),
    "current_institutions": QT_TRANSLATE_NOOP("Ledgers", "Current institutions"),
    "staffing": QT_TRANSLATE_NOOP("Ledgers", "Staffing"),
    "leader_posts": QT_TRANSLATE_NOOP("Ledgers", "Leader posts"),
    "policy_basis": QT_TRANSLATE_NOOP("Ledgers", "Policy basis"),
    "needs": QT_TRANSLATE_NOOP("Ledgers", "Needs"),
    "supporting_measures": QT_TRANSLATE_NOOP("Ledgers", "Supporting measures"),
    "expected_effect": QT_TRANSLATE_NOOP("Ledgers", "Expected effect"),
    "follow_up_management": QT_TRANSLATE_NOOP("Ledgers", "Follow-up management"),
    "field_research": QT_TRANSLATE_NOOP("Ledgers", "Field research"),
    "research_team": QT_TRANSLATE_NOOP("Ledgers", "Research team"),
    "meeting_on": QT_TRANSLATE_NOOP("Ledgers", "Office meeting date"),
    "preliminary_opinion": QT_TRANSLATE_NOOP("Ledgers", "Preliminary opinion"),
    "decision": QT_TRANSLATE_NOOP("Ledgers", "Decision"),
    "document_number": QT_TRANSLATE_NOOP("Ledgers", "Document number"),
    "implementation": QT_TRANSLATE_NOOP("Ledgers", "Implementation"),
    "follow_up_indicators": QT_TRANSLATE_NOOP("Ledgers", "Follow-up indicators"),
    "follow_up_result": QT_TRANSLATE_NOOP("Ledgers", "Follow-up result"),
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


def update_matter(database: Database, matter_id: str, **fields: Any) -> None:
    _check(fields)
    update_fields(database, _get, matter_id, fields)


def remove_matter(database: Database, matter_id: str) -> None:
    """Take a matter off the ledger (a tombstone; its attachments stay with it)."""
    with database.session() as s:
        _get(s, matter_id).deleted = True


def missing_fields(matter: ApprovalMatter, phase: str | None = None) -> list[str]:
    """The empty fields of ``phase`` (default: the matter's current phase)."""
    phase = phase or matter.phase
    names = list(PHASE_FIELDS.get(phase, ()))
    if phase == "research" and matter.field_research:
        names.append("research_team")
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
                fields=", ".join(i18n.translate("Ledgers", FIELD_LABELS[m]) for m in missing),
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
            "unit_name": unit.name if unit else "",
            **{n: getattr(matter, n) for n in APPROVAL_FIELDS},
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


def import_matters(database: Database, path: Path, dry_run: bool = False) -> int:
    """Import approval matters from a ledger workbook; every row is validated first and
    any finding refuses the whole file. Returns the number of matters (to be) added."""
    from ..documents.ledgers import column_names
    from ..documents.sheet_reader import Field, read_sheet
    from .ledger_export import PHASE_LABELS

    names = column_names("approvals")
    fields = [
        Field(key, names[key], required=key in ("unit", "title"))
        for key in ("unit", "phase", *APPROVAL_FIELDS)
    ]
    sheet = read_sheet(Path(path), fields=fields)
    findings: list[Finding] = []
    records: list[dict[str, Any]] = []
    units = unit_lookup(database)
    phases = label_lookup(PHASE_LABELS)
    for number, record in sheet.records():
        unit_id = units.get(str(record.get("unit") or "").strip())
        if unit_id is None:
            findings.append(
                finding_at(
                    sheet,
                    number,
                    "unit",
                    QT_TRANSLATE_NOOP("Errors", "Unit '{value}' is not on the roster."),
                    {"value": record.get("unit") or ""},
                )
            )
        values: dict[str, Any] = {"unit_id": unit_id}
        for key in APPROVAL_FIELDS:
            value = record.get(key)
            if key in DATE_FIELDS:
                try:
                    value = as_date(value)
                except ValueError:
                    findings.append(
                        finding_at(
                            sheet,
                            number,
                            key,
                            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date (YYYY-MM-DD)."),
                            {"value": value},
                        )
                    )
                    continue
            elif key == "field_research":
                value = bool(value) and str(value).strip().lower() not in ("否", "no", "0")
            else:
                value = "" if value is None else str(value)
            values[key] = value
        if not values.get("title"):
            findings.append(
                finding_at(
                    sheet,
                    number,
                    "title",
                    QT_TRANSLATE_NOOP("Errors", "The matter title is empty."),
                    {},
                )
            )
        phase = phases.get(str(record.get("phase") or "").strip().casefold(), "application")
        values["phase"] = phase
        records.append(values)
    refuse_if_findings(sheet.file, findings)
    if not dry_run:
        with database.session() as s:
            s.add_all(ApprovalMatter(**values) for values in records)
    return len(records)
