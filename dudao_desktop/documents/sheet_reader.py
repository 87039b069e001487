"""The one reader of ``.xlsx`` files for every import (roster, real-name export, pools,
ledgers, checklists, questionnaires, self-assessments), for workbooks as offices lay them out.

::

    from dudao_desktop.documents.sheet_reader import Field, read_sheet

    FIELDS = [
        Field("uscc", ("统一社会信用代码", "信用代码", "USCC")),
        Field("approved_admin", ("核定编制/行政编制", "核定行政编制")),  # a two-level header
        Field("note", ("备注", "Note"), required=False),
    ]
    sheet = read_sheet(path, fields=FIELDS)      # raises DudaoError / ValidationError
    for row_number, record in sheet.records():   # {"uscc": ..., "approved_admin": ..., ...}
        ...  # report problems as Finding(..., file=sheet.file, sheet=sheet.sheet,
             #            row=row_number, column=sheet.column_label("uscc"))

What the reader does for you:

* Safety: openpyxl parses with defusedxml, so XML entity bombs and external entities are
  refused; archives that unpack to more than :data:`MAX_UNPACKED_BYTES`, and sheets with more
  than :data:`MAX_CELLS` cells (counted in read-only mode before the sheet is read), are
  refused. Every failure is a :class:`~dudao_desktop.errors.DudaoError` naming the file.
* Memory: sheets are streamed in read-only mode, each once (and once more for its formulas
  when it has any); only the values are kept, so a 42,000-row roster stays small.
* Layout: title rows and 填报单位/填报日期 lines above the header are skipped; the header may
  be one row or several with merged group titles, and a column's title is its **path**
  (``核定编制/行政编制``); header words are compared through the synonym list
  (``resources/rules/header_synonyms.json``), so 编制数/行政 matches 核定编制/行政编制. Total
  and subtotal rows (合计, 小计, 总计, 其中…) and note rows (注：…, 填表人：…) below or between the
  data are skipped and listed in :attr:`SheetData.skipped`; blank separator rows are skipped.
* Hidden rows are read like the others and listed (:attr:`SheetData.hidden_rows`), the same
  for every import; a hidden column is used only when no visible column has that title.
* Formulas: the values Excel or WPS cached are used; a workbook saved by a program that
  caches nothing gets simple formulas (``SUM`` of ranges, ``+``/``-`` of cells and numbers)
  computed; any other formula without a value is named in :attr:`SheetRow.uncalculated`.
* When a required column cannot be matched, :class:`MappingNeeded` lists the columns so the
  user can map them once (a dialog, or ``--map`` on the command line); the mapping is keyed
  by the layout's :attr:`SheetData.signature`, so the caller can remember it.
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.worksheet.cell_range import CellRange

from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding, ValidationError
from ..paths import resource

SCAN_ROWS = 20
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_CELLS = 5_000_000

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
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Errors",
    "File {file}, sheet {sheet} has more than {limit} filled cells and was refused: split it "
    "into smaller files.",
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
    "Errors",
    'Column "{name}" is missing: add a column headed "{name}" (also accepted: {names}), or map '
    "one of the columns to it.",
)
COLUMN_TWICE = QT_TRANSLATE_NOOP(
    "Errors", 'Columns {first} and {second} both mean "{name}": keep only one of them.'
)
MAPPED_COLUMN_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors",
    'The column mapping names "{column}", which is not a column of this sheet: use a column '
    "letter or a column title as shown.",
)
FORMULA_WITHOUT_VALUE = QT_TRANSLATE_NOOP(
    "Errors",
    "The formula in this cell has no calculated value: open the file in Excel or WPS, save it "
    "and import it again, or type the value.",
)

_IGNORED = re.compile(r"[\s\u3000*＊:：]+")
_WIDE = str.maketrans("（）［］", "()[]")
# A unit or remark in brackets after a header word: dropped. Other bracketed words qualify
# the word before them: 编制数（行政） reads as 编制数/行政.
_BRACKETED = re.compile(r"\((人|名|个|户|人数|个数|全称|简称|盖章|必填|选填|单位[:：]?(人|个))\)")
_QUALIFIED = re.compile(r"^(.+?)\((.+)\)$")
_TOTAL = re.compile(r"^(合计|小计|总计|共计|全[县市区镇]合计|其中|total|subtotal|sum)", re.I)
_NOTE = re.compile(
    r"^(注|附注|备注|说明|填表说明|填表人|制表人|审核人|复核人|填报人|联系人|联系电话|单位负责人|"
    r"分管领导|note)\s*\d*\s*[:：、．.]",
    re.I,
)
_HEADING = re.compile(
    r"^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[部类组])"
)
_PREAMBLE = re.compile(r"(填报|制表|报送|统计)(单位|日期|时间|机关)|单位[(（]?盖章|[:：]\s*\S")


def normalize_header(text: Any) -> str:
    """Header text for comparison: no spaces, line breaks, ``*`` markers or colons,
    full-width brackets made ASCII, case-folded."""
    if text is None:
        return ""
    return _IGNORED.sub("", str(text)).translate(_WIDE).casefold()


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Normalized header word -> its canonical word, from the synonym list."""
    path = resource("rules", "header_synonyms.json")
    groups = json.loads(Path(path).read_text(encoding="utf-8"))["synonyms"]
    table: dict[str, str] = {}
    for canonical, words in groups.items():
        for word in (canonical, *words):
            table[normalize_header(word)] = normalize_header(canonical)
    return table


