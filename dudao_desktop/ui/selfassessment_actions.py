"""Self-assessment workbooks from the GUI, and the progress overview per group and step.

Export: the selected unit's workbook, or one per unit of a group (or of every assigned unit),
into a folder. Import: one filled workbook or every workbook of a folder, each all or nothing,
ending in a per-file report. Both run in workers with a progress dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..model.vocab import STEP_LABELS, STEPS
from ..services import procedure, selfassessment
from .file_dialogs import existing_folder, open_file_name
from .forms.ui_ReportTableDialog import Ui_ReportTableDialog
from .import_models import FileReportModel
from .vocab_labels import label as vocab_label
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

CONTEXT = "SelfAssessment"
XLSX_FILTER = "Excel (*.xlsx)"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReportTableDialog(Dialog):
    """A summary line over a read-only table (import report, progress overview)."""

    def __init__(
        self, title: str, summary: str, model: QAbstractTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportTableDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.summaryLabel.setText(summary)
        self.model = model
        model.setParent(self)
        self.ui.view.setModel(model)
        self.ui.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.view.resizeColumnsToContents()
        self.ui.view.resizeRowsToContents()
        self.ui.buttonBox.rejected.connect(self.reject)


# -- export --------------------------------------------------------------------------------------


def export_workbooks(
    parent: QWidget,
    database: Database,
    campaign_id: str,
    unit_id: str | None = None,
    group_id: str | None = None,
    out_dir: Path | None = None,
    dialog: bool = True,
) -> ProgressTask | None:
    """Export the unit's workbook (``unit_id``) or the group's (all assigned units without
    a group) into a folder chosen by the user (or ``out_dir``)."""
    if out_dir is None:
        out_dir = existing_folder(
            parent,
            "selfassessment_out",
            QCoreApplication.translate(
                "SelfAssessment", "Folder for the self-assessment workbooks"
            ),
        )
        if out_dir is None:
            return None
    if unit_id:

        def work():
            return [selfassessment.export_into(database, campaign_id, unit_id, out_dir)]

        cancellable = False
    else:

        def work():
            return selfassessment.export_units(database, campaign_id, out_dir, group_id)

        cancellable = True

    def done(paths: list[Path]) -> None:
        if dialog:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("SelfAssessment", "Self-assessment workbooks"),
                QCoreApplication.translate(
                    "SelfAssessment", "{0} workbooks were written to {1}."
                ).format(len(paths), out_dir),
            )

    return run_with_progress(
        parent,
        work,
        QCoreApplication.translate("SelfAssessment", "Exporting self-assessment workbooks…"),
        on_done=done,
        cancellable=cancellable,
        dialog=dialog,
    )


# -- import --------------------------------------------------------------------------------------


def choose_import_path(parent: QWidget, folder: bool) -> Path | None:
    if folder:
        return existing_folder(
            parent,
            "selfassessment_in",
            QCoreApplication.translate(
                "SelfAssessment", "Folder of filled self-assessment workbooks"
            ),
        )
    return open_file_name(
        parent,
        "selfassessment_in",
        QCoreApplication.translate("SelfAssessment", "Filled self-assessment workbook"),
        XLSX_FILTER,
    )


def import_workbooks(
    parent: QWidget,
    database: Database,
    campaign_id: str,
    path: Path,
    on_imported=None,
    dialog: bool = True,
) -> ProgressTask:
    """Import one workbook or a folder of them; the per-file report opens at the end."""

    def done(reports: list[selfassessment.FileReport]) -> None:
        model = FileReportModel()
        model.set_records(reports)
        imported = sum(1 for r in reports if r.applied)
        summary = QCoreApplication.translate(
            "SelfAssessment", "{0} files: {1} imported, {2} refused; {3} answers changed."
        ).format(len(reports), imported, len(reports) - imported, sum(r.changed for r in reports))
        report = ReportTableDialog(
            QCoreApplication.translate("SelfAssessment", "Self-assessment import"),
            summary,
            model,
            parent,
        )
        parent.selfassessment_report = report
        if dialog:
            report.open()
        if on_imported is not None and imported:
            on_imported()

    return run_with_progress(
        parent,
        lambda: selfassessment.import_path(database, path, campaign_id=campaign_id),
        QCoreApplication.translate("SelfAssessment", "Importing self-assessment workbooks…"),
        on_done=done,
        dialog=dialog,
    )


# -- progress overview ---------------------------------------------------------------------------


class ProgressModel(QAbstractTableModel):
    """Per group: units, then per step how many units have closed it (done / units)."""

    GROUP_HEADER = QT_TRANSLATE_NOOP("SelfAssessment", "Inspection group")
    UNITS_HEADER = QT_TRANSLATE_NOOP("SelfAssessment", "Units")
    TOTAL = QT_TRANSLATE_NOOP("SelfAssessment", "All groups")

    def __init__(self, rows: list[procedure.GroupProgress], parent=None) -> None:
        super().__init__(parent)
        self.steps = list(STEPS[:-1])
        self.rows = list(rows)
        if rows:
            total = procedure.GroupProgress(
                "",
                _tr(self.TOTAL),
                sum(r.units for r in rows),
                {s: sum(r.done[s] for r in rows) for s in self.steps},
                {},
            )
            self.rows.append(total)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.steps)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _tr(self.GROUP_HEADER)
        if section == 1:
            return _tr(self.UNITS_HEADER)
        return vocab_label(STEP_LABELS, self.steps[section - 2])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return str(row.units)
            return f"{row.done[self.steps[column - 2]]} / {row.units}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole and column > 1:
            return row.done[self.steps[column - 2]]
        return None


def show_progress_overview(
    parent: QWidget, database: Database, campaign_id: str
) -> ReportTableDialog:
    model = ProgressModel(procedure.progress_overview(database, campaign_id))
    summary = QCoreApplication.translate(
        "SelfAssessment", "How many units of each group have closed each step of the procedure."
    )
    dialog = ReportTableDialog(
        QCoreApplication.translate("SelfAssessment", "Progress overview"), summary, model, parent
    )
    dialog.open()
    return dialog
