"""Put a unit on the credit blacklist: the unit, the reason, what it rests on and files
stored in the evidence store (linked to the unit)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..db.engine import Database
from .file_dialogs import open_file_names
from .forms.ui_LedgerBlacklistDialog import Ui_LedgerBlacklistDialog
from .ledger_common import fill_unit_combo
from .unit_picker import select_data
from .window_fit import Dialog


class BlacklistDialog(Dialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.files: list[Path] = []
        self.ui = Ui_LedgerBlacklistDialog()
        self.ui.setupUi(self)
        fill_unit_combo(self.ui.unitCombo, database, None)
        self.ui.unitCombo.setCurrentIndex(-1)
        self.ui.addFilesButton.clicked.connect(self.choose_files)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def unit_id(self) -> str | None:
        combo = self.ui.unitCombo
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else None

    def choose_unit(self, unit_id: str) -> None:
        select_data(self.ui.unitCombo, unit_id)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def evidence_text(self) -> str:
        text = self.ui.evidenceEdit.toPlainText().strip()
        if self.files:
            names = "、".join(p.name for p in self.files)
            text = (text + "\n" if text else "") + self.tr("Files: {0}").format(names)
        return text

    def choose_files(self) -> None:
        self.add_files(open_file_names(self, "evidence", self.tr("Evidence files")))

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.ui.filesList.addItem(path.name)
