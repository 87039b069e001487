"""Keyset (seek) paging: page after page gives exactly the rows of one ORDER BY query.

The sort columns have duplicates and NULLs (deadline, department, responsible), so the
cursor's tie-breaking and NULL handling are what is tested, for both directions, on the
generic listings (``services.listing``) and on the rectification ledger's own query.
"""

from __future__ import annotations

import random
import re
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import asc, desc, event, insert, select

from dudao_desktop.model import Department, Problem, Unit
from dudao_desktop.services import ledger_bulk
from dudao_desktop.services.ledger_lists import ProblemListing
from dudao_desktop.services.listing import seek_after
from dudao_desktop.services.problem_listing import ProblemLedgerListing
from dudao_desktop.services.problem_query import ProblemFilters

# Bench-scale rows are loaded with core inserts, past the change log.
pytestmark = [pytest.mark.bulk_data, pytest.mark.backends]

ROWS = 240
PAGE = 7


def add_problems(database, count: int = ROWS) -> None:
    """Problems with few distinct deadlines, about a third of them NULL, and units without a
    supervising department (a NULL in the ledger's department column)."""
    rng = random.Random(11)
    units = ledger_bulk.ensure_units(database, 12)
    with database.engine.begin() as connection:
        orphan = str(uuid.uuid4())
        connection.execute(
            insert(Unit),
            [
                {
                    "id": orphan,
                    "created_hlc": "",
                    "updated_hlc": "",
                    "origin": "",
                    "deleted": False,
                    "uscc": "12370799000000999X",
                    "name": "无主管部门单位",
                    "kind": "institution",
                    "department_id": None,
                }
            ],
        )
        units.append(orphan)
        rows = []
        for n in range(count):
            deadline = None if n % 3 == 0 else date(2025, 1, 1) + timedelta(days=rng.randrange(5))
            rows.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "created_hlc": "",
                    "updated_hlc": "",
                    "origin": "",
                    "deleted": n % 17 == 0,
                    "unit_id": rng.choice(units),
                    "campaign_id": None,
                    "item_id": None,
                    "source": "测试",
                    "year": 2020 + n % 3,
                    "category": "structure",
                    "description": f"问题{n % 4}",
                    "cause": "",
                    "actor": "unit",
                    "handling_opinion": "",
                    "measures": "",
                    "rectification_plan": "",
                    "deadline": deadline,
                    "responsible": rng.choice(["张三", "李四", ""]),
                    "status": rng.choice(["identified", "notified", "rectified"]),
                    "notified_on": None,
                    "rectified_on": None,
                    "lookback_on": None,
                    "lookback_result": "",
                }
            )
        connection.execute(insert(Problem), rows)


def page_through(listing, sort_column, descending, filter_text="", page=PAGE):
    """Every row, the way the table model reads them: count, then page after page."""
    listing.count(filter_text)
    rows, offset = [], 0
    while True:
        batch = listing.fetch(offset, page, sort_column, descending, filter_text)
        rows.extend(batch)
        offset += len(batch)
        if len(batch) < page:
            return rows


@pytest.fixture
def paged_db(office_db):
    add_problems(office_db)
    return office_db


def seeks(statements: list[str], descending: bool) -> int:
    """How many statements found their page by key (after the last id) rather than OFFSET."""
    seek = re.compile(rf"problem\.id {'<' if descending else '>'} (\?|%\(\w+\)s)")
    return sum(1 for sql in statements if seek.search(sql))


