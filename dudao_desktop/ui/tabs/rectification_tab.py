"""Rectification ledger (问题整改台账): every problem since 2013, and the suggestions.

The problem table is a paged SQL view (:class:`ProblemLedgerListing`): sorting, the filters
(status, category, overdue, deadline range) and the search box all re-run the query, and
rows arrive in batches (a search is counted as its pages arrive: "N+" until the last one).
The detail editor beside it saves edits and moves the status. Problems are added by hand
(*New problem…*) and removed with a confirmation; *Undo* restores the one removed last.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QMenu,
    QScrollArea,
    QWidget,
)

from ...db.engine import Database
from ...model.vocab import PROBLEM_STATUS_LABELS
from ...services import suggestions, vocabulary
from ...services.ledger_lists import SuggestionListing
from ...services.problem_listing import ProblemLedgerListing
from ...services.problem_query import ProblemFilters, count_by_status
from ...services.vocabulary import PROBLEM_CATEGORY
from ..errors import show_error
from ..file_dialogs import open_file_name, save_file_name, with_suffix
from ..forms.ui_RectificationTab import Ui_RectificationTab
from ..ledger_common import (
    CountsInStatusBar,
    SavedFilters,
    export_ledger,
    fill_department_combo,
    fill_unit_combo,
    import_in_worker,
    restore_filters,
    select_record,
    show_counts,
)
from ..ledger_new_problem_dialog import NewProblemDialog
from ..ledger_problem_actions import ProblemActions
from ..ledger_problem_detail import ProblemDetail
from ..table_model import QueryTableModel
from ..unit_picker import select_data
from ..vocab_labels import label as vocab_label
from ..workers import run_with_progress
from .base import Tab

#: Rows of the problem list shown without scrolling where the screen allows it.
LIST_ROWS = 8
FILTER_KEYS = ("status", "category", "unit_id", "department_id", "overdue", "date_from", "date_to")


class RectificationTab(CountsInStatusBar, ProblemActions, Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_RectificationTab()
        self.ui.setupUi(self)
        self.problems = QueryTableModel(ProblemLedgerListing(database), self)
        self.suggestions = QueryTableModel(SuggestionListing(database), self)
        self.show_model(self.ui.problemsView, self.problems, ProblemLedgerListing.default_sort)
        self.show_model(self.ui.suggestionsView, self.suggestions)
        self.detail = ProblemDetail(database, self)
        # Scrolled, so the editor never pushes the window past a 768-pixel-high screen.
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.ui.splitter.insertWidget(1, self.detail_scroll)
        self.ui.fromDate.setDate(QDate(2013, 1, 1))
        self.ui.toDate.setDate(QDate.currentDate())
        self.saved = SavedFilters("rectification", self.ui.savedFilterCombo)
        self.new_dialog: NewProblemDialog | None = None
        self.removed_id: str | None = None
        self.fill_combos()
        self.fill_saved_filters()
        for combo in (
            self.ui.statusCombo,
            self.ui.categoryCombo,
            self.ui.unitCombo,
            self.ui.departmentCombo,
        ):
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
        self.ui.suggestionsView.selectionModel().selectionChanged.connect(
            self.on_suggestion_selected
        )
        self.ui.saveResponseButton.clicked.connect(self.save_response)
        self.ui.importButton.clicked.connect(self.choose_import)
        self.ui.printLettersButton.clicked.connect(self.choose_letters_file)
        self.ui.newProblemButton.clicked.connect(self.new_problem)
        self.ui.removeProblemButton.clicked.connect(self.remove_selected)
        self.ui.undoButton.clicked.connect(self.undo_remove)
        self.problems.rowsInserted.connect(self.on_rows_fetched)
        self.problems.modelReset.connect(  # a reset drops the selection without a signal
            lambda: self.ui.removeProblemButton.setEnabled(self.selected_problem() is not None)
        )
        self.export_menu = QMenu(self)
        self.ui.exportButton.setMenu(self.export_menu)
        self.fill_export_menu()
        self.task = None
        self.on_suggestion_selected()
        for model in self.models:
            model.modelReset.connect(self.update_count)
        # The list grows with the window; the detail and the suggestions keep their height.
        # On a small screen the suggestions fold away under the handle (see
        # give_list_the_room); the list and the detail never do.
        for index, stretch in enumerate((1, 0, 0)):
            self.ui.splitter.setStretchFactor(index, stretch)
        self.ui.splitter.setCollapsible(2, True)
        self.ui.splitter.splitterMoved.connect(self.follow_fold)
        self.split_pending = True
        self.show_undo()
        self.on_selection()
        self.update_count()

    def title(self) -> str:
        return self.tr("Rectification ledger")

    # Layout ---------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        if not self.split_pending:  # a tab never shown has no split the user chose
            super().save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        # A split the user made is kept; otherwise the first showing sets one.
        self.split_pending = settings.value(self._key(self.ui.splitter.objectName())) is None
        self.follow_fold()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.split_pending:
            self.split_pending = False
            QTimer.singleShot(0, self.give_list_the_room)

    def give_list_the_room(self) -> None:
        """Most of the height to the problem list: room for LIST_ROWS rows where the screen
        has it, at least 60 %. The detail (scrolled) gets the rest; the suggestions a quarter
        of it when both fit, else they start folded away under the handle (drag it up)."""
        splitter, view = self.ui.splitter, self.ui.problemsView
        total = sum(splitter.sizes())
        if total <= 0:
            return
        chrome = self.ui.problemsGroup.height() - view.viewport().height()
        wanted = chrome + int((LIST_ROWS + 0.5) * view.verticalHeader().defaultSectionSize())
        detail = self.detail_scroll.minimumSizeHint().height()
        first = min(max(wanted, int(total * 0.6)), total - detail)
        below = total - first
        least = self.ui.suggestionsGroup.minimumSizeHint().height()
        suggestions = max(least, below // 4) if below >= detail + least else 0
        splitter.setSizes([first, below - suggestions, suggestions])
        self.follow_fold()

    def follow_fold(self, *_args) -> None:
        """Folded away, the suggestions take no keyboard focus (Tab never lands in a table
        nobody sees); dragged open, they do again. Before the first layout nothing is folded."""
        sizes = self.ui.splitter.sizes()
        self.ui.suggestionsGroup.setEnabled(sizes[2] > 0 or not any(sizes))

    # Filters --------------------------------------------------------------------------------
    def fill_combos(self) -> None:
        for combo, everything, labels in (
            (self.ui.statusCombo, self.tr("All statuses"), PROBLEM_STATUS_LABELS),
            (
                self.ui.categoryCombo,
                self.tr("All categories"),
                vocabulary.labels(self.database, PROBLEM_CATEGORY),
            ),
        ):
            index = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key in labels:
                combo.addItem(vocab_label(labels, key), key)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        fill_unit_combo(self.ui.unitCombo, self.database, self.tr("All units"))
        fill_department_combo(self.ui.departmentCombo, self.database, self.tr("All departments"))

    def filters(self) -> ProblemFilters:
        ranged = self.ui.dateRangeCheck.isChecked()

        def day(edit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        return ProblemFilters(
            status=self.ui.statusCombo.currentData(),
            category=self.ui.categoryCombo.currentData(),
            unit_id=self.ui.unitCombo.currentData(),
            department_id=self.ui.departmentCombo.currentData(),
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
        widgets = (
            ui.statusCombo,
            ui.categoryCombo,
            ui.unitCombo,
            ui.departmentCombo,
            ui.overdueCheck,
            ui.dateRangeCheck,
            ui.searchEdit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(filters.status), 0))
        ui.categoryCombo.setCurrentIndex(max(ui.categoryCombo.findData(filters.category), 0))
        select_data(ui.unitCombo, filters.unit_id)
        ui.departmentCombo.setCurrentIndex(
            max(ui.departmentCombo.findData(filters.department_id), 0)
        )
        ui.overdueCheck.setChecked(bool(filters.overdue))
        ui.dateRangeCheck.setChecked(False)
        ui.searchEdit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.problems.set_filter_text("")
        self.problems.set_listing(problem_listing(self.database, filters))

    # Saved filters (QSettings) ----------------------------------------------------------------
    def fill_saved_filters(self) -> None:
        self.saved.fill()

    def ask_filter_name(self) -> None:
        name = self.saved.ask_name(self)
        if name:
            self.save_filter(name)

    def save_filter(self, name: str) -> None:
        chosen = self.filters().as_dict()
        stored = {k: v for k, v in chosen.items() if k in FILTER_KEYS}
        stored["search"] = self.ui.searchEdit.text()
        self.saved.save(name, stored)

    def load_saved_filter(self, index: int) -> None:
        stored = self.saved.get(index)
        if not stored:
            return
        ui = self.ui
        restore_filters(
            stored,
            {
                "status": ui.statusCombo,
                "category": ui.categoryCombo,
                "unit_id": ui.unitCombo,
                "department_id": ui.departmentCombo,
            },
            {"overdue": ui.overdueCheck},
            ui.dateRangeCheck,
            ui.fromDate,
            ui.toDate,
        )
        self.apply_filters()
        self.ui.searchEdit.setText(stored.get("search", ""))
        self.flush_search()

    # Selection and counts ------------------------------------------------------------------
    def on_selection(self, *_args) -> None:
        problem_id = self.selected_problem()
        self.ui.removeProblemButton.setEnabled(problem_id is not None)
        self.detail.show_problem(problem_id)

    def select_problem(self, problem_id: str) -> bool:
        """Select the problem's row (fetching more rows if needed); False if not shown."""
        return select_record(self.ui.problemsView, self.problems, problem_id)

    def on_problem_changed(self, problem_id: str) -> None:
        self.problems.reload()
        self.select_problem(problem_id)
        self.update_count()

    def on_rows_fetched(self, *_args) -> None:
        if self.searching():
            self.update_count()  # "N+" grows with each page, exact once the last arrived

    def searching(self) -> bool:
        return bool((self.problems.filter_text or self.problems.listing.filters.search).strip())

    def update_count(self, *_args) -> None:
        searching = self.searching()
        if searching:
            by_status = self.fetched_status_counts()
        else:
            by_status = count_by_status(self.database, self.problems.listing.filters)
        if by_status is None:  # a search whose last page has not been fetched yet
            parts = [
                self.tr("{0}+ problems (scroll down for the rest)").format(
                    self.problems.fetched_count
                )
            ]
        else:
            total = self.problems.fetched_count if searching else self.problems.total_count
            parts = [self.tr("{0} problems").format(total)]
            parts += [
                f"{vocab_label(PROBLEM_STATUS_LABELS, key)} {by_status[key]}"
                for key in PROBLEM_STATUS_LABELS
                if by_status.get(key)
            ]
            parts.append(self.tr("overdue {0}").format(by_status.get("overdue", 0)))
        parts.append(self.tr("{0} suggestions").format(self.suggestions.total_count))
        text = " · ".join(parts)
        self.ui.countLabel.setText(text)
        show_counts(self, text)

    def fetched_status_counts(self) -> dict[str, int] | None:
        """Per status (and overdue) over the rows of a search, once all of them arrived:
        a search is never counted with a second pass over every problem."""
        model, listing = self.problems, self.problems.listing
        if getattr(listing, "is_estimate", lambda _t: False)(model.filter_text):
            return None
        counts: dict[str, int] = {}
        status_column = listing.column_index("status")
        overdue_column = listing.column_index("overdue")
        for row in range(model.fetched_count):
            status = model.value(row, status_column)
            counts[status] = counts.get(status, 0) + 1
            counts["overdue"] = counts.get("overdue", 0) + bool(model.value(row, overdue_column))
        return counts

    # Suggestions: the office's response -------------------------------------------------------
    def selected_suggestion(self) -> str | None:
        rows = self.ui.suggestionsView.selectionModel().selectedRows()
        return self.suggestions.record_id(rows[0].row()) if rows else None

    def on_suggestion_selected(self, *_args) -> None:
        suggestion_id = self.selected_suggestion()
        self.ui.responseEdit.setEnabled(suggestion_id is not None)
        self.ui.saveResponseButton.setEnabled(suggestion_id is not None)
        row = self.suggestions.row_of(suggestion_id) if suggestion_id else -1
        response = (
            self.suggestions.value(row, self.suggestions.listing.column_index("response"))
            if row >= 0
            else ""
        )
        self.ui.responseEdit.setPlainText(response or "")

    def save_response(self) -> None:
        suggestion_id = self.selected_suggestion()
        if suggestion_id is None:
            return
        try:
            suggestions.update_suggestion(
                self.database, suggestion_id, response=self.ui.responseEdit.toPlainText().strip()
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.suggestions.reload()
        select_record(self.ui.suggestionsView, self.suggestions, suggestion_id)

    # Import, export, letters (in workers) --------------------------------------------------
    def fill_export_menu(self) -> None:
        self.export_menu.clear()
        for kind, name in (
            ("problems", self.tr("Rectification ledger")),
            ("suggestions", self.tr("Suggestion list")),
        ):
            action = self.export_menu.addAction(name + "…")
            action.triggered.connect(
                lambda _checked=False, k=kind, n=name: export_ledger(
                    self, self.database, k, n + ".xlsx"
                )
            )

    def choose_import(self) -> None:
        name = open_file_name(
            self, "ledger_imports", self.tr("Import problems"), self.tr("Excel workbooks (*.xlsx)")
        )
        if name is not None:
            self.import_file(name)

    def import_file(self, path: Path):
        """Import an old ledger in a worker; a refused file shows its row-by-row report."""
        from ...services import ledger_import  # openpyxl: imported when first needed

        self.task = import_in_worker(
            self,
            lambda: ledger_import.import_ledger(self.database, "problems", path),
            self.tr("Importing problems"),
            self.tr("Import problems"),
            self.tr("{0} problems imported."),
        )
        return self.task

    def choose_letters_file(self) -> None:
        name = save_file_name(
            self,
            "letters",
            self.tr("Print feedback letters"),
            self.tr("Feedback letters") + ".pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name is not None:
            self.print_letters(with_suffix(name, ".pdf"))

    def print_letters(self, path: Path, unit_ids: list[str] | None = None):
        """Every unit's feedback letter (or ``unit_ids``') in one PDF, in a worker."""
        from ...services import letters  # the document libraries: imported when first needed

        def done(count: int) -> None:
            show_counts(self, self.tr("{0} letters printed to {1}.").format(count, path))

        self.task = run_with_progress(
            self,
            lambda: letters.print_letters_steps(self.database, path, unit_ids),
            self.tr("Printing feedback letters"),
            on_done=done,
        )
        return self.task

    def refresh(self) -> None:
        self.fill_combos()
        super().refresh()

    def retranslate(self) -> None:
        self.fill_combos()
        self.fill_saved_filters()
        self.fill_export_menu()
        self.update_count()
