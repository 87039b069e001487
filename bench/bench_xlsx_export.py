"""Export a 100,000-row problem ledger with ``write_ledger`` against bare openpyxl write-only.

Floor: the same cell values appended to a write-only workbook and saved, nothing else.
Budget (DESIGN.md): < 1.3x the floor.  Run: ``python bench/bench_xlsx_export.py [rows]``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _floor import compare

from dudao_desktop.documents.workbook import write_ledger

CATEGORIES = ["机构设置", "编制使用", "领导职数"]
STATUSES = ["待整改", "整改中", "已销号"]
COLUMNS = [
    (None, [("序号", 6, "no")]),
    (
        "被检查单位",
        [
            ("单位名称", 30, "unit"),
            ("统一社会信用代码", 20, "uscc"),
            ("主管部门", 16, "department"),
        ],
    ),
    (
        "问题",
        [
            ("年度", 6, "year"),
            ("问题类别", 10, "category"),
            ("问题描述", 50, "text"),
            ("发现日期", 12, "found"),
        ],
    ),
    ("整改", [("整改状态", 10, "status"), ("整改时限", 12, "deadline"), ("备注", 20, "note")]),
]
KEYS = [c[2] for _, group in COLUMNS for c in group]


def make_rows(count: int) -> list[tuple]:
    rows = []
    for i in range(count):
        rows.append(
            (
                i + 1,
                f"某某市第{i % 420}事业单位",
                f"12330100MB{i % 420:07d}X",
                f"市第{i % 40}局",
                2013 + i % 12,
                CATEGORIES[i % 3],
                f"内设机构超限额设置{i % 7}个，存在“吃空饷”情况，需在规定时限内完成整改。",
                dt.date(2013 + i % 12, 3, 1 + i % 28),
                STATUSES[i % 3],
                dt.date(2014 + i % 12, 9, 1 + i % 28),
                "-" if i % 50 == 0 else None,
            )
        )
    return rows


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = make_rows(count)
    records = [dict(zip(KEYS, row, strict=True)) for row in rows]
    directory = Path(tempfile.mkdtemp(prefix="bench-xlsx-"))

    def floor() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("台账")
        for row in rows:
            sheet.append(row)
        workbook.save(directory / "floor.xlsx")

    def work() -> None:
        write_ledger(
            directory / "ledger.xlsx", "问题台账", "填报单位：某某市委编办", COLUMNS, records
        )

    return compare(f"xlsx export, {count:,} rows", work, floor, budget=1.3)


if __name__ == "__main__":
    sys.exit(main())
