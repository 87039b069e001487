"""What the rectification tab does to whole problems: add one by hand (the *New problem*
dialog), remove the selected one after a confirmation (a tombstone), and *Undo* the last
removal. Mixed into :class:`.tabs.rectification_tab.RectificationTab`, which owns the
``problems`` model, the ``detail`` editor and the ``ui``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import problems
from .errors import show_error
from .ledger_common import confirm
from .ledger_new_problem_dialog import NewProblemDialog


class ProblemActions:
    new_dialog: NewProblemDialog | None
    removed_id: str | None

    def new_problem(self) -> None:
        unit_id = self.ui.unitCombo.currentData()  # the unit filtered on, if any
        self.new_dialog = NewProblemDialog(self.database, self, unit_id)
        self.new_dialog.created.connect(self.on_problem_created)
        self.new_dialog.open()

    def on_problem_created(self, problem_id: str) -> None:
        self.problems.reload()
        if not self.select_problem(problem_id):  # hidden by the filters: show it anyway
            self.detail.show_problem(problem_id)
        self.update_count()

    def selected_problem(self) -> str | None:
        rows = self.ui.problemsView.selectionModel().selectedRows()
        return self.problems.record_id(rows[0].row()) if rows else None

    def remove_selected(self) -> None:
        problem_id = self.selected_problem()
        if problem_id is None:
            return
        text = (
            self.problems.value(
                self.problems.row_of(problem_id), self.problems.listing.column_index("description")
            )
            or ""
        )
        title = QCoreApplication.translate("RectificationTab", "Remove problem")
        question = QCoreApplication.translate(
            "RectificationTab",
            "Remove this problem from the rectification ledger?\n\n{0}\n\nUndo brings it back.",
        )
        if not confirm(self, title, question.format(text[:200])):
            return
        try:
            problems.remove_problem(self.database, problem_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.removed_id = problem_id
        self.ui.undoLabel.setText(
            QCoreApplication.translate("RectificationTab", "Problem removed: {0}").format(text[:40])
        )
        self.show_undo()
        self.problems.reload()
        self.update_count()

    def undo_remove(self) -> None:
        problem_id, self.removed_id = self.removed_id, None
        if problem_id is None:
            return
        try:
            problems.restore_problem(self.database, problem_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        self.ui.undoLabel.setText(
            QCoreApplication.translate("RectificationTab", "Problem restored.")
        )
        self.show_undo()
        self.on_problem_created(problem_id)

    def show_undo(self) -> None:
        self.ui.undoButton.setVisible(self.removed_id is not None)
