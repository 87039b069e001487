"""Campaign plan (督导方案): the campaign's fields, its timetable and its inspection groups."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...db.engine import Database
from ...services import overview
from ..forms.ui_PlanTab import Ui_PlanTab
from ..table_model import QueryTableModel
from ..vocab_labels import translate as vocab
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
        values = [ui.nameValue, ui.yearValue, ui.monthsValue, ui.periodValue, ui.statusValue,
                  ui.officeValue, ui.purposeValue, ui.targetsValue, ui.contentValue,
                  ui.mechanismValue, ui.summaryValue]
        if summary is None:
            for label in values:
                label.setText("")
            ui.nameValue.setText(self.tr("No campaign has been planned yet."))
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

    def refresh(self) -> None:
        self.fill_campaigns()

    def retranslate(self) -> None:
        self.show_campaign()
