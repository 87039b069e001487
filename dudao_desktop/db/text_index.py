"""The text index behind the search boxes of problems, suggestions, units, approval matters,
warnings and monthly snapshots.

A search box matches a word anywhere inside the listed texts (``LIKE '%word%'``), which no
B-tree index serves: at 100,000 problems every keystroke read every row. This index tells
which rows may contain the word. When they are few (:data:`FEW`), the search reads just
those, still under its ``LIKE`` conditions (:func:`contains`), so the results are exactly
what they were; when they are many, matches are dense and the listing's walk in its sort
order fills a page soon, as before.

SQLite: an FTS5 table per indexed table (``<table>_text``, tokenizer ``trigram``, no positions)
holds one document per row (its indexed columns, each followed by two U+001F separators), kept
in step by triggers on the base table, so every write path (services, sync merges, bulk
imports, the change-log replay) updates it in the same transaction. The FTS rows share the
base rows' ``rowid``; they are not records, never synced and never copied by ``migrate-to``.

* A word of three or more characters is the AND of the trigrams covering it: index lookups.
* A word of one or two characters ("局", "超编") is no trigram, but every place it occurs
  starts a trigram of the document (the two separators guarantee the characters after it),
  so the index's vocabulary (``<table>_text_terms``) lists the trigrams that begin with it,
  and the rows holding any of them are the candidates: a range read of the vocabulary plus
  one lookup per trigram. A rare character ("鑫", or 局 in problems) is then read from its
  few rows instead of every row; a common one has many candidates and the search walks the
  listing's order as before.

PostgreSQL: ``pg_trgm`` GIN indexes on ``lower(column)`` serve the search's own
``lower(column) LIKE lower(:word)`` where the planner finds them worth it; the search is
not narrowed beforehand (a separate candidate query measured slower there).
Where the server lacks ``pg_trgm`` (it ships with Debian's server package) the search works
without the indexes, only slower.

Schema changes that rebuild a base table (SQLite's copy-and-rename) drop its triggers and
renumber its rows; :func:`ensure`, run after every upgrade, rebuilds such an index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy import table as table_clause
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean

#: Between and after the indexed columns: a word never spans two columns, and every
#: character of a column starts a trigram (see the module's documentation).
SEPARATOR = "\x1f\x1f"
#: Up to this many candidates a search reads them directly (see :func:`candidates`).
FEW = 4000
#: A phrase no document holds: what a two-character word without candidates matches.
_NOTHING = '"\x1e\x1e\x1e"'


@dataclass(frozen=True)
class TextIndex:
    table: str
    columns: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.table}_text"

    @property
    def terms(self) -> str:
        return f"{self.table}_text_terms"


#: The indexed tables and their texts: every text column a search box of their listings reads.
INDEXES = {
    index.table: index
    for index in (
        TextIndex(
            "problem", ("number", "source", "description", "cause", "measures", "responsible")
        ),
        TextIndex("suggestion", ("text", "response")),
        TextIndex("unit", ("name", "uscc")),
        TextIndex("approval_matter", ("title", "document_number", "reason")),
        # The information ledger's lists that grow month by month (a unit's name is
        # searched through the unit's index).
        TextIndex("warning", ("message", "handled_by", "note")),
        TextIndex("establishment_snapshot", ("month",)),
    )
}


def is_index_object(name: str | None, type_: str) -> bool:
    """True for the tables and indexes of this module (not in the models; Alembic's schema
    comparison leaves them alone)."""
    if not name:
        return False
    if type_ == "table":
        return any(name.startswith(index.name) for index in INDEXES.values())
    return type_ == "index" and name.endswith("_trgm")


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: skip this module's objects."""
    return not is_index_object(name, type_)


# Queries ------------------------------------------------------------------------------------


class Matches(ColumnElement[bool]):
    """The index rows of ``table`` whose document may contain ``word`` (a superset of the
    rows where an indexed column does, ASCII letters in any case): ``<index> MATCH …``."""

    inherit_cache = True
    # The word is part of the statement's text: in the cache key (a statement compiles once
    # per word, not on every page read).
    _traverse_internals = [
        ("table", InternalTraversal.dp_clauseelement),
        ("word", InternalTraversal.dp_string),
    ]
    type = Boolean()
    _is_implicitly_boolean = True  # a condition: never rendered as "… = 1"

    def __init__(self, table: Table, word: str) -> None:
        self.table = table
        self.word = word


