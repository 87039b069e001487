"""Monthly reconciliation (每月核对): choose the real-name export and the month, see the
differences (a dry run: staff, establishment, leader posts, units missing or new), then
apply them as the month's snapshot, after confirmation, in a worker. Warnings are
recomputed after applying."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..services import archive, warnings
from ..services.realname_checks import CHECK_LABELS, detail_text
from ..services.roster_fields import FIELD_BY_KEY, field_label
from .column_widths import fit_columns
from .file_dialogs import open_file_name
from .findings_report import show_import_error
from .forms.ui_LedgerReconcileDialog import Ui_LedgerReconcileDialog
from .window_fit import Dialog
from .workers import run_with_progress

FIGURE_LABELS = {
    "establishment_admin": QT_TRANSLATE_NOOP("Ledgers", "administrative"),
    "establishment_institution": QT_TRANSLATE_NOOP("Ledgers", "institution"),
    "establishment_law": QT_TRANSLATE_NOOP("Ledgers", "political-legal"),
    "actual_staff": QT_TRANSLATE_NOOP("Ledgers", "staff"),
    "leader_posts_approved": QT_TRANSLATE_NOOP("Ledgers", "posts approved"),
    "leader_posts_actual": QT_TRANSLATE_NOOP("Ledgers", "posts actual"),
}


def figure_label(name: str) -> str:
    if name in FIGURE_LABELS:
        return QCoreApplication.translate("Ledgers", FIGURE_LABELS[name])
    return field_label(name) if name in FIELD_BY_KEY else name


def figures_text(values: dict[str, Any]) -> str:
    return ", ".join(f"{figure_label(k)} {v}" for k, v in values.items())


class ReconcileDialog(Dialog):
    applied = Signal(object)  # the Reconciliation that was applied

    KIND, UNIT, USCC, ROSTER, PREVIOUS, NEW = range(6)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.report: archive.Reconciliation | None = None
        self.task = None
        self.ui = Ui_LedgerReconcileDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.monthEdit.setDate(QDate.currentDate())
        ui.differencesTable.setColumnCount(6)
        ui.differencesTable.setHorizontalHeaderLabels(
            [
                self.tr("Difference"),
                self.tr("Unit"),
                self.tr("Credit code"),
                self.tr("Roster"),
                self.tr("Previous month"),
                self.tr("This month"),
            ]
        )
        ui.browseButton.clicked.connect(self.choose_file)
        ui.compareButton.clicked.connect(self.compare)
        ui.applyButton.clicked.connect(self.ask_apply)
        ui.closeButton.clicked.connect(self.reject)
        ui.monthEdit.dateChanged.connect(self.forget_report)
        ui.fileEdit.textChanged.connect(self.forget_report)
        self.forget_report()

    # Inputs ---------------------------------------------------------------------------------
    def month(self) -> str:
        return self.ui.monthEdit.date().toString("yyyy-MM")

    def path(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        return Path(text) if text else None

    def set_file(self, path: Path, month: str | None = None) -> None:
        self.ui.fileEdit.setText(str(path))
        if month:
            self.ui.monthEdit.setDate(QDate.fromString(month + "-01", "yyyy-MM-dd"))

    def choose_file(self) -> None:
        name = open_file_name(
            self,
            "realname",
            self.tr("Real-name system export"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name is not None:
            self.set_file(name)

    def forget_report(self, *_args) -> None:
        self.report = None
        self.ui.applyButton.setEnabled(False)
        self.ui.compareButton.setEnabled(self.path() is not None)

    # Dry run --------------------------------------------------------------------------------
    def compare(self):
        path, month = self.path(), self.month()
        if path is None:
            return None
        self.task = run_with_progress(
            self,
            lambda: archive.reconcile(self.database, path, month, dry_run=True),
            self.tr("Comparing with the archive"),
            on_done=self.show_report,
            on_error=lambda error: show_import_error(self, error),
            cancellable=False,
        )
        return self.task

    def show_report(self, report: archive.Reconciliation) -> None:
        self.report = report
        table = self.ui.differencesTable
        table.setSortingEnabled(False)
        table.setRowCount(len(report.differences) + len(report.persons))
        # Person findings below the unit differences; ID numbers are masked.
        for row, c in enumerate(report.persons, start=len(report.differences)):
            cells = (
                QCoreApplication.translate("Archive", CHECK_LABELS[c.check]),
                c.unit_name,
                c.uscc,
                f"{c.person} {c.id_masked}".strip(),
                "",
                detail_text(c),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        for row, d in enumerate(report.differences):
            kind = QCoreApplication.translate("Archive", archive.DIFFERENCE_LABELS[d.kind])
            cells = (
                kind,
                d.unit_name,
                d.uscc,
                figures_text(d.roster),
                figures_text(d.previous),
                figures_text(d.new),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        fit_columns(table, 190)
        counts = report.by_kind()
        parts = [
            QCoreApplication.translate("Archive", archive.DIFFERENCE_LABELS[k]) + f" {n}"
            for k, n in counts.items()
            if n
        ]
        previous = report.previous_month or self.tr("none")
        text = self.tr("{0} rows read for {1} (previous snapshot: {2}); {3} differences{4}").format(
            report.rows,
            report.month,
            previous,
            len(report.differences),
            (": " + "; ".join(parts)) if parts else ".",
        )
        if report.persons_read:
            text += " " + self.tr("{0} persons read, {1} person findings.").format(
                report.persons_read, len(report.persons)
            )
        self.ui.summaryLabel.setText(text)
        self.ui.applyButton.setEnabled(not report.applied)

    # Apply ----------------------------------------------------------------------------------
    def ask_apply(self) -> None:
        if self.report is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Apply the reconciliation"),
            self.tr(
                "Write the {0} snapshot of {1} units and update the archive with these "
                "figures? Units new in the export are added to the roster."
            ).format(self.report.month, self.report.rows),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply()

    def apply(self):
        path, month = self.path(), self.month()
        if path is None:
            return None

        def work() -> archive.Reconciliation:
            report = archive.reconcile(self.database, path, month, dry_run=False)
            warnings.recompute(self.database)
            return report

        self.ui.applyButton.setEnabled(False)
        self.task = run_with_progress(
            self,
            work,
            self.tr("Applying the reconciliation"),
            on_done=self.done_applying,
            on_error=lambda error: show_import_error(self, error),
            cancellable=False,
        )
        return self.task

    def done_applying(self, report: archive.Reconciliation) -> None:
        self.report = report
        self.ui.summaryLabel.setText(
            self.tr(
                "Applied: {0} snapshots of {1} written, {2} units added to the roster; "
                "warnings recomputed."
            ).format(report.snapshots_written, report.month, report.units_created)
        )
        self.ui.applyButton.setEnabled(False)
        self.applied.emit(report)
