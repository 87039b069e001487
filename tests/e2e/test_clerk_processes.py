"""Two clerks' processes writing to the office's PostgreSQL database at the same time
(ledger edits and return-package imports) end with the database one after the other gives,
stamps stay unique, and ``dudao verify`` finds it sound."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from dudao_desktop.db.connection import store_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import SYNCED_MODELS, Answer, ChangeLog, Conflict, PackageRecord, Problem
from dudao_desktop.services.demo import create_demo

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from sync_support import (
    answers_of_unit,
    enrolled_laptop,
    group_ids,
    return_package,
    units_of_group,
)

WORKER = Path(__file__).with_name("clerk_worker.py")
EDITS = 12
STAMPS = ("created_hlc", "updated_hlc")


@pytest.fixture(scope="module")
def office_template(tmp_path_factory, postgres, postgres_schema):
    """An office on the server with two return packages waiting and problems to edit."""
    root = tmp_path_factory.mktemp("clerks")
    url = postgres.create(template=postgres_schema)
    office = create_demo(root / "office", units=30, url=url)
    returns = []
    for n, group in enumerate(group_ids(office)[:2]):
        lap = enrolled_laptop(office, root / f"laptop{n}", f"laptop-{n}", group)
        with lap.session() as s:
            for unit_id in units_of_group(lap, group)[:4]:
                for answer in answers_of_unit(s, unit_id)[:10]:
                    answer.note = f"核实 {n}"
        returns.append(return_package(lap, root / f"return{n}.dudao"))
        lap.dispose()
    with office.Session() as s:
        problem_ids = (
            s.execute(select(Problem.id).where(Problem.deleted.is_(False)).order_by(Problem.id))
            .scalars()
            .all()[: 2 * EDITS]
        )
    office.dispose()
    return root / "office", make_url(url).database, returns, problem_ids


def office_copy(template, postgres, target: Path) -> tuple[Path, str]:
    directory, database_name, _returns, _ids = template
    shutil.copytree(directory, target)
    url = postgres.create(template=database_name)
    store_url(target, make_url(url))
    return target, url


def clerk(data_dir: Path, url: str, start: Path, name: str, files, ids) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.Popen(
        [
            sys.executable,
            str(WORKER),
            str(data_dir),
            url,
            str(start),
            name,
            ",".join(map(str, files)),
            ",".join(ids),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(process: subprocess.Popen) -> list[str]:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    return out.split()


def state(data_dir: Path, url: str) -> dict[str, Any]:
    """What must be the same after any order of the clerks' work: rows without the stamps
    of local saves, the change log as a multiset of values, conflicts and received packages."""
    database = open_database(data_dir, url=url)
    result: dict[str, Any] = {}
    try:
        with database.engine.connect() as connection:
            for name, model in sorted(SYNCED_MODELS.items()):
                table = model.__table__
                columns = [c for c in table.c if c.name not in STAMPS]
                result[name] = connection.execute(select(*columns).order_by(table.c.id)).all()
            result["change_log"] = Counter(
                connection.execute(
                    select(
                        ChangeLog.table_name,
                        ChangeLog.row_id,
                        ChangeLog.field,
                        ChangeLog.value,
                        ChangeLog.origin,
                    )
                ).all()
            )
            result["conflict"] = sorted(
                connection.execute(
                    select(
                        Conflict.table_name,
                        Conflict.row_id,
                        Conflict.field,
                        Conflict.winner_value,
                        Conflict.loser_value,
                    )
                ).all()
            )
            result["received"] = sorted(
                connection.execute(select(PackageRecord.package_id)).scalars().all()
            )
            office_id = database.installation_id
            local = (
                connection.execute(
                    select(ChangeLog.hlc).where(
                        ChangeLog.origin == office_id,
                        ChangeLog.table_name == "problem",
                        ChangeLog.field == "responsible",
                    )
                )
                .scalars()
                .all()
            )
    finally:
        database.dispose()
    return result, local


def test_two_clerks_at_once_give_the_serial_result(office_template, postgres, tmp_path):
    _directory, _name, returns, problem_ids = office_template
    mine, theirs = problem_ids[:EDITS], problem_ids[EDITS:]
    work = {
        "clerk-a": (returns, mine),
        "clerk-b": (list(reversed(returns)), theirs),
    }

    serial_dir, serial_url = office_copy(office_template, postgres, tmp_path / "serial")
    started = tmp_path / "go"
    started.touch()
    serial_out = []
    for name, (files, ids) in work.items():
        serial_out += finish(clerk(serial_dir, serial_url, started, name, files, ids))

    together_dir, together_url = office_copy(office_template, postgres, tmp_path / "together")
    start = tmp_path / "start-together"
    processes = [
        clerk(together_dir, together_url, start, name, files, ids)
        for name, (files, ids) in work.items()
    ]
    start.touch()
    together_out = sum((finish(p) for p in processes), [])

    # Each package applied exactly once, the other import found it already there.
    for outcome in (serial_out, together_out):
        statuses = Counter(outcome[1::2])
        assert statuses == {"applied": 2, "already": 2}, outcome
    serial, serial_stamps = state(serial_dir, serial_url)
    together, together_stamps = state(together_dir, together_url)
    assert together == serial
    database = open_database(together_dir, url=together_url)
    with database.Session() as s:
        notes = s.execute(select(Answer.note).where(Answer.note.like("核实%"))).scalars().all()
    database.dispose()
    assert set(notes) == {"核实 0", "核实 1"}  # both laptops' work arrived
    # Every save of the clerks got its own stamp, though they share the office's identity.
    assert len(together_stamps) == len(set(together_stamps)) >= 2 * EDITS

    verify = subprocess.run(
        [
            sys.executable,
            "-m",
            "dudao_desktop.cli",
            "--data-dir",
            str(together_dir),
            "--database-url",
            together_url,
            "verify",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "sound" in verify.stdout
