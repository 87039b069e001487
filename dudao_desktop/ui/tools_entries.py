"""Entries of the main window's *Tools* menu that open a dialog on the database: the menu item
is there from the start, the dialog (and the database layer it needs) is imported when it is
first opened, so that the window shows before that layer loads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ..errors import QT_TRANSLATE_NOOP


class ToolsEntry(QObject):
    """One *Tools* entry (retranslated with the window); the dialog refreshes the window's
    tabs after every change it reports."""

    context = ""
    label = ""  # marked with QT_TRANSLATE_NOOP in ``context``

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.action = QAction(self)
        self.action.triggered.connect(self.open)
        window.tools_menu.addAction(self.action)
        window.installEventFilter(self)
        self.dialog: QDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate(self.context, self.label))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.main_window:
            self.retranslate()
        return False

    def make_dialog(self) -> QDialog:
        raise NotImplementedError

    def open(self) -> QDialog:
        self.dialog = self.make_dialog()
        self.dialog.changed.connect(self.main_window.refresh)
        self.dialog.open()
        return self.dialog


class UserActions(ToolsEntry):
    """*Tools → Users and roles…*"""

    context = "UserActions"
    label = QT_TRANSLATE_NOOP("UserActions", "Users and roles…")

    def make_dialog(self) -> QDialog:
        from .users_dialog import UsersDialog

        return UsersDialog(self.main_window.database, self.main_window)


class VocabularyActions(ToolsEntry):
    """*Tools → Vocabularies…*"""

    context = "VocabularyActions"
    label = QT_TRANSLATE_NOOP("VocabularyActions", "Vocabularies…")

    def make_dialog(self) -> QDialog:
        from .vocabulary_dialog import VocabularyDialog

        return VocabularyDialog(self.main_window.database, self.main_window)
