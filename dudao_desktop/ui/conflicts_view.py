"""The conflicts view: each field changed concurrently in two places, with both values, who
changed each (installation name) and when, and the decision: keep the shown value, keep the
other one, or keep a merged value. Resolving goes through ``services/conflicts.py``: it is a
synced change that settles the field on every installation with the next packages.

Reachable from the sync center and *Tools → Conflicts…*. Emits ``resolved`` after each
decision (the main window refreshes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..db.engine import Database
from ..services import conflicts as conflict_service
from .errors import show_error
from .forms.ui_ConflictsView import Ui_ConflictsView
from .window_fit import Dialog


def _label(text: str) -> str:
    return QCoreApplication.translate("SyncLabels", text) if text else ""


class ConflictsView(Dialog):
    resolved = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_ConflictsView()
        self.ui.setupUi(self)
        self.rows: list[conflict_service.ConflictRow] = []
        self.labels: dict[int, conflict_service.ConflictLabel] = {}
        table = self.ui.conflictsTable
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self.show_selected)
        self.ui.showResolvedCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.keepShownButton.clicked.connect(lambda: self.resolve("winner"))
        self.ui.keepOtherButton.clicked.connect(lambda: self.resolve("loser"))
        self.ui.mergeButton.clicked.connect(lambda: self.resolve("merged"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    # Content ------------------------------------------------------------------------------------
    def value_text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    def headers(self) -> list[str]:
        return [
            self.tr("Unit"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Shown value"),
            self.tr("Changed by"),
            self.tr("When"),
            self.tr("Other value"),
            self.tr("Changed by"),
            self.tr("When"),
            self.tr("State"),
        ]

    def row_texts(self, row: conflict_service.ConflictRow) -> list[str]:
        label = self.labels.get(row.id)
        record = _label(label.table_label) if label else row.table
        if label and label.record:
            record = f"{record}: {label.record}"
        state = {
            "winner": self.tr("Resolved: shown value kept"),
            "loser": self.tr("Resolved: other value kept"),
            "merged": self.tr("Resolved: merged value"),
        }.get(row.resolution, self.tr("Waiting"))
        return [
            label.unit_name if label else "",
            record,
            QCoreApplication.translate(label.field_context, label.field_label)
            if label
            else row.field,
            self.value_text(row.winner_value),
            self.origin_text(row.winner_origin),
            row.winner_at,
            self.value_text(row.loser_value),
            self.origin_text(row.loser_origin),
            row.loser_at,
            state if row.resolved else self.tr("Waiting"),
        ]

    def origin_text(self, origin: str) -> str:
        # The service names the local installation with an English phrase; show it translated.
        return self.tr("this installation") if origin == "this installation" else origin

    def refresh(self) -> None:
        chosen = self.selected()
        chosen_id = chosen.id if chosen else None
        self.rows = conflict_service.list_conflicts(
            self.database, include_resolved=self.ui.showResolvedCheck.isChecked()
        )
        self.labels = conflict_service.conflict_labels(self.database, self.rows)
        table = self.ui.conflictsTable
        headers = self.headers()
        blocked = table.blockSignals(True)
        try:
            table.clearContents()
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(self.rows))
            for index, row in enumerate(self.rows):
                for column, text in enumerate(self.row_texts(row)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                    table.setItem(index, column, item)
            table.resizeColumnsToContents()
            for column, widest in ((1, 280), (3, 220), (6, 220)):
                table.setColumnWidth(column, min(table.columnWidth(column), widest))
        finally:
            table.blockSignals(blocked)
        waiting = sum(1 for r in self.rows if not r.resolved)
        self.ui.countLabel.setText(
            self.tr("{0} conflict(s) waiting for a decision.").format(waiting)
            if waiting
            else self.tr("No conflicts are waiting for a decision.")
        )
        index = next((i for i, r in enumerate(self.rows) if r.id == chosen_id), None)
        if index is None and self.rows:
            index = next((i for i, r in enumerate(self.rows) if not r.resolved), 0)
        if index is not None:
            table.selectRow(index)
        self.show_selected()

    def selected(self) -> conflict_service.ConflictRow | None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def show_selected(self) -> None:
        row = self.selected()
        open_row = row is not None and not row.resolved
        self.ui.shownText.setPlainText(self.value_text(row.winner_value) if row else "")
        self.ui.otherText.setPlainText(self.value_text(row.loser_value) if row else "")
        self.ui.mergedEdit.setPlainText(self.value_text(row.winner_value) if row else "")
        for widget in (
            self.ui.keepShownButton,
            self.ui.keepOtherButton,
            self.ui.mergeButton,
            self.ui.mergedEdit,
        ):
            widget.setEnabled(open_row)
        if row is not None:
            self.ui.shownLabel.setText(
                self.tr("Shown value ({0}, {1}):").format(
                    self.origin_text(row.winner_origin), row.winner_at
                )
            )
            self.ui.otherLabel.setText(
                self.tr("Other value ({0}, {1}):").format(
                    self.origin_text(row.loser_origin), row.loser_at
                )
            )

    # Decisions ----------------------------------------------------------------------------------
    def resolve(self, choice: str) -> bool:
        row = self.selected()
        if row is None or row.resolved:
            return False
        merged = self.ui.mergedEdit.toPlainText() if choice == "merged" else None
        try:
            conflict_service.resolve_conflict(self.database, row.id, choice, merged)
        except Exception as error:
            show_error(self, error)
            return False
        self.refresh()
        self.resolved.emit()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