def canonical_part(text: Any) -> str:
    """One header word in canonical form: normalized, a unit suffix like (人) or (个) dropped,
    and replaced by its synonym list entry."""
    word = normalize_header(text)
    table = _synonyms()
    if word in table:
        return table[word]
    bare = _BRACKETED.sub("", word)
    return table.get(bare, bare)


def canonical_path(path: str) -> str:
    """A column path in canonical words; 编制数（行政） counts as 编制数/行政."""
    parts: list[str] = []
    for part in str(path).split("/"):
        word = _BRACKETED.sub("", normalize_header(part))
        qualified = _QUALIFIED.match(word)
        words = qualified.groups() if qualified else (word,)
        parts += [canonical_part(w) for w in words if w]
    return "/".join(parts)


@dataclass(frozen=True)
class Field:
    """A column an import understands: its key and the header names accepted for it
    (Chinese and English variants; a name may be a path like ``核定编制/行政编制``; the first
    is the one named in error messages)."""

    key: str
    names: tuple[str, ...]
    required: bool = True


@dataclass(slots=True)
class SheetRow:
    number: int  # the Excel row number
    values: list[Any]
    hidden: bool = False
    uncalculated: list[int] = field(default_factory=list)  # 0-based, formula without a value


@dataclass
class SkippedRow:
    number: int
    reason: str  # "total", "note" or "heading"
    text: str


