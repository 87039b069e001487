"""Search boxes over 100,000 problems and 10,000 units: many, few and no matches.

Each case is what a search box does: ``count`` plus the first page of 200 rows through the
listing (the rectification ledger's, the units tab's), and the same through the GUI's Qt
model (``QueryTableModel.set_filter_text`` with a shown ``QTableView`` painting the rows).
Words of one character ("局"), two ("超编") and three or more, Chinese as offices type them.
Floor: a bare indexed ``SELECT * FROM problem ORDER BY deadline LIMIT 200`` with sqlite3 on
the same file, paired with each case (``_floor.pair_runs``). Budget (DESIGN.md): < 150 ms
each, any number of matches (the verdict is on the median of the work's times).

Run: ``python bench/bench_search.py [--quick] [--problems N] [--units N] [--postgres URL]``
(``--quick``: 20,000 problems and 2,000 units; ``--postgres``: the same searches over the same
rows on that server, against the same SQLite floor).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bench_data import bulk_ledger
from _floor import pair_runs, time_verdict, timed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from backends import PostgresServer
from sqlalchemy import update

from dudao_desktop.db.engine import Database
from dudao_desktop.db.transfer import analyze
from dudao_desktop.model import Problem
from dudao_desktop.paths import database_path
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.problem_listing import ProblemLedgerListing
from dudao_desktop.services.units import UnitListing

BUDGET_S = 0.150
PAGE = 200
RARE = "编外人员挤占编制"  # in a few dozen problems only

#: (case, listing, search text): many, few and no matches, words of one, two and more characters.
CASES = (
    ("problems, many matches", "problems", "超编进人"),
    ("problems, many matches, 2 characters", "problems", "超编"),
    ("problems, few matches", "problems", "挤占编制"),
    ("problems, few matches, 2 characters", "problems", "挤占"),
    ("problems, no match", "problems", "查无此词"),
    ("problems, no match, 2 characters", "problems", "无此"),
    ("problems, many matches, 1 character", "problems", "编"),
    ("problems, few matches, 1 character", "problems", "挤"),
    ("problems, no match, 1 character", "problems", "鑫"),
    ("units, many matches", "units", "测试单位"),
    ("units, few matches", "units", "测试单位0004"),
    ("units, no match", "units", "查无此单位"),
    ("units, no match, 1 character", "units", "局"),
)


def build(database: Database, units: int, problems: int) -> None:
    bulk_ledger(database, units, problems)
    with database.engine.begin() as connection:
        ids = connection.execute(
            Problem.__table__.select().with_only_columns(Problem.id).limit(40)
        ).scalars()
        connection.execute(
            update(Problem).where(Problem.id.in_(list(ids))).values(description=RARE)
        )


def listings(database: Database) -> dict[str, Callable[[], Any]]:
    return {
        "problems": lambda: ProblemLedgerListing(database),
        "units": lambda: UnitListing(database),
    }


def service_case(make: Callable[[], Any], search: str) -> Callable[[], Any]:
    def work() -> Any:
        listing = make()
        return listing.count(search), listing.fetch(0, PAGE, None, False, search)

    return work


def gui_case(make: Callable[[], Any], search: str) -> Callable[[], Any]:
    from PySide6.QtWidgets import QApplication, QTableView

    from dudao_desktop.ui.table_model import QueryTableModel

    app = QApplication.instance() or QApplication([])
    model = QueryTableModel(make())
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    def work() -> Any:
        model.set_filter_text("")
        app.processEvents()
        took = timed(lambda: (model.set_filter_text(search), app.processEvents()))
        return took

    return work


def main(problems: int, units: int, postgres: str | None, pairs: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", tmp)
        data_dir = Path(tmp) / "data"
        database = init_installation(data_dir, "office", "bench", "bench")
        build(database, units, problems)
        connection = sqlite3.connect(database_path(data_dir))
        server = PostgresServer(postgres) if postgres else None
        if server is not None:  # the same rows on the server; the floor stays on SQLite
            database.dispose()
            database = init_installation(
                Path(tmp) / "pg", "office", "bench", "bench", server.create()
            )
            build(database, units, problems)
            analyze(database.engine)
        where = " on PostgreSQL" if server else ""

        def floor() -> float:
            return timed(
                lambda: connection.execute(
                    "SELECT * FROM problem ORDER BY deadline LIMIT ?", (PAGE,)
                ).fetchall()
            )

        makers = listings(database)
        failures = 0
        scale = f"{problems:,} problems, {units:,} units"
        for name, listing, search in CASES:
            work = service_case(makers[listing], search)
            paired = pair_runs(lambda work=work: timed(work), floor, pairs)
            failures += time_verdict(
                f"search {name}{where} ({search}; listing; {scale})", paired, BUDGET_S
            )
            paired = pair_runs(gui_case(makers[listing], search), floor, pairs)
            failures += time_verdict(
                f"search {name}{where} ({search}; Qt model and view; {scale})", paired, BUDGET_S
            )
        connection.close()
        database.dispose()
        if server is not None:
            server.close()
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 problems, 2,000 units")
    parser.add_argument("--problems", type=int, default=None)
    parser.add_argument("--units", type=int, default=None)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="the searches over the same rows on this PostgreSQL server (a role that may "
        "CREATE DATABASE); the floor stays the bare SQLite query",
    )
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems = options.problems or (20_000 if options.quick else 100_000)
    units = options.units or (2_000 if options.quick else 10_000)
    sys.exit(main(problems, units, options.postgres, options.pairs))
