"""Choosing a unit in a unit picker the way a user does: typing part of its name and taking
the unit the completer proposes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese text key by key (QTest.keyClicks only handles Latin-1)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose_unit(qtbot, combo: QComboBox, text: str, row: int = 0) -> None:
    """Type ``text`` into ``combo`` and press Enter on the ``row``-th unit proposed."""
    edit = combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
