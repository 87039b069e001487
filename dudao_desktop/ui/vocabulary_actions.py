"""*Tools → Vocabularies…* in the main window: the menu item is there from the start, the
dialog (and the database layer it needs) is imported when it is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from .vocabulary_dialog import VocabularyDialog


class VocabularyActions(QObject):
    """*Tools → Vocabularies…* in the main window (retranslated with it)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.action = QAction(self)
        self.action.triggered.connect(self.open_vocabularies)
        window.tools_menu.addAction(self.action)
        window.installEventFilter(self)
        self.dialog: VocabularyDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Vocabularies…"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.main_window:
            self.retranslate()
        return False

    def open_vocabularies(self) -> VocabularyDialog:
        from .vocabulary_dialog import VocabularyDialog

        self.dialog = VocabularyDialog(self.main_window.database, self.main_window)
        self.dialog.changed.connect(self.main_window.refresh)
        self.dialog.open()
        return self.dialog
