"""The office's settings for official documents: what the 版头 and 版记 say, and the document
number counters of a year (prefix and next number per kind of document)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSpinBox, QTableWidgetItem, QWidget

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..services import doc_numbers, document_settings
from .errors import show_error
from .forms.ui_DocumentSettingsDialog import Ui_DocumentSettingsDialog
from .window_fit import Dialog

KIND_LABELS = {
    "feedback": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Feedback letter"),
    "notice": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Rectification notice"),
    "report": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Supervision report"),
    "plan": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Campaign plan"),
}
KIND, PREFIX, NEXT, HIGHEST = range(4)


class DocumentSettingsDialog(Dialog):
    """Edits :class:`DocumentSettings` and the counters; *OK* saves both (a counter is never
    set back onto a number already issued: the error names it and nothing is saved)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_DocumentSettingsDialog()
        self.ui.setupUi(self)
        table = self.ui.countersTable
        table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Prefix"), self.tr("Next number"), self.tr("Issued")]
        )
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        self.load_settings()
        self.ui.yearSpin.setValue(date.today().year)
        self.load_counters()
        self.ui.yearSpin.valueChanged.connect(self.load_counters)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def load_settings(self) -> None:
        values = document_settings.load_settings(self.database)
        self.ui.markEdit.setText(values.mark)
        self.ui.issuerEdit.setText(values.issuer)
        self.ui.addresseeEdit.setText(values.addressee)
        self.ui.copiesEdit.setText(values.copies_to)
        self.ui.contactEdit.setText(values.contact)
        self.ui.phoneEdit.setText(values.phone)
        self.ui.redHeaderCheck.setChecked(values.red_header)

    def load_counters(self) -> None:
        year = self.ui.yearSpin.value()
        table = self.ui.countersTable
        table.setRowCount(len(KIND_LABELS))
        previous: QWidget = table
        for row, (kind, label) in enumerate(KIND_LABELS.items()):
            state = doc_numbers.counter_state(self.database, kind, year)
            name = QTableWidgetItem(QCoreApplication.translate("DocumentSettingsDialog", label))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, kind)
            table.setItem(row, KIND, name)
            table.setItem(row, PREFIX, QTableWidgetItem(state.prefix))
            spin = QSpinBox()
            spin.setRange(1, 99999)
            spin.setValue(state.next_serial)
            table.setCellWidget(row, NEXT, spin)
            # Made after the buttons: Tab must reach them after the table, not after OK.
            QWidget.setTabOrder(previous, spin)
            previous = spin
            issued = QTableWidgetItem(str(state.highest_issued))
            issued.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, HIGHEST, issued)
        table.resizeColumnsToContents()

    def settings_entered(self) -> document_settings.DocumentSettings:
        return document_settings.DocumentSettings(
            mark=self.ui.markEdit.text().strip(),
            issuer=self.ui.issuerEdit.text().strip(),
            addressee=self.ui.addresseeEdit.text().strip() or "市委编委",
            copies_to=self.ui.copiesEdit.text().strip(),
            contact=self.ui.contactEdit.text().strip(),
            phone=self.ui.phoneEdit.text().strip(),
            red_header=self.ui.redHeaderCheck.isChecked(),
        )

    def save(self) -> None:
        year = self.ui.yearSpin.value()
        table = self.ui.countersTable
        try:
            for row in range(table.rowCount()):
                kind = table.item(row, KIND).data(Qt.ItemDataRole.UserRole)
                state = doc_numbers.counter_state(self.database, kind, year)
                wanted = table.cellWidget(row, NEXT).value()
                prefix = table.item(row, PREFIX).text().strip()
                doc_numbers.set_counter(
                    self.database,
                    kind,
                    year,
                    prefix=prefix,
                    next_serial=wanted if wanted != state.next_serial else None,
                )
            document_settings.save_settings(self.database, self.settings_entered())
        except Exception as error:
            show_error(self, error)
            return
        self.accept()
