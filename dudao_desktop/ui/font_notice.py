"""The status line that says which fonts stood in for the office's own in an official
document just printed (the PDF's properties say the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_MS = 20000


def stand_in_notice() -> str:
    """ "Fonts standing in: 仿宋：以 … 代替；…", or "" when every office font was found."""
    from ..documents import fonts

    lines = fonts.stand_ins()
    if not lines:
        return ""
    text = QCoreApplication.translate("FontNotice", "Fonts standing in: {0}")
    return text.format("；".join(lines))


def announce_stand_ins(widget: QWidget) -> str:
    """Show the notice in the status bar of ``widget``'s main window; returns it."""
    notice = stand_in_notice()
    window = widget.window()
    parent = window.parentWidget()
    main = window if isinstance(window, QMainWindow) else (parent.window() if parent else None)
    if notice and isinstance(main, QMainWindow):
        main.statusBar().showMessage(notice, SHOWN_MS)
    return notice
