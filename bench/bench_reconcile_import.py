"""Peak memory of a monthly real-name reconciliation of 42,000 units, in a fresh process.

The office database holds the county roster (all units but the newest 500, imported with
``services.roster.import_roster``) and October's real-name month (snapshots and persons,
applied with ``services.archive.reconcile``). Work: a child process applies November's
export with ``archive.reconcile(dry_run=False)`` (validation, differences, person checks,
snapshots, roster updates, the month's persons, one transaction) and prints its peak RSS
(``VmHWM``). The export is laid out as the county's establishment sheet (title and 填报单位
lines, a two-level merged header, section headings, 小计/合计 formulas without cached values,
notes, a hidden column) with the person sheet beside it (a title line, 14 columns, two persons
per unit); in November every tenth unit has one more member of staff, 500 units are new, one
person in fifty left during the month and every fortieth unit took on someone. Floor: a
child process reading every cell of the same workbook with openpyxl in read-only mode. Budget
(DESIGN.md): under 300 MB, whatever the floor; the ratio is printed alongside.

Run: ``python bench/bench_reconcile_import.py [--quick] [--units N] [--pairs N]`` (quick:
5,000 units).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from stdnum.cn import ric

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _floor import memory_verdict
from bench_roster_import import (
    PEAK,
    county_codes,
    county_roster,
    county_sheet,
    peak_pairs,
    unit_name,
)

BUDGET_MB = 300
NEW_UNITS = 500
PERSONS_PER_UNIT = 2
PERSON_HEADER = [
    "序号",
    "姓名",
    "身份证号",
    "所在单位",
    "编制类型",
    "人员类别",
    "所在内设机构",
    "职务/职级",
    "是否占领导职数",
    "进编时间",
    "进编方式",
    "出编时间",
    "出编方式",
    "用编审核单号",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"

WORK_CHILD = (
    PEAK
    + """
import sys
from pathlib import Path
from dudao_desktop.db.opening import open_database
from dudao_desktop.services.archive import reconcile
database = open_database(Path(sys.argv[2]))
report = reconcile(database, Path(sys.argv[1]), "2026-11", dry_run=False)
if not report.applied or report.snapshots_written != int(sys.argv[3]):
    raise SystemExit(f"wrote {report.snapshots_written} of {sys.argv[3]} snapshots")
print(f"PEAK {peak_rss_kb()}", flush=True)
"""
)


def id_number(serial: int) -> str:
    """A valid resident ID number, distinct per serial (birth day and sequence)."""
    born = date(1965, 1, 1) + timedelta(days=serial // 500)
    body = f"370702{born:%Y%m%d}{serial % 500:03d}"
    return body + ric.calc_check_digit(body + "0")


def person(serial: int, n: int, left: bool = False) -> list:
    kind = "行政编制" if n % 7 >= 2 and serial % 2 == 0 else "事业编制"
    principal = serial % PERSONS_PER_UNIT == 0 and n % 3 == 0
    return [
        serial + 1,
        SURNAMES[serial % 20] + GIVEN[serial // 20 % 20] + GIVEN[serial // 400 % 20],
        id_number(serial),
        unit_name(n),
        kind,
        "公务员" if kind == "行政编制" else "管理人员",
        "办公室" if serial % 2 else "业务股",
        "局长" if principal else "科员",
        "正职" if principal else "否",
        f"20{10 + serial % 15}-0{1 + serial % 9}-15",
        "考录" if kind == "行政编制" else "公开招聘",
        "2026-11-10" if left else None,
        "调出" if left else None,
        f"某编审〔20{10 + serial % 15}〕{serial % 900 + 1}号",
    ]


def realname_export(path: Path, codes: list[str], month: int) -> None:
    """The export of one month (10: October, 11: November, see the module doc)."""
    book = Workbook(write_only=True)
    county_sheet(book, codes, moved=month - 10)
    ws = book.create_sheet("人员信息")
    ws.merged_cells.add("A1:N1")
    ws.append([f"某某县机构编制实名制人员信息（2026年{month}月）"])
    ws.append(PERSON_HEADER)
    for n in range(len(codes)):
        for k in range(PERSONS_PER_UNIT):
            serial = n * PERSONS_PER_UNIT + k
            ws.append(person(serial, n, left=month == 11 and serial % 50 == 7))
        if month == 11 and n % 40 == 0:
            ws.append(person(len(codes) * PERSONS_PER_UNIT + n, n))
    book.save(path)


def office(directory: Path, codes: list[str]) -> Path:
    """The office before November: the roster and October's month applied."""
    from dudao_desktop.services.archive import reconcile
    from dudao_desktop.services.installation import init_installation
    from dudao_desktop.services.roster import import_roster

    data = directory / "office"
    roster = directory / "县机构编制情况.xlsx"
    county_roster(roster, len(codes) - NEW_UNITS)
    database = init_installation(data, "office", "某某县委编办", "bench")
    import_roster(database, roster, add_departments=True)
    october = directory / "实名制导出2026-10.xlsx"
    realname_export(october, codes[:-NEW_UNITS], 10)
    reconcile(database, october, "2026-10", dry_run=False)
    database.engine.dispose()
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 units")
    parser.add_argument("--units", type=int, default=0)
    parser.add_argument("--pairs", type=int, default=5)
    options = parser.parse_args()
    units = options.units or (5_000 if options.quick else 42_000)
    directory = Path(tempfile.mkdtemp(prefix="bench-reconcile-"))
    try:
        codes = county_codes(units)
        seeded = office(directory, codes)
        workbook = directory / "实名制导出2026-11.xlsx"
        realname_export(workbook, codes, 11)
        paired = peak_pairs(directory, WORK_CHILD, workbook, units, options.pairs, seeded)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return memory_verdict(
        f"real-name reconciliation, {units:,} units, {units * PERSONS_PER_UNIT:,} persons",
        paired,
        BUDGET_MB,
    )


if __name__ == "__main__":
    sys.exit(main())
