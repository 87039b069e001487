"""The text index behind the search boxes of problems, suggestions, units and approval matters.

A search box matches a word anywhere inside the listed texts (``LIKE '%word%'``), which no
B-tree index serves: at 100,000 problems every keystroke read every row. This index finds the
rows that may contain the word; the search keeps its ``LIKE`` conditions as they were and
only adds :func:`may_contain` in front of them, so the results are exactly what they were.

SQLite: an FTS5 table per indexed table (``<table>_text``, tokenizer ``trigram``, no positions)
holds one document per row (its indexed columns, each followed by two U+001F separators), kept
in step by triggers on the base table, so every write path (services, sync merges, bulk
imports, the change-log replay) updates it in the same transaction. The FTS rows share the
base rows' ``rowid``; they are not records, never synced and never copied by ``migrate-to``.

* A word of three or more characters is a phrase of trigrams: an index lookup.
* A word of two characters ("超编") is no trigram, but every place it occurs starts a trigram
  of the document (the separators guarantee a third character), so the index's vocabulary
  (``<table>_text_terms``) lists the trigrams that begin with it, and the rows holding any of
  them are the candidates: a range read of the vocabulary plus one lookup per trigram.
* A single character matches too much to be worth an index: its search reads the rows as
  before.

PostgreSQL: ``pg_trgm`` GIN indexes on ``lower(column)`` serve the search's
``lower(column) LIKE lower(:word)`` directly, so :func:`may_contain` is always true there.
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
    and_,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
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


class MayContain(ColumnElement[bool]):
    """``table``'s rows whose indexed texts may contain ``word`` (a superset of the rows
    where one of them does, ASCII letters in any case); compiled per database."""

    inherit_cache = False
    type = Boolean()
    _is_implicitly_boolean = True  # a condition: never rendered as "… = 1"

    def __init__(self, table: Table, word: str) -> None:
        self.table = table
        self.word = word


def may_contain(table: Table, word: str) -> ColumnElement[bool]:
    """The index condition to put in front of a search's ``LIKE`` conditions on ``table``'s
    indexed columns for ``word`` (true where the index cannot narrow the search)."""
    if table.name not in INDEXES or len(word) < 2:
        return true()
    return MayContain(table, word)


def candidates(connection: Connection, table: Table, word: str) -> list[int] | None:
    """The rowids of ``table``'s rows whose indexed texts may contain ``word``, when there are
    at most :data:`FEW` (else None, as where the index cannot narrow the search).

    A search with few candidates reads just them and sorts them (:func:`among`); with many, it
    walks the listing's sort order and stops at a page, testing :func:`may_contain` per row.
    """
    if connection.dialect.name != "sqlite" or table.name not in INDEXES or len(word) < 2:
        return None
    rowid = literal_column(f"{table.name}.rowid")
    rows = connection.execute(
        select(rowid).select_from(table).where(MayContain(table, word)).limit(FEW + 1)
    ).scalars()
    found = list(rows)
    return found if len(found) <= FEW else None


def among(table: Table, rowids: Sequence[int]) -> ColumnElement[bool]:
    """The rows of ``table`` with these rowids (from :func:`candidates`)."""
    return literal_column(f"{table.name}.rowid").in_(rowids)


def contains(exprs: Sequence[Any], word: str) -> ColumnElement[bool]:
    """One of ``exprs`` contains ``word`` (``lower(e) LIKE lower('%word%')``, the search
    boxes' rule), with :func:`may_contain` in front of the indexed columns' tests."""
    by_table: dict[Table, list[Any]] = {}
    others: list[Any] = []
    for expr in exprs:
        table = getattr(expr, "table", None)
        index = INDEXES.get(table.name) if isinstance(table, Table) else None
        if index is not None and expr.key in index.columns:
            by_table.setdefault(table, []).append(expr)
        else:
            others.append(expr)

    def like(e: Any) -> ColumnElement[bool]:
        return e.icontains(word, autoescape=True)

    return or_(
        *(and_(may_contain(t, word), or_(*map(like, columns))) for t, columns in by_table.items()),
        *map(like, others),
    )


@compiles(MayContain)
def _always(element: MayContain, compiler: Any, **kw: Any) -> str:
    return compiler.process(true(), **kw)


@compiles(MayContain, "sqlite")
def _fts(element: MayContain, compiler: Any, **kw: Any) -> str:
    index = INDEXES[element.table.name]
    word = element.word
    rowid = f"{compiler.preparer.quote(element.table.name)}.rowid"

    def value(v: str) -> str:
        return compiler.process(literal(v, String()), **kw)

    if len(word) >= 3:
        # Without positions in the index, the word is the AND of trigrams covering it.
        starts = sorted({*range(0, len(word) - 2, 3), len(word) - 3})
        query = " ".join('"' + word[i : i + 3].replace('"', '""') + '"' for i in starts)
        return (
            f"{rowid} IN (SELECT rowid FROM {index.name} WHERE {index.name} MATCH {value(query)})"
        )
    if any(not c.isascii() and c.lower() != c.upper() for c in word):
        # A cased letter beyond ASCII: the index may fold it otherwise than Python.
        return compiler.process(true(), **kw)
    low = value(word.lower())
    terms = (
        f"SELECT coalesce(group_concat('\"' || replace(term, '\"', '\"\"') || '\"', ' OR '), "
        f"{value(_NOTHING)}) FROM {index.terms} "
        f"WHERE term >= {low} AND term < {low} || char(1114111)"
    )
    return f"{rowid} IN (SELECT rowid FROM {index.name} WHERE {index.name} MATCH ({terms}))"


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


def drop(connection: Connection) -> None:
    """Remove the index (the migration's downgrade)."""
    if connection.dialect.name == "postgresql":
        for index in INDEXES.values():
            for column in index.columns:
                connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{index.table}_{column}_trgm")
    elif connection.dialect.name == "sqlite":
        for index in INDEXES.values():
            _sqlite_drop(connection, index)
