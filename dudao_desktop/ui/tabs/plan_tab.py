"""Campaign plan (督导方案): the campaign's fields, its timetable and its inspection groups.

Editing happens in dialogs (``ui/plan_dialogs.py``, ``ui/plan_assignment.py``): a new or
edited plan, milestones, the recorded random draw, the units of each group, the inspector
pool (``ui/plan_pool.py``), training sessions and questionnaires; the plan and roster are
printed as PDF or .xlsx.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ...db.engine import Database
from ...errors import DudaoError
from ...progress import publish_when_done
from ...services import campaign as campaigns
from ...services import overview
from ...services import plan_documents as plan_docs
from ..errors import show_error
from ..file_dialogs import save_file_name
from ..forms.ui_PlanTab import Ui_PlanTab
from ..plan_assignment import PlanAssignmentDialog
from ..plan_dialogs import PlanCampaignDialog, PlanDrawDialog, PlanMilestoneDialog
from ..plan_pool import PlanPoolDialog
from ..plan_questionnaire import PlanQuestionnaireDialog
from ..plan_training import PlanTrainingDialog
from ..role import disable_on_field
from ..table_model import ID_ROLE, QueryTableModel
from ..vocab_labels import translate as vocab
from ..workers import run_with_progress
from .base import Tab


class PlanTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_PlanTab()
        self.ui.setupUi(self)
        self.milestones = QueryTableModel(overview.MilestoneListing(database, None), self)
        self.groups = QueryTableModel(overview.GroupListing(database, None), self)
        self.show_model(self.ui.milestonesView, self.milestones, overview.MilestoneListing.START)
        self.show_model(self.ui.groupsView, self.groups)
        self.setup_search(self.ui.searchEdit)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.campaignCombo.currentIndexChanged.connect(self.show_campaign)
        self.dialog: QWidget | None = None
        ui = self.ui
        ui.newButton.clicked.connect(self.new_campaign)
        ui.editButton.clicked.connect(self.edit_campaign)
        ui.archiveButton.clicked.connect(self.archive_campaign)
        ui.addMilestoneButton.clicked.connect(self.add_milestone)
        ui.removeMilestoneButton.clicked.connect(self.remove_milestone)
        ui.drawButton.clicked.connect(self.open_draw)
        ui.assignButton.clicked.connect(self.open_assignment)
        ui.poolButton.clicked.connect(self.open_pool)
        ui.trainingButton.clicked.connect(self.open_training)
        ui.questionnaireButton.clicked.connect(self.open_questionnaires)
        ui.printPlanButton.clicked.connect(lambda: self.print_document("plan"))
        ui.printRosterButton.clicked.connect(lambda: self.print_document("roster"))
        self.fill_campaigns()

    def title(self) -> str:
        return self.tr("Campaign plan")

    @property
    def campaign_id(self) -> str | None:
        return self.ui.campaignCombo.currentData()

    def fill_campaigns(self) -> None:
        current = self.campaign_id or getattr(overview.current_campaign(self.database), "id", None)
        combo = self.ui.campaignCombo
        combo.blockSignals(True)
        combo.clear()
        for campaign in overview.campaigns(self.database):
            combo.addItem(campaign.name, campaign.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.show_campaign()

    def show_campaign(self) -> None:
        campaign_id = self.campaign_id
        self.milestones.set_listing(overview.MilestoneListing(self.database, campaign_id))
        self.groups.set_listing(overview.GroupListing(self.database, campaign_id))
        summary = overview.campaign_summary(self.database, campaign_id) if campaign_id else None
        ui = self.ui
        values = [
            ui.nameValue,
            ui.yearValue,
            ui.monthsValue,
            ui.periodValue,
            ui.statusValue,
            ui.officeValue,
            ui.purposeValue,
            ui.targetsValue,
            ui.contentValue,
            ui.mechanismValue,
            ui.summaryValue,
        ]
        for button in (
            ui.editButton,
            ui.archiveButton,
            ui.addMilestoneButton,
            ui.removeMilestoneButton,
            ui.drawButton,
            ui.assignButton,
            ui.trainingButton,
            ui.questionnaireButton,
            ui.printPlanButton,
            ui.printRosterButton,
        ):
            button.setEnabled(summary is not None)
        disable_on_field(
            self.database,
            ui.newButton,
            ui.editButton,
            ui.archiveButton,
            ui.addMilestoneButton,
            ui.removeMilestoneButton,
            ui.drawButton,
            ui.assignButton,
        )
        if summary is None:
            for label in values:
                label.setText("")
            ui.nameValue.setText(self.tr("No campaign has been planned yet."))
            ui.timeline.set_milestones(None, None, [])
            return
        c = summary.campaign
        ui.nameValue.setText(c.name)
        ui.yearValue.setText(str(c.year))
        ui.monthsValue.setText(", ".join(m.strip() for m in c.months.split(",") if m.strip()))
        period = " – ".join(d.isoformat() for d in (c.start_date, c.end_date) if d)
        ui.periodValue.setText(period)
        ui.statusValue.setText(vocab(c.status))
        ui.officeValue.setText(c.office_name)
        ui.purposeValue.setText(c.purpose)
        ui.targetsValue.setText(c.targets)
        ui.contentValue.setText(c.content)
        ui.mechanismValue.setText(c.mechanism)
        ui.summaryValue.setText(
            self.tr("{0} inspection groups, {1} units assigned, {2} milestones").format(
                summary.groups, summary.assigned_units, summary.milestones
            )
        )

        ui.timeline.set_milestones(
            c.start_date, c.end_date, campaigns.list_milestones(self.database, c.id)
        )

    def refresh(self) -> None:
        self.fill_campaigns()

    # editing ------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def new_campaign(self) -> None:
        dialog = PlanCampaignDialog(self.database, None, self)
        dialog.saved.connect(self.select_campaign)
        self._open(dialog)

    def edit_campaign(self) -> None:
        if self.campaign_id:
            dialog = PlanCampaignDialog(self.database, self.campaign_id, self)
            dialog.saved.connect(self.select_campaign)
            self._open(dialog)

    def select_campaign(self, campaign_id: str) -> None:
        self.fill_campaigns()
        combo = self.ui.campaignCombo
        combo.setCurrentIndex(max(combo.findData(campaign_id), 0))
        self.show_campaign()

    def archive_campaign(self) -> None:
        if not self.campaign_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive campaign"),
            self.tr("Archive '{0}'? It stays on record and can still be printed.").format(
                self.ui.campaignCombo.currentText()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            campaigns.archive_campaign(self.database, self.campaign_id)
        except DudaoError as error:
            show_error(self, error)
        self.show_campaign()

    def add_milestone(self) -> None:
        if self.campaign_id:
            dialog = PlanMilestoneDialog(self.database, self.campaign_id, self)
            dialog.saved.connect(lambda _id: self.show_campaign())
            self._open(dialog)

    def selected_milestone(self) -> str | None:
        index = self.ui.milestonesView.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def remove_milestone(self) -> None:
        milestone_id = self.selected_milestone()
        if milestone_id:
            campaigns.remove_milestone(self.database, milestone_id)
            self.show_campaign()

    def open_draw(self) -> None:
        if self.campaign_id:
            dialog = PlanDrawDialog(self.database, self.campaign_id, self)
            dialog.drawn.connect(lambda _id: self.show_campaign())
            self._open(dialog)

    def open_assignment(self) -> None:
        if self.campaign_id:
            dialog = PlanAssignmentDialog(self.database, self.campaign_id, self)
            dialog.changed.connect(self.show_campaign)
            self._open(dialog)

    # files --------------------------------------------------------------------------------------
    def open_pool(self) -> QWidget:
        dialog = PlanPoolDialog(self.database, self)
        dialog.changed.connect(self.show_campaign)
        self._open(dialog)
        return dialog

    def open_training(self) -> None:
        if self.campaign_id:
            dialog = PlanTrainingDialog(self.database, self.campaign_id, self)
            self._open(dialog)

    def open_questionnaires(self) -> None:
        if self.campaign_id:
            dialog = PlanQuestionnaireDialog(self.database, self.campaign_id, self)
            self._open(dialog)

    def print_document(self, kind: str) -> None:
        if not self.campaign_id:
            return
        name = self.tr("Campaign plan") if kind == "plan" else self.tr("Group roster")
        path = save_file_name(
            self,
            "plan_documents",
            self.tr("Print campaign plan") if kind == "plan" else self.tr("Print roster"),
            f"{name}.pdf",
            self.tr("PDF (*.pdf);;Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            if kind == "plan" and path.suffix.lower() != ".xlsx":
                self.offer_plan_number()
            self.write_document(kind, path)

    def offer_plan_number(self) -> None:
        """A plan without its 发文字号 prints as a draft: offer to give it the next one."""
        state = plan_docs.plan_number(self.database, self.campaign_id)
        if state.issued:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Document number"),
            self.tr(
                "The plan has no document number yet, so it prints as a draft. Give it the "
                "next number, {0}, now? (A number once given is never reused.)"
            ).format(state.next_number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                plan_docs.issue_plan_number(self.database, self.campaign_id)
            except DudaoError as error:
                show_error(self, error)

    def write_document(self, kind: str, path: Path):
        writers = {
            ("plan", ".pdf"): plan_docs.write_plan_pdf,
            ("plan", ".xlsx"): plan_docs.write_plan_xlsx,
            ("roster", ".pdf"): plan_docs.write_roster_pdf,
            ("roster", ".xlsx"): plan_docs.write_roster_xlsx,
        }
        writer = writers.get((kind, path.suffix.lower()), writers[(kind, ".pdf")])
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        campaign_id, database = self.campaign_id, self.database
        return run_with_progress(
            self,
            lambda: publish_when_done(lambda out: writer(database, out, campaign_id), path),
            self.tr("Writing {0}").format(path.name),
        )

    def retranslate(self) -> None:
        self.show_campaign()
