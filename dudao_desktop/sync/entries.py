"""Change-log entries as they travel in ``changes.jsonl``: one JSON object per line."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Date, DateTime, bindparam, inspect, select
from sqlalchemy.orm import Session

from ..db.changes import decode, from_json, synced_fields
from ..db.clock import BadStamp, stamp_key
from ..errors import QT_TRANSLATE_NOOP
from ..model import SYNCED_MODELS, ChangeLog
from .container import PackageRefused, damaged
from .values import checker

UNPARSED: Any = object()  # ``Entry.data`` of an entry whose value was not decoded yet


class Entry(NamedTuple):
    """One change-log entry (immutable; a named tuple because merges make tens of thousands).

    The first eight items are the change log's columns in order; ``data`` is the value as
    its column holds it, kept from the one time an incoming entry's value is decoded (to
    check it), so the merge does not decode it again."""

    table: str
    row_id: str
    field: str
    value: str  # JSON text, exactly as in change_log
    hlc: str
    origin: str
    base: str
    user: str = ""
    data: Any = UNPARSED

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
_COLUMNS: dict[str, dict[str, Any]] = {}
# One line of ``changes.jsonl`` (one value, JSON-escaped) may not exceed this many bytes.
MAX_LINE = 8 * 1024 * 1024
MAX_ROW_ID = 36
MAX_USER = 100
JSON_SPACE = " \t\r\n"  # the whitespace JSON allows around a value


def field_types(table: str) -> dict[str, Any]:
    """Synced field name -> column type for a synced table."""
    if table not in _FIELDS:
        _FIELDS[table] = {name: c.type for name, c in field_columns(table).items()}
    return _FIELDS[table]


def field_columns(table: str) -> dict[str, Any]:
    """Synced field name -> column for a synced table."""
    if table not in _COLUMNS:
        model = SYNCED_MODELS[table]
        columns = inspect(model).columns
        _COLUMNS[table] = {name: columns[name] for name in synced_fields(model)}
    return _COLUMNS[table]


_JSON = json.JSONDecoder()  # ``json.loads`` without its per-call argument checks
_SCAN = _JSON.scan_once
_DECODERS: dict[int, Callable[[str], Any]] = {}


def loads(text: str) -> Any:
    """``json.loads`` of one JSON value: the C scanner straight away, the full decoder
    (whitespace around the value, its error messages) only when the scanner did not read
    the whole text."""
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:  # kept in: out of a generator it would become a RuntimeError
        return _JSON.decode(text)
    return value if end == len(text) else _JSON.decode(text)


def decoder(column_type: Any) -> Callable[[str], Any]:
    """A fast ``decode`` for one column type: plain JSON unless dates or booleans."""
    found = _DECODERS.get(id(column_type))
    if found is None:
        if isinstance(column_type, DateTime | Date | Boolean):
            found = functools.partial(decode, column_type)
        else:
            found = loads
        _DECODERS[id(column_type)] = found
    return found


class FieldCheck(NamedTuple):
    """How an incoming value of one synced field is checked and turned into the column's."""

    check: Callable[[Any], str | None]
    convert: Callable[[Any], Any] | None  # None: the decoded JSON is the column's value


_CHECKS: dict[str, dict[str, FieldCheck]] = {}


def field_checks(table: str) -> dict[str, FieldCheck]:
    """Synced field name -> its check, for a synced table."""
    found = _CHECKS.get(table)
    if found is None:
        found = _CHECKS[table] = {
            name: FieldCheck(
                checker(table, name, column),
                functools.partial(from_json, column.type)
                if isinstance(column.type, DateTime | Date | Boolean)
                else None,
            )
            for name, column in field_columns(table).items()
        }
    return found


class BadEntry(ValueError):
    """An entry that cannot be applied; ``what`` says why in a clerk's words."""

    def __init__(self, what: str, table: str = "", row_id: str = "", field: str = "") -> None:
        super().__init__(what)
        self.what, self.table, self.row_id, self.field = what, table, row_id, field


def value_of(entry: Entry, column_type: Any) -> Any:
    """The entry's value as its column holds it, decoded only if it was not yet."""
    if entry.data is not UNPARSED:
        return entry.data
    return decoder(column_type)(entry.value)


