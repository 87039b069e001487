"""Windows that fit the screen they open on, and dialogs that remember their size.

Laptops in the field have 1366×768 or 1024×600 screens, minus a panel. A window placed by its
form's size (or by a size remembered on a larger monitor) would put its buttons off-screen, so
:func:`fit_to_screen` clamps a window into the available geometry of its screen, and
:class:`Dialog`, the base of every dialog of the application, does that when it is first shown
and keeps the size the user gave it (per dialog class) for the next time.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

from .column_widths import remember_columns
from .keyboard import install_keyboard_helpers
from .settings import settings

# What the window manager adds around a top-level window (title bar, borders) before the
# window is mapped and its real frame is known.
FRAME_ALLOWANCE = QSize(8, 34)
#: The smallest screen a dialog must fit whole: a 1024×600 laptop less a 30 px panel.
SMALLEST_ROOM = QSize(1024 - FRAME_ALLOWANCE.width(), 570 - FRAME_ALLOWANCE.height())


def scroll_if_too_tall(dialog: QDialog) -> None:
    """Put the dialog's contents in a scroll area when they need more height than the
    smallest screen has, so every field and button stays reachable there."""
    layout = dialog.layout()
    if layout is None or dialog.minimumSizeHint().height() <= SMALLEST_ROOM.height():
        return
    inner = QWidget()
    inner.setLayout(layout)  # takes the layout and its widgets over from the dialog
    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    dialog.setMinimumSize(0, 0)  # the old layout's minimum no longer applies


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry (without panels) of the screen ``widget`` opens on."""
    anchor = widget.parentWidget().window() if widget.parentWidget() else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, available: QRect | None = None) -> QRect:
    """Shrink and move ``window`` so that it, with its frame, lies inside ``available``
    (default: its screen's available geometry), centred on its parent where it has one.
    Returns the window's frame position with its (client) size."""
    area = available if available is not None else available_geometry(window)
    frame = window.frameGeometry()
    # The real frame once the window is mapped, never less than a typical title bar.
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    extra = extra.expandedTo(FRAME_ALLOWANCE)
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    parent = window.parentWidget().window() if window.parentWidget() else None
    if parent is not None and parent.isVisible():
        centre = parent.frameGeometry().center()
    else:
        centre = area.center()
    left = centre.x() - (size.width() + extra.width()) // 2
    top = centre.y() - (size.height() + extra.height()) // 2
    # Keep the top-left corner (title bar) on screen first, then the rest as far as it goes.
    left = max(area.left(), min(left, area.right() + 1 - size.width() - extra.width()))
    top = max(area.top(), min(top, area.bottom() + 1 - size.height() - extra.height()))
    window.move(left, top)
    return QRect(window.pos(), window.size())


# A combo box as wide as its longest entry (a problem's whole text) pushes a row of filters
# off a small screen: a combo box in a tab is at most this many (Chinese) characters wide;
# longer entries are elided there and shown whole in the open list.
COMBO_CHARACTERS = 14


def limit_combo_widths(root: QWidget, characters: int = COMBO_CHARACTERS) -> None:
    """Keep every combo box under ``root`` at most ``characters`` wide."""
    for combo in root.findChildren(QComboBox):
        combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("中" * characters) + 40)


class Dialog(QDialog):
    """Base of the application's dialogs: fits its screen when first shown and remembers the
    size the user gave it, per dialog class, in the settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placed = False

    def size_key(self) -> str:
        return f"dialogs/{type(self).__name__}/size"

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            scroll_if_too_tall(self)
            remembered = settings().value(self.size_key())
            if isinstance(remembered, QSize) and remembered.isValid():
                self.resize(remembered)
            self.make_room()
            fit_to_screen(self)
            install_keyboard_helpers(self)
            remember_columns(self, type(self).__name__)
        super().showEvent(event)

    def make_room(self) -> None:
        """Grow to what the layout needs: wrapped labels need more height at this width
        than the form's (or a remembered) size gives, and the fields would be squashed."""
        size = self.size().expandedTo(self.minimumSizeHint())
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
        if size != self.size():
            self.resize(size)

    def remember_size(self) -> None:
        if self._placed:
            settings().setValue(self.size_key(), self.size())

    def hideEvent(self, event: QHideEvent) -> None:
        self.remember_size()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_size()
        super().closeEvent(event)
