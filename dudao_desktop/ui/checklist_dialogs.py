"""The checklist widget's dialogs: recording a problem or suggestion from an item, and
confirming the grade."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..model.vocab import PROBLEM_CATEGORIES
from ..services import procedure
from .forms.ui_GradeDialog import Ui_GradeDialog
from .forms.ui_ItemRecordDialog import Ui_ItemRecordDialog
from .vocab_labels import label as vocab_label
from .window_fit import Dialog


class ItemRecordDialog(Dialog):
    """Record a problem or a suggestion from an item (category and text pre-filled)."""

    def __init__(
        self, suggestion: bool, category: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemRecordDialog()
        self.ui.setupUi(self)
        self.suggestion = suggestion
        if suggestion:
            self.setWindowTitle(self.tr("Record a suggestion"))
        for key in PROBLEM_CATEGORIES:
            self.ui.categoryCombo.addItem(vocab_label(PROBLEM_CATEGORIES, key), key)
        self.ui.categoryCombo.setCurrentIndex(
            max(
                0, list(PROBLEM_CATEGORIES).index(category) if category in PROBLEM_CATEGORIES else 0
            )
        )
        self.ui.textEdit.setPlainText(text)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def values(self) -> tuple[str, str]:
        return self.ui.categoryCombo.currentData(), self.ui.textEdit.toPlainText().strip()


class GradeDialog(Dialog):
    def __init__(
        self,
        suggestion: procedure.GradeSuggestion,
        locked: bool,
        user: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GradeDialog()
        self.ui.setupUi(self)
        for code in procedure.grade_codes():
            self.ui.gradeCombo.addItem(procedure.grade_label(code), code)
        if suggestion.grade:
            self.ui.gradeCombo.setCurrentIndex(procedure.grade_codes().index(suggestion.grade))
            text = self.tr("Suggested from the answers: {0} ({1} of {2} items conform).").format(
                procedure.grade_label(suggestion.grade), suggestion.conforming, suggestion.counted
            )
            self.ui.suggestionLabel.setText("\n".join([text, *suggestion.caps]))
        else:
            self.ui.suggestionLabel.setText(self.tr("No verified answers yet to suggest a grade."))
        self.ui.byEdit.setText(user)
        self.ui.byEdit.setReadOnly(True)  # the signed-in user signs, never a typed name
        self.ui.reasonLabel.setVisible(locked)
        self.ui.reasonEdit.setVisible(locked)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
