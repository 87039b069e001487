"""The editors of a ledger's declared detail columns (``services.ledger_columns``).

A detail form drawn in Qt Designer names an editor after its column: ``rectificationPlanEdit``
for ``rectification_plan`` (``…Edit``, ``…Check``, ``…Combo`` or ``…Spin``). Every declared
detail column without such a widget gets an editor made from its kind, added as a labelled
row of the form's ``QFormLayout``; so a new column appears in the detail form without
touching it. :class:`DeclaredFields` loads a record's values into the editors and reads
them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..services.ledger_columns import CONTEXT, LedgerColumn
from .ledger_common import set_date, setup_optional_date, to_date

SUFFIXES = ("Edit", "Check", "Combo", "Spin")
LONG_TEXT_HEIGHT = 50


def widget_name(key: str) -> str:
    """``rectification_plan`` -> ``rectificationPlan`` (the editor's name without suffix)."""
    first, *rest = key.split("_")
    return first + "".join(part.capitalize() for part in rest)


def make_editor(column: LedgerColumn, parent: QWidget) -> QWidget:
    """A new editor for ``column`` by its kind."""
    name = widget_name(column.key)
    if column.kind == "long_text":
        editor: QWidget = QPlainTextEdit(parent)
        editor.setMaximumHeight(LONG_TEXT_HEIGHT)
        editor.setObjectName(name + "Edit")
    elif column.kind == "date":
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setObjectName(name + "Edit")
    elif column.kind == "number":
        editor = QSpinBox(parent)
        editor.setRange(-999_999, 999_999)
        editor.setObjectName(name + "Spin")
    elif column.kind == "bool":
        editor = QCheckBox(parent)
        editor.setObjectName(name + "Check")
    elif column.kind == "choice":
        editor = QComboBox(parent)
        for key, label in (column.vocab or {}).items():
            editor.addItem(QCoreApplication.translate("Vocab", label), key)
        editor.setObjectName(name + "Combo")
    else:
        editor = QLineEdit(parent)
        editor.setObjectName(name + "Edit")
    return editor


class DeclaredFields(QObject):
    """Binds the detail columns of a ledger to the editors of one form."""

    edited = Signal()

    def __init__(
        self,
        columns: Iterable[LedgerColumn],
        form: QWidget,
        layouts: Mapping[str | None, QFormLayout],
        before: QWidget | None = None,
    ) -> None:
        """``layouts``: the form layout for the new editors of each header group (``None``:
        every other group); ``before``: the row of the ``None`` layout they go above."""
        super().__init__(form)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, Any] = {}
        self.columns = {c.key: c for c in columns}
        rows: dict[int, int] = {}
        for column in self.columns.values():
            editor = self._find(form, column.key)
            if editor is None:
                layout = layouts.get(column.group) or layouts[None]
                if id(layout) not in rows:
                    at_end = before is None or layout is not layouts[None]
                    rows[id(layout)] = (
                        layout.rowCount() if at_end else layout.getWidgetPosition(before)[0]
                    )
                editor = make_editor(column, form)
                layout.insertRow(
                    rows[id(layout)], QCoreApplication.translate(CONTEXT, column.label), editor
                )
                self.labels[column.key] = layout.labelForField(editor)
                rows[id(layout)] += 1
            if isinstance(editor, QDateEdit):
                setup_optional_date(editor)
            self._connect(editor)
            self.editors[column.key] = editor

    @staticmethod
    def _find(form: QWidget, key: str) -> QWidget | None:
        name = widget_name(key)
        for suffix in SUFFIXES:
            found = form.findChild(QWidget, name + suffix)
            if found is not None:
                return found
        return None

    def _connect(self, editor: QWidget) -> None:
        if isinstance(editor, QPlainTextEdit | QLineEdit):
            editor.textChanged.connect(self.edited)
        elif isinstance(editor, QDateEdit):
            editor.dateChanged.connect(self.edited)
        elif isinstance(editor, QSpinBox):
            editor.valueChanged.connect(self.edited)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(self.edited)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self.edited)

    def set_choices(self, columns: Iterable[LedgerColumn]) -> None:
        """Offer the current entries of the choices among ``columns`` (a vocabulary the office
        extends may have changed since the form was built); the values shown stay."""
        for column in columns:
            editor = self.editors.get(column.key)
            if column.kind != "choice" or not isinstance(editor, QComboBox):
                continue
            blocked = editor.blockSignals(True)
            try:
                value = editor.currentData()
                editor.clear()
                for key, label in (column.vocab or {}).items():
                    editor.addItem(QCoreApplication.translate("Vocab", label), key)
                if value and editor.findData(value) < 0:
                    editor.addItem(str(value), value)
                editor.setCurrentIndex(editor.findData(value) if value else -1)
            finally:
                editor.blockSignals(blocked)

    def retranslate(self) -> None:
        for key, label in self.labels.items():
            if label is not None:
                label.setText(QCoreApplication.translate(CONTEXT, self.columns[key].label))

    def load(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (a record's fields by key; missing ones empty)."""
        for key, editor in self.editors.items():
            value = values.get(key)
            blocked = editor.blockSignals(True)
            try:
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value or "")
                elif isinstance(editor, QLineEdit):
                    editor.setText("" if value is None else str(value))
                elif isinstance(editor, QDateEdit):
                    set_date(editor, value if isinstance(value, date) else None)
                elif isinstance(editor, QSpinBox):
                    editor.setValue(int(value or 0))
                elif isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, QComboBox):
                    if value and editor.findData(value) < 0:
                        editor.addItem(str(value), value)  # a key no longer in the vocabulary
                    editor.setCurrentIndex(editor.findData(value) if value else -1)
            finally:
                editor.blockSignals(blocked)

    def values(self) -> dict[str, Any]:
        """What the editors hold now, by key (texts stripped)."""
        result: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                result[key] = editor.toPlainText().strip()
            elif isinstance(editor, QLineEdit):
                result[key] = editor.text().strip()
            elif isinstance(editor, QDateEdit):
                result[key] = to_date(editor)
            elif isinstance(editor, QSpinBox):
                result[key] = editor.value()
            elif isinstance(editor, QCheckBox):
                result[key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                result[key] = editor.currentData()
        return result

    def changed(self, original: Mapping[str, Any]) -> dict[str, Any]:
        """The values that differ from ``original`` (an empty text equals a missing one)."""

        def plain(value: Any) -> Any:
            return "" if value is None else value

        return {k: v for k, v in self.values().items() if plain(original.get(k)) != plain(v)}
