"""Change-log entries as they travel in ``changes.jsonl``: one JSON object per line."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Date, DateTime, inspect, select, tuple_
from sqlalchemy.orm import Session

from ..db.changes import decode, synced_fields
from ..model import SYNCED_MODELS, ChangeLog
from ..model.base import HLC_LENGTH
from .container import damaged


class Entry(NamedTuple):
    """One change-log entry (immutable; a named tuple because merges make tens of thousands)."""

    table: str
    row_id: str
    field: str
    value: str  # JSON text, exactly as in change_log
    hlc: str
    origin: str
    base: str
    user: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "t": self.table,
                "r": self.row_id,
                "f": self.field,
                "v": self.value,
                "h": self.hlc,
                "o": self.origin,
                "b": self.base,
                "u": self.user,
            },
            ensure_ascii=False,
        )

    def as_row(self) -> dict[str, Any]:
        return {
            "table_name": self.table,
            "row_id": self.row_id,
            "field": self.field,
            "value": self.value,
            "hlc": self.hlc,
            "origin": self.origin,
            "base_hlc": self.base,
            "user_name": self.user,
        }


def from_row(row: Any) -> Entry:
    return Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] or "")


ENTRY_COLUMNS = (
    ChangeLog.table_name,
    ChangeLog.row_id,
    ChangeLog.field,
    ChangeLog.value,
    ChangeLog.hlc,
    ChangeLog.origin,
    ChangeLog.base_hlc,
    ChangeLog.user_name,
)

_FIELDS: dict[str, dict[str, Any]] = {}


def field_types(table: str) -> dict[str, Any]:
    """Synced field name -> column type for a synced table."""
    if table not in _FIELDS:
        model = SYNCED_MODELS[table]
        columns = inspect(model).columns
        _FIELDS[table] = {name: columns[name].type for name in synced_fields(model)}
    return _FIELDS[table]


def _valid_stamp(text: Any) -> bool:
    if not isinstance(text, str) or len(text) > HLC_LENGTH:
        return False
    parts = text.split(".", 2)
    return len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and bool(parts[2])


_JSON = json.JSONDecoder()  # ``json.loads`` without its per-call argument checks
_DECODERS: dict[int, Callable[[str], Any]] = {}


def decoder(column_type: Any) -> Callable[[str], Any]:
    """A fast ``decode`` for one column type: plain JSON unless dates or booleans."""
    found = _DECODERS.get(id(column_type))
    if found is None:
        if isinstance(column_type, DateTime | Date | Boolean):
            found = functools.partial(decode, column_type)
        else:
            found = _JSON.decode
        _DECODERS[id(column_type)] = found
    return found


def parse_entry(line: str, file: str, number: int) -> Entry:
    """One validated entry; anything malformed refuses the package."""
    try:
        data = _JSON.decode(line)
        entry = Entry(
            data["t"],
            data["r"],
            data["f"],
            data["v"],
            data["h"],
            data["o"],
            data["b"],
            data.get("u", ""),
        )
        table, row_id, name, value, hlc, origin, base, user = entry
        types = field_types(table) if table in SYNCED_MODELS else None
        ok = (
            types is not None
            and name in types
            and isinstance(row_id, str)
            and 0 < len(row_id) <= 36
            and isinstance(value, str)
            and isinstance(user, str)
            and len(user) <= 100
            and _valid_stamp(hlc)
            and hlc.split(".", 2)[2] == origin
            and len(origin) <= 36
            and (base == "" or _valid_stamp(base))
        )
        if ok:
            decoder(types[name])(value)  # type: ignore[index]
    except (ValueError, KeyError, TypeError) as error:
        raise damaged(file, f"changes line {number}") from error
    if not ok:
        raise damaged(file, f"changes line {number}")
    return entry


def read_entries(path: Path, file: str) -> Iterator[Entry]:
    with path.open("r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield parse_entry(line, file, number)


def write_entries(path: Path, entries: Iterable[Entry]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(entry.to_json())
            handle.write("\n")
            count += 1
    return count


def chunked(items: list[Any], size: int = 400) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def entries_of_rows(
    session: Session, table: str, row_ids: Iterable[str], fields: Iterable[str] | None = None
) -> Iterator[Entry]:
    """Every change-log entry of the given rows of one table (only ``fields``, if given)."""
    log: Any = ChangeLog.__table__  # Core columns: plain rows, no ORM loading
    columns = [log.c[c.key] for c in ENTRY_COLUMNS]
    ids = sorted(set(row_ids))
    names = sorted(set(fields)) if fields is not None else None
    for part in chunked(ids):
        query = select(*columns).where(log.c.table_name == table, log.c.row_id.in_(part))
        if names is not None:
            query = query.where(log.c.field.in_(names))
        for row in session.execute(query.order_by(log.c.seq)):
            yield from_row(row)


def present_stamps(session: Session, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of (row_id, hlc) pairs of one table are already in the change log."""
    found: set[tuple[str, str]] = set()
    for part in chunked(keys):
        query = select(ChangeLog.row_id, ChangeLog.hlc).where(
            tuple_(ChangeLog.row_id, ChangeLog.hlc).in_(part)
        )
        found.update((r, h) for r, h in session.execute(query))
    return found
