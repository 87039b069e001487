"""The one write path: every flush of a synced record appends to the change log.

Services simply add and modify ORM objects; a ``before_flush`` hook stamps them with the
hybrid logical clock and records every inserted or changed field (table, row, field, JSON
value, HLC, origin, the HLC it replaced) in the same transaction. Deletion of a synced
record is refused: set ``deleted = True`` (a tombstone) instead.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, event, func, insert, inspect, select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ChangeLog, Synced, new_id
from ..model.natural import NATURAL_KEYS, natural_id
from .concurrency import lock_for_writing

# Set in ``session.info`` by the package importer, which writes remote stamps itself.
APPLYING_REMOTE = "applying_remote"
PENDING = "pending_change_log"


def encode(value: Any) -> str:
    if isinstance(value, datetime | date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def decode(column_type: Any, text: str) -> Any:
    return from_json(column_type, json.loads(text))


def from_json(column_type: Any, value: Any) -> Any:
    """A column's value from its decoded JSON form (dates travel as ISO text)."""
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Boolean):
        return bool(value)
    return value


def synced_fields(obj_or_cls: Any) -> list[str]:
    """The data columns of a synced record, in table order, without the stamps."""
    mapper = inspect(obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls))
    return [c.key for c in mapper.column_attrs if c.key not in Synced.STAMP_FIELDS]


def field_stamp(session: Session, table: str, row_id: str, field: str) -> str:
    """The HLC of a field's current value ("" when it was never written)."""
    query = select(func.max(ChangeLog.hlc)).where(
        ChangeLog.table_name == table, ChangeLog.row_id == row_id, ChangeLog.field == field
    )
    return session.execute(query).scalar() or ""


def record_id(obj: Synced) -> str:
    """A new record's id: the UUIDv5 of its natural key where it has one, else random."""
    table = obj.__tablename__  # type: ignore[attr-defined]
    key = NATURAL_KEYS.get(table)
    if key is None:
        return new_id()
    values = {name: getattr(obj, name) for name in key}
    if any(v is None or v == "" for v in values.values()):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "A {table} record needs {fields} before it is saved."),
            table=table,
            fields=", ".join(key),
        )
    return natural_id(table, values)


class TombstoneRequired(DudaoError):
    pass


def _record(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    database = session.info.get("database")
    if database is None:  # a bare session (migrations, maintenance) records nothing
        return
    if session.new or session.dirty:
        lock_for_writing(session)  # before stamping: the clock must see the newest stamp
    clock, origin, user = database.clock, database.installation_id, database.user_name
    pending = session.info.setdefault(PENDING, [])
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            raise TombstoneRequired(
                f"{type(obj).__name__} records are never deleted; mark them removed instead."
            )
    for obj in list(session.new):
        if not isinstance(obj, Synced):
            continue
        stamp = clock.now()
        if not obj.id:
            obj.id = record_id(obj)
        obj.created_hlc = obj.updated_hlc = stamp
        obj.origin = origin
        for name in synced_fields(obj):
            value = getattr(obj, name)
            if value is None:
                column = inspect(type(obj)).columns[name]
                if column.default is not None and not callable(column.default.arg):
                    value = column.default.arg
                    setattr(obj, name, value)
            pending.append(_entry(obj, name, value, stamp, origin, "", user))
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changed = [name for name in synced_fields(obj) if state.attrs[name].history.has_changes()]
        if not changed:
            continue
        stamp = clock.now()
        obj.updated_hlc = stamp
        obj.origin = origin
        table = obj.__tablename__  # type: ignore[attr-defined]
        for name in changed:
            base = field_stamp(session, table, obj.id, name)
            pending.append(_entry(obj, name, getattr(obj, name), stamp, origin, base, user))


def _entry(obj: Any, field: str, value: Any, stamp: str, origin: str, base: str, user: str):
    return {
        "table_name": obj.__tablename__,
        "row_id": obj.id,
        "field": field,
        "value": encode(value),
        "hlc": stamp,
        "origin": origin,
        "base_hlc": base,
        "user_name": user,
    }


def _write_log(session: Session, flush_context: Any) -> None:
    # One multi-row INSERT per flush, in the flush's transaction: much cheaper than ORM rows.
    pending = session.info.pop(PENDING, None)
    if pending:
        session.connection().execute(insert(ChangeLog), pending)


def install(session_class: type[Session]) -> None:
    """Attach the recorder to a sessionmaker's session class."""
    event.listen(session_class, "before_flush", _record)
    event.listen(session_class, "after_flush", _write_log)
    event.listen(session_class, "after_soft_rollback", _forget_pending)


def _forget_pending(session: Session, previous_transaction: Any) -> None:
    session.info.pop(PENDING, None)
