"""The report and follow-up actions of the main window's menus, without importing the
report dialog (its PDF preview and report code are imported when it is first opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from .report_dialog import ReportDialog


class ReportActions(QObject):
    """The report, follow-up and official-document settings actions in the main window's
    menus (retranslated with it)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.reports = QAction(self)
        self.reports.triggered.connect(self.open_reports)
        self.followup = QAction(self)
        self.followup.triggered.connect(self.open_followup)
        self.documents = QAction(self)
        self.documents.triggered.connect(self.open_document_settings)
        window.print_menu.addSeparator()
        window.print_menu.addAction(self.reports)
        window.tools_menu.addAction(self.followup)
        window.tools_menu.addAction(self.documents)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.reports.setText(self.tr("Reports (supervision report, yearly analysis)…"))
        self.followup.setText(self.tr("Effectiveness follow-up…"))
        self.documents.setText(self.tr("Official documents (header, numbers)…"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is getattr(
            self, "main_window", None
        ):
            self.retranslate()
        return False

    def open_reports(self) -> ReportDialog:
        from ..services.figures import current_campaign_id
        from .report_dialog import ReportDialog

        open_one = self.main_window.findChild(ReportDialog)
        if open_one is not None and open_one.isVisible():
            open_one.raise_()
            open_one.activateWindow()
            return open_one
        database = self.main_window.database
        dialog = ReportDialog(database, current_campaign_id(database), self.main_window)
        # Modeless: the previews it opens stay usable beside it.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_document_settings(self):
        from .document_settings_dialog import DocumentSettingsDialog

        dialog = DocumentSettingsDialog(self.main_window.database, self.main_window)
        dialog.open()
        return dialog

    def open_followup(self):
        from .followup_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.main_window.database, self.main_window)
        dialog.open()
        return dialog


def install_report_actions(window) -> ReportActions:
    """Add the report actions to ``window`` (a ``MainWindow``, which keeps the result)."""
    return ReportActions(window)
