"""Export the 100,000-row problem ledger to ``.xlsx`` the way ``dudao ledger export`` does.

Work: ``services.ledger_export.export_ledger(database, "problems", path)``, the service the
CLI and the GUI call: the ledger's query (problem, unit and department), every exported
column, vocabulary labels in Chinese, the office layout (title, two-level merged header,
typed and bordered cells, widths, frozen header, print titles, autofilter), saved atomically.
Floor: the same SQL query (built from the same ledger declaration) on a Core connection, its
raw rows appended to a bare openpyxl write-only sheet and saved. Every problem has every
editable column filled (dates, vocabulary keys, long texts), over 10,000 units.
Budget (DESIGN.md): < 1.3x the floor.

Run: ``python bench/bench_xlsx_export.py [--quick] [--rows N] [--pairs N]`` (quick: 20,000).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bench_data import bulk_units
from _floor import compare

from dudao_desktop import i18n
from dudao_desktop.db.engine import Database
from dudao_desktop.model import Problem, Unit
from dudao_desktop.model.vocab import (
    PROBLEM_ACTORS,
    PROBLEM_CATEGORIES,
    PROBLEM_SOURCES,
    PROBLEM_STATUSES,
)
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.ledger_columns import ledger
from dudao_desktop.services.ledger_export import export_ledger

UNITS = 10_000
TEXTS = (
    "内设机构名称与三定规定不一致，擅自增设内设机构2个",
    "超编进人3名，混编混岗，行政编制人员从事事业工作",
    "领导职数超配1名，未按规定程序报批",
    "事业单位法人证书未悬挂正本，年度报告未按时公示",
    "=实名制信息未及时更新",  # text an office typed that looks like a formula
)


def full_problems(database: Database, count: int, seed: int = 18) -> None:
    """``count`` problems over the units, every editable column filled (core inserts, as
    the other benches' scale rows)."""
    rng = random.Random(seed)
    with database.Session() as s:
        units = list(s.scalars(select(Unit.id)))
    day = date(2013, 1, 1)
    keys = {
        "source_kind": list(PROBLEM_SOURCES),
        "category": list(PROBLEM_CATEGORIES),
        "actor": list(PROBLEM_ACTORS),
        "status": list(PROBLEM_STATUSES),
    }
    with database.engine.begin() as connection:
        for first in range(0, count, 10_000):
            rows = []
            for n in range(first, min(first + 10_000, count)):
                found = day + timedelta(days=rng.randrange(4800))
                rows.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "unit_id": rng.choice(units),
                        "number": f"督查〔{found.year}〕{n % 900 + 1}号",
                        "found_on": found,
                        "source": "2026年机构编制大督导",
                        "year": found.year,
                        "description": rng.choice(TEXTS),
                        "figure": n % 5,
                        "cause": "对机构编制纪律认识不到位",
                        "handling_opinion": "责令限期整改",
                        "measures": "按三定规定调整内设机构，清理超编人员",
                        "rectification_plan": "分两步整改，2027年6月底前完成",
                        "deadline": found + timedelta(days=180),
                        "responsible_unit": "县人力资源和社会保障局",
                        "responsible": "张三",
                        "supervising_section": "监督检查科",
                        "supervisor": "李四",
                        "notified_on": found + timedelta(days=10),
                        "feedback_number": f"编督〔{found.year}〕{n % 300 + 1}号",
                        "delivered_on": found + timedelta(days=12),
                        "received_by": "王五",
                        "rectified_on": found + timedelta(days=150),
                        "lookback_on": found + timedelta(days=200),
                        "lookback_by": "赵六",
                        "lookback_result": "已整改到位",
                        "closed_on": found + timedelta(days=210),
                        "closed_by": "钱七",
                        **{key: rng.choice(values) for key, values in keys.items()},
                    }
                )
            connection.execute(insert(Problem), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 problems")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--pairs", type=int, default=5)
    options = parser.parse_args()
    count = options.rows or (20_000 if options.quick else 100_000)
    i18n.set_language("zh_CN")
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as tmp:
        directory = Path(tmp)
        database = init_installation(directory / "data", "office", "某某县委编办", "bench")
        bulk_units(database, UNITS)
        full_problems(database, count)
        book = ledger("problems")
        query = (
            book.select_rows(book.exported())
            .order_by(*book.order_by, book.model.id)
            .execution_options(yield_per=2000)
        )

        def floor() -> None:
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("台账")
            with database.engine.connect() as connection:
                for row in connection.execute(query):
                    sheet.append(tuple(row))
            workbook.save(directory / "floor.xlsx")

        def work() -> None:
            export_ledger(database, "problems", directory / "问题整改台账.xlsx")

        code = compare(
            f"xlsx export (dudao ledger export problems), {count:,} rows",
            work,
            floor,
            budget=1.3,
            repeat=options.pairs,
        )
        database.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
