"""Long work runs in a worker with a progress dialog whose Cancel works, and a cancelled task
leaves nothing half-written: no file, no partial file beside it.

Each writer is held at a gate inside the worker (the way a big document keeps the worker busy)
until the test has clicked *Cancel* on the progress dialog, so the cancel always lands while
the work is under way."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

GATE_TIMEOUT = 60


class Gate:
    """Holds a writer in the worker until released."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def hold(self, write):
        def held(*args, **kwargs):
            self.entered.set()
            if not self.release.wait(GATE_TIMEOUT):
                raise TimeoutError("the test never released the gate")
            return write(*args, **kwargs)

        return held


def click_cancel(qtbot, parent, gate: Gate) -> None:
    """Wait for the progress dialog and click its Cancel button, then let the worker go on."""
    qtbot.waitUntil(gate.entered.is_set, timeout=30000)
    found = []

    def shown() -> bool:
        boxes = [b for b in parent.findChildren(QProgressDialog) if b.isVisible()]
        found[:] = boxes
        return bool(boxes)

    qtbot.waitUntil(shown, timeout=10000)
    button = found[0].findChild(QPushButton)
    assert button is not None and button.isVisible()
    button.click()
    gate.release.set()


def nothing_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_cancel_report_workbook(qtbot, demo_db, out, monkeypatch):
    from dudao_desktop.services.figures import current_campaign_id
    from dudao_desktop.ui.report_dialog import ReportDialog

    dialog = ReportDialog(demo_db, current_campaign_id(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    gate = Gate()
    writer = dialog.writer
    monkeypatch.setattr(dialog, "writer", lambda suffix: gate.hold(writer(suffix)))
    cancelled = []
    task = dialog.export_workbook(out / "report.xlsx")
    task.cancelled.connect(lambda: cancelled.append(True))
    click_cancel(qtbot, dialog, gate)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60000)
    qtbot.waitUntil(lambda: dialog.ui.pdfButton.isEnabled())
    assert nothing_in(out) == []
    assert dialog.ui.statusLabel.text() == "Cancelled."


def test_cancel_backup(qtbot, main_window, out, monkeypatch):
    from dudao_desktop.db import backup

    gate = Gate()
    monkeypatch.setattr(backup, "backup_sqlite", gate.hold(backup.backup_sqlite))
    cancelled = []
    task = main_window.backup_to(out / "copy.sqlite3")
    task.cancelled.connect(lambda: cancelled.append(True))
    click_cancel(qtbot, main_window, gate)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60000)
    assert nothing_in(out) == []


def test_cancel_print_current_list(qtbot, main_window, out, monkeypatch):
    from dudao_desktop.ui import list_printing
    from dudao_desktop.ui.pdf_preview import PdfPreview
    from dudao_desktop.ui.tabs.information_tab import InformationTab

    gate = Gate()
    monkeypatch.setattr(list_printing, "table_html", gate.hold(list_printing.table_html))
    monkeypatch.setattr(list_printing.tempfile, "mkdtemp", lambda prefix="": str(out))
    information = main_window.tab(InformationTab)
    cancelled = []
    task = list_printing.print_table(main_window, information.models[0], information.title())
    task.cancelled.connect(lambda: cancelled.append(True))
    click_cancel(qtbot, main_window, gate)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60000)
    assert nothing_in(out) == []
    assert main_window.findChild(PdfPreview) is None


def test_cancel_printing_from_the_preview(qtbot, demo_db, tmp_path, out):
    from PySide6.QtPrintSupport import QPrinter

    from dudao_desktop.services.figures import current_campaign_id
    from dudao_desktop.services.supervision_report import write_report
    from dudao_desktop.ui.pdf_preview import preview_pdf

    path = write_report(demo_db, current_campaign_id(demo_db), tmp_path / "report.pdf")
    preview = preview_pdf(None, path)
    qtbot.addWidget(preview)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    cancelled = []
    task = preview.print_to(printer)
    task.cancelled.connect(lambda: cancelled.append(True))
    # Cancel after the first page has been rendered.
    task.progress.connect(lambda done, _total, _m: task.cancel() if done >= 1 else None)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60000)
    qtbot.waitUntil(preview.print_button.isEnabled)
    assert nothing_in(out) == []


def test_cancel_package_report_pdf(qtbot, out, monkeypatch):
    from dudao_desktop.documents.package_report import ReportLine
    from dudao_desktop.ui import package_report

    gate = Gate()
    monkeypatch.setattr(
        package_report, "write_package_report", gate.hold(package_report.write_package_report)
    )
    widget = package_report.PackageReportWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_lines([ReportLine(file="第一督导组.dudao", status="applied", new=3)], False)
    cancelled = []
    task = widget.write_in_worker(out / "report.pdf", lambda _path: None)
    task.cancelled.connect(lambda: cancelled.append(True))
    click_cancel(qtbot, widget, gate)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60000)
    assert nothing_in(out) == []
