"""The column-mapping step of an import: when header words are not recognised, the user says
once which column holds which field; the import remembers it for the workbook's layout.

Shows every column of the sheet (letter, title path such as 核定编制/行政编制, first values)
with a field chooser prefilled with what was recognised; OK is enabled once every required
field has a column and no field is chosen twice. ``mapping()`` is {column title: field key}
(an empty key ignores the column).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QTableWidgetItem, QWidget

from ..documents.sheet_reader import MappingNeeded, column_letter
from .forms.ui_ColumnMappingDialog import Ui_ColumnMappingDialog
from .settings import settings
from .window_fit import Dialog

GEOMETRY = "column_mapping_dialog/geometry"
SAMPLES = 3


class ColumnMappingDialog(Dialog):
    COLUMN, TITLE, SAMPLE, FIELD = range(4)

    def __init__(
        self,
        needed: MappingNeeded,
        label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ColumnMappingDialog()
        self.ui.setupUi(self)
        self.needed = needed
        self.label = label
        data = needed.data
        self.ui.summaryLabel.setText(
            self.tr(
                "Some columns of sheet {0} in {1} were not recognised. Say which column holds "
                "each field; the choice is remembered for workbooks laid out like this one."
            ).format(data.sheet, data.file)
        )
        table = self.ui.columnsTable
        table.setRowCount(len(data.titles))
        by_column = {index: key for key, index in needed.matched.items()}
        self.choosers: list[QComboBox] = []
        for index, title in enumerate(data.titles):
            letter = column_letter(index)
            hidden = index in data.hidden_columns
            shown = self.tr("{0} (hidden)").format(letter) if hidden else letter
            table.setItem(index, self.COLUMN, QTableWidgetItem(shown))
            table.setItem(index, self.TITLE, QTableWidgetItem(title))
            samples = [
                str(row.values[index])
                for row in data.rows[:SAMPLES]
                if index < len(row.values) and row.values[index] is not None
            ]
            table.setItem(index, self.SAMPLE, QTableWidgetItem("、".join(samples)))
            chooser = QComboBox(table)
            chooser.addItem(self.tr("(not imported)"), "")
            for item in needed.fields:
                mark = " *" if item.required else ""
                chooser.addItem(label(item.key) + mark, item.key)
            chooser.setCurrentIndex(max(chooser.findData(by_column.get(index, "")), 0))
            chooser.currentIndexChanged.connect(self.update_state)
            table.setCellWidget(index, self.FIELD, chooser)
            self.choosers.append(chooser)
        table.resizeColumnsToContents()
        table.setColumnWidth(self.TITLE, min(table.columnWidth(self.TITLE), 260))
        table.setColumnWidth(self.SAMPLE, min(table.columnWidth(self.SAMPLE), 260))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        store = settings()
        if store.value(GEOMETRY) is not None:
            self.restoreGeometry(store.value(GEOMETRY))
        self.update_state()

    def chosen(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.choosers) if c.currentData()}

    def update_state(self) -> None:
        chosen = list(self.chosen().values())
        twice = sorted({self.label(k) for k in chosen if chosen.count(k) > 1})
        missing = [
            self.label(f.key) for f in self.needed.fields if f.required and f.key not in chosen
        ]
        parts = []
        if missing:
            parts.append(self.tr("Still to choose: {0}.").format("、".join(missing)))
        if twice:
            parts.append(self.tr("Chosen for two columns: {0}.").format("、".join(twice)))
        self.ui.missingLabel.setText(" ".join(parts))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing and not twice)

    def mapping(self) -> dict[str, str]:
        """{column title (or letter when untitled): field key}; "" ignores a column."""
        titles = self.needed.data.titles
        matched = {i: k for k, i in self.needed.matched.items()}
        result = {}
        for index, chooser in enumerate(self.choosers):
            key = chooser.currentData() or ""
            if key or matched.get(index):
                title = titles[index]
                unique = title and titles.count(title) == 1
                result[title if unique else column_letter(index)] = key
        return result

    def done(self, result: int) -> None:
        settings().setValue(GEOMETRY, self.saveGeometry())
        super().done(result)
