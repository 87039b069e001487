"""PySide6 6.12.0 loses a reference to None on every void call; the app must still exit cleanly.

Without ``ui.none_guard`` a script that opens the main window and works a while aborts with
``Fatal Python error: none_dealloc`` (exit code 134) on Python 3.11. See ``ui/none_guard.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys

from dudao_desktop import ui
from dudao_desktop.services.demo import create_demo
from dudao_desktop.ui import none_guard

# The child opens the main window on DATA_DIR, tours every tab TOURS times, then makes more
# void Qt calls than None has references without the guard, and exits normally.
CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dudao_desktop.app import create_application
from dudao_desktop.db.opening import open_database
from dudao_desktop.ui.main_window import MainWindow
from dudao_desktop.ui.translation import Translations

def report(step):
    print("NONE", step, sys.getrefcount(None), flush=True)

data_dir, config, tours, calls = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config)
app = create_application([sys.argv[0]])
translations = Translations(app)
translations.apply("en")
database = open_database(data_dir)
window = MainWindow(database, translations)
window.show()
app.processEvents()
report("shown")
for tour in range(tours):
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        app.processEvents()
    report(f"tour{tour}")
for _ in range(calls):
    window.ui.tabs.update()  # a void method: each call costs None one reference on 6.12.0
report("calls")
window.close()
app.processEvents()
database.dispose()
report("closed")
"""


def test_guard_matches_the_installed_pyside6():
    leak = none_guard.none_leak_per_call()
    leaky_binding = sys.version_info < (3, 12) and leak >= 0.5
    print(
        f"None references lost per void PySide6 call: {leak:+.2f}; "
        f"guard installed: {ui.NONE_GUARD_INSTALLED}; refcount: {sys.getrefcount(None)}"
    )
    assert leaky_binding is ui.NONE_GUARD_INSTALLED
    if leaky_binding:
        assert sys.getrefcount(None) > none_guard.HEADROOM // 2
    # Installing twice never raises the count twice.
    before = sys.getrefcount(None)
    assert none_guard.install() is False
    assert sys.getrefcount(None) <= before


def test_main_window_tab_tour_exits_cleanly(tmp_path):
    data_dir = tmp_path / "demo"
    create_demo(data_dir, units=30).dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    tours, calls = 3, 150_000
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(tmp_path / "cfg"), str(tours), str(calls)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    figures = dict(
        (parts[1], int(parts[2]))
        for parts in (line.split() for line in done.stdout.splitlines())
        if len(parts) == 3 and parts[0] == "NONE"
    )
    print("sys.getrefcount(None) in the child:", figures)
    assert "none_dealloc" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
    assert list(figures) == ["shown", *(f"tour{i}" for i in range(tours)), "calls", "closed"]
    lowest = min(figures.values())
    # The tour and the void calls cannot bring None anywhere near zero...
    assert lowest > calls
    if ui.NONE_GUARD_INSTALLED:
        assert lowest > none_guard.HEADROOM // 2
    # ...and what the tab tour costs (PySide6's leak, if any) stays far below what is left.
    per_tour = (figures["tour0"] - figures[f"tour{tours - 1}"]) / (tours - 1)  # tour0 loads
    print(f"None references lost per tab tour: {per_tour:.0f}")
    assert per_tour * 1_000_000 < lowest
