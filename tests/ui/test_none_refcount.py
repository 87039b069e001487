"""Probe for a PySide6 fault: in 6.12.0 every bound C++ method returning ``void``
(``update()``, ``setText()``, ...) hands back ``None`` without taking a reference to it, so
each such call lowers ``None``'s reference count by one; on Python 3.11 the interpreter
aborts with ``Fatal Python error: none_dealloc`` after some tens of thousands of calls.
6.11.3 is sound, and ``pyproject.toml`` pins it; these tests fail if the installed PySide6
has the fault (a wrong install, or a later release bringing it back)."""

from __future__ import annotations

import os
import subprocess
import sys

import PySide6
from PySide6.QtCore import QObject

from dudao_desktop.services.demo import create_demo

PROBE_CALLS = 1000

# The child opens the main window, tours every tab, makes many void Qt calls and exits.
CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings

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
Translations(app).apply("en")
database = open_database(data_dir)
window = MainWindow(database)
window.show()
app.processEvents()
report("shown")
for tour in range(tours):
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        app.processEvents()
    report(f"tour{tour}")
for _ in range(calls):
    window.ui.tabs.update()  # a void method
report("calls")
window.close()
app.processEvents()
database.dispose()
report("closed")
"""


def test_void_calls_keep_the_reference_to_none():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    lost = before - sys.getrefcount(None)
    assert lost < PROBE_CALLS // 2, (
        f"PySide6 {PySide6.__version__} lost {lost} references to None in {PROBE_CALLS} "
        "void calls: install the version pinned in pyproject.toml"
    )


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
    assert "none_dealloc" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
    figures = dict(
        (parts[1], int(parts[2]))
        for parts in (line.split() for line in done.stdout.splitlines())
        if len(parts) == 3 and parts[0] == "NONE"
    )
    assert list(figures) == ["shown", *(f"tour{i}" for i in range(tours)), "calls", "closed"]
    # Touring the tabs and 150,000 void calls cost None no references at all.
    assert figures["calls"] >= figures["tour0"] - 100
    assert figures[f"tour{tours - 1}"] >= figures["tour0"] - 100
