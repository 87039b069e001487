"""The merge: order-independent, idempotent, and nothing lost (property tests)."""

from __future__ import annotations

import itertools
import os
import shutil
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from backends import PostgresServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select
from sync_support import dump

from dudao_desktop.db.clock import MAX_AHEAD_MS, HybridClock, Stamp, ahead_ms
from dudao_desktop.db.engine import Database, make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import (
    ChangeLog,
    Conflict,
    EstablishmentSnapshot,
    Inspector,
    Installation,
    Unit,
)
from dudao_desktop.model.natural import natural_id
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


DAY_MS = 86_400_000
MONTHS = ("2026-03", "2026-09")
SNAPSHOT_FIGURES = ("actual_staff", "establishment_admin")


def accepted(package: list[Entry], revoked: set[str], now_ms: int) -> bool:
    """What the office's importer decides for a laptop's package: refused whole when its
    laptop was revoked or a stamp lies too far ahead of the office's clock."""
    if any(e.origin in revoked for e in package):
        return False
    return all(ahead_ms(e.hlc, now_ms) <= MAX_AHEAD_MS for e in package)


laptop_op = st.one_of(
    st.tuples(
        st.just("first"),  # record a month's figures: creates the snapshot if the laptop has none
        st.integers(0, 2),
        st.sampled_from(MONTHS),
        st.sampled_from(SNAPSHOT_FIGURES),
        st.integers(0, 50),
    ),
    st.tuples(st.just("pack"), st.integers(0, 2)),
)


@settings(
    max_examples=int(os.environ.get("DUDAO_MERGE_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    skews=st.lists(st.integers(-3 * DAY_MS, 3 * DAY_MS), min_size=3, max_size=3),
    ops=st.lists(laptop_op, min_size=1, max_size=12),
    revoked=st.sampled_from([None, 0, 1, 2]),
    order=st.randoms(use_true_random=False),
)
def test_first_records_skewed_clocks_and_revocation_converge(
    empty_db, tmp_path, skews, ops, revoked, order
) -> None:
    places = Installations(empty_db, tmp_path / uuid.uuid4().hex[:8])
    try:
        office = places.new("office")
        with office.session() as s:
            unit = Unit(uscc="11370786004390245X", name="昌邑市机构编制委员会办公室", kind="agency")
            s.add(unit)
        base = all_entries(office)
        laptops = []
        for index, skew in enumerate(skews):
            site = places.new(f"laptop{index}")
            site.clock = HybridClock(
                site.installation_id,
                wall_ms=lambda skew=skew: time.time_ns() // 1_000_000 + skew,
            )
            apply(site, base)
            laptops.append(site)
        packages: list[list[Entry]] = []
        for op in ops:
            site = laptops[op[1]]
            if op[0] == "first":
                _, _who, month, figure, value = op
                with site.session() as s:
                    snapshot = s.execute(
                        select(EstablishmentSnapshot).where(EstablishmentSnapshot.month == month)
                    ).scalar()
                    if snapshot is None:
                        snapshot = EstablishmentSnapshot(unit_id=unit.id, month=month)
                        s.add(snapshot)
                    setattr(snapshot, figure, value)
            else:
                packages.append(own_entries(site))
        packages += [own_entries(site) for site in laptops]
        # A forged package: a stamp in 2099 from laptop 0.
        forged = [
            e._replace(hlc=f"{4_102_444_800_000:015d}.000000.{e.origin}") for e in packages[-3][:1]
        ]
        packages.append(forged)
        gone = {laptops[revoked].installation_id} if revoked is not None else set()

        def deliver(target: Database, batch: list[list[Entry]]) -> None:
            apply(target, base)
            for package in batch:
                if package and accepted(package, gone, time.time_ns() // 1_000_000):
                    apply(target, package)

        first, second = places.new("office-a"), places.new("office-b")
        deliver(first, packages)
        shuffled = packages + order.sample(packages, k=min(3, len(packages)))
        order.shuffle(shuffled)
        deliver(second, shuffled)
        expected = dump(first)
        assert dump(second) == expected

        # One record per natural key, under the id of that key, wherever it was created.
        columns = [c.name for c in EstablishmentSnapshot.__table__.columns]
        rows = [dict(zip(columns, r, strict=True)) for r in expected["establishment_snapshot"]]
        assert len({(r["unit_id"], r["month"]) for r in rows}) == len(rows)
        for row in rows:
            assert row["id"] == natural_id("establishment_snapshot", row)
        # No forged or skewed stamp got in, and no clock moved beyond the bound.
        limit = time.time_ns() // 1_000_000 + MAX_AHEAD_MS
        assert all(ahead_ms(e[4], limit) == 0 for e in expected["change_log"])
        for target in (first, second):
            target.clock.observe(f"{4_102_444_800_000:015d}.000000.{office.installation_id}")
            assert Stamp.parse(target.clock.now()).wall <= limit + 1000
        # Nothing lost of what was accepted: every value is current, superseded or a conflict.
        union = {
            (e.row_id, e.field, e.hlc): e
            for p in packages
            if p and accepted(p, gone, time.time_ns() // 1_000_000)
            for e in p
        }
        losers = {(c[1], c[2], c[6]) for c in expected["conflict"]}
        for (_row, _field), group in itertools.groupby(
            sorted(union.values(), key=lambda e: (e.row_id, e.field)),
            key=lambda e: (e.row_id, e.field),
        ):
            entries = list(group)
            bases = {e.base for e in entries}
            winner, _ = heads_and_winner(entries)
            for e in entries:
                assert (
                    e.value == winner.value
                    or e.hlc in bases
                    or (e.row_id, e.field, e.hlc) in losers
                )
    finally:
        places.close()


def own_entries(site: Database) -> list[Entry]:
    return [e for e in all_entries(site) if e.origin == site.installation_id]
