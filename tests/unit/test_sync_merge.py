"""The merge: order-independent, idempotent, and nothing lost (property tests)."""

from __future__ import annotations

import itertools
import os
import shutil
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from backends import PostgresServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select
from sync_support import dump

from dudao_desktop.db.engine import Database, make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import ChangeLog, Conflict, Inspector, Installation
from dudao_desktop.paths import database_path
from dudao_desktop.services.conflicts import list_conflicts, resolve_conflict
from dudao_desktop.sync.entries import ENTRY_COLUMNS, Entry, from_row
from dudao_desktop.sync.merge import apply_entries, heads_and_winner

pytestmark = pytest.mark.backends

FIELDS = ("name", "phone", "post")
VALUES = ("a", "b", "c")
ROWS = 2


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("empty")
    open_database(directory, create=True).dispose()
    return database_path(directory)


@pytest.fixture
def server(backend: str, request: pytest.FixtureRequest) -> tuple[PostgresServer, str] | None:
    """On the PostgreSQL run: the server and its schema template, for the offices."""
    if backend == "sqlite":
        return None
    return request.getfixturevalue("postgres"), request.getfixturevalue("postgres_schema")


class Installations:
    """Installations made for one test; with a ``server``, offices live on it (laptops
    always keep SQLite files)."""

    def __init__(
        self, empty: Path, root: Path, server: tuple[PostgresServer, str] | None = None
    ) -> None:
        self.empty, self.root, self.server = empty, root, server
        self.opened: list[Database] = []
        self.urls: list[str] = []

    def new(self, name: str, office: bool = False) -> Database:
        directory = self.root / f"{name}-{uuid.uuid4().hex[:6]}"
        directory.mkdir(parents=True)
        if office and self.server is not None:
            postgres, template = self.server
            self.urls.append(postgres.create(template=template))
            engine = make_engine(self.urls[-1])
        else:
            shutil.copy(self.empty, database_path(directory))
            engine = make_engine(sqlite_url(database_path(directory)))
            # Test databases only: no fsync per commit (the merge logic is what is tested).
            event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA synchronous=OFF"))
        database = Database(engine, directory)
        with database.Session() as s, s.begin():
            s.add(
                Installation(
                    id=str(uuid.uuid4()),
                    role="office",
                    display_name=name,
                    created_at=datetime(2026, 3, 1),
                )
            )
        database.load_identity()
        self.opened.append(database)
        return database

    def close(self) -> None:
        for database in self.opened:
            database.dispose()
        if self.server is not None:
            for url in self.urls:
                self.server[0].drop(url)


def all_entries(database: Database) -> list[Entry]:
    with database.Session() as s:
        return [from_row(r) for r in s.execute(select(*ENTRY_COLUMNS).order_by(ChangeLog.seq))]


def apply(database: Database, entries: list[Entry]) -> None:
    with database.session() as s:
        stats = apply_entries(s, entries, datetime(2026, 3, 20))
    if stats.max_hlc:
        database.clock.observe(stats.max_hlc)


edit = st.tuples(
    st.just("edit"),
    st.integers(0, 3),
    st.integers(0, ROWS - 1),
    st.sampled_from(FIELDS),
    st.sampled_from(VALUES),
)
sync = st.tuples(st.just("sync"), st.integers(0, 3), st.integers(0, 3))
pack = st.tuples(st.just("pack"), st.integers(0, 3))


