"""Units and checklist (督导对象与检查项): the unit roster with search and filters, and the
selected unit's data and checklist answers."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from ...db.engine import Database
from ...model.vocab import STEP_LABELS, UNIT_KINDS
from ...services import checklist, overview, units
from ..check_form_preview import preview_check_forms
from ..checklist_widget import ChecklistWidget
from ..forms.ui_UnitsTab import Ui_UnitsTab
from ..table_model import QueryTableModel
from ..vocab_labels import label as vocab_label
from .base import Tab


class UnitsTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_UnitsTab()
        self.ui.setupUi(self)
        campaign = overview.current_campaign(database)
        self.campaign_id = campaign.id if campaign else None
        self.model = QueryTableModel(units.UnitListing(database, self.campaign_id), self)
        self.checklist = ChecklistWidget(database, self)
        self.checklist_model = self.checklist.model
        self.ui.checklistLayout.replaceWidget(self.ui.checklistView, self.checklist)
        self.ui.checklistView.hide()
        self.checklist.print_requested.connect(self.print_check_forms)
        self.checklist.changed.connect(self.on_checklist_changed)
        self.show_model(self.ui.unitsView, self.model)
        menu = getattr(parent, "print_menu", None)
        if menu is not None:
            self.print_action = QAction(self.tr("On-site check form…"), self)
            self.print_action.triggered.connect(lambda: self.print_check_forms(
                self.current_unit_id or ""))
            menu.addAction(self.print_action)
        self.models = [self.model]  # the search box filters units only
        self.fill_filters()
        self.setup_search(self.ui.searchEdit)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.unitsView.selectionModel().selectionChanged.connect(self.on_selection)
        self.model.modelReset.connect(self.update_count)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.update_count()
        self.show_unit(None)
        if self.model.rowCount():
            self.ui.unitsView.selectRow(0)

    def title(self) -> str:
        return self.tr("Units and checklist")

    def filter_combos(self) -> list[QComboBox]:
        return [self.ui.departmentCombo, self.ui.kindCombo, self.ui.groupCombo]

    def fill_filters(self) -> None:
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.clear()
        self.ui.departmentCombo.addItem(self.tr("All departments"), None)
        for dept_id, name in units.department_choices(self.database):
            self.ui.departmentCombo.addItem(name, dept_id)
        self.ui.kindCombo.addItem(self.tr("All kinds"), None)
        for key in UNIT_KINDS:
            self.ui.kindCombo.addItem(vocab_label(UNIT_KINDS, key), key)
        self.ui.groupCombo.addItem(self.tr("All groups"), None)
        for group_id, name in units.group_choices(self.database, self.campaign_id):
            self.ui.groupCombo.addItem(name, group_id)
        for combo in self.filter_combos():
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.model.set_listing(
            units.UnitListing(
                self.database,
                self.campaign_id,
                department_id=self.ui.departmentCombo.currentData(),
                kind=self.ui.kindCombo.currentData(),
                group_id=self.ui.groupCombo.currentData(),
            )
        )

    def show_filtered(
        self, group_id: str | None = None, step: str | None = None, visited: bool | None = None
    ) -> None:
        """Show exactly the units behind a dashboard figure (of a group, at a procedure step,
        covered or not yet visited); choosing a filter again shows the usual list."""
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(group_id), 0) if combo is
                                  self.ui.groupCombo else 0)
            combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.model.set_filter_text("")
        self.model.set_listing(units.UnitListing(
            self.database, self.campaign_id, group_id=group_id, step=step, visited=visited))

    def update_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n unit(s)", "", self.model.total_count))

    def on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.unitsView.selectionModel().selectedRows()
        self.show_unit(self.model.record_id(rows[0].row()) if rows else None)

    def show_unit(self, unit_id: str | None) -> None:
        self.current_unit_id = unit_id
        self.ui.unitGroup.setEnabled(unit_id is not None)
        self.ui.checklistGroup.setEnabled(unit_id is not None)
        inspection_id = (checklist.find_inspection(self.database, self.campaign_id, unit_id)
                         if unit_id else "")
        self.checklist.set_inspection(inspection_id, unit_id or "")
        if unit_id is None:
            for name in ("unitName", "uscc", "kind", "department", "group", "establishment",
                         "actual", "posts", "institutions", "certificate", "head", "step",
                         "grade"):
                getattr(self.ui, f"{name}Value").setText("")
            return
        detail = units.unit_detail(self.database, unit_id, self.campaign_id)
        unit = detail.unit
        ui = self.ui
        ui.unitNameValue.setText(unit.name)
        ui.usccValue.setText(unit.uscc)
        ui.kindValue.setText(vocab_label(UNIT_KINDS, unit.kind))
        ui.departmentValue.setText(detail.department)
        ui.groupValue.setText(detail.group)
        ui.establishmentValue.setText(
            self.tr("{0} (administrative {1}, public institution {2}, political-legal {3})").format(
                unit.approved_establishment,
                unit.establishment_admin,
                unit.establishment_institution,
                unit.establishment_law,
            )
        )
        ui.actualValue.setText(str(unit.actual_staff))
        ui.postsValue.setText(f"{unit.leader_posts_approved} / {unit.leader_posts_actual}")
        ui.institutionsValue.setText(unit.internal_institutions)
        certificate = unit.certificate_no
        if unit.certificate_expiry:
            certificate = self.tr("{0}, valid until {1}").format(
                certificate, unit.certificate_expiry.isoformat()
            )
        ui.certificateValue.setText(certificate)
        ui.headValue.setText(unit.head)
        ui.stepValue.setText(self.step_text(detail))
        ui.gradeValue.setText(detail.grade)

    def step_text(self, detail: units.UnitDetail) -> str:
        if not detail.step:
            return self.tr("Not started")
        return self.tr("{0}, {1} answers").format(
            vocab_label(STEP_LABELS, detail.step), detail.answers
        )

    def on_checklist_changed(self) -> None:
        detail = units.unit_detail(self.database, self.current_unit_id, self.campaign_id)
        self.ui.stepValue.setText(self.step_text(detail))
        self.ui.gradeValue.setText(detail.grade)

    def print_check_forms(self, unit_id: str) -> None:
        """Print the on-site check form of the unit (or of the selected group) with a
        preview."""
        if not self.campaign_id:
            return
        group_id = self.ui.groupCombo.currentData()
        preview_check_forms(self, self.database, self.campaign_id,
                            [unit_id] if unit_id else None, group_id)

    def refresh(self) -> None:
        current = self.current_unit_id
        self.fill_filters()
        self.model.reload()
        self.show_unit(current if current and self.model.row_of(current) >= 0 else None)

    def retranslate(self) -> None:
        selections = [c.currentIndex() for c in self.filter_combos()]
        self.fill_filters()
        for combo, index in zip(self.filter_combos(), selections, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.checklist.set_inspection(self.checklist.inspection_id, self.checklist.unit_id)
        self.update_count()
        self.show_unit(self.current_unit_id)
