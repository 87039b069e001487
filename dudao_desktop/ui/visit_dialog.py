"""The visit record of a unit: date, members present, participants, the methods used with
what they covered, and random samples for the spot check drawn and replayed here."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..db.engine import Database
from ..services import visits
from ..services.visits import SampleRecord, VisitData
from .errors import show_error
from .forms.ui_VisitDialog import Ui_VisitDialog
from .window_fit import Dialog

ID_ROLE = Qt.ItemDataRole.UserRole


class VisitDialog(Dialog):
    """Emits ``saved(visit_id)`` when the record is written."""

    saved = Signal(str)

    def __init__(
        self,
        database: Database,
        inspection_id: str,
        unit_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.inspection_id = inspection_id
        self.unit_id = unit_id
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        # Method key -> (check box, what it covered).
        self.methods = {
            "report": (self.ui.reportCheck, self.ui.reportEdit),
            "records": (self.ui.recordsCheck, self.ui.recordsEdit),
            "spot_check": (self.ui.spotCheck, self.ui.spotEdit),
            "interview": (self.ui.interviewCheck, self.ui.interviewEdit),
        }
        self.ui.buttonBox.accepted.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.drawButton.clicked.connect(self.draw)
        self.ui.replayButton.clicked.connect(self.replay)
        self.ui.personsButton.clicked.connect(self.fill_persons)
        self.ui.samplesList.currentItemChanged.connect(
            lambda *_: self.ui.replayButton.setEnabled(
                self.ui.samplesList.currentItem() is not None
            )
        )
        self.load()

    def load(self) -> None:
        data = visits.get_visit(self.database, self.inspection_id)
        day = data.visited_on
        self.ui.dateEdit.setDate(
            QDate(day.year, day.month, day.day) if day else QDate.currentDate()
        )
        self.ui.membersEdit.setText(data.members)
        self.ui.participantsEdit.setText(data.participants)
        for key, (check, edit) in self.methods.items():
            use = data.method(key)
            check.setChecked(use.used)
            edit.setText(use.covered)
        self.ui.peopleSpin.setValue(data.method("interview").people)
        self.ui.samplesList.clear()
        for record in visits.samples(self.database, self.inspection_id):
            self.add_sample(record)
        self.ui.replayButton.setEnabled(False)

    def data(self) -> VisitData:
        day = self.ui.dateEdit.date()
        data = VisitData(
            day.toPython(), self.ui.membersEdit.text(), self.ui.participantsEdit.text()
        )
        for key, (check, edit) in self.methods.items():
            use = data.method(key)
            use.used, use.covered = check.isChecked(), edit.text().strip()
        data.method("interview").people = self.ui.peopleSpin.value()
        data.method("spot_check").links = [
            self.ui.samplesList.item(i).data(ID_ROLE) for i in range(self.ui.samplesList.count())
        ]
        return data

    def save_and_close(self) -> None:
        try:
            visit_id = visits.save_visit(self.database, self.inspection_id, self.data())
        except Exception as error:
            show_error(self, error)
            return
        self.saved.emit(visit_id)
        self.accept()

    def add_sample(self, record: SampleRecord) -> None:
        item = QListWidgetItem(
            self.tr("{population}: {sample} (from {count}, seed {seed})").format(
                population=record.population,
                sample="、".join(record.sample),
                count=len(record.candidates),
                seed=record.seed[:8],
            )
        )
        item.setData(ID_ROLE, record.id)
        self.ui.samplesList.addItem(item)

    def fill_persons(self) -> None:
        persons = visits.unit_persons(self.database, self.unit_id)
        if not persons:
            self.ui.candidatesEdit.setPlaceholderText(
                self.tr("No real-name persons are held for this unit here; type the list.")
            )
            return
        self.ui.candidatesEdit.setPlainText("\n".join(persons))

    def draw(self) -> None:
        try:
            record = visits.draw_sample(
                self.database,
                self.inspection_id,
                self.ui.populationEdit.text(),
                self.ui.candidatesEdit.toPlainText().splitlines(),
                self.ui.sizeSpin.value(),
                by=self.database.user_name,
            )
        except Exception as error:
            show_error(self, error)
            return
        self.add_sample(record)
        self.ui.spotCheck.setChecked(True)
        if not self.ui.spotEdit.text():
            self.ui.spotEdit.setText(record.population)

    def replay(self) -> None:
        item = self.ui.samplesList.currentItem()
        if item is None:
            return
        sample, same = visits.replay(self.database, item.data(ID_ROLE))
        text = "、".join(sample)
        item.setToolTip(
            self.tr("Drawn again: {0} — the same sample").format(text)
            if same
            else self.tr("Drawn again: {0} — NOT the recorded sample").format(text)
        )
        self.ui.samplesList.setToolTip(item.toolTip())
