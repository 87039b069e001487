"""Table models of import reports: findings (sheet, row, column, what to fix), the roster's
planned changes by USCC, and the per-file report of a self-assessment import."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP, Finding
from ..services.roster import UnitChange
from ..services.roster_fields import FIELD_BY_KEY, field_label
from ..services.selfassessment import FileReport

CONTEXT = "ImportReport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def finding_text(finding: Finding) -> str:
    message = i18n.translate("Errors", finding.message)
    return message.format(**finding.params) if finding.params else message


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of records; subclasses give headers and ``cells``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def cells(self, record: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cells(self.records[index.row()])[index.column()]
            return "" if value is None else str(value)
        return None


class FindingsModel(_RowsModel):
    FILE, SHEET, ROW, COLUMN, MESSAGE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportReport", "File"),
        QT_TRANSLATE_NOOP("ImportReport", "Sheet"),
        QT_TRANSLATE_NOOP("ImportReport", "Row"),
        QT_TRANSLATE_NOOP("ImportReport", "Column"),
        QT_TRANSLATE_NOOP("ImportReport", "What to fix"),
    )

    def cells(self, f: Finding) -> tuple[Any, ...]:
        return f.file, f.sheet, f.row, f.column, finding_text(f)


ACTIONS = {
    "new": QT_TRANSLATE_NOOP("ImportReport", "Add"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportReport", "Unchanged"),
}


def _value(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ChangesModel(_RowsModel):
    """What a roster import does, unit by unit (matched by USCC)."""

    ACTION, SHEET, ROW, USCC, NAME, CHANGES = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportReport", "Action"),
        QT_TRANSLATE_NOOP("ImportReport", "Sheet"),
        QT_TRANSLATE_NOOP("ImportReport", "Row"),
        QT_TRANSLATE_NOOP("ImportReport", "USCC"),
        QT_TRANSLATE_NOOP("ImportReport", "Unit"),
        QT_TRANSLATE_NOOP("ImportReport", "Changes"),
    )

    def cells(self, c: UnitChange) -> tuple[Any, ...]:
        parts = []
        for key, (old, new) in c.changes.items():
            label = field_label(key) if key in FIELD_BY_KEY else key
            parts.append(f"{label}: {_value(old)} → {_value(new)}")
        return _tr(ACTIONS[c.action]), c.sheet, c.row, c.uscc, c.name, "; ".join(parts)


class FileReportModel(_RowsModel):
    """One row per imported self-assessment workbook."""

    FILE, UNIT, RESULT, ANSWERS, CHANGED, PROBLEMS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportReport", "File"),
        QT_TRANSLATE_NOOP("ImportReport", "Unit"),
        QT_TRANSLATE_NOOP("ImportReport", "Result"),
        QT_TRANSLATE_NOOP("ImportReport", "Answers"),
        QT_TRANSLATE_NOOP("ImportReport", "Changed"),
        QT_TRANSLATE_NOOP("ImportReport", "Problems"),
    )

    def cells(self, r: FileReport) -> tuple[Any, ...]:
        if r.refused:
            result = QCoreApplication.translate("ImportReport", "Refused")
        elif r.applied:
            result = QCoreApplication.translate("ImportReport", "Imported")
        else:
            result = QCoreApplication.translate("ImportReport", "Ready (not imported yet)")
        problems = "\n".join(
            (f"{f.sheet} {f.row}{f.column and ' ' + f.column}: " if f.row else "") + finding_text(f)
            for f in r.findings
        )
        return r.file, r.unit, result, r.answers, r.changed, problems
