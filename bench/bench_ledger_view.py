"""The ledger tabs as a user opens and uses them: 10,000 units, 100,000 problems.

Each case is timed through the Qt model and the tab, offscreen, until the event loop has
drawn the result: the first open of a ledger tab (clicking its title in the main window: the
tab is built, its unit filter, its columns, its first page and its counts), then on the open
rectification ledger: sorting by a header, choosing a status, a category, "overdue", a unit
through the unit filter (typing part of its name and taking the first unit proposed). Every
tab's module is imported before the first timed run (the start imports them in the
background), so the figures are the work of the tab, not of Python's imports. Text searches
are measured by ``bench_search.py``.

Floor (printed alongside): the bare ``SELECT * FROM problem LIMIT 200`` with sqlite3 on the
same file. Work and floor run as pairs, alternating which goes first, median of at least 5
pairs with the spread. Budget (DESIGN.md): < 150 ms each, on the median.

Run: ``python bench/bench_ledger_view.py [rows] [--units N] [--pairs N] [--postgres URL]``
(with a server: the same office on it, with the same rows, against the same SQLite floor).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _bench_data import bulk_ledger
from _floor import pair_runs, time_verdict
from backends import PostgresServer

BUDGET_S = 0.150
PAGE = 200
LEDGER_TABS = ("RectificationTab", "ApprovalsTab", "InformationTab")


def settle() -> None:
    """Let the event loop deliver what the action posted (resets, paints)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.processEvents()


class Session:
    """A main window on the database, as the user has it; rebuilt for each first open."""

    def __init__(self, database) -> None:
        from dudao_desktop.ui.main_window import MainWindow
        from dudao_desktop.ui.tabs import TABS, tab_classes

        tab_classes()  # the modules, as the start imports them in the background
        self.database = database
        self.names = [spec.name for spec in TABS]
        self.window_class = MainWindow
        self.window = None

    def fresh_window(self) -> None:
        from dudao_desktop.ui import settings as keys

        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            settle()
        keys.settings().setValue(keys.CURRENT_TAB, 0)
        self.window = self.window_class(self.database)
        self.window.resize(1280, 800)
        self.window.show()
        settle()

    def open_tab(self, name: str) -> Callable[[], float]:
        """The first click on the tab's title (a fresh window before each run, untimed)."""

        def run() -> float:
            self.fresh_window()
            index = self.names.index(name)
            start = time.perf_counter()
            self.window.ui.tabs.setCurrentIndex(index)
            settle()
            took = time.perf_counter() - start
            if self.window.ui.tabs.currentWidget().objectName() == "loadingPage":
                raise RuntimeError(f"{name} was not built")
            return took

        return run

    def rectification(self):
        if self.window is None or not hasattr(self.window.current_tab(), "problems"):
            self.fresh_window()
            self.window.ui.tabs.setCurrentIndex(self.names.index("RectificationTab"))
            settle()
        return self.window.current_tab()

    def on_ledger(
        self, action: Callable, reset: Callable, prepare: Callable | None = None
    ) -> Callable[[], float]:
        """``action(tab)`` on the open rectification ledger, timed; ``reset(tab)`` (untimed)
        undoes it."""

        def run() -> float:
            tab = self.rectification()
            (prepare or reset)(tab)
            settle()
            start = time.perf_counter()
            action(tab)
            settle()
            took = time.perf_counter() - start
            if tab.problems.rowCount() == 0:
                raise RuntimeError(f"the ledger shows no rows ({tab.filters()})")
            reset(tab)  # the next case starts from the whole ledger
            return took

        return run


def sort_by(key: str, descending: bool = False):
    from PySide6.QtCore import Qt

    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def action(tab) -> None:
        column = tab.problems.listing.column_index(key)
        tab.ui.problemsView.sortByColumn(column, order)

    def reset(tab) -> None:  # the ledger's own order: by deadline
        column = tab.problems.listing.default_sort
        tab.ui.problemsView.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    return action, reset


def choose(combo_name: str, value: str):
    def action(tab) -> None:
        combo = getattr(tab.ui, combo_name)
        combo.setCurrentIndex(combo.findData(value))

    def reset(tab) -> None:
        getattr(tab.ui, combo_name).setCurrentIndex(0)

    return action, reset


