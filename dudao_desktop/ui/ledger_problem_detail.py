"""The detail editor beside the rectification ledger: fields saved as edited, and the status
buttons (the letter and the look-back are the only ways to "notified" and "verified")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..db.engine import Database
from ..model.vocab import PROBLEM_STATUS_LABELS
from ..services import evidence, problems
from ..services.ledger_columns import PROBLEMS, offered_columns
from .declared_fields import DeclaredFields
from .errors import show_error
from .file_dialogs import open_file_names
from .forms.ui_LedgerProblemDetail import Ui_LedgerProblemDetail
from .ledger_letter_dialog import LetterDialog
from .ledger_record_dialog import LedgerRecordDialog
from .vocab_labels import label as vocab_label
from .workers import run_with_progress

SHA_ROLE = 256


class ProblemDetail(QWidget):
    changed = Signal(str)  # the problem id whose record changed

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.problem_id: str | None = None
        self.details: dict = {}
        self.letter_dialog: LetterDialog | None = None
        self.record_dialog: LedgerRecordDialog | None = None
        self.ui = Ui_LedgerProblemDetail()
        self.ui.setupUi(self)
        self.fields = DeclaredFields(
            PROBLEMS.detail(), self, {None: self.ui.formLayout}, before=self.ui.progressLabel
        )
        self.ui.addProgressButton.clicked.connect(self.add_progress)
        self.ui.progressEdit.returnPressed.connect(self.add_progress)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.issueLetterButton.clicked.connect(self.open_letter)
        self.ui.accountabilityButton.clicked.connect(self.add_accountability)
        self.ui.rectifyingButton.clicked.connect(lambda: self.advance("rectifying"))
        self.ui.rectifiedButton.clicked.connect(lambda: self.advance("rectified"))
        self.ui.verifiedButton.clicked.connect(lambda: self.look_back(True))
        self.ui.notVerifiedButton.clicked.connect(lambda: self.look_back(False))
        self.ui.attachEvidenceButton.clicked.connect(self.choose_evidence)
        self.ui.openEvidenceButton.clicked.connect(self.open_evidence)
        self.ui.evidenceList.itemDoubleClicked.connect(lambda _item: self.open_evidence())
        self.task = None
        self.show_problem(None)

    def show_problem(self, problem_id: str | None) -> None:
        self.problem_id = problem_id
        self.setEnabled(problem_id is not None)
        if problem_id is None:
            self.details = {}
            self.fields.load({})
            self.ui.unitValue.setText(self.tr("Select a problem to edit it."))
            self.ui.statusValue.setText("")
            self.ui.evidenceList.clear()
            self.ui.progressList.clear()
            return
        try:
            self.details = problems.problem_details(self.database, problem_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        d = self.details
        self.ui.unitValue.setText(d["unit_name"])
        status = vocab_label(PROBLEM_STATUS_LABELS, d["status"])
        if d["overdue"]:
            status += " " + self.tr("(overdue)")
        self.ui.statusValue.setText(status)
        self.fields.set_choices(offered_columns(self.database, PROBLEMS.detail(), d))
        self.fields.load(d)
        self.show_progress()
        self.show_evidence()

    def add_accountability(self) -> LedgerRecordDialog | None:
        """A 约谈, 通报 or 问责 about this problem (and its unit): the ledger lists it."""
        if self.problem_id is None:
            return None
        problem_id = self.problem_id
        self.record_dialog = LedgerRecordDialog(
            self.database,
            "accountability",
            self,
            unit_id=self.details.get("unit_id"),
            links={"problem_id": problem_id},
        )
        self.record_dialog.added.connect(lambda _id: self.changed.emit(problem_id))
        self.record_dialog.open()
        return self.record_dialog

    def show_progress(self) -> None:
        self.ui.progressList.clear()
        if not self.problem_id:
            return
        for on, text, who in problems.progress_updates(self.database, self.problem_id):
            self.ui.progressList.addItem(
                f"{on.isoformat()}  {text}" + (f"（{who}）" if who else "")
            )

    def add_progress(self) -> None:
        if self.problem_id is None:
            return
        try:
            problems.add_progress(self.database, self.problem_id, self.ui.progressEdit.text())
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.ui.progressEdit.clear()
        self.show_progress()
        self.changed.emit(self.problem_id)

    def show_evidence(self) -> None:
        self.ui.evidenceList.clear()
        if not self.problem_id:
            return
        for item in evidence.list_evidence(self.database, problem_id=self.problem_id):
            row = QListWidgetItem(item.label)
            row.setToolTip(item.original_name)
            row.setData(SHA_ROLE, item.sha256)
            self.ui.evidenceList.addItem(row)

    def choose_evidence(self) -> None:
        names = open_file_names(self, "evidence", self.tr("Evidence of rectification"))
        if names:
            self.attach_evidence(names)

    def attach_evidence(self, paths: list[Path]):
        """Store ``paths`` as evidence of rectification in a worker; the list refreshes."""
        if not self.problem_id:
            return None
        link = evidence.Link(problem_id=self.problem_id)

        def work():  # each file captioned with its name (the letters list the captions)
            ids = []
            for path in paths:
                added = yield from evidence.add_files(
                    self.database, [path], link, caption=path.stem
                )
                ids += added.evidence_ids
            return ids

        self.task = run_with_progress(
            self, work, self.tr("Storing evidence"), on_done=lambda _result: self.show_evidence()
        )
        return self.task

    def open_evidence(self) -> None:
        item = self.ui.evidenceList.currentItem()
        if item is not None:
            path = evidence.file_path(self.database, item.data(SHA_ROLE))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def edited_fields(self) -> dict:
        return self.fields.changed(self.details)

    def save(self) -> bool:
        if self.problem_id is None:
            return False
        fields = self.edited_fields()
        if not fields:
            return True
        try:
            problems.update_problem(
                self.database, self.problem_id, self.details.get("version"), **fields
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return False
        self.changed.emit(self.problem_id)
        self.show_problem(self.problem_id)
        return True

    def advance(self, status: str) -> None:
        if self.problem_id is None or not self.save():
            return
        try:
            problems.advance(self.database, self.problem_id, status)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.changed.emit(self.problem_id)
        self.show_problem(self.problem_id)

    def look_back(self, verified: bool) -> None:
        if self.problem_id is None or not self.save():
            return
        try:
            problems.record_lookback(
                self.database, self.problem_id, self.ui.lookbackResultEdit.toPlainText(), verified
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.changed.emit(self.problem_id)
        self.show_problem(self.problem_id)

    def open_letter(self) -> None:
        if self.problem_id is None or not self.save():
            return
        self.letter_dialog = LetterDialog(self.database, self.details["unit_id"], self)
        self.letter_dialog.issued.connect(lambda _n: self.after_issue())
        self.letter_dialog.open()

    def after_issue(self) -> None:
        if self.problem_id:
            self.changed.emit(self.problem_id)
            self.show_problem(self.problem_id)
