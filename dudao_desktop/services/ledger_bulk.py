"""Fast bulk test data for the ledgers (tests and ``bench/``), not for office use.

Rows are written with one core ``insert()`` executemany per batch, bypassing the change
log: they are scale fixtures, never synced.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import insert, select

from ..db.engine import Database
from ..model import Department, Problem, Unit
from ..model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUSES

DESCRIPTIONS = (
    "内设机构名称与三定规定不一致",
    "擅自增设内设机构",
    "超编进人",
    "领导职数超配",
    "混编混岗，行政编制人员从事事业工作",
    "事业单位法人证书未悬挂正本",
    "实名制信息未及时更新",
    "职责交叉，存在越位缺位",
)


def ensure_units(database: Database, count: int = 50) -> list[str]:
    """At least ``count`` units (with departments); returns unit ids."""
    with database.session() as s:
        ids = list(s.execute(select(Unit.id).where(Unit.deleted.is_(False))).scalars())
        if len(ids) >= count:
            return ids
        departments = [Department(name=f"测试主管部门{n}") for n in range(5)]
        s.add_all(departments)
        s.flush()
        for n in range(len(ids), count):
            unit = Unit(
                uscc=f"12370799{n:09d}X"[:18],
                name=f"测试单位{n:04d}",
                kind="institution",
                department_id=departments[n % 5].id,
                establishment_institution=10,
                actual_staff=8,
                leader_posts_approved=3,
                leader_posts_actual=2,
            )
            s.add(unit)
            s.flush()
            ids.append(unit.id)
        return ids


def bulk_problems(database: Database, count: int, seed: int = 7, batch: int = 10_000) -> None:
    """Insert ``count`` problems spread over the units, statuses, categories and years."""
    rng = random.Random(seed)
    units = ensure_units(database)
    categories = list(PROBLEM_CATEGORIES)
    start = date(2013, 1, 1)
    with database.engine.begin() as connection:
        for first in range(0, count, batch):
            rows = []
            for _ in range(min(batch, count - first)):
                deadline = start + timedelta(days=rng.randrange(5200))
                # Every other field takes its column default.
                rows.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "unit_id": rng.choice(units),
                        "source": "批量测试",
                        "year": deadline.year,
                        "category": rng.choice(categories),
                        "description": rng.choice(DESCRIPTIONS),
                        "measures": "按规定整改",
                        "deadline": deadline,
                        "responsible": "张三",
                        "status": rng.choice(PROBLEM_STATUSES[:5]),  # closed ones are rare
                    }
                )
            connection.execute(insert(Problem), rows)
