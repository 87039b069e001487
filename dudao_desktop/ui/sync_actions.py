"""The sync actions of the main window's menus, without importing the sync center.

*File → Sync center…* (Ctrl+E) and *Tools → Conflicts…*: the dialogs (and the package,
cryptography and PDF code behind them) are imported when first opened, so the main window
starts without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from .conflicts_view import ConflictsView
    from .sync_center import SyncCenter


class SyncActions(QObject):
    """*File → Sync center…* (Ctrl+E) and *Tools → Conflicts…* (retranslated with the window)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.sync_center = QAction(self)
        self.sync_center.setShortcut(QKeySequence("Ctrl+E"))
        self.sync_center.triggered.connect(self.open_sync_center)
        self.conflicts = QAction(self)
        self.conflicts.triggered.connect(self.open_conflicts)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.sync_center)
        if first is not None:
            menu.insertSeparator(first)
        window.tools_menu.addAction(self.conflicts)
        window.installEventFilter(self)
        self.dialogs: list[QDialog] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_center.setText(self.tr("Sync center…"))
        self.conflicts.setText(self.tr("Conflicts…"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is getattr(
            self, "main_window", None
        ):
            self.retranslate()
        return False

    def open_sync_center(self) -> SyncCenter:
        from .sync_center import SyncCenter

        dialog = SyncCenter(self.main_window.database, self.main_window)
        dialog.database_changed.connect(self.main_window.refresh)
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsView:
        from .conflicts_view import ConflictsView

        view = ConflictsView(self.main_window.database, self.main_window)
        view.resolved.connect(self.main_window.refresh)
        self.dialogs.append(view)
        view.open()
        return view


def install_sync_actions(window) -> SyncActions:
    return SyncActions(window)
