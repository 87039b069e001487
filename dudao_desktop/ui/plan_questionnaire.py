"""Questionnaires (调查问卷): write one (questions with answer types), issue it to units,
export it as .xlsx (one workbook, or one per unit), import the answers back (a refused file
opens the row-by-row report) and show the totals per question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidgetItem, QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..services import questionnaire_workbook as book
from ..services import training
from ..services.pool_listing import unit_choices
from .file_dialogs import existing_folder, open_file_name, save_file_name
from .findings_report import show_import_error
from .forms.ui_PlanQuestionnaireDialog import Ui_PlanQuestionnaireDialog
from .forms.ui_PlanQuestionnaireEditDialog import Ui_PlanQuestionnaireEditDialog
from .plan_training import checkable, filter_items, tick, ticked
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Training", training.QUESTION_KINDS.get(kind, kind))


class PlanQuestionnaireEditDialog(Dialog):
    """A new questionnaire: title, description and its questions; emits ``saved(id)``."""

    saved = Signal(str)

    def __init__(self, database: Database, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanQuestionnaireEditDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addQuestionButton.clicked.connect(lambda: self.add_question())
        self.ui.removeQuestionButton.clicked.connect(self.remove_question)
        self.ui.questionsTable.setColumnWidth(0, 320)
        self.add_question()

    def add_question(self, text: str = "", kind: str = "yes_no", options: str = "") -> int:
        table = self.ui.questionsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        combo = QComboBox(table)
        for key in training.QUESTION_KINDS:
            combo.addItem(kind_label(key), key)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        table.setCellWidget(row, 1, combo)
        # Tab goes from the table through its rows' kind boxes, then on to the buttons.
        QWidget.setTabOrder(table.cellWidget(row - 1, 1) if row else table, combo)
        table.setItem(row, 2, QTableWidgetItem(options))
        table.setCurrentCell(row, 0)
        return row

    def remove_question(self) -> None:
        row = self.ui.questionsTable.currentRow()
        if row >= 0:
            self.ui.questionsTable.removeRow(row)

    def questions(self) -> list[tuple]:
        table = self.ui.questionsTable
        out = []
        for row in range(table.rowCount()):
            text = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
            kind = table.cellWidget(row, 1).currentData()
            options = [
                o.strip()
                for o in (table.item(row, 2).text() if table.item(row, 2) else "").split("|")
                if o.strip()
            ]
            if not text and not options:
                continue  # an empty row left over
            out.append((text, kind, options) if kind == "choice" else (text, kind))
        return out

    def save(self) -> None:
        questions = self.questions()
        if not self.ui.titleEdit.text().strip():
            self.ui.messageLabel.setText(self.tr("Give the questionnaire a title."))
            return
        if not questions:
            self.ui.messageLabel.setText(self.tr("Add at least one question."))
            return
        try:
            questionnaire = training.create_questionnaire(
                self.database,
                self.campaign_id,
                self.ui.titleEdit.text(),
                questions,
                self.ui.descriptionEdit.text().strip(),
            )
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            return
        self.saved.emit(questionnaire.id)
        self.accept()


class PlanQuestionnaireDialog(Dialog):
    changed = Signal()

    def __init__(self, database: Database, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanQuestionnaireDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        self.dialog: QDialog | None = None
        self.task: ProgressTask | None = None
        checkable(ui.unitsList, [(i, f"{n} ({c})") for i, n, c in unit_choices(database)])
        ui.buttonBox.rejected.connect(self.reject)
        ui.questionnaireCombo.currentIndexChanged.connect(lambda _i: self.show_questionnaire())
        ui.newButton.clicked.connect(self.new_questionnaire)
        ui.unitsFilter.textChanged.connect(lambda text: filter_items(ui.unitsList, text))
        ui.tickAllButton.clicked.connect(self.tick_shown)
        ui.issueButton.clicked.connect(self.issue)
        ui.exportAllButton.clicked.connect(lambda: self.choose_export(False))
        ui.exportUnitsButton.clicked.connect(lambda: self.choose_export(True))
        ui.importButton.clicked.connect(self.choose_import)
        self.fill()

    @property
    def questionnaire_id(self) -> str | None:
        return self.ui.questionnaireCombo.currentData()

    def fill(self, select_id: str | None = None) -> None:
        combo = self.ui.questionnaireCombo
        keep = select_id or self.questionnaire_id
        combo.blockSignals(True)
        combo.clear()
        for q in training.list_questionnaires(self.database, self.campaign_id):
            combo.addItem(q.title, q.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self.show_questionnaire()

    def show_questionnaire(self) -> None:
        ui = self.ui
        questionnaire_id = self.questionnaire_id
        for widget in (ui.exportAllButton, ui.exportUnitsButton, ui.importButton, ui.issueButton):
            widget.setEnabled(questionnaire_id is not None)
        totals = (
            training.question_totals(self.database, questionnaire_id) if questionnaire_id else []
        )
        table = ui.totalsTable
        table.setRowCount(len(totals))
        for row, total in enumerate(totals):
            cells = (
                str(total.position),
                total.text,
                kind_label(total.kind),
                str(total.answered),
                self.total_text(total),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(max(table.columnWidth(1), 200), 420))
        issued = (
            {u.id for u in training.issued_units(self.database, questionnaire_id)}
            if questionnaire_id
            else set()
        )
        tick(ui.unitsList, issued)
        for i in range(ui.unitsList.count()):
            item = ui.unitsList.item(i)
            flags = item.flags()
            if item.data(Qt.ItemDataRole.UserRole) in issued:  # issued stays issued
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
        self.issued = issued
        ui.unitsGroup.setTitle(self.tr("Issued to {0} units").format(len(issued)))

    def total_text(self, total: training.QuestionTotal) -> str:
        if total.kind == "yes_no":
            names = {"yes": self.tr("yes"), "no": self.tr("no"), "na": self.tr("n/a")}
            return ", ".join(f"{names.get(k, k)} {n}" for k, n in total.counts.items())
        if total.kind == "choice":
            return ", ".join(f"{k} {n}" for k, n in total.counts.items())
        if total.kind == "number":
            if total.average is None:
                return ""
            return self.tr("total {0:g}, average {1:.2f}").format(total.total, total.average)
        return self.tr("{0} written answers").format(total.answered)

    # actions ------------------------------------------------------------------------------------
    def new_questionnaire(self) -> QDialog:
        dialog = PlanQuestionnaireEditDialog(self.database, self.campaign_id, self)
        dialog.saved.connect(lambda qid: (self.fill(qid), self.changed.emit()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def tick_shown(self) -> None:
        listing = self.ui.unitsList
        for i in range(listing.count()):
            item = listing.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)

    def issue(self) -> None:
        if not self.questionnaire_id:
            return
        units = [u for u in ticked(self.ui.unitsList) if u not in self.issued]
        if not units:
            self.ui.statusLabel.setText(self.tr("Tick the units to issue the questionnaire to."))
            return
        added = training.issue_questionnaire(self.database, self.questionnaire_id, units)
        self.show_questionnaire()
        self.ui.statusLabel.setText(self.tr("Issued to {0} more units.").format(added))
        self.changed.emit()

    def choose_export(self, per_unit: bool) -> None:
        if per_unit:
            path = existing_folder(self, "workbooks", self.tr("Folder for the workbooks"))
        else:
            path = save_file_name(
                self,
                "workbooks",
                self.tr("Export questionnaire"),
                f"{self.ui.questionnaireCombo.currentText()}.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if path:
            self.export_to(Path(path), per_unit)

    def export_to(self, path: Path, per_unit: bool) -> ProgressTask | None:
        questionnaire_id, database = self.questionnaire_id, self.database
        if not questionnaire_id:
            return None
        if not per_unit and path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.task = run_with_progress(
            self,
            lambda: book.export_answers(database, questionnaire_id, path, per_unit=per_unit),
            self.tr("Writing {0}").format(path.name),
            on_done=lambda files: self.ui.statusLabel.setText(
                self.tr("{0} workbooks written to {1}.").format(len(files), path)
            ),
            cancellable=False,
        )
        return self.task

    def choose_import(self) -> None:
        path = open_file_name(
            self, "workbooks", self.tr("Import answers"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> ProgressTask | None:
        questionnaire_id, database = self.questionnaire_id, self.database
        if not questionnaire_id:
            return None
        self.task = run_with_progress(
            self,
            lambda: book.import_answers(database, questionnaire_id, path),
            self.tr("Importing {0}").format(path.name),
            on_done=self.imported,
            on_error=lambda error: show_import_error(self, error),
            cancellable=False,
        )
        return self.task

    def imported(self, units: int) -> None:
        self.show_questionnaire()
        self.ui.statusLabel.setText(self.tr("Answers of {0} units imported.").format(units))
        self.changed.emit()
