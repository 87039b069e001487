"""One clerk at the office database, run as its own process by test_clerk_processes.

``python clerk_worker.py DATA_DIR URL START_FILE NAME PACKAGES PROBLEMS``: waits for
START_FILE, then edits each problem of the comma-separated PROBLEMS (its person responsible)
and imports the comma-separated PACKAGES in between; prints one line per import outcome.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dudao_desktop.db.opening import open_database
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import packages, problems


def main(data_dir: str, url: str, start: str, name: str, files: str, ids: str) -> None:
    database = open_database(Path(data_dir), url=url)
    pending = [Path(f) for f in files.split(",")]
    problem_ids = ids.split(",")
    every = max(len(problem_ids) // (len(pending) + 1), 1)
    while not Path(start).exists():
        time.sleep(0.01)
    for step, problem_id in enumerate(problem_ids, start=1):
        problems.update_problem(database, problem_id, responsible=f"{name} {step}")
        if step % every == 0 and pending:
            outcome = run_to_end(packages.import_packages(database, [pending.pop(0)]))[0]
            print(outcome.file, outcome.status, flush=True)
    for path in pending:
        outcome = run_to_end(packages.import_packages(database, [path]))[0]
        print(outcome.file, outcome.status, flush=True)
    database.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
