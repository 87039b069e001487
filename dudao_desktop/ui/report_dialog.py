"""The report dialog: the office writes the supervision report's text sections (introduction,
overall assessment, next steps), kept with the campaign, and prints any report.

Text is saved as it is typed (debounced) and whatever is pending when a document is written
or the dialog closes, so nothing typed is lost. The documents are the campaign's supervision
report, the yearly analysis of a chosen year and the effectiveness follow-up report; a PDF
opens in the in-app preview, an ``.xlsx`` goes where the user saves it. Writing runs in the
thread pool (``ui.workers``).

``install_report_actions(main_window)`` adds *Reports…* to the Print menu and *Effectiveness
follow-up…* to the Tools menu.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..db.engine import Database
from ..progress import publish_when_done
from ..services import document_approvals, overview, report_text, users
from .errors import show_error
from .file_dialogs import save_file_name, with_suffix
from .font_notice import stand_in_notice
from .forms.ui_ReportDialog import Ui_ReportDialog
from .pdf_preview import PdfPreview, preview_pdf
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

SAVE_DELAY_MS = 800
CAMPAIGN, YEARLY, FOLLOWUP = "campaign", "yearly", "followup"


def safe_file_name(name: str) -> str:
    """``name`` without characters a file system refuses."""
    return re.sub(r'[\\/:*?"<>|\r\n\t]+', " ", name).strip() or "report"


class ReportDialog(Dialog):
    """Emits ``written(path)`` for every document written (PDF shown or workbook saved)."""

    written = Signal(object)

    def __init__(
        self, database: Database, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.editors: dict[str, QPlainTextEdit] = {
            "introduction": self.ui.introductionEdit,
            "assessment": self.ui.assessmentEdit,
            "next_steps": self.ui.nextStepsEdit,
        }
        self.dirty: set[str] = set()
        self.saved_at: datetime | None = None
        self.previews: list[PdfPreview] = []
        self.task: ProgressTask | None = None
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_texts)
        self.campaign_name = ""
        summary = overview.campaign_summary(database, campaign_id) if campaign_id else None
        if summary is not None:
            self.campaign_name = summary.campaign.name
            self.ui.yearSpin.setValue(summary.campaign.year or date.today().year)
        else:
            self.campaign_id = None
            self.ui.yearSpin.setValue(date.today().year)
        self.load_texts()
        for key, edit in self.editors.items():
            edit.textChanged.connect(partial(self.text_edited, key))
        for button in (self.ui.campaignRadio, self.ui.yearlyRadio, self.ui.followupRadio):
            button.toggled.connect(self.update_choices)
        self.ui.followupYearCheck.toggled.connect(self.update_choices)
        self.ui.pdfButton.clicked.connect(self.preview_document)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.xlsxButton.clicked.connect(self.choose_workbook)
        self.ui.closeButton.clicked.connect(self.close)
        # Enter in a text section must never start a document (nor a second preview).
        for button in (
            self.ui.approveButton,
            self.ui.pdfButton,
            self.ui.xlsxButton,
            self.ui.closeButton,
        ):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.retranslate()
        self.show_approval()

    # Text sections ----------------------------------------------------------------------------
    def load_texts(self) -> None:
        has_campaign = self.campaign_id is not None
        self.ui.textGroup.setEnabled(has_campaign)
        self.ui.campaignRadio.setEnabled(has_campaign)
        if not has_campaign:
            self.ui.yearlyRadio.setChecked(True)
            return
        texts = report_text.report_texts(self.database, self.campaign_id)
        for key, edit in self.editors.items():
            edit.blockSignals(True)
            edit.setPlainText(texts.get(key, ""))
            edit.moveCursor(QTextCursor.MoveOperation.End)
            edit.blockSignals(False)

    def text_edited(self, key: str) -> None:
        self.dirty.add(key)
        self.save_timer.start()
        self.show_saved_state()

    def save_texts(self) -> bool:
        """Write the edited sections now; False (after telling the user) if that failed."""
        self.save_timer.stop()
        if self.campaign_id is None:
            return True
        try:
            for key in list(self.editors):
                if key in self.dirty:
                    text = self.editors[key].toPlainText()
                    report_text.set_report_text(self.database, self.campaign_id, key, text)
                    self.dirty.discard(key)
        except Exception as error:
            show_error(self, error)
            return False
        self.saved_at = datetime.now()
        self.show_saved_state()
        return True

    def show_saved_state(self) -> None:
        if self.campaign_id is None:
            text = self.tr("No campaign yet: the text sections belong to a campaign.")
        elif self.dirty:
            text = self.tr("Saving…")
        elif self.saved_at is not None:
            text = self.tr("All changes saved at {0}.").format(self.saved_at.strftime("%H:%M:%S"))
        else:
            text = self.tr("Changes are saved as you type.")
        self.ui.savedLabel.setText(text)

    # Documents --------------------------------------------------------------------------------
    def kind(self) -> str:
        if self.ui.yearlyRadio.isChecked():
            return YEARLY
        if self.ui.followupRadio.isChecked():
            return FOLLOWUP
        return CAMPAIGN

    def choose(self, kind: str, year: int | None = None) -> None:
        """Select a document (as the radio buttons and year picker do)."""
        {
            CAMPAIGN: self.ui.campaignRadio,
            YEARLY: self.ui.yearlyRadio,
            FOLLOWUP: self.ui.followupRadio,
        }[kind].setChecked(True)
        if year is not None:
            self.ui.yearSpin.setValue(year)
            self.ui.followupYearCheck.setChecked(kind == FOLLOWUP)

    def update_choices(self) -> None:
        kind = self.kind()
        self.ui.followupYearCheck.setEnabled(kind == FOLLOWUP)
        self.ui.yearSpin.setEnabled(
            kind == YEARLY or (kind == FOLLOWUP and self.ui.followupYearCheck.isChecked())
        )
        self.ui.xlsxButton.setEnabled(kind != FOLLOWUP)
        self.show_approval()
        self.ui.xlsxButton.setToolTip(
            self.tr("The follow-up report is a PDF only.") if kind == FOLLOWUP else ""
        )

    def show_approval(self) -> None:
        """审定 of the campaign's report: offered to an office leader only, until given."""
        user = users.current_user(self.database)
        waiting = self.campaign_id is not None and not document_approvals.approved_by(
            self.database, "report", self.campaign_id
        )
        self.ui.approveButton.setVisible(
            self.kind() == CAMPAIGN
            and waiting
            and user is not None
            and user.role == "office_leader"
        )

    def approve(self) -> None:
        if self.campaign_id is None:
            return
        try:
            document_approvals.approve_document(self.database, "report", self.campaign_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.show_approval()

    def document_name(self) -> str:
        kind, year = self.kind(), self.ui.yearSpin.value()
        if kind == YEARLY:
            return self.tr("Yearly analysis {0}").format(year)
        if kind == FOLLOWUP:
            if self.ui.followupYearCheck.isChecked():
                return self.tr("Effectiveness follow-up {0}").format(year)
            return self.tr("Effectiveness follow-up")
        return self.tr("{0} supervision report").format(self.campaign_name)

    def writer(self, suffix: str):
        """A callable ``write(path) -> Path`` for the chosen document (run in the worker)."""
        from ..services.followup import write_followup_report
        from ..services.supervision_report import write_report, write_report_workbook
        from ..services.yearly import write_yearly_pdf, write_yearly_workbook

        database, kind, year = self.database, self.kind(), self.ui.yearSpin.value()
        pdf = suffix == ".pdf"
        if kind == YEARLY:
            write = write_yearly_pdf if pdf else write_yearly_workbook
            return lambda path: write(database, year, path)
        if kind == FOLLOWUP:
            chosen = year if self.ui.followupYearCheck.isChecked() else None
            return lambda path: write_followup_report(database, path, chosen)
        campaign_id = self.campaign_id
        write = write_report if pdf else write_report_workbook
        return lambda path: write(database, campaign_id, path)

    def preview_document(self) -> ProgressTask | None:
        """Write the chosen document as a PDF and open it in the preview."""
        if not self.save_texts() or (self.kind() == CAMPAIGN and self.campaign_id is None):
            return None
        target = Path(tempfile.mkdtemp(prefix="dudao-report-")) / (
            safe_file_name(self.document_name()) + ".pdf"
        )
        return self.run(self.writer(".pdf"), target, self.show_preview)

    def show_preview(self, path: Path) -> None:
        preview = preview_pdf(self.parentWidget() or self, path)
        self.previews.append(preview)
        self.ui.statusLabel.setText(stand_in_notice() if self.kind() == CAMPAIGN else "")
        self.written.emit(Path(path))

    def choose_workbook(self) -> None:
        target = save_file_name(
            self,
            "workbooks",
            self.tr("Save the workbook as"),
            safe_file_name(self.document_name()) + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if target is not None:
            self.export_workbook(with_suffix(target, ".xlsx"))

    def export_workbook(self, target: Path) -> ProgressTask | None:
        if self.kind() == FOLLOWUP or not self.save_texts():
            return None
        if self.kind() == CAMPAIGN and self.campaign_id is None:
            return None
        return self.run(self.writer(".xlsx"), target, self.workbook_written)

    def workbook_written(self, path: Path) -> None:
        self.ui.statusLabel.setText(self.tr("Saved to {0}").format(path))
        self.written.emit(Path(path))

    def run(self, write, target: Path, on_done) -> ProgressTask | None:
        """Write the document to ``target`` in the worker; one document at a time."""
        if self.task is not None:
            return None
        title = self.tr("Writing {0}").format(self.document_name())
        self.ui.statusLabel.setText(title + "…")
        self.set_writing(True)
        self.task = run_with_progress(
            self,
            lambda: publish_when_done(write, target, title),
            title,
            on_done=on_done,
            on_cancel=lambda: self.ui.statusLabel.setText(self.tr("Cancelled.")),
        )
        self.task.done.connect(lambda: self.set_writing(False))
        return self.task

    def set_writing(self, writing: bool) -> None:
        if not writing:
            self.task = None
        for button in (self.ui.pdfButton, self.ui.xlsxButton):
            button.setEnabled(not writing)
        if not writing:
            self.update_choices()

    # Qt ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.campaign_id:
            self.ui.campaignLabel.setText(self.tr("Campaign: {0}").format(self.campaign_name))
        else:
            self.ui.campaignLabel.setText(self.tr("No campaign yet."))
        self.show_saved_state()
        self.update_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.save_texts()
        super().done(result)


# Main window menus: in ``report_actions`` (imported at start, without this module).
from .report_actions import ReportActions, install_report_actions  # noqa: E402, F401
