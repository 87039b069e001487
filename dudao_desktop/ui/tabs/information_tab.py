"""Information data ledger (信息数据台账): the establishment archive per unit with its
history, all snapshots, monthly reconciliation, warnings (recompute, acknowledge with a
note) and the blacklist (add with reason and evidence, remove with reason, history)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ...db.engine import Database
from ...errors import QT_TRANSLATE_NOOP, DudaoError
from ...services import blacklist, evidence, warnings
from ...services.information_listing import blacklist_unit_of, warning_detail
from ...services.ledger_columns import ACCOUNTABILITY, RULE_NAMES
from ...services.ledger_listing import LedgerListing
from ...services.ledger_lists import (
    ArchiveListing,
    BlacklistListing,
    SnapshotListing,
    UnitHistoryListing,
    WarningListing,
)
from ..errors import show_error
from ..forms.ui_InformationTab import Ui_InformationTab
from ..ledger_blacklist_dialog import BlacklistDialog
from ..ledger_common import (
    SavedFilters,
    export_ledger,
    fill_department_combo,
    hide_counts,
    show_counts,
)
from ..ledger_reconcile_dialog import ReconcileDialog
from ..ledger_record_dialog import LedgerRecordDialog
from ..table_model import QueryTableModel
from ..vocab_labels import label as vocab_label
from ..workers import run_with_progress
from .base import Tab


class InformationTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_InformationTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.archive = QueryTableModel(ArchiveListing(database), self)
        self.snapshots = QueryTableModel(SnapshotListing(database), self)
        self.warnings = QueryTableModel(WarningListing(database), self)
        self.blacklist = QueryTableModel(BlacklistListing(database), self)
        self.accountability = QueryTableModel(LedgerListing(database, ACCOUNTABILITY), self)
        self.show_model(ui.archiveView, self.archive)
        self.show_model(ui.accountabilityView, self.accountability)
        self.show_model(ui.snapshotsView, self.snapshots)
        self.show_model(
            ui.warningsView, self.warnings, self.warnings.listing.column_index("raised_on")
        )
        self.show_model(
            ui.blacklistView, self.blacklist, self.blacklist.listing.column_index("listed_on")
        )
        # The history follows the selected unit, not the search box.
        self.history = QueryTableModel(UnitHistoryListing(database, None), self)
        self.show_model(ui.historyView, self.history)
        self.models.remove(self.history)
        self.saved = SavedFilters("information", ui.savedFilterCombo)
        self.reconcile_dialog: ReconcileDialog | None = None
        self.blacklist_dialog: BlacklistDialog | None = None
        self.record_dialog: LedgerRecordDialog | None = None
        self.task = None
        fill_department_combo(ui.departmentCombo, database, self.tr("All departments"))
        self.saved.fill()
        self.setup_search(ui.searchEdit)
        ui.countLabel.linkActivated.connect(lambda _link: self.show_all())
        ui.departmentCombo.currentIndexChanged.connect(self.apply_department)
        ui.openWarningsCheck.toggled.connect(self.apply_checks)
        ui.addAccountabilityButton.clicked.connect(self.add_accountability)
        ui.currentOnlyCheck.toggled.connect(self.apply_checks)
        ui.savedFilterCombo.activated.connect(self.load_saved_filter)
        ui.saveFilterButton.clicked.connect(self.ask_filter_name)
        ui.reconcileButton.clicked.connect(self.open_reconcile)
        ui.exportButton.clicked.connect(self.export_page)
        ui.recomputeButton.clicked.connect(self.recompute)
        ui.acknowledgeButton.clicked.connect(self.ask_acknowledge)
        ui.addBlacklistButton.clicked.connect(self.open_blacklist_dialog)
        ui.removeBlacklistButton.clicked.connect(self.ask_remove)
        ui.archiveView.selectionModel().selectionChanged.connect(self.on_unit_selected)
        ui.warningsView.selectionModel().selectionChanged.connect(self.on_warning_selected)
        ui.blacklistView.selectionModel().selectionChanged.connect(self.on_entry_selected)
        ui.ledgerTabs.currentChanged.connect(lambda _i: self.update_counts())
        for model in self.models:
            model.modelReset.connect(self.update_counts)
        ui.archiveSplitter.setStretchFactor(0, 3)
        ui.archiveSplitter.setStretchFactor(1, 1)
        ui.blacklistSplitter.setStretchFactor(0, 3)
        ui.blacklistSplitter.setStretchFactor(1, 1)
        self.update_counts()
        self.on_unit_selected()
        self.on_warning_selected()
        self.on_entry_selected()

    def title(self) -> str:
        return self.tr("Information data ledger")

    # Counts ---------------------------------------------------------------------------------
    def update_counts(self) -> None:
        tabs = self.ui.ledgerTabs
        pages = (
            (self.ui.archivePage, self.tr("Establishment archive"), self.archive),
            (self.ui.snapshotsPage, self.tr("Establishment snapshots"), self.snapshots),
            (self.ui.warningsPage, self.tr("Warnings"), self.warnings),
            (self.ui.blacklistPage, self.tr("Blacklist"), self.blacklist),
        )
        for page, name, model in pages:
            tabs.setTabText(tabs.indexOf(page), f"{name} ({model.total_count})")
        self.ui.warningsEmptyLabel.setVisible(
            self.warnings.total_count == 0 and not self.warnings.filter_text
        )
        counts = self.tr("{0} units · {1} snapshots · {2} warnings · {3} blacklist entries").format(
            self.archive.total_count,
            self.snapshots.total_count,
            self.warnings.total_count,
            self.blacklist.total_count,
        )
        note = self.filter_note()
        self.ui.countLabel.setText(f"{escape(counts)} {note}" if note else escape(counts))
        show_counts(self, counts)

    def hideEvent(self, event) -> None:
        hide_counts(self)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.update_counts()

    # Dashboard click-through (kept for the dashboard) ------------------------------------------
    def show_filtered(self, page: str) -> None:
        """Show the rows behind a dashboard figure: ``"warnings"`` the open warnings,
        ``"blacklist"`` the units on the blacklist now."""
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        for model in self.models:
            model.set_filter_text("")
        self.set_checks(open_only=page == "warnings", current_only=page == "blacklist")
        page_widget = {"warnings": self.ui.warningsPage, "blacklist": self.ui.blacklistPage}
        if page in page_widget:
            self.ui.ledgerTabs.setCurrentWidget(page_widget[page])
        self.update_counts()

    def filter_note(self) -> str:
        """What a dashboard click filtered, with a link back to everything."""
        if getattr(self.warnings.listing, "open_only", False):
            note = self.tr("Showing open warnings only.")
        elif getattr(self.blacklist.listing, "current_only", False):
            note = self.tr("Showing units on the blacklist now only.")
        else:
            return ""
        return f'{note} <a href="all">{self.tr("Show all")}</a>'

    def show_all(self) -> None:
        self.set_checks(open_only=False, current_only=False)

    # Filters --------------------------------------------------------------------------------
    def set_checks(self, open_only: bool, current_only: bool) -> None:
        for check, value in (
            (self.ui.openWarningsCheck, open_only),
            (self.ui.currentOnlyCheck, current_only),
        ):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)
        self.apply_checks()

    def apply_checks(self, *_args) -> None:
        self.warnings.set_listing(
            WarningListing(self.database, open_only=self.ui.openWarningsCheck.isChecked())
        )
        self.blacklist.set_listing(
            BlacklistListing(self.database, current_only=self.ui.currentOnlyCheck.isChecked())
        )

    def apply_department(self, *_args) -> None:
        self.archive.set_listing(
            ArchiveListing(self.database, self.ui.departmentCombo.currentData())
        )

    def ask_filter_name(self) -> None:
        name = self.saved.ask_name(self)
        if name:
            self.saved.save(
                name,
                {
                    "department_id": self.ui.departmentCombo.currentData(),
                    "open_only": self.ui.openWarningsCheck.isChecked(),
                    "current_only": self.ui.currentOnlyCheck.isChecked(),
                    "page": self.ui.ledgerTabs.currentIndex(),
                    "search": self.ui.searchEdit.text(),
                },
            )

    def load_saved_filter(self, index: int) -> None:
        stored = self.saved.get(index)
        if not stored:
            return
        combo = self.ui.departmentCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(stored.get("department_id")), 0))
        combo.blockSignals(False)
        self.apply_department()
        self.set_checks(bool(stored.get("open_only")), bool(stored.get("current_only")))
        self.ui.ledgerTabs.setCurrentIndex(int(stored.get("page") or 0))
        self.ui.searchEdit.setText(stored.get("search", ""))
        self.flush_search()

    # Archive --------------------------------------------------------------------------------
    def selected_id(self, view, model) -> str | None:
        rows = view.selectionModel().selectedRows()
        return model.record_id(rows[0].row()) if rows else None

    def on_unit_selected(self, *_args) -> None:
        unit_id = self.selected_id(self.ui.archiveView, self.archive)
        self.history.set_listing(UnitHistoryListing(self.database, unit_id))
        self.ui.historyView.resizeColumnsToContents()
        name = (
            self.archive.value(
                self.ui.archiveView.currentIndex().row(), self.archive.listing.column_index("name")
            )
            if unit_id
            else ""
        )
        self.ui.historyGroup.setTitle(
            self.tr("History of {0} ({1} snapshots)").format(name, self.history.total_count)
            if unit_id
            else self.tr("History of the selected unit")
        )

    def add_accountability(self) -> LedgerRecordDialog:
        """Record a 约谈, 通报 or 问责 of a unit."""
        self.record_dialog = LedgerRecordDialog(self.database, "accountability", self)
        self.record_dialog.added.connect(lambda _id: self.accountability.reload())
        self.record_dialog.open()
        return self.record_dialog

    def open_reconcile(self) -> None:
        self.reconcile_dialog = ReconcileDialog(self.database, self)
        self.reconcile_dialog.applied.connect(lambda _report: self.refresh())
        self.reconcile_dialog.open()

    def export_page(self) -> None:
        """Export the ledger of the page shown (the archive for the archive's own pages)."""
        page = self.ui.ledgerTabs.currentWidget()
        kind, name = {
            self.ui.warningsPage: ("warnings", self.tr("Warnings")),
            self.ui.blacklistPage: ("blacklist", self.tr("Blacklist")),
            self.ui.snapshotsPage: ("snapshots", self.tr("Snapshots")),
            self.ui.accountabilityPage: ("accountability", self.tr("Accountability")),
        }.get(page, ("archive", self.tr("Establishment archive")))
        export_ledger(self, self.database, kind, name + ".xlsx")

    # Warnings -------------------------------------------------------------------------------
    def on_warning_selected(self, *_args) -> None:
        warning_id = self.selected_id(self.ui.warningsView, self.warnings)
        self.ui.acknowledgeButton.setEnabled(warning_id is not None)
        if warning_id is None:
            self.ui.warningDetailLabel.setText(
                self.tr("Select a warning to see its figures and note.")
            )
            return
        try:
            w = warning_detail(self.database, warning_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        parts = [
            f"<b>{escape(w.unit_name)}</b> · {escape(vocab_label(RULE_NAMES, w.rule))}",
            escape(w.message),
        ]
        if w.figures:
            cells = "".join(
                f"<tr><td>{escape(QCoreApplication.translate('Warnings', label))}</td>"
                f"<td align='right'>&nbsp;&nbsp;{escape(str(value))}</td></tr>"
                for label, value in warnings.figure_rows(w.rule, w.figures)
            )
            parts.append(f"<table cellspacing='0'>{cells}</table>")
        if w.cleared_on:
            parts.append(escape(self.tr("Cleared on {0}").format(w.cleared_on.isoformat())))
        if w.acknowledged:
            parts.append(escape(self.tr("Acknowledged: {0}").format(w.note)))
        self.ui.warningDetailLabel.setText("<br/>".join(parts))

    def recompute(self):
        def done(counts: dict) -> None:
            self.warnings.reload()
            self.archive.reload()
            message = self.tr("Warnings recomputed: {0} raised, {1} cleared, {2} active.").format(
                counts["raised"], counts["cleared"], counts["active"]
            )
            self.ui.warningDetailLabel.setText(escape(message))
            show_counts(self, message)

        self.task = run_with_progress(
            self,
            lambda: warnings.recompute(self.database),
            self.tr("Recomputing warnings"),
            on_done=done,
            cancellable=False,
        )
        return self.task

    def ask_acknowledge(self) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Acknowledge warning"), self.tr("How is the warning being handled?")
        )
        if ok:
            self.acknowledge(note)

    def acknowledge(self, note: str) -> None:
        warning_id = self.selected_id(self.ui.warningsView, self.warnings)
        if warning_id is None:
            return
        try:
            warnings.acknowledge(self.database, warning_id, note.strip())
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.warnings.reload()
        self.select_row(self.ui.warningsView, self.warnings, warning_id)

    @staticmethod
    def select_row(view, model, record_id: str) -> None:
        row = model.row_of(record_id)
        while row < 0 and model.canFetchMore():
            model.fetchMore()
            row = model.row_of(record_id)
        if row >= 0:
            view.selectRow(row)

    # Blacklist ------------------------------------------------------------------------------
    def selected_unit_on_blacklist(self) -> str | None:
        entry_id = self.selected_id(self.ui.blacklistView, self.blacklist)
        return blacklist_unit_of(self.database, entry_id) if entry_id else None

    def on_entry_selected(self, *_args) -> None:
        unit_id = self.selected_unit_on_blacklist()
        self.ui.removeBlacklistButton.setEnabled(
            unit_id is not None and blacklist.is_listed(self.database, unit_id)
        )
        browser = self.ui.blacklistHistoryBrowser
        if unit_id is None:
            browser.setHtml(escape(self.tr("Select an entry to see the unit's history.")))
            return
        rows = blacklist.blacklist(self.database, include_history=True, unit_id=unit_id)
        parts = [f"<h4>{escape(rows[0].unit_name if rows else '')}</h4><ul>"]
        for r in sorted(rows, key=lambda r: (str(r.listed_on or ""), r.id)):
            lines = [
                self.tr("Listed on {0}: {1}").format(
                    r.listed_on.isoformat() if r.listed_on else "", r.reason
                )
            ]
            if r.evidence:
                lines.append(self.tr("Evidence: {0}").format(r.evidence))
            if r.removed_on:
                lines.append(
                    self.tr("Removed on {0}: {1}").format(
                        r.removed_on.isoformat(), r.removal_reason
                    )
                )
            parts.append("<li>" + "<br/>".join(escape(line) for line in lines) + "</li>")
        parts.append("</ul>")
        browser.setHtml("".join(parts))

    def open_blacklist_dialog(self) -> None:
        self.blacklist_dialog = BlacklistDialog(self.database, self)
        unit_id = self.selected_id(self.ui.archiveView, self.archive)
        if unit_id:
            self.blacklist_dialog.choose_unit(unit_id)
        self.blacklist_dialog.accepted.connect(self.add_from_dialog)
        self.blacklist_dialog.open()

    def add_from_dialog(self):
        dialog = self.blacklist_dialog
        if dialog is None:
            return None
        unit_id = dialog.unit_id()
        try:
            if unit_id is None:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Choose the unit to put on the blacklist from the list."
                    )
                )
            entry_id = blacklist.add_to_blacklist(
                self.database, unit_id, dialog.reason(), dialog.evidence_text()
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return None
        self.after_blacklist_change(entry_id)
        if dialog.files:
            link = evidence.Link(unit_id=unit_id)
            files = list(dialog.files)
            caption = self.tr("Blacklist evidence")
            self.task = run_with_progress(
                self,
                lambda: evidence.add_files(self.database, files, link, caption=caption),
                self.tr("Storing evidence files"),
            )
        return self.task

    def ask_remove(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Take off the blacklist"),
            self.tr("Why is the unit taken off the blacklist?"),
        )
        if ok:
            self.remove_selected(reason)

    def remove_selected(self, reason: str) -> None:
        entry_id = self.selected_id(self.ui.blacklistView, self.blacklist)
        unit_id = self.selected_unit_on_blacklist()
        if unit_id is None or entry_id is None:
            return
        try:
            blacklist.remove_from_blacklist(self.database, unit_id, reason.strip())
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.after_blacklist_change(entry_id)

    def after_blacklist_change(self, entry_id: str) -> None:
        self.blacklist.reload()
        self.archive.reload()
        self.ui.ledgerTabs.setCurrentWidget(self.ui.blacklistPage)
        self.select_row(self.ui.blacklistView, self.blacklist, entry_id)
        self.on_entry_selected()

    # Refresh --------------------------------------------------------------------------------
    def refresh(self) -> None:
        fill_department_combo(self.ui.departmentCombo, self.database, self.tr("All departments"))
        super().refresh()
        self.on_unit_selected()

    def retranslate(self) -> None:
        fill_department_combo(self.ui.departmentCombo, self.database, self.tr("All departments"))
        self.saved.fill()
        self.history.retranslate()
        self.update_counts()
        self.on_warning_selected()
        self.on_entry_selected()