def check_entry(data: Any) -> Entry:
    """An entry from its decoded JSON line, its value decoded once and kept in ``data``;
    raises ``BadEntry`` saying what is wrong."""
    if not isinstance(data, dict):
        raise BadEntry("a line is not a change record")
    try:
        table, row_id, name, value, hlc, origin, base = (
            data["t"], data["r"], data["f"], data["v"], data["h"], data["o"], data["b"]
        )  # fmt: skip
    except KeyError as error:
        raise BadEntry(f"a change record lacks its '{error.args[0]}' part") from error
    user = data.get("u", "")
    if not isinstance(row_id, str) or not 0 < len(row_id) <= MAX_ROW_ID:
        raise BadEntry("a record id is missing or too long", str(table)[:60])
    if not isinstance(table, str) or table not in SYNCED_MODELS:
        raise BadEntry(f"unknown table {str(table)[:60]!r}", "", row_id)
    checks = _CHECKS.get(table) or field_checks(table)
    field = checks.get(name) if isinstance(name, str) else None
    if field is None:
        raise BadEntry(f"unknown field {str(name)[:60]!r}", table, row_id)
    if not isinstance(user, str) or len(user) > MAX_USER:
        raise BadEntry("the user name is not text or too long", table, row_id, name)
    try:
        node = stamp_key(hlc)[2]
        if base != "":
            stamp_key(base)
    except (BadStamp, TypeError) as error:
        raise BadEntry("its clock stamp is malformed", table, row_id, name) from error
    if node != origin:
        raise BadEntry("its clock stamp names another installation", table, row_id, name)
    if not isinstance(value, str):
        raise BadEntry("its value is not encoded as text", table, row_id, name)
    try:
        decoded = loads(value)
    except (ValueError, RecursionError) as error:
        raise BadEntry("its value is not valid JSON", table, row_id, name) from error
    wrong = field.check(decoded)
    if wrong is not None:
        raise BadEntry(f"the value {wrong}", table, row_id, name)
    if field.convert is not None:
        decoded = field.convert(decoded)
    return Entry(table, row_id, name, value, hlc, origin, base, user, decoded)


def parse_entry(line: str, file: str, number: int) -> Entry:
    """One validated entry; anything malformed or unfit for its column refuses the package."""
    try:
        data = loads(line)
    except (ValueError, RecursionError) as error:
        raise damaged(file, f"changes line {number}") from error
    try:
        return check_entry(data)
    except BadEntry as error:
        raise bad_value(file, number, error) from error


def bad_value(file: str, number: int, error: BadEntry) -> PackageRefused:
    return PackageRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Package {file} is refused: line {line} of its changes ({table} record {row}, "
            "field {field}): {what}. Nothing was changed; ask the sender to check that "
            "installation and export again.",
        ),
        file=file,
        line=number,
        table=error.table or "?",
        row=error.row_id or "?",
        field=error.field or "?",
        what=error.what,
    )


def read_entries(path: Path, file: str) -> Iterator[Entry]:
    """Stream the entries of a staged ``changes.jsonl``; a line over ``MAX_LINE`` bytes, or
    bytes that are not UTF-8, refuse the package."""
    with path.open("rb") as handle:
        number = 0
        while line := handle.readline(MAX_LINE + 1):
            number += 1
            if len(line) > MAX_LINE and not line.endswith(b"\n"):
                raise PackageRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} is refused: line {line} of its changes is longer than "
                        "{limit} bytes (one value that large is not accepted). Nothing was "
                        "changed.",
                    ),
                    file=file,
                    line=number,
                    limit=MAX_LINE,
                )
            try:  # without the line end, so the JSON scanner reads the whole text
                text = line.decode("utf-8").rstrip(JSON_SPACE)
            except UnicodeDecodeError as error:
                raise PackageRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} is refused: line {line} of its changes is not UTF-8 "
                        "text. Nothing was changed.",
                    ),
                    file=file,
                    line=number,
                ) from error
            if text.strip():
                yield parse_entry(text, file, number)


# Changes are checked and applied this many at a time, so memory stays flat however many
# a package carries (a batch ends only where a new record begins).
BATCH = 20_000


def batches(entries: Iterator[Entry], size: int = BATCH) -> Iterator[list[Entry]]:
    """Entries in lists of about ``size``, a record's entries never split."""
    batch: list[Entry] = []
    for entry in entries:
        if len(batch) >= size and (entry.table, entry.row_id) != (
            batch[-1].table,
            batch[-1].row_id,
        ):
            yield batch
            batch = []
        batch.append(entry)
    if batch:
        yield batch


def write_entries(path: Path, entries: Iterable[Entry]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(entry.to_json())
            handle.write("\n")
            count += 1
    return count


# The ids of one chunk of an ``IN (...)`` query, bound when it runs (``{"ids": part}``).
IDS = bindparam("ids", expanding=True)


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
    connection = session.connection()
    # one statement for every chunk, the ids bound as a list: a list written into the
    # statement would be turned into a parameter per id each time
    query = select(*columns).where(log.c.table_name == table, log.c.row_id.in_(IDS))
    if names is not None:
        query = query.where(log.c.field.in_(names))
    query = query.order_by(log.c.seq)
    for part in chunked(ids):
        # all rows of a chunk at once: row by row costs a driver call each
        for row in connection.execute(query, {"ids": part}).all():
            yield from_row(row)
