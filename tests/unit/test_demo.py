"""The embedded demo campaign: realistic, valid and reproducible."""

from __future__ import annotations

from sqlalchemy import select
from stdnum.cn import uscc

from dudao_desktop.db.changes import synced_fields
from dudao_desktop.model import SYNCED_MODELS, Unit
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.info import count_records


def dump(database) -> dict[str, list[tuple]]:
    """Every synced record's data (ids included), without the clock stamps."""
    tables = {}
    with database.Session() as s:
        for name, model in sorted(SYNCED_MODELS.items()):
            fields = ["id", *synced_fields(model)]
            rows = s.execute(select(*(getattr(model, f) for f in fields))).all()
            tables[name] = sorted(tuple(str(v) for v in row) for row in rows)
    return tables


def test_same_seed_gives_the_same_database(tmp_path):
    first = create_demo(tmp_path / "a", units=40, seed=7)
    second = create_demo(tmp_path / "b", units=40, seed=7)
    other = create_demo(tmp_path / "c", units=40, seed=8)
    try:
        assert dump(first) == dump(second)
        assert dump(first)["unit"] != dump(other)["unit"]
    finally:
        for database in (first, second, other):
            database.dispose()


def test_demo_is_a_realistic_campaign(demo_db):
    counts = count_records(demo_db)
    assert counts["unit"] == 420
    assert counts["inspector"] == 30
    assert counts["inspection_group"] == 5
    assert counts["checklist_item"] >= 40
    assert counts["department"] == 40
    assert counts["warning"] > 0 and counts["blacklist_entry"] == 2
    with demo_db.Session() as s:
        units = s.execute(select(Unit)).scalars().all()
    assert all(uscc.is_valid(u.uscc) for u in units)
    assert len({u.uscc for u in units}) == 420
    assert any(u.actual_staff > u.approved_establishment for u in units)
    assert {u.kind for u in units} == {"agency", "institution", "township"}
