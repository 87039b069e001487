"""In-app preview of any PDF the application writes, with print and save-as.

``preview_pdf(parent, path)`` opens a window showing the document (QtPdf); *Print…* renders
each page onto the printer chosen in a ``QPrintDialog``; *Save as…* copies the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .errors import show_error
from .file_dialogs import save_file_name, with_suffix
from .window_fit import Dialog
from .workers import ProgressTask, run_with_progress

PRINT_DPI = 200


class PdfPreview(Dialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Preview – {0}").format(self.path.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self.tr("{0} pages").format(self.document.pageCount()), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.close)
        self.resize(820, 960)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> ProgressTask:
        """Render the chosen pages onto ``printer`` in a worker, with progress and cancel;
        the task's result is the number of pages printed."""
        self.printer = printer  # alive until the worker is done with it
        self.print_button.setEnabled(False)
        task = run_with_progress(
            self,
            lambda: print_pages(self.path, printer),
            self.tr("Printing {0}").format(self.path.name),
            on_error=lambda error: show_error(self, error),
        )
        task.done.connect(lambda: self.print_button.setEnabled(True))
        self.print_task = task
        return task

    def save_as(self) -> None:
        target = save_file_name(
            self, "pdf", self.tr("Save PDF as"), self.path.name, self.tr("PDF documents (*.pdf)")
        )
        if target is not None:
            self.save_to(with_suffix(target, ".pdf"))

    def save_to(self, target: Path) -> None:
        try:
            if target.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target)
        except OSError as error:
            show_error(self, error)
            return
        # Said where the window's status line is read, without a box to click away.
        self.pages_label.setText(self.tr("Saved to {0}").format(target))
        self.pages_label.setToolTip(str(target))


def preview_pdf(parent: QWidget | None, path: Path) -> PdfPreview:
    """Open ``path`` in a preview window (non-modal) and return it."""
    preview = PdfPreview(Path(path), parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview


class PrinterError(Exception):
    """The printer refused the job."""


def print_pages(path: Path, printer: QPrinter):
    """Progress generator (worker thread): render each chosen page of ``path`` at
    ``PRINT_DPI`` onto ``printer``; a cancel aborts the job so nothing half-printed is sent."""
    document = QPdfDocument()  # the worker's own: the preview's lives in the GUI thread
    document.load(str(path))
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1 if first else 0, min(last, count) if last else count)
    message = QCoreApplication.translate("PdfPreview", "Page {0} of {1}")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(
            QCoreApplication.translate("PdfPreview", "The printer could not be started.")
        )
    printed = 0
    finished = False
    try:
        for number, page in enumerate(pages):
            yield number, len(pages), message.format(number + 1, len(pages))
            if number:
                printer.newPage()
            size = document.pagePointSize(page)
            pixels = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
            target = painter.viewport().size()
            scale = min(target.width() / pixels.width(), target.height() / pixels.height())
            image = document.render(page, pixels)
            painter.save()
            painter.scale(scale, scale)
            painter.drawImage(QPointF(0, 0), image)
            painter.restore()
            printed += 1
        finished = True
    finally:
        if not finished:
            printer.abort()
        painter.end()
        if not finished and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # Printing to a file cannot be aborted: remove the pages written so far.
            Path(printer.outputFileName()).unlink(missing_ok=True)
    return printed
