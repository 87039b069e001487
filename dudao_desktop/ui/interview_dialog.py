"""The interview (座谈) form: date, place, participants, topics, needs, suggestions, evidence.

*Record as suggestion* puts the selected suggestion on the suggestion list; a new interview
is saved first so the suggestion and attached evidence can point to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from ..db.engine import Database
from ..services import evidence, interviews
from ..services.interviews import InterviewData, Participants
from .errors import show_error
from .file_dialogs import open_file_names
from .forms.ui_InterviewDialog import Ui_InterviewDialog
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

GEOMETRY = "interview_dialog/geometry"
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class InterviewDialog(Dialog):
    """Emits ``saved(interview_id)`` whenever the interview is written to the database."""

    saved = Signal(str)

    def __init__(
        self,
        database: Database,
        unit_id: str,
        interview_id: str | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.unit_id = unit_id
        self.interview_id = interview_id
        self.settings = settings
        self.task: ProgressTask | None = None
        self.ui = Ui_InterviewDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addSuggestionButton.clicked.connect(self.add_suggestion)
        self.ui.newSuggestionEdit.returnPressed.connect(self.add_suggestion)
        self.ui.removeSuggestionButton.clicked.connect(self.remove_suggestion)
        self.ui.recordSuggestionButton.clicked.connect(self.record_selected)
        self.ui.suggestionsList.currentItemChanged.connect(self.update_buttons)
        self.ui.attachButton.clicked.connect(self.choose_attachments)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        if settings is not None and settings.value(GEOMETRY) is not None:
            self.restoreGeometry(settings.value(GEOMETRY))
        self.load()

    # Form <-> record -------------------------------------------------------------------------
    def load(self) -> None:
        ui = self.ui
        if self.interview_id is None:
            self.setWindowTitle(self.tr("New interview"))
            ui.heldOnEdit.setDate(QDate.currentDate())
            self.fill_suggestions([])
        else:
            self.setWindowTitle(self.tr("Interview"))
            data = interviews.get_interview(self.database, self.interview_id).data
            if data.held_on:
                ui.heldOnEdit.setDate(QDate(data.held_on))
            ui.placeEdit.setText(data.place)
            ui.unitHeadEdit.setText(data.participants.unit_head)
            ui.staffEdit.setText("、".join(data.participants.staff))
            ui.inspectorsEdit.setText("、".join(data.participants.inspectors))
            ui.topicsEdit.setPlainText(data.topics)
            ui.needsEdit.setPlainText(data.needs)
            self.fill_suggestions(interviews.raised_suggestions(self.database, self.interview_id))
        self.update_evidence_count()

    def fill_suggestions(self, raised: list) -> None:
        self.ui.suggestionsList.clear()
        for suggestion in raised:
            self.append_suggestion(suggestion.text, suggestion.recorded)
        self.update_buttons()

    def append_suggestion(self, text: str, recorded: bool = False) -> QListWidgetItem:
        shown = self.tr("✓ {0} (on the suggestion list)").format(text) if recorded else text
        item = QListWidgetItem(shown, self.ui.suggestionsList)
        item.setData(TEXT_ROLE, text)
        item.setData(TEXT_ROLE + 1, recorded)
        return item

    def suggestion_texts(self) -> list[str]:
        lst = self.ui.suggestionsList
        return [lst.item(row).data(TEXT_ROLE) for row in range(lst.count())]

    def data(self) -> InterviewData:
        ui = self.ui
        return InterviewData(
            held_on=ui.heldOnEdit.date().toPython(),
            place=ui.placeEdit.text(),
            participants=Participants(
                unit_head=ui.unitHeadEdit.text(),
                staff=interviews.split_names(ui.staffEdit.text()),
                inspectors=interviews.split_names(ui.inspectorsEdit.text()),
            ),
            topics=ui.topicsEdit.toPlainText(),
            needs=ui.needsEdit.toPlainText(),
            suggestions=self.suggestion_texts(),
        )

    def save(self) -> bool:
        try:
            if self.interview_id is None:
                self.interview_id = interviews.create_interview(
                    self.database, self.unit_id, self.data()
                )
                self.setWindowTitle(self.tr("Interview"))
            else:
                interviews.update_interview(self.database, self.interview_id, self.data())
        except Exception as error:  # shown, never a traceback
            show_error(self, error)
            return False
        self.saved.emit(self.interview_id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    # Suggestions -----------------------------------------------------------------------------
    def add_suggestion(self) -> None:
        text = " ".join(self.ui.newSuggestionEdit.text().split())
        if not text or text in self.suggestion_texts():
            return
        self.ui.suggestionsList.setCurrentItem(self.append_suggestion(text))
        self.ui.newSuggestionEdit.clear()

    def remove_suggestion(self) -> None:
        item = self.ui.suggestionsList.currentItem()
        if item is not None and not item.data(TEXT_ROLE + 1):
            self.ui.suggestionsList.takeItem(self.ui.suggestionsList.row(item))
        self.update_buttons()

    def update_buttons(self, *_args) -> None:
        item = self.ui.suggestionsList.currentItem()
        open_item = item is not None and not item.data(TEXT_ROLE + 1)
        self.ui.recordSuggestionButton.setEnabled(open_item)
        self.ui.removeSuggestionButton.setEnabled(open_item)

    def record_selected(self) -> None:
        """Save the interview, then put the selected suggestion on the suggestion list."""
        item = self.ui.suggestionsList.currentItem()
        if item is None or item.data(TEXT_ROLE + 1) or not self.save():
            return
        try:
            interviews.record_suggestion(self.database, self.interview_id, item.data(TEXT_ROLE))
        except Exception as error:
            show_error(self, error)
        row = self.ui.suggestionsList.row(item)
        self.fill_suggestions(interviews.raised_suggestions(self.database, self.interview_id))
        self.ui.suggestionsList.setCurrentRow(row)

    # Evidence --------------------------------------------------------------------------------
    def update_evidence_count(self) -> None:
        count = 0
        if self.interview_id is not None:
            count = len(
                evidence.list_evidence(self.database, self.unit_id, interview_id=self.interview_id)
            )
        self.ui.evidenceLabel.setText(self.tr("%n file(s) attached", "", count))

    def choose_attachments(self) -> None:
        files = open_file_names(
            self, "evidence", self.tr("Attach photos of the meeting or the sign-in sheet")
        )
        if files:
            self.attach(files)

    def attach(self, paths: list[Path], max_size: int = evidence.DEFAULT_MAX_SIZE) -> None:
        if not self.save():
            return
        link = evidence.Link(unit_id=self.unit_id, interview_id=self.interview_id)
        self.task = run_with_progress(
            self,
            lambda: evidence.add_files(self.database, paths, link, max_size=max_size),
            self.tr("Attaching files to the interview"),
            on_done=lambda _result: self.update_evidence_count(),
        )

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue(GEOMETRY, self.saveGeometry())
        super().done(result)