@settings(
    max_examples=int(os.environ.get("DUDAO_MERGE_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    count=st.integers(2, 4),
    ops=st.lists(st.one_of(edit, edit, sync, pack), min_size=1, max_size=14),
    order=st.randoms(use_true_random=False),
)
def test_any_order_and_repetition_converges(empty_db, tmp_path, server, count, ops, order) -> None:
    places = Installations(empty_db, tmp_path / uuid.uuid4().hex[:8], server)
    try:
        sites = [places.new(f"site{i}") for i in range(count)]
        with sites[0].session() as s:
            rows = [Inspector(name=f"inspector {i}") for i in range(ROWS)]
            s.add_all(rows)
        row_ids = [r.id for r in rows]
        base = all_entries(sites[0])
        for site in sites[1:]:
            apply(site, base)
        packages: list[list[Entry]] = [base]
        written: list[tuple[int, str, str, str]] = []  # site, row, field, value
        for op in ops:
            if op[0] == "edit":
                _, who, row, field, value = op
                site = sites[who % count]
                with site.session() as s:
                    setattr(s.get(Inspector, row_ids[row]), field, value)
                written.append((who % count, row_ids[row], field, value))
            elif op[0] == "sync":
                apply(sites[op[2] % count], all_entries(sites[op[1] % count]))
            else:
                packages.append(all_entries(sites[op[1] % count]))
        packages += [all_entries(site) for site in sites]

        first = places.new("target-a", office=True)
        for package in packages:
            apply(first, package)
        second = places.new("target-b", office=True)
        shuffled = packages + order.sample(packages, k=min(3, len(packages)))
        order.shuffle(shuffled)
        for package in shuffled:
            apply(second, package)
        expected = dump(first)
        assert dump(second) == expected

        # Nothing lost: every value written is current, superseded by a later write that
        # saw it, or waiting in the conflict list.
        union = {(e.row_id, e.field, e.hlc): e for p in packages for e in p}
        current = {
            (getattr_row(r, "id"), f): getattr_row(r, f)
            for r in expected["inspector"]
            for f in FIELDS
        }
        losers = {(c[1], c[2], c[6]) for c in expected["conflict"]}
        for (row_id, field), group in itertools.groupby(
            sorted(union.values(), key=lambda e: (e.row_id, e.field)),
            key=lambda e: (e.row_id, e.field),
        ):
            entries = list(group)
            bases = {e.base for e in entries}
            winner, _ = heads_and_winner(entries)
            if field in FIELDS:
                assert current[(row_id, field)] == winner.value.strip('"')
            for e in entries:
                kept = e.value == winner.value or e.hlc in bases or (row_id, field, e.hlc) in losers
                assert kept, (e, winner)
        for _site, row_id, field, value in written:
            history = [e for e in union.values() if e.row_id == row_id and e.field == field]
            assert any(e.value == f'"{value}"' for e in history)
    finally:
        places.close()


def getattr_row(row: tuple, field: str) -> str:
    columns = [c.name for c in Inspector.__table__.columns]
    return row[columns.index(field)]


def test_concurrent_edits_conflict_and_resolution_settles_everywhere(
    empty_db, tmp_path, server
) -> None:
    places = Installations(empty_db, tmp_path, server)
    try:
        office, laptop = places.new("office", office=True), places.new("laptop")
        with office.session() as s:
            inspector = Inspector(name="王伟", phone="1")
            s.add(inspector)
        apply(laptop, all_entries(office))
        with office.session() as s:
            s.get(Inspector, inspector.id).phone = "office"
        with laptop.session() as s:
            s.get(Inspector, inspector.id).phone = "laptop"
        apply(office, all_entries(laptop))
        apply(laptop, all_entries(office))
        conflicts = list_conflicts(office)
        assert len(conflicts) == 1
        assert {conflicts[0].winner_value, conflicts[0].loser_value} == {"office", "laptop"}
        assert dump(office)["inspector"] == dump(laptop)["inspector"]
        assert dump(office)["conflict"] == dump(laptop)["conflict"]
        shown = conflicts[0].winner_value

        resolve_conflict(office, conflicts[0].id, "merged", "office / laptop")
        with office.Session() as s:
            assert s.get(Inspector, inspector.id).phone == "office / laptop"
        assert list_conflicts(office) == []
        assert list_conflicts(office, include_resolved=True)[0].resolution == "merged"
        # The resolution travels: the laptop's open conflict disappears, the value arrives.
        apply(laptop, all_entries(office))
        with laptop.Session() as s:
            assert s.get(Inspector, inspector.id).phone == "office / laptop"
            assert s.execute(select(Conflict)).scalars().all() == []
        assert shown in ("office", "laptop")
    finally:
        places.close()


def test_fast_forward_is_not_a_conflict(empty_db, tmp_path, server) -> None:
    places = Installations(empty_db, tmp_path, server)
    try:
        office, laptop = places.new("office", office=True), places.new("laptop")
        with office.session() as s:
            inspector = Inspector(name="李娜")
            s.add(inspector)
        apply(laptop, all_entries(office))
        with laptop.session() as s:
            s.get(Inspector, inspector.id).post = "科长"
        with laptop.session() as s:
            s.get(Inspector, inspector.id).post = "副主任"
        apply(office, all_entries(laptop))
        apply(office, all_entries(laptop))
        with office.Session() as s:
            assert s.get(Inspector, inspector.id).post == "副主任"
        assert list_conflicts(office) == []
    finally:
        places.close()
