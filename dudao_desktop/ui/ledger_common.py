"""Small pieces the three ledger tabs share: saved filters in QSettings, unit and
department pickers, selecting a record's row, confirmation before a removal, optional
dates, counts in the main window's status bar, and running imports and exports through the
worker pool."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from ..db.engine import Database
from ..services.units import department_choices
from .file_dialogs import save_file_name, with_suffix
from .findings_report import show_import_error
from .settings import settings
from .unit_picker import UnitPicker, select_data
from .workers import run_with_progress

#: The value a QDateEdit shows for "no date" (its minimum, shown as the special text).
NO_DATE = QDate(1900, 1, 1)


# Saved filters ------------------------------------------------------------------------------
class SavedFilters:
    """Named filter sets of one ledger view, stored as JSON in QSettings."""

    def __init__(self, key: str, combo: QComboBox) -> None:
        self.key = f"ledger/{key}/saved_filters"
        self.combo = combo
        # Wide enough for its caption ("已保存的筛选条件") in any language; the tab caps it.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def load(self) -> dict[str, dict[str, Any]]:
        raw = settings().value(self.key, "{}")
        try:
            value = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("Ledgers", "Saved filters"), None)
        for name in sorted(self.load()):
            self.combo.addItem(name, name)
        self.combo.blockSignals(False)

    def save(self, name: str, values: dict[str, Any]) -> None:
        stored = self.load()
        stored[name] = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()}
        settings().setValue(self.key, json.dumps(stored, ensure_ascii=False))
        self.fill()
        self.combo.setCurrentIndex(self.combo.findData(name))

    def get(self, index: int) -> dict[str, Any] | None:
        name = self.combo.itemData(index)
        return self.load().get(name) if name else None

    def ask_name(self, parent: QWidget) -> str | None:
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Ledgers", "Save filter"),
            QCoreApplication.translate("Ledgers", "Name:"),
        )
        return name.strip() if ok and name.strip() else None


def restore_filters(
    stored: dict[str, Any],
    combos: Mapping[str, QComboBox],
    checks: Mapping[str, QAbstractButton],
    range_check: QAbstractButton,
    from_edit: QDateEdit,
    to_edit: QDateEdit,
) -> None:
    """Put a saved filter set back into the filter widgets (by key), without a signal per
    widget: the caller applies the filters once afterwards."""
    widgets = (*combos.values(), *checks.values(), range_check, from_edit, to_edit)
    for widget in widgets:
        widget.blockSignals(True)
    for key, combo in combos.items():
        select_data(combo, stored.get(key))
    for key, check in checks.items():
        check.setChecked(bool(stored.get(key)))
    ranged = bool(stored.get("date_from"))
    range_check.setChecked(ranged)
    if ranged:
        from_edit.setDate(QDate.fromString(stored["date_from"], "yyyy-MM-dd"))
        to_edit.setDate(QDate.fromString(stored.get("date_to") or "", "yyyy-MM-dd"))
    for widget in widgets:
        widget.blockSignals(False)


# Pickers --------------------------------------------------------------------------------------
def fill_unit_combo(combo: QComboBox, database: Database, everything: str | None) -> None:
    """Units by name, found by typing any part of the name or code (see ``unit_picker``)."""
    UnitPicker.attach(combo, database, everything)


def fill_department_combo(combo: QComboBox, database: Database, everything: str) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for department_id, name in department_choices(database):
        combo.addItem(name, department_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def fill_vocab_combo(combo: QComboBox, everything: str, labels: dict[str, str]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for key, label in labels.items():
        combo.addItem(QCoreApplication.translate("Vocab", label), key)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


# Selection ------------------------------------------------------------------------------------
def select_record(view: QAbstractItemView, model, record_id: str) -> bool:
    """Select the record's row in a paged table (fetching more rows as needed); False if
    the record is not listed."""
    row = model.row_of(record_id)
    while row < 0 and model.canFetchMore():
        model.fetchMore()
        row = model.row_of(record_id)
    if row < 0:
        return False
    view.selectRow(row)
    return True


# Confirmation ---------------------------------------------------------------------------------
def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a removal; *No* is the default button."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# Dates ----------------------------------------------------------------------------------------
def setup_optional_date(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("Ledgers", "not set"))
    edit.setDate(NO_DATE)


def to_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate() and edit.specialValueText():
        return None
    return date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())


# Status bar -----------------------------------------------------------------------------------
COUNTS_LABEL = "ledgerCountsLabel"


def counts_label(widget: QWidget) -> QLabel | None:
    """The label on the left of the main window's status bar that shows ledger counts."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    label = bar.findChild(QLabel, COUNTS_LABEL)
    if label is None:
        label = QLabel(bar)
        label.setObjectName(COUNTS_LABEL)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(120)
        bar.addWidget(label, 4)
    return label


def show_counts(widget: QWidget, text: str) -> None:
    """Counts of the visible ledger in the main window's status bar."""
    label = counts_label(widget)
    if label is not None and widget.isVisible():
        label.setProperty("owner", widget.objectName())
        label.setText(text)
        label.setToolTip(text)
        label.show()


def hide_counts(widget: QWidget) -> None:
    """Called when a ledger tab is hidden: other tabs have no ledger counts."""
    label = counts_label(widget)
    # Only the tab that shows its counts hides them (the next tab may be shown first).
    if label is not None and label.property("owner") == widget.objectName():
        label.hide()


class CountsInStatusBar:
    """Mixed into a ledger tab (before its widget class): while the tab is visible, the
    text of its ``ui.countLabel`` also stands in the main window's status bar."""

    def hideEvent(self, event) -> None:
        hide_counts(self)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        show_counts(self, self.ui.countLabel.text())


# Import and export ----------------------------------------------------------------------------
def import_in_worker(
    parent: QWidget, work: Callable[[], int], busy: str, title: str, imported: str
):
    """Run an all-or-nothing import in a worker with a progress dialog (``busy``). Then
    ``parent.refresh()`` and a message box ``title`` with ``imported`` (``{0}``: the count);
    a refused file shows its row-by-row report."""

    def done(count: int) -> None:
        parent.refresh()
        QMessageBox.information(parent, title, imported.format(count))

    return run_with_progress(
        parent,
        work,
        busy,
        on_done=done,
        on_error=lambda error: show_import_error(parent, error),
        cancellable=False,
    )


def export_ledger(
    parent: QWidget,
    database: Database,
    kind: str,
    suggested: str,
    on_done: Callable[[Path, int], Any] | None = None,
) -> None:
    """Ask where, then write the ledger in a worker with a progress dialog."""
    chosen = save_file_name(
        parent,
        "ledgers",
        QCoreApplication.translate("Ledgers", "Export ledger"),
        suggested,
        QCoreApplication.translate("Ledgers", "Excel workbooks (*.xlsx)"),
    )
    if chosen is not None:
        start_export(parent, database, kind, with_suffix(chosen, ".xlsx"), on_done)


def start_export(
    parent: QWidget,
    database: Database,
    kind: str,
    path: Path,
    on_done: Callable[[Path, int], Any] | None = None,
):
    def done(rows: int) -> None:
        if on_done is not None:
            on_done(path, rows)
        else:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Ledgers", "Export ledger"),
                QCoreApplication.translate("Ledgers", "{0} rows written to {1}.").format(
                    rows, path
                ),
            )

    from ..services import ledger_export  # openpyxl: imported when first needed

    return run_with_progress(
        parent,
        lambda: ledger_export.export_steps(database, kind, path),
        QCoreApplication.translate("Ledgers", "Exporting the ledger"),
        on_done=done,
    )
