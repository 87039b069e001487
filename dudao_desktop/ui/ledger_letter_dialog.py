"""Preview a unit's feedback letter or rectification notice, save it as PDF, issue it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..db.engine import Database
from ..documents.letters import letter_file_name, write_letters
from ..services import document_approvals, letters, users
from .errors import show_error
from .file_dialogs import save_file_name, with_suffix
from .font_notice import announce_stand_ins
from .forms.ui_LedgerLetterDialog import Ui_LedgerLetterDialog
from .window_fit import Dialog
from .workers import run_with_progress


class LetterDialog(Dialog):
    """Shows the filled letter; *Issue* marks the unit's identified problems notified today."""

    issued = Signal(int)  # how many problems became notified

    def __init__(self, database: Database, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.unit_id = unit_id
        self.letter: letters.Letter | None = None
        self.task = None
        self.ui = Ui_LedgerLetterDialog()
        self.ui.setupUi(self)
        self.ui.kindCombo.addItem(self.tr("Feedback letter"), "feedback")
        self.ui.kindCombo.addItem(self.tr("Rectification notice"), "notice")
        self.ui.kindCombo.currentIndexChanged.connect(self.preview)
        self.ui.docNumberEdit.editingFinished.connect(self.preview)
        self.ui.issueButton.clicked.connect(self.issue)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.printButton.clicked.connect(self.save_pdf)
        self.ui.closeButton.clicked.connect(self.reject)
        self.preview()

    def preview(self) -> None:
        try:
            self.letter = letters.build_letter(
                self.database,
                self.unit_id,
                self.ui.kindCombo.currentData(),
                doc_number=self.ui.docNumberEdit.text().strip(),
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.ui.previewBrowser.setHtml(self.letter_html(self.letter))
        self.show_approval()

    def show_approval(self) -> None:
        """审定 is offered to an office leader only, while the letter waits for it."""
        user = users.current_user(self.database)
        leader = user is not None and user.role == "office_leader"
        approved = bool(self.letter and self.letter.approved_by)
        self.ui.approveButton.setVisible(leader and not approved)

    def approve(self) -> None:
        if self.letter is None:
            return
        try:
            document_approvals.approve_document(
                self.database, self.letter.kind, self.letter.campaign_id, self.unit_id
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.preview()

    @staticmethod
    def letter_html(letter: letters.Letter) -> str:
        parts = []
        if letter.draft:
            parts.append(f"<p style='color:#c00000'>草稿：{escape(letter.draft_reason)}</p>")
        if letter.approved_by:
            parts.append(f"<p style='color:#006000'>审定：{escape(letter.approved_by)}</p>")
        if letter.mark:
            parts.append(f"<h2 align='center' style='color:#d00000'>{escape(letter.mark)}</h2>")
        parts.append(f"<h2 align='center'>{escape(letter.title)}</h2>")
        if letter.doc_number:
            parts.append(f"<p align='center'>{escape(letter.doc_number)}</p>")
        parts.append(f"<p>{escape(letter.salutation)}</p>")
        parts += [f"<p>{escape(t)}</p>" for t in letter.paragraphs]
        parts.append(f"<h3>{escape(letter.problem_table_intro)}</h3>")
        head = "".join(f"<th>{escape(c)}</th>" for c in letter.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in letter.rows
        )
        parts.append(
            f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
        )
        if letter.suggestion_intro:
            parts.append(f"<h3>{escape(letter.suggestion_intro)}</h3>")
            parts += [f"<p>{escape(t)}</p>" for t in letter.suggestions]
        if letter.requirements_intro:
            parts.append(f"<h3>{escape(letter.requirements_intro)}</h3>")
        parts += [f"<p>{escape(t)}</p>" for t in [*letter.requirements, *letter.closing]]
        parts.append(
            f"<p align='right'>{escape(letter.signature)}<br/>{escape(letter.date_line)}</p>"
        )
        return "".join(parts)

    def save_pdf(self) -> None:
        if self.letter is None:
            return
        name = save_file_name(
            self,
            "letters",
            self.tr("Save letter as PDF"),
            letter_file_name(self.letter),
            self.tr("PDF files (*.pdf)"),
        )
        if name is not None:
            self.write_pdf(with_suffix(name, ".pdf"))

    def write_pdf(self, path: Path):
        """Write the previewed letter to ``path`` in a worker (errors shown when done)."""
        if self.letter is None:
            return None
        letter = self.letter
        self.task = run_with_progress(
            self,
            lambda: write_letters(path, [letter]),
            self.tr("Printing the letter"),
            on_done=lambda _path: self.ui.printButton.setToolTip(
                "\n".join(
                    line
                    for line in (self.tr("Saved to {0}").format(path), announce_stand_ins(self))
                    if line
                )
            ),
            cancellable=False,
        )
        return self.task

    def issue(self) -> None:
        try:
            changed = letters.issue_letter(self.database, self.unit_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.issued.emit(changed)
        self.accept()
