"""The units tab's actions beyond the list: roster import and export, self-assessment
workbooks for the selected unit or group, the checklist template editor, the progress
overview. Each opens its dialog or runs its work in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from .. import roster_import_dialog, selfassessment_actions
from ..role import disable_on_field

if TYPE_CHECKING:
    from .units_tab import UnitsTab


class UnitsActions(QObject):
    def __init__(self, tab: UnitsTab) -> None:
        super().__init__(tab)
        self.tab = tab

        def action(text: str, slot, tip: str = "") -> QAction:
            made = QAction(text, tab)
            if tip:
                made.setToolTip(tip)
                made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.import_roster = action(
            self.tr("Import unit roster…"),
            self.open_roster_import,
            self.tr("Check a roster workbook, see the changes, import"),
        )
        self.import_roster.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.export_roster = action(self.tr("Export unit roster…"), self.export_roster_file)
        self.roster_template = action(
            self.tr("Blank roster template…"),
            lambda: roster_import_dialog.export_roster(tab, tab.database, blank=True),
            self.tr("A workbook with the roster's columns, to fill in and import"),
        )
        self.export_unit = action(
            self.tr("Export self-assessment of the selected unit…"),
            lambda: self.export_workbooks(unit=True),
        )
        self.export_group = action(
            self.tr("Export self-assessment of the group (or all units)…"),
            lambda: self.export_workbooks(unit=False),
        )
        self.import_file = action(
            self.tr("Import a filled self-assessment workbook…"),
            lambda: self.import_workbooks(folder=False),
        )
        self.import_folder = action(
            self.tr("Import a folder of self-assessment workbooks…"),
            lambda: self.import_workbooks(folder=True),
        )
        self.templates = action(self.tr("Checklist templates…"), self.open_templates)
        self.progress = action(self.tr("Progress overview…"), self.open_progress)
        disable_on_field(tab.database, self.import_roster)

    def fill(self, menu: QMenu) -> None:
        menu.addActions([self.import_roster, self.export_roster, self.roster_template])
        menu.addSeparator()
        menu.addActions([self.export_unit, self.export_group, self.import_file, self.import_folder])
        menu.addSeparator()
        menu.addActions([self.templates, self.progress])

    # ------------------------------------------------------------------------------------------
    def need_campaign(self) -> str | None:
        if not self.tab.campaign_id:
            QMessageBox.information(
                self.tab,
                self.tr("No campaign"),
                self.tr("There is no campaign yet: create one in the campaign plan first."),
            )
        return self.tab.campaign_id

    def open_roster_import(self) -> roster_import_dialog.RosterImportDialog:
        dialog = roster_import_dialog.RosterImportDialog(self.tab.database, self.tab)
        dialog.imported.connect(self.after_import)
        self.tab.dialog = dialog
        dialog.open()
        return dialog

    def after_import(self, *_args) -> None:
        window = self.tab.window()
        if hasattr(window, "refresh"):
            window.refresh()
        else:
            self.tab.refresh()

    def export_roster_file(self) -> None:
        roster_import_dialog.export_roster(self.tab, self.tab.database)

    def export_workbooks(self, unit: bool) -> None:
        campaign_id = self.need_campaign()
        if not campaign_id:
            return
        if unit and not self.tab.current_unit_id:
            QMessageBox.information(
                self.tab, self.tr("Self-assessment workbooks"), self.tr("Select a unit first.")
            )
            return
        selfassessment_actions.export_workbooks(
            self.tab,
            self.tab.database,
            campaign_id,
            unit_id=self.tab.current_unit_id if unit else None,
            group_id=None if unit else self.tab.ui.groupCombo.currentData(),
        )

    def import_workbooks(self, folder: bool) -> None:
        campaign_id = self.need_campaign()
        if not campaign_id:
            return
        path = selfassessment_actions.choose_import_path(self.tab, folder)
        if path is not None:
            selfassessment_actions.import_workbooks(
                self.tab, self.tab.database, campaign_id, path, on_imported=self.after_import
            )

    def open_templates(self) -> None:
        from ...services.overview import current_campaign
        from ..template_editor import TemplateEditor

        campaign = current_campaign(self.tab.database)
        dialog = TemplateEditor(
            self.tab.database, self.tab, campaign.template_id if campaign else None
        )
        self.tab.dialog = dialog
        dialog.open()

    def open_progress(self) -> None:
        campaign_id = self.need_campaign()
        if campaign_id:
            self.tab.dialog = selfassessment_actions.show_progress_overview(
                self.tab, self.tab.database, campaign_id
            )
