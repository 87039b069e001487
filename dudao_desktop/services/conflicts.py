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
from ..model import Conflict, PeerKey
from ..sync.entries import Entry, entries_of_rows, field_types
from ..sync.merge import apply_entries

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
