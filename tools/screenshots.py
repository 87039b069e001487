"""Screenshots of every tab and dialog, as a person sees them on a small laptop screen.

Run under an X server of the size to check (for example ``Xvfb :95 -screen 0 1024x600x24``)::

    DISPLAY=:95 LANG=zh_CN.UTF-8 python tools/screenshots.py --data-dir D --out shots/1024

The demo campaign is built in ``--data-dir`` if it has no database. Each picture is the whole
screen (``import -window root`` from ImageMagick), so what lies off-screen is visibly missing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--only", default="", help="comma-separated dialog names")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)

    from dudao_desktop.paths import database_path
    from dudao_desktop.services.demo import create_demo

    if not database_path(options.data_dir).exists():
        create_demo(options.data_dir).dispose()

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from window_catalog import every_dialog

    from dudao_desktop.app import create_application, register_fonts
    from dudao_desktop.db.opening import open_database
    from dudao_desktop.ui.main_window import MainWindow
    from dudao_desktop.ui.translation import Translations

    config = tempfile.mkdtemp(prefix="dudao-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, config)
    app = create_application([sys.argv[0]])
    register_fonts(app)
    Translations(app).apply(options.language)
    database = open_database(options.data_dir)
    window = MainWindow(database)
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()

    def shot(name: str) -> None:
        for _ in range(10):
            app.processEvents()
            QTest.qWait(60)
        target = options.out / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        shot(f"tab{index}-{window.current_tab().__class__.__name__}")
    only = set(filter(None, options.only.split(",")))
    with tempfile.TemporaryDirectory() as tmp:
        for name, dialog in every_dialog(database, window, Path(tmp)):
            if only and name not in only:
                continue
            dialog.show()
            shot(f"dialog-{name}")
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
