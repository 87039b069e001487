"""Printing on-site check forms from the GUI: the selected units, a whole inspection group, the
units of a supervising department or every assigned unit, into one PDF.

The forms are rendered in a worker with progress and a working cancel (a cancelled run leaves
no file), then a confirmation names the file and offers the preview, from which they print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from ..db.engine import Database
from ..progress import publish_when_done
from ..services import units
from ..services.check_forms import print_forms
from ..services.selfassessment import safe_file_name
from .file_dialogs import remember_folder, remembered_folder, save_file_name, with_suffix
from .forms.ui_CheckFormPrintDialog import Ui_CheckFormPrintDialog
from .pdf_preview import preview_pdf
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

SELECTION, GROUP, DEPARTMENT, ALL = "selection", "group", "department", "all"
FOLDER_KIND = "check_forms"


class CheckFormPrintDialog(Dialog):
    """Choose the units and the file; *OK* writes the PDF. Emits ``written(path, units)``."""

    written = Signal(object, int)

    def __init__(
        self,
        database: Database,
        campaign_id: str,
        selected: list[tuple[str, str]],
        group_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckFormPrintDialog()
        self.ui.setupUi(self)
        self.database = database
        self.campaign_id = campaign_id
        self.selected = [unit_id for unit_id, _name in selected]
        self.selected_names = [name for _unit_id, name in selected]
        self.task: ProgressTask | None = None
        self.units_printed = 0
        for group, name in units.group_choices(database, campaign_id):
            self.ui.groupCombo.addItem(name, group)
        for department, name in units.department_choices(database):
            self.ui.departmentCombo.addItem(name, department)
        if group_id is not None:
            self.ui.groupCombo.setCurrentIndex(max(self.ui.groupCombo.findData(group_id), 0))
        self.ui.selectionRadio.setText(self.tr("&Selected units (%n)", "", len(self.selected)))
        self.ui.selectionRadio.setEnabled(bool(self.selected))
        self.ui.groupRadio.setEnabled(self.ui.groupCombo.count() > 0)
        self.ui.departmentRadio.setEnabled(self.ui.departmentCombo.count() > 0)
        if group_id is not None and self.ui.groupRadio.isEnabled():
            self.ui.groupRadio.setChecked(True)
        elif self.selected:
            self.ui.selectionRadio.setChecked(True)
        else:
            self.ui.allRadio.setChecked(True)
        for radio in self.radios().values():
            radio.toggled.connect(self.update_scope)
        self.ui.groupCombo.currentIndexChanged.connect(lambda: self.choose(GROUP))
        self.ui.departmentCombo.currentIndexChanged.connect(lambda: self.choose(DEPARTMENT))
        self.ui.fileEdit.textEdited.connect(lambda: setattr(self, "file_typed", True))
        self.file_typed = False
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print"))
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.update_scope()

    def radios(self):
        return {
            SELECTION: self.ui.selectionRadio,
            GROUP: self.ui.groupRadio,
            DEPARTMENT: self.ui.departmentRadio,
            ALL: self.ui.allRadio,
        }

    def scope(self) -> str:
        return next(key for key, radio in self.radios().items() if radio.isChecked())

    def choose(self, scope: str) -> None:
        self.radios()[scope].setChecked(True)
        self.update_scope()

    def scope_name(self) -> str:
        scope = self.scope()
        if scope == GROUP:
            return self.ui.groupCombo.currentText()
        if scope == DEPARTMENT:
            return self.ui.departmentCombo.currentText()
        if scope == SELECTION and len(self.selected) == 1:
            return self.selected_names[0]
        if scope == SELECTION:
            return self.tr("selected units")
        return self.tr("all units")

    def update_scope(self) -> None:
        """Suggest a file name that says what is in it, unless the user typed one."""
        if not self.file_typed:
            name = safe_file_name(self.tr("On-site check forms – {0}").format(self.scope_name()))
            self.ui.fileEdit.setText(str(remembered_folder(FOLDER_KIND) / f"{name}.pdf"))

    def browse(self) -> None:
        current = Path(self.ui.fileEdit.text())
        chosen = save_file_name(
            self,
            FOLDER_KIND,
            self.tr("Save the check forms"),
            current.name,
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen is not None:
            self.ui.fileEdit.setText(str(with_suffix(chosen, ".pdf")))
            self.file_typed = True

    def target(self) -> Path:
        return with_suffix(Path(self.ui.fileEdit.text().strip()), ".pdf")

    def start(self) -> ProgressTask | None:
        """Write the PDF in the worker (the dialog stays open until it is written)."""
        target = self.target()
        if not self.ui.fileEdit.text().strip() or not target.parent.is_dir():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Choose a file in an existing folder to save the check forms to."),
            )
            return None
        scope = self.scope()
        options = {
            "unit_ids": self.selected if scope == SELECTION else None,
            "group_id": self.ui.groupCombo.currentData() if scope == GROUP else None,
            "department_id": self.ui.departmentCombo.currentData() if scope == DEPARTMENT else None,
        }
        database, campaign_id = self.database, self.campaign_id

        def write(path: Path):
            done = yield from print_forms(database, campaign_id, path, **options)
            return done

        self.ui.buttonBox.setEnabled(False)
        self.units_printed = 0
        self.task = run_with_progress(
            self,
            lambda: publish_when_done(write, target),
            self.tr("Printing on-site check forms"),
            on_done=self.finished_writing,
        )
        # The service's progress counts units: its largest total is the number printed.
        self.task.progress.connect(self.count_units)
        self.task.done.connect(lambda: self.ui.buttonBox.setEnabled(True))
        return self.task

    def count_units(self, _done: int, total: int, _message: str) -> None:
        self.units_printed = max(self.units_printed, total)

    def finished_writing(self, path: Path) -> None:
        remember_folder(FOLDER_KIND, Path(path).parent)
        self.written.emit(Path(path), self.units_printed)
        self.accept()


def confirm_written(parent: QWidget, path: Path, count: int) -> None:
    """Say where the file went; offer the preview (to print from)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(CheckFormPrintDialog.tr("On-site check forms"))
    box.setText(
        CheckFormPrintDialog.tr("The check forms of %n unit(s) were saved to:", "", count)
        + f"\n{path}"
    )
    preview = box.addButton(
        CheckFormPrintDialog.tr("&Preview and print"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(preview)
    box.finished.connect(
        lambda _result: (
            preview_pdf(parent.window(), path) if box.clickedButton() is preview else None
        )
    )
    box.open()
