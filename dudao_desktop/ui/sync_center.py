"""The sync center: exchange ``.dudao`` packages between the office and the laptops.

At the office: enrol laptops for their groups (the fingerprint compared) and revoke them,
export a group's field package (encrypted to its enrolled laptop), import return packages
(files or a whole folder: a dry run shows the preview report first, then *Apply the import*),
the report (printable, PDF), the history of packages sent and received with their reports,
and the conflicts. On a laptop: its fingerprint and enrolment request, import a field
package (confirming explicitly if the office key changed), export the return package or
everything again, the history.

Every exchange runs in a worker with progress and cancel (``ui/workers.run_with_progress``).
``install_sync_actions(window)`` adds *File → Sync center…* (Ctrl+E) and *Tools → Conflicts…*.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ..db.engine import Database
from ..documents.package_report import lines_from_outcomes, lines_from_reports
from ..errors import DudaoError
from ..services import conflicts as conflict_service
from ..services import enrolment, overview, packages
from .conflicts_view import ConflictsView
from .enrolment_dialogs import EnrolDialog, FingerprintDialog, RevokeDialog
from .errors import show_error
from .file_dialogs import (
    existing_folder,
    open_file_name,
    open_file_names,
    save_file_name,
    with_suffix,
)
from .forms.ui_SyncCenter import Ui_SyncCenter
from .package_report import PackageReportDialog, PackageReportWidget
from .role import is_field
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress


def safe_name(text: str) -> str:
    return "".join(c for c in text if c not in '\\/:*?"<>|').strip() or "package"


class SyncCenter(Dialog):
    """Emits ``database_changed`` after an import or a resolution changed the database."""

    database_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_SyncCenter()
        self.ui.setupUi(self)
        self.field = is_field(database)
        self.task: ProgressTask | None = None
        self.pending: tuple[list[Path], bool] | None = None
        self.laptop_dialog: QDialog | None = None
        self.enrolments: list[enrolment.EnrolmentRow] = []
        self.conflicts_view: ConflictsView | None = None
        self.report_dialogs: list[QDialog] = []
        self.groups: list[packages.GroupChoice] = []
        self.report = PackageReportWidget(self.ui.reportPage)
        self.ui.reportPageLayout.addWidget(self.report)
        campaign = overview.current_campaign(database)
        self.report.header = campaign.name if campaign else ""
        self.report.installation = self.installation_name()
        self.ui.officeSendWidget.setVisible(not self.field)
        self.ui.fieldSendWidget.setVisible(self.field)
        history = self.ui.historyTable
        history.verticalHeader().setVisible(False)
        history.horizontalHeader().setStretchLastSection(True)
        history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.enrolmentTable.verticalHeader().setVisible(False)
        self.ui.enrolmentTable.horizontalHeader().setStretchLastSection(True)
        for widget in (self.ui.enrolmentTable, self.ui.enrolButton, self.ui.revokeButton):
            widget.setVisible(not self.field)
        self.ui.requestButton.setVisible(self.field)
        self.connect_signals()
        self.retranslate()
        self.refresh()

    def connect_signals(self) -> None:
        ui = self.ui
        ui.exportFieldButton.clicked.connect(self.export_field)
        ui.exportReturnButton.clicked.connect(lambda: self.export_return(False))
        ui.exportAllButton.clicked.connect(lambda: self.export_return(True))
        ui.importFilesButton.clicked.connect(self.import_files)
        ui.importFolderButton.clicked.connect(self.import_folder)
        ui.historyReportButton.clicked.connect(self.show_history_report)
        ui.historyTable.itemSelectionChanged.connect(self.update_history_buttons)
        ui.historyTable.itemDoubleClicked.connect(lambda _item: self.show_history_report())
        ui.conflictsButton.clicked.connect(self.open_conflicts)
        ui.requestButton.clicked.connect(self.show_fingerprint)
        ui.enrolButton.clicked.connect(self.enrol_laptop)
        ui.revokeButton.clicked.connect(self.revoke_laptop)
        ui.enrolmentTable.itemSelectionChanged.connect(self.update_laptop_buttons)
        ui.buttonBox.rejected.connect(self.reject)
        self.report.apply_requested.connect(self.apply_import)
        self.report.discarded.connect(self.discard_preview)

    def installation_name(self) -> str:
        from ..services.installation import identity

        try:
            return identity(self.database).display_name
        except Exception:  # an installation row is always there; never block the dialog
            return ""

    # Refresh ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.fill_groups()
        self.refresh_history()
        self.refresh_conflicts()
        self.refresh_laptops()

    def fill_groups(self) -> None:
        combo = self.ui.groupCombo
        chosen = combo.currentData()
        combo.clear()
        if self.field:
            return
        self.groups = packages.export_groups(self.database)
        for group in self.groups:
            combo.addItem(
                self.tr("Group {0} – {1} ({2})").format(
                    group.number, group.name, group.campaign_name
                ),
                group.id,
            )
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.ui.exportFieldButton.setEnabled(bool(self.groups))

    def refresh_history(self) -> None:
        rows = packages.history(self.database)
        self.history_rows = rows
        headers = [
            self.tr("When"),
            self.tr("Direction"),
            self.tr("Kind"),
            self.tr("Number"),
            self.tr("Installation"),
            self.tr("Group(s)"),
            self.tr("Changes"),
            self.tr("Evidence files"),
            self.tr("File"),
        ]
        directions = {"sent": self.tr("Sent"), "received": self.tr("Received")}
        kinds = {"field": self.tr("Field package"), "return": self.tr("Return package")}
        table = self.ui.historyTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [
                row.at.strftime("%Y-%m-%d %H:%M"),
                directions.get(row.direction, row.direction),
                kinds.get(row.kind, row.kind),
                str(row.seq),
                row.peer,
                row.group,
                str(row.entries),
                str(row.blobs),
                row.file_name,
            ]
            for column, value in enumerate(values):
                table.setItem(index, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        self.update_history_buttons()

    def refresh_conflicts(self) -> None:
        count = len(conflict_service.list_conflicts(self.database))
        self.ui.conflictsLabel.setText(
            self.tr("{0} conflict(s) waiting for a decision.").format(count)
            if count
            else self.tr("No conflicts.")
        )

    def update_history_buttons(self) -> None:
        row = self.selected_history()
        self.ui.historyReportButton.setEnabled(row is not None and row.direction == "received")

    def selected_history(self) -> packages.HistoryRow | None:
        rows = self.ui.historyTable.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.history_rows[index] if 0 <= index < len(self.history_rows) else None

    # Export -------------------------------------------------------------------------------------
    def export_field(self) -> None:
        group_id = self.ui.groupCombo.currentData()
        group = next((g for g in self.groups if g.id == group_id), None)
        if group is None:
            return
        stamp = datetime.now().strftime("%Y%m%d")
        suggested = safe_name(f"{group.campaign_name}-{group.name}-{stamp}.dudao")
        path = save_file_name(
            self,
            "packages",
            self.tr("Export field package"),
            suggested,
            self.tr("Packages (*.dudao)"),
        )
        if path is None:
            return
        target = with_suffix(path, ".dudao")
        laptops = enrolment.active_for_group(self.database, group.id)
        laptop = None
        if len(laptops) > 1:
            names = [f"{e.laptop_name} ({e.fingerprint})" for e in laptops]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Which laptop?"), self.tr("The group has several laptops:"), names
            )
            if not ok:
                return
            laptop = laptops[names.index(chosen)].id
        database = self.database
        self.run(
            lambda: packages.export_field_package(database, group.id, target, laptop=laptop),
            self.tr("Exporting the field package…"),
            self.exported,
        )

    def export_return(self, everything: bool) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        name = safe_name(f"{self.installation_name()}-{stamp}.dudao")
        path = save_file_name(
            self,
            "packages",
            self.tr("Export everything again") if everything else self.tr("Export return package"),
            name,
            self.tr("Packages (*.dudao)"),
        )
        if path is None:
            return
        target = with_suffix(path, ".dudao")
        database = self.database
        self.run(
            lambda: packages.export_return_package(database, target, everything=everything),
            self.tr("Exporting the return package…"),
            self.exported,
        )

    def exported(self, result: packages.ExportResult) -> None:
        self.ui.statusLabel.setText(
            self.tr("Wrote {0} ({1} changes, {2} evidence files, {3} bytes).").format(
                result.path, result.entries, result.blobs, result.size
            )
        )
        self.refresh_history()

    # Import -------------------------------------------------------------------------------------
    def import_files(self) -> None:
        paths = open_file_names(
            self, "packages", self.tr("Import packages"), self.tr("Packages (*.dudao)")
        )
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = existing_folder(self, "packages", self.tr("Import every package in a folder"))
        if folder is not None:
            self.start_import([folder])

    def start_import(self, paths: list[Path], trust_new_office: bool = False) -> None:
        """Run the dry run (the preview) of importing ``paths``."""
        self.pending = (paths, trust_new_office)
        database = self.database
        self.run(
            lambda: packages.import_packages(
                database, paths, dry_run=True, trust_new_office=trust_new_office
            ),
            self.tr("Checking the packages (nothing is changed yet)…"),
            self.previewed,
        )

    def previewed(self, outcomes: list[packages.ImportOutcome]) -> None:
        self.ui.pages.setCurrentWidget(self.ui.reportPage)
        if not outcomes:
            self.pending = None
            self.ui.statusLabel.setText(self.tr("No .dudao files were found there."))
            self.report.show_lines([], preview=False)
            return
        self.ui.statusLabel.setText("")
        self.report.show_lines(lines_from_outcomes(outcomes), preview=True)
        if self.pending and any(o.office_key_changed for o in outcomes):
            self.confirm_new_office()

    def confirm_new_office(self) -> None:
        """A field package signed by a new office key: trusted only if the user says so."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("A different office key"),
            self.tr(
                "This field package is signed by another office key than the one this laptop "
                "trusts. Trust the new key only if the office told you it changed its "
                "installation. Trust the new office key?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self.office_answered)
        self.office_box = box
        box.open()

    def office_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes and self.pending:
            self.start_import(self.pending[0], trust_new_office=True)

    def apply_import(self) -> None:
        if self.pending is None:
            return
        paths, trust = self.pending
        database = self.database
        self.run(
            lambda: packages.import_packages(database, paths, trust_new_office=trust),
            self.tr("Importing the packages…"),
            self.imported,
        )

    def imported(self, outcomes: list[packages.ImportOutcome]) -> None:
        self.pending = None
        self.report.show_lines(lines_from_outcomes(outcomes), preview=False)
        self.ui.pages.setCurrentWidget(self.ui.reportPage)
        self.refresh()
        self.database_changed.emit()

    def discard_preview(self) -> None:
        self.pending = None

    # Laptops ------------------------------------------------------------------------------------
    def refresh_laptops(self) -> None:
        mine = enrolment.own_request(self.database).fingerprint
        self.ui.fingerprintLabel.setText(
            self.tr("This laptop's fingerprint: {0}").format(mine)
            if self.field
            else self.tr("This office's fingerprint: {0}").format(mine)
        )
        if self.field:
            return
        self.enrolments = enrolment.list_enrolments(self.database)
        headers = [
            self.tr("Laptop"),
            self.tr("Fingerprint"),
            self.tr("Group"),
            self.tr("Enrolled"),
            self.tr("State"),
        ]
        table = self.ui.enrolmentTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.enrolments))
        for index, row in enumerate(self.enrolments):
            state = (
                self.tr("Revoked {0} by {1}: {2}").format(
                    f"{row.revoked_at:%Y-%m-%d %H:%M}", row.revoked_by, row.revoke_reason
                )
                if row.revoked_at
                else self.tr("Enrolled")
            )
            values = [
                row.laptop_name,
                row.fingerprint,
                self.tr("Group {0} – {1}").format(row.group_number, row.group_name),
                f"{row.enrolled_at:%Y-%m-%d %H:%M} {row.enrolled_by}",
                state,
            ]
            for column, value in enumerate(values):
                table.setItem(index, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        self.update_laptop_buttons()

    def selected_enrolment(self) -> enrolment.EnrolmentRow | None:
        rows = self.ui.enrolmentTable.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.enrolments):
            return None
        return self.enrolments[rows[0].row()]

    def update_laptop_buttons(self) -> None:
        row = self.selected_enrolment()
        self.ui.revokeButton.setEnabled(row is not None and row.active)

    def show_fingerprint(self) -> QDialog:
        dialog = FingerprintDialog(self.database, self)
        self.laptop_dialog = dialog
        dialog.open()
        return dialog

    def enrol_laptop(self) -> None:
        path = open_file_name(
            self, "enrolment", self.tr("The laptop's enrolment request"), "JSON (*.json)"
        )
        if path is not None:
            self.enrol_from(path)

    def enrol_from(self, path: Path) -> EnrolDialog | None:
        try:
            request = enrolment.read_request(path)
        except DudaoError as error:
            show_error(self, error)
            return None
        dialog = EnrolDialog(self.database, request, packages.export_groups(self.database), self)
        dialog.enrolled.connect(self.refresh_laptops)
        dialog.enrolled.connect(self.database_changed)
        self.laptop_dialog = dialog
        dialog.open()
        return dialog

    def revoke_laptop(self) -> RevokeDialog | None:
        row = self.selected_enrolment()
        if row is None or not row.active:
            return None
        dialog = RevokeDialog(self.database, row, self)
        dialog.revoked.connect(self.refresh_laptops)
        dialog.revoked.connect(self.database_changed)
        self.laptop_dialog = dialog
        dialog.open()
        return dialog

    # History and conflicts ----------------------------------------------------------------------
    def show_history_report(self) -> PackageReportDialog | None:
        row = self.selected_history()
        if row is None or row.direction != "received":
            return None
        lines = lines_from_reports(packages.reports(self.database, row.package_id))
        dialog = PackageReportDialog(lines, self.report.header, self)
        self.report_dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsView:
        view = ConflictsView(self.database, self)
        view.resolved.connect(self.refresh_conflicts)
        view.resolved.connect(self.database_changed)
        self.conflicts_view = view
        view.open()
        return view

    # Work ---------------------------------------------------------------------------------------
    def run(self, work, title: str, on_done) -> ProgressTask:
        self.setEnabled(False)

        def finished(result) -> None:
            self.setEnabled(True)
            on_done(result)

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, error)

        def cancelled() -> None:
            self.setEnabled(True)
            self.ui.statusLabel.setText(self.tr("Cancelled; nothing was changed."))

        self.task = run_with_progress(
            self, work, title, on_done=finished, on_error=failed, on_cancel=cancelled
        )
        return self.task

    # Qt -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.field:
            self.ui.roleLabel.setText(
                self.tr(
                    "This is a laptop (field installation). Import the field package the office "
                    "gave you; after the work, export a return package and take it to the office."
                )
            )
            self.ui.sendHint.setText(
                self.tr(
                    "A return package carries every change the office has not confirmed yet. "
                    "If the office lost a package, export everything again."
                )
            )
            self.ui.receiveHint.setText(self.tr("Import a field package from the office."))
        else:
            self.ui.roleLabel.setText(
                self.tr(
                    "This is the office installation. Export a field package for each "
                    "inspection group; import the return packages the laptops bring back."
                )
            )
            self.ui.sendHint.setText(
                self.tr(
                    "A field package holds the group's campaign, units, checklist and what the "
                    "office already has; it is encrypted to the group's enrolled laptop."
                )
            )
            self.ui.receiveHint.setText(
                self.tr(
                    "Import return packages: one or more files, or every package in a folder. "
                    "A preview shows what would change before anything is changed."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
            self.refresh()
        super().changeEvent(event)


# Main window menus: in ``sync_actions`` (imported at start, without this module).
from .sync_actions import SyncActions, install_sync_actions  # noqa: E402, F401
