"""Rectification ledger (问题整改台账): every problem since 2013, and the suggestions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...db.engine import Database
from ...model.vocab import PROBLEM_STATUS_LABELS
from ...services import overview
from ..forms.ui_RectificationTab import Ui_RectificationTab
from ..table_model import QueryTableModel
from ..vocab_labels import label as vocab_label
from .base import Tab


class RectificationTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_RectificationTab()
        self.ui.setupUi(self)
        self.problems = QueryTableModel(overview.ProblemListing(database), self)
        self.suggestions = QueryTableModel(overview.SuggestionListing(database), self)
        self.show_model(self.ui.problemsView, self.problems, overview.ProblemListing.YEAR)
        self.show_model(self.ui.suggestionsView, self.suggestions)
        self.fill_statuses()
        self.ui.statusCombo.currentIndexChanged.connect(self.apply_status)
        self.setup_search(self.ui.searchEdit)
        for model in self.models:
            model.modelReset.connect(self.update_count)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.update_count()

    def title(self) -> str:
        return self.tr("Rectification ledger")

    def fill_statuses(self) -> None:
        combo = self.ui.statusCombo
        index = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All statuses"), None)
        for key in PROBLEM_STATUS_LABELS:
            combo.addItem(vocab_label(PROBLEM_STATUS_LABELS, key), key)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def apply_status(self) -> None:
        self.problems.set_listing(
            overview.ProblemListing(self.database, status=self.ui.statusCombo.currentData())
        )

    def update_count(self) -> None:
        self.ui.countLabel.setText(
            self.tr("{0} problems, {1} suggestions").format(
                self.problems.total_count, self.suggestions.total_count
            )
        )

    def show_filtered(self, filters) -> None:
        """Show exactly the problems matching ``filters`` (a ``ProblemFilters``), e.g. a
        figure clicked on the dashboard; choosing a status again shows the whole ledger."""
        from ...services.figure_lists import problem_listing

        combo = self.ui.statusCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(filters.status), 0))
        combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.problems.set_filter_text("")
        self.problems.set_listing(problem_listing(self.database, filters))

    def retranslate(self) -> None:
        self.fill_statuses()
        self.update_count()
