"""Print on-site check forms from the GUI: render in a worker, preview, then save or print."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from ..db.engine import Database
from ..services.check_forms import print_forms
from .window_fit import Dialog
from .workers import run_with_progress


class CheckFormPreview(Dialog):
    """Shows the rendered PDF; *Save* copies it, *Open* hands it to the system viewer to print."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("On-site check form"))
        self.resize(820, 900)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.open_button = buttons.addButton(
            self.tr("Open to print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.accepted.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)

    def save_as(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the check forms"), self.path.name, self.tr("PDF files (*.pdf)")
        )
        if target:
            shutil.copyfile(self.path, target)
            self.accept()


def preview_check_forms(
    parent: QWidget,
    database: Database,
    campaign_id: str,
    unit_ids: list[str] | None,
    group_id: str | None,
) -> None:
    """Render the forms (one unit, else the selected group, else all units) and preview."""
    folder = Path(tempfile.mkdtemp(prefix="dudao-forms-"))
    path = folder / "check_forms.pdf"

    def show(_files) -> None:
        dialog = CheckFormPreview(path, parent)
        parent._check_form_preview = dialog  # keep it alive while open
        dialog.open()

    run_with_progress(
        parent,
        lambda: print_forms(
            database, campaign_id, path, unit_ids=unit_ids, group_id=None if unit_ids else group_id
        ),
        parent.tr("Printing on-site check forms"),
        on_done=show,
    )
