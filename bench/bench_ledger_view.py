"""Open, sort and filter the 100,000-row rectification ledger view (the paged SQL query).

Each operation is what the view does: ``count`` plus the first page of 200 rows, through the
ledger's listing (which counts a text search lazily: an upper bound from the indexes, the
exact figure once the last page is fetched). Floor: a
bare ``SELECT * FROM problem LIMIT 200`` with sqlite3 on the same file, printed alongside.
Budget (DESIGN.md): < 150 ms each.  Run: ``python bench/bench_ledger_view.py [rows]
[--postgres URL]`` (with a server: the same view over the same number of rows there, against
the same SQLite floor).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _floor import best_time

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from backends import PostgresServer

from dudao_desktop.db.transfer import analyze
from dudao_desktop.paths import database_path
from dudao_desktop.services import ledger_bulk
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.problem_listing import ProblemLedgerListing
from dudao_desktop.services.problem_query import ProblemFilters

BUDGET_S = 0.150
PAGE = 200


def main(rows: int = 100_000, postgres: str | None = None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        database = init_installation(data_dir, "office", "bench", "bench")
        ledger_bulk.bulk_problems(database, rows)
        connection = sqlite3.connect(database_path(data_dir))
        server = PostgresServer(postgres) if postgres else None
        if server is not None:  # the same ledger on the server; the floor stays on SQLite
            database.dispose()
            database = init_installation(
                Path(tmp) / "pg", "office", "bench", "bench", server.create()
            )
            ledger_bulk.bulk_problems(database, rows)
            analyze(database.engine)
        where = " on PostgreSQL" if server else ""

        def floor():
            connection.execute("SELECT * FROM problem LIMIT ?", (PAGE,)).fetchall()

        def view(sort: str, descending: bool = False, search: str = "", **filters):
            column = ProblemLedgerListing.SORTS.index(sort)

            def work():
                listing = ProblemLedgerListing(database, ProblemFilters(**filters))
                return (listing.count(search), listing.fetch(0, PAGE, column, descending, search))

            return work

        cases = {
            "open (deadline order)": view("deadline"),
            "sort by deadline, descending": view("deadline", True),
            "sort by unit": view("unit"),
            "sort by status": view("status"),
            "filter status=notified": view("deadline", status="notified"),
            "filter overdue": view("deadline", overdue=True),
            "filter category": view("deadline", category="structure"),
            "search text": view("deadline", search="超编"),
        }
        floor_time = best_time(floor)
        failures = 0
        for name, work in cases.items():
            took = best_time(work)
            verdict = "OK" if took < BUDGET_S else "OVER BUDGET"
            failures += took >= BUDGET_S
            print(
                f"ledger view{where} {name}: {took * 1000:.0f} ms ({took / floor_time:.0f}x floor "
                f"{floor_time * 1000:.1f} ms, budget < {BUDGET_S * 1000:.0f} ms) {verdict}"
            )
        connection.close()
        database.dispose()
        if server is not None:
            server.close()
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="the view over the same ledger on this PostgreSQL server (a role that may "
        "CREATE DATABASE); the floor stays the bare SQLite query",
    )
    options = parser.parse_args()
    sys.exit(main(options.rows, options.postgres))
