"""Rectification ledger (问题整改台账): every problem since 2013, and the suggestions.

The problem table is a paged SQL view (:class:`ProblemLedgerListing`): sorting, the filters
(status, category, overdue, deadline range) and the search box all re-run the query, and
rows arrive in batches. The detail editor beside it saves edits and moves the status.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QWidget

from ...db.engine import Database
from ...model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from ...services import overview
from ...services.problem_listing import ProblemLedgerListing
from ...services.problem_query import ProblemFilters, count_by_status
from ..forms.ui_RectificationTab import Ui_RectificationTab
from ..ledger_problem_detail import ProblemDetail
from ..settings import settings
from ..table_model import QueryTableModel
from ..vocab_labels import label as vocab_label
from .base import Tab

SAVED_FILTERS = "ledger/rectification/saved_filters"
FILTER_KEYS = ("status", "category", "overdue", "date_from", "date_to")


class RectificationTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_RectificationTab()
        self.ui.setupUi(self)
        self.problems = QueryTableModel(ProblemLedgerListing(database), self)
        self.suggestions = QueryTableModel(overview.SuggestionListing(database), self)
        self.show_model(self.ui.problemsView, self.problems, ProblemLedgerListing.DEADLINE)
        self.show_model(self.ui.suggestionsView, self.suggestions)
        self.detail = ProblemDetail(database, self)
        self.ui.splitter.insertWidget(1, self.detail)
        self.ui.fromDate.setDate(QDate(2013, 1, 1))
        self.ui.toDate.setDate(QDate.currentDate())
        self.fill_combos()
        self.fill_saved_filters()
        for combo in (self.ui.statusCombo, self.ui.categoryCombo):
            combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.ui.overdueCheck, self.ui.dateRangeCheck):
            check.toggled.connect(self.apply_filters)
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.dateChanged.connect(self.apply_filters)
        self.ui.savedFilterCombo.activated.connect(self.load_saved_filter)
        self.ui.saveFilterButton.clicked.connect(self.ask_filter_name)
        self.setup_search(self.ui.searchEdit)
        self.ui.problemsView.selectionModel().selectionChanged.connect(self.on_selection)
        self.detail.changed.connect(self.on_problem_changed)
        for model in self.models:
            model.modelReset.connect(self.update_count)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setStretchFactor(2, 1)
        self.update_count()

    def title(self) -> str:
        return self.tr("Rectification ledger")

    # Filters --------------------------------------------------------------------------------
    def fill_combos(self) -> None:
        for combo, everything, labels in (
            (self.ui.statusCombo, self.tr("All statuses"), PROBLEM_STATUS_LABELS),
            (self.ui.categoryCombo, self.tr("All categories"), PROBLEM_CATEGORIES),
        ):
            index = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key in labels:
                combo.addItem(vocab_label(labels, key), key)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def filters(self) -> ProblemFilters:
        ranged = self.ui.dateRangeCheck.isChecked()

        def day(edit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        return ProblemFilters(
            status=self.ui.statusCombo.currentData(),
            category=self.ui.categoryCombo.currentData(),
            overdue=True if self.ui.overdueCheck.isChecked() else None,
            date_from=day(self.ui.fromDate) if ranged else None,
            date_to=day(self.ui.toDate) if ranged else None,
        )

    def apply_filters(self) -> None:
        self.problems.set_listing(ProblemLedgerListing(self.database, self.filters()))

    def apply_search(self, text: str) -> None:
        super().apply_search(text)

    def show_filtered(self, filters: ProblemFilters) -> None:
        """Show exactly the problems behind a dashboard figure (``filters`` carries its
        campaign, category, status or overdue); choosing a filter again shows the ledger."""
        from ...services.figure_lists import problem_listing

        ui = self.ui
        widgets = (ui.statusCombo, ui.categoryCombo, ui.overdueCheck, ui.dateRangeCheck,
                   ui.searchEdit)
        for widget in widgets:
            widget.blockSignals(True)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(filters.status), 0))
        ui.categoryCombo.setCurrentIndex(max(ui.categoryCombo.findData(filters.category), 0))
        ui.overdueCheck.setChecked(bool(filters.overdue))
        ui.dateRangeCheck.setChecked(False)
        ui.searchEdit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.problems.set_filter_text("")
        self.problems.set_listing(problem_listing(self.database, filters))

    # Saved filters (QSettings) ----------------------------------------------------------------
    def saved_filters(self) -> dict[str, dict]:
        raw = settings().value(SAVED_FILTERS, "{}")
        try:
            return json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}

    def fill_saved_filters(self) -> None:
        combo = self.ui.savedFilterCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Saved filters"), None)
        for name in sorted(self.saved_filters()):
            combo.addItem(name, name)
        combo.blockSignals(False)

    def ask_filter_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
        if ok and name.strip():
            self.save_filter(name.strip())

    def save_filter(self, name: str) -> None:
        chosen = self.filters().as_dict()
        stored = {k: (v.isoformat() if isinstance(v, date) else v)
                  for k, v in chosen.items() if k in FILTER_KEYS}
        stored["search"] = self.ui.searchEdit.text()
        saved = self.saved_filters()
        saved[name] = stored
        settings().setValue(SAVED_FILTERS, json.dumps(saved, ensure_ascii=False))
        self.fill_saved_filters()

    def load_saved_filter(self, index: int) -> None:
        name = self.ui.savedFilterCombo.itemData(index)
        stored = self.saved_filters().get(name) if name else None
        if not stored:
            return
        widgets = (self.ui.statusCombo, self.ui.categoryCombo, self.ui.overdueCheck,
                   self.ui.dateRangeCheck, self.ui.fromDate, self.ui.toDate)
        for widget in widgets:
            widget.blockSignals(True)
        self.ui.statusCombo.setCurrentIndex(max(self.ui.statusCombo.findData(
            stored.get("status")), 0))
        self.ui.categoryCombo.setCurrentIndex(max(self.ui.categoryCombo.findData(
            stored.get("category")), 0))
        self.ui.overdueCheck.setChecked(bool(stored.get("overdue")))
        ranged = bool(stored.get("date_from"))
        self.ui.dateRangeCheck.setChecked(ranged)
        if ranged:
            self.ui.fromDate.setDate(QDate.fromString(stored["date_from"], "yyyy-MM-dd"))
            self.ui.toDate.setDate(QDate.fromString(stored["date_to"], "yyyy-MM-dd"))
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()
        self.ui.searchEdit.setText(stored.get("search", ""))
        self.flush_search()

    # Selection and counts ------------------------------------------------------------------
    def on_selection(self, *_args) -> None:
        rows = self.ui.problemsView.selectionModel().selectedRows()
        self.detail.show_problem(self.problems.record_id(rows[0].row()) if rows else None)

    def select_problem(self, problem_id: str) -> bool:
        """Select the problem's row (fetching more rows if needed); False if not shown."""
        row = self.problems.row_of(problem_id)
        while row < 0 and self.problems.canFetchMore():
            self.problems.fetchMore()
            row = self.problems.row_of(problem_id)
        if row < 0:
            return False
        self.ui.problemsView.selectRow(row)
        return True

    def on_problem_changed(self, problem_id: str) -> None:
        self.problems.reload()
        self.select_problem(problem_id)
        self.update_count()

    def update_count(self) -> None:
        filters = self.problems.listing.filters
        search = self.problems.filter_text
        by_status = count_by_status(self.database, ProblemFilters(
            **{**filters.as_dict(), "search": search or filters.search}))
        parts = [self.tr("{0} problems").format(self.problems.total_count)]
        parts += [f"{vocab_label(PROBLEM_STATUS_LABELS, key)} {by_status[key]}"
                  for key in PROBLEM_STATUS_LABELS if by_status.get(key)]
        parts.append(self.tr("overdue {0}").format(by_status.get("overdue", 0)))
        parts.append(self.tr("{0} suggestions").format(self.suggestions.total_count))
        self.ui.countLabel.setText(" · ".join(parts))

    def retranslate(self) -> None:
        self.fill_combos()
        self.fill_saved_filters()
        self.update_count()
