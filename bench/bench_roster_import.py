"""Peak memory of a roster import of 42,000 units, in a fresh process.

Work: a child process imports a county-style roster workbook (title and 填报单位 lines, a
two-level merged header, section headings, 小计 rows and a 合计 row as formulas without cached
values, 注 and 填表人 lines, a hidden remarks column) into a fresh office database with
``services.roster.import_roster`` (validation, the change log, one transaction) and prints
its peak RSS (``VmHWM``). Floor: a child process that reads the same workbook with openpyxl
in read-only mode, every cell value, and prints its peak RSS. Budget (DESIGN.md): the import
under 300 MB, whatever the floor; the ratio is printed alongside.

Run: ``python bench/bench_roster_import.py [--quick] [--units N] [--pairs N]`` (quick: 5,000
units). Each pair is two fresh processes; memory figures vary little, times a lot.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bench_data import child_env, run_child
from _floor import Paired, memory_verdict, pair_runs

from dudao_desktop.services.demo import make_uscc

BUDGET_MB = 300
THIS = str(Path(__file__).resolve())
SECTION = 1_000  # units per section (a township or a system), each closed by a 小计 row
KINDS = (
    ("党委工作部门", "agency"),
    ("政府工作部门", "agency"),
    ("参照公务员法管理事业单位", "institution"),
    ("公益一类事业单位", "institution"),
    ("公益二类事业单位", "institution"),
    ("镇（街道）", "township"),
)
FIGURE_KINDS = ("行政编制", "政法专项编制", "事业编制", "工勤编制")

#: The child's own peak: ``VmHWM`` starts afresh at ``exec`` (``ru_maxrss`` would not).
PEAK = """
def peak_rss_kb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

FLOOR_CHILD = (
    PEAK
    + """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = 0
for ws in book.worksheets:
    for row in ws.iter_rows(values_only=True):
        cells += sum(1 for v in row if v is not None)
book.close()
print(f"PEAK {peak_rss_kb()} CELLS {cells}", flush=True)
"""
)

WORK_CHILD = (
    PEAK
    + """
import sys
from pathlib import Path
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.roster import import_roster
database = init_installation(Path(sys.argv[2]), "office", "某某县委编办", "bench")
plan = import_roster(database, Path(sys.argv[1]), add_departments=True)
if not plan.applied or plan.count("new") != int(sys.argv[3]):
    raise SystemExit(f"imported {plan.count('new')} of {sys.argv[3]} units")
print(f"PEAK {peak_rss_kb()}", flush=True)
"""
)


def _header(ws) -> list[list]:
    """The two header rows (rows 3 and 4) and their merges, as the county office draws it."""
    top = ["序号", "单位名称", "统一社会信用代码", "单位类别", "主管部门", "机构规格"]
    bottom = [None] * 6
    for group in ("核定编制", "实有人数"):
        top += [group] + [None] * 4
        bottom += [*FIGURE_KINDS, "合计"]
    top += ["领导职数", None, None, None, "内设机构", "备注"]
    bottom += ["核定正职", "核定副职", "实配正职", "实配副职", None, None]
    for column in (*range(1, 7), 21, 22):
        letter = chr(64 + column)
        ws.merged_cells.add(f"{letter}3:{letter}4")
    ws.merged_cells.add("G3:K3")
    ws.merged_cells.add("L3:P3")
    ws.merged_cells.add("Q3:T3")
    return [top, bottom]


def county_codes(units: int, seed: int = 18) -> list[str]:
    """``units`` distinct valid unified social credit codes, the same for the same seed."""
    # Distinct organisation codes: random ones would collide among 42,000 units.
    numbers = iter(random.Random(seed).sample(range(10**8), units))
    distinct = SimpleNamespace(randrange=lambda _stop: next(numbers))
    return [make_uscc(distinct, KINDS[n % len(KINDS)][1]) for n in range(units)]


def unit_name(n: int) -> str:
    return f"某某县第{n + 1:05d}号{'中心' if KINDS[n % len(KINDS)][1] == 'institution' else '局'}"


