"""The inspector pool (督导库): list, add, edit, retire or reinstate inspectors, their
avoidance declarations (回避), and the pool workbook (.xlsx) in and out.

Imports and exports run off the GUI thread (``ui.workers``); a refused import opens the
row-by-row report (``ui.findings_report``) and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ..db.engine import Database
from ..errors import DudaoError
from ..progress import publish_when_done
from ..services import pool, pool_workbook
from ..services.pool_listing import InspectorListing
from .column_widths import fit_columns
from .file_dialogs import open_file_name, save_file_name
from .findings_report import show_import_error
from .forms.ui_PlanPoolDialog import Ui_PlanPoolDialog
from .plan_pool_dialogs import PlanPoolAvoidanceDialog, PlanPoolInspectorDialog
from .role import disable_on_field
from .table_model import ID_ROLE, QueryTableModel
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress


class PlanPoolDialog(Dialog):
    """The pool as a table, with the selected inspector's avoidance on the right."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_PlanPoolDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = QueryTableModel(InspectorListing(database, True), self)
        ui.poolView.setModel(self.model)
        ui.poolView.sortByColumn(InspectorListing.NAME, Qt.SortOrder.AscendingOrder)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        self.dialog: QDialog | None = None
        self.task: ProgressTask | None = None
        ui.buttonBox.rejected.connect(self.reject)
        ui.searchEdit.textChanged.connect(self.model.set_filter_text)
        ui.retiredCheck.toggled.connect(self.show_retired)
        ui.poolView.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        ui.poolView.doubleClicked.connect(lambda _index: self.edit_inspector())
        ui.addButton.clicked.connect(self.add_inspector)
        ui.editButton.clicked.connect(self.edit_inspector)
        ui.retireButton.clicked.connect(self.toggle_retired)
        ui.addAvoidanceButton.clicked.connect(self.add_avoidance)
        ui.removeAvoidanceButton.clicked.connect(self.remove_avoidance)
        ui.importButton.clicked.connect(self.choose_import)
        ui.exportButton.clicked.connect(self.choose_export)
        self.reload()

    # data ---------------------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_id()
        self.model.reload()
        self.model.fetch_all()
        view = self.ui.poolView
        fit_columns(view, 260)
        self.ui.countLabel.setText(self.tr("{0} inspectors").format(self.model.total_count))
        self.select(keep or "")

    def show_retired(self, shown: bool) -> None:
        self.model.set_listing(InspectorListing(self.database, shown))
        self.reload()

    def selected_id(self) -> str | None:
        rows = self.ui.poolView.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, inspector_id: str) -> None:
        row = self.model.row_of(inspector_id)
        if row >= 0:
            self.ui.poolView.setCurrentIndex(self.model.index(row, 0))
            self.ui.poolView.selectRow(row)
        self.show_selected()

    def show_selected(self) -> None:
        ui = self.ui
        inspector_id = self.selected_id()
        retired = False
        if inspector_id:
            row = self.model.row_of(inspector_id)
            retired = bool(self.model.value(row, InspectorListing.RETIRED))
        ui.retireButton.setText(self.tr("Re&instate") if retired else self.tr("Re&tire"))
        for button in (ui.editButton, ui.retireButton, ui.addAvoidanceButton):
            button.setEnabled(inspector_id is not None)
        table = ui.avoidanceTable
        self.avoidances = pool.list_avoidances(self.database, inspector_id) if inspector_id else []
        table.setRowCount(len(self.avoidances))
        for row, item in enumerate(self.avoidances):
            reason = QCoreApplication.translate("Pool", item.reason) if not item.id else item.reason
            cells = (item.unit, reason)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if not item.id:
                    cell.setToolTip(self.tr("The own unit is changed in the inspector's details."))
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.setColumnWidth(0, max(table.columnWidth(0), 180))
        ui.removeAvoidanceButton.setEnabled(bool(self.avoidances))
        disable_on_field(
            self.database,
            ui.addButton,
            ui.editButton,
            ui.retireButton,
            ui.addAvoidanceButton,
            ui.removeAvoidanceButton,
            ui.importButton,
        )

    # inspectors ---------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def after_save(self, inspector_id: str) -> None:
        self.reload(inspector_id)
        self.changed.emit()

    def add_inspector(self) -> QDialog:
        dialog = PlanPoolInspectorDialog(self.database, None, self)
        dialog.saved.connect(self.after_save)
        return self._open(dialog)

    def edit_inspector(self) -> QDialog | None:
        inspector_id = self.selected_id()
        if not inspector_id:
            return None
        dialog = PlanPoolInspectorDialog(self.database, inspector_id, self)
        dialog.saved.connect(self.after_save)
        return self._open(dialog)

    def toggle_retired(self) -> None:
        inspector_id = self.selected_id()
        if not inspector_id:
            return
        row = self.model.row_of(inspector_id)
        name = self.model.value(row, InspectorListing.NAME)
        retired = bool(self.model.value(row, InspectorListing.RETIRED))
        if retired:
            title = self.tr("Reinstate inspector")
            text = self.tr("Put {0} back into the pool? Later draws may choose them again.")
        else:
            title = self.tr("Retire inspector")
            text = self.tr(
                "Retire {0}? They stay on record (earlier draws name them) but are never "
                "drawn again until reinstated."
            )
        answer = QMessageBox.question(self, title, text.format(name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            pool.retire_inspector(self.database, inspector_id, not retired)
        except DudaoError as error:
            show_import_error(self, error)
            return
        self.reload(inspector_id)
        self.ui.statusLabel.setText(
            (self.tr("{0} is back in the pool.") if retired else self.tr("{0} retired.")).format(
                name
            )
        )
        self.changed.emit()

    # avoidance ----------------------------------------------------------------------------------
    def add_avoidance(self) -> QDialog | None:
        inspector_id = self.selected_id()
        if not inspector_id:
            return None
        dialog = PlanPoolAvoidanceDialog(self.database, inspector_id, self)
        dialog.saved.connect(lambda _id: self.reload(inspector_id))
        return self._open(dialog)

    def remove_avoidance(self) -> None:
        row = self.ui.avoidanceTable.currentRow()
        if not 0 <= row < len(self.avoidances):
            return
        item = self.avoidances[row]
        if not item.id:
            self.ui.statusLabel.setText(
                self.tr("The own unit is changed in the inspector's details (Edit…).")
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw declaration"),
            self.tr("Withdraw {0}'s declared conflict with {1}?").format(item.inspector, item.unit),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pool.withdraw_avoidance(self.database, item.id)
        self.reload(item.inspector_id)

    # workbook -----------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path = open_file_name(
            self, "workbooks", self.tr("Import inspector pool"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> ProgressTask:
        database = self.database
        self.task = run_with_progress(
            self,
            lambda: pool_workbook.import_pool(database, path),
            self.tr("Importing {0}").format(path.name),
            on_done=self.imported,
            on_error=lambda error: show_import_error(self, error),
            cancellable=False,
        )
        return self.task

    def imported(self, report) -> None:
        self.reload()
        self.ui.statusLabel.setText(
            self.tr("{0} added, {1} updated, {2} unchanged; {3} avoidance declarations.").format(
                report.added, report.updated, report.unchanged, report.declarations
            )
        )
        self.changed.emit()

    def choose_export(self) -> None:
        path = save_file_name(
            self,
            "workbooks",
            self.tr("Export inspector pool"),
            self.tr("Inspector pool") + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> ProgressTask:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        database, written = self.database, {}

        def write(out: Path) -> None:
            written["count"] = pool_workbook.export_pool(database, out)

        self.task = run_with_progress(
            self,
            lambda: publish_when_done(write, path),
            self.tr("Writing {0}").format(path.name),
            on_done=lambda _path: self.ui.statusLabel.setText(
                self.tr("{0} inspectors written to {1}.").format(written["count"], path.name)
            ),
        )
        return self.task
