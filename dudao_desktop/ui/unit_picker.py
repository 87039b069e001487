"""The unit picker of the ledgers' filters and editors: an editable combo whose completer
asks the database for the units matching what the user types (name or code), instead of
holding every unit as an item. The combo holds only "all units" (where there is one) and
the units chosen so far, so a tab with 10,000 units opens without reading them all.

``UnitPicker.attach(combo, database, everything)`` makes ``combo`` a picker (again: only the
"all units" text changes); ``select_data(combo, unit_id)`` chooses a unit by id (a saved
filter, a dashboard figure, the record being edited). ``combo.currentData()`` is the chosen
unit's id, None for "all units" or none.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from ..db.engine import Database
from ..services.unit_lookup import unit_choice, unit_matches, unit_named

PICKER = "unitPicker"


class UnitPicker(QObject):
    def __init__(self, combo: QComboBox, database: Database, everything: str | None) -> None:
        super().__init__(combo)
        self.setObjectName(PICKER)
        self.combo = combo
        self.database = database
        self.everything = everything
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCurrentIndex(0 if everything is not None else -1)
        combo.blockSignals(False)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, combo)
        # The model is already what matches: the completer shows it as it is.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[QModelIndex].connect(self.chosen)
        edit = combo.lineEdit()
        # On the line edit, not the combo: the combo would look the chosen text up among its
        # own items by name, and two units may share a name.
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self.search)
        edit.editingFinished.connect(self.typed)

    @classmethod
    def attach(cls, combo: QComboBox, database: Database, everything: str | None) -> UnitPicker:
        picker = combo.findChild(UnitPicker, PICKER)
        if picker is None:
            return cls(combo, database, everything)
        if everything is not None and picker.everything is not None:
            picker.everything = everything
            combo.setItemText(0, everything)
        picker.database = database
        return picker

    def search(self, text: str) -> None:
        """Fill the completer with the units matching ``text`` (before it pops up)."""
        self.matches.clear()
        if not text.strip():
            return
        for unit_id, uscc, name in unit_matches(self.database, text):
            item = QStandardItem(name)
            item.setData(unit_id, Qt.ItemDataRole.UserRole)
            item.setToolTip(uscc)
            self.matches.appendRow(item)

    def chosen(self, index: QModelIndex) -> None:
        self.select(index.data(Qt.ItemDataRole.UserRole))

    def typed(self) -> None:
        """Enter or leaving the field: a whole name or code chooses its unit, an empty field
        chooses "all units"; anything else goes back to the chosen unit's name."""
        combo = self.combo
        text = combo.currentText().strip()
        current = combo.currentIndex()
        if current >= 0 and text == combo.itemText(current):
            return
        if not text:
            self.select(None)
            return
        found = unit_named(self.database, text)
        if found is not None:
            self.select(found[0])
        else:
            combo.setEditText(combo.itemText(current) if current >= 0 else "")

    def include(self, unit_id: str) -> int:
        """The combo's row of ``unit_id``, added if needed (-1: no such unit)."""
        combo = self.combo
        row = combo.findData(unit_id)
        if row >= 0:
            return row
        found = unit_choice(self.database, unit_id)
        if found is None:
            return -1
        combo.addItem(found[2], found[0])
        combo.setItemData(combo.count() - 1, found[1], Qt.ItemDataRole.ToolTipRole)
        return combo.count() - 1

    def select(self, unit_id: str | None) -> None:
        """Choose ``unit_id`` (None: "all units", or none where there is no such item)."""
        row = self.include(unit_id) if unit_id else -1
        if row < 0 and self.everything is not None:
            row = 0
        self.combo.setCurrentIndex(row)
        if row < 0:
            self.combo.setEditText("")


def select_data(combo: QComboBox, value: str | None) -> None:
    """Choose the item carrying ``value`` (else the first): in a unit picker, the unit with
    that id, fetched if the picker does not hold it yet."""
    picker = combo.findChild(UnitPicker, PICKER)
    if picker is not None:
        picker.select(value)
    else:
        combo.setCurrentIndex(max(combo.findData(value), 0))
