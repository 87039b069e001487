"""Reading workbooks that people filled by hand, safely.

openpyxl parses through defusedxml (installed), so an XML bomb raises instead of eating
memory; every such failure becomes a :class:`DudaoError` that names the file. Merged cells
are filled from their top-left cell, formulas give their cached values (a formula Excel never
calculated is reported), hidden rows are kept but listed, empty rows are skipped.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding

FORMULA_WITHOUT_VALUE = QT_TRANSLATE_NOOP(
    "Errors",
    "The formula in this cell has no calculated value: open the file in Excel or WPS, save it "
    "and import it again, or type the value.",
)


# A workbook larger than this is refused before it is loaded (cells, and bytes of sheet XML),
# so a sheet of millions of cells costs a glance at the file, not gigabytes of memory.
MAX_CELLS = 3_000_000
MAX_SHEET_XML = 400 * 1024 * 1024
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def _cells_claimed(head: bytes) -> int:
    match = _DIMENSION.search(head)
    if match is None or match[3] is None:
        return 0
    width = column_index_from_string(match[3].decode()) - column_index_from_string(
        match[1].decode()
    )
    return (width + 1) * (int(match[4]) - int(match[2]) + 1)


def check_workbook_size(path: Path) -> None:
    """Refuse a workbook with too many cells, reading only the zip directory and the start
    of each sheet (its declared dimension)."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = [i for i in archive.infolist() if i.filename.startswith("xl/worksheets/")]
            cells = 0
            for info in sheets:
                with archive.open(info) as handle:
                    cells += _cells_claimed(handle.read(4096))
            xml = sum(i.file_size for i in sheets)
    except (zipfile.BadZipFile, OSError, KeyError):
        return  # load_workbook says what is wrong with the file
    if cells > MAX_CELLS or xml > MAX_SHEET_XML:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} is too large to import: its sheets hold about {cells} cells "
                "({size} MB of sheet data; at most {limit} cells are read). Delete unused rows "
                "and columns (or copy the table into a new workbook) and import that.",
            ),
            file=path.name,
            cells=f"{cells:,}",
            size=xml // (1024 * 1024),
            limit=f"{MAX_CELLS:,}",
        )


def open_workbook(path: Path, *, data_only: bool = True) -> Workbook:
    """Load ``path`` or raise a :class:`DudaoError` a clerk understands."""
    path = Path(path)
    if not path.is_file():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "File {file} does not exist."), file=str(path))
    check_workbook_size(path)
    try:
        return load_workbook(path, data_only=data_only)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} is not an Excel workbook (.xlsx) that can be read: {reason}. Save "
                "it as .xlsx and try again.",
            ),
            file=path.name,
            reason=str(error) or type(error).__name__,
        ) from error
    except ValueError as error:
        # defusedxml raises EntitiesForbidden / DTDForbidden (ValueError subclasses).
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} was refused: it contains XML that is not allowed in a workbook "
                "({reason}). Save a clean copy from Excel or WPS and import that.",
            ),
            file=path.name,
            reason=type(error).__name__,
        ) from error


@dataclass
class SheetRow:
    sheet: str
    row: int  # 1-based, as Excel shows it
    values: list[Any]
    hidden: bool = False
    formula_columns: list[int] = field(default_factory=list)  # 0-based, no cached value


def column_letter(index: int) -> str:
    """Excel column letter of a 0-based column index."""
    return get_column_letter(index + 1)


def merged_values(ws) -> dict[tuple[int, int], Any]:
    """(row, column) -> value of the merged range's top-left cell, for every covered cell."""
    filled: dict[tuple[int, int], Any] = {}
    for merged in ws.merged_cells.ranges:
        value = ws.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                filled[(r, c)] = value
    return filled


def iter_rows(ws, formulas_ws=None) -> Iterator[SheetRow]:
    """The sheet's non-empty rows with merged cells filled in."""
    merged = merged_values(ws)
    width = ws.max_column
    for r, cells in enumerate(ws.iter_rows(min_row=1, max_col=width, values_only=True), 1):
        values = list(cells)
        for c in range(width):
            if (r, c + 1) in merged:
                values[c] = merged[(r, c + 1)]
            if isinstance(values[c], str):
                values[c] = values[c].strip()
        if all(v is None or v == "" for v in values):
            continue
        missing = []
        if formulas_ws is not None:
            for c, v in enumerate(values):
                if v is None:
                    raw = formulas_ws.cell(r, c + 1).value
                    if isinstance(raw, str) and raw.startswith("="):
                        missing.append(c)
        hidden = bool(ws.row_dimensions[r].hidden) if r in ws.row_dimensions else False
        yield SheetRow(ws.title, r, values, hidden, missing)


def formula_findings(row: SheetRow, file: str, header: dict[int, str]) -> list[Finding]:
    return [
        Finding(
            FORMULA_WITHOUT_VALUE,
            {},
            file,
            row.sheet,
            row.row,
            f"{column_letter(c)} ({header.get(c, '')})".replace(" ()", ""),
        )
        for c in row.formula_columns
    ]
