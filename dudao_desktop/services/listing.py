"""Qt-free queries behind the GUI's tables: SQL sorting, filtering and paging.

A :class:`Listing` names its columns (with English labels marked for translation in the
``Columns`` context), builds one ``SELECT`` of the record id and the column values, and answers
``fetch(offset, limit, sort_column, descending, filter_text)`` and ``count(filter_text)``.
``ui.table_model.QueryTableModel`` shows any listing; tests and the CLI can use it directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP

COLUMNS = "Columns"

__all__ = ["COLUMNS", "QT_TRANSLATE_NOOP", "Column", "Listing", "ListRow"]


@dataclass(frozen=True)
class Column:
    """One column: its key, English label, SQL expression and how to show its values.

    ``kind`` is ``text``, ``int``, ``date`` or ``bool``; ``labels`` maps stored vocabulary
    keys to English labels (translated in the ``Vocab`` context by the GUI); ``sortable``
    false means the column is filled after the query (``Listing.decorate``).
    """

    key: str
    label: str
    expr: Any = None
    kind: str = "text"
    labels: Mapping[str, str] | None = None
    sortable: bool = True


@dataclass(frozen=True)
class ListRow:
    id: str
    values: tuple[Any, ...]


class Listing:
    """Base class: subclasses set ``columns``, ``search`` and implement :meth:`statement`."""

    columns: tuple[Column, ...] = ()
    default_sort: int = 0

    def __init__(self, database: Database) -> None:
        self.database = database

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
                and_(*(or_(*(e.icontains(w, autoescape=True) for e in searchable)) for w in words))
            )
        return stmt

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
        order = column.expr.desc() if descending else column.expr.asc()
        tie = self.id_expr().desc() if descending else self.id_expr().asc()
        stmt = stmt.order_by(order, tie).offset(offset).limit(limit)
        with self.database.Session() as s:
            rows = [ListRow(r[0], tuple(r[1:])) for r in s.execute(stmt).all()]
        return self.decorate(rows)

    def count(self, filter_text: str = "") -> int:
        inner = self._filtered(self.statement(select(self.id_expr())), filter_text).subquery()
        with self.database.Session() as s:
            return s.execute(select(func.count()).select_from(inner)).scalar_one()

    def fetch_all(self, filter_text: str = "") -> list[ListRow]:
        return self.fetch(0, 1_000_000, None, False, filter_text)


def _null() -> Any:
    from sqlalchemy import literal

    return literal("")
