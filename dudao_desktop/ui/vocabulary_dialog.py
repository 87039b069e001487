"""*Tools → Vocabularies…*: the office's own problem categories, problem sources and unit
kinds: add an entry, rename one, retire one (its records keep it) or offer it again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..services import vocabulary
from .forms.ui_VocabularyDialog import Ui_VocabularyDialog
from .window_fit import Dialog

KEY_ROLE = Qt.ItemDataRole.UserRole
RETIRED_ROLE = Qt.ItemDataRole.UserRole + 1


class VocabularyDialog(Dialog):
    """Lists the entries of the chosen vocabulary; emits ``changed`` after every change."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_VocabularyDialog()
        self.ui.setupUi(self)
        for name, label in vocabulary.VOCABULARY_NAMES.items():
            self.ui.vocabularyCombo.addItem(QCoreApplication.translate("Vocab", label), name)
        self.ui.vocabularyCombo.currentIndexChanged.connect(self.refresh)
        self.ui.termsList.currentRowChanged.connect(self.show_buttons)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.retireButton.clicked.connect(self.toggle_retired)
        self.ui.nameEdit.returnPressed.connect(self.add)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.refresh()

    def vocabulary(self) -> str:
        return self.ui.vocabularyCombo.currentData()

    def refresh(self, *_args) -> None:
        current = self.selected_key()
        self.ui.termsList.clear()
        for term in vocabulary.list_terms(self.database, self.vocabulary()):
            text = QCoreApplication.translate("Vocab", term.label) if term.builtin else term.label
            if term.retired:
                text += " " + self.tr("(retired)")
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, term.key)
            item.setData(RETIRED_ROLE, term.retired)
            if term.retired:
                item.setForeground(Qt.GlobalColor.gray)
            self.ui.termsList.addItem(item)
            if term.key == current:
                self.ui.termsList.setCurrentItem(item)
        self.show_buttons()

    def selected_key(self) -> str | None:
        item = self.ui.termsList.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def show_buttons(self, *_args) -> None:
        item = self.ui.termsList.currentItem()
        self.ui.renameButton.setEnabled(item is not None)
        self.ui.retireButton.setEnabled(item is not None)
        retired = bool(item is not None and item.data(RETIRED_ROLE))
        self.ui.retireButton.setText(self.tr("Offer again") if retired else self.tr("Retire"))

    def _run(self, work) -> None:
        try:
            work()
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            return
        self.ui.messageLabel.clear()
        self.ui.nameEdit.clear()
        self.refresh()
        self.changed.emit()

    def add(self) -> None:
        name = self.ui.nameEdit.text()
        self._run(lambda: vocabulary.add_entry(self.database, self.vocabulary(), name))

    def rename(self) -> None:
        key, name = self.selected_key(), self.ui.nameEdit.text()
        if key is not None:
            self._run(lambda: vocabulary.rename_term(self.database, self.vocabulary(), key, name))

    def toggle_retired(self) -> None:
        item = self.ui.termsList.currentItem()
        if item is None:
            return
        key, retired = item.data(KEY_ROLE), not item.data(RETIRED_ROLE)
        self._run(lambda: vocabulary.retire_term(self.database, self.vocabulary(), key, retired))
