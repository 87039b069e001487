"""Keyboard use that Qt does not give by default.

* Tab leaves a table or list (Qt's default walks from cell to cell, so a keyboard user is
  stuck in the unit list); the arrow keys still move inside it.
* Tab leaves a date field (Qt's default walks into its month and day parts, and what the user
  types next lands in the wrong field); Left/Right still move between the parts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDateTimeEdit, QWidget


class _TabLeavesField(QObject):
    """Moves the focus to the next (previous) widget on Tab (Shift+Tab)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if key == Qt.Key.Key_Tab:
            return move_focus(watched, forward=True)
        if key == Qt.Key.Key_Backtab:
            return move_focus(watched, forward=False)
        return False


def move_focus(widget: QWidget, forward: bool) -> bool:
    """Give the focus to the next widget in the focus chain that takes Tab focus."""
    step = (lambda w: w.nextInFocusChain()) if forward else (lambda w: w.previousInFocusChain())
    window = widget.window()
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (
            candidate.window() is window
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
            and not widget.isAncestorOf(candidate)
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return True
        candidate = step(candidate)
    return False


def install_keyboard_helpers(root: QWidget) -> None:
    """Apply the rules above to every table, list and date field under ``root``."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    helper = root.findChild(_TabLeavesField, "tabLeavesField")
    if helper is None:
        helper = _TabLeavesField(root)
        helper.setObjectName("tabLeavesField")
    for edit in root.findChildren(QDateTimeEdit):
        edit.removeEventFilter(helper)
        edit.installEventFilter(helper)
