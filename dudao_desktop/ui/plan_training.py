"""Training sessions (专题培训) of a campaign: date, topic, and who attended (inspectors from
the pool, units, and anybody else by name)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..services import training
from ..services.pool_listing import inspector_choices, unit_choices
from .forms.ui_PlanTrainingDialog import Ui_PlanTrainingDialog
from .plan_dialogs import from_qdate, to_qdate
from .window_fit import Dialog

ID_ROLE = Qt.ItemDataRole.UserRole


def checkable(listing: QListWidget, rows: list[tuple[str, str]]) -> None:
    """(id, text) rows as unticked checkable items."""
    listing.clear()
    for record_id, text in rows:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        listing.addItem(item)


def ticked(listing: QListWidget) -> list[str]:
    return [
        listing.item(i).data(ID_ROLE)
        for i in range(listing.count())
        if listing.item(i).checkState() == Qt.CheckState.Checked
    ]


def tick(listing: QListWidget, ids: set[str]) -> None:
    for i in range(listing.count()):
        item = listing.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked
        )


def filter_items(listing: QListWidget, text: str) -> None:
    """Show only the items whose text holds ``text`` (any case)."""
    wanted = text.strip().lower()
    for i in range(listing.count()):
        item = listing.item(i)
        item.setHidden(wanted not in item.text().lower())


class PlanTrainingDialog(Dialog):
    """Sessions on the left; the chosen (or a new) session edited on the right."""

    changed = Signal()

    def __init__(self, database: Database, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanTrainingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 2)
        self.session_id: str | None = None
        self.sessions: list = []
        checkable(
            ui.inspectorsList,
            [(i, f"{n} ({d})" if d else n) for i, n, d in inspector_choices(database)],
        )
        checkable(ui.unitsList, [(i, f"{n} ({c})") for i, n, c in unit_choices(database)])
        ui.buttonBox.rejected.connect(self.reject)
        ui.sessionsList.currentRowChanged.connect(self.show_session)
        ui.newButton.clicked.connect(self.new_session)
        ui.saveButton.clicked.connect(self.save)
        ui.removeButton.clicked.connect(self.remove)
        ui.unitsFilter.textChanged.connect(lambda text: filter_items(ui.unitsList, text))
        self.reload()
        if not self.sessions:
            self.new_session()

    def reload(self, select_id: str | None = None) -> None:
        ui = self.ui
        self.sessions = training.list_training(self.database, self.campaign_id)
        ui.sessionsList.blockSignals(True)
        ui.sessionsList.clear()
        for row in self.sessions:
            people = training.attendees_of(row)
            count = sum(len(v) for v in people.values())
            when = row.held_on.isoformat() if row.held_on else self.tr("(no date)")
            item = QListWidgetItem(
                self.tr("{0} {1} ({2} attendees)").format(when, row.topic, count)
            )
            item.setData(ID_ROLE, row.id)
            ui.sessionsList.addItem(item)
        ui.sessionsList.blockSignals(False)
        ids = [r.id for r in self.sessions]
        if select_id in ids:
            ui.sessionsList.setCurrentRow(ids.index(select_id))
        elif self.sessions:
            ui.sessionsList.setCurrentRow(0)
        ui.removeButton.setEnabled(bool(self.sessions))

    def show_session(self, row: int) -> None:
        if not 0 <= row < len(self.sessions):
            return
        ui = self.ui
        session = self.sessions[row]
        self.session_id = session.id
        ui.editGroup.setTitle(self.tr("Session"))
        ui.dateEdit.setDate(to_qdate(session.held_on))
        ui.topicEdit.setText(session.topic)
        people = training.attendees_of(session)
        tick(ui.inspectorsList, set(people["inspectors"]))
        tick(ui.unitsList, set(people["units"]))
        ui.othersEdit.setPlainText("\n".join(people["others"]))
        ui.messageLabel.clear()

    def new_session(self) -> None:
        ui = self.ui
        self.session_id = None
        ui.sessionsList.clearSelection()
        ui.editGroup.setTitle(self.tr("New session"))
        ui.dateEdit.setDate(to_qdate(date.today()))
        ui.topicEdit.clear()
        tick(ui.inspectorsList, set())
        tick(ui.unitsList, set())
        ui.othersEdit.clear()
        ui.messageLabel.clear()
        ui.topicEdit.setFocus()

    def values(self) -> dict:
        ui = self.ui
        return {
            "topic": ui.topicEdit.text().strip(),
            "held_on": from_qdate(ui.dateEdit.date()),
            "inspectors": ticked(ui.inspectorsList),
            "units": ticked(ui.unitsList),
            "others": [
                line.strip() for line in ui.othersEdit.toPlainText().splitlines() if line.strip()
            ],
        }

    def save(self) -> None:
        values = self.values()
        if not values["topic"]:
            self.ui.messageLabel.setText(self.tr("Give the session a topic."))
            return
        try:
            if self.session_id:
                row = training.update_training(self.database, self.session_id, **values)
            else:
                row = training.add_training(
                    self.database,
                    self.campaign_id,
                    values.pop("topic"),
                    values.pop("held_on"),
                    **values,
                )
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            return
        self.reload(row.id)
        self.ui.messageLabel.setText(self.tr("Saved."))
        self.changed.emit()

    def remove(self) -> None:
        if self.session_id:
            training.remove_training(self.database, self.session_id)
            self.session_id = None
            self.reload()
            if not self.sessions:
                self.new_session()
            self.changed.emit()


__all__ = ["PlanTrainingDialog"]
