"""``dudao-desktop --selftest``: prove an installation (from source or frozen) works.

In a temporary data directory it creates an office installation, builds a small demo
campaign, opens the main window offscreen on it, writes a PDF with Chinese text in the
bundled font and reads it back, then prints one line and exits 0 (1 on any failure, with
the traceback on stderr). Nothing outside the temporary directory is touched: Qt settings
are redirected there too.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

PDF_TEXT = "机构编制大督导自检：中文字体已嵌入"


def check_installation(root: Path) -> str:
    from .services import info
    from .services.installation import init_installation

    database = init_installation(root / "office", "office", "自检编办", "selftest")
    try:
        facts = info.describe(database)
    finally:
        database.dispose()
    if facts["role"] != "office":
        raise RuntimeError(f"new installation has role {facts['role']!r}")
    return f"schema {facts['schema_revision']}"


def check_window(root: Path, units: int) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from . import app as application
    from .services.demo import create_demo

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(root / "settings"))
    qt_app = application.create_application([sys.argv[0] if sys.argv else "dudao-desktop"])
    families = application.register_fonts(qt_app)
    if not families:
        raise RuntimeError("the bundled CJK font could not be loaded into Qt")

    database = create_demo(root / "demo", units=units)
    from .ui.main_window import MainWindow

    window = MainWindow(database)
    try:
        window.show()
        qt_app.processEvents()
        tabs = window.ui.tabs.count()
        if tabs < 6:
            raise RuntimeError(f"main window has {tabs} tabs, expected at least 6")
    finally:
        window.close()
        qt_app.processEvents()
        window.deleteLater()
        qt_app.processEvents()
        database.dispose()
    return f"window with {tabs} tabs on {units} demo units"


def check_pdf(root: Path) -> str:
    from .documents import pdf

    story = [
        *pdf.title("自检"),
        pdf.paragraph(PDF_TEXT),
        pdf.table(["项目", "结果"], [["字体", "文泉驿微米黑"]], [1, 3]),
    ]
    target = pdf.write_pdf(root / "selftest.pdf", story, "自检", "机构编制大督导")
    try:
        from pypdf import PdfReader
    except ImportError:  # the frozen build does not ship pypdf
        size = target.stat().st_size
        if size < 2000:
            raise RuntimeError(f"PDF is only {size} bytes") from None
        return f"PDF {size} bytes"
    text = PdfReader(target).pages[0].extract_text()
    if PDF_TEXT not in text:
        raise RuntimeError(f"PDF text not read back: {text!r}")
    return "PDF text read back"


def run_selftest(argv: list[str] | None = None, units: int = 20) -> int:
    root = Path(tempfile.mkdtemp(prefix="dudao-selftest-"))
    try:
        results = [check_installation(root), check_window(root, units), check_pdf(root)]
    except Exception:
        traceback.print_exc()
        print("dudao-desktop selftest FAILED (see above)", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("dudao-desktop selftest OK: " + "; ".join(results))
    return 0


if __name__ == "__main__":
    sys.exit(run_selftest(sys.argv))
