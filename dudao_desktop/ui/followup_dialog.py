"""Effectiveness follow-up (跟踪问效) of approved matters: the list of decided or implemented
matters, and for the selected one its decision and the follow-up indicators and result.

Edits are saved with *Save*, and also when another matter is chosen or the dialog closes;
if saving fails (a result without indicators) the user stays on the matter with the message,
so nothing typed is lost. *Follow-up report…* writes the report and opens the preview.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ..db.engine import Database
from ..progress import publish_when_done
from ..services import followup
from .column_widths import fit_columns
from .errors import show_error
from .forms.ui_FollowUpDialog import Ui_FollowUpDialog
from .pdf_preview import PdfPreview, preview_pdf
from .settings import settings
from .table_model import QueryTableModel
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

GEOMETRY = "followup_dialog/geometry"
SPLITTER = "followup_dialog/splitter"
SEARCH_DELAY_MS = 300


class FollowUpDialog(Dialog):
    """Emits ``saved(matter_id)`` after the follow-up of a matter was written."""

    saved = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self.current_id: str | None = None
        self.dirty = False
        self.selecting = False
        self.previews: list[PdfPreview] = []
        self.task: ProgressTask | None = None
        self.model = QueryTableModel(followup.FollowUpListing(database), self)
        view = self.ui.mattersView
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setSortIndicator(
            followup.FollowUpListing.MEETING_ON, view.horizontalHeader().sortIndicatorOrder()
        )
        fit_columns(view, 260)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.ui.searchEdit.textChanged.connect(lambda _text: self.search_timer.start())
        view.selectionModel().selectionChanged.connect(self.on_selection)
        self.model.modelReset.connect(self.update_count)
        for edit in (self.ui.indicatorsEdit, self.ui.resultEdit):
            edit.textChanged.connect(self.mark_dirty)
        self.ui.saveButton.clicked.connect(self.save_current)
        self.ui.revertButton.clicked.connect(self.revert)
        self.ui.reportButton.clicked.connect(self.preview_report)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        store = settings()
        if store.value(GEOMETRY) is not None:
            self.restoreGeometry(store.value(GEOMETRY))
        if store.value(SPLITTER) is not None:
            self.ui.splitter.restoreState(store.value(SPLITTER))
        self.update_count()
        self.show_matter(None)
        if self.model.rowCount():
            view.selectRow(0)

    # List ---------------------------------------------------------------------------------------
    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.save_current():
            self.model.set_filter_text(self.ui.searchEdit.text().strip())
            self.reselect()

    def update_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n approved matter(s)", "", self.model.total_count))

    def select_matter(self, matter_id: str | None) -> bool:
        """Select the matter's row (fetching rows as needed); False if it is not listed."""
        if matter_id is None:
            return False
        row = self.model.row_of(matter_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(matter_id)
        if row >= 0:
            self.selecting = True
            try:
                self.ui.mattersView.selectRow(row)
            finally:
                self.selecting = False
        return row >= 0

    def reselect(self) -> None:
        if not self.select_matter(self.current_id):
            self.show_matter(None)

    def on_selection(self, *_args) -> None:
        if self.selecting:
            return
        rows = self.ui.mattersView.selectionModel().selectedRows()
        chosen = self.model.record_id(rows[0].row()) if rows else None
        if chosen == self.current_id:
            return
        if not self.save_current():
            self.select_matter(self.current_id)  # stay on the matter that could not be saved
            return
        self.select_matter(chosen)  # saving reloaded the list
        self.show_matter(chosen)

    # Detail -------------------------------------------------------------------------------------
    def show_matter(self, matter_id: str | None) -> None:
        ui = self.ui
        line = followup.followup_line(self.database, matter_id) if matter_id else None
        self.current_id = line.id if line else None
        for edit in (ui.indicatorsEdit, ui.resultEdit):
            edit.blockSignals(True)
        ui.indicatorsEdit.setPlainText(line.indicators if line else "")
        ui.resultEdit.setPlainText(line.result if line else "")
        for edit in (ui.indicatorsEdit, ui.resultEdit):
            edit.moveCursor(QTextCursor.MoveOperation.End)  # typing continues the text
            edit.blockSignals(False)
        unit = ""
        if line is not None:
            unit = line.unit
            if line.department and line.department != line.unit:
                unit = self.tr("{0} (supervising department: {1})").format(
                    line.unit, line.department
                )
        ui.unitValue.setText(unit)
        ui.titleValue.setText(line.title if line else "")
        decided = ""
        if line is not None:
            day = line.meeting_on.isoformat() if line.meeting_on else self.tr("(no meeting date)")
            decided = f"{day}　{line.document_number}".strip()
        ui.decidedValue.setText(decided)
        ui.decisionValue.setText(line.decision if line else "")
        ui.implementationValue.setText(line.implementation if line else "")
        ui.detailGroup.setEnabled(line is not None)
        self.dirty = False
        self.show_state()

    def mark_dirty(self) -> None:
        self.dirty = True
        self.show_state()

    def show_state(self) -> None:
        if self.current_id is None:
            text = self.tr("Choose a matter in the list.")
        elif self.dirty:
            text = self.tr("Unsaved changes.")
        else:
            text = ""
        self.ui.stateLabel.setText(text)
        self.ui.saveButton.setEnabled(self.dirty)
        self.ui.revertButton.setEnabled(self.dirty)

    def save_current(self) -> bool:
        """Write the shown matter's follow-up if edited; False (after telling) if refused."""
        if not self.dirty or self.current_id is None:
            return True
        matter_id = self.current_id
        try:
            followup.record_followup(
                self.database,
                matter_id,
                indicators=self.ui.indicatorsEdit.toPlainText(),
                result=self.ui.resultEdit.toPlainText(),
            )
        except Exception as error:
            show_error(self, error)
            return False
        self.dirty = False
        self.show_state()
        self.model.reload()
        self.select_matter(matter_id)
        self.saved.emit(matter_id)
        return True

    def revert(self) -> None:
        self.show_matter(self.current_id)

    # Report -------------------------------------------------------------------------------------
    def preview_report(self) -> ProgressTask | None:
        from ..services.followup import write_followup_report

        if not self.save_current():
            return None
        target = Path(tempfile.mkdtemp(prefix="dudao-followup-")) / (
            self.tr("Effectiveness follow-up") + ".pdf"
        )
        database = self.database
        self.task = run_with_progress(
            self,
            lambda: publish_when_done(lambda path: write_followup_report(database, path), target),
            self.tr("Writing the follow-up report"),
            on_done=self.show_preview,
        )
        return self.task

    def show_preview(self, path: Path) -> None:
        self.previews.append(preview_pdf(self.parentWidget() or self, path))

    # Qt -----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self.update_count()
            self.show_state()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if not self.save_current():
            return  # the message said why; the edits stay on screen
        store = settings()
        store.setValue(GEOMETRY, self.saveGeometry())
        store.setValue(SPLITTER, self.ui.splitter.saveState())
        super().done(result)
