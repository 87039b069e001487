"""Peak memory while browsing the 100,000-row rectification ledger in the GUI, offscreen.

Work: a fresh process opens the data directory in the real ``MainWindow``, shows the
rectification tab, scrolls the problem table to the end in ``fetchMore`` batches (every row
ends up in the model), sorts by another column, filters (status and search text) and scrolls
the filtered result to the end; it prints its peak ``ru_maxrss``. Floor: a fresh process that
imports PySide6 and shows a ``QMainWindow`` holding an empty ``QTableView``. Budget
(DESIGN.md): < 250 MB peak RSS; the floor is printed alongside.

The scroll uses batches of ``--batch`` rows (default 5,000) instead of the model's 200: the
rows held at the end are the same, a bigger batch only raises the transient peak (so the
figure is conservative), and the view's OFFSET paging makes 500 small batches at the end of
100,000 rows take minutes. The time of one model-size batch at the end is printed too.

Run: ``python bench/bench_browse_memory.py [--quick] [--batch N]`` (quick: 20,000 problems;
``--batch 0``: the model's own batch size).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MB = 250
THIS = str(Path(__file__).resolve())

FLOOR_CHILD = """
import resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication(sys.argv)
window = QMainWindow()
view = QTableView(window)
view.setModel(QStandardItemModel(0, 10, view))
window.setCentralWidget(view)
window.show()
app.processEvents()
print(f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
"""


def peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def browse_child(data_dir: str, batch: int) -> int:
    """Open the window, browse the ledger to the end, sort, filter; print peak RSS."""
    from PySide6.QtCore import Qt

    from dudao_desktop import app
    from dudao_desktop.db.opening import open_database
    from dudao_desktop.services.problem_listing import ProblemLedgerListing
    from dudao_desktop.ui.main_window import MainWindow
    from dudao_desktop.ui.tabs.rectification_tab import RectificationTab

    application = app.create_application(["bench"])
    app.register_fonts(application)
    database = open_database(Path(data_dir))
    window = MainWindow(database)
    window.show()
    tab = window.tab(RectificationTab)
    window.ui.tabs.setCurrentWidget(tab)
    application.processEvents()
    model, view = tab.problems, tab.ui.problemsView
    model_batch, DEADLINE = model.batch, ProblemLedgerListing.default_sort  # the tab's order
    if batch:
        model.batch = batch
    steps: list[str] = []

    def scroll_to_end(label: str) -> None:
        start = time.perf_counter()
        batches = 0
        while model.canFetchMore():
            model.fetchMore()
            view.scrollToBottom()
            application.processEvents()
            batches += 1
        steps.append(
            f"{label}: {model.rowCount():,} rows in {batches} batches "
            f"{time.perf_counter() - start:.1f} s, peak {peak_kb() // 1024} MB"
        )

    opened = peak_kb()
    scroll_to_end("scroll")
    start = time.perf_counter()
    model.listing.fetch(model.rowCount() - model_batch, model_batch, DEADLINE, False)
    steps.append(
        f"one {model_batch}-row batch at the end of the ledger: {time.perf_counter() - start:.2f} s"
    )
    start = time.perf_counter()
    view.sortByColumn(model.listing.column_index("unit"), Qt.SortOrder.DescendingOrder)
    application.processEvents()
    steps.append(f"sort by unit: {time.perf_counter() - start:.2f} s, peak {peak_kb() // 1024} MB")
    tab.ui.statusCombo.setCurrentIndex(1)  # the first status
    tab.ui.searchEdit.setText("超编")
    tab.flush_search()
    application.processEvents()
    scroll_to_end("filtered, scroll")
    print(f"OPENED {opened}", flush=True)
    for step in steps:
        print(f"STEP {step}", flush=True)
    print(f"PEAK {peak_kb()}", flush=True)
    window.close()
    database.dispose()
    return 0


def value(out: str, key: str) -> int:
    return int(next(line for line in out.splitlines() if line.startswith(key + " ")).split()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 problems")
    parser.add_argument("--batch", type=int, default=5_000, help="rows per fetchMore")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        return browse_child(options.child, options.batch)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _bench_data import bulk_ledger, child_env, run_child

    from dudao_desktop.services.installation import init_installation

    problems = 20_000 if options.quick else 100_000
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        data_dir = Path(tmp) / "data"
        database = init_installation(data_dir, "office", "bench", "bench")
        bulk_ledger(database, 1_000, problems)
        database.dispose()
        env = child_env(Path(tmp) / "config")
        floor_out = run_child(["-c", FLOOR_CHILD], env)
        work_out = run_child(
            [THIS, "--child", str(data_dir), "--batch", str(options.batch)], env, timeout=1800
        )
    floor_mb = value(floor_out, "PEAK") / 1024
    work_mb = value(work_out, "PEAK") / 1024
    opened_mb = value(work_out, "OPENED") / 1024
    for line in work_out.splitlines():
        if line.startswith("STEP "):
            print(f"  {line[5:]}")
    ok = work_mb < BUDGET_MB
    print(
        f"memory browsing a {problems:,}-row ledger: peak {work_mb:.0f} MB "
        f"({work_mb / floor_mb:.2f}x floor {floor_mb:.0f} MB bare PySide6; window open "
        f"{opened_mb:.0f} MB; budget < {BUDGET_MB} MB) {'OK' if ok else 'OVER BUDGET'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
