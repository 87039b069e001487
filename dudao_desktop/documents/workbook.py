"""Ledgers in ``.xlsx`` laid out the way office staff lay them out by hand.

Writing::

    from dudao_desktop.documents.workbook import write_ledger

    columns = [
        (None, [("序号", 6, "no")]),                      # no group: spans both header rows
        ("被检查单位", [("单位名称", 30, "unit"), ("主管部门", None, "department")]),
        ("问题", [("问题类别", 12, "category"), ("问题描述", 50, "text")]),
    ]
    write_ledger(path, "2025年度大督导问题台账", "填报单位：某某市委编办    2025年3月1日",
                 columns, rows)

The sheet gets a title row merged across all columns, an optional subtitle row, a one- or
two-level header (merged group titles; a column of a group without a title spans both
header rows), column widths in Excel character units (``None``: fitted to the title and the
first rows, counting a Chinese character as two), frozen panes below the header, the header
rows as print titles, an autofilter over the header, A4 landscape fitted to the page width
and "Page X of Y" in the printed footer.

Rows are sequences or mappings; a column's ``key`` is looked up with ``row[key]`` (a dict
key or a tuple index), or, if callable, called with the row (``operator.attrgetter("name")``
for ORM objects); ``key=None`` takes the column's position in the row. Text that starts
with ``=``, ``+``, ``-`` or ``@`` is written as text (never a formula); characters Excel
cannot store (control characters) are dropped. Files are written atomically.

Large exports use write-only mode (the default): memory stays flat. The data rows do not
go through openpyxl's cells: :mod:`.sheet_rows` writes them as sheet XML with the few data
styles registered once, and the workbook of :func:`new_workbook` splices them in on save.
:func:`ledger_steps` is the same as a progress generator for the GUI (see
:mod:`dudao_desktop.progress`).

Reading for imports is in :mod:`dudao_desktop.documents.sheet_reader` and re-exported here:
:func:`read_sheet`, :class:`Field`, :func:`match_headers`.
"""

from __future__ import annotations

import datetime as dt
import operator
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from ..progress import ProgressGenerator, run_to_end
from .atomic import atomic_output
from .sheet_reader import Field, SheetData, match_headers, normalize_header, read_sheet
from .sheet_rows import LedgerWorkbook

__all__ = [
    "Field",
    "SheetData",
    "add_ledger_sheet",
    "ledger_steps",
    "match_headers",
    "new_workbook",
    "Percent",
    "normalize_header",
    "number_format",
    "print_setup",
    "read_sheet",
    "save_workbook",
    "text_width",
    "write_ledger",
]

PRINT_FOOTER = QT_TRANSLATE_NOOP("Documents", "Page &P of &N")
#: Sum of column widths (Excel character units) above which a sheet prints landscape.
LANDSCAPE_WIDTH = 110
EXPORT_PROGRESS = QT_TRANSLATE_NOOP("Documents", "Exporting rows")

#: A column: (title, width in Excel character units or None to fit, key).
ColumnSpec = tuple[str, float | None, Any]
#: A header group: (group title or None, columns).
GroupSpec = tuple[str | None, Sequence[ColumnSpec]]

HEADER_FONT_NAME = "宋体"
WIDTH_SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
PAPERSIZE_A4 = "9"

_thin = Side(style="thin", color="000000")
_BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_CENTER_WRAP = Alignment(horizontal="center", vertical="center", wrap_text=True)


class Percent(float):
    """A share written as a percentage cell: ``Percent(0.125)`` shows 12.5%."""


#: Number formats by value type (checked in order: Percent before float, datetime before
#: date, bool before int).
NUMBER_FORMATS: tuple[tuple[type, str], ...] = (
    (Percent, "0.0%"),
    (bool, "General"),
    (dt.datetime, "yyyy-mm-dd hh:mm"),
    (dt.date, "yyyy-mm-dd"),
    (dt.time, "h:mm:ss"),
    (dt.timedelta, "[hh]:mm:ss"),
    (int, "0"),
    (float, "0.00"),
    (Decimal, "0.00"),
)
_DATA_WRAP = Alignment(vertical="center", wrap_text=True)
_DATA_FONT = Font(name=HEADER_FONT_NAME, size=11)


