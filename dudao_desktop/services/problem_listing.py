"""The rectification ledger as a listing for ``ui.table_model.QueryTableModel``.

It adapts :func:`.problem_query.fetch`/:func:`.problem_query.count` (filters, SQL sort,
paging) to the listing protocol: ``columns``, ``fetch(offset, limit, sort_column,
descending, filter_text)`` and ``count(filter_text)``. ``queries`` counts the page reads so
tests can prove the view never loads every row.

A text search is counted lazily: an exact count would read every problem on each keystroke
(the search matches inside the texts, so no index helps). While searching, :meth:`count`
answers an upper bound taken from the indexes (the matches without the search text), the
view fetches pages until a short one marks the end, and :meth:`is_estimate` tells the status
bar to show "N+" until then.

Pages after the first are read by key (``problem_query.fetch(after=…)``): the listing keeps
the last row it returned and, when the view asks for the page at the offset where it ended
(same sort, filters and search), fetches the rows after that row instead of counting past
``offset`` rows, so a page at the end of 100,000 rows costs what the first one does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..db.engine import Database
from .ledger_columns import PROBLEMS
from .ledger_listing import list_column
from .listing import ListRow, shared_values
from .problem_query import SORT_KEYS, ProblemFilters, ProblemRow, count, fetch


class ProblemLedgerListing:
    """The problem ledger's listed columns (:data:`.ledger_columns.PROBLEMS`)."""

    columns = tuple(list_column(PROBLEMS, c) for c in PROBLEMS.listed())
    default_sort = next(i for i, c in enumerate(columns) if c.key == "deadline")
    #: The query's sort key per column (a column without SQL sorts by deadline).
    SORTS = tuple(c.key if c.key in SORT_KEYS else "deadline" for c in columns)

    def __init__(self, database: Database, filters: ProblemFilters | None = None) -> None:
        self.database = database
        self.filters = filters or ProblemFilters()
        self.queries = 0
        self.rows_read = 0
        # Where the current search ends, once a short page showed it: (key, row count).
        self._end: tuple[tuple[str, bool, str], int] | None = None
        # Where the last page ended: (key, next offset, its last row), for keyset paging.
        self._cursor: tuple[tuple[str, bool, str], int, ProblemRow] | None = None
        self._seen: dict[Any, Any] = {}

    def with_filters(self, filters: ProblemFilters) -> ProblemLedgerListing:
        return ProblemLedgerListing(self.database, filters)

    def _filters(self, filter_text: str) -> ProblemFilters:
        return replace(self.filters, search=filter_text or self.filters.search)

    def fetch(
        self,
        offset: int,
        limit: int,
        sort_column: int | None,
        descending: bool,
        filter_text: str = "",
    ) -> list[ListRow]:
        sort = self.SORTS[sort_column] if sort_column is not None else "deadline"
        filters = self._filters(filter_text)
        key = (sort, descending, filters.search)
        if self._end is not None and self._end[0] == key and offset >= self._end[1]:
            return []  # the end is known: no query for the page after the last one
        cursor = self._cursor
        after = cursor[2] if cursor and offset > 0 and cursor[:2] == (key, offset) else None
        rows = fetch(self.database, offset, limit, sort, descending, filters, after)
        self.queries += 1
        self.rows_read += len(rows)
        if len(rows) < limit:
            self._end = (key, offset + len(rows))
        if rows:
            self._cursor = (key, offset + len(rows), rows[-1])
        if offset == 0:
            self._seen: dict[Any, Any] = {}  # equal values shared by the rows of one view
        seen = self._seen
        today = filters.today or date.today()
        return [
            ListRow(
                r.id,
                shared_values(
                    [
                        c.compute(r.values, today) if c.compute else r.values[c.key]
                        for c in PROBLEMS.listed()
                    ],
                    seen,
                ),
            )
            for r in rows
        ]

    def count(self, filter_text: str = "") -> int:
        """The number of matching problems; while searching, an upper bound (see above)."""
        self._end = None  # asked before every reload: the rows may have changed
        self._cursor = None
        filters = self._filters(filter_text)
        if filters.search.strip():
            return count(self.database, replace(filters, search=""))
        return count(self.database, filters)

    def is_estimate(self, filter_text: str = "") -> bool:
        """True while :meth:`count` is only an upper bound: a search whose last page has not
        been fetched yet."""
        return bool(self._filters(filter_text).search.strip()) and self._end is None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def describe(self) -> dict[str, Any]:
        return self.filters.as_dict()
