"""Reading a month's real-name system export (实名制管理系统导出, ``.xlsx``) and its payroll.

The export has a **unit sheet** (a title row, a two-row header, figures by kind, read like a
roster) and a **person sheet** (姓名, 身份证号, 编制类型, 人员类别, 所在内设机构, 职务/职级,
是否占领导职数, 进编/出编时间和方式, 用编审核单号). A payroll (工资发放名册) comes as a sheet of
the same workbook or as a file of its own. Every row is validated first and any finding
refuses the whole file, with a row-by-row report.

ID numbers are personal data: they are checked, then kept only as a salted hash (to follow a
person from month to month) and masked (3707**********0019) for display; the full number
lives in memory for the run only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from stdnum.cn import ric
from stdnum.cn import uscc as uscc_check
from stdnum.exceptions import ValidationError as StdnumError

from ..documents.sheet_reader import (
    Field,
    ImportWorkbook,
    SheetData,
    canonical_part,
    read_sheet,
)
from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS
from ..model.vocab import ESTABLISHMENT_KIND_NAMES
from .ledger_import import refuse_if_findings
from .roster_fields import normalise_header, parse_date, parse_int, parse_kind, reader_fields

#: Unit figures a month's export carries (the roster's own columns).
FIGURES = (
    *(column for pair in ESTABLISHMENT_COLUMNS.values() for column in pair),
    "actual_staff",
    *(column for pair in LEADER_POST_COLUMNS.values() for column in pair),
    "leader_posts_approved",
    "leader_posts_actual",
)
#: The column titles of a simple one-level unit sheet, in the order a test file is written.
REQUIRED = (
    "统一社会信用代码",
    "单位名称",
    "行政编制",
    "事业编制",
    "政法专项编制",
    "实有人数",
    "核定领导职数",
    "实有领导职数",
)

PERSON_FIELDS = (
    Field("name", ("姓名", "name")),
    Field("id_number", ("身份证号", "idnumber")),
    Field("unit", ("单位名称", "所在单位", "工作单位", "unit"), required=False),
    Field("uscc", ("统一社会信用代码",), required=False),
    Field("kind", ("编制类型", "establishmentkind")),
    Field("category", ("人员类别",), required=False),
    Field("body", ("所在内设机构",), required=False),
    Field("post", ("职务／职级",), required=False),
    Field("leader", ("是否占领导职数",), required=False),
    Field("joined_on", ("进编时间",), required=False),
    Field("join_way", ("进编方式",), required=False),
    Field("left_on", ("出编时间",), required=False),
    Field("leave_way", ("出编方式",), required=False),
    Field("approval_no", ("用编审核单号",), required=False),
)
PAYROLL_FIELDS = (
    Field("name", ("姓名", "name")),
    Field("id_number", ("身份证号", "idnumber")),
    Field("unit", ("单位名称", "所在单位", "工作单位", "发放单位"), required=False),
    Field("amount", ("应发工资", "实发工资", "应发合计", "工资总额", "金额"), required=False),
)
_PAYROLL_WORDS = {canonical_part(w) for w in ("应发工资", "实发工资", "应发合计", "工资总额")}


class Figures(Mapping[str, int]):
    """A unit's figures: the sheet's figure names (one tuple shared by every unit of the
    sheet) and this unit's values, a fraction of a dict's memory for 42,000 units."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: tuple[str, ...], values: tuple[int, ...]) -> None:
        self._names = names
        self._values = values

    def __getitem__(self, name: str) -> int:
        try:
            return self._values[self._names.index(name)]
        except ValueError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


@dataclass(slots=True)  # 42,000 of them in a month's export
class RealNameRow:
    """One unit of the unit sheet: its figures by kind (see :data:`FIGURES`)."""

    row: int
    uscc: str
    name: str
    kind: str = ""
    department: str = ""
    internal_institutions: str = ""
    figures: Mapping[str, int] = field(default_factory=dict)


@dataclass(slots=True)  # one per person of the export
class PersonRow:
    """One person on establishment (or one payroll line)."""

    sheet: str
    row: int
    name: str
    id_number: str  # in memory for this run only
    unit: str = ""  # the unit's USCC or name as written
    kind: str = ""  # an establishment kind key, "" when not recognised
    kind_text: str = ""
    category: str = ""
    body: str = ""
    post: str = ""
    leader_post: str = ""  # principal, deputy or ""
    joined_on: date | None = None
    left_on: date | None = None
    approval_no: str = ""

    @property
    def id_masked(self) -> str:
        return mask_id(self.id_number)


