"""The data rows of a ledger sheet, written as SpreadsheetML text and spliced into the
workbook when it is saved.

openpyxl builds and serialises an element tree for every cell; at 100,000 rows of 35
columns that was most of an export's time, and styled cells cost more again. The data rows
are the same few styles over and over, so they are written here directly: one ``<row>`` of
``<c>`` elements per record, inline strings, the style ids the workbook registered once,
into a temporary file (memory stays flat). The rest of the sheet (title, merged header,
widths, print setup) stays openpyxl's; :class:`LedgerWorkbook` puts the rows in place of
the end of the sheet's ``<sheetData>`` when it saves.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

#: Text Excel would run as a formula: written as text with a quote prefix.
FORMULA_STARTS = frozenset("=+-@")
#: The longest text a cell holds (Excel's limit; openpyxl truncates the same way).
MAX_TEXT = 32767
PLAIN_TYPES = (int, float, Decimal, bool, dt.date, dt.datetime, dt.time, dt.timedelta)
_FLUSH_ROWS = 500
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
# Where a dimension goes when openpyxl wrote none (write-only): after the sheet properties,
# or first in the worksheet.
_BEFORE_DIMENSION = re.compile(rb"<sheetPr\b(?:[^>]*/>|.*?</sheetPr>)|<worksheet\b[^>]*>", re.S)
_EMPTY_DATA = re.compile(rb"<sheetData\s*/>")

#: A cell style id for (number format or None, quoted text); see :class:`DataRows`.
StyleIds = Callable[[str | None, bool], int]


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class DataRows:
    """Rows of typed, styled cells for one sheet, from row ``first_row`` on.

    Values are written the way the ledger layout wants them: text as text (a formula-like
    start quoted, characters a workbook cannot hold dropped), numbers, dates, times and
    percentages as numbers with the format ``number_format`` gives their type, booleans
    as booleans, ``None`` and ``""`` as an empty bordered cell; anything else as its text.
    """

    def __init__(
        self,
        first_row: int,
        columns: int,
        style_id: StyleIds,
        number_format: Callable[[Any], str | None],
    ) -> None:
        self.first_row = first_row
        self.count = 0
        self._letters = [get_column_letter(i) for i in range(1, columns + 1)]
        self._style_id = style_id
        self._number_format = number_format
        self._plain = style_id(None, False)
        self._quoted = style_id(None, True)
        # Per value type: its style id and the number its <v> holds.
        self._typed: dict[type, tuple[int, Callable[[Any], float]]] = {}
        self._pending: list[str] = []
        # Open until the workbook is saved, or dropped (an export cancelled half-way).
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="dudao-rows-")  # noqa: SIM115
        self.close = weakref.finalize(self, self._file.close)

    @property
    def last_row(self) -> int:
        return self.first_row + self.count - 1

    @property
    def last_column(self) -> str:
        return self._letters[-1]

    def append(self, values: Iterable[Any]) -> None:
        number = self.first_row + self.count
        cells = [f'<row r="{number}">']
        add = cells.append
        for letter, value in zip(self._letters, values, strict=False):
            cls = value.__class__
            if cls is str:
                if value:
                    add(self._text(f"{letter}{number}", value))
                    continue
            elif value is not None:
                add(self._typed_cell(f"{letter}{number}", value, cls))
                continue
            add(f'<c r="{letter}{number}" s="{self._plain}"/>')
        add("</row>")
        self._pending.append("".join(cells))
        self.count += 1
        if len(self._pending) >= _FLUSH_ROWS:
            self._flush()

    def _text(self, ref: str, text: str) -> str:
        if ILLEGAL_CHARACTERS_RE.search(text):
            text = ILLEGAL_CHARACTERS_RE.sub("", text)
            if not text:
                return f'<c r="{ref}" s="{self._plain}"/>'
        text = text[:MAX_TEXT]
        style = self._quoted if text[0] in FORMULA_STARTS else self._plain
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'

    def _typed_cell(self, ref: str, value: Any, cls: type) -> str:
        known = self._typed.get(cls)
        if known is None:
            if not isinstance(value, PLAIN_TYPES):
                return self._text(ref, str(value))
            number = to_excel if isinstance(value, dt.date | dt.time | dt.timedelta) else float
            known = self._typed[cls] = (self._style_id(self._number_format(value), False), number)
        style, number = known
        if cls is bool:
            return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
        amount = number(value)
        if math.isnan(amount) or math.isinf(amount):
            return f'<c r="{ref}" s="{style}"/>'
        return f'<c r="{ref}" s="{style}"><v>{amount:.16g}</v></c>'

    def _flush(self) -> None:
        self._file.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()

    def copy_to(self, out: IO[bytes]) -> None:
        self._flush()
        self._file.seek(0)
        shutil.copyfileobj(self._file, out, 1 << 20)


def _spliced(sheet: bytes, rows: DataRows, name: str) -> tuple[bytes, bytes]:
    """The sheet's XML before and after where the data rows go, its dimension widened to
    them."""
    if rows.count:
        # Readers that trust the dimension (openpyxl's read-only mode) then see every row.
        ref = f'<dimension ref="A1:{rows.last_column}{rows.last_row}"/>'.encode()
        sheet, replaced = _DIMENSION.subn(ref, sheet, count=1)
        if not replaced:
            before = _BEFORE_DIMENSION.search(sheet)
            if before is None:
                raise ValueError(f"{name} is not a worksheet")
            sheet = sheet[: before.end()] + ref + sheet[before.end() :]
    end = sheet.rfind(b"</sheetData>")
    if end >= 0:
        return sheet[:end], sheet[end:]
    empty = _EMPTY_DATA.search(sheet)
    if empty is None:
        raise ValueError(f"{name} has no sheetData to put rows in")
    return sheet[: empty.start()] + b"<sheetData>", b"</sheetData>" + sheet[empty.end() :]


class LedgerWorkbook(Workbook):
    """An openpyxl workbook whose ledger sheets may carry :class:`DataRows`; saving writes
    them into their sheets, so it is saved once (as a write-only openpyxl workbook)."""

    def __init__(self, write_only: bool = False) -> None:
        super().__init__(write_only=write_only)
        self.data_rows: dict[Any, DataRows] = {}
        self._saved = False

    def add_data_rows(
        self,
        ws: Any,
        first_row: int,
        columns: int,
        style_id: StyleIds,
        number_format: Callable[[Any], str | None],
    ) -> DataRows:
        """Rows for ``ws`` from ``first_row`` on; nothing may be appended to ``ws`` after."""
        if ws in self.data_rows:
            raise ValueError(f"sheet {ws.title} already has its data rows")
        rows = self.data_rows[ws] = DataRows(first_row, columns, style_id, number_format)
        return rows

    def save(self, filename: str | os.PathLike | IO[bytes]) -> None:
        if self._saved:
            raise ValueError("a ledger workbook is saved once")
        if not self.data_rows:
            super().save(filename)
            return
        self._saved = True
        with tempfile.TemporaryFile(prefix="dudao-book-") as laid_out:
            super().save(laid_out)  # sets each sheet's part name (ws.path)
            parts = {ws.path.lstrip("/"): rows for ws, rows in self.data_rows.items()}
            laid_out.seek(0)
            with (
                ZipFile(laid_out) as source,
                ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True) as target,
            ):
                for info in source.infolist():
                    data = source.read(info)
                    rows = parts.get(info.filename)
                    if rows is None:
                        target.writestr(info, data)
                        continue
                    head, tail = _spliced(data, rows, info.filename)
                    with target.open(info.filename, "w", force_zip64=True) as part:
                        part.write(head)
                        rows.copy_to(part)
                        part.write(tail)
        for rows in self.data_rows.values():
            rows.close()