def overdue():
    def action(tab) -> None:
        tab.ui.overdueCheck.setChecked(True)

    def reset(tab) -> None:
        tab.ui.overdueCheck.setChecked(False)

    return action, reset


def unit_typed(text: str):
    """The unit filter: the name but its last character typed beforehand (untimed); timed:
    the last key press (the completer asks the database again) and Enter on the first unit
    proposed (the ledger filtered by it)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_keys(edit, keys: str) -> None:
        for char in keys:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(edit, event)

    def prepare(tab) -> None:
        tab.ui.unitCombo.setCurrentIndex(0)
        edit = tab.ui.unitCombo.lineEdit()
        edit.setFocus()
        edit.selectAll()
        type_keys(edit, text[:-1])

    def action(tab) -> None:
        edit = tab.ui.unitCombo.lineEdit()
        type_keys(edit, text[-1])
        popup = edit.completer().popup()
        popup.setCurrentIndex(popup.model().index(0, 0))
        QApplication.sendEvent(
            popup,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        )
        if tab.ui.unitCombo.currentData() is None:
            raise RuntimeError(f"no unit chosen for {text!r}")

    def reset(tab) -> None:
        tab.ui.unitCombo.setCurrentIndex(0)

    return action, prepare, reset


def unit_with_problems(database) -> str:
    """The name of a unit that has problems (what the bench types into the filter)."""
    from sqlalchemy import select

    from dudao_desktop.model import Problem, Unit

    with database.Session() as s:
        return s.scalar(select(Unit.name).join(Problem, Problem.unit_id == Unit.id).limit(1))


def main(rows: int, units: int, pairs: int, postgres: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from dudao_desktop.db.transfer import analyze
    from dudao_desktop.paths import database_path
    from dudao_desktop.services.installation import init_installation

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="bench-ledger-") as tmp:
        # Settings of the window and the tabs in the temporary directory, not the user's.
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        data_dir = Path(tmp) / "data"
        database = init_installation(data_dir, "office", "bench", "bench")
        bulk_ledger(database, units, rows)
        connection = sqlite3.connect(database_path(data_dir))
        server = PostgresServer(postgres) if postgres else None
        if server is not None:  # the same ledger on the server; the floor stays on SQLite
            database.dispose()
            database = init_installation(
                Path(tmp) / "pg", "office", "bench", "bench", server.create()
            )
            bulk_ledger(database, units, rows)
            analyze(database.engine)
        where = " on PostgreSQL" if server else ""

        def floor() -> float:
            start = time.perf_counter()
            connection.execute("SELECT * FROM problem LIMIT ?", (PAGE,)).fetchall()
            return time.perf_counter() - start

        session = Session(database)
        cases: dict[str, Callable[[], float]] = {
            f"first open of {name}": session.open_tab(name) for name in LEDGER_TABS
        }
        steps = {
            "sort by deadline, descending": sort_by("deadline", True),
            "sort by unit": sort_by("unit"),
            "sort by status": sort_by("status"),
            "filter status=notified": choose("statusCombo", "notified"),
            "filter category": choose("categoryCombo", "structure"),
            "filter overdue": overdue(),
        }
        for label, (action, reset) in steps.items():
            cases[f"rectification ledger: {label}"] = session.on_ledger(action, reset)
        action, prepare, reset = unit_typed(unit_with_problems(database))
        cases["rectification ledger: last key typed in the unit filter and Enter"] = (
            session.on_ledger(action, reset, prepare)
        )
        failures = 0
        scale = f"{units:,} units, {rows:,} problems{where}"
        for name, work in cases.items():
            failures += time_verdict(
                f"ledger view, {scale}, {name}", pair_runs(work, floor, pairs), BUDGET_S
            )
        if session.window is not None:
            session.window.close()
        connection.close()
        database.dispose()
        if server is not None:
            server.close()
    del app
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=5, help="paired runs per case (>= 5)")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="the views over the same ledger on this PostgreSQL server (a role that may "
        "CREATE DATABASE); the floor stays the bare SQLite query",
    )
    options = parser.parse_args()
    code = main(options.rows, options.units, options.pairs, options.postgres)
    sys.stdout.flush()
    os._exit(code)  # PySide6 has been seen to abort in interpreter finalization