@dataclass
class SheetData:
    """The data rows of one sheet, with their Excel row numbers, and what was skipped."""

    file: str
    sheet: str
    header_row: int  # the last header row
    titles: list[str]  # column paths ("核定编制/行政编制")
    rows: list[SheetRow]
    columns: dict[str, int] = field(default_factory=dict)  # field key -> 0-based column
    first_header_row: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    hidden_columns: set[int] = field(default_factory=set)
    preamble: list[str] = field(default_factory=list)  # title and 填报 lines

    @property
    def headers(self) -> dict[str, int]:
        """Normalized header path -> 0-based column index (the first such column)."""
        result: dict[str, int] = {}
        for index, title in enumerate(self.titles):
            result.setdefault(normalize_header(title), index)
        return result

    @property
    def hidden_rows(self) -> list[int]:
        return [r.number for r in self.rows if r.hidden]

    @property
    def signature(self) -> str:
        """The layout's fingerprint: the same column titles in the same order."""
        text = "|".join(canonical_path(t) for t in self.titles)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def column_letter(self, key: str) -> str:
        """The Excel column letter of a matched field (for Finding.column)."""
        return get_column_letter(self.columns[key] + 1)

    def column_label(self, key: str, fallback: str = "") -> str:
        """ "D (核定编制/行政编制)" for a matched field, ``fallback`` for an unmatched one."""
        if key not in self.columns:
            return fallback
        index = self.columns[key]
        title = self.titles[index] if index < len(self.titles) else ""
        return f"{get_column_letter(index + 1)} ({title})" if title else self.column_letter(key)

    def value(self, row: SheetRow, key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index >= len(row.values):
            return None
        return row.values[index]

    def records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(Excel row number, {field key: value}) for every data row; unmatched optional
        fields are ``None``."""
        for row in self.rows:
            yield row.number, {key: self.value(row, key) for key in self.columns}

    def uncalculated_findings(self, keys: Sequence[str] | None = None) -> list[Finding]:
        """A finding for every formula without a value in a matched column (or in ``keys``)."""
        wanted = {self.columns[k] for k in (keys or self.columns) if k in self.columns}
        return [
            Finding(
                FORMULA_WITHOUT_VALUE,
                {},
                self.file,
                self.sheet,
                row.number,
                f"{get_column_letter(c + 1)} ({self.titles[c]})"
                if c < len(self.titles) and self.titles[c]
                else get_column_letter(c + 1),
            )
            for row in self.rows
            for c in row.uncalculated
            if c in wanted
        ]


class MappingNeeded(ValidationError):
    """Required columns could not be matched: the user maps them once (GUI dialog, ``--map``).

    ``sheet`` has the columns (``sheet.titles``) and the first rows for a preview;
    ``fields`` are all the fields, ``matched`` what was matched automatically."""

    def __init__(
        self,
        findings: list[Finding],
        sheet: SheetData,
        fields: Sequence[Field],
        matched: dict[str, int],
    ):
        super().__init__(
            COLUMNS_MISSING, findings, file=sheet.file, sheet=sheet.sheet, row=sheet.header_row
        )
        self.data = sheet
        self.fields = list(fields)
        self.matched = dict(matched)


def _names_match(name: str, path: str) -> bool:
    """Whether a field name matches a column path: the whole path, or (for a one-word name)
    the path's last word, compared in canonical form."""
    wanted = canonical_path(name)
    column = canonical_path(path)
    if not wanted or not column:
        return False
    return wanted == column or ("/" not in wanted and column.rsplit("/", 1)[-1] == wanted)


def match_headers(
    titles: Sequence[Any],
    fields: Sequence[Field],
    *,
    file: str = "",
    sheet: str = "",
    row: int | None = None,
    hidden: set[int] | frozenset[int] = frozenset(),
    mapping: dict[str, str] | None = None,
) -> dict[str, int]:
    """{field key: 0-based column} (see :func:`match_columns`); missing required fields and
    fields matched by two columns raise one :class:`ValidationError` listing them all."""
    result, findings = match_columns(
        titles, fields, file=file, sheet=sheet, row=row, hidden=hidden, mapping=mapping
    )
    if findings:
        raise ValidationError(COLUMNS_MISSING, findings, file=file, sheet=sheet, row=row or 0)
    return result


def match_columns(
    titles: Sequence[Any],
    fields: Sequence[Field],
    *,
    file: str = "",
    sheet: str = "",
    row: int | None = None,
    hidden: set[int] | frozenset[int] = frozenset(),
    mapping: dict[str, str] | None = None,
) -> tuple[dict[str, int], list[Finding]]:
    """Map each field to a column: the ``mapping`` (column letter or title -> field key)
    first, then the column whose whole path is one of the field's names, then a column whose
    last header word is (when only one column has it). Visible columns win over hidden ones.
    Returns ({key: 0-based column}, findings)."""
    paths = ["" if t is None else str(t) for t in titles]
    result: dict[str, int] = {}
    findings: list[Finding] = []
    used: set[int] = set()
    for column, key in (mapping or {}).items():
        index = _mapped_column(column, paths)
        if index is None:
            findings.append(Finding(MAPPED_COLUMN_UNKNOWN, {"column": column}, file, sheet, row))
        else:
            used.add(index)
            if key:  # an empty key ignores the column
                result[key] = index
    order = sorted(range(len(paths)), key=lambda i: (i in hidden, i))
    for item in fields:
        if item.key in result:
            continue
        exact = [
            i
            for i in order
            if i not in used
            and any(canonical_path(n) == canonical_path(paths[i]) for n in item.names)
        ]
        hits = exact or [
            i for i in order if i not in used and any(_names_match(n, paths[i]) for n in item.names)
        ]
        visible = [i for i in hits if i not in hidden]
        if len(visible) > 1:
            findings.append(
                Finding(
                    COLUMN_TWICE,
                    {
                        "first": get_column_letter(visible[0] + 1),
                        "second": get_column_letter(visible[1] + 1),
                        "name": item.names[0],
                    },
                    file,
                    sheet,
                    row,
                )
            )
        if hits:
            result[item.key] = hits[0]
            used.add(hits[0])
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
    return result, findings


def _mapped_column(column: str, paths: list[str]) -> int | None:
    text = column.strip()
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        index = column_index_from_string(text.upper()) - 1
        return index if index < max(len(paths), 1) or not paths else None
    wanted = canonical_path(text)
    for index, path in enumerate(paths):
        if canonical_path(path) == wanted:
            return index
    return None


# -- opening ----------------------------------------------------------------------------------


def _check_archive(path: Path) -> bool:
    """Refuse what is not a workbook or unpacks too large; whether any sheet has formulas."""
    name = path.name
    if not path.is_file():
        raise DudaoError(NOT_FOUND, file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(info.file_size for info in members)
            if unpacked > MAX_UNPACKED_BYTES:
                raise DudaoError(TOO_LARGE, file=name, limit=MAX_UNPACKED_BYTES // (1024 * 1024))
            return any(
                _has_formula(archive, info.filename)
                for info in members
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
            )
    except (zipfile.BadZipFile, OSError) as error:
        raise DudaoError(NOT_XLSX, file=name) from error


def _has_formula(archive: zipfile.ZipFile, member: str) -> bool:
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                return True
            tail = chunk[-3:]
    return False


@contextmanager
def _reading(name: str) -> Iterator[None]:
    """Turn what openpyxl raises on a bad file into a :class:`DudaoError` naming ``name``."""
    try:
        with warnings.catch_warnings():
            # openpyxl warns about extensions it drops (data validation, slicers...).
            warnings.simplefilter("ignore")
            yield
    except DefusedXmlException as error:
        raise DudaoError(FORBIDDEN_XML, file=name) from error
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise DudaoError(NOT_XLSX, file=name) from error
    except (ParseError, ValueError, TypeError) as error:
        # openpyxl wraps parser errors in a ValueError: look for defusedxml's refusal.
        cause: BaseException | None = error
        while cause is not None:
            if isinstance(cause, DefusedXmlException):
                raise DudaoError(FORBIDDEN_XML, file=name) from error
            cause = cause.__cause__ or cause.__context__
        raise DudaoError(DAMAGED, file=name) from error


def open_workbook(path: str | Path, *, data_only: bool = True, read_only: bool = False) -> Workbook:
    """Load ``path`` safely or raise a :class:`DudaoError` a clerk understands."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise DudaoError(NOT_FOUND, file=name)
    with _reading(name):
        if read_only:
            return load_workbook(path, data_only=data_only, read_only=True)
        # Our own handle, so it is closed even when openpyxl fails half-way.
        with path.open("rb") as handle:
            return load_workbook(handle, data_only=data_only)
    raise AssertionError("unreachable")  # pragma: no cover  (_reading re-raises)


def _check_cells(path: Path, limit: int) -> None:
    """Count the filled cells of every sheet in read-only mode (streaming, flat memory) and
    refuse a sheet over ``limit`` before anything is loaded whole."""
    workbook = open_workbook(path, read_only=True)
    try:
        for ws in workbook.worksheets:
            declared = (ws.max_row or 0) * (ws.max_column or 0)
            if declared and declared <= limit:
                continue  # the declared size is small enough (no dimension: count them)
            count = 0
            for row in ws.iter_rows(values_only=True):
                count += sum(1 for v in row if v is not None)
                if count > limit:
                    raise DudaoError(TOO_MANY_CELLS, file=path.name, sheet=ws.title, limit=limit)
    finally:
        workbook.close()


@dataclass
class _SheetScan:
    """One sheet read once, streamed: its rows and the layout read-only mode does not keep."""

    rows: list[SheetRow]
    merged: list[CellRange]
    hidden_columns: set[int]


class ImportWorkbook:
    """A workbook opened for an import, in read-only mode: each sheet is streamed once (its
    cached values, and its formulas where there are any), so memory stays near the size of
    the values whatever the size of the file."""

    def __init__(self, path: str | Path, *, max_cells: int = MAX_CELLS):
        self.path = Path(path)
        self.has_formulas = _check_archive(self.path)
        _check_cells(self.path, max_cells)
        self.values = open_workbook(self.path, read_only=True)
        self._scans: dict[str, _SheetScan] = {}

    @property
    def file(self) -> str:
        return self.path.name

    def visible_sheets(self) -> list:
        return [ws for ws in self.values.worksheets if ws.sheet_state == "visible"]

    def sheet(self, name: str | None = None):
        if name is None:
            return (self.visible_sheets() or self.values.worksheets)[0]
        if name in self.values.sheetnames:
            return self.values[name]
        raise DudaoError(NO_SHEET, file=self.file, sheet=name)

    def rows(self, ws) -> list[SheetRow]:
        """The sheet's non-empty rows, merged cells filled, text stripped (see module doc)."""
        return self._scan(ws).rows

    def merged(self, ws) -> list[CellRange]:
        return self._scan(ws).merged

    def hidden_columns(self, ws) -> set[int]:
        """0-based indexes of the hidden columns."""
        return self._scan(ws).hidden_columns

    def _scan(self, ws) -> _SheetScan:
        if ws.title not in self._scans:
            with _reading(self.file):
                self._scans[ws.title] = self._read(ws)
        return self._scans[ws.title]

    def _parser(self, ws, source: Any, *, data_only: bool) -> WorkSheetParser:
        # openpyxl's own sheet parser, as its read-only worksheets use it, so that the merged
        # ranges and the row and column dimensions it meets on the way are kept too.
        book = ws.parent
        return WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )

    def _read(self, ws) -> _SheetScan:
        grid: dict[int, list[Any]] = {}
        with ws._get_source() as source:
            parser = self._parser(ws, source, data_only=True)
            for number, cells in parser.parse():
                if cells:
                    values = [None] * max(cell["column"] for cell in cells)
                    for cell in cells:
                        values[cell["column"] - 1] = cell["value"]
                    grid[number] = values
        merged = (
            [CellRange(m.ref) for m in parser.merged_cells.mergeCell] if parser.merged_cells else []
        )
        for cells in merged:
            top = grid.get(cells.min_row, [])
            value = top[cells.min_col - 1] if cells.min_col <= len(top) else None
            for number in range(cells.min_row, cells.max_row + 1):
                values = grid.setdefault(number, [])
                if len(values) < cells.max_col:
                    values.extend([None] * (cells.max_col - len(values)))
                values[cells.min_col - 1 : cells.max_col] = [value] * cells.size["columns"]
        hidden_rows = {
            int(number)
            for number, attrs in parser.row_dimensions.items()
            if attrs.get("hidden") in _TRUE
        }
        hidden_columns: set[int] = set()
        for attrs in parser.column_dimensions.values():
            if attrs.get("hidden") in _TRUE and attrs.get("min") and attrs.get("max"):
                hidden_columns.update(range(int(attrs["min"]) - 1, int(attrs["max"])))
        formulas = self._formulas(ws) if self.has_formulas else None
        rows = list(_rows(grid, hidden_rows, formulas))
        return _SheetScan(rows, merged, hidden_columns)

    def _formulas(self, ws) -> dict[tuple[int, int], str]:
        """(row, 0-based column) -> formula text without "=", for every formula cell."""
        found: dict[tuple[int, int], str] = {}
        with ws._get_source() as source:
            for _number, cells in self._parser(ws, source, data_only=False).parse():
                for cell in cells:
                    raw = cell["value"]
                    if isinstance(raw, str) and raw.startswith("="):
                        found[(cell["row"], cell["column"] - 1)] = raw[1:].replace(" ", "")
        return found

    def release(self, name: str) -> None:
        """Let go of a sheet's rows once the caller holds what it made of them (a large
        workbook's sheets then never stay in memory side by side)."""
        self._scans.pop(name, None)

    def close(self) -> None:
        self.values.close()
        self._scans.clear()

    def __enter__(self) -> ImportWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- rows -------------------------------------------------------------------------------------

_TRUE = ("1", "true", "True")


def column_letter(index: int) -> str:
    """Excel column letter of a 0-based column index."""
    return get_column_letter(index + 1)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _rows(
    grid: dict[int, list[Any]], hidden: set[int], formulas: dict[tuple[int, int], str] | None
) -> Iterator[SheetRow]:
    """The sheet's non-empty rows in order, text stripped. Hidden rows are kept and flagged;
    formulas without a cached value are computed when simple (see module doc)."""
    for number in grid:
        grid[number] = [_clean(v) for v in grid[number]]
    evaluator = _Evaluator(grid, formulas) if formulas else None
    for number in sorted(grid):
        values = grid[number]
        uncalculated: list[int] = []
        if evaluator is not None:
            for c, value in enumerate(values):
                if value is None and evaluator.is_formula(number, c):
                    computed = evaluator.value(number, c)
                    if computed is None:
                        uncalculated.append(c)
                    else:
                        values[c] = computed
        row = list(values)
        while row and row[-1] is None:
            row.pop()
        if row or uncalculated:
            yield SheetRow(number, row, number in hidden, uncalculated)


_REF = r"\$?[A-Z]{1,3}\$?\d+"
_TERM = re.compile(rf"^SUM\(([^()]*)\)$|^({_REF})$|^(-?\d+(?:\.\d+)?)$", re.I)


class _Evaluator:
    """Computes the simple formulas a total or a row sum uses, for workbooks saved without
    cached values: SUM of ranges and cells, and + / - of cells, numbers and SUMs."""

    def __init__(self, grid: dict[int, list[Any]], formulas: dict[tuple[int, int], str]) -> None:
        self.grid = grid
        self.formulas = formulas
        self.busy: set[tuple[int, int]] = set()

    def formula(self, row: int, column: int) -> str | None:
        return self.formulas.get((row, column))

    def is_formula(self, row: int, column: int) -> bool:
        return self.formula(row, column) is not None

    def cell(self, row: int, column: int) -> float | None:
        values = self.grid.get(row, [])
        value = values[column] if column < len(values) else None
        if value is None and self.is_formula(row, column):
            value = self.value(row, column)
        if value is None or value == "":
            return 0
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            return value
        try:
            return float(str(value).replace(",", ""))
        except ValueError:
            return None

    def value(self, row: int, column: int) -> float | int | None:
        text = self.formula(row, column)
        if text is None or (row, column) in self.busy:
            return None
        self.busy.add((row, column))
        try:
            total: float = 0
            for sign, term in re.findall(r"([+-]?)((?:SUM\([^()]*\))|[^+-]+)", text, re.I):
                part = self._term(term)
                if part is None:
                    return None
                total += -part if sign == "-" else part
            return int(total) if float(total).is_integer() else total
        finally:
            self.busy.discard((row, column))

    def _term(self, term: str) -> float | None:
        match = _TERM.match(term)
        if match is None:
            return None
        arguments, ref, number = match.groups()
        if number is not None:
            return float(number)
        total: float = 0
        for part in arguments.split(",") if arguments is not None else [ref]:
            if not part:
                continue
            try:
                min_col, min_row, max_col, max_row = range_boundaries(part.replace("$", ""))
            except ValueError:
                return None
            for r in range(min_row, max_row + 1):
                for c in range(min_col, max_col + 1):
                    value = self.cell(r, c - 1)
                    if value is None:
                        return None
                    total += value
        return total


# -- layout: header block, totals and notes ---------------------------------------------------


def _distinct(values: list[Any]) -> list[str]:
    seen: list[str] = []
    for v in values:
        if v is not None and str(v) not in seen:
            seen.append(str(v))
    return seen


def is_total_row(values: list[Any]) -> bool:
    """A 合计/小计/总计/其中 row: one of its first text cells says so."""
    texts = [normalize_header(v) for v in values if isinstance(v, str)][:3]
    return any(_TOTAL.match(t) for t in texts)


def is_note_row(values: list[Any]) -> bool:
    """A 注：… or 填表人：… line: one or two texts, the first starting with such a word."""
    distinct = _distinct(values)
    return 0 < len(distinct) <= 2 and bool(_NOTE.match(str(distinct[0]).strip()))


def is_heading_row(values: list[Any]) -> bool:
    """A section heading between groups of rows (一、党委工作部门; （二）事业单位): one text."""
    distinct = _distinct(values)
    return len(distinct) == 1 and bool(_HEADING.match(distinct[0].strip()))


def _score(values: list[Any], names: set[str]) -> tuple[int, int]:
    words = {canonical_part(v) for v in values if v is not None} - {""}
    return len(words & names), len(words)


def _header_block(
    rows: list[SheetRow], merged: list[CellRange], fields: Sequence[Field] | None, scan_rows: int
) -> tuple[int, int] | None:
    """First and last header row: the best-matching row among the first ``scan_rows``,
    widened over the rows its merged cells span and a group-title row above it."""
    names = {canonical_part(part) for f in fields or () for n in f.names for part in n.split("/")}
    best, best_score = None, (0, 0)
    for row in rows:
        if row.number > scan_rows:
            break
        if is_note_row(row.values) or len(_distinct(row.values)) < 2:
            continue
        score = _score(row.values, names)
        if fields and score[0] == 0:
            continue
        if score > best_score:
            best, best_score = row.number, score
    if best is None:
        return None
    first = last = best
    ranges = [r for r in merged if r.max_row > r.min_row or r.max_col > r.min_col]
    changed = True
    while changed:
        changed = False
        for r in ranges:
            if r.max_row > r.min_row and r.min_row <= last < r.max_row and r.min_row >= first:
                last, changed = r.max_row, True
            if r.max_row > r.min_row and r.min_row < first <= r.max_row and r.max_row <= last:
                first, changed = r.min_row, True
    by_number = {row.number: row for row in rows}
    width = max((len(r.values) for r in rows if first <= r.number <= last), default=0)

    def groups_in(number: int) -> bool:
        """Whether row ``number`` has group titles: cells merged across a few columns."""
        return any(
            r.min_row == r.max_row == number
            and r.max_col > r.min_col
            and (r.max_col - r.min_col + 1) < 0.6 * max(width, 1)
            for r in ranges
        )

    # Group titles in the last header row: the words under them are the next row.
    while groups_in(last):
        below = [r.number for r in rows if r.number > last]
        if not below or is_total_row(by_number[below[0]].values):
            break
        last = below[0]
    above = by_number.get(first - 1)
    if above is not None and not _is_preamble(above.values) and groups_in(first - 1):
        first -= 1
    return first, last


def _is_preamble(values: list[Any]) -> bool:
    """A title or 填报单位 line: one wide title, or text with a colon or 填报/制表 words."""
    distinct = _distinct(values)
    if len(distinct) <= 1:
        return True
    return any(_PREAMBLE.search(str(v)) for v in distinct)


def _paths(rows: list[SheetRow], first: int, last: int) -> list[str]:
    block = [r.values for r in rows if first <= r.number <= last]
    width = max((len(v) for v in block), default=0)
    paths = []
    for c in range(width):
        parts: list[str] = []
        for values in block:
            value = values[c] if c < len(values) else None
            if value is not None and (not parts or parts[-1] != str(value)):
                parts.append(str(value).replace("/", "／"))
        paths.append("/".join(parts))
    return paths


def read_sheet(
    path: str | Path,
    sheet: str | None = None,
    *,
    fields: Sequence[Field] | None = None,
    header_row: int | None = None,
    scan_rows: int = SCAN_ROWS,
    mapping: dict[str, str] | None = None,
    remembered: Callable[[str], dict[str, str] | None] | None = None,
    workbook: ImportWorkbook | None = None,
    max_cells: int = MAX_CELLS,
    match: bool = True,
) -> SheetData:
    """Read one sheet for an import (see the module documentation). With ``fields``, the
    header is found by their names and (unless ``match`` is false, to look at a layout only)
    the columns are matched: ``mapping`` first, then a mapping ``remembered`` for this
    layout, then the names; :meth:`SheetData.records` yields dicts; unmatched required
    columns raise :class:`MappingNeeded`."""
    own = workbook is None
    book = workbook or ImportWorkbook(path, max_cells=max_cells)
    try:
        ws = book.sheet(sheet)
        data = _layout(book, ws, fields, header_row, scan_rows)
    finally:
        if own:
            book.close()
    if fields and match:
        _match(data, fields, mapping, remembered)
    return data


def read_sheets(
    path: str | Path,
    *,
    fields: Sequence[Field],
    mapping: dict[str, str] | None = None,
    remembered: Callable[[str], dict[str, str] | None] | None = None,
    max_cells: int = MAX_CELLS,
) -> list[SheetData]:
    """Every visible sheet whose header matches at least one field name (a roster split over
    sheets per township or per kind). Raises as :func:`read_sheet` for the first sheet when
    no sheet has a header."""
    with ImportWorkbook(path, max_cells=max_cells) as book:
        found = []
        for ws in book.visible_sheets():
            try:
                found.append(_layout(book, ws, fields, None, SCAN_ROWS))
            except DudaoError:
                continue
        if not found:
            ws = book.sheet()
            raise DudaoError(NO_HEADER, file=book.file, sheet=ws.title, rows=SCAN_ROWS)
    for data in found:
        _match(data, fields, mapping, remembered)
    return found


def _layout(
    book: ImportWorkbook,
    ws,
    fields: Sequence[Field] | None,
    header_row: int | None,
    scan_rows: int,
) -> SheetData:
    file, rows = book.file, book.rows(ws)
    if header_row is None:
        block = _header_block(rows, book.merged(ws), fields, scan_rows)
        if block is None:
            raise DudaoError(NO_HEADER, file=file, sheet=ws.title, rows=scan_rows)
    else:
        block = (header_row, header_row)
    first, last = block
    data = SheetData(file, ws.title, last, _paths(rows, first, last), [], first_header_row=first)
    data.hidden_columns = set(book.hidden_columns(ws))
    data.preamble = [" ".join(_distinct(r.values)) for r in rows if r.number < first]
    for row in rows:
        if row.number <= last:
            continue
        if is_total_row(row.values):
            data.skipped.append(SkippedRow(row.number, "total", " ".join(_distinct(row.values))))
        elif is_note_row(row.values):
            data.skipped.append(SkippedRow(row.number, "note", " ".join(_distinct(row.values))))
        elif is_heading_row(row.values):
            data.skipped.append(SkippedRow(row.number, "heading", " ".join(_distinct(row.values))))
        elif _is_column_numbers(row.values):
            continue  # the 1 2 3 … line some offices put under the header
        else:
            data.rows.append(row)
    return data


def _is_column_numbers(values: list[Any]) -> bool:
    numbers = [v for v in values if v is not None]
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def _match(
    data: SheetData,
    fields: Sequence[Field],
    mapping: dict[str, str] | None,
    remembered: Callable[[str], dict[str, str] | None] | None,
) -> None:
    chosen = dict(remembered(data.signature) or {}) if remembered else {}
    chosen.update(mapping or {})
    columns, findings = match_columns(
        data.titles,
        fields,
        file=data.file,
        sheet=data.sheet,
        row=data.header_row,
        hidden=data.hidden_columns,
        mapping=chosen,
    )
    data.columns = columns
    if findings:
        raise MappingNeeded(findings, data, fields, columns)
