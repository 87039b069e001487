"""Figures that differ from the office's data: the unit's figure beside the held one and the
suggested problem; the inspector confirms it (a problem is recorded) or dismisses it with a
reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem, QWidget

from ..db.engine import Database
from ..model.vocab import FIGURE_CHECK_STATUSES
from ..services import figure_checks
from .errors import error_message
from .forms.ui_FigureChecksDialog import Ui_FigureChecksDialog
from .vocab_labels import label as vocab_label
from .window_fit import Dialog

ID_ROLE = Qt.ItemDataRole.UserRole


class FigureChecksDialog(Dialog):
    """Emits ``decided()`` after each confirmation or dismissal."""

    decided = Signal()

    def __init__(self, database: Database, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.inspection_id = inspection_id
        self.ui = Ui_FigureChecksDialog()
        self.ui.setupUi(self)
        headers = (
            self.tr("Item"),
            self.tr("Figure"),
            self.tr("Unit's figure"),
            self.tr("Office's figure"),
            self.tr("Approved"),
            self.tr("Suggested problem"),
            self.tr("Status"),
            self.tr("Reason"),
        )
        self.ui.table.setColumnCount(len(headers))
        self.ui.table.setHorizontalHeaderLabels(headers)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.ui.confirmButton.clicked.connect(self.confirm)
        self.ui.dismissButton.clicked.connect(self.dismiss)
        self.ui.reasonEdit.returnPressed.connect(self.dismiss)
        self.ui.table.itemSelectionChanged.connect(self.update_buttons)
        self.load()

    def load(self) -> None:
        rows = figure_checks.figure_checks(self.database, self.inspection_id)
        self.rows = {r.id: r for r in rows}
        table = self.ui.table
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.item_code,
                row.label,
                str(row.reported),
                str(row.held),
                "" if row.approved is None else str(row.approved),
                row.finding,
                vocab_label(FIGURE_CHECK_STATUSES, row.status),
                row.reason,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        if rows and not table.selectedItems():
            table.selectRow(0)
        self.ui.messageLabel.setText(
            "" if rows else self.tr("Every figure the unit reported agrees with the office's data.")
        )
        self.update_buttons()

    def current(self) -> str | None:
        items = self.ui.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def update_buttons(self) -> None:
        check = self.rows.get(self.current() or "")
        open_check = check is not None and check.status == "suggested"
        self.ui.confirmButton.setEnabled(open_check)
        self.ui.dismissButton.setEnabled(open_check)

    def confirm(self) -> None:
        check_id = self.current()
        if not check_id:
            return
        self.decide(lambda: figure_checks.confirm(self.database, check_id, self.database.user_name))

    def dismiss(self) -> None:
        check_id = self.current()
        if not check_id:
            return
        reason = self.ui.reasonEdit.text()
        if self.decide(
            lambda: figure_checks.dismiss(self.database, check_id, reason, self.database.user_name)
        ):
            self.ui.reasonEdit.clear()

    def decide(self, action) -> bool:
        row = self.ui.table.currentRow()
        try:
            action()
        except Exception as error:
            self.ui.messageLabel.setText(error_message(error)[1])
            return False
        self.load()
        self.ui.table.selectRow(max(row, 0))
        self.ui.messageLabel.setText(self.tr("Saved."))
        self.decided.emit()
        return True
