"""The units of each inspection group: assign automatically, move between groups (drag a
unit onto a group, or the Move button), change the visiting order, draw the spot check."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from ..db.engine import Database
from ..errors import DudaoError
from ..services import assignment
from ..services.plan_view import group_roster
from .errors import show_error
from .forms.ui_PlanAssignmentDialog import Ui_PlanAssignmentDialog
from .window_fit import Dialog

ID_ROLE = Qt.ItemDataRole.UserRole


class PlanAssignmentDialog(Dialog):
    changed = Signal()

    def __init__(self, database: Database, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanAssignmentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.groupsList.currentRowChanged.connect(self.show_units)
        ui.autoButton.clicked.connect(self.assign_automatically)
        ui.moveButton.clicked.connect(self.move_selected)
        ui.upButton.clicked.connect(lambda: self.shift(-1))
        ui.downButton.clicked.connect(lambda: self.shift(1))
        ui.spotButton.clicked.connect(self.spot_check)
        ui.groupsList.setAcceptDrops(True)
        ui.groupsList.viewport().installEventFilter(self)
        self.roster = []
        self.reload()

    # data ---------------------------------------------------------------------------------------
    def reload(self, keep_row: int | None = None) -> None:
        ui = self.ui
        row = ui.groupsList.currentRow() if keep_row is None else keep_row
        self.roster = group_roster(self.database, self.campaign_id)
        ui.groupsList.blockSignals(True)
        ui.groupsList.clear()
        ui.targetCombo.clear()
        for group in self.roster:
            leader = group.leader.name if group.leader else ""
            item = QListWidgetItem(
                self.tr("{0} ({1}): {2} units").format(group.name, leader, len(group.units))
            )
            item.setData(ID_ROLE, group.id)
            ui.groupsList.addItem(item)
            ui.targetCombo.addItem(group.name, group.id)
        ui.groupsList.blockSignals(False)
        if self.roster:
            ui.groupsList.setCurrentRow(min(max(row, 0), len(self.roster) - 1))
        self.show_units()
        problems = assignment.assignment_problems(self.database, self.campaign_id)
        ui.statusLabel.setText(
            self.tr("Every unit is assigned once; avoidance respected.")
            if not problems
            else self.tr("{0} problems: {1}").format(len(problems), "; ".join(problems[:3]))
        )

    def show_units(self) -> None:
        ui = self.ui
        ui.unitsList.clear()
        row = ui.groupsList.currentRow()
        if not 0 <= row < len(self.roster):
            return
        for unit in self.roster[row].units:
            mark = " ★" if unit.spot_check else ""
            item = QListWidgetItem(f"{unit.visit_order}. {unit.name}{mark}")
            item.setData(ID_ROLE, unit.unit_id)
            tip = f"{unit.uscc} {unit.department}"
            if unit.controls:  # management control applies: shown in red with why
                item.setForeground(Qt.GlobalColor.red)
                tip += "\n" + self.tr("Under management control: {0}").format(
                    "；".join(unit.controls)
                )
            item.setToolTip(tip)
            ui.unitsList.addItem(item)

    def selected_units(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.ui.unitsList.selectedItems()]

    # actions ------------------------------------------------------------------------------------
    def assign_automatically(self) -> None:
        try:
            report = assignment.assign_units(self.database, self.campaign_id)
        except DudaoError as error:
            show_error(self, error)
            return
        self.reload()
        self.ui.statusLabel.setText(self.tr("{0} units assigned.").format(report.assigned))
        self.changed.emit()

    def move_units(self, unit_ids: list[str], group_id: str) -> bool:
        try:
            for unit_id in unit_ids:
                assignment.move_unit(self.database, self.campaign_id, unit_id, group_id)
        except DudaoError as error:
            show_error(self, error)
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        return True

    def move_selected(self) -> None:
        group_id = self.ui.targetCombo.currentData()
        units = self.selected_units()
        if group_id and units:
            self.move_units(units, group_id)

    def shift(self, step: int) -> None:
        ui = self.ui
        row, current = ui.groupsList.currentRow(), ui.unitsList.currentRow()
        if not 0 <= row < len(self.roster):
            return
        order = [u.unit_id for u in self.roster[row].units]
        target = current + step
        if not (0 <= current < len(order) and 0 <= target < len(order)):
            return
        order[current], order[target] = order[target], order[current]
        assignment.set_visit_order(self.database, self.campaign_id, self.roster[row].id, order)
        self.reload()
        ui.unitsList.setCurrentRow(target)
        self.changed.emit()

    def spot_check(self) -> None:
        reason = ""
        if assignment.current_spot_check(self.database, self.campaign_id) is not None:
            from PySide6.QtWidgets import QInputDialog

            reason, ok = QInputDialog.getText(
                self, self.tr("Spot check again"), self.tr("Why draw the spot check again?")
            )
            if not ok:
                return
        try:
            outcome = assignment.spot_check(
                self.database, self.campaign_id, self.ui.shareSpin.value(), reason=reason
            )
        except DudaoError as error:
            show_error(self, error)
            return
        self.reload()
        self.ui.statusLabel.setText(
            self.tr("Seed {0}: {1} of {2} units picked (★).").format(
                outcome.seed, len(outcome.chosen), outcome.total
            )
        )
        self.changed.emit()

    # drag a unit onto a group ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        groups = self.ui.groupsList
        if (
            watched is groups.viewport()
            and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
            and event.source() is self.ui.unitsList
        ):
            event.acceptProposedAction()
            return True
        if (
            watched is groups.viewport()
            and event.type() == QEvent.Type.Drop
            and isinstance(event, QDropEvent)
        ):
            item = groups.itemAt(event.position().toPoint())
            if item is not None and event.source() is self.ui.unitsList:
                self.move_units(self.selected_units(), item.data(ID_ROLE))
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)
