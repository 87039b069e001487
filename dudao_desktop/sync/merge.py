"""Field-level merge of change-log entries: nothing lost, same result in any order.

The state of a field is the *set* of its change-log entries; everything else is a function
of that set, so importing packages in any order or more than once gives the same database:

* the current value is the entry with the greatest HLC (the HLC ends with the installation
  id, so ties break deterministically). A change based on the current value has a greater
  HLC (the writer's clock observed it), so fast-forwards are simply the newest entry;
* an entry is *superseded* when another entry names it as its base; entries that are not
  superseded are the field's *heads*. Heads other than the current value that hold a
  different value were written concurrently and lost: each is kept in the conflict list,
  keyed by its HLC (a unique constraint makes detection idempotent);
* a record's ``created_hlc``/``updated_hlc``/``origin`` are the smallest and greatest HLC of
  its entries and the origin of the greatest.

Rows are written with Core statements, never through the ORM, so the local change recorder
does not stamp them again.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, bindparam, delete, insert, literal_column, select, update
from sqlalchemy.orm import Session

from ..db.bulk import copy_rows, execute_many
from ..db.changes import APPLYING_REMOTE
from ..model import SYNCED_MODELS, Base, ChangeLog, Conflict
from .entries import IDS, Entry, chunked, entries_of_rows, field_types, value_of

MAX_SHAPES = 16
# change_log columns in the order of an Entry's first items
LOG_COLUMNS = (
    "table_name", "row_id", "field", "value", "hlc", "origin", "base_hlc", "user_name"
)  # fmt: skip
STAMP_COLUMNS = frozenset(("created_hlc", "updated_hlc", "origin"))
SYNCED_ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in SYNCED_MODELS]


@dataclass
class MergeStats:
    new: int = 0  # records created
    updated: int = 0  # records whose values changed
    unchanged: int = 0  # incoming entries already held
    entries: int = 0  # entries added to the change log
    conflicts: int = 0  # conflicts newly recorded
    max_hlc: str = ""
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, table: str, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)
        per = self.tables.setdefault(table, {})
        per[what] = per.get(what, 0) + n


HLC = operator.itemgetter(4)  # an Entry's stamp; stamps sort as text (see db.clock)


def heads_and_winner(entries: Iterable[Entry]) -> tuple[Entry, list[Entry]]:
    """The current entry of a field and the losing concurrent heads (different values)."""
    items = list(entries)
    winner = max(items, key=HLC)
    bases = {e.base for e in items}
    losers = [
        e for e in items if e.hlc not in bases and e is not winner and e.value != winner.value
    ]
    return winner, sorted(losers, key=HLC)


def apply_entries(
    session: Session, entries: Iterable[Entry], now: datetime, stats: MergeStats | None = None
) -> MergeStats:
    """Merge entries into the database within the caller's transaction (counting into
    ``stats`` when given, so a package applied in batches has one tally)."""
    session.info[APPLYING_REMOTE] = True
    session.flush()  # the rows are read and written below the session, on its connection
    incoming: dict[str, dict[str, dict[tuple[str, str], Entry]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    stats = stats if stats is not None else MergeStats()
    newest = stats.max_hlc
    for entry in entries:
        incoming[entry.table][entry.row_id].setdefault((entry.field, entry.hlc), entry)
        if entry.hlc > newest:
            newest = entry.hlc
    stats.max_hlc = newest
    for table in SYNCED_ORDER:
        if table in incoming:
            _apply_table(session, table, incoming[table], stats, now)
    return stats


class _Field(NamedTuple):
    """A touched field whose conflict list may need to change: its winner and the
    concurrent heads that lost."""

    row_id: str
    name: str
    winner: Entry
    losers: list[Entry]


def _apply_table(
    session: Session,
    table_name: str,
    rows: dict[str, dict[tuple[str, str], Entry]],
    stats: MergeStats,
    now: datetime,
) -> None:
    table: Table = SYNCED_MODELS[table_name].__table__  # type: ignore[attr-defined]
    existing = _stored_rows(session, table, list(rows))
    held = _held_entries(session, table_name, rows, existing)
    fresh: list[Entry] = []
    touched: dict[str, set[str]] = {}
    unchanged = 0
    for row_id, by_key in rows.items():
        mine = held.setdefault(row_id, {})
        fields: set[str] = set()
        for key, entry in by_key.items():
            if key in mine:
                unchanged += 1
                continue
            mine[key] = entry
            fresh.append(entry)
            fields.add(key[0])
        if fields:
            touched[row_id] = fields
    if unchanged:
        stats.count(table_name, "unchanged", unchanged)
    if not fresh:
        return
    _insert_log(session, fresh)
    stats.count(table_name, "entries", len(fresh))
    types = field_types(table_name)
    # Recorded conflicts can only concern fields of several entries, and only tables that
    # have any: most merges need not look them up.
    recorded = _has_conflicts(session, table_name)
    desired: dict[str, dict[str, Any]] = {}
    contested: list[_Field] = []
    for row_id, names in touched.items():
        entries = held[row_id].values()
        by_field: dict[str, list[Entry]] = {}
        for entry in entries:
            if entry.field in names:
                by_field.setdefault(entry.field, []).append(entry)
        values: dict[str, Any] = {}
        for name, items in by_field.items():
            if len(items) == 1:
                values[name] = value_of(items[0], types[name])
                continue
            winner, losers = heads_and_winner(items)
            values[name] = value_of(winner, types[name])
            if losers or recorded:
                contested.append(_Field(row_id, name, winner, losers))
        desired[row_id] = _with_stamps(values, entries, existing.get(row_id))
    _write_rows(session, table, desired, existing, stats)
    if contested:
        _record_conflicts(session, table_name, contested, recorded, stats, now)


def _stored_rows(session: Session, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``ids`` the database holds, by id."""
    columns = [c.name for c in table.columns]
    stored: dict[str, dict[str, Any]] = {}
    connection = session.connection()
    query = select(table).where(table.c.id.in_(IDS))
    for part in chunked(ids):
        for row in connection.execute(query, {"ids": part}).all():
            values = dict(zip(columns, row, strict=True))  # plain tuples: cheaper than mappings
            stored[values["id"]] = values
    return stored


