"""The row-by-row report of a refused import: one line per finding (sheet, row, column,
what is wrong), shown instead of a message box so a long report stays readable."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from .. import i18n
from ..errors import ValidationError
from .errors import show_error
from .forms.ui_FindingsDialog import Ui_FindingsDialog
from .window_fit import Dialog


class FindingsDialog(Dialog):
    def __init__(self, error: ValidationError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingsDialog()
        self.ui.setupUi(self)
        self.error = error
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.copyButton.clicked.connect(self.copy_report)
        template = i18n.translate("Errors", error.template)
        self.ui.summaryLabel.setText(template.format(**error.params) if error.params else template)
        table = self.ui.findingsTable
        table.setRowCount(len(error.findings))
        for row, finding in enumerate(error.findings):
            message = i18n.translate("Errors", finding.message)
            text = message.format(**finding.params) if finding.params else message
            cells = (
                finding.sheet,
                "" if finding.row is None else str(finding.row),
                finding.column,
                text,
            )
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()
        table.setColumnWidth(3, max(table.columnWidth(3), 360))
        table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        table = self.ui.findingsTable
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(i18n.error_text(self.error))


def show_import_error(parent: QWidget | None, error: BaseException) -> QDialog | None:
    """A refused import with findings opens the report; any other error a message box."""
    if isinstance(error, ValidationError) and error.findings:
        dialog = FindingsDialog(error, parent)
        dialog.open()
        return dialog
    show_error(parent, error)
    return None
