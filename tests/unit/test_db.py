"""Storage guarantees: pragmas, migrations, atomic transactions, the change log, the clock."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from dudao_desktop.db import migrate, text_index
from dudao_desktop.db.changes import TombstoneRequired
from dudao_desktop.db.clock import HybridClock, Stamp
from dudao_desktop.db.engine import make_engine
from dudao_desktop.db.opening import open_database
from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Base, ChangeLog, Department, Unit
from dudao_desktop.paths import database_path
from dudao_desktop.progress import run_to_end
from dudao_desktop.services.integrity import change_log_mismatches, verify


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_sets_the_pragmas(office_db):
    # Several pooled connections at once, each checked on its own DBAPI cursor.
    connections = [office_db.engine.raw_connection() for _ in range(3)]
    try:
        assert len({id(c.driver_connection) for c in connections}) == 3
        for connection in connections:
            cursor = connection.cursor()
            assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cursor.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            cursor.close()
    finally:
        for connection in connections:
            connection.close()


@pytest.mark.backends
def test_models_and_migrations_agree(office_db):
    with office_db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": text_index.include_name}
        )
        assert compare_metadata(context, Base.metadata) == []
    assert migrate.current_revision(office_db.engine) == migrate.head_revision()


def test_failed_transaction_leaves_the_file_byte_identical(office_db, data_dir):
    with office_db.session() as s:
        s.add(Department(name="市财政局"))
    office_db.dispose()  # checkpoint the WAL into the main file
    path = database_path(data_dir)
    before = digest(path)
    database = open_database(data_dir)
    with pytest.raises(RuntimeError), database.session() as s:
        s.add(Department(name="市审计局"))
        s.flush()
        raise RuntimeError("power cut in the middle of the work")
    # A constraint failure inside the transaction also rolls everything back.
    with pytest.raises(Exception, match="UNIQUE"), database.session() as s:
        s.add(Department(name="市统计局"))
        s.flush()
        s.add(Department(name="市财政局"))
        s.flush()
    database.dispose()
    assert digest(path) == before
    with sqlite3.connect(path) as raw:
        assert [r[0] for r in raw.execute("SELECT name FROM department")] == ["市财政局"]


@pytest.mark.backends
@pytest.mark.backends
def test_a_failed_transaction_changes_nothing(office_db):
    with office_db.session() as s:
        s.add(Department(name="市财政局"))
    with office_db.Session() as s:
        logged = s.execute(select(func.count()).select_from(ChangeLog)).scalar()
    with pytest.raises(RuntimeError), office_db.session() as s:
        s.add(Department(name="市审计局"))
        s.flush()
        raise RuntimeError("power cut in the middle of the work")
    with pytest.raises(IntegrityError), office_db.session() as s:
        s.add(Department(name="市统计局"))
        s.flush()
        s.add(Department(name="市财政局"))
        s.flush()
    with office_db.Session() as s:
        assert s.execute(select(Department.name)).scalars().all() == ["市财政局"]
        assert s.execute(select(func.count()).select_from(ChangeLog)).scalar() == logged


@pytest.mark.backends
def test_every_write_is_in_the_change_log(office_db):
    with office_db.session() as s:
        dept = Department(name="市教育和体育局")
        s.add(dept)
        s.flush()
        unit = Unit(
            uscc="12370799MB0000000X", name="市实验小学", kind="institution", department_id=dept.id
        )
        s.add(unit)
    with office_db.session() as s:
        unit = s.get(Unit, unit.id)
        unit.actual_staff = 31
        unit.deleted = True
    with office_db.Session() as s:
        rows = s.execute(
            select(ChangeLog.field, ChangeLog.value, ChangeLog.base_hlc)
            .where(ChangeLog.row_id == unit.id)
            .order_by(ChangeLog.seq)
        ).all()
        first_stamp = s.execute(
            select(func.min(ChangeLog.hlc)).where(ChangeLog.row_id == unit.id)
        ).scalar()
    fields = [r.field for r in rows]
    assert {"uscc", "name", "kind", "department_id", "actual_staff", "deleted"} <= set(fields)
    assert rows[-2:] == [("actual_staff", "31", first_stamp), ("deleted", "true", first_stamp)]
    assert change_log_mismatches(office_db) == []


@pytest.mark.backends
def test_the_change_log_reproduces_the_demo(demo_db):
    assert change_log_mismatches(demo_db) == []
    with demo_db.Session() as s:
        s.execute(
            text(
                "UPDATE unit SET actual_staff = actual_staff + 1 "
                "WHERE id = (SELECT MIN(id) FROM unit)"
            )
        )
        s.commit()
    assert any("actual_staff" in f for f in change_log_mismatches(demo_db))
    assert not run_to_end(verify(demo_db)).ok


@pytest.mark.backends
def test_synced_records_are_never_hard_deleted(office_db):
    with office_db.session() as s:
        s.add(Department(name="市民政局"))
    with pytest.raises(TombstoneRequired), office_db.session() as s:
        s.delete(s.execute(select(Department)).scalar_one())


def test_clock_is_monotonic_when_the_wall_clock_goes_backwards():
    # The last value stands for every later reading (observe also reads the wall clock).
    wall = itertools.chain([5_000, 5_000, 4_000, 3_000, 6_000, 6_000], itertools.repeat(2_000))
    clock = HybridClock("node-a", wall_ms=lambda: next(wall))
    stamps = [clock.now() for _ in range(6)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 6
    assert Stamp.parse(stamps[3]) == Stamp(5_000, 3, "node-a")
    clock.observe(str(Stamp(9_000, 7, "node-b")))
    later = HybridClock("node-a", last=clock.now(), wall_ms=lambda: 1)
    assert Stamp.parse(later.now()) > Stamp(9_000, 8, "node-a")


@pytest.mark.backends
def test_clock_resumes_after_restart_even_if_the_wall_clock_was_reset(office_db, data_dir):
    with office_db.session() as s:
        s.add(Department(name="市商务局"))
    with office_db.Session() as s:
        last = s.execute(select(func.max(ChangeLog.hlc))).scalar()
    office_db.dispose()
    database = open_database(data_dir)
    database.clock._wall_ms = lambda: 0  # the laptop's battery died and the clock reset
    assert database.clock.now() > last
    database.dispose()


@pytest.mark.backends
def test_a_database_from_a_newer_version_is_refused(office_db, data_dir, backend):
    with office_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    url = office_db.engine.url.render_as_string(hide_password=False)
    office_db.dispose()
    before = None if backend != "sqlite" else digest(database_path(data_dir))
    with pytest.raises(DudaoError, match="newer version"):
        open_database(data_dir, url=None if backend == "sqlite" else url)
    if before is not None:
        assert digest(database_path(data_dir)) == before
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).all() == [
            ("9999",)
        ]
    engine.dispose()


def test_opening_a_missing_database_says_how_to_create_one(tmp_path):
    with pytest.raises(DudaoError, match="dudao init"):
        open_database(tmp_path / "nothing-here")


def test_an_older_database_is_backed_up_then_upgraded(tmp_path):
    from alembic import command

    from dudao_desktop.db.engine import make_engine, sqlite_url
    from dudao_desktop.services.installation import init_installation

    directory = tmp_path / "old"
    init_installation(directory, "office", "旧版编办").dispose()
    path = database_path(directory)
    engine = make_engine(sqlite_url(path))
    config = migrate.alembic_config()
    with migrate.schema_change(
        engine
    ) as connection:  # take the file back to the first released schema
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()

    database = open_database(directory)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision() != "0001"
        with database.Session() as s:
            indexes = {r[1] for r in s.execute(text("PRAGMA index_list(change_log)"))}
            assert "ix_change_log_origin_hlc" in indexes
            assert database.has_identity
    finally:
        database.dispose()
    backups = list(directory.glob("dudao.before-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT display_name FROM installation").fetchone() == ("旧版编办",)


def test_a_database_of_single_figures_keeps_them_as_totals_of_unknown_kind(tmp_path):
    """Upgrading to units by kind loses nothing: the single staff figure becomes the total of
    unknown kind, the leader-post totals stay, the older kinds stay valid."""
    from alembic import command

    from dudao_desktop.db.engine import make_engine, sqlite_url
    from dudao_desktop.model import Unit
    from dudao_desktop.services.installation import init_installation
    from dudao_desktop.services.warnings import over_kinds, over_posts

    directory = tmp_path / "old"
    init_installation(directory, "office", "旧版编办").dispose()
    path = database_path(directory)
    engine = make_engine(sqlite_url(path))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO unit (id, created_hlc, updated_hlc, origin, deleted, uscc, "
                "uscc_override_note, name, kind, establishment_admin, establishment_institution,"
                " establishment_law, actual_staff, leader_posts_approved, leader_posts_actual, "
                "internal_institutions, certificate_no, address, head) VALUES ('u1', '', '', "
                "'', 0, '11370700MB0000000X', '', '某某县财政局', 'agency', 20, 0, 0, 23, 5, 6, "
                "'办公室、预算股', '', '', '')"
            )
        )
    engine.dispose()

    database = open_database(directory)
    try:
        with database.Session() as s:
            unit = s.get(Unit, "u1")
            assert (unit.name, unit.kind, unit.status) == ("某某县财政局", "agency", "active")
            assert (unit.establishment_admin, unit.actual_staff, unit.actual_admin) == (20, 23, 0)
            assert unit.actual_unknown_kind == 23 and unit.approved_establishment == 20
            assert (unit.leader_posts_approved, unit.leader_posts_actual) == (5, 6)
            assert unit.internal_institution_names == ["办公室", "预算股"]
            assert [f["kind"] for f in over_kinds(unit)] == ["total"]
            assert [f["kind"] for f in over_posts(unit)] == ["total"]
    finally:
        database.dispose()


def test_approval_matters_keep_their_changes_when_changes_by_kind_arrive(tmp_path):
    """Upgrading to approval changes by kind keeps every matter's figures: the single
    leader-post figure stays the change of unknown 正/副 split; the new kinds start at 0."""
    from alembic import command

    from dudao_desktop.db.engine import make_engine, sqlite_url
    from dudao_desktop.model import ApprovalMatter
    from dudao_desktop.model.approval import CHANGE_SIDES, FIGURE_CHANGES, change_field
    from dudao_desktop.services.installation import init_installation

    directory = tmp_path / "old"
    database = init_installation(directory, "office", "旧版编办")
    with database.session() as s:
        unit = Unit(name="某某县财政局", uscc="11370700MB0000000X", kind="agency")
        s.add(unit)
        s.flush()
        kept = dict(requested_admin=3, requested_posts=2, approved_admin=2, approved_posts=1)
        s.add(ApprovalMatter(unit_id=unit.id, title="核增行政编制", **kept))
    database.dispose()
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(approval_matter)"))}
        assert "approved_deputy" not in columns and "approved_posts" in columns
    engine.dispose()

    database = open_database(directory)
    try:
        with database.Session() as s:
            matter = s.execute(select(ApprovalMatter)).scalar_one()
            figures = {
                change_field(side, kind): getattr(matter, change_field(side, kind))
                for side in CHANGE_SIDES
                for kind in FIGURE_CHANGES
            }
        assert {k: v for k, v in figures.items() if v} == kept
        assert figures["approved_deputy"] == figures["requested_institution_cg"] == 0
    finally:
        database.dispose()


def test_clock_stamps_are_fixed_width_numbers_and_bounded():
    from dudao_desktop.db.clock import MAX_AHEAD_MS, MAX_COUNTER, BadStamp, stamp_key

    clock = HybridClock("node-a", wall_ms=lambda: 1_000)
    clock.observe(str(Stamp(1_000, MAX_COUNTER, "node-b")))
    after = clock.now()  # the counter never wraps: it borrows the next millisecond
    assert Stamp.parse(after) == Stamp(1_001, 0, "node-a")
    assert stamp_key(after) > stamp_key(str(Stamp(1_000, MAX_COUNTER, "node-b")))
    clock.observe(str(Stamp(4_102_444_800_000, 0, "node-b")))  # a laptop set to 2099
    assert Stamp.parse(clock.now()).wall <= 1_000 + MAX_AHEAD_MS
    arabic = "".join(chr(0x660 + int(d)) for d in "000000000001000")  # ٠٠٠…١٠٠٠
    bad_stamps = ("2.000000.x", "0000000000010000.000000.x", "000000000001000.1000000.x", "", 5)
    unusual = (f"{arabic}.000000.x", "000000000001000.00000\uff11.x", "000000000001000.000000.x\n")
    for bad in (*bad_stamps, *unusual):
        with pytest.raises(BadStamp):
            Stamp.parse(bad)
    assert stamp_key("000000000001000.000002.a") < stamp_key("000000000001001.000000.a")
    # the text of well-formed stamps sorts as their numbers (the merge compares text)
    stamps = [str(Stamp(w, c, n)) for w in (999, 1_000, 10_000) for c in (0, 9, 10) for n in "ab"]
    assert sorted(stamps) == sorted(stamps, key=stamp_key)


@pytest.mark.backends
def test_verify_checks_the_database_itself_on_either_backend(office_db, backend):
    with office_db.session() as s:
        department = Department(name="市文化和旅游局")
        s.add(department)
        s.flush()
        s.add(
            Unit(
                uscc="12370799MB0000001X",
                name="市图书馆",
                kind="institution",
                department_id=department.id,
            )
        )
    assert run_to_end(verify(office_db)).ok
    if backend == "sqlite":  # a row whose parent is gone, written past the foreign keys
        with sqlite3.connect(office_db.engine.url.database) as raw:
            raw.execute("UPDATE unit SET department_id = 'no-such-department'")
        expected = "points to a missing department record"
    else:  # a restore that left the counter behind the keys in use
        with office_db.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO conflict (id, table_name, row_id, field, winner_value, winner_hlc, "
                "winner_origin, loser_value, loser_hlc, loser_origin, detected_at, resolution) "
                "VALUES (500, 't', 'r', 'f', '1', 'h', 'o', '2', 'h', 'o', now(), '')"
            )
        expected = "counter of id is behind"
    report = run_to_end(verify(office_db))
    assert any(expected in finding for finding in report.findings), report.findings
    if backend == "sqlite":  # put the row back (the fixture checks it against the log)
        with sqlite3.connect(office_db.engine.url.database) as raw:
            raw.execute("UPDATE unit SET department_id = ?", (department.id,))
