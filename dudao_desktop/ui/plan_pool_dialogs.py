"""Dialogs of the inspector pool: add or edit an inspector, declare an avoidance.

Problems are shown inside the dialog (which stays open), so nothing typed is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..model.vocab import EXPERTISE
from ..services import pool
from ..services.pool_listing import get_inspector, unit_choices
from .forms.ui_PlanPoolAvoidanceDialog import Ui_PlanPoolAvoidanceDialog
from .forms.ui_PlanPoolInspectorDialog import Ui_PlanPoolInspectorDialog
from .window_fit import Dialog

PHONE = re.compile(r"^[0-9+\-() ]{5,20}$")


def fill_unit_combo(combo: QComboBox, units: list[tuple[str, str, str]], empty: str) -> None:
    """Units as "name (USCC)", searchable by any part of the text; item 0 is ``empty``."""
    combo.clear()
    combo.addItem(empty, None)
    for unit_id, name, uscc in units:
        combo.addItem(f"{name} ({uscc})", unit_id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)


def chosen_unit(combo: QComboBox) -> tuple[bool, str | None]:
    """(understood, unit id): the typed text must name a listed unit or be empty."""
    text = combo.currentText().strip()
    if not text or text == combo.itemText(0):
        return True, None
    index = combo.findText(text)
    if index < 0:  # a bare name or USCC typed in full
        for i in range(1, combo.count()):
            name, _sep, code = combo.itemText(i).rpartition(" (")
            if text in (name, code.rstrip(")")) or text.upper() == code.rstrip(")"):
                index = i
                break
    return (index > 0, combo.itemData(index) if index > 0 else None)


class PlanPoolInspectorDialog(Dialog):
    """Add (``inspector_id`` None) or edit an inspector; emits ``saved(id)``.

    Problems are shown in the dialog (which stays open) so nothing typed is lost.
    """

    saved = Signal(str)

    def __init__(
        self, database: Database, inspector_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.inspector_id = inspector_id
        self.ui = Ui_PlanPoolInspectorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.expertise: dict[str, QCheckBox] = {}
        for key, label in EXPERTISE.items():
            box = QCheckBox(
                QCoreApplication.translate("Vocab", pool.EXPERTISE_LABELS.get(key, label))
            )
            box.setObjectName(f"expertise_{key}")
            ui.expertiseLayout.addWidget(box)
            self.expertise[key] = box
        fill_unit_combo(ui.unitCombo, unit_choices(database), "")
        for edit in (ui.nameEdit, ui.phoneEdit):
            edit.textChanged.connect(lambda _text: ui.messageLabel.clear())
        if inspector_id:
            inspector = get_inspector(database, inspector_id)
            self.setWindowTitle(self.tr("Edit inspector"))
            ui.nameEdit.setText(inspector.name)
            ui.departmentEdit.setText(inspector.department)
            ui.postEdit.setText(inspector.post)
            ui.phoneEdit.setText(inspector.phone)
            for key in inspector.expertise_tags:
                if key in self.expertise:
                    self.expertise[key].setChecked(True)
            ui.leadershipCheck.setChecked(inspector.is_leadership)
            ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(inspector.unit_id), 0))
        else:
            self.setWindowTitle(self.tr("Add inspector"))

    def problem(self) -> str:
        """What must be corrected before saving ("" when the form is fine)."""
        ui = self.ui
        if not ui.nameEdit.text().strip():
            return self.tr("Give the inspector a name.")
        phone = ui.phoneEdit.text().strip()
        if phone and not PHONE.match(phone):
            return self.tr(
                "The phone number may only hold 5 to 20 digits, spaces, +, - and brackets."
            )
        if not any(box.isChecked() for box in self.expertise.values()):
            return self.tr("Tick at least one expertise area: the draw covers every area.")
        if not chosen_unit(ui.unitCombo)[0]:
            return self.tr(
                "No unit is called '{0}': choose the own unit from the list or leave it empty."
            ).format(ui.unitCombo.currentText().strip())
        return ""

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "department": ui.departmentEdit.text(),
            "post": ui.postEdit.text(),
            "phone": ui.phoneEdit.text(),
            "expertise": [k for k, box in self.expertise.items() if box.isChecked()],
            "is_leadership": ui.leadershipCheck.isChecked(),
            "unit_id": chosen_unit(ui.unitCombo)[1],
        }

    def save(self) -> None:
        message = self.problem()
        if message:
            self.ui.messageLabel.setText(message)
            return
        values = self.values()
        try:
            if self.inspector_id:
                inspector = pool.update_inspector(self.database, self.inspector_id, **values)
            else:
                inspector = pool.add_inspector(self.database, values.pop("name"), **values)
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            return
        self.saved.emit(inspector.id)
        self.accept()


class PlanPoolAvoidanceDialog(Dialog):
    """Declare that an inspector must avoid a unit, with the reason; emits ``saved(id)``."""

    saved = Signal(str)

    def __init__(
        self, database: Database, inspector_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.inspector_id = inspector_id
        self.ui = Ui_PlanPoolAvoidanceDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        inspector = get_inspector(database, inspector_id)
        self.ui.inspectorLabel.setText(
            self.tr("{0} must never inspect the unit chosen here.").format(inspector.name)
        )
        fill_unit_combo(self.ui.unitCombo, unit_choices(database), "")

    def save(self) -> None:
        understood, unit_id = chosen_unit(self.ui.unitCombo)
        if not unit_id:
            self.ui.messageLabel.setText(
                self.tr("Choose the unit from the list (type part of its name or USCC).")
                if understood
                else self.tr("No unit is called '{0}': choose one from the list.").format(
                    self.ui.unitCombo.currentText().strip()
                )
            )
            return
        if not self.ui.reasonEdit.text().strip():
            self.ui.messageLabel.setText(
                self.tr("Give the reason (e.g. spouse works there): it is kept on record.")
            )
            return
        try:
            declaration = pool.declare_avoidance(
                self.database, self.inspector_id, unit_id, self.ui.reasonEdit.text()
            )
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            return
        self.saved.emit(declaration.id)
        self.accept()
