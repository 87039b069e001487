"""The evidence gallery: a list model of one unit's evidence with thumbnails made off-thread.

The model holds :class:`EvidenceView` rows from ``services.evidence.list_evidence``. Icons are
thumbnails from the on-disk cache; missing ones are made by one background task per reload
(``services.thumbnails``), which reports each finished thumbnail so its icon appears at once.
The caption is the editable text of an item (saved through ``services.evidence.set_caption``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from ..db.engine import Database
from ..services import evidence, thumbnails
from ..services.evidence import EvidenceView
from .workers import ProgressTask, start

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_ICONS = {
    "photo": QStyle.StandardPixmap.SP_FileIcon,
    "pdf": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "document": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "audio": QStyle.StandardPixmap.SP_MediaVolume,
    "video": QStyle.StandardPixmap.SP_MediaPlay,
    "other": QStyle.StandardPixmap.SP_FileIcon,
}

Index = QModelIndex | QPersistentModelIndex


class EvidenceGalleryModel(QAbstractListModel):
    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.rows: list[EvidenceView] = []
        self.filters: dict[str, Any] = {}
        self.search = ""
        self.unit_id: str | None = None
        self._icons: dict[str, QIcon] = {}
        self._task: ProgressTask | None = None
        self.on_error: Callable[[BaseException], None] | None = None

    # Loading ---------------------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self.rows)

    def set_unit(self, unit_id: str | None) -> None:
        self.unit_id = unit_id
        self.reload()

    def set_filters(self, **filters: Any) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.reload()

    def set_search(self, text: str) -> None:
        self.search = text.strip().lower()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.unit_id is None:
            self.rows = []
        else:
            rows = evidence.list_evidence(self.database, self.unit_id, **self.filters)
            if self.search:
                rows = [
                    r
                    for r in rows
                    if self.search in r.caption.lower() or self.search in r.original_name.lower()
                ]
            self.rows = rows
        self.endResetModel()
        self._make_thumbnails()

    def _make_thumbnails(self) -> None:
        if self._task is not None:
            self._task.cancel()
        data_dir = self.database.data_dir
        wanted = sorted(
            {
                r.sha256
                for r in self.rows
                if r.media_kind == "photo"
                and r.sha256 not in self._icons
                and thumbnails.cached_thumbnail(data_dir, r.sha256) is None
            }
        )
        if not wanted or data_dir is None:
            return

        def work():
            for done, sha in enumerate(wanted, start=1):
                made = thumbnails.thumbnail(data_dir, sha)
                yield done, len(wanted), sha if made else ""

        self._task = start(ProgressTask(work))
        self._task.progress.connect(self._thumbnail_ready)

    @property
    def thumbnail_task(self) -> ProgressTask | None:
        return self._task

    def _thumbnail_ready(self, _done: int, _total: int, sha: str) -> None:
        if not sha:
            return
        for row, view in enumerate(self.rows):
            if view.sha256 == sha:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def icon_for(self, view: EvidenceView) -> QIcon:
        if view.sha256 in self._icons:
            return self._icons[view.sha256]
        path: Path | None = None
        if view.media_kind == "photo" and self.database.data_dir is not None:
            path = thumbnails.cached_thumbnail(self.database.data_dir, view.sha256)
        if path is not None:
            icon = QIcon(QPixmap(str(path)))
            self._icons[view.sha256] = icon
            return icon
        style = QApplication.style()
        return style.standardIcon(KIND_ICONS.get(view.media_kind, KIND_ICONS["other"]))

    # Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        view = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return view.label
        if role == Qt.ItemDataRole.EditRole:
            return view.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon_for(view)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(view)
        if role == ID_ROLE:
            return view.id
        if role == VIEW_ROLE:
            return view
        return None

    def describe(self, view: EvidenceView) -> str:
        when = view.captured_at.strftime("%Y-%m-%d %H:%M") if view.captured_at else ""
        kind = QApplication.translate("Evidence", evidence.MEDIA_KIND_LABELS[view.media_kind])
        lines = [
            view.original_name,
            self.tr("{0}, {1} KB").format(kind, max(1, view.size // 1024)),
            self.tr("Captured {0} by {1}").format(when, view.captured_by or "—"),
        ]
        if view.item_code:
            lines.append(self.tr("Checklist item {0}").format(view.item_code))
        if view.deleted:
            lines.append(self.tr("Removed"))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        view = self.rows[index.row()]
        try:
            evidence.set_caption(self.database, view.id, str(value))
        except Exception as error:  # shown to the user, never raised into Qt
            if self.on_error:
                self.on_error(error)
            return False
        self.rows[index.row()] = evidence.get_evidence(self.database, view.id)
        self.dataChanged.emit(index, index)
        return True

    def row_of(self, evidence_id: str) -> int:
        return next((r for r, v in enumerate(self.rows) if v.id == evidence_id), -1)