class Contains(ColumnElement[bool]):
    """The search boxes' rule: ``expr`` contains ``word``, ASCII letters in any case
    (``lower(expr) LIKE lower('%word%')``; on SQLite plain ``LIKE``, which already ignores
    ASCII case and nothing else, so the same rows without lower-casing every text)."""

    inherit_cache = True
    _traverse_internals = [
        ("expr", InternalTraversal.dp_clauseelement),
        ("word", InternalTraversal.dp_string),
    ]
    type = Boolean()
    _is_implicitly_boolean = True

    def __init__(self, expr: Any, word: str) -> None:
        self.expr = expr
        self.word = word


def contains(exprs: Sequence[Any], word: str) -> ColumnElement[bool]:
    """One of ``exprs`` contains ``word`` (see :class:`Contains`)."""
    return or_(*(Contains(e, word) for e in exprs))


def _pattern(word: str) -> str:
    escaped = word.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


@compiles(Contains)
def _contains(element: Contains, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.expr.icontains(element.word, autoescape=True), **kw)


@compiles(Contains, "sqlite")
def _contains_sqlite(element: Contains, compiler: Any, **kw: Any) -> str:
    pattern = compiler.process(literal(_pattern(element.word), String()), **kw)
    return f"{compiler.process(element.expr, **kw)} LIKE {pattern} ESCAPE '/'"


def candidates(connection: Connection, table: Table, word: str) -> list[int] | None:
    """The keys (:class:`Key`) of ``table``'s rows whose indexed texts may contain ``word``,
    when there are at most :data:`FEW`; None when there are more or the index cannot narrow
    the search.

    A search with few candidates reads just them and sorts them (:func:`among`); with many,
    matches are dense, and walking the listing's sort order fills a page soon.
    """
    index = INDEXES.get(table.name)
    if index is None or not word:
        return None
    if connection.dialect.name != "sqlite":
        # PostgreSQL's planner reads its trigram indexes for the search itself; a separate
        # candidate query there measured slower than none.
        return None
    rows = connection.execute(
        select(literal_column("rowid"))
        .select_from(table_clause(index.name))
        .where(Matches(table, word))
        .limit(FEW + 1)
    )
    found = rows.scalars().all()
    return list(found) if len(found) <= FEW else None


def narrowed(
    connection: Connection, main: Table, exprs: Sequence[Any], word: str
) -> set[int] | None:
    """The rowids of the ``main`` rows that a search for ``word`` in ``exprs`` may find, when
    the text index narrows it to at most :data:`FEW`; else None.

    ``exprs`` may be indexed columns of ``main`` and of tables ``main`` points to (a
    problem's unit name); any other expression and the index cannot narrow the search.
    """
    by_table: dict[Table, list[Any]] = {}
    for expr in exprs:
        table = getattr(expr, "table", None)
        index = INDEXES.get(table.name) if isinstance(table, Table) else None
        if index is None or getattr(expr, "key", None) not in index.columns:
            return None
        by_table.setdefault(table, []).append(expr)
    rows: set[Any] = set()
    for table, columns in by_table.items():
        found = candidates(connection, table, word)
        if found is None:
            return None
        if table is main:
            rows.update(found)
            continue
        link = next(
            (c for c in main.c if any(f.column.table is table for f in c.foreign_keys)), None
        )
        if link is None:
            return None
        matching = select(table.c.id).where(among(table, found), contains(columns, word))
        linked = connection.execute(select(Key(main)).where(link.in_(matching)).limit(FEW + 1))
        rows.update(linked.scalars().all())
        if len(rows) > FEW:
            return None
    return rows


def among(table: Table, keys: Sequence[Any] | set[Any]) -> ColumnElement[bool]:
    """The rows of ``table`` with these keys (from :func:`candidates`)."""
    return Key(table).in_(sorted(keys))


class Key(ColumnElement[Any]):
    """How the index names a row of ``table``: SQLite's ``rowid`` (the FTS rows share it),
    elsewhere the record id."""

    inherit_cache = True
    _traverse_internals = [("table", InternalTraversal.dp_clauseelement)]

    def __init__(self, table: Table) -> None:
        self.table = table
        self.type = table.c.id.type


@compiles(Key)
def _key(element: Key, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.table.c.id, **kw)


@compiles(Key, "sqlite")
def _rowid(element: Key, compiler: Any, **kw: Any) -> str:
    return f"{compiler.preparer.quote(element.table.name)}.rowid"


@compiles(Matches)
def _always(element: Matches, compiler: Any, **kw: Any) -> str:
    return compiler.process(true(), **kw)


