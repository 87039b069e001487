"""A reusable table model over a Qt-free listing (``services.listing.Listing``).

``QueryTableModel(listing)`` shows the listing's columns; sorting (``sort``) and filtering
(``set_filter_text``) re-run the query in SQL; rows arrive in batches of :data:`BATCH`
through ``canFetchMore``/``fetchMore`` so a 100,000-row ledger opens as fast as a short one.

Roles: ``Qt.DisplayRole`` formatted text (vocabulary keys translated in the ``Vocab`` context,
dates as ISO), :data:`SORT_ROLE` the raw value, :data:`ID_ROLE` the record's id.
Any object with ``columns``, ``fetch(offset, limit, sort_column, descending, filter_text)`` and
``count(filter_text)`` works as a listing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

BATCH = 200
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def format_value(value: Any, kind: str = "text", labels: Any = None) -> str:
    """How a raw listing value is shown in a cell."""
    if value is None:
        return ""
    if labels is not None:
        label = labels.get(value)
        return QCoreApplication.translate("Vocab", label) if label else str(value)
    if kind == "bool":
        return QCoreApplication.translate("Vocab", "Yes") if value else ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class QueryTableModel(QAbstractTableModel):
    """Rows of a listing, fetched incrementally, sorted and filtered in SQL."""

    def __init__(self, listing: Any, parent=None, batch: int = BATCH) -> None:
        super().__init__(parent)
        self.batch = batch
        self._listing = listing
        self._rows: list[Any] = []
        self._total = 0
        self._sort_column: int | None = None
        self._descending = False
        self._filter = ""
        self.reload()

    # State --------------------------------------------------------------------------------------
    @property
    def listing(self) -> Any:
        return self._listing

    def set_listing(self, listing: Any) -> None:
        """Show another listing (e.g. new filter choices or another database)."""
        self._listing = listing
        self.reload()

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter_text(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.reload()

    @property
    def total_count(self) -> int:
        """How many rows the query has (not all of them fetched yet)."""
        return self._total

    @property
    def fetched_count(self) -> int:
        """How many rows have been fetched from the database so far."""
        return len(self._rows)

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def reload(self) -> None:
        """Re-run the query: count, then the first batch."""
        self.beginResetModel()
        self._total = self._listing.count(self._filter)
        self._rows = self._query(0)
        self.endResetModel()

    def _query(self, offset: int) -> list[Any]:
        return list(
            self._listing.fetch(
                offset, self.batch, self._sort_column, self._descending, self._filter
            )
        )

    def record_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        """The fetched row showing ``record_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def value(self, row: int, column: int) -> Any:
        return self._rows[row].values[column]

    # Qt API -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._listing.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._query(len(self._rows))
        if not more:
            self._total = len(self._rows)  # the table shrank meanwhile
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._listing.columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value, column.kind, column.labels)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_value(value, column.kind, column.labels)
            return text if len(text) > 30 else None
        if role == SORT_ROLE:
            return value
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section < self.columnCount():
            column = self._listing.columns[section]
            label = QCoreApplication.translate(column.context, column.label)
            if column.group:
                return f"{QCoreApplication.translate(column.context, column.group)} · {label}"
            return label
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        if self._sort_column is None and (column, descending) == (self._default_sort(), False):
            self._sort_column = column  # the view names the order the rows already have
            return
        self._sort_column = column
        self._descending = descending
        self.reload()

    def _default_sort(self) -> int | None:
        """The column by which a listing sorts when asked for no column (ascending)."""
        return getattr(self._listing, "default_sort", None)

    def retranslate(self) -> None:
        """Headers and vocabulary labels after a language change."""
        if self._listing.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )
