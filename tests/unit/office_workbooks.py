"""Roster workbooks laid out the way county offices lay them out, made with openpyxl.

* :func:`county_roster`: as Excel saves it: a title row, a 填报单位/填报日期 line, a two-level
  merged header (核定编制 and 实有人数 over the kinds, 领导职数 over 核定/实配 正职/副职), section
  headings, a 合计 row with SUM formulas whose values are cached, a 注 line, a hidden column.
* :func:`wps_roster`: as a program that caches no values saves it: row sums (=SUM(H5:K5)) in
  the 合计 columns, 小计 rows between groups, blank separator rows, a hidden row.
* :func:`plain_roster`: a one-level header with other words (编制数（行政）, 在编人数, 单位性质).

Each returns the expected figures per unit so tests compare what was imported.
"""

from __future__ import annotations

import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from dudao_desktop.services.demo import make_uscc

KINDS = ("行政编制", "政法专项编制", "事业编制", "工勤编制")
KIND_KEYS = ("admin", "law", "institution", "worker")


@dataclass
class Planted:
    name: str
    uscc: str
    kind: str  # as written in the workbook
    department: str
    approved: dict[str, int]  # kind key -> approved
    actual: dict[str, int]
    principal: tuple[int, int] = (1, 1)  # approved, actual
    deputy: tuple[int, int] = (2, 2)
    bodies: str = "办公室、综合股"


@dataclass
class Built:
    path: Path
    units: list[Planted] = field(default_factory=list)
    totals_row: int = 0
    note_rows: list[int] = field(default_factory=list)


UNITS = [
    (
        "中共某某县委办公室",
        "党委工作部门",
        "县委",
        {"admin": 18, "worker": 2},
        {"admin": 17, "worker": 3},
    ),
    (
        "某某县人民政府办公室",
        "政府工作部门",
        "县政府",
        {"admin": 16, "worker": 2},
        {"admin": 18, "worker": 1},
    ),
    (
        "某某县人民法院",
        "审判机关",
        "县委",
        {"law": 60, "worker": 3},
        {"law": 58, "worker": 3},
    ),
    ("某某县总工会", "群团机关", "县委", {"admin": 6}, {"admin": 5}),
    (
        "某某县社会保险事业中心",
        "参照公务员法管理事业单位",
        "县人力资源和社会保障局",
        {"institution": 25},
        {"institution": 27},
    ),
    (
        "某某县第一中学",
        "公益一类事业单位",
        "县教育和体育局",
        {"institution": 160},
        {"institution": 152},
    ),
    (
        "某某县人民医院",
        "公益二类事业单位",
        "县卫生健康局",
        {"institution": 320},
        {"institution": 301},
    ),
    (
        "某某县城市建设投资服务中心",
        "生产经营类事业单位",
        "县住房和城乡建设局",
        {"institution": 12},
        {"institution": 9},
    ),
    (
        "某某镇人民政府",
        "镇（街道）",
        "县委",
        {"admin": 45, "institution": 38},
        {"admin": 41, "institution": 40},
    ),
]


def _kind_of_code(kind: str) -> str:
    return "institution" if "事业" in kind else "agency"


def planted_units(seed: int = 3) -> list[Planted]:
    rng = random.Random(seed)
    units = []
    for index, (name, kind, dept, approved, actual) in enumerate(UNITS):
        units.append(
            Planted(
                name,
                make_uscc(rng, _kind_of_code(kind)),
                kind,
                dept,
                {k: approved.get(k, 0) for k in KIND_KEYS},
                {k: actual.get(k, 0) for k in KIND_KEYS},
                principal=(1, 1),
                deputy=(3, 4 if index == 1 else 2),  # the government office: one 副职 too many
            )
        )
    return units


