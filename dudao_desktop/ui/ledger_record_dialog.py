"""A new record of a declared ledger: the unit and one editor per declared detail column
(the accountability records use it; any declared ledger can)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from ..db.engine import Database
from ..errors import DudaoError
from ..services import ledger_records
from ..services.ledger_columns import CONTEXT, ledger, offered_columns
from .declared_fields import DeclaredFields
from .errors import show_error
from .forms.ui_LedgerRecordDialog import Ui_LedgerRecordDialog
from .ledger_common import fill_unit_combo
from .unit_picker import select_data
from .window_fit import Dialog


class LedgerRecordDialog(Dialog):
    added = Signal(str)  # the new record's id

    def __init__(
        self,
        database: Database,
        kind: str,
        parent: QWidget | None = None,
        *,
        unit_id: str | None = None,
        links: dict[str, str] | None = None,
    ) -> None:
        """``unit_id`` and ``links``: the unit and the records (e.g. a problem) the new record
        belongs to, when it is added from one of them."""
        super().__init__(parent)
        self.database = database
        self.kind = kind
        self.links = links or {}
        self.ui = Ui_LedgerRecordDialog()
        self.ui.setupUi(self)
        book = ledger(kind)
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, book.title))
        fill_unit_combo(self.ui.unitCombo, database, None)
        select_data(self.ui.unitCombo, unit_id)
        self.ui.unitCombo.setEnabled(not self.links)
        self.fields = DeclaredFields(
            offered_columns(database, book.detail()), self, {None: self.ui.formLayout}
        )
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def unit_id(self) -> str | None:
        combo = self.ui.unitCombo
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else None

    def save(self) -> None:
        values = {k: v for k, v in self.fields.values().items() if v not in ("", None)}
        try:
            record_id = ledger_records.add_record(
                self.database, self.kind, self.unit_id() or "", links=self.links, **values
            )
        except DudaoError as error:
            show_error(self, error)
            return
        self.added.emit(record_id)
        self.accept()
