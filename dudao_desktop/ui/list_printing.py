"""Print the list shown in a tab: every row of its query, as a table on A4 landscape pages.

The rows are read, laid out and written to a PDF in a worker (a ledger can hold 100,000
rows), with progress and a cancel that leaves no file; the PDF then opens in the preview,
which prints it.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..progress import publish_when_done
from ..services.selfassessment import safe_file_name
from .table_model import QueryTableModel, format_value
from .workers import ProgressTask, run_with_progress

BATCH = 2000


def table_html(headers: list[str], rows: list[list[str]], title: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f"<h3>{escape(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def headers_of(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]


def row_reader(model: QAbstractItemModel) -> Callable[[], Iterator[tuple[int, int, list[str]]]]:
    """A function, safe to call in a worker, that yields ``(done, total, row texts)`` for every
    row of the list as it is filtered and sorted now. A query-backed list is read again from
    the database (on its own copy of the listing); any other model is copied here, in the GUI
    thread (such models are small)."""
    if isinstance(model, QueryTableModel):
        listing = copy.copy(model.listing)
        listing._cursor = None  # the copy pages on its own
        columns = listing.columns
        order = (model._sort_column, model._descending, model.filter_text)

        def read() -> Iterator[tuple[int, int, list[str]]]:
            total = listing.count(order[2])
            offset = 0
            while offset < total:
                batch = listing.fetch(offset, BATCH, *order)
                if not batch:
                    break
                for number, row in enumerate(batch, offset + 1):
                    yield (
                        number,
                        total,
                        [
                            format_value(value, column.kind, column.labels)
                            for value, column in zip(row.values, columns, strict=False)
                        ],
                    )
                offset += len(batch)

        return read
    rows = [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]

    def copied() -> Iterator[tuple[int, int, list[str]]]:
        for number, row in enumerate(rows, 1):
            yield number, len(rows), row

    return copied


def write_list_pdf(
    headers: list[str], read: Callable[[], Iterator[tuple[int, int, list[str]]]], title: str
) -> Callable[[Path], Any]:
    """A writer ``write(path)`` (run in a worker) that yields progress while reading rows and
    then lays the table out on A4 landscape pages into the PDF ``path``."""
    reading = QCoreApplication.translate("ListPrinting", "Reading row {0} of {1}")
    laying_out = QCoreApplication.translate("ListPrinting", "Laying out the pages")

    def write(path: Path):
        rows: list[list[str]] = []
        for done, total, row in read():
            rows.append(row)
            if done % BATCH == 0 or done == total:
                yield done, total, reading.format(done, total)
        yield len(rows), len(rows), laying_out
        document = QTextDocument()
        document.setHtml(table_html(headers, rows, title))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setDocName(title)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(printer)
        return path

    return write


def print_table(parent: QWidget, model: QAbstractItemModel, title: str) -> ProgressTask:
    """Write every row of the list to a PDF in a worker, then open it in the preview."""
    from .pdf_preview import preview_pdf

    target = Path(tempfile.mkdtemp(prefix="dudao-list-")) / f"{safe_file_name(title)}.pdf"
    write = write_list_pdf(headers_of(model), row_reader(model), title)
    return run_with_progress(
        parent,
        lambda: publish_when_done(write, target),
        QCoreApplication.translate("ListPrinting", "Printing {0}").format(title),
        on_done=lambda path: preview_pdf(parent, path),
    )
