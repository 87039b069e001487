"""Data directories for the benches, built fast, and child-process helpers.

Scale rows (units, problems) are written with core ``insert()`` executemany, bypassing the
change log: they are bench fixtures, never synced. The demo campaign (``create_demo``) goes
through the normal write path, so it is the slow part (~30 s for 420 units).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from sqlalchemy import func, insert, select

from dudao_desktop.db.engine import Database
from dudao_desktop.model import Department, Unit
from dudao_desktop.services import ledger_bulk

BENCH_DIR = Path(__file__).resolve().parent
KINDS = ("agency", "institution", "township")


def bulk_units(database: Database, total: int, batch: int = 5_000) -> int:
    """Add units (and a few departments) until the database holds ``total``; returns added."""
    with database.Session() as s:
        have = s.scalar(select(func.count()).select_from(Unit)) or 0
    missing = total - have
    if missing <= 0:
        return 0
    departments = [
        {
            "id": str(uuid.uuid4()),
            "created_hlc": "",
            "updated_hlc": "",
            "origin": "",
            "deleted": False,
            "name": f"批量主管部门{n:03d}",
            "kind": "agency",
        }
        for n in range(50)
    ]
    with database.engine.begin() as connection:
        connection.execute(insert(Department), departments)
        for first in range(0, missing, batch):
            rows = []
            for n in range(first, min(first + batch, missing)):
                rows.append(
                    {
                        "id": str(uuid.uuid4()),
                        "created_hlc": "",
                        "updated_hlc": "",
                        "origin": "",
                        "deleted": False,
                        "uscc": f"12B{n:014d}X",
                        "uscc_override_note": "bench data",
                        "name": f"批量测试单位{n:05d}",
                        "kind": KINDS[n % 3],
                        "department_id": departments[n % 50]["id"],
                        "establishment_admin": n % 7,
                        "establishment_institution": 10 + n % 20,
                        "establishment_law": 0,
                        "actual_staff": 8 + n % 25,
                        "leader_posts_approved": 3,
                        "leader_posts_actual": 2 + n % 3,
                        "internal_institutions": "办公室、业务科、综合科",
                        "certificate_no": "",
                        "certificate_expiry": None,
                        "address": f"某某市某某路{n}号",
                        "head": "张三",
                    }
                )
            connection.execute(insert(Unit), rows)
    return missing


def bulk_ledger(database: Database, units: int, problems: int) -> None:
    """``units`` units in all and ``problems`` rectification-ledger problems over them."""
    bulk_units(database, units)
    ledger_bulk.bulk_problems(database, problems)


def child_env(settings_dir: Path) -> dict[str, str]:
    """Environment for a GUI child: offscreen, QSettings kept out of the user's home."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(settings_dir)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(BENCH_DIR), env.get("PYTHONPATH", "")) if p)
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float = 300) -> str:
    """Run ``python args...``; return its stdout (raise with its stderr on failure)."""
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"child {args} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return done.stdout
