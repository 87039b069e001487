"""What every tab shares: a search box (Ctrl+F), debounced filtering, saved splitters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ..column_widths import fit_columns
from ..table_model import QueryTableModel

SEARCH_DELAY_MS = 300


class Tab(QWidget):
    """Base class of the main window's tabs.

    Subclasses build ``self.ui`` from their form, then call :meth:`setup_search`; they
    implement :meth:`title` (translated), :meth:`refresh` and optionally :meth:`retranslate`.
    """

    search_edit: QLineEdit | None = None

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.models: list[QueryTableModel] = []
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

    # For subclasses -----------------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read everything from the database."""
        for model in self.models:
            model.reload()

    def retranslate(self) -> None:
        """Texts set in code (combos, counts) after a language change."""

    def apply_search(self, text: str) -> None:
        for model in self.models:
            model.set_filter_text(text)

    # Helpers ------------------------------------------------------------------------------------
    def setup_search(self, edit: QLineEdit, apply: Callable[[str], None] | None = None) -> None:
        self.search_edit = edit
        target = apply or self.apply_search
        edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(lambda: target(edit.text().strip()))

    def flush_search(self) -> None:
        """Apply a pending search now (tests, Enter key)."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.search_timer.timeout.emit()

    def show_model(self, view: QTableView, model: QueryTableModel, sort_column: int = 0) -> None:
        if model not in self.models:
            self.models.append(model)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(sort_column, header.sortIndicatorOrder())
        fit_columns(view, 320)
        fitted = [model.rowCount() > 0]

        def fit_first_rows() -> None:
            # Fit again when the first rows arrive (a tab often opens before its campaign is
            # chosen); later reloads (searching) keep the widths, so columns do not jump.
            if not fitted[0] and model.rowCount() > 0:
                fitted[0] = True
                fit_columns(view, 320)

        model.modelReset.connect(fit_first_rows)

    def make_scrollable(self) -> None:
        """Put the tab's form into a scroll area, so that on a small screen (1024×600) the
        window never grows past the screen: the tab scrolls instead."""
        if self.layout() is None or self.findChild(QScrollArea, "tabScrollArea") is not None:
            return
        content = QWidget()
        content.setObjectName("tabContent")
        content.setLayout(self.layout())  # takes the form's layout and its widgets along
        area = QScrollArea(self)
        area.setObjectName("tabScrollArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

    def focus_search(self) -> None:
        if self.search_edit is not None:
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    def print_view(self) -> QTableView | None:
        """The table that *Print current list* prints: the focused one, else the first shown."""
        views = [v for v in self.findChildren(QTableView) if v.model() is not None]
        focused = [v for v in views if v.hasFocus()]
        shown = [v for v in views if v.isVisible()]
        return (focused or shown or views or [None])[0]

    def save_state(self, settings: QSettings) -> None:
        for splitter in self.findChildren(QSplitter):
            settings.setValue(self._key(splitter.objectName()), splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for splitter in self.findChildren(QSplitter):
            state = settings.value(self._key(splitter.objectName()))
            if state is not None:
                splitter.restoreState(state)

    def _key(self, name: str) -> str:
        return f"tabs/{type(self).__name__}/{name}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            for model in self.models:
                model.retranslate()
            self.retranslate()
        super().changeEvent(event)