def cache_values(path: Path, values: dict[str, int]) -> None:
    """Give formula cells the values Excel or WPS would cache (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    for ref, value in values.items():
        sheet, count = re.subn(
            rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/>', rf"\g<1><v>{value}</v>", sheet
        )
        assert count == 1, ref
    members["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _header_two_levels(ws, first: int) -> int:
    """Write the two-level header at row ``first``; return the number of columns."""
    single = ["序号", "单位名称", "统一社会信用代码", "单位类别", "主管部门", "机构规格"]
    for c, title in enumerate(single, 1):
        ws.cell(first, c, title)
        ws.merge_cells(start_row=first, start_column=c, end_row=first + 1, end_column=c)
    column = len(single) + 1
    for group in ("核定编制", "实有人数"):
        ws.cell(first, column, group)
        ws.merge_cells(start_row=first, start_column=column, end_row=first, end_column=column + 4)
        for offset, title in enumerate((*KINDS, "合计")):
            ws.cell(first + 1, column + offset, title)
        column += 5
    ws.cell(first, column, "领导职数")
    ws.merge_cells(start_row=first, start_column=column, end_row=first, end_column=column + 3)
    for offset, title in enumerate(("核定正职", "核定副职", "实配正职", "实配副职")):
        ws.cell(first + 1, column + offset, title)
    column += 4
    for title in ("内设机构", "备注"):
        ws.cell(first, column, title)
        ws.merge_cells(start_row=first, start_column=column, end_row=first + 1, end_column=column)
        column += 1
    for row in ws.iter_rows(min_row=first, max_row=first + 1):
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return column - 1


def county_roster(path: Path, *, cached: bool = True, units: list[Planted] | None = None) -> Built:
    """The county office's roster as Excel saves it (see the module doc)."""
    units = units if units is not None else planted_units()
    wb = Workbook()
    ws = wb.active
    ws.title = "机构编制情况"
    ws["A1"] = "某某县机关事业单位机构编制情况统计表"
    ws.merge_cells("A1:V1")
    ws["A2"] = "填报单位：中共某某县委机构编制委员会办公室（盖章）"
    ws.merge_cells("A2:H2")
    ws["T2"] = "填报日期：2026年11月30日"
    width = _header_two_levels(ws, 3)
    assert width == 22
    ws.column_dimensions["V"].hidden = True  # the office's own remarks
    row = 5
    groups = [
        ("一、党政群机关", units[:4]),
        ("二、事业单位", units[4:8]),
        ("三、镇（街道）", units[8:]),
    ]
    first_data = row
    formulas: dict[str, int] = {}
    number = 0
    for heading, members in groups:
        ws.cell(row, 1, heading)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for unit in members:
            number += 1
            values = [number, unit.name, unit.uscc, unit.kind, unit.department, "正科级"]
            values += [unit.approved[k] for k in KIND_KEYS] + [sum(unit.approved.values())]
            values += [unit.actual[k] for k in KIND_KEYS] + [sum(unit.actual.values())]
            values += [unit.principal[0], unit.deputy[0], unit.principal[1], unit.deputy[1]]
            values += [unit.bodies, "内部备注：不导入"]
            for c, value in enumerate(values, 1):
                ws.cell(row, c, value)
            row += 1
    last_data = row - 1
    ws.cell(row, 1, "合计")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    for c in range(7, 21):
        letter = ws.cell(row, c).column_letter
        ws.cell(row, c, f"=SUM({letter}{first_data}:{letter}{last_data})")
        formulas[f"{letter}{row}"] = sum(
            ws.cell(r, c).value or 0
            for r in range(first_data, last_data + 1)
            if isinstance(ws.cell(r, c).value, int)
        )
    built = Built(path, units, totals_row=row)
    ws.cell(row + 2, 1, "注：1.编制数以县委编委批复为准；2.实有人数统计至2026年11月底。")
    ws.merge_cells(start_row=row + 2, start_column=1, end_row=row + 2, end_column=20)
    ws.cell(row + 3, 1, "填表人：王某某")
    ws.cell(row + 3, 10, "审核人：李某某")
    built.note_rows = [row + 2, row + 3]
    wb.save(path)
    if cached:
        cache_values(path, formulas)
    return built


def wps_roster(path: Path, units: list[Planted] | None = None) -> Built:
    """The same data as a program that caches no values writes it: the 合计 columns are row
    sums, groups end in 小计 rows, blank rows separate the groups, one row is hidden."""
    units = units if units is not None else planted_units()
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "某某县机构编制实名制统计表"
    ws.merge_cells("A1:V1")
    ws["A2"] = "填报单位：某某县委编办"
    _header_two_levels(ws, 3)
    row = 5
    for chunk in (units[:5], units[5:]):
        first = row
        for unit in chunk:
            values = [row - 4, unit.name, unit.uscc, unit.kind, unit.department, "副科级"]
            for c, value in enumerate(values, 1):
                ws.cell(row, c, value)
            for offset, key in enumerate(KIND_KEYS):
                ws.cell(row, 7 + offset, unit.approved[key])
                ws.cell(row, 12 + offset, unit.actual[key])
            ws.cell(row, 11, f"=SUM(G{row}:J{row})")
            ws.cell(row, 16, f"=L{row}+M{row}+N{row}+O{row}")
            ws.cell(row, 17, unit.principal[0])
            ws.cell(row, 18, unit.deputy[0])
            ws.cell(row, 19, unit.principal[1])
            ws.cell(row, 20, unit.deputy[1])
            ws.cell(row, 21, unit.bodies)
            row += 1
        ws.cell(row, 2, "小计")
        for c in range(7, 21):
            letter = ws.cell(row, c).column_letter
            ws.cell(row, c, f"=SUM({letter}{first}:{letter}{row - 1})")
        row += 2  # a blank separator row
    ws.row_dimensions[6].hidden = True
    wb.save(path)
    return Built(path, units)


def plain_roster(path: Path, units: list[Planted], kinds: list[str]) -> Built:
    """A one-level header with other words; ``kinds`` replaces the kinds written."""
    wb = Workbook()
    ws = wb.active
    ws.title = "名册"
    ws.append(
        [
            "机构名称",
            "信用代码",
            "单位性质",
            "隶属部门",
            "编制数（行政）",
            "行政编制实有人数",
            "在编人数",
            "核定领导职数",
            "实配领导职数",
        ]
    )
    for unit, kind in zip(units, kinds, strict=True):
        ws.append(
            [
                unit.name,
                unit.uscc,
                kind,
                unit.department,
                unit.approved["admin"],
                unit.actual["admin"],
                sum(unit.actual.values()),
                unit.principal[0] + unit.deputy[0],
                unit.principal[1] + unit.deputy[1],
            ]
        )
    wb.save(path)
    return Built(path, units)
