"""The paged, SQL-side query behind the rectification ledger view (100,000 rows).

The view asks for :func:`count` once per filter change and then for pages of rows with
:func:`fetch` as the user scrolls; sorting, filtering and searching all happen in the
database, so no call ever loads every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, not_, or_, select

from ..db.engine import Database
from ..db.text_index import among, contains, narrowed
from ..model import Department, Problem, Unit
from .ledger_columns import OPEN_STATUSES, PROBLEMS
from .listing import live, nulls_sort_low, seek_after


@dataclass(slots=True)
class ProblemFilters:
    """What the view filters by; ``None``/empty means "any"."""

    status: str | None = None
    category: str | None = None
    unit_id: str | None = None
    department_id: str | None = None
    date_from: date | None = None  # on the deadline
    date_to: date | None = None
    overdue: bool | None = None
    search: str = ""
    year: int | None = None
    campaign_id: str | None = None
    actor: str | None = None
    today: date | None = None  # for tests; defaults to date.today()

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class ProblemRow:
    """One row of the ledger view: the record's ids and the values of its listed columns
    (:data:`LISTED`), by key; ``row.status`` reads ``row.values["status"]``."""

    __slots__ = ("id", "overdue", "unit_id", "values")

    def __init__(self, id: str, unit_id: str, values: dict[str, Any], overdue: bool) -> None:
        self.id = id
        self.unit_id = unit_id
        self.values = values
        self.overdue = overdue

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def unit_name(self) -> str:
        return self.values["unit"]


#: The listed columns with SQL, then what the overdue flag and the paging read.
LISTED = tuple(c for c in PROBLEMS.listed() if PROBLEMS.expr(c) is not None)
_KEYS = tuple(dict.fromkeys([*(c.key for c in LISTED), "status", "deadline", "unit"]))
_EXPRS = {c.key: PROBLEMS.expr(c) for c in PROBLEMS.columns if PROBLEMS.expr(c) is not None}
_COLUMNS = (Problem.id, Problem.unit_id, *(_EXPRS[k] for k in _KEYS))
SORT_KEYS = {c.key: PROBLEMS.expr(c) for c in LISTED}
#: What the search text is looked for in (besides the unit's name).
SEARCHED = (
    Problem.description,
    Problem.cause,
    Problem.measures,
    Problem.responsible,
    Problem.source,
)


def _row(row: Any, today: date) -> ProblemRow:
    values = dict(zip(_KEYS, row[2:], strict=True))
    return ProblemRow(
        row[0], row[1], values, is_overdue(values["status"], values["deadline"], today)
    )


def _seek(database: Database, keys: list[Any], after: ProblemRow, descending: bool) -> Any:
    """Rows after ``after`` in the order of ``keys`` (keyset paging, see ``listing``)."""
    known = [(Problem.id, after.id), (Unit.id, after.unit_id)]
    known += [(_EXPRS[k], after.values[k]) for k in _KEYS]
    values = [next(v for c, v in known if c is k) for k in keys]
    return seek_after(keys, values, descending, nulls_sort_low(database.engine.dialect.name))


def is_overdue(status: str, deadline: date | None, today: date | None = None) -> bool:
    return bool(deadline and status in OPEN_STATUSES and deadline < (today or date.today()))


def _conditions(filters: ProblemFilters) -> tuple[list[Any], bool]:
    """The WHERE conditions, and whether they need the unit table joined (they never do:
    unit-based filters are sub-queries)."""
    return conditions(filters), False


def conditions(filters: ProblemFilters) -> list[Any]:
    """The WHERE conditions on ``problem`` for ``filters`` (live rows only): shared by the
    ledger and by other queries that must agree with it (the dashboard's figures)."""
    f = filters
    today = f.today or date.today()
    where: list[Any] = [live(Problem)]
    if f.status:
        where.append(Problem.status == f.status)
    if f.category:
        where.append(Problem.category == f.category)
    if f.unit_id:
        where.append(Problem.unit_id == f.unit_id)
    if f.department_id:
        where.append(
            Problem.unit_id.in_(select(Unit.id).where(Unit.department_id == f.department_id))
        )
    if f.date_from:
        where.append(Problem.deadline >= f.date_from)
    if f.date_to:
        where.append(Problem.deadline <= f.date_to)
    if f.year:
        where.append(Problem.year == f.year)
    if f.campaign_id:
        where.append(Problem.campaign_id == f.campaign_id)
    if f.actor:
        where.append(Problem.actor == f.actor)
    overdue = and_(
        Problem.deadline.is_not(None),
        Problem.deadline < today,
        Problem.status.in_(OPEN_STATUSES),
    )
    if f.overdue is True:
        where.append(overdue)
    elif f.overdue is False:
        where.append(not_(overdue))
    text = f.search.strip()
    if text:
        where.append(
            or_(
                contains(SEARCHED, text),
                Problem.unit_id.in_(select(Unit.id).where(contains([Unit.name], text))),
            )
        )
    return where


def _narrowed(database: Database, filters: ProblemFilters) -> list[Any]:
    """With a search that the text index narrows to few problems: the condition "one of
    them", which lets the database read just those (see ``db.text_index.narrowed``)."""
    text = filters.search.strip()
    if not text:
        return []
    with database.Session() as s:
        rows = narrowed(s.connection(), Problem.__table__, [*SEARCHED, Unit.name], text)
    return [] if rows is None else [among(Problem.__table__, rows)]


def _select(filters: ProblemFilters, narrowed: Sequence[Any] = ()) -> Select:
    where, _ = _conditions(filters)
    if narrowed:
        # "IS NOT" keeps the planner off the (deleted, …) indexes, on the few candidates.
        where[0] = Problem.deleted.is_not(True)
    return (
        select(*_COLUMNS)
        .select_from(Problem)
        .join(Unit, Unit.id == Problem.unit_id)
        .outerjoin(Department, Department.id == Unit.department_id)
        .where(*narrowed, *where)
    )


def fetch(
    database: Database,
    offset: int,
    limit: int,
    sort: str = "deadline",
    descending: bool = False,
    filters: ProblemFilters | None = None,
    after: ProblemRow | None = None,
) -> list[ProblemRow]:
    """One page of the ledger, sorted and filtered in SQL: ``limit`` rows from ``offset``, or
    (keyset paging, much faster deep in the ledger) the ``limit`` rows after the row
    ``after`` (the last row of the previous page in the same order)."""
    filters = filters or ProblemFilters()
    if sort == "unit":
        return _fetch_by_unit(database, offset, limit, descending, filters, after)
    narrowed = _narrowed(database, filters)
    key = SORT_KEYS.get(sort, Problem.deadline)
    # Ties broken by deadline then id: the (…, deadline, id) indexes serve these orders.
    keys = [key] if key is Problem.deadline else [key, Problem.deadline]
    keys.append(Problem.id)
    order = [k.desc() for k in keys] if descending else [k.asc() for k in keys]
    query = _select(filters, narrowed).order_by(*order)
    if after is not None:
        query = query.where(_seek(database, keys, after, descending))
    else:
        query = query.offset(max(0, offset))
    query = query.limit(max(0, limit))
    today = filters.today or date.today()
    with database.Session() as s:
        rows = s.execute(query).all()
    return [_row(row, today) for row in rows]


def _fetch_by_unit(
    database: Database,
    offset: int,
    limit: int,
    descending: bool,
    filters: ProblemFilters,
    after: ProblemRow | None = None,
) -> list[ProblemRow]:
    """Unit-name order without sorting every problem: count the matches per unit (an index
    walk), find the units that cover the page, then read only their problems."""
    where, _ = _conditions(filters)
    narrowed = _narrowed(database, filters)
    today = filters.today or date.today()
    # "IS NOT" keeps the planner on the (unit_id, deleted, …) index: a GROUP BY in order.
    counting = [*narrowed, Problem.deleted.is_not(True), *where[1:]]
    with database.Session() as s:
        per_unit = dict(
            s.execute(
                select(Problem.unit_id, func.count()).where(*counting).group_by(Problem.unit_id)
            ).all()
        )
        order = [Unit.name.desc(), Unit.id.desc()] if descending else [Unit.name, Unit.id]
        units = [u for u in s.execute(select(Unit.id).order_by(*order)).scalars() if u in per_unit]
        keys = [Unit.name, Unit.id, Problem.deadline, Problem.id]
        if after is not None and after.unit_id in per_unit:
            # Keyset: the rest of the last row's unit, then units until the page is full.
            chosen, seen = [], 0
            for unit_id in units[units.index(after.unit_id) :]:
                chosen.append(unit_id)
                seen += per_unit[unit_id] if unit_id != after.unit_id else 0
                if seen >= limit:
                    break
            query = (
                _select(filters, narrowed)
                .where(Problem.unit_id.in_(chosen), _seek(database, keys, after, descending))
                .order_by(*[k.desc() if descending else k.asc() for k in keys])
                .limit(limit)
            )
            rows = s.execute(query).all()
            return [_row(row, today) for row in rows]
        chosen: list[str] = []
        skip, seen = offset, 0
        for unit_id in units:
            n = per_unit[unit_id]
            if seen + n > offset:
                if not chosen:
                    skip = offset - seen
                chosen.append(unit_id)
                if seen + n >= offset + limit:
                    break
            seen += n
        if not chosen:
            return []
        query = (
            _select(filters, narrowed)
            .where(Problem.unit_id.in_(chosen))
            .order_by(*[k.desc() if descending else k.asc() for k in keys])
            .offset(skip)
            .limit(limit)
        )
        rows = s.execute(query).all()
    return [_row(row, today) for row in rows]


def count(database: Database, filters: ProblemFilters | None = None) -> int:
    """How many problems match (for the row count and the status bar)."""
    filters = filters or ProblemFilters()
    where, needs_unit = _conditions(filters)
    narrowed = _narrowed(database, filters)
    if filters.search.strip() and not narrowed:
        # A search with many candidates reads most rows anyway: a plain table scan beats
        # walking an index on "deleted" and looking each row up ("IS NOT" keeps the planner
        # off that index).
        where[0] = Problem.deleted.is_not(True)
    where = [*narrowed, *where]
    query = select(func.count()).select_from(Problem)
    if needs_unit:
        query = query.join(Unit, Unit.id == Problem.unit_id)
    with database.Session() as s:
        return int(s.execute(query.where(*where)).scalar() or 0)


def count_by_status(database: Database, filters: ProblemFilters | None = None) -> dict[str, int]:
    """Matching problems per status, plus "overdue", for the status bar."""
    filters = filters or ProblemFilters()
    where, needs_unit = _conditions(filters)
    status = Problem.status
    narrowing = ("category", "unit_id", "department_id", "campaign_id", "actor", "year")
    if any(getattr(filters, name) for name in narrowing):
        # Grouped by an expression, so SQLite reads the few rows through the filter's index
        # instead of walking the (deleted, status, …) index for the grouping and looking every
        # problem up to test the filter (0.05 s instead of 0.9 s at 100,000 rows).
        status = Problem.status.concat("")
    query = select(status, func.count()).select_from(Problem)
    if needs_unit:
        query = query.join(Unit, Unit.id == Problem.unit_id)
    today = filters.today or date.today()
    overdue_query = select(func.count()).select_from(Problem)
    if needs_unit:
        overdue_query = overdue_query.join(Unit, Unit.id == Problem.unit_id)
    overdue_query = overdue_query.where(
        *where,
        Problem.deadline.is_not(None),
        Problem.deadline < today,
        Problem.status.in_(OPEN_STATUSES),
    )
    with database.Session() as s:
        result = dict(s.execute(query.where(*where).group_by(status)).all())
        if filters.overdue is None:
            result["overdue"] = int(s.execute(overdue_query).scalar() or 0)
        else:  # every row listed is overdue, or none is: no second pass over them
            result["overdue"] = sum(result.values()) if filters.overdue else 0
    return result


def problem_ids(database: Database, filters: ProblemFilters | None = None) -> list[str]:
    """Ids of every matching problem (for batch actions), in deadline order."""
    where, needs_unit = _conditions(filters or ProblemFilters())
    query = select(Problem.id).select_from(Problem)
    if needs_unit:
        query = query.join(Unit, Unit.id == Problem.unit_id)
    with database.Session() as s:
        return list(s.execute(query.where(*where).order_by(Problem.deadline, Problem.id)).scalars())