@compiles(Matches, "sqlite")
def _fts(element: Matches, compiler: Any, **kw: Any) -> str:
    """``<index> MATCH <query>`` for the element's word (true where the index cannot narrow
    the search)."""
    index = INDEXES[element.table.name]
    word = element.word

    def value(v: str) -> str:
        return compiler.process(literal(v, String()), **kw)

    if len(word) >= 3:
        # Without positions in the index, the word is the AND of trigrams covering it.
        starts = sorted({*range(0, len(word) - 2, 3), len(word) - 3})
        query = " ".join('"' + word[i : i + 3].replace('"', '""') + '"' for i in starts)
        return f"{index.name} MATCH {value(query)}"
    if any(not c.isascii() and c.lower() != c.upper() for c in word):
        # A cased letter beyond ASCII: the index may fold it otherwise than Python.
        return compiler.process(true(), **kw)
    low = value(word.lower())
    terms = (
        f"SELECT coalesce(group_concat('\"' || replace(term, '\"', '\"\"') || '\"', ' OR '), "
        f"{value(_NOTHING)}) FROM {index.terms} "
        f"WHERE term >= {low} AND term < {low} || char(1114111)"
    )
    return f"{index.name} MATCH ({terms})"


# Schema -------------------------------------------------------------------------------------


def _document(index: TextIndex, row: str) -> str:
    separator = "char(31, 31)"
    return " || ".join(f"coalesce({row}{c}, '') || {separator}" for c in index.columns)


def _sqlite_objects(index: TextIndex) -> list[str]:
    t, name = index.table, index.name
    new, old = _document(index, "new."), "old.rowid"
    columns = ", ".join(index.columns)
    return [
        f"CREATE VIRTUAL TABLE {name} USING fts5(doc, tokenize='trigram', detail='none')",
        f"CREATE VIRTUAL TABLE {index.terms} USING fts5vocab({name}, 'row')",
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {t} BEGIN "
        f"INSERT INTO {name}(rowid, doc) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON {t} BEGIN "
        f"DELETE FROM {name} WHERE rowid = {old}; "
        f"INSERT INTO {name}(rowid, doc) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {t} BEGIN "
        f"DELETE FROM {name} WHERE rowid = {old}; END",
    ]


def _sqlite_fill(connection: Connection, index: TextIndex) -> None:
    connection.exec_driver_sql(
        f"INSERT INTO {index.name}(rowid, doc) "
        f"SELECT rowid, {_document(index, '')} FROM {index.table}"
    )


def _sqlite_drop(connection: Connection, index: TextIndex) -> None:
    for trigger in ("insert", "update", "delete"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index.name}_{trigger}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index.terms}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index.name}")


def _sqlite_complete(connection: Connection, index: TextIndex) -> bool:
    names = {
        index.name,
        index.terms,
        *(f"{index.name}_{t}" for t in ("insert", "update", "delete")),
    }
    present = connection.execute(
        text("SELECT name FROM sqlite_master WHERE tbl_name IN (:table, :name, :terms)"),
        {"table": index.table, "name": index.name, "terms": index.terms},
    ).scalars()
    return names <= set(present)


def _sqlite_rebuild(connection: Connection, index: TextIndex) -> None:
    _sqlite_drop(connection, index)
    for statement in _sqlite_objects(index):
        connection.exec_driver_sql(statement)
    _sqlite_fill(connection, index)


def _postgresql(connection: Connection) -> None:
    available = connection.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is None:
        return
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # no right to create it: the search works, unindexed
        return
    for index in INDEXES.values():
        for column in index.columns:
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS ix_{index.table}_{column}_trgm "
                f"ON {index.table} USING gin (lower({column}) gin_trgm_ops)"
            )


def install(connection: Connection) -> None:
    """Create the index and fill it from the rows there are (in the caller's transaction)."""
    if connection.dialect.name == "postgresql":
        _postgresql(connection)
        return
    if connection.dialect.name != "sqlite":
        return
    for index in INDEXES.values():
        _sqlite_rebuild(connection, index)


def ensure(connection: Connection) -> None:
    """Rebuild any part of the index a schema change took away (see the module's notes)."""
    if connection.dialect.name == "postgresql":
        _postgresql(connection)
        return
    if connection.dialect.name != "sqlite":
        return
    for index in INDEXES.values():
        if not _sqlite_complete(connection, index):
            _sqlite_rebuild(connection, index)


def drop(connection: Connection, tables: Sequence[str] | None = None) -> None:
    """Remove the index of ``tables`` (default: all; a migration's downgrade)."""
    indexes = [INDEXES[t] for t in tables] if tables is not None else list(INDEXES.values())
    if connection.dialect.name == "postgresql":
        for index in indexes:
            for column in index.columns:
                connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{index.table}_{column}_trgm")
    elif connection.dialect.name == "sqlite":
        for index in indexes:
            _sqlite_drop(connection, index)
