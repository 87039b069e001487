"""Matter approval ledger (事项审批台账): matters over SQL with filters (phase, unit,
department, application dates), search and saved filters; the detail editor beside the
table; new matters; removal after a confirmation; import and export ``.xlsx`` in a
worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from ...db.engine import Database
from ...services import approvals, ledger_import
from ...services.approval_listing import ApprovalFilters, ApprovalLedgerListing, phase_counts
from ...services.ledger_columns import PHASE_LABELS
from ..errors import show_error
from ..file_dialogs import open_file_name
from ..forms.ui_ApprovalsTab import Ui_ApprovalsTab
from ..forms.ui_LedgerNewMatterDialog import Ui_LedgerNewMatterDialog
from ..ledger_approval_detail import ApprovalDetail
from ..ledger_common import (
    CountsInStatusBar,
    SavedFilters,
    confirm,
    export_ledger,
    fill_department_combo,
    fill_unit_combo,
    fill_vocab_combo,
    import_in_worker,
    restore_filters,
    select_record,
    show_counts,
    to_date,
)
from ..table_model import QueryTableModel
from ..vocab_labels import label as vocab_label
from ..window_fit import Dialog
from .base import Tab


class NewMatterDialog(Dialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LedgerNewMatterDialog()
        self.ui.setupUi(self)
        fill_unit_combo(self.ui.unitCombo, database, None)
        self.ui.unitCombo.setCurrentIndex(-1)
        self.ui.appliedEdit.setDate(QDate.currentDate())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def unit_id(self) -> str | None:
        combo = self.ui.unitCombo
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else None


class ApprovalsTab(CountsInStatusBar, Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_ApprovalsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = QueryTableModel(ApprovalLedgerListing(database), self)
        self.show_model(ui.approvalsView, self.model, self.model.listing.default_sort)
        self.detail = ApprovalDetail(database, self)
        ui.detailLayout.addWidget(self.detail)
        self.saved = SavedFilters("approvals", ui.savedFilterCombo)
        self.new_dialog: NewMatterDialog | None = None
        ui.fromDate.setDate(QDate(date.today().year, 1, 1))
        ui.toDate.setDate(QDate.currentDate())
        self.fill_combos()
        self.saved.fill()
        for combo in (ui.phaseCombo, ui.unitCombo, ui.departmentCombo):
            combo.currentIndexChanged.connect(self.apply_filters)
        ui.dateRangeCheck.toggled.connect(self.apply_filters)
        for edit in (ui.fromDate, ui.toDate):
            edit.dateChanged.connect(self.apply_filters)
        ui.savedFilterCombo.activated.connect(self.load_saved_filter)
        ui.saveFilterButton.clicked.connect(self.ask_filter_name)
        ui.newButton.clicked.connect(self.new_matter)
        ui.removeButton.clicked.connect(self.remove_matter)
        ui.importButton.clicked.connect(self.choose_import)
        ui.exportButton.clicked.connect(
            lambda: export_ledger(
                self, self.database, "approvals", self.tr("Matter approval ledger") + ".xlsx"
            )
        )
        self.setup_search(ui.searchEdit)
        ui.approvalsView.selectionModel().selectionChanged.connect(self.on_selection)
        self.detail.changed.connect(self.on_matter_changed)
        self.model.modelReset.connect(self.update_count)
        ui.removeButton.setEnabled(False)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self.update_count()

    def title(self) -> str:
        return self.tr("Matter approval ledger")

    @property
    def current_id(self) -> str | None:
        return self.detail.matter_id

    # Filters --------------------------------------------------------------------------------
    def fill_combos(self) -> None:
        fill_vocab_combo(self.ui.phaseCombo, self.tr("All phases"), PHASE_LABELS)
        fill_unit_combo(self.ui.unitCombo, self.database, self.tr("All units"))
        fill_department_combo(self.ui.departmentCombo, self.database, self.tr("All departments"))

    def filters(self) -> ApprovalFilters:
        ranged = self.ui.dateRangeCheck.isChecked()
        return ApprovalFilters(
            phase=self.ui.phaseCombo.currentData(),
            unit_id=self.ui.unitCombo.currentData(),
            department_id=self.ui.departmentCombo.currentData(),
            date_from=to_date(self.ui.fromDate) if ranged else None,
            date_to=to_date(self.ui.toDate) if ranged else None,
        )

    def apply_filters(self, *_args) -> None:
        self.model.set_listing(ApprovalLedgerListing(self.database, self.filters()))

    def ask_filter_name(self) -> None:
        name = self.saved.ask_name(self)
        if name:
            self.save_filter(name)

    def save_filter(self, name: str) -> None:
        values = self.filters().as_dict()
        values["search"] = self.ui.searchEdit.text()
        self.saved.save(name, values)

    def load_saved_filter(self, index: int) -> None:
        stored = self.saved.get(index)
        if not stored:
            return
        ui = self.ui
        restore_filters(
            stored,
            {"phase": ui.phaseCombo, "unit_id": ui.unitCombo, "department_id": ui.departmentCombo},
            {},
            ui.dateRangeCheck,
            ui.fromDate,
            ui.toDate,
        )
        self.apply_filters()
        ui.searchEdit.setText(stored.get("search", ""))
        self.flush_search()

    # Selection ------------------------------------------------------------------------------
    def on_selection(self, *_args) -> None:
        rows = self.ui.approvalsView.selectionModel().selectedRows()
        matter_id = self.model.record_id(rows[0].row()) if rows else None
        self.ui.removeButton.setEnabled(matter_id is not None)
        self.detail.show_matter(matter_id)

    def select_matter(self, matter_id: str) -> bool:
        return select_record(self.ui.approvalsView, self.model, matter_id)

    def on_matter_changed(self, matter_id: str) -> None:
        view = self.ui.approvalsView
        view.selectionModel().blockSignals(True)
        self.model.reload()
        self.select_matter(matter_id)
        view.selectionModel().blockSignals(False)
        self.update_count()

    # Actions --------------------------------------------------------------------------------
    def new_matter(self) -> None:
        self.new_dialog = NewMatterDialog(self.database, self)
        self.new_dialog.accepted.connect(self.create_from_dialog)
        self.new_dialog.open()

    def create_from_dialog(self) -> None:
        dialog = self.new_dialog
        if dialog is None:
            return
        unit_id = dialog.unit_id()
        if unit_id is None:
            QMessageBox.warning(
                self, self.tr("New matter"), self.tr("Choose the unit that applies from the list.")
            )
            return
        try:
            matter_id = approvals.add_matter(
                self.database,
                unit_id,
                dialog.ui.titleEdit.text().strip(),
                applied_on=to_date(dialog.ui.appliedEdit),
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.create_done(matter_id)

    def create_done(self, matter_id: str) -> None:
        self.model.reload()
        if not self.select_matter(matter_id):
            self.detail.show_matter(matter_id)
        self.ui.removeButton.setEnabled(self.current_id is not None)
        self.update_count()
        self.detail.ui.reasonEdit.setFocus()

    def remove_matter(self) -> None:
        matter_id = self.current_id
        if matter_id is None or not self.detail.save():
            return
        title = self.detail.values.get("title", "")
        if not confirm(
            self,
            self.tr("Remove matter"),
            self.tr("Remove the matter '{0}' from the approval ledger?").format(title),
        ):
            return
        try:
            approvals.remove_matter(self.database, matter_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.detail.show_matter(None)
        self.ui.removeButton.setEnabled(False)
        self.model.reload()
        self.update_count()

    def choose_import(self) -> None:
        name = open_file_name(
            self, "ledger_imports", self.tr("Import matters"), self.tr("Excel workbooks (*.xlsx)")
        )
        if name is not None:
            self.import_file(name)

    def import_file(self, path: Path):
        """Import in a worker; a refused file shows its row-by-row report."""
        return import_in_worker(
            self,
            lambda: ledger_import.import_ledger(self.database, "approvals", path),
            self.tr("Importing matters"),
            self.tr("Import matters"),
            self.tr("{0} matters imported."),
        )

    # Counts ---------------------------------------------------------------------------------
    def update_count(self) -> None:
        counts = phase_counts(self.database, self.model.listing.filters, self.model.filter_text)
        parts = [self.tr("%n matter(s)", "", self.model.total_count)]
        parts += [
            f"{vocab_label(PHASE_LABELS, key)} {counts[key]}"
            for key in PHASE_LABELS
            if counts.get(key)
        ]
        text = " · ".join(parts)
        self.ui.countLabel.setText(text)
        show_counts(self, text)

    def refresh(self) -> None:
        self.detail.save()
        current = self.current_id
        self.fill_combos()
        super().refresh()
        if current:
            self.select_matter(current)
            self.detail.show_matter(current)

    def retranslate(self) -> None:
        self.fill_combos()
        self.saved.fill()
        self.update_count()
        self.detail.show_phase()