@pytest.fixture
def statements(paged_db):
    """The SQL statements run on ``paged_db`` from now on."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(paged_db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(paged_db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", ["deadline", "status", "year", "unit", "responsible"])
def test_generic_listing_pages_equal_one_query(paged_db, statements, key, descending):
    listing = ProblemListing(paged_db)
    column = listing.column_index(key)
    whole = listing.fetch(0, 100_000, column, descending)
    assert len(whole) == sum(1 for n in range(ROWS) if n % 17)  # live rows only
    statements.clear()
    paged = page_through(ProblemListing(paged_db), column, descending)
    assert seeks(statements, descending) == len(paged) // PAGE  # every page after the first
    assert [r.id for r in paged] == [r.id for r in whole]
    assert [r.values for r in paged] == [r.values for r in whole]
    # Seek paging really happened: the order is that of one SQL query on (key, id).
    expr = listing.columns[column].expr
    direction = desc if descending else asc
    with paged_db.Session() as s:
        expected = (
            s.execute(
                select(Problem.id)
                .join(Unit, Unit.id == Problem.unit_id)
                .where(Problem.deleted.is_(False))
                .order_by(direction(expr), direction(Problem.id))
            )
            .scalars()
            .all()
        )
    assert [r.id for r in paged] == expected


def test_generic_listing_pages_with_a_search(paged_db):
    listing = ProblemListing(paged_db)
    column = listing.column_index("deadline")
    whole = listing.fetch(0, 100_000, column, False, "问题1")
    assert 0 < len(whole) < ROWS
    assert [r.id for r in page_through(listing, column, False, "问题1")] == [r.id for r in whole]


def test_other_offsets_still_work(paged_db):
    """An offset that is not where the last page ended falls back to OFFSET."""
    listing = ProblemListing(paged_db)
    column = listing.column_index("deadline")
    whole = listing.fetch(0, 100_000, column, False)
    listing.fetch(0, PAGE, column, False)
    assert listing.fetch(50, 10, column, False) == whole[50:60]
    assert listing.fetch(60, 10, column, False) == whole[60:70]  # seek again from here
    assert listing.fetch(3, 4, column, True) == list(reversed(whole))[3:7]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "sort", ["deadline", "unit", "department", "status", "responsible", "description"]
)
def test_ledger_pages_equal_one_query(paged_db, statements, sort, descending):
    column = ProblemLedgerListing.SORTS.index(sort)
    whole = ProblemLedgerListing(paged_db).fetch(0, 100_000, column, descending)
    assert len(whole) == sum(1 for n in range(ROWS) if n % 17)
    listing = ProblemLedgerListing(paged_db)
    statements.clear()
    paged = page_through(listing, column, descending)
    assert seeks(statements, descending) == len(paged) // PAGE
    assert [r.id for r in paged] == [r.id for r in whole]
    assert listing.queries == len(paged) // PAGE + 1


def test_ledger_pages_with_filters_and_search(paged_db):
    filters = ProblemFilters(status="notified")
    column = ProblemLedgerListing.SORTS.index("unit")
    whole = ProblemLedgerListing(paged_db, filters).fetch(0, 100_000, column, False, "问题2")
    assert whole and all(
        r.values[ProblemLedgerListing(paged_db).column_index("status")] == "notified" for r in whole
    )
    paged = page_through(ProblemLedgerListing(paged_db, filters), column, False, "问题2")
    assert [r.id for r in paged] == [r.id for r in whole]


@pytest.mark.parametrize("descending", [False, True])
def test_seek_condition_with_nulls_sorting_high(paged_db, descending):
    """PostgreSQL sorts NULL after every value: the same condition with ``nulls_low=False``
    pages through ``ORDER BY … NULLS LAST`` (ascending) / ``NULLS FIRST`` (descending)."""
    direction = desc if descending else asc
    nulls = (lambda e: e.nulls_first()) if descending else (lambda e: e.nulls_last())
    keys = [Problem.deadline, Problem.responsible, Problem.id]
    order = [
        nulls(direction(Problem.deadline)),
        direction(Problem.responsible),
        direction(Problem.id),
    ]
    with paged_db.Session() as s:
        expected = s.execute(select(*keys).order_by(*order)).all()
        seen, last = [], None
        while True:
            query = select(*keys).order_by(*order).limit(PAGE)
            if last is not None:
                query = query.where(seek_after(keys, tuple(last), descending, nulls_low=False))
            batch = s.execute(query).all()
            seen.extend(batch)
            if len(batch) < PAGE:
                break
            last = batch[-1]
    assert seen == expected
    assert any(row[0] is None for row in seen)


def test_rows_are_compact(paged_db):
    row = ProblemListing(paged_db).fetch(0, 1)[0]
    assert not hasattr(row, "__dict__")  # slots: 100,000 rows held by the view stay small
    with paged_db.Session() as s:
        assert s.scalar(select(Department.id).limit(1)) is not None