@dataclass
class RealNameExport:
    units: list[RealNameRow] = field(default_factory=list)
    persons: list[PersonRow] = field(default_factory=list)
    payroll: list[PersonRow] | None = None


def mask_id(number: str) -> str:
    """An ID number as shown on screen and in exports: the first and last four characters."""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def valid_id(number: str) -> bool:
    """An 18-character resident ID number with a correct check digit and birth date (the
    region code is not checked: codes change and an old code stays valid on the card)."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        ric.get_birth_date(number)
    except (ValueError, StdnumError):
        return False
    return number[-1] == ric.calc_check_digit(number)


def hash_id(number: str, salt: str) -> str:
    """The salted hash a person is followed by from month to month (never the number)."""
    return hashlib.sha256(f"{salt}:{number.upper()}".encode()).hexdigest()


BAD_ID = QT_TRANSLATE_NOOP(
    "Errors",
    "{value} is not a valid resident ID number (18 characters with a correct check digit): "
    "correct it from the person's file.",
)
EMPTY = QT_TRANSLATE_NOOP("Errors", "This cell is empty; it must be filled in.")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date: type it as 2027-05-31.')
BAD_USCC = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a valid unified social credit code.")
TWICE = QT_TRANSLATE_NOOP("Errors", "{value} appears twice (also in row {other}).")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a whole number of zero or more.")
NO_UNIT_SHEET = QT_TRANSLATE_NOOP(
    "Errors",
    "File {file}: no sheet has the units (统一社会信用代码 and 单位名称 in its header); export "
    "the real-name data with its unit sheet.",
)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _where(sheet: SheetData, row: int, key: str) -> dict[str, Any]:
    return {
        "file": sheet.file,
        "sheet": sheet.sheet,
        "row": row,
        "column": sheet.column_label(key, key),
    }


def _classify(book: ImportWorkbook) -> dict[str, list[str]]:
    """Sheet names by what they hold: units, persons, payroll (by their header words)."""
    found: dict[str, list[str]] = {"units": [], "persons": [], "payroll": []}
    known = [*reader_fields(), *PERSON_FIELDS, *PAYROLL_FIELDS]
    for ws in book.visible_sheets():
        try:
            data = read_sheet(book.path, ws.title, fields=known, workbook=book, match=False)
        except DudaoError:
            continue
        words = {canonical_part(part) for t in data.titles for part in t.split("/")}
        if canonical_part("身份证号") in words:
            found["payroll" if words & _PAYROLL_WORDS else "persons"].append(ws.title)
        elif canonical_part("统一社会信用代码") in words:
            found["units"].append(ws.title)
    return found


def read_realname(path: Path, payroll: Path | None = None) -> RealNameExport:
    """The unit sheet, the person sheet (if any) and the payroll (a sheet of the export or
    ``payroll``), validated; raises ValidationError with every finding."""
    path = Path(path)
    findings: list[Finding] = []
    export = RealNameExport()
    with ImportWorkbook(path) as book:
        sheets = _classify(book)
        if not sheets["units"]:
            raise DudaoError(NO_UNIT_SHEET, file=path.name)
        for name in sheets["units"]:
            export.units += _units(
                read_sheet(path, name, fields=reader_fields(), workbook=book), findings
            )
            book.release(name)
        for name in sheets["persons"]:
            export.persons += _persons(
                read_sheet(path, name, fields=PERSON_FIELDS, workbook=book), findings
            )
            book.release(name)
        for name in sheets["payroll"]:
            data = read_sheet(path, name, fields=PAYROLL_FIELDS, workbook=book)
            export.payroll = (export.payroll or []) + _persons(data, findings, payroll=True)
            book.release(name)
    if payroll is not None:
        with ImportWorkbook(payroll) as book:
            data = read_sheet(payroll, fields=PAYROLL_FIELDS, workbook=book)
            export.payroll = (export.payroll or []) + _persons(data, findings, payroll=True)
    refuse_if_findings(path.name, findings)
    return export


def _units(sheet: SheetData, findings: list[Finding]) -> list[RealNameRow]:
    findings += sheet.uncalculated_findings()
    result: list[RealNameRow] = []
    seen: dict[str, int] = {}
    names = tuple(f for f in FIGURES if f in sheet.columns)  # only what the sheet has
    by_kind = [b for _, b in ESTABLISHMENT_COLUMNS.values() if b in sheet.columns]
    # without an actual-staff column, it is the sum of the staff by kind
    summed = [names.index(b) for b in by_kind] if "actual_staff" not in names else []
    figure_names = (*names, "actual_staff") if summed else names
    for number, record in sheet.records():
        item = RealNameRow(number, _text(record.get("uscc")).upper(), _text(record.get("name")))
        if not uscc_check.is_valid(item.uscc):
            findings.append(
                Finding(BAD_USCC, {"value": item.uscc}, **_where(sheet, number, "uscc"))
            )
        elif item.uscc in seen:
            findings.append(
                Finding(
                    TWICE,
                    {"value": item.uscc, "other": seen[item.uscc]},
                    **_where(sheet, number, "uscc"),
                )
            )
        seen.setdefault(item.uscc, number)
        if not item.name:
            findings.append(Finding(EMPTY, {}, **_where(sheet, number, "name")))
        item.kind = parse_kind(record.get("kind")) or ""
        item.department = _text(record.get("department"))
        item.internal_institutions = _text(record.get("internal_institutions"))
        values = []
        for name in names:
            value = parse_int(record.get(name))
            if value is None:
                findings.append(
                    Finding(
                        NOT_A_NUMBER,
                        {"value": _text(record.get(name))},
                        **_where(sheet, number, name),
                    )
                )
            values.append(value or 0)
        if summed:
            values.append(sum(values[i] for i in summed))
        item.figures = Figures(figure_names, tuple(values))
        result.append(item)
    return result


def establishment_kind(text: str) -> str:
    """The establishment kind a person's 编制类型 names, or ""."""
    word = normalise_header(text)
    for kind, names in ESTABLISHMENT_KIND_NAMES.items():
        if word in (normalise_header(n) for n in names):
            return kind
    return ""


