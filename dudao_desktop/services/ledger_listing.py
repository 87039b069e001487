"""A ledger's list view built from its declared columns (:mod:`.ledger_columns`).

:class:`LedgerListing` shows the ``listed`` columns of a ledger in declaration order, sorted,
searched and paged in SQL like every :class:`~.listing.Listing`; computed columns are filled
after the query. Subclasses add the ledger's filters with :meth:`LedgerListing.conditions`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Select

from ..db.engine import Database
from .ledger_columns import CONTEXT, Ledger, LedgerColumn, with_terms
from .listing import Column, Listing, ListRow

#: How a declared kind is shown in a table cell.
_SHOWN = {"number": "int", "date": "date", "bool": "bool"}


def list_column(ledger: Ledger, column: LedgerColumn, shared_label: bool = False) -> Column:
    """The listing column of a declared ledger column; a label ``shared_label`` with another
    listed column is shown with its header group (a list has one header row)."""
    expr = ledger.expr(column)
    return Column(
        column.key,
        column.label,
        expr,
        kind=_SHOWN.get(column.kind, "text"),
        labels=column.vocab,
        sortable=expr is not None,
        context=CONTEXT,
        group=(column.group or "") if shared_label else "",
    )


class LedgerListing(Listing):
    """The list of one declared ledger; ``ledger`` is set by the subclass or the caller."""

    ledger: Ledger

    def __init__(self, database: Database, ledger: Ledger | None = None) -> None:
        super().__init__(database)
        if ledger is not None:
            self.ledger = ledger
        with database.Session() as s:
            listed = with_terms(s, self.ledger.listed())
        labels = Counter(c.label for c in listed)
        self.columns = tuple(list_column(self.ledger, c, labels[c.label] > 1) for c in listed)
        self._computed = [
            (i, c) for i, c in enumerate(self.ledger.listed()) if c.compute is not None
        ]
        sortable = [i for i, c in enumerate(self.columns) if c.sortable]
        if self.default_sort not in sortable:
            self.default_sort = sortable[0] if sortable else 0

    def id_expr(self) -> Any:
        return self.ledger.model.id

    def search_exprs(self) -> list[Any]:
        return [
            self.ledger.expr(c)
            for c in self.ledger.listed()
            if c.kind in ("text", "long_text", "person", "docno", "unit")
            and self.ledger.expr(c) is not None
        ]

    def conditions(self) -> list[Any]:
        """The ledger's filters (subclasses)."""
        return []

    def statement(self, stmt: Select) -> Select:
        return self.ledger.statement(stmt).where(*self.conditions())

    def decorate(self, rows: list[ListRow]) -> list[ListRow]:
        if not self._computed:
            return rows
        today = date.today()
        keys = [c.key for c in self.columns]
        result = []
        for row in rows:
            values = list(row.values)
            named = dict(zip(keys, values, strict=True))
            for index, column in self._computed:
                values[index] = column.compute(named, today)
            result.append(ListRow(row.id, tuple(values)))
        return result
