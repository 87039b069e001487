"""The embedded demo campaign: realistic, valid and reproducible."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from stdnum.cn import uscc

from dudao_desktop.db.changes import synced_fields
from dudao_desktop.model import (
    SYNCED_MODELS,
    Assignment,
    Evidence,
    Inspection,
    Inspector,
    Problem,
    Unit,
)
from dudao_desktop.model.unit import ESTABLISHMENT_COLUMNS
from dudao_desktop.model.vocab import kind_group
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
    assert counts["unit"] == 420 + 3  # the campaign's units and three revoked this year
    assert counts["inspector"] == 30
    assert counts["inspection_group"] == 5
    assert counts["checklist_item"] >= 40
    assert counts["department"] == 59
    assert counts["warning"] > 0 and counts["blacklist_entry"] == 2
    with demo_db.Session() as s:
        units = s.execute(select(Unit)).scalars().all()
    assert all(uscc.is_valid(u.uscc) for u in units)
    assert len({u.uscc for u in units}) == 423
    assert any(u.actual_staff > u.approved_establishment for u in units)
    kinds = Counter(u.kind for u in units)
    assert kinds["township"] == 12  # about a dozen towns and streets
    assert set(kinds) >= {
        "party_department",
        "government_department",
        "people_congress",
        "cppcc",
        "court",
        "procuratorate",
        "mass_organisation",
        "civil_service_institution",
        "public_welfare_1",
        "public_welfare_2",
        "business_institution",
    }
    institutions = sum(n for k, n in kinds.items() if kind_group(k) == "institution")
    assert 0.7 < institutions / len(units) < 0.9
    for unit in units:  # figures by kind add up; posts by 正/副 add up
        assert unit.actual_staff == sum(unit.actual(k) for k in ESTABLISHMENT_COLUMNS)
        assert unit.leader_posts_approved == (
            unit.leader_principal_approved + unit.leader_deputy_approved
        )
        assert unit.level and unit.funding and unit.regulation_doc_no
    for name in ("interview", "evidence", "questionnaire_issue", "training_session"):
        assert counts[name] > 0, name  # no tab is empty


def test_demo_obeys_the_procedure(demo_db):
    """No problem fed back before the unit's evaluation was confirmed, none rectified at a
    unit still in on-site verification; revoked units are not assigned; evidence files are
    in the store; named people confirmed the evaluations."""
    with demo_db.Session() as s:
        rows = s.execute(
            select(Problem.status, Inspection.step, Inspection.confirmed_by).join(
                Inspection,
                (Inspection.unit_id == Problem.unit_id)
                & (Inspection.campaign_id == Problem.campaign_id),
            )
        ).all()
        assert rows
        for status, step, confirmed_by in rows:
            if status in ("notified", "rectifying", "rectified"):
                assert step in ("evaluation", "feedback") and confirmed_by, (status, step)
            if status == "rectified":
                assert step == "feedback"
        revoked = set(s.scalars(select(Unit.id).where(Unit.status == "revoked")))
        assert len(revoked) == 3
        assert not revoked & set(s.scalars(select(Assignment.unit_id)))
        shas = s.scalars(select(Evidence.sha256)).all()
        confirmed = set(s.scalars(select(Inspection.confirmed_by).where(Inspection.locked)))
        pool = set(s.scalars(select(Inspector.name)))
    assert confirmed and confirmed <= pool
    assert all((demo_db.evidence_dir / sha[:2] / sha).is_file() for sha in shas)
