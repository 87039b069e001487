"""Change-log entries as they travel in ``changes.jsonl``: one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, tuple_
from sqlalchemy.orm import Session

from ..db.changes import decode, synced_fields
from ..model import SYNCED_MODELS, ChangeLog
from ..model.base import HLC_LENGTH
from .container import damaged


@dataclass(frozen=True)
class Entry:
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
    return Entry(
        row.table_name,
        row.row_id,
        row.field,
        row.value,
        row.hlc,
        row.origin,
        row.base_hlc,
        row.user_name or "",
    )


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


def parse_entry(line: str, file: str, number: int) -> Entry:
    """One validated entry; anything malformed refuses the package."""
    try:
        data = json.loads(line)
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
        types = field_types(entry.table) if entry.table in SYNCED_MODELS else None
        ok = (
            types is not None
            and entry.field in types
            and isinstance(entry.row_id, str)
            and 0 < len(entry.row_id) <= 36
            and isinstance(entry.value, str)
            and isinstance(entry.user, str)
            and len(entry.user) <= 100
            and _valid_stamp(entry.hlc)
            and entry.hlc.split(".", 2)[2] == entry.origin
            and len(entry.origin) <= 36
            and (entry.base == "" or _valid_stamp(entry.base))
        )
        if ok:
            decode(types[entry.field], entry.value)  # type: ignore[index]
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


def entries_of_rows(session: Session, table: str, row_ids: Iterable[str]) -> Iterator[Entry]:
    """Every change-log entry of the given rows of one table."""
    ids = sorted(set(row_ids))
    for part in chunked(ids):
        query = (
            select(*ENTRY_COLUMNS)
            .where(ChangeLog.table_name == table, ChangeLog.row_id.in_(part))
            .order_by(ChangeLog.seq)
        )
        for row in session.execute(query):
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
