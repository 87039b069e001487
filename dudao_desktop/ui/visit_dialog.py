"""The visit record of a unit: the plan (day and methods; the group's members), then the
date, members present, participants, the methods used with what they covered (the evidence
files reviewed and the interviews held ticked in lists), and random samples for the spot
check drawn and replayed here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QWidget

from ..db.engine import Database
from ..services import evidence, visits
from ..services.visits import SampleRecord, VisitData
from .errors import show_error
from .forms.ui_VisitDialog import Ui_VisitDialog
from .window_fit import Dialog
from .workers import run_with_progress

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
        # Method key -> the check box of the plan.
        self.planned = {
            "report": self.ui.plannedReportCheck,
            "records": self.ui.plannedRecordsCheck,
            "spot_check": self.ui.plannedSpotCheck,
            "interview": self.ui.plannedInterviewCheck,
        }
        # Method key -> the list of the unit's records it can link.
        self.link_lists = {"records": self.ui.recordsList, "interview": self.ui.interviewsList}
        for key, view in self.link_lists.items():
            view.itemChanged.connect(lambda item, key=key: self.on_link_ticked(key, item))
        self.ui.addFilesButton.clicked.connect(self.choose_files)
        self.ui.savePlanButton.clicked.connect(self.save_plan)
        self.ui.plannedDateEdit.dateChanged.connect(self.plan_edited)
        for check in self.planned.values():
            check.toggled.connect(self.plan_edited)
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
        self.load_plan()
        self.ui.dateEdit.setDate(to_qdate(data.visited_on))
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
        self.fill_links({key: data.method(key).links for key in self.link_lists})

    def load_plan(self) -> None:
        plan = visits.get_plan(self.database, self.inspection_id)
        self.ui.plannedDateEdit.setDate(to_qdate(plan.planned_on))
        for key, check in self.planned.items():
            check.setChecked(key in plan.methods)
        members = list(plan.members)
        if plan.leader and members:
            members[0] = self.tr("{0} (leader)").format(members[0])
        self.ui.plannedMembersValue.setText(
            "、".join(members) or self.tr("The unit is not assigned to a group yet.")
        )
        self.plan_edited()

    def save_plan(self) -> None:
        methods = [key for key, check in self.planned.items() if check.isChecked()]
        try:
            visits.plan_visit(
                self.database,
                self.inspection_id,
                self.ui.plannedDateEdit.date().toPython(),
                methods,
            )
        except Exception as error:
            show_error(self, error)
            return
        self.ui.savePlanButton.setText(self.tr("Plan saved"))
        self.ui.savePlanButton.setEnabled(False)

    def plan_edited(self, *_args) -> None:
        self.ui.savePlanButton.setText(self.tr("Sa&ve the plan"))
        self.ui.savePlanButton.setEnabled(True)

    # Links to the unit's files and interviews -------------------------------------------------
    def fill_links(self, linked: dict[str, list[str]]) -> None:
        """The unit's evidence files and interviews, those linked to the visit ticked."""
        choices = visits.link_choices(self.database, self.inspection_id)
        for key, view in self.link_lists.items():
            view.blockSignals(True)
            view.clear()
            for choice in choices[key]:
                item = QListWidgetItem(choice.label)
                item.setData(ID_ROLE, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if choice.id in linked.get(key, [])
                    else Qt.CheckState.Unchecked
                )
                view.addItem(item)
            if not choices[key]:
                view.setToolTip(
                    self.tr("The unit has no evidence files yet: add the files reviewed.")
                    if key == "records"
                    else self.tr("No interview with the unit is recorded yet.")
                )
            view.blockSignals(False)

    @staticmethod
    def ticked(view: QListWidget) -> list[str]:
        return [
            view.item(i).data(ID_ROLE)
            for i in range(view.count())
            if view.item(i).checkState() == Qt.CheckState.Checked
        ]

    def on_link_ticked(self, key: str, item: QListWidgetItem) -> None:
        """Linking a file or an interview means the method was used."""
        if item.checkState() == Qt.CheckState.Checked:
            self.methods[key][0].setChecked(True)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add the files reviewed"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]):
        """Store ``paths`` as the unit's evidence in a worker; they are then linked (ticked)."""
        link = evidence.Link(unit_id=self.unit_id, inspection_id=self.inspection_id)

        def done(result: evidence.AddResult) -> None:
            linked = {key: self.ticked(view) for key, view in self.link_lists.items()}
            linked["records"] += result.evidence_ids
            self.fill_links(linked)
            self.methods["records"][0].setChecked(True)

        return run_with_progress(
            self,
            lambda: evidence.add_files(self.database, paths, link),
            self.tr("Storing the files reviewed"),
            on_done=done,
        )

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
        for key, view in self.link_lists.items():
            data.method(key).links = self.ticked(view)
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


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()
