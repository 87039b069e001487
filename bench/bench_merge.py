"""Merge 20 return packages (420 units, 40 answers each) into the office database.

Set-up (not timed): the demo campaign's office (420 units in 5 groups), a field package per
group, 20 laptops (4 per group, each set up from its group's field package) that each verify
40 checklist answers of every unit in their quarter of the group (verified value and note
saved through the normal write path, so the change log records them), then a return package
from each laptop.

Work: ``services.packages.import_packages`` of the 20 files into a fresh copy of the office
(decrypt, verify signatures and hashes, authorise, merge: one transaction for the batch with
a savepoint per package, each change's line and value decoded once, by the worker process
that reads the next packages' changes while the ones before merge where it can be forked).
The commit leaves its WAL checkpoint to a background thread; closing the database after
the clock stops waits for it.
Floor: the same change-log rows and the resulting answer rows written with ``sqlite3``
``executemany`` into another fresh copy, in one transaction. Budget (DESIGN.md): < 2.5 s on
a quiet machine (< 5 s under load); the ratio against the floor is printed alongside.

Run: ``python bench/bench_merge.py [--quick] [--pairs N] [--postgres URL]`` (quick: a
100-unit campaign; the set-up takes minutes; then five pairs of work and floor run
alternately). With ``--postgres`` the office is moved to that server first (as
``dudao migrate-to`` does) and each run merges into a fresh clone of it; the floor is the
same SQLite one, so the two ratios compare the backends.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _floor import pair_runs
from sqlalchemy import select
from sqlalchemy.engine import make_url

from dudao_desktop.db.engine import Database
from dudao_desktop.db.opening import open_database
from dudao_desktop.db.transfer import move_to_server
from dudao_desktop.model import (
    Answer,
    Assignment,
    Campaign,
    ChangeLog,
    Inspection,
    InspectionGroup,
    Unit,
)
from dudao_desktop.paths import database_path
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import packages
from dudao_desktop.services.checklist import template_items
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.enrolment import enrol, own_request
from dudao_desktop.services.installation import init_installation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from backends import PostgresServer

BUDGET_S = 2.5
LAPTOPS_PER_GROUP = 4
ANSWERS = 40
VERIFIED = {"yes_no": "yes", "number": "3", "text": "已核实"}


def group_units(office: Database) -> tuple[str, dict[str, list[str]]]:
    """The campaign id and each group's units in visiting order."""
    with office.Session() as s:
        campaign_id = s.scalar(select(Campaign.id))
        rows = s.execute(
            select(InspectionGroup.id, Assignment.unit_id)
            .join(Assignment, Assignment.group_id == InspectionGroup.id)
            .order_by(InspectionGroup.number, Assignment.visit_order)
        ).all()
    groups: dict[str, list[str]] = {}
    for group_id, unit_id in rows:
        groups.setdefault(group_id, []).append(unit_id)
    return campaign_id, groups


def verify_answers(laptop: Database, campaign_id: str, unit_ids: list[str]) -> int:
    """Answer ``ANSWERS`` items of every unit as an inspector on site; returns answers."""
    count = 0
    with laptop.session() as s:
        campaign = s.get(Campaign, campaign_id)
        for unit_id in unit_ids:
            unit = s.get(Unit, unit_id)
            inspection = s.scalar(
                select(Inspection).where(
                    Inspection.unit_id == unit_id, Inspection.campaign_id == campaign_id
                )
            )
            existing = {
                a.item_id: a
                for a in s.scalars(select(Answer).where(Answer.inspection_id == inspection.id))
            }
            inspection.step = "on_site"
            for _section, item in template_items(s, campaign.template_id, unit.kind)[:ANSWERS]:
                answer = existing.get(item.id)
                if answer is None:
                    answer = Answer(
                        inspection_id=inspection.id,
                        item_id=item.id,
                        self_value="",
                        verified_value="",
                        note="",
                    )
                    s.add(answer)
                answer.verified_value = VERIFIED[item.answer_kind] if count % 9 else "no"
                answer.note = f"现场核实：查阅台账第{count % 50 + 1}页"
                count += 1
    return count


