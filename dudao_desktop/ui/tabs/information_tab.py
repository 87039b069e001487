"""Information data ledger (信息数据台账): establishment snapshots, warnings, blacklist."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...db.engine import Database
from ...services import overview
from ..forms.ui_InformationTab import Ui_InformationTab
from ..table_model import QueryTableModel
from .base import Tab


class InformationTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_InformationTab()
        self.ui.setupUi(self)
        self.snapshots = QueryTableModel(overview.SnapshotListing(database), self)
        self.warnings = QueryTableModel(overview.WarningListing(database), self)
        self.blacklist = QueryTableModel(overview.BlacklistListing(database), self)
        self.show_model(self.ui.snapshotsView, self.snapshots)
        self.show_model(self.ui.warningsView, self.warnings, overview.WarningListing.RAISED_ON)
        self.show_model(self.ui.blacklistView, self.blacklist, overview.BlacklistListing.LISTED_ON)
        self.setup_search(self.ui.searchEdit)
        self.ui.countLabel.linkActivated.connect(lambda _link: self.show_all())
        for model in self.models:
            model.modelReset.connect(self.update_counts)
        self.update_counts()

    def title(self) -> str:
        return self.tr("Information data ledger")

    def update_counts(self) -> None:
        tabs = self.ui.ledgerTabs
        pages = (
            (self.ui.snapshotsPage, self.tr("Establishment snapshots"), self.snapshots),
            (self.ui.warningsPage, self.tr("Warnings"), self.warnings),
            (self.ui.blacklistPage, self.tr("Blacklist"), self.blacklist),
        )
        for page, name, model in pages:
            tabs.setTabText(tabs.indexOf(page), f"{name} ({model.total_count})")
        self.ui.warningsEmptyLabel.setVisible(
            self.warnings.total_count == 0 and not self.warnings.filter_text
        )
        self.ui.countLabel.setText(self.filter_note())

    def show_filtered(self, page: str) -> None:
        """Show the rows behind a dashboard figure: ``"warnings"`` the open warnings,
        ``"blacklist"`` the units on the blacklist now."""
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        for model in self.models:
            model.set_filter_text("")
        self.warnings.set_listing(
            overview.WarningListing(self.database, open_only=page == "warnings"))
        self.blacklist.set_listing(
            overview.BlacklistListing(self.database, current_only=page == "blacklist"))
        page_widget = {"warnings": self.ui.warningsPage, "blacklist": self.ui.blacklistPage}
        if page in page_widget:
            self.ui.ledgerTabs.setCurrentWidget(page_widget[page])
        self.update_counts()

    def filter_note(self) -> str:
        """What a dashboard click filtered, with a link back to everything."""
        if getattr(self.warnings.listing, "open_only", False):
            note = self.tr("Showing open warnings only.")
        elif getattr(self.blacklist.listing, "current_only", False):
            note = self.tr("Showing units on the blacklist now only.")
        else:
            return ""
        return f'{note} <a href="all">{self.tr("Show all")}</a>'

    def show_all(self) -> None:
        self.warnings.set_listing(overview.WarningListing(self.database))
        self.blacklist.set_listing(overview.BlacklistListing(self.database))

    def retranslate(self) -> None:
        self.update_counts()
