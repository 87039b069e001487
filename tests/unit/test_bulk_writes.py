"""A long write on SQLite: its commit leaves the WAL checkpoint to a background thread, its
connection holds a large page cache while it runs, and both settings go back afterwards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from dudao_desktop.db.bulk import BULK_CACHE_KIB, bulk_cache
from dudao_desktop.db.checkpoint import Checkpoints
from dudao_desktop.db.engine import Database
from dudao_desktop.model import ChangeLog
from dudao_desktop.paths import database_path

AUTOCHECKPOINT_PAGES = 1000  # SQLite's default
ROWS = 20_000  # about 5 MB: more than the thousand pages that set off a checkpoint


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_many(database: Database, deferred: bool) -> tuple[str, str, int]:
    """The database file's digest before and right after committing ``ROWS`` entries, and
    the connection's automatic checkpoint setting after the commit."""
    stamp = "000000000001000.000000.office"
    rows = [
        {"table_name": "answer", "row_id": f"row-{n}", "field": "note", "value": f'"核实{n}"'}
        | {"hlc": stamp, "origin": "office", "base_hlc": "", "user_name": "王晓明"}
        for n in range(ROWS)
    ]
    file = database_path(database.data_dir)
    before = digest(file)
    with database.Session() as s, s.begin():
        s.execute(insert(ChangeLog), rows)
        dbapi = s.connection().connection.dbapi_connection
        if deferred:
            with database.checkpoints.deferred(s):
                s.commit()
        else:
            s.commit()
    after = digest(file)
    with database.Session() as s:
        assert s.scalar(select(func.count()).where(ChangeLog.row_id.like("row-%"))) == ROWS
    return before, after, dbapi.execute("PRAGMA wal_autocheckpoint").fetchone()[0]


@pytest.mark.bulk_data  # change-log entries of no record: only their size matters here
def test_a_plain_commit_checkpoints_itself(office_db: Database) -> None:
    before, after, pages = write_many(office_db, deferred=False)
    assert before != after  # the automatic checkpoint copied the log into the file
    assert pages == AUTOCHECKPOINT_PAGES


@pytest.mark.bulk_data
def test_a_deferred_commit_leaves_the_checkpoint_to_a_thread(
    office_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(Checkpoints, "start", lambda self: started.append(True))
    before, after, pages = write_many(office_db, deferred=True)
    assert started == [True]
    assert before == after  # committed (durable in the log), the file not yet touched
    assert pages == AUTOCHECKPOINT_PAGES  # the connection checkpoints its next commits
    monkeypatch.undo()
    office_db.checkpoints.start()
    office_db.checkpoints.wait()
    assert digest(database_path(office_db.data_dir)) != before  # now copied in


@pytest.mark.backends
def test_the_bulk_cache_lasts_for_the_block(office_db: Database, backend: str) -> None:
    with office_db.Session() as s, s.begin():
        if backend == "sqlite":
            usual = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        with bulk_cache(s):
            if backend == "sqlite":
                inside = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
                assert inside == -BULK_CACHE_KIB
        if backend == "sqlite":
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == usual
