"""Print the list shown in a tab: every row of its query, as a table on A4 pages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractItemModel, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from .table_model import QueryTableModel


def table_html(model: QAbstractItemModel, title: str) -> str:
    """The whole list as HTML (all rows, fetching any not yet loaded)."""
    if isinstance(model, QueryTableModel):
        model.fetch_all()
    columns = range(model.columnCount())
    head = "".join(
        f"<th>{escape(str(model.headerData(c, Qt.Orientation.Horizontal) or ''))}</th>"
        for c in columns
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape(str(model.index(r, c).data() or ''))}</td>" for c in columns)
        + "</tr>"
        for r in range(model.rowCount())
    )
    return (
        f"<h3>{escape(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def print_table(parent: QWidget | None, model: QAbstractItemModel, title: str) -> None:
    document = QTextDocument(parent)
    document.setHtml(table_html(model, title))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(title)
    preview.paintRequested.connect(document.print_)
    preview.open()