def _held_entries(
    session: Session,
    table_name: str,
    rows: dict[str, dict[tuple[str, str], Entry]],
    stored: dict[str, dict[str, Any]],
) -> dict[str, dict[tuple[str, str], Entry]]:
    """The change-log entries of the fields the package names, row by row.

    Only rows the database holds have entries (synced records are never deleted), and only
    the named fields matter: the others keep their winners, and the row's stamps already
    summarise its other entries (see ``_with_stamps``). Rows are loaded in groups that name
    the same fields (usually a handful of groups).
    """
    shapes: dict[frozenset[str], list[str]] = defaultdict(list)
    for row_id in stored:
        shapes[frozenset(name for name, _hlc in rows[row_id])].append(row_id)
    if len(shapes) > MAX_SHAPES:  # many small groups: one pass over the union is cheaper
        shapes = {frozenset().union(*shapes): list(stored)}
    held: dict[str, dict[tuple[str, str], Entry]] = defaultdict(dict)
    for fields, ids in shapes.items():
        for entry in entries_of_rows(session, table_name, ids, fields):
            held[entry.row_id][(entry.field, entry.hlc)] = entry
    return held


def _insert_log(session: Session, entries: list[Entry]) -> None:
    """Append entries to the change log: COPY or one executemany of plain tuples (an Entry
    starts with the log's columns in order)."""
    log: Table = ChangeLog.__table__  # type: ignore[assignment]
    connection = session.connection()
    width = len(LOG_COLUMNS)
    rows = [e[:width] for e in entries]
    if not copy_rows(connection, log, LOG_COLUMNS, rows):
        execute_many(connection, insert(log), LOG_COLUMNS, rows)


def _with_stamps(
    values: dict[str, Any], entries: Iterable[Entry], old: dict[str, Any] | None
) -> dict[str, Any]:
    """``values`` with the row's stamps: ``created_hlc``/``updated_hlc``/``origin`` are the
    smallest and greatest stamp of all the row's entries; a stored row already holds them
    for the entries it was built from, so they are combined with the entries at hand
    instead of reloading every entry of the row."""
    origins = {entry.hlc: entry.origin for entry in entries}  # one save shares a stamp
    if not origins:
        raise ValueError("a record without entries cannot be materialised")
    created = min(origins)
    updated = max(origins)
    origin = origins[updated]
    if old is not None:
        if old["created_hlc"] and old["created_hlc"] < created:
            created = old["created_hlc"]
        if old["updated_hlc"] and old["updated_hlc"] > updated:
            updated, origin = old["updated_hlc"], old["origin"]
    values.update(created_hlc=created, updated_hlc=updated, origin=origin)
    return values


def _column_default(column: Any) -> Any:
    default = column.default
    if default is not None and not callable(default.arg):
        return default.arg
    return None


