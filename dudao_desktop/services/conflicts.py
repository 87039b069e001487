"""The conflict list: concurrent values that lost the merge, and resolving them.

Resolving writes the chosen value as a change based on every competing value, so the
resolution travels in packages like any other edit and settles the field everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, select, update

from ..db.changes import decode, encode
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Conflict, Enrolment, PeerKey
from ..sync.entries import Entry, entries_of_rows, field_types
from ..sync.merge import apply_entries
from .ledger_columns import CONTEXT, ledger_of_table

CHOICES = ("winner", "loser", "merged")


@dataclass
class ConflictRow:
    id: int
    table: str
    row_id: str
    field: str
    winner_value: Any
    winner_origin: str
    winner_at: str
    loser_value: Any
    loser_origin: str
    loser_at: str
    resolved: bool
    resolution: str


def _when(hlc: str) -> str:
    try:
        wall = int(hlc.split(".", 1)[0])
    except ValueError:
        return ""
    return datetime.fromtimestamp(wall / 1000).isoformat(sep=" ", timespec="seconds")


def list_conflicts(database: Database, include_resolved: bool = False) -> list[ConflictRow]:
    with database.Session() as s:
        names = {p.installation_id: p.display_name for p in s.execute(select(PeerKey)).scalars()}
        names.update({e.laptop_id: e.laptop_name for e in s.execute(select(Enrolment)).scalars()})
        query = select(Conflict).order_by(Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved_at.is_(None))
        rows = list(s.execute(query).scalars())
    me = database.installation_id
    return [
        ConflictRow(
            c.id,
            c.table_name,
            c.row_id,
            c.field,
            json.loads(c.winner_value),
            names.get(
                c.winner_origin, "this installation" if c.winner_origin == me else c.winner_origin
            ),
            _when(c.winner_hlc),
            json.loads(c.loser_value),
            names.get(
                c.loser_origin, "this installation" if c.loser_origin == me else c.loser_origin
            ),
            _when(c.loser_hlc),
            c.resolved_at is not None,
            c.resolution,
        )
        for c in rows
    ]


def _coerce(column_type: Any, text: str) -> Any:
    try:
        if isinstance(column_type, Boolean):
            return text.strip().lower() in ("1", "true", "yes", "y")
        if isinstance(column_type, Integer):
            return int(text)
        if isinstance(column_type, DateTime):
            return datetime.fromisoformat(text)
        if isinstance(column_type, Date):
            return date.fromisoformat(text)
    except ValueError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a valid value for this field."),
            value=text,
        ) from error
    return text


def resolve_conflict(
    database: Database, conflict_id: int, choice: str, merged: str | None = None
) -> None:
    """Keep the shown value (``winner``), the other one (``loser``) or a ``merged`` text."""
    if choice not in CHOICES:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), choices=", ".join(CHOICES)
        )
    now = datetime.now()
    with database.session() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no conflict number {id}."), id=conflict_id
            )
        if conflict.resolved_at is not None:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "Conflict {id} was already resolved."), id=conflict_id
            )
        table, row_id, name = conflict.table_name, conflict.row_id, conflict.field
        entries = [e for e in entries_of_rows(s, table, [row_id]) if e.field == name]
        bases = {e.base for e in entries}
        heads = sorted((e for e in entries if e.hlc not in bases), key=lambda e: e.hlc)
        current = max(entries, key=lambda e: e.hlc)
        if choice == "winner":
            value = current.value
        elif choice == "loser":
            value = conflict.loser_value
        else:
            if merged is None:
                raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the merged value."))
            column_type = field_types(table)[name]
            value = encode(_coerce(column_type, merged))
            decode(column_type, value)
        new = [
            Entry(
                table,
                row_id,
                name,
                value,
                database.clock.now(),
                database.installation_id,
                head.hlc,
                database.user_name,
            )
            for head in heads
        ]
        s.execute(
            update(Conflict)
            .where(
                Conflict.table_name == table,
                Conflict.row_id == row_id,
                Conflict.field == name,
                Conflict.resolved_at.is_(None),
            )
            .values(resolved_at=now, resolution=choice)
        )
        apply_entries(s, new, now)


# Human labels for the conflicts view -------------------------------------------------------------
TABLE_LABELS = {
    "answer": QT_TRANSLATE_NOOP("SyncLabels", "Checklist answer"),
    "problem": QT_TRANSLATE_NOOP("SyncLabels", "Problem"),
    "unit": QT_TRANSLATE_NOOP("SyncLabels", "Unit"),
    "inspection": QT_TRANSLATE_NOOP("SyncLabels", "Inspection"),
    "evidence": QT_TRANSLATE_NOOP("SyncLabels", "Evidence"),
    "interview": QT_TRANSLATE_NOOP("SyncLabels", "Interview"),
    "suggestion": QT_TRANSLATE_NOOP("SyncLabels", "Suggestion"),
}

#: Labels of the fields outside the declared ledgers (theirs come from the declaration).
FIELD_LABELS = {
    "self_value": QT_TRANSLATE_NOOP("SyncLabels", "Self-assessment answer"),
    "verified_value": QT_TRANSLATE_NOOP("SyncLabels", "Verified answer"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "Note"),
    "grade": QT_TRANSLATE_NOOP("SyncLabels", "Grade"),
    "grade_note": QT_TRANSLATE_NOOP("SyncLabels", "Grade note"),
    "step": QT_TRANSLATE_NOOP("SyncLabels", "Step"),
    "visited_on": QT_TRANSLATE_NOOP("SyncLabels", "Visit date"),
    "caption": QT_TRANSLATE_NOOP("SyncLabels", "Caption"),
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "address": QT_TRANSLATE_NOOP("SyncLabels", "Address"),
    "head": QT_TRANSLATE_NOOP("SyncLabels", "Head"),
    "actual_staff": QT_TRANSLATE_NOOP("SyncLabels", "Actual staff"),
    "text": QT_TRANSLATE_NOOP("SyncLabels", "Text"),
    "response": QT_TRANSLATE_NOOP("SyncLabels", "Response"),
    "topics": QT_TRANSLATE_NOOP("SyncLabels", "Topics"),
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "Removed"),
}


@dataclass
class ConflictLabel:
    """What a conflict is about, for people: the unit, the record and the field.

    ``table_label`` is an English source string of the "SyncLabels" context and
    ``field_label`` one of ``field_context`` (translate them for display); unknown ones fall
    back to the raw names."""

    unit_name: str
    record: str
    table_label: str
    field_label: str
    field_context: str = "SyncLabels"


def field_label(table: str, name: str) -> tuple[str, str]:
    """(English label, translation context) of a synced field: a ledger's declared column
    shown in the conflicts view, else the fixed labels above, else the raw name."""
    book = ledger_of_table(table)
    if book is not None:
        column = next((c for c in book.columns if c.key == name and c.conflicts), None)
        if column is not None:
            return column.label, CONTEXT
    return FIELD_LABELS.get(name, name), "SyncLabels"


def conflict_labels(database: Database, rows: list[ConflictRow]) -> dict[int, ConflictLabel]:
    """A human label for each conflict: unit name, checklist item (if any), field label."""
    from ..model import SYNCED_MODELS, ChecklistItem, Inspection, Unit

    result: dict[int, ConflictLabel] = {}
    with database.Session() as s:
        for row in rows:
            model = SYNCED_MODELS.get(row.table)
            record = s.get(model, row.row_id) if model is not None else None
            unit_id = None
            detail = ""
            if record is not None:
                if row.table == "unit":
                    unit_id = record.id
                unit_id = unit_id or getattr(record, "unit_id", None)
                inspection_id = getattr(record, "inspection_id", None)
                if unit_id is None and inspection_id:
                    inspection = s.get(Inspection, inspection_id)
                    unit_id = inspection.unit_id if inspection is not None else None
                item_id = getattr(record, "item_id", None)
                item = s.get(ChecklistItem, item_id) if item_id else None
                if item is not None:
                    text = item.text if len(item.text) <= 40 else item.text[:39] + "…"
                    detail = f"{item.code} {text}"
            unit = s.get(Unit, unit_id) if unit_id else None
            result[row.id] = ConflictLabel(
                unit.name if unit is not None else "",
                detail,
                TABLE_LABELS.get(row.table, row.table),
                *field_label(row.table, row.field),
            )
    return result
