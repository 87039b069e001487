"""An office leader's override of a management-control hold: the signed-in leader, and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..db.engine import Database
from ..services import controls, users
from .errors import show_error
from .forms.ui_OverrideDialog import Ui_OverrideDialog
from .window_fit import Dialog


class OverrideDialog(Dialog):
    """Emits ``overridden(hold_id)`` once the override is recorded."""

    overridden = Signal(str)

    def __init__(self, database: Database, hold: controls.HoldRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.hold = hold
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        reasons = "\n".join(f"• {r['detail']}" for r in hold.reasons)
        self.ui.reasonsLabel.setText(
            self.tr("{unit}: “{title}” is held because:\n{reasons}").format(
                unit=hold.unit_name, title=hold.title, reasons=reasons
            )
        )
        user = users.current_user(database)
        self.ui.leaderValue.setText(
            user.name
            if user is not None and controls.may_override(database)
            else self.tr("Only a signed-in office leader may override.")
        )
        self.ui.buttonBox.accepted.connect(self.record)
        self.ui.buttonBox.rejected.connect(self.reject)

    def record(self) -> None:
        try:
            controls.override(
                self.database,
                self.hold.id,
                self.ui.reasonEdit.toPlainText(),
            )
        except Exception as error:
            show_error(self, error)
            return
        self.overridden.emit(self.hold.id)
        self.accept()