def number_format(value: Any) -> str | None:
    for kind, fmt in NUMBER_FORMATS:
        if isinstance(value, kind):
            return fmt
    return None


def text_width(value: Any) -> float:
    """Display width in Excel character units: East Asian wide characters count as two."""
    text = "" if value is None else str(value)
    longest = 0
    for line in text.splitlines() or [""]:
        longest = max(
            longest, sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        )
    return longest


def _getter(key: Any, position: int) -> Callable[[Any], Any]:
    if key is None:
        return operator.itemgetter(position)
    if callable(key):
        return key
    return operator.itemgetter(key)


class _DataStyles:
    """The few styles of a sheet's data cells (bordered, wrapped, a number format per type,
    formula-like text quoted), each registered with the workbook once: the data rows refer
    to them by id."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.known: dict[tuple[str | None, bool], int] = {}

    def style_id(self, fmt: str | None, quoted: bool) -> int:
        key = (fmt, quoted)
        if key not in self.known:
            cell = WriteOnlyCell(self.ws)
            if quoted:
                cell.quotePrefix = True
            if fmt:
                cell.number_format = fmt
            cell.border = _BORDER
            cell.alignment = _DATA_WRAP
            cell.font = _DATA_FONT
            self.known[key] = cell.style_id
        return self.known[key]


def _styled(ws: Any, value: Any, font: Font, *, header: bool) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    cell.alignment = _CENTER_WRAP
    if header:
        cell.border = _BORDER
        cell.fill = _HEADER_FILL
    return cell


def new_workbook(write_only: bool = True) -> LedgerWorkbook:
    """An empty workbook (write-only by default) to fill with :func:`add_ledger_sheet`."""
    workbook = LedgerWorkbook(write_only=write_only)
    if not write_only:
        workbook.remove(workbook.active)
    return workbook


def _header_rows(groups: Sequence[GroupSpec]) -> tuple[list[list], list[str]]:
    """Header cell values per header row and the merged ranges (relative row numbers)."""
    two_levels = any(title for title, _ in groups)
    top: list[Any] = []
    bottom: list[Any] = []
    merges: list[tuple[int, int, int, int]] = []  # (row1, col1, row2, col2), 0-based rows
    col = 1
    for group_title, columns in groups:
        count = len(columns)
        if not two_levels:
            top += [c[0] for c in columns]
        elif group_title:
            top += [group_title] + [None] * (count - 1)
            bottom += [c[0] for c in columns]
            if count > 1:
                merges.append((0, col, 0, col + count - 1))
        else:
            top += [c[0] for c in columns]
            bottom += [None] * count
            merges += [(0, c, 1, c) for c in range(col, col + count)]
        col += count
    return ([top, bottom] if two_levels else [top]), merges


def ledger_steps(
    workbook: LedgerWorkbook,
    title: str,
    subtitle: str | None,
    columns: Sequence[GroupSpec],
    rows: Iterable[Any],
    *,
    sheet_name: str | None = None,
    freeze_columns: int = 0,
    total: int = 0,
    every: int = 2000,
) -> ProgressGenerator[int]:
    """Add one ledger sheet to ``workbook``, yielding progress every ``every`` rows; returns
    the number of data rows. ``total`` (if known) is reported as the progress total."""
    flat = [c for _, group in columns for c in group]
    if not flat:
        raise ValueError("a ledger needs at least one column")
    getters = [_getter(c[2], i) for i, c in enumerate(flat)]
    positional = all(c[2] is None for c in flat)
    ncols = len(flat)
    last = get_column_letter(ncols)

    # Fit widths on a sample of the first rows (the iterator is re-chained afterwards).
    iterator: Iterator[Any] = iter(rows)
    sample = list(islice(iterator, WIDTH_SAMPLE_ROWS))
    iterator = chain(sample, iterator)

    ws = workbook.create_sheet(title=_sheet_title(sheet_name or title))
    for index, (column_title, width, _) in enumerate(flat):
        if width is None:
            widest = max(
                [text_width(column_title)] + [text_width(getters[index](r)) for r in sample]
            )
            width = min(max(widest + 2, MIN_WIDTH), MAX_WIDTH)
        ws.column_dimensions[get_column_letter(index + 1)].width = width

    header_values, merges = _header_rows(columns)
    first_header = 3 if subtitle else 2
    last_header = first_header + len(header_values) - 1
    first_data = last_header + 1
    ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{first_data}"
    # Written with the sheet's head at the first append: set before any row.
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

    title_font = Font(name=HEADER_FONT_NAME, size=16, bold=True)
    header_font = Font(name=HEADER_FONT_NAME, size=11, bold=True)
    ws.row_dimensions[1].height = 32
    ws.append([_styled(ws, title, title_font, header=False)])
    ws.merged_cells.add(f"A1:{last}1")
    if subtitle:
        cell = _styled(ws, subtitle, Font(name=HEADER_FONT_NAME, size=11), header=False)
        cell.alignment = Alignment(horizontal="left", vertical="center")
        ws.append([cell])
        ws.merged_cells.add(f"A2:{last}2")
    for values in header_values:
        ws.append([_styled(ws, v, header_font, header=True) for v in values])
    for row1, col1, row2, col2 in merges:
        ws.merged_cells.add(
            f"{get_column_letter(col1)}{first_header + row1}:"
            f"{get_column_letter(col2)}{first_header + row2}"
        )

    data = workbook.add_data_rows(ws, first_data, ncols, _DataStyles(ws).style_id, number_format)
    append = data.append
    count = 0
    try:
        for row in iterator:
            append(row if positional else [get(row) for get in getters])
            count += 1
            if count % every == 0:
                yield count, total, i18n.translate("Documents", EXPORT_PROGRESS)
    except BaseException:  # cancelled (GeneratorExit) or failed: the rows go nowhere
        data.close()
        raise

    ws.auto_filter.ref = f"A{last_header}:{last}{last_header + count}"
    widths = [ws.column_dimensions[get_column_letter(i + 1)].width for i in range(ncols)]
    print_setup(
        ws,
        title,
        area=f"A1:{last}{last_header + count}",
        title_rows=f"{first_header}:{last_header}",
        landscape=sum(widths) > LANDSCAPE_WIDTH,
    )
    return count


def print_setup(
    ws: Any, title: str, *, area: str, title_rows: str | None = None, landscape: bool = False
) -> None:
    """How a sheet prints: A4, fitted to the page width, the print area and the header rows
    repeated on every page, margins, the title in the page header and "第 1 页 共 N 页" in the
    footer (Chinese whatever the UI language, as everything printed)."""
    ws.print_area = area
    if title_rows:
        ws.print_title_rows = title_rows
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.center.text = i18n.document_text("Documents", PRINT_FOOTER)


def _sheet_title(text: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in text).strip("'")
    return cleaned[:31] or "Sheet"


def add_ledger_sheet(
    workbook: LedgerWorkbook,
    title: str,
    subtitle: str | None,
    columns: Sequence[GroupSpec],
    rows: Iterable[Any],
    **options: Any,
) -> int:
    """Add one ledger sheet (see :func:`ledger_steps` for options); returns the row count."""
    return run_to_end(ledger_steps(workbook, title, subtitle, columns, rows, **options))


MISSING_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Folder {folder} does not exist: choose an existing folder for the file."
)


def save_workbook(workbook: Workbook, path: str | os.PathLike) -> Path:
    """Save atomically: a temporary file next to ``path``, fsynced, renamed over it."""
    target = Path(path)
    with atomic_output(target, MISSING_FOLDER) as handle:
        workbook.save(handle)
    return target


def write_ledger(
    path: str | os.PathLike,
    title: str,
    subtitle: str | None,
    columns: Sequence[GroupSpec],
    rows: Iterable[Any],
    *,
    write_only: bool = True,
    **options: Any,
) -> int:
    """Write a one-sheet ledger workbook to ``path``; returns the number of data rows."""
    workbook = new_workbook(write_only)
    count = add_ledger_sheet(workbook, title, subtitle, columns, rows, **options)
    save_workbook(workbook, path)
    return count