def _write_rows(
    session: Session,
    table: Table,
    desired: dict[str, dict[str, Any]],
    existing: dict[str, dict[str, Any]],
    stats: MergeStats,
) -> None:
    """Insert new rows and update changed ones with one executemany per shape."""
    new_rows = []
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    updated = 0
    defaults = {c.name: _column_default(c) for c in table.columns}
    for row_id, values in desired.items():
        old = existing.get(row_id)
        if old is not None:
            changes = {k: v for k, v in values.items() if old.get(k) != v}
            if changes:
                shape = tuple(sorted(changes))
                updates[shape].append((row_id, *(changes[k] for k in shape)))
                if any(k not in STAMP_COLUMNS for k in changes):
                    updated += 1
        else:
            row = dict(defaults)
            row.update(values, id=row_id)
            new_rows.append(row)
    # A merged change moves a versioned record on, so a clerk's open edit of it is refused.
    # (``1`` as SQL text, not a parameter, so every parameter of the update is a row's.)
    bump = {"version": table.c.version + literal_column("1")} if "version" in table.c else {}
    connection = session.connection()
    for shape, params in updates.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id", type_=table.c.id.type))
            .values({**{k: bindparam(f"b_{k}", type_=table.c[k].type) for k in shape}, **bump})
        )
        execute_many(connection, statement, ["b_id", *(f"b_{k}" for k in shape)], params)
    if updated:
        stats.count(table.name, "updated", updated)
    if new_rows:
        names = list(defaults)
        rows = [tuple(row[n] for n in names) for row in _parents_first(table, new_rows)]
        execute_many(connection, insert(table), names, rows)
        stats.count(table.name, "new", len(new_rows))


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order new rows so a row referring to another row of the same table comes after it."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    pending = {r["id"]: r for r in rows}
    ordered: list[dict[str, Any]] = []
    while pending:
        ready = [
            r for r in pending.values() if all(r.get(c) not in pending for c in self_refs)
        ] or list(pending.values())[:1]
        for r in ready:
            ordered.append(pending.pop(r["id"]))
    return ordered


def _has_conflicts(session: Session, table_name: str) -> bool:
    conflicts: Table = Conflict.__table__  # type: ignore[assignment]
    query = select(conflicts.c.id).where(conflicts.c.table_name == table_name).limit(1)
    return session.execute(query).first() is not None


def _record_conflicts(
    session: Session,
    table_name: str,
    contested: list[_Field],
    recorded: bool,
    stats: MergeStats,
    now: datetime,
) -> None:
    """Bring the conflict list of the contested fields in line with their heads (batched);
    ``recorded``: the table has conflicts on record, which may have to change."""
    conflicts: Table = Conflict.__table__  # type: ignore[assignment]
    known_by_field: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    if recorded:
        for part in chunked(sorted({f.row_id for f in contested})):
            query = select(
                conflicts.c.id,
                conflicts.c.row_id,
                conflicts.c.field,
                conflicts.c.loser_hlc,
                conflicts.c.winner_hlc,
                conflicts.c.resolved_at,
            ).where(conflicts.c.table_name == table_name, conflicts.c.row_id.in_(part))
            for conflict in session.execute(query):
                known_by_field[(conflict.row_id, conflict.field)][conflict.loser_hlc] = conflict
    inserts: list[dict[str, Any]] = []
    rewins: list[dict[str, Any]] = []
    stale: list[int] = []
    for row_id, name, winner, losers in contested:
        known = known_by_field.get((row_id, name), {})
        wanted = {e.hlc for e in losers}
        winner_cols = {
            "winner_value": winner.value,
            "winner_hlc": winner.hlc,
            "winner_origin": winner.origin,
        }
        for loser in losers:
            conflict = known.get(loser.hlc)
            if conflict is None:
                inserts.append(
                    {
                        "table_name": table_name,
                        "row_id": row_id,
                        "field": name,
                        "loser_value": loser.value,
                        "loser_hlc": loser.hlc,
                        "loser_origin": loser.origin,
                        "detected_at": now,
                        "resolution": "",
                        **winner_cols,
                    }
                )
            elif conflict.resolved_at is None and conflict.winner_hlc != winner.hlc:
                rewins.append(
                    {"b_id": conflict.id, **{f"b_{k}": v for k, v in winner_cols.items()}}
                )
        stale.extend(
            c.id for hlc, c in known.items() if hlc not in wanted and c.resolved_at is None
        )
    for part in chunked(inserts, 500):
        session.execute(insert(conflicts), part)
    if inserts:
        stats.count(table_name, "conflicts", len(inserts))
    if rewins:
        statement = (
            update(conflicts)
            .where(conflicts.c.id == bindparam("b_id"))
            .values(
                {k: bindparam(f"b_{k}") for k in ("winner_value", "winner_hlc", "winner_origin")}
            )
        )
        for part in chunked(rewins, 500):
            session.execute(statement, part)
    for part in chunked(stale):
        session.execute(delete(conflicts).where(conflicts.c.id.in_(part)))