def build(root: Path, units: int) -> tuple[Path, list[Path], list[Path]]:
    """The office data dir, the 20 return packages, the laptops' data dirs."""
    office = create_demo(root / "office", units=units)
    campaign_id, groups = group_units(office)
    returns: list[Path] = []
    laptops: list[Path] = []
    for number, (group_id, unit_ids) in enumerate(groups.items(), start=1):
        share = -(-len(unit_ids) // LAPTOPS_PER_GROUP)
        for place in range(LAPTOPS_PER_GROUP):
            name = f"group{number}-laptop{place + 1}"
            laptop = init_installation(root / name, "field", name, name)
            request = own_request(laptop)
            enrol(office, request, group_id, request.fingerprint)
            field = root / f"field-{name}.dudao"
            run_to_end(packages.export_field_package(office, group_id, field, laptop=name))
            outcomes = run_to_end(packages.import_packages(laptop, [field]))
            assert all(o.status == "applied" for o in outcomes), outcomes
            verify_answers(laptop, campaign_id, unit_ids[place * share : (place + 1) * share])
            returned = root / f"return-{name}.dudao"
            run_to_end(packages.export_return_package(laptop, returned))
            returns.append(returned)
            laptops.append(root / name)
            laptop.dispose()
    office.dispose()
    return root / "office", returns, laptops


def floor_rows(laptops: list[Path]) -> tuple[list[str], list[tuple], list[str], list[tuple]]:
    """The laptops' own change-log rows and answer rows, as the packages carry them."""
    log_columns = [c.name for c in ChangeLog.__table__.columns if c.name != "seq"]
    answer_columns = [c.name for c in Answer.__table__.columns]
    log_rows: list[tuple] = []
    answer_rows: list[tuple] = []
    for directory in laptops:
        connection = sqlite3.connect(database_path(directory))
        me = connection.execute("SELECT id FROM installation").fetchone()[0]
        log_rows += connection.execute(
            f"SELECT {', '.join(log_columns)} FROM change_log WHERE origin = ?", (me,)
        ).fetchall()
        answer_rows += connection.execute(
            f"SELECT {', '.join(answer_columns)} FROM answer WHERE origin = ?", (me,)
        ).fetchall()
        connection.close()
    return log_columns, log_rows, answer_columns, answer_rows


def fresh_copy(office_dir: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(office_dir, target)
    return target


def on_server(office_dir: Path, root: Path, server: PostgresServer) -> tuple[Path, str]:
    """The office moved to the server (``migrate-to``): its data dir and template database."""
    directory = fresh_copy(office_dir, root / "office-pg")
    url = make_url(server.create())
    source = open_database(directory)
    run_to_end(move_to_server(source.engine, directory, database_path(directory), url))
    return directory, url.database or ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 100-unit campaign")
    parser.add_argument("--pairs", type=int, default=5, help="paired runs (at least 5)")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="merge into the office on this PostgreSQL server (a role that may CREATE "
        "DATABASE); the floor stays the same SQLite one",
    )
    options = parser.parse_args()
    units = 100 if options.quick else 420
    with tempfile.TemporaryDirectory(prefix="bench-merge-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        office_dir, returns, laptops = build(root, units)
        set_up = time.perf_counter() - started
        log_columns, log_rows, answer_columns, answer_rows = floor_rows(laptops)
        server = PostgresServer(options.postgres) if options.postgres else None
        if server is not None:
            office_dir, template = on_server(office_dir, root, server)

        def work() -> float:
            directory = fresh_copy(office_dir, root / "work")
            url = None if server is None else server.create(template=template)
            database = open_database(directory, url=url)
            start = time.perf_counter()
            outcomes = run_to_end(packages.import_packages(database, returns))
            took = time.perf_counter() - start
            assert [o.status for o in outcomes] == ["applied"] * len(returns), outcomes
            database.dispose()
            if url is not None:
                server.drop(url)
            return took

        sqlite_office = root / "office"

        def floor() -> float:
            directory = fresh_copy(sqlite_office, root / "floor")
            connection = sqlite3.connect(database_path(directory), isolation_level=None)
            connection.execute("PRAGMA synchronous=FULL")
            start = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                f"INSERT INTO change_log ({', '.join(log_columns)}) "
                f"VALUES ({', '.join('?' * len(log_columns))})",
                log_rows,
            )
            connection.executemany(
                f"INSERT OR REPLACE INTO answer ({', '.join(answer_columns)}) "
                f"VALUES ({', '.join('?' * len(answer_columns))})",
                answer_rows,
            )
            connection.execute("COMMIT")
            took = time.perf_counter() - start
            connection.close()
            return took

        paired = pair_runs(work, floor, options.pairs)
        if server is not None:
            server.close()
    work_time = statistics.median(paired.work)
    ok = work_time < BUDGET_S
    print(
        f"merge {len(returns)} return packages{' on PostgreSQL' if server else ''}, "
        f"{units} units x {ANSWERS} answers "
        f"({len(log_rows):,} changes): {work_time:.2f} s median ({paired.describe()}; "
        f"budget < {BUDGET_S:.1f} s; set-up {set_up:.0f} s) {'OK' if ok else 'OVER BUDGET'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
