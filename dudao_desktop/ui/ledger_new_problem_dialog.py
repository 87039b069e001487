"""The *New problem* dialog of the rectification ledger: a problem entered by hand (from an
earlier evaluation, a follow-up, a special supervision…). The dialog stays open and says
what is missing until the problem can be saved; the office → handling opinion, the unit →
rectification measures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..model.vocab import PROBLEM_ACTORS
from ..services import problems, vocabulary
from ..services.vocabulary import PROBLEM_CATEGORY
from .errors import show_error
from .forms.ui_LedgerNewProblemDialog import Ui_LedgerNewProblemDialog
from .ledger_common import fill_unit_combo, setup_optional_date, to_date
from .settings import settings
from .unit_picker import select_data
from .vocab_labels import label as vocab_label
from .window_fit import Dialog

GEOMETRY = "ledger/new_problem_dialog/geometry"


class NewProblemDialog(Dialog):
    created = Signal(str)  # the new problem's id

    def __init__(
        self, database: Database, parent: QWidget | None = None, unit_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.problem_id: str | None = None
        self.ui = Ui_LedgerNewProblemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        fill_unit_combo(ui.unitCombo, database, None)
        select_data(ui.unitCombo, unit_id)
        ui.yearSpin.setValue(date.today().year)
        setup_optional_date(ui.deadlineEdit)
        self.fill_combos()
        ui.actorCombo.currentIndexChanged.connect(self.show_actor)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        geometry = settings().value(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def fill_combos(self) -> None:
        ui = self.ui
        category, actor = ui.categoryCombo.currentData(), ui.actorCombo.currentData() or "unit"
        for combo, labels in (
            (ui.categoryCombo, vocabulary.labels(self.database, PROBLEM_CATEGORY, offered=True)),
            (ui.actorCombo, PROBLEM_ACTORS),
        ):
            combo.blockSignals(True)
            combo.clear()
            for key in labels:
                combo.addItem(vocab_label(labels, key), key)
            combo.blockSignals(False)
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(category))
        ui.actorCombo.setCurrentIndex(ui.actorCombo.findData(actor))
        self.show_actor()

    def show_actor(self, *_args) -> None:
        """The office writes a handling opinion; a unit is given rectification measures."""
        office = self.ui.actorCombo.currentData() == "office"
        self.ui.actionLabel.setText(
            self.tr("Handling opinion") if office else self.tr("Rectification measures")
        )

    # Reading the form ---------------------------------------------------------------------
    def unit_id(self) -> str | None:
        combo = self.ui.unitCombo
        index = combo.findText(combo.currentText().strip())
        return combo.itemData(index) if index >= 0 else None

    def fields(self) -> dict:
        ui = self.ui
        action = "handling_opinion" if ui.actorCombo.currentData() == "office" else "measures"
        return {
            "unit_id": self.unit_id(),
            "source": ui.sourceEdit.text().strip(),
            "year": ui.yearSpin.value(),
            "category": ui.categoryCombo.currentData(),
            "description": ui.descriptionEdit.toPlainText().strip(),
            "cause": ui.causeEdit.toPlainText().strip(),
            "actor": ui.actorCombo.currentData(),
            action: ui.actionEdit.toPlainText().strip(),
            "deadline": to_date(ui.deadlineEdit),
            "responsible": ui.responsibleEdit.text().strip(),
        }

    def problems_in(self, fields: dict) -> list[tuple[str, QWidget]]:
        """What must be fixed before saving: (message, the widget to fix it in)."""
        ui = self.ui
        found = []
        if fields["unit_id"] is None:
            found.append(
                (self.tr("Choose the unit from the list (type part of its name)."), ui.unitCombo)
            )
        if not fields["source"]:
            found.append((self.tr("Say where the problem was found (its source)."), ui.sourceEdit))
        if fields["category"] is None:
            found.append((self.tr("Choose the category of the problem."), ui.categoryCombo))
        if not fields["description"]:
            found.append((self.tr("Describe the problem."), ui.descriptionEdit))
        deadline = fields["deadline"]
        if deadline is not None and deadline.year < fields["year"]:
            found.append(
                (
                    self.tr(
                        "The deadline {0} is before the year the problem was found ({1})."
                    ).format(deadline.isoformat(), fields["year"]),
                    ui.deadlineEdit,
                )
            )
        return found

    # Saving -------------------------------------------------------------------------------
    def accept(self) -> None:
        fields = self.fields()
        found = self.problems_in(fields)
        if found:
            self.ui.messageLabel.setText("\n".join(message for message, _widget in found))
            found[0][1].setFocus()
            return
        try:
            self.problem_id = problems.add_problem(self.database, **fields)
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            return
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.ui.messageLabel.clear()
        self.created.emit(self.problem_id)
        super().accept()

    def set_deadline(self, value: date) -> None:
        self.ui.deadlineEdit.setDate(QDate(value.year, value.month, value.day))

    def done(self, result: int) -> None:
        settings().setValue(GEOMETRY, self.saveGeometry())
        super().done(result)

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.fill_combos()
        super().changeEvent(event)
