"""Units and checklist (督导对象与检查项): the unit roster with search and filters (department,
kind, group, procedure step, open warnings), the selected unit's detail and checklist answers;
the roster import/export, self-assessment workbooks, checklist templates and the progress
overview are reached from the *Roster and workbooks* button (and the File / Tools menus)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from ...db.engine import Database
from ...model.vocab import STEP_LABELS, STEPS, UNIT_KINDS
from ...services import checklist, overview, units
from ..checklist_widget import ChecklistWidget
from ..forms.ui_UnitsTab import Ui_UnitsTab
from ..table_model import QueryTableModel
from ..unit_detail import UnitDetailView
from ..vocab_labels import label as vocab_label
from .base import Tab

if TYPE_CHECKING:
    from ..check_form_printing import CheckFormPrintDialog


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
        self.detail = UnitDetailView(database, self.ui, self.campaign_id, self)
        self.detail.flags_changed.connect(self.on_flags_changed)
        self.show_model(self.ui.unitsView, self.model)
        self.dialog: QWidget | None = None
        self.build_actions(parent)
        menu = getattr(parent, "print_menu", None)
        if menu is not None:
            self.print_action = QAction(self.tr("On-site check forms…"), self)
            self.print_action.triggered.connect(lambda: self.print_check_forms(""))
            menu.addAction(self.print_action)
        self.models = [self.model]  # the search box filters units only
        self.fill_filters()
        self.setup_search(self.ui.searchEdit)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.unitsView.selectionModel().selectionChanged.connect(self.on_selection)
        self.model.modelReset.connect(self.update_count)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        # Room for whole unit names (the user's own split is restored after this).
        self.ui.unitsView.setMinimumWidth(self.fontMetrics().horizontalAdvance("中" * 12))
        self.ui.splitter.setSizes([300, 700])
        self.ui.detailSplitter.setStretchFactor(0, 2)
        self.ui.detailSplitter.setStretchFactor(1, 3)
        self.update_count()
        self.show_unit(None)
        if self.model.rowCount():
            self.ui.unitsView.selectRow(0)

    def title(self) -> str:
        return self.tr("Units and checklist")

    def filter_combos(self) -> list[QComboBox]:
        return [
            self.ui.departmentCombo,
            self.ui.kindCombo,
            self.ui.groupCombo,
            self.ui.stepCombo,
            self.ui.warningCombo,
        ]

    def build_actions(self, window: QWidget | None) -> None:
        """The *Roster and workbooks* menu; roster actions also in File, editors in Tools.
        The actions belong to the tab, so they leave the menus with it."""
        from .units_actions import UnitsActions

        self.actions = UnitsActions(self)
        menu = QMenu(self)
        self.actions.fill(menu)
        self.ui.toolsButton.setMenu(menu)
        file_menu = getattr(window, "file_menu", None)
        if file_menu is not None:
            first = file_menu.actions()[0] if file_menu.actions() else None
            roster_actions = [
                self.actions.import_roster,
                self.actions.export_roster,
                self.actions.roster_template,
            ]
            file_menu.insertActions(first, roster_actions)
            if first is not None:
                file_menu.insertSeparator(first)
        tools_menu = getattr(window, "tools_menu", None)
        if tools_menu is not None:
            tools_menu.addActions([self.actions.templates, self.actions.progress])

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
        self.ui.stepCombo.addItem(self.tr("All steps"), None)
        for key in STEPS:
            self.ui.stepCombo.addItem(vocab_label(STEP_LABELS, key), key)
        self.ui.warningCombo.addItem(self.tr("Warnings: any or none"), None)
        self.ui.warningCombo.addItem(self.tr("With an open warning"), units.ANY_WARNING)
        for rule, label in units.warning_choices(self.database):
            self.ui.warningCombo.addItem(self.translate_rule(label), rule)
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
                step=self.ui.stepCombo.currentData(),
                warning=self.ui.warningCombo.currentData(),
            )
        )

    @staticmethod
    def translate_rule(label: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Warnings", label)

    def show_filtered(
        self, group_id: str | None = None, step: str | None = None, visited: bool | None = None
    ) -> None:
        """Show exactly the units behind a dashboard figure (of a group, at a procedure step,
        covered or not yet visited); choosing a filter again shows the usual list."""
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(
                max(combo.findData(group_id), 0) if combo is self.ui.groupCombo else 0
            )
            combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.model.set_filter_text("")
        self.model.set_listing(
            units.UnitListing(
                self.database, self.campaign_id, group_id=group_id, step=step, visited=visited
            )
        )

    def update_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n unit(s)", "", self.model.total_count))

    def on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.unitsView.selectionModel().selectedRows()
        self.show_unit(self.model.record_id(rows[0].row()) if rows else None)

    def show_unit(self, unit_id: str | None) -> None:
        self.current_unit_id = unit_id
        self.ui.unitGroup.setEnabled(unit_id is not None)
        self.ui.checklistGroup.setEnabled(unit_id is not None)
        inspection_id = (
            checklist.find_inspection(self.database, self.campaign_id, unit_id) if unit_id else ""
        )
        self.checklist.set_inspection(inspection_id, unit_id or "")
        self.detail.show(unit_id)

    def on_flags_changed(self, unit_id: str) -> None:
        """The unit's flags decide the items it is asked: show its checklist again."""
        if unit_id == self.checklist.unit_id:
            self.checklist.set_inspection(self.checklist.inspection_id, unit_id)

    def on_checklist_changed(self) -> None:
        self.detail.refresh_step()

    def selected_units(self) -> list[tuple[str, str]]:
        """(id, name) of the units selected in the list, in list order."""
        rows = sorted(i.row() for i in self.ui.unitsView.selectionModel().selectedRows())
        name = self.model.index  # column 0 is the unit's name
        return [(self.model.record_id(r), str(name(r, 0).data() or "")) for r in rows]

    def print_check_forms(self, unit_id: str = "") -> CheckFormPrintDialog | None:
        """Ask which units to print (``unit_id``: that one unit, else the selection; the
        group chosen in the filter, if any, is offered first) and write them to one PDF."""
        if not self.campaign_id:
            return None
        from ..check_form_printing import CheckFormPrintDialog, confirm_written

        selected = self.selected_units()
        if unit_id:
            selected = [pair for pair in selected if pair[0] == unit_id] or [(unit_id, "")]
        dialog = CheckFormPrintDialog(
            self.database, self.campaign_id, selected, self.ui.groupCombo.currentData(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.written.connect(lambda path, count: confirm_written(self, path, count))
        dialog.open()
        self.print_dialog = dialog
        return dialog

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
