"""Reading ``.xlsx`` files for imports (unit roster, real-name data, old ledgers, pools).

::

    from dudao_desktop.documents.workbook import Field, read_sheet

    FIELDS = [
        Field("uscc", ("统一社会信用代码", "信用代码", "USCC")),
        Field("name", ("单位名称", "名称", "Unit name", "Name")),
        Field("note", ("备注", "Note"), required=False),
    ]
    sheet = read_sheet(path, fields=FIELDS)          # raises DudaoError / ValidationError
    for row_number, record in sheet.records():  # {"uscc": ..., "name": ..., "note": ...}
        ...  # validate; report problems as Finding(..., file=sheet.file, sheet=sheet.sheet,
             #            row=row_number, column=sheet.column_letter("name"))

Safety: openpyxl parses with defusedxml when it is installed (it is a dependency), so XML
entity bombs and external entities are refused; archives that unpack to more than
:data:`MAX_UNPACKED_BYTES` are refused before parsing. Every failure is a
:class:`~dudao_desktop.errors.DudaoError` that names the file and says what to do.

What the reader does for you: it opens the first visible sheet (or ``sheet``) with cached
formula values (``data_only``), finds the header row (the row among the first
:data:`SCAN_ROWS` that matches most field names; without fields, the row with the most
distinct titles, so a title row and merged group titles above a header are skipped), copies
a merged cell's value into every cell of the merged range, skips hidden and empty rows,
strips text and turns empty text into ``None``. Rows keep their Excel row numbers.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding, ValidationError

SCAN_ROWS = 15
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "File {file} does not exist: choose the file again.")
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Errors",
    "File {file} is not an Excel workbook (.xlsx): open it in Excel or WPS, save it as "
    '"Excel Workbook (.xlsx)" and import the saved file.',
)
FORBIDDEN_XML = QT_TRANSLATE_NOOP(
    "Errors",
    "File {file} was refused because it contains XML entity declarations, which a workbook "
    "saved by Excel or WPS never has: open it in Excel or WPS, save it again and import the "
    "saved file.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "File {file} is damaged and cannot be read: save it again in Excel or WPS."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "File {file} unpacks to more than {limit} MB and was refused: split it into smaller files.",
)
NO_SHEET = QT_TRANSLATE_NOOP(
    "Errors", "File {file} has no sheet named {sheet}: rename the sheet or choose another file."
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "File {file}, sheet {sheet}: no header row found in the first {rows} rows."
)
COLUMNS_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "File {file}, sheet {sheet}: the header row {row} lacks required columns."
)
COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "Errors", 'Column "{name}" is missing: add a column headed "{name}" (also accepted: {names}).'
)
COLUMN_TWICE = QT_TRANSLATE_NOOP(
    "Errors", 'Columns {first} and {second} both mean "{name}": keep only one of them.'
)

_IGNORED = re.compile(r"[\s\u3000*＊:：]+")
_WIDE = str.maketrans("（）［］", "()[]")


def normalize_header(text: Any) -> str:
    """Header text for comparison: no spaces, line breaks, ``*`` markers or colons,
    full-width brackets made ASCII, case-folded."""
    if text is None:
        return ""
    return _IGNORED.sub("", str(text)).translate(_WIDE).casefold()


@dataclass(frozen=True)
class Field:
    """A column an import understands: its key and the header names accepted for it
    (Chinese and English variants; the first is the one named in error messages)."""

    key: str
    names: tuple[str, ...]
    required: bool = True


@dataclass
class SheetData:
    """The data rows of one sheet: values per column, with their Excel row numbers."""

    file: str
    sheet: str
    header_row: int
    titles: list[str]
    rows: list[tuple[int, list[Any]]]
    columns: dict[str, int] = field(default_factory=dict)  # field key -> 0-based column

    @property
    def headers(self) -> dict[str, int]:
        """Normalized header text -> 0-based column index (the first such column)."""
        result: dict[str, int] = {}
        for index, title in enumerate(self.titles):
            result.setdefault(normalize_header(title), index)
        return result

    def column_letter(self, key: str) -> str:
        """The Excel column letter of a matched field (for Finding.column)."""
        return get_column_letter(self.columns[key] + 1)

    def records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(Excel row number, {field key: value}) for every data row; unmatched optional
        fields are ``None``."""
        for number, values in self.rows:
            yield (
                number,
                {
                    key: (values[index] if index < len(values) else None)
                    for key, index in self.columns.items()
                },
            )


