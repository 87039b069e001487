"""The rectification ledger as a listing for ``ui.table_model.QueryTableModel``.

It adapts :func:`.problem_query.fetch`/:func:`.problem_query.count` (filters, SQL sort,
paging) to the listing protocol: ``columns``, ``fetch(offset, limit, sort_column,
descending, filter_text)`` and ``count(filter_text)``. ``queries`` counts the page reads so
tests can prove the view never loads every row.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..db.engine import Database
from ..model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from .listing import QT_TRANSLATE_NOOP, Column, ListRow
from .problem_query import ProblemFilters, count, fetch

N = QT_TRANSLATE_NOOP


class ProblemLedgerListing:
    YEAR, UNIT, DEPARTMENT, CATEGORY, DESCRIPTION, SOURCE, STATUS, DEADLINE, RESPONSIBLE, \
        OVERDUE = range(10)
    default_sort = 7
    columns = (
        Column("year", N("Columns", "Year"), kind="int"),
        Column("unit", N("Columns", "Unit")),
        Column("department", N("Columns", "Supervising department")),
        Column("category", N("Columns", "Category"), labels=PROBLEM_CATEGORIES),
        Column("description", N("Columns", "Problem")),
        Column("source", N("Columns", "Source")),
        Column("status", N("Columns", "Status"), labels=PROBLEM_STATUS_LABELS),
        Column("deadline", N("Columns", "Deadline"), kind="date"),
        Column("responsible", N("Columns", "Responsible person")),
        Column("overdue", N("Columns", "Overdue"), kind="bool", sortable=False),
    )
    SORTS = ("year", "unit", "department", "category", "description", "source", "status",
             "deadline", "responsible", "deadline")

    def __init__(self, database: Database, filters: ProblemFilters | None = None) -> None:
        self.database = database
        self.filters = filters or ProblemFilters()
        self.queries = 0
        self.rows_read = 0

    def with_filters(self, filters: ProblemFilters) -> ProblemLedgerListing:
        return ProblemLedgerListing(self.database, filters)

    def _filters(self, filter_text: str) -> ProblemFilters:
        return replace(self.filters, search=filter_text or self.filters.search)

    def fetch(self, offset: int, limit: int, sort_column: int | None, descending: bool,
              filter_text: str = "") -> list[ListRow]:
        sort = self.SORTS[sort_column] if sort_column is not None else "deadline"
        rows = fetch(self.database, offset, limit, sort, descending, self._filters(filter_text))
        self.queries += 1
        self.rows_read += len(rows)
        return [
            ListRow(r.id, (r.year, r.unit_name, r.department, r.category, r.description,
                           r.source, r.status, r.deadline, r.responsible, r.overdue))
            for r in rows
        ]

    def count(self, filter_text: str = "") -> int:
        return count(self.database, self._filters(filter_text))

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def describe(self) -> dict[str, Any]:
        return self.filters.as_dict()
