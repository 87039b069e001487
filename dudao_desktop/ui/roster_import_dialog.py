"""Importing the unit roster from a workbook, with a dry run first; exporting it.

Choosing a workbook runs a dry run in a worker (when header words are not recognised, the
column-mapping step asks once which column holds what): the *Changes* tab lists what will be
added, updated (field by field) and left unchanged, matched by USCC; the *Problems* tab lists
every finding with its sheet, row and column (and the rows skipped as totals, notes or
headings), and can be saved as a workbook. A USCC that fails the
checksum but is a known exception is accepted with a note. *Import* applies everything or
nothing, then ``imported`` is emitted (the main window refreshes its tabs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ..db.engine import Database
from ..documents.sheet_reader import MappingNeeded
from ..errors import QT_TRANSLATE_NOOP, Finding, ValidationError
from ..progress import publish_when_done
from ..services import roster
from ..services.roster_fields import field_label
from .column_mapping_dialog import ColumnMappingDialog
from .column_widths import fit_columns
from .errors import show_error
from .file_dialogs import open_file_name, save_file_name, with_suffix
from .forms.ui_RosterImportDialog import Ui_RosterImportDialog
from .import_models import ChangesModel, FindingsModel
from .role import disable_on_field
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

XLSX_FILTER = "Excel (*.xlsx)"
SKIPPED = {
    "total": QT_TRANSLATE_NOOP("Errors", "Skipped as a total row: {text}"),
    "note": QT_TRANSLATE_NOOP("Errors", "Skipped as a note: {text}"),
    "heading": QT_TRANSLATE_NOOP("Errors", "Skipped as a section heading: {text}"),
}


class RosterImportDialog(Dialog):
    imported = Signal(object)  # the applied RosterPlan

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, workers_dialog: bool = True
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.workers_dialog = workers_dialog
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self.changes = ChangesModel(self)
        self.findings = FindingsModel(self)
        self.ui.changesView.setModel(self.changes)
        self.ui.errorsView.setModel(self.findings)
        for view in (self.ui.changesView, self.ui.errorsView):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.path: Path | None = None
        self.plan: roster.RosterPlan | None = None
        self.problems: list[Finding] = []
        self.task: ProgressTask | None = None
        self.running = False
        self.overrides: dict[str, str] = {}
        self.mapping: dict[str, str] = {}
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.check_pending = False  # a check asked for while a worker was still running
        ui = self.ui
        ui.browseButton.clicked.connect(self.choose_file)
        ui.checkButton.clicked.connect(self.check)
        ui.importButton.clicked.connect(self.apply)
        ui.saveReportButton.clicked.connect(self.save_report)
        ui.addOverrideButton.clicked.connect(self.add_override)
        ui.removeOverrideButton.clicked.connect(self.remove_override)
        ui.addDepartmentsCheck.toggled.connect(self.check)
        ui.addKindsCheck.toggled.connect(self.check)
        ui.buttonBox.rejected.connect(self.reject)
        self.update_buttons()

    # Choosing and checking ----------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = open_file_name(self, "roster", self.tr("Choose the roster workbook"), XLSX_FILTER)
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, path: Path) -> None:
        self.path = Path(path)
        self.mapping = {}
        self.ui.fileEdit.setText(str(self.path))
        self.check()

    def settings(self) -> dict:
        return {
            "overrides": dict(self.overrides),
            "add_departments": self.ui.addDepartmentsCheck.isChecked(),
            "add_kinds": self.ui.addKindsCheck.isChecked(),
            "mapping": dict(self.mapping),
        }

    def check(self) -> None:
        """Dry run in a worker: fills the changes and problems tables."""
        if self.path is None or self.busy():
            return
        self.plan = None
        self.update_buttons()
        database, path, settings = self.database, self.path, self.settings()
        self.ui.summaryLabel.setText(self.tr("Checking {0}…").format(path.name))
        self.start(
            lambda: roster.import_roster(database, path, dry_run=True, **settings),
            self.tr("Checking the roster…"),
            self.show_plan,
        )

    def busy(self) -> bool:
        return self.running

    def start(self, work, title: str, on_done) -> None:
        self.running = True
        self.task = run_with_progress(
            self,
            work,
            title,
            on_done=on_done,
            on_error=self.show_failure,
            cancellable=False,
            dialog=self.workers_dialog,
        )
        self.task.done.connect(self.task_done)

    def task_done(self) -> None:
        self.running = False
        self.update_buttons()
        if self.check_pending:
            self.check_pending = False
            self.check()

    def show_plan(self, plan: roster.RosterPlan) -> None:
        self.plan = plan
        self.problems = list(plan.notes) + [
            Finding(SKIPPED[reason], {"text": text}, plan.file, sheet, row)
            for sheet, row, reason, text in plan.skipped
        ]
        self.changes.set_records(plan.changes)
        self.findings.set_records(self.problems)
        text = self.tr("{0} rows: {1} to add, {2} to update, {3} unchanged.").format(
            plan.rows, plan.count("new"), plan.count("updated"), plan.count("unchanged")
        )
        if plan.new_departments:
            text += " " + self.tr("New supervising departments: {0}.").format(
                "、".join(plan.new_departments)
            )
        if plan.new_kinds:
            text += " " + self.tr("New unit kinds: {0}.").format("、".join(plan.new_kinds))
        if plan.skipped:
            text += " " + self.tr("{0} rows skipped as totals, notes or headings.").format(
                len(plan.skipped)
            )
        if plan.applied:
            text = self.tr("Imported. ") + text
        elif plan.changes:
            text += " " + self.tr("Nothing is changed until you press Import.")
        self.ui.summaryLabel.setText(text)
        self.ui.resultTabs.setCurrentWidget(self.ui.changesPage)
        self.fit(self.ui.changesView)
        self.fit(self.ui.errorsView)  # the notes: hidden rows, rows skipped
        self.update_buttons()

    def show_failure(self, error: BaseException) -> None:
        self.plan = None
        self.changes.set_records([])
        if isinstance(error, MappingNeeded):
            self.ask_mapping(error)
        if isinstance(error, ValidationError):
            self.problems = list(error.findings)
            self.findings.set_records(self.problems)
            self.ui.summaryLabel.setText(
                self.tr(
                    "The roster cannot be imported: {0} problems must be fixed in the workbook "
                    "first (nothing was changed)."
                ).format(len(error.findings))
            )
            self.ui.resultTabs.setCurrentWidget(self.ui.errorsPage)
            self.fit(self.ui.errorsView)
        else:
            self.problems = []
            self.findings.set_records([])
            self.ui.summaryLabel.setText("")
            show_error(self, error)
        self.update_buttons()

    @staticmethod
    def fit(view) -> None:
        fit_columns(view, 240)
        view.resizeRowsToContents()

    def update_buttons(self) -> None:
        ui = self.ui
        pending = (
            self.plan is not None
            and not self.plan.applied
            and any(c.action != "unchanged" for c in self.plan.changes)
            or (
                self.plan is not None
                and not self.plan.applied
                and bool(self.plan.new_departments or self.plan.new_kinds)
            )
        )
        ui.importButton.setEnabled(bool(pending))
        ui.checkButton.setEnabled(self.path is not None)
        ui.saveReportButton.setEnabled(bool(self.problems))
        ui.removeOverrideButton.setEnabled(bool(self.overrides))
        disable_on_field(self.database, ui.importButton, ui.checkButton, ui.browseButton)

    # The column-mapping step -------------------------------------------------------------------
    def ask_mapping(self, needed: MappingNeeded) -> None:
        """Ask which column holds which field; on OK check again with that mapping."""
        self.mapping_dialog = ColumnMappingDialog(needed, field_label, self)
        self.mapping_dialog.accepted.connect(self.mapping_chosen)
        self.mapping_dialog.open()

    def mapping_chosen(self) -> None:
        if self.mapping_dialog is None:
            return
        self.mapping.update(self.mapping_dialog.mapping())
        if self.busy():  # the failed check's worker has not reported its end yet
            self.check_pending = True
        else:
            self.check()

    # Exceptions to the USCC check --------------------------------------------------------------
    def add_override(self) -> None:
        code = self.ui.overrideCodeEdit.text().strip().upper().replace(" ", "")
        note = self.ui.overrideNoteEdit.text().strip()
        if not code or not note:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Type the code and a note that says why this code is accepted."),
            )
            return
        self.overrides[code] = note
        self.fill_overrides()
        self.ui.overrideCodeEdit.clear()
        self.ui.overrideNoteEdit.clear()
        self.check()

    def remove_override(self) -> None:
        item = self.ui.overrideList.currentItem() or self.ui.overrideList.item(0)
        if item is not None:
            self.overrides.pop(item.data(256), None)
            self.fill_overrides()
            self.check()

    def fill_overrides(self) -> None:
        self.ui.overrideList.clear()
        for code, note in self.overrides.items():
            item = QListWidgetItem(f"{code} – {note}")
            item.setData(256, code)
            self.ui.overrideList.addItem(item)
        self.update_buttons()

    # Applying -----------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.path is None or self.plan is None:
            return
        database, path, settings = self.database, self.path, self.settings()
        self.ui.importButton.setEnabled(False)
        self.start(
            lambda: roster.import_roster(database, path, **settings),
            self.tr("Importing the roster…"),
            self.finish_import,
        )

    def finish_import(self, plan: roster.RosterPlan) -> None:
        self.show_plan(plan)
        self.imported.emit(plan)

    def save_report(self) -> None:
        if not self.problems:
            return
        stem = self.path.stem if self.path else self.tr("Unit roster")
        target = save_file_name(
            self,
            "roster",
            self.tr("Save the error report"),
            self.tr("{0} - problems found").format(stem) + ".xlsx",
            XLSX_FILTER,
        )
        if target is not None:
            self.write_report(with_suffix(target, ".xlsx"))

    def write_report(self, target: Path) -> None:
        try:
            roster.write_findings_report(self.problems, target)
        except Exception as error:  # shown to the user
            show_error(self, error)


def export_roster(parent: QWidget, database: Database, blank: bool = False) -> None:
    """Ask for a file and write every unit to it (in the import layout), or (``blank``)
    the empty template to fill in."""
    translate = QCoreApplication.translate
    if blank:
        title = translate("RosterImportDialog", "Save a blank roster template")
        name = translate("RosterImportDialog", "Unit roster template") + ".xlsx"
    else:
        title = translate("RosterImportDialog", "Export the unit roster")
        name = translate("RosterImportDialog", "Unit roster") + ".xlsx"
    target = save_file_name(parent, "workbooks", title, name, XLSX_FILTER)
    if target is None:
        return
    target = with_suffix(target, ".xlsx")

    def written(_path: Path) -> None:
        if blank:
            text = translate("RosterImportDialog", "The blank roster template was saved to {0}.")
            QMessageBox.information(parent, title, text.format(target))
        else:
            text = translate("RosterImportDialog", "{0} units were written to {1}.")
            QMessageBox.information(parent, title, text.format(count["units"], target))

    count = {}

    def write(path: Path) -> None:
        count["units"] = roster.export_roster(database, path, blank=blank)

    run_with_progress(
        parent,
        lambda: publish_when_done(write, target),
        translate("RosterImportDialog", "Exporting the roster…"),
        on_done=written,
    )