def county_sheet(book: Workbook, codes: list[str], moved: int = 0) -> None:
    """The county sheet of ``codes`` in sections of :data:`SECTION` into a write-only
    ``book``; every tenth unit has ``moved`` more staff on 事业编制 (a later month)."""
    units = len(codes)
    ws = book.create_sheet("机构编制情况")
    ws.column_dimensions["V"].hidden = True  # the office's own remarks
    ws.merged_cells.add("A1:V1")
    ws.merged_cells.add("A2:H2")
    ws.append(["某某县机关事业单位机构编制情况统计表"])
    ws.append(
        ["填报单位：中共某某县委机构编制委员会办公室（盖章）"]
        + [None] * 18
        + ["填报日期：2026年11月30日"]
    )
    for values in _header(ws):
        ws.append(values)
    row = 5
    subtotals: list[int] = []
    for first in range(0, units, SECTION):
        ws.merged_cells.add(f"A{row}:F{row}")
        ws.append([f"第{first // SECTION + 1}组 第{first // SECTION + 1}片区"])
        row += 1
        top = row
        for n in range(first, min(first + SECTION, units)):
            approved = [n % 7, 0, 10 + n % 20, n % 3]
            actual = [max(0, a - n % 2) for a in approved]
            actual[2] += moved if n % 10 == 0 else 0
            ws.append(
                [
                    n + 1,
                    unit_name(n),
                    codes[n],
                    KINDS[n % len(KINDS)][0],
                    f"县第{n % 40 + 1}主管部门",
                    "正科级",
                    *approved,
                    f"=SUM(G{row}:J{row})",
                    *actual,
                    f"=L{row}+M{row}+N{row}+O{row}",
                    1,
                    2,
                    1,
                    1 + n % 2,
                    "办公室、综合股、业务股",
                    "内部备注：不导入",
                ]
            )
            row += 1
        subtotal = ["小计"] + [None] * 5
        subtotal += [f"=SUM({chr(64 + c)}{top}:{chr(64 + c)}{row - 1})" for c in range(7, 21)]
        ws.append(subtotal)
        subtotals.append(row)
        row += 1
    total = ["合计"] + [None] * 5
    total += ["=" + "+".join(f"{chr(64 + c)}{r}" for r in subtotals) for c in range(7, 21)]
    ws.merged_cells.add(f"A{row}:F{row}")
    ws.append(total)
    ws.append([])
    ws.append(["注：1.编制数以县委编委批复为准；2.实有人数统计至2026年11月底。"])
    ws.append(["填表人：王某某"] + [None] * 8 + ["审核人：李某某"])


def county_roster(path: Path, units: int, seed: int = 18) -> None:
    """``units`` units in sections of :data:`SECTION`, written in write-only mode."""
    book = Workbook(write_only=True)
    county_sheet(book, county_codes(units, seed))
    book.save(path)


def _peak_mb(output: str) -> float:
    return int(output.split("PEAK ")[1].split()[0]) / 1024


def peak_pairs(
    directory: Path,
    child: str,
    workbook: Path,
    units: int,
    pairs: int,
    seeded: Path | None = None,
) -> Paired:
    """Peak RSS of ``child`` importing ``workbook`` into a new office data folder (a copy
    of ``seeded`` where given), paired with the openpyxl read-only floor."""
    env = child_env(directory / "settings")
    runs = iter(range(1_000))

    def work() -> float:
        data = directory / f"office-{next(runs)}"
        if seeded is not None:
            shutil.copytree(seeded, data)
        try:
            return _peak_mb(
                run_child(["-c", child, str(workbook), str(data), str(units)], env, 3600)
            )
        finally:
            shutil.rmtree(data, ignore_errors=True)

    def floor() -> float:
        return _peak_mb(run_child(["-c", FLOOR_CHILD, str(workbook)], env))

    return pair_runs(work, floor, pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 units")
    parser.add_argument("--units", type=int, default=0)
    parser.add_argument("--pairs", type=int, default=5)
    options = parser.parse_args()
    units = options.units or (5_000 if options.quick else 42_000)
    directory = Path(tempfile.mkdtemp(prefix="bench-roster-"))
    try:
        workbook = directory / "县机构编制情况.xlsx"
        county_roster(workbook, units)
        paired = peak_pairs(directory, WORK_CHILD, workbook, units, options.pairs)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return memory_verdict(f"roster import, {units:,} units", paired, BUDGET_MB)


if __name__ == "__main__":
    sys.exit(main())