def leader_post(text: str, post: str) -> str:
    """principal, deputy or "" from 是否占领导职数 (正职/副职/是/否) and the post title."""
    word = normalise_header(text)
    if not word or word in ("否", "无", "不占", "no"):
        return ""
    if "副" in word:
        return "deputy"
    if "正" in word:
        return "principal"
    return "deputy" if "副" in post else "principal"


def _persons(sheet: SheetData, findings: list[Finding], payroll: bool = False) -> list[PersonRow]:
    result: list[PersonRow] = []
    seen: dict[str, int] = {}
    for number, record in sheet.records():
        name = _text(record.get("name"))
        id_number = _text(record.get("id_number")).upper().replace(" ", "")
        if not name:
            findings.append(Finding(EMPTY, {}, **_where(sheet, number, "name")))
        if not valid_id(id_number):
            findings.append(
                Finding(BAD_ID, {"value": mask_id(id_number)}, **_where(sheet, number, "id_number"))
            )
        elif id_number in seen and not payroll:
            findings.append(
                Finding(
                    TWICE,
                    {"value": mask_id(id_number), "other": seen[id_number]},
                    **_where(sheet, number, "id_number"),
                )
            )
        seen.setdefault(id_number, number)
        person = PersonRow(
            sheet.sheet,
            number,
            name,
            id_number,
            unit=_text(record.get("uscc")).upper() or _text(record.get("unit")),
        )
        if not payroll:
            person.kind_text = _text(record.get("kind"))
            person.kind = establishment_kind(person.kind_text)
            person.category = _text(record.get("category"))
            person.body = _text(record.get("body"))
            person.post = _text(record.get("post"))
            person.leader_post = leader_post(_text(record.get("leader")), person.post)
            person.approval_no = _text(record.get("approval_no"))
            for key in ("joined_on", "left_on"):
                value = parse_date(record.get(key))
                if value == "bad":
                    findings.append(
                        Finding(
                            BAD_DATE,
                            {"value": _text(record.get(key))},
                            **_where(sheet, number, key),
                        )
                    )
                    value = None
                setattr(person, key, value)
        result.append(person)
    return result
