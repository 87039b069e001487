"""Qt-free queries behind the GUI's tables: SQL sorting, filtering and paging.

A :class:`Listing` names its columns (with English labels marked for translation in the
``Columns`` context), builds one ``SELECT`` of the record id and the column values, and answers
``fetch(offset, limit, sort_column, descending, filter_text)`` and ``count(filter_text)``.
``ui.table_model.QueryTableModel`` shows any listing; tests and the CLI can use it directly.

Paging is by key (seek), not by ``OFFSET``: a listing remembers where its last page ended
(the sort value and id of its last row) and, when the next page is asked for at that offset
with the same sort and filter, fetches ``WHERE (sort_key, id) > (:last_key, :last_id)`` in the
order ``(sort_key, id)``, so the page at the end of 100,000 rows costs what the first one
does. Any other offset falls back to ``OFFSET``. :func:`seek_after` builds the condition
portably (SQLite and PostgreSQL), NULL sort keys included.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, Table, and_, false, func, or_, select

from ..db.engine import Database
from ..db.text_index import among, contains, narrowed
from ..errors import QT_TRANSLATE_NOOP

COLUMNS = "Columns"

__all__ = ["COLUMNS", "QT_TRANSLATE_NOOP", "Column", "Listing", "ListRow", "seek_after"]


def live(model: Any) -> Any:
    """The condition "not removed" of a listing: ``deleted = false``. An equality, which
    PostgreSQL's planner serves from the ``(deleted, …)`` indexes in their order and counts
    from them; ``deleted IS false`` is only a filter to it (a scan of every row)."""
    return model.deleted == false()


def nulls_sort_low(dialect_name: str) -> bool:
    """True where NULL sorts before every value in ascending order (SQLite, MySQL), false
    where it sorts after (PostgreSQL, Oracle)."""
    return dialect_name not in ("postgresql", "oracle")


def seek_after(
    keys: Sequence[Any], values: Sequence[Any], descending: bool, nulls_low: bool = True
) -> Any:
    """The condition "the row comes after ``values``" in ``ORDER BY keys`` (all ascending, or
    all descending), NULLs where the database puts them (``nulls_low``: see
    :func:`nulls_sort_low`). The last key must be unique and never NULL (the record id).

    Expanded into AND/OR conditions rather than a row-value comparison, which NULLs would
    break; the leading key also gets a plain range bound where NULLs allow, so the database
    can start the scan at the cursor in an index on the sort key.
    """
    nulls_first = nulls_low != descending  # NULLs come first in this direction

    def after(key: Any, value: Any) -> Any:
        if value is None:
            return key.is_not(None) if nulls_first else false()
        beyond = key < value if descending else key > value
        return beyond if nulls_first else or_(beyond, key.is_(None))

    def equal(key: Any, value: Any) -> Any:
        return key.is_(None) if value is None else key == value

    condition = after(keys[-1], values[-1])
    for key, value in zip(reversed(keys[:-1]), reversed(values[:-1]), strict=True):
        condition = or_(after(key, value), and_(equal(key, value), condition))
    first, value = keys[0], values[0]
    if len(keys) > 1:
        if value is not None and nulls_first:
            condition = and_(first <= value if descending else first >= value, condition)
        elif value is None and not nulls_first:
            condition = and_(first.is_(None), condition)
    return condition


@dataclass(frozen=True)
class Column:
    """One column: its key, English label, SQL expression and how to show its values.

    ``kind`` is ``text``, ``int``, ``date`` or ``bool``; ``labels`` maps stored vocabulary
    keys to English labels (translated in the ``Vocab`` context by the GUI); ``sortable``
    false means the column is filled after the query (``Listing.decorate``); ``context`` is
    the translation context of ``label``; ``group``, where set, is shown before the label
    (two columns both labelled "Total", one under "Approved", one under "Actual").
    """

    key: str
    label: str
    expr: Any = None
    kind: str = "text"
    labels: Mapping[str, str] | None = None
    sortable: bool = True
    context: str = COLUMNS
    group: str = ""


@dataclass(frozen=True, slots=True)
class ListRow:
    id: str
    values: tuple[Any, ...]


def shared_values(values: Sequence[Any], seen: dict[Any, Any]) -> tuple[Any, ...]:
    """``values`` as a tuple in which equal texts and dates are one object (kept in ``seen``):
    a view holding 100,000 rows of few distinct units, statuses and dates stays small."""
    return tuple([seen.setdefault(v, v) if type(v) in _SHARED else v for v in values])


_SHARED = frozenset({str, date})


class Listing:
    """Base class: subclasses set ``columns``, ``search`` and implement :meth:`statement`."""

    columns: tuple[Column, ...] = ()
    default_sort: int = 0
    _cursor: tuple[int, bool, str, int, Any, Any] | None = None
    _seen: dict[Any, Any] = {}

    def __init__(self, database: Database) -> None:
        self.database = database
        # Where the last page ended: (sort column, descending, filter text, next offset,
        # the last row's sort value, its id); see the module's documentation.
        self._cursor: tuple[int, bool, str, int, Any, Any] | None = None

    # Subclasses -------------------------------------------------------------------------------
    def id_expr(self) -> Any:
        raise NotImplementedError

    def statement(self, stmt: Select) -> Select:
        """Add the FROM clause, joins and fixed conditions to ``stmt``."""
        raise NotImplementedError

    def search_exprs(self) -> Sequence[Any]:
        """Text expressions that the search box matches (every word must match one)."""
        return [c.expr for c in self.columns if c.kind == "text" and c.expr is not None]

    def decorate(self, rows: list[ListRow]) -> list[ListRow]:
        """Fill columns that are not computed in SQL (``sortable=False``)."""
        return rows

    # Queries ----------------------------------------------------------------------------------
    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def _select(self) -> Select:
        exprs = [self.id_expr().label("_id")]
        for index, column in enumerate(self.columns):
            value = column.expr if column.expr is not None else _null()
            exprs.append(value.label(f"c{index}"))
        return self.statement(select(*exprs))

    def _filtered(self, stmt: Select, filter_text: str) -> Select:
        words = [w for w in (filter_text or "").split() if w]
        searchable = list(self.search_exprs())
        if words and searchable:
            stmt = stmt.where(
                *self._narrowed(searchable, words), *(contains(searchable, w) for w in words)
            )
        return stmt

    def _narrowed(self, searchable: list[Any], words: list[str]) -> list[Any]:
        """Where the text index narrows the search to few rows: the condition "one of them",
        which lets the database read just those instead of walking the sort order."""
        table = getattr(self.id_expr(), "table", None)
        if not isinstance(table, Table):
            return []
        rows: set[int] | None = None
        with self.database.Session() as s:
            for word in words:
                found = narrowed(s.connection(), table, searchable, word)
                if found is not None:
                    rows = found if rows is None else rows & found
        return [] if rows is None else [among(table, rows)]

    def fetch(
        self,
        offset: int,
        limit: int,
        sort_column: int | None = None,
        descending: bool = False,
        filter_text: str = "",
    ) -> list[ListRow]:
        stmt = self._filtered(self._select(), filter_text)
        if sort_column is None or not 0 <= sort_column < len(self.columns):
            sort_column = self.default_sort
        column = self.columns[sort_column]
        if not column.sortable or column.expr is None:
            column = self.columns[self.default_sort]
            sort_column = self.default_sort
        order = column.expr.desc() if descending else column.expr.asc()
        tie = self.id_expr().desc() if descending else self.id_expr().asc()
        stmt = stmt.order_by(order, tie)
        cursor = self._cursor
        here = (sort_column, descending, filter_text or "", offset)
        if offset > 0 and cursor is not None and cursor[:4] == here and not stmt._group_by_clauses:
            nulls_low = nulls_sort_low(self.database.engine.dialect.name)
            stmt = stmt.where(
                seek_after((column.expr, self.id_expr()), cursor[4:], descending, nulls_low)
            )
        elif offset > 0:
            stmt = stmt.offset(offset)
        if offset == 0:
            self._seen = {}
        seen = self._seen
        with self.database.Session() as s:
            rows = [
                ListRow(r[0], shared_values(r[1:], seen))
                for r in s.execute(stmt.limit(limit)).all()
            ]
        if rows:
            last = rows[-1]
            self._cursor = (*here[:3], offset + len(rows), last.values[sort_column], last.id)
        return self.decorate(rows)

    def count(self, filter_text: str = "") -> int:
        self._cursor = None  # asked before every reload: the rows may have changed
        inner = self._filtered(self.statement(select(self.id_expr())), filter_text).subquery()
        with self.database.Session() as s:
            return s.execute(select(func.count()).select_from(inner)).scalar_one()

    def fetch_all(self, filter_text: str = "") -> list[ListRow]:
        return self.fetch(0, 1_000_000, None, False, filter_text)


def _null() -> Any:
    from sqlalchemy import literal

    return literal("")
