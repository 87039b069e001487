"""The import report of ``.dudao`` packages: a table (one row per package file: new, updated,
unchanged, conflicts, refused with the reason, evidence received), printable and savable as
PDF (``documents/package_report.py``).

``PackageReportWidget`` lives in the sync center; after a dry run it shows the preview with
*Apply the import* (``apply_requested``) and *Discard the preview* (``discarded``).
``PackageReportDialog`` shows a stored report from the history.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..documents.package_report import (
    COLUMNS,
    KIND_LABELS,
    NUMBER_COLUMNS,
    STATUS_LABELS,
    ReportLine,
    totals,
    write_package_report,
)
from ..progress import publish_when_done
from .file_dialogs import save_file_name, with_suffix
from .forms.ui_PackageReport import Ui_PackageReport
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackageReport", text) if text else ""


class PackageReportWidget(QWidget):
    apply_requested = Signal()
    discarded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PackageReport()
        self.ui.setupUi(self)
        self.lines: list[ReportLine] = []
        self.preview = False
        self.header = ""  # the campaign's name, in the PDF's page header
        self.installation = ""
        self.previews: list[QWidget] = []
        table = self.ui.reportTable
        table.setColumnCount(len(COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.ui.applyButton.clicked.connect(self.apply_requested)
        self.ui.discardButton.clicked.connect(self.discard)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.savePdfButton.clicked.connect(self.choose_pdf)
        self.show_lines([], preview=False)

    # Content ------------------------------------------------------------------------------------
    def show_lines(self, lines: Sequence[ReportLine], preview: bool) -> None:
        self.lines = list(lines)
        self.preview = preview
        table = self.ui.reportTable
        table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        table.setRowCount(len(self.lines) + (1 if self.lines else 0))
        for row, line in enumerate(self.lines):
            self._fill_row(row, self._cells(line), refused=line.status == "refused")
        if self.lines:
            self._fill_row(
                len(self.lines),
                [
                    QCoreApplication.translate("PackageReport", "Total"),
                    "",
                    "",
                    "",
                    *totals(self.lines),
                    "",
                ],
                bold=True,
            )
        table.resizeColumnsToContents()
        for column in range(len(COLUMNS) - 1):  # long names never push the reason away
            table.setColumnWidth(column, min(table.columnWidth(column), 240))
        table.resizeRowsToContents()
        has_changes = any(line.status == "dry_run" for line in self.lines)
        self.ui.applyButton.setVisible(preview)
        self.ui.discardButton.setVisible(preview)
        self.ui.applyButton.setEnabled(preview and has_changes)
        self.ui.printButton.setEnabled(bool(self.lines))
        self.ui.savePdfButton.setEnabled(bool(self.lines))
        self.update_summary()

    @staticmethod
    def _cells(line: ReportLine) -> list[object]:
        return [
            line.file,
            _tr(STATUS_LABELS.get(line.status, line.status)),
            _tr(KIND_LABELS.get(line.kind, line.kind)),
            line.source,
            *line.counts(),
            line.message,
        ]

    def _fill_row(
        self, row: int, values: list[object], refused: bool = False, bold: bool = False
    ) -> None:
        table = self.ui.reportTable
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if column in NUMBER_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if refused and column in (1, len(values) - 1):
                item.setForeground(Qt.GlobalColor.darkRed)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column == len(values) - 1 and value:
                item.setToolTip(str(value))
            table.setItem(row, column, item)

    def update_summary(self) -> None:
        if not self.lines:
            self.ui.summaryLabel.setText(
                self.tr(
                    "No import yet. Choose package files or a folder to import; a preview is "
                    "shown before anything changes."
                )
            )
            return
        refused = sum(1 for line in self.lines if line.status == "refused")
        if self.preview:
            text = self.tr(
                "Preview of {0} package(s): nothing has been changed yet. Check the rows, "
                "then apply the import or discard the preview."
            ).format(len(self.lines))
        else:
            text = self.tr("Report of {0} package(s).").format(len(self.lines))
        if refused:
            text += " " + self.tr("{0} refused: see the reason in the last column.").format(refused)
        self.ui.summaryLabel.setText(text)

    def discard(self) -> None:
        self.show_lines([], preview=False)
        self.discarded.emit()

    def column_texts(self, column: int) -> list[str]:
        """The texts of one column, every row (tests and checks)."""
        table = self.ui.reportTable
        return [table.item(r, column).text() for r in range(table.rowCount())]

    # PDF ----------------------------------------------------------------------------------------
    def write_pdf(self, path: Path) -> Path:
        return write_package_report(
            path,
            self.lines,
            preview=self.preview,
            header=self.header,
            installation=self.installation,
        )

    def write_in_worker(self, target: Path, on_done) -> ProgressTask:
        """Write the report PDF to ``target`` off the GUI thread (a cancel leaves no file)."""
        lines, preview, header = list(self.lines), self.preview, self.header
        installation = self.installation

        def write(path: Path) -> Path:
            return write_package_report(
                path, lines, preview=preview, header=header, installation=installation
            )

        self.task = run_with_progress(
            self,
            lambda: publish_when_done(write, target),
            self.tr("Writing the package import report"),
            on_done=on_done,
        )
        return self.task

    def print_report(self) -> ProgressTask:
        """Write the report as PDF in a temporary folder and open the preview (print there)."""
        from .pdf_preview import preview_pdf

        target = Path(tempfile.mkdtemp(prefix="dudao-package-report-")) / (
            self.tr("Package import report") + ".pdf"
        )
        return self.write_in_worker(
            target, lambda path: self.previews.append(preview_pdf(self.window(), path))
        )

    def choose_pdf(self) -> ProgressTask | None:
        target = save_file_name(
            self,
            "pdf",
            self.tr("Save the report as PDF"),
            self.tr("Package import report") + ".pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return None
        return self.write_in_worker(
            with_suffix(target, ".pdf"),
            lambda path: self.ui.summaryLabel.setText(self.tr("Saved to {0}").format(path)),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_lines(self.lines, self.preview)
        super().changeEvent(event)


class PackageReportDialog(Dialog):
    """A stored report (from the history of packages received)."""

    def __init__(
        self, lines: Sequence[ReportLine], header: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Package import report"))
        self.report = PackageReportWidget(self)
        self.report.header = header
        self.report.show_lines(lines, preview=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)
