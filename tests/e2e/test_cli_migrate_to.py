"""``dudao migrate-to``: the office's SQLite database moves to the server, checked, all or
nothing, and the evidence store stays where it was."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dudao_desktop.db.engine import make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.db.transfer import change_log_digest
from dudao_desktop.model import Base, Unit
from dudao_desktop.paths import database_path
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import evidence
from dudao_desktop.services.demo import create_demo


def dudao(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
    )


def counts_and_log(engine) -> tuple[dict[str, int], str]:
    with engine.connect() as connection:
        counts = {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar()
            for t in Base.metadata.sorted_tables
        }
        return counts, change_log_digest(connection)


@pytest.fixture
def office_on_sqlite(tmp_path: Path) -> Path:
    directory = tmp_path / "office"
    database = create_demo(directory, units=24)
    photo = tmp_path / "会议记录.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(4096))
    with database.Session() as s:
        unit_id = s.execute(select(Unit.id).order_by(Unit.name)).scalars().first()
    run_to_end(evidence.add_files(database, [photo], evidence.Link(unit_id=unit_id)))
    database.dispose()
    return directory


def test_the_office_moves_to_the_server_with_every_row(office_on_sqlite, postgres):
    before = dudao(office_on_sqlite, "verify")  # what the file's office reports
    assert before.returncode == 0 and "evidence files are sound" in before.stdout
    source = make_engine(sqlite_url(database_path(office_on_sqlite)))
    expected = counts_and_log(source)
    source.dispose()
    url = postgres.create()

    result = dudao(office_on_sqlite, "migrate-to", "--database-url", url)
    assert result.returncode == 0, result.stderr
    assert "all counts and the change log match" in result.stdout

    target = make_engine(url)
    assert counts_and_log(target) == expected
    target.dispose()
    # The data directory now opens the server; the file is kept under a name that says so.
    assert not database_path(office_on_sqlite).exists()
    assert len(list(office_on_sqlite.glob("dudao.moved-*.sqlite3"))) == 1
    database = open_database(office_on_sqlite)
    try:
        assert database.is_server
        with database.session() as s:  # the server's counters go on after the copied keys
            s.add(Unit(uscc="12370799MB1234567X", name="新设单位", kind="institution"))
    finally:
        database.dispose()
    verify = dudao(office_on_sqlite, "verify")  # full: every evidence file re-hashed too
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert verify.stdout == before.stdout  # the same evidence files, every one sound


def test_a_database_that_is_not_empty_is_refused(office_on_sqlite, postgres):
    url = postgres.create()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notes (id integer)")
    engine.dispose()
    result = dudao(office_on_sqlite, "migrate-to", "--database-url", url)
    assert result.returncode == 1
    assert "already holds tables" in result.stderr
    assert database_path(office_on_sqlite).exists()  # still the office's database
    assert not (office_on_sqlite / "database.json").exists()


def test_a_laptop_stays_on_its_own_disk(tmp_path, postgres):
    laptop = tmp_path / "laptop"
    assert dudao(laptop, "init", "--role", "field", "--name", "第一组").returncode == 0
    result = dudao(laptop, "migrate-to", "--database-url", postgres.create())
    assert result.returncode == 1
    assert "laptop keeps its own" in result.stderr


@pytest.mark.parametrize("pg_dump", [True, False], ids=["pg_dump", "logical"])
def test_a_server_backup_restores_into_an_empty_database(
    office_on_sqlite, postgres, pg_dump, monkeypatch
):
    url = postgres.create()
    assert dudao(office_on_sqlite, "migrate-to", "--database-url", url).returncode == 0
    engine = make_engine(url)
    expected = counts_and_log(engine)
    engine.dispose()
    if not pg_dump:  # a clerk's computer without the PostgreSQL client tools
        monkeypatch.setenv("PATH", str(Path(sys.executable).parent))
    backup = office_on_sqlite.parent / "office.backup"
    result = dudao(office_on_sqlite, "backup", "--out", str(backup))
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(backup) is not pg_dump

    fresh = postgres.create()
    result = dudao(office_on_sqlite, "--database-url", fresh, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    engine = make_engine(fresh)
    assert counts_and_log(engine) == expected
    engine.dispose()
    # Into a database that is not empty: refused, nothing changed.
    again = dudao(office_on_sqlite, "--database-url", fresh, "restore", str(backup))
    assert again.returncode == 1 and "already holds tables" in again.stderr