def match_headers(
    titles: Sequence[Any],
    fields: Sequence[Field],
    *,
    file: str = "",
    sheet: str = "",
    row: int | None = None,
) -> dict[str, int]:
    """Map each field to the column whose title is one of its names (compared with
    :func:`normalize_header`). Missing required fields and fields matched by two columns
    raise one :class:`ValidationError` listing them all. Returns {key: 0-based column}."""
    normalized = [normalize_header(t) for t in titles]
    result: dict[str, int] = {}
    findings: list[Finding] = []
    for item in fields:
        names = {normalize_header(n) for n in item.names}
        hits = [i for i, title in enumerate(normalized) if title and title in names]
        if len(hits) > 1:
            findings.append(
                Finding(
                    COLUMN_TWICE,
                    {
                        "first": get_column_letter(hits[0] + 1),
                        "second": get_column_letter(hits[1] + 1),
                        "name": item.names[0],
                    },
                    file,
                    sheet,
                    row,
                )
            )
        if hits:
            result[item.key] = hits[0]
        elif item.required:
            findings.append(
                Finding(
                    COLUMN_MISSING,
                    {"name": item.names[0], "names": ", ".join(item.names[1:]) or "-"},
                    file,
                    sheet,
                    row,
                )
            )
    if findings:
        raise ValidationError(COLUMNS_MISSING, findings, file=file, sheet=sheet, row=row or 0)
    return result


def _open(path: Path):
    name = path.name
    if not path.is_file():
        raise DudaoError(NOT_FOUND, file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise DudaoError(NOT_XLSX, file=name) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise DudaoError(TOO_LARGE, file=name, limit=MAX_UNPACKED_BYTES // (1024 * 1024))
    try:
        with warnings.catch_warnings():
            # openpyxl warns about extensions it drops (data validation, slicers...).
            warnings.simplefilter("ignore")
            # Our own handle, so it is closed even when openpyxl fails half-way.
            with path.open("rb") as handle:
                return load_workbook(handle, data_only=True)
    except DefusedXmlException as error:
        raise DudaoError(FORBIDDEN_XML, file=name) from error
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as error:
        raise DudaoError(NOT_XLSX, file=name) from error
    except (ParseError, ValueError, TypeError) as error:
        # openpyxl wraps parser errors in a ValueError: look for defusedxml's refusal.
        cause: BaseException | None = error
        while cause is not None:
            if isinstance(cause, DefusedXmlException):
                raise DudaoError(FORBIDDEN_XML, file=name) from error
            cause = cause.__cause__ or cause.__context__
        raise DudaoError(DAMAGED, file=name) from error


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _pick_header(candidates: list[tuple[int, list[Any]]], fields: Sequence[Field] | None):
    names = {normalize_header(n) for f in fields or () for n in f.names}
    best, best_score = None, (0, 0)
    for number, values in candidates:
        titles = {normalize_header(v) for v in values if v is not None} - {""}
        score = (len(titles & names), len(titles))
        if fields and score[0] == 0:
            continue
        if score > best_score:
            best, best_score = (number, values), score
    return best


def read_sheet(
    path: str | Path,
    sheet: str | None = None,
    *,
    fields: Sequence[Field] | None = None,
    header_row: int | None = None,
    scan_rows: int = SCAN_ROWS,
) -> SheetData:
    """Read one sheet for an import (see the module documentation). With ``fields``, the
    columns are matched (:func:`match_headers`) and :meth:`SheetData.records` yields dicts."""
    path = Path(path)
    workbook = _open(path)
    try:
        if sheet is None:
            visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
            ws = (visible or workbook.worksheets)[0]
        elif sheet in workbook.sheetnames:
            ws = workbook[sheet]
        else:
            raise DudaoError(NO_SHEET, file=path.name, sheet=sheet)
        merged: dict[tuple[int, int], Any] = {}
        for cell_range in ws.merged_cells.ranges:
            value = ws.cell(cell_range.min_row, cell_range.min_col).value
            for r in range(cell_range.min_row, cell_range.max_row + 1):
                for c in range(cell_range.min_col, cell_range.max_col + 1):
                    merged[(r, c)] = value
        hidden = {index for index, dim in ws.row_dimensions.items() if dim.hidden}
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number in hidden:
                continue
            cleaned = [_clean(merged.get((number, c), v)) for c, v in enumerate(values, start=1)]
            while cleaned and cleaned[-1] is None:
                cleaned.pop()
            if cleaned:
                rows.append((number, cleaned))
        title = ws.title
    finally:
        workbook.close()

    if header_row is None:
        picked = _pick_header([r for r in rows if r[0] <= scan_rows], fields)
        if picked is None:
            raise DudaoError(NO_HEADER, file=path.name, sheet=title, rows=scan_rows)
        header_row = picked[0]
    titles_row = next((values for number, values in rows if number == header_row), [])
    titles = ["" if v is None else str(v) for v in titles_row]
    data = SheetData(path.name, title, header_row, titles, [r for r in rows if r[0] > header_row])
    if fields:
        data.columns = match_headers(titles, fields, file=path.name, sheet=title, row=header_row)
    return data
