"""Table columns sized to their content, never wider than a maximum, and the widths a user
drags kept per table.

:func:`fit_columns` is what every table calls after (re)loading: each column as wide as its
header and its first :data:`SAMPLE_ROWS` rows (never every row: a ledger page has hundreds,
and measuring each cell costs a model call per role), but at most :data:`MAXIMUM` pixels, so
a long remark does not push the unit name off-screen while empty columns stay narrow.
:func:`remember_columns` gives every named table under a window a :class:`ColumnMemory`: the
widths the user sets by dragging (or double-clicking) a header edge are stored and win over
the fitted ones from then on; a column with a stored width is not measured at all.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView, QWidget

from .settings import settings

MAXIMUM = 360
#: Rows measured when a column is fitted to its content: about one screen.
SAMPLE_ROWS = 20


def fit_columns(view: QTableView, maximum: int = MAXIMUM) -> None:
    """Size the columns of ``view`` to their header and first rows, at most ``maximum``
    pixels each; the columns whose width the user set (see :class:`ColumnMemory`) get that
    width instead, unmeasured."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    memory = view.findChild(ColumnMemory, "columnMemory")
    stored = memory.widths() if memory is not None else {}
    if memory is not None:
        memory.applying = True
    try:
        for column in range(header.count()):
            if str(column) in stored:
                continue
            view.resizeColumnToContents(column)
            if view.columnWidth(column) > maximum:
                view.setColumnWidth(column, maximum)
    finally:
        if memory is not None:
            memory.applying = False
    if memory is not None:
        memory.apply()


class ColumnMemory(QObject):
    """Stores the widths the user gives ``view``'s columns under ``key`` in the settings."""

    def __init__(self, view: QTableView, key: str) -> None:
        super().__init__(view)
        self.setObjectName("columnMemory")
        self.view = view
        self.key = key
        self.applying = False
        self.user_resizing = False
        header = view.horizontalHeader()
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self.resized)
        self.apply()

    def widths(self) -> dict[str, int]:
        try:
            value = json.loads(str(settings().value(self.key, "{}") or "{}"))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        self.applying = True
        try:
            for column, width in self.widths().items():
                if column.isdigit() and int(column) < header.count() and isinstance(width, int):
                    header.resizeSection(int(column), max(width, header.minimumSectionSize()))
        finally:
            self.applying = False

    def resized(self, column: int, _old: int, new: int) -> None:
        if self.applying or not self.user_resizing:
            return
        widths = self.widths()
        widths[str(column)] = new
        settings().setValue(self.key, json.dumps(widths))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.user_resizing = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self.user_resizing = False
        return False


def remember_columns(root: QWidget, scope: str) -> None:
    """Give every named table under ``root`` a :class:`ColumnMemory` (``scope``: the window)."""
    for view in root.findChildren(QTableView):
        if view.objectName() and view.findChild(ColumnMemory, "columnMemory") is None:
            ColumnMemory(view, f"columns/{scope}/{view.objectName()}")
