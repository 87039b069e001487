"""Warnings from the rules file: raised with figures, acknowledged, recomputed idempotently."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dudao_desktop.model import ChangeLog, Unit
from dudao_desktop.services import warnings

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_campaign, make_problem, make_unit

TODAY = date(2026, 11, 26)


@pytest.fixture
def units(office_db):
    over = make_unit(
        office_db,
        "超编单位",
        "123707990000000001",
        establishment_institution=10,
        actual_staff=12,
        leader_posts_approved=2,
        leader_posts_actual=3,
    )
    expiring = make_unit(
        office_db,
        "证书单位",
        "123707990000000002",
        establishment_institution=10,
        actual_staff=10,
        certificate_no="事证第1号",
        certificate_expiry=TODAY + timedelta(days=30),
    )
    fine = make_unit(
        office_db,
        "正常单位",
        "123707990000000003",
        establishment_institution=10,
        actual_staff=9,
        certificate_expiry=TODAY + timedelta(days=400),
    )
    make_problem(office_db, fine, "逾期问题", TODAY - timedelta(days=3))
    return office_db, over, expiring, fine


def rules_of(database):
    return {(w.unit_id, w.rule): w for w in warnings.list_warnings(database)}


def test_each_rule_names_unit_rule_and_figures(units):
    database, over, expiring, fine = units
    counts = warnings.recompute(database, TODAY)
    found = rules_of(database)
    assert set(found) == {
        (over, "over_establishment"),
        (over, "leader_posts_over_quota"),
        (expiring, "certificate_expiring"),
        (fine, "rectification_overdue"),
    }
    assert counts["raised"] == 4
    staff = found[(over, "over_establishment")]
    assert staff.unit_name == "超编单位" and staff.figures == {
        "kind": "total",
        "kind_name": "合计（未分类）",
        "actual": 12,
        "approved": 10,
        "excess": 2,
    }
    assert "12" in staff.message and "10" in staff.message
    assert found[(expiring, "certificate_expiring")].figures["days_left"] == 30
    assert found[(fine, "rectification_overdue")].figures["count"] == 1


def test_recompute_is_idempotent_and_clears_what_no_longer_applies(units):
    database, over, _, _ = units
    warnings.recompute(database, TODAY)
    with database.Session() as s:
        logged = s.execute(select(func.count()).select_from(ChangeLog)).scalar()
    assert warnings.recompute(database, TODAY) == {
        "raised": 0,
        "updated": 0,
        "cleared": 0,
        "active": 4,
    }
    with database.Session() as s:
        assert s.execute(select(func.count()).select_from(ChangeLog)).scalar() == logged
    with database.session() as s:
        s.get(Unit, over).actual_staff = 10
    counts = warnings.recompute(database, TODAY)
    assert counts["cleared"] == 1
    assert (over, "over_establishment") not in rules_of(database)
    history = warnings.list_warnings(database, include_cleared=True)
    assert any(w.rule == "over_establishment" and w.cleared_on == TODAY for w in history)


def test_acknowledge_with_a_note(units):
    database, over, _, _ = units
    warnings.recompute(database, TODAY)
    warning = rules_of(database)[(over, "over_establishment")]
    with pytest.raises(warnings.DudaoError):
        warnings.acknowledge(database, warning.id, " ")
    warnings.acknowledge(database, warning.id, "已督促单位按程序核减")
    warnings.recompute(database, TODAY)
    kept = rules_of(database)[(over, "over_establishment")]
    assert kept.acknowledged and kept.note == "已督促单位按程序核减"


def test_not_inspected_in_this_campaign(units):
    database, over, expiring, fine = units
    make_campaign(database, [over])  # over is visited (visited_on set)
    with database.session() as s:
        from dudao_desktop.model import Assignment, Campaign

        campaign = s.execute(select(Campaign)).scalar_one()
        group_id = s.execute(select(Assignment.group_id)).scalar()
        s.add(Assignment(campaign_id=campaign.id, group_id=group_id, unit_id=fine))
    warnings.recompute(database, TODAY)
    found = rules_of(database)
    assert (fine, "not_inspected") in found and (over, "not_inspected") not in found
    assert found[(fine, "not_inspected")].figures == {"campaign": "2026年机构编制大督导"}


def test_a_disabled_rule_raises_nothing(units, tmp_path):
    database, *_ = units
    rules = tmp_path / "rules.json"
    rules.write_text(
        '{"rules": [{"id": "over_establishment", "enabled": false},'
        '{"id": "leader_posts_over_quota", "message": "{excess}"}]}',
        encoding="utf-8",
    )
    warnings.recompute(database, TODAY, rules_file=rules)
    assert [w.message for w in warnings.list_warnings(database)] == ["1"]


def test_figures_are_shown_under_their_names():
    assert warnings.figure_rows(
        "over_establishment", {"excess": 2, "actual": 12, "approved": 10}
    ) == [("Actual staff", 12), ("Approved establishment", 10), ("Over establishment by", 2)]
    # "approved" means leader posts for the leader-post rule.
    assert ("Leader posts approved", 2) in warnings.figure_rows(
        "leader_posts_over_quota", {"actual": 3, "approved": 2, "excess": 1}
    )
    # An expired certificate counts the days since it expired, never "days left = -40".
    expired = warnings.figure_rows(
        "certificate_expiring",
        {"certificate_no": "事证第1号", "expiry": "2026-10-17", "days_left": -40},
    )
    assert expired == [
        ("Certificate number", "事证第1号"),
        ("Expiry date", "2026-10-17"),
        ("Days since expiry", 40),
    ]
    assert ("Days left", 30) in warnings.figure_rows("certificate_expiring", {"days_left": 30})
    # Every rule of the rules file has its figures named.
    assert set(warnings.FIGURE_LABELS) == set(warnings.RULE_LABELS)
