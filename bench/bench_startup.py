"""Start to a usable main window with 10,000 units and 100,000 problems, with each tab in turn
as the tab restored from the last session, against a bare PySide6 window.

Work: a fresh ``python`` process runs the real entry point (``dudao_desktop.app.main``, the
app's own imports in the app's own order: nothing of the app or of PySide6 is imported
before it) on the data directory (demo campaign + bulk units and problems), with the
settings saying that tab ``N`` was open last. "Usable" means the main window is shown and
takes input: after the window's first paint a key press is posted to it, and the clock stops
when the window receives it. Floor: a fresh process that imports PySide6 and shows an empty
``QMainWindow``, stopped the same way. Both offscreen, the time counted from just before the
process is spawned. Each work process also reports when the restored tab has replaced its
loading page (its data shown), printed for information: the budget is on the usable window.
Budget (DESIGN.md): < 3x the floor (and < 1.5 s), on every restored tab.

Run: ``python bench/bench_startup.py [--quick] [--pairs N] [--tabs NAME ...]`` (quick:
2,000 units, 20,000 problems, a 60-unit demo campaign; ``--tabs`` picks tabs by a part of
their class name, e.g. ``--tabs Rectification Units``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGET_RATIO = 3.0
BUDGET_S = 1.5
THIS = str(Path(__file__).resolve())

# Stops the clock the same way in both children: the first paint of the window posts a key
# press to it; READY is printed when the window receives that key press.
USABLE = """
import time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


class Usable(QObject):
    def __init__(self, window, when_ready):
        super().__init__(window)
        self.window, self.when_ready, self.posted = window, when_ready, False
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Paint and not self.posted:
            self.posted = True
            QCoreApplication.postEvent(
                self.window,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F24, Qt.KeyboardModifier.NoModifier),
            )
        elif kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F24:
            assert self.window.isVisible(), "window not shown"
            print(f"READY {time.monotonic()!r}", flush=True)
            self.window.removeEventFilter(self)
            self.when_ready()
            return True
        return False
"""

FLOOR_CHILD = (
    USABLE
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("floor")
watch = Usable(window, app.quit)
window.show()
app.exec()
"""
)


class _AfterImport:
    """A meta-path finder that runs ``then(module)`` once ``name`` has been imported by the
    app itself, so the child patches the main window without importing anything early."""

    def __init__(self, name: str, then) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname, path, target=None):
        if fullname != self.name:
            return None
        from importlib.machinery import PathFinder

        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(fullname, path)
        loader, then = spec.loader, self.then
        original = loader.exec_module

        def exec_module(module) -> None:
            original(module)
            then(module)

        loader.exec_module = exec_module
        return spec


def app_child(data_dir: str) -> int:
    """The real start (``app.main``); READY when usable, TAB when the restored tab is built."""

    def patch(main_window) -> None:
        namespace: dict = {}
        exec(USABLE, namespace)
        cls = main_window.MainWindow
        original_show = cls.show

        def show(self) -> None:
            original_show(self)
            if getattr(self, "_bench_watch", None) is None:
                self._bench_watch = namespace["Usable"](self, lambda: wait_for_tab(self))

        cls.show = show

    def wait_for_tab(window) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def check() -> None:
            if window.ui.tabs.currentWidget().objectName() != "loadingPage":
                print(f"TAB {time.monotonic()!r} {window.current_spec().name}", flush=True)
                QApplication.quit()
            else:
                QTimer.singleShot(2, check)

        check()

    sys.meta_path.insert(0, _AfterImport("dudao_desktop.ui.main_window", patch))
    from dudao_desktop import app

    code = app.main(["dudao-desktop", "--data-dir", data_dir])
    # Leave without interpreter finalization: it is not part of the start, and PySide6 has
    # been seen to abort in it (``none_dealloc`` while garbage-collecting at exit).
    sys.stdout.flush()
    os._exit(code)


def child_times(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the spawn to each line the child printed (READY, TAB)."""
    from _bench_data import run_child

    start = time.monotonic()
    out = run_child(args, env)
    figures = {}
    for line in out.splitlines():
        word, *rest = line.split()
        if word in ("READY", "TAB"):
            figures[word] = float(rest[0]) - start
    if "READY" not in figures:
        raise RuntimeError(f"the child never became usable:\n{out}")
    return figures


def restore_tab(config: Path, index: int) -> None:
    """Write the settings the child reads: tab ``index`` was the one open last."""
    from PySide6.QtCore import QSettings

    from dudao_desktop.ui import settings as keys

    store = QSettings(
        str(config / keys.ORGANIZATION / f"{keys.APPLICATION}.conf"), QSettings.Format.IniFormat
    )
    store.setValue(keys.CURRENT_TAB, index)
    store.sync()


def bench_tab(name: str, scale: str, work_args: list[str], env: dict[str, str], pairs: int) -> int:
    """Paired runs of the start with tab ``name`` restored and of the floor; exit code."""
    from _floor import pair_runs, verdict

    tab_times: list[float] = []

    def work() -> float:
        figures = child_times(work_args, env)
        if "TAB" not in figures:
            raise RuntimeError(f"{name} was never built")
        tab_times.append(figures["TAB"])
        return figures["READY"]

    paired = pair_runs(work, lambda: child_times(["-c", FLOOR_CHILD], env)["READY"], pairs)
    code = verdict(f"startup to a usable window, {name} restored, {scale}", paired, BUDGET_RATIO)
    usable = statistics.median(paired.work)
    if usable >= BUDGET_S:
        print(f"    usable after {usable:.2f} s: OVER the {BUDGET_S} s budget", flush=True)
        code = 1
    shown = tab_times[1:]  # the first is the warm-up run
    floor = statistics.median(paired.floor)
    print(
        f"    {name} shown with its data: min {min(shown):.2f} s, median "
        f"{statistics.median(shown):.2f} s = {statistics.median(shown) / floor:.1f}x the "
        "floor's median (for information: the budget is on the usable window)",
        flush=True,
    )
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data for a quick look")
    parser.add_argument("--pairs", type=int, default=5, help="paired runs per tab (>= 5)")
    parser.add_argument("--tabs", nargs="*", help="only the tabs whose class name has one")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        return app_child(options.child)

    # Imported here, not at the top: the measured child must import only what the app does.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _bench_data import bulk_ledger, child_env

    from dudao_desktop.services.demo import create_demo
    from dudao_desktop.ui.tabs import TABS

    units, problems, demo_units = (2_000, 20_000, 60) if options.quick else (10_000, 100_000, 420)
    chosen = [
        (index, spec)
        for index, spec in enumerate(TABS)
        if not options.tabs or any(n.lower() in spec.name.lower() for n in options.tabs)
    ]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        database = create_demo(data_dir, units=demo_units)
        bulk_ledger(database, units, problems)
        database.dispose()
        config = Path(tmp) / "config"
        env = child_env(config)
        work_args = [THIS, "--child", str(data_dir)]
        scale = f"{units:,} units, {problems:,} problems"
        for index, spec in chosen:
            restore_tab(config, index)
            failures += bench_tab(spec.name, scale, work_args, env, options.pairs)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
