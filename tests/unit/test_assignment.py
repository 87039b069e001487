"""Units to groups: balanced, departments together, each unit once, avoidance on every move;
the seeded, recorded spot check."""

from __future__ import annotations

import json

import pytest
from plan_fixtures import make_plan
from sqlalchemy import select

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Assignment, DrawRecord
from dudao_desktop.services import assignment, draw, pool
from dudao_desktop.services.plan_view import group_roster, unassigned_units


@pytest.fixture
def plan(office_db):
    p = make_plan(office_db, departments=6, units_each=2, leaders=4, members=8)
    draw.draw_groups(office_db, p.campaign_id, 3, 2, seed="abc")
    return p


def test_assign_balances_and_keeps_departments_together(office_db, plan):
    report = assignment.assign_units(office_db, plan.campaign_id)
    assert report.assigned == 12 and sorted(report.loads.values()) == [4, 4, 4]
    roster = group_roster(office_db, plan.campaign_id)
    for group in roster:
        departments = {plan.department_of[u.name] for u in group.units}
        assert len(departments) == 2
        assert [u.visit_order for u in group.units] == [1, 2, 3, 4]
        assert group.leader is not None
    assert unassigned_units(office_db, plan.campaign_id) == []
    assert assignment.assignment_problems(office_db, plan.campaign_id) == []


def test_move_checks_avoidance_and_keeps_each_unit_once(office_db, plan):
    assignment.assign_units(office_db, plan.campaign_id)
    roster = group_roster(office_db, plan.campaign_id)
    unit = roster[0].units[0]
    target = roster[1]
    pool.declare_avoidance(office_db, target.members[0].inspector_id, unit.unit_id, "曾任职")
    with pytest.raises(DudaoError, match="must avoid unit"):
        assignment.move_unit(office_db, plan.campaign_id, unit.unit_id, target.id)
    assignment.move_unit(office_db, plan.campaign_id, unit.unit_id, roster[2].id)
    with office_db.session() as s:
        rows = s.scalars(
            select(Assignment).where(
                Assignment.unit_id == unit.unit_id, Assignment.deleted.is_(False)
            )
        ).all()
        assert [r.group_id for r in rows] == [roster[2].id]
        assert rows[0].visit_order == 5
    after = group_roster(office_db, plan.campaign_id)
    assert [u.visit_order for u in after[0].units] == [1, 2, 3]
    order = [u.unit_id for u in after[2].units][::-1]
    assignment.set_visit_order(office_db, plan.campaign_id, roster[2].id, order)
    assert [u.unit_id for u in group_roster(office_db, plan.campaign_id)[2].units] == order
    assert assignment.assignment_problems(office_db, plan.campaign_id) == []


def test_assign_avoids_groups_with_conflicts(office_db, plan):
    roster = group_roster(office_db, plan.campaign_id)
    # the leaders of groups 1 and 2 must avoid 单位1-1: department 1 goes to group 3
    for group in roster[:2]:
        pool.declare_avoidance(office_db, group.leader.inspector_id, plan.unit_ids["单位1-1"])
    assignment.assign_units(office_db, plan.campaign_id)
    third = group_roster(office_db, plan.campaign_id)[2]
    assert "单位1-1" in [u.name for u in third.units]
    assert assignment.assignment_problems(office_db, plan.campaign_id) == []


def test_spot_check_is_seeded_recorded_and_redraw_needs_a_reason(office_db, plan):
    assignment.assign_units(office_db, plan.campaign_id)
    first = assignment.spot_check(office_db, plan.campaign_id, 0.25, seed="s1")
    assert len(first.chosen) == 3 and first.total == 12
    with office_db.session() as s:
        flagged = s.scalars(select(Assignment.unit_id).where(Assignment.spot_check.is_(True)))
        assert set(flagged) == set(first.chosen)
        record = s.get(DrawRecord, first.record_id)
        assert record.kind == "spot_check" and json.loads(record.rules)["count"] == 3
    with pytest.raises(DudaoError, match="needs a reason"):
        assignment.spot_check(office_db, plan.campaign_id, 0.25, seed="s1")
    again = assignment.spot_check(office_db, plan.campaign_id, 0.25, seed="s1", reason="复核")
    assert again.chosen == first.chosen
    kinds = [
        (r.kind, r.superseded)
        for r in draw.list_draws(office_db, plan.campaign_id, kind="spot_check")
    ]
    assert kinds == [("spot_check", False), ("spot_check", True)]


def test_balance_splits_only_a_department_above_the_average():
    from dudao_desktop.services.assignment_algorithm import NoGroupFits, balance_units

    education = [f"edu{i:03d}" for i in range(150)]
    others = [[f"d{d:02d}-{i}" for i in range(10)] for d in range(27)]
    groups = ["g1", "g2", "g3", "g4", "g5"]
    placed = balance_units([education, *others], groups)
    everything = [u for units in placed.values() for u in units]
    assert sorted(everything) == sorted(education + [u for b in others for u in b])
    loads = [len(placed[g]) for g in groups]
    assert max(loads) - min(loads) <= 10 and max(loads) <= 90
    holders = {g for g in groups if any(u.startswith("edu") for u in placed[g])}
    assert len(holders) == 2  # 150 > 84 (420 / 5): split in two parts of 75
    for block in others:  # every department below the average stays whole
        assert len({g for g in groups if block[0] in placed[g] or block[-1] in placed[g]}) == 1
        assert any(set(block) <= set(placed[g]) for g in groups)
    # Avoidance moves a department to another group; a unit every group avoids is refused.
    placed = balance_units([["a", "b"], ["c"]], ["g1", "g2"], {"g1": {"b"}})
    assert placed == {"g1": ["c"], "g2": ["a", "b"]}
    with pytest.raises(NoGroupFits) as refused:
        balance_units([["a"]], ["g1", "g2"], {"g1": {"a"}, "g2": {"a"}})
    assert refused.value.unit_id == "a"


def test_demo_draw_is_auditable_and_assignment_balanced(demo_db):
    records = draw.list_draws(demo_db, None, kind="groups")
    assert len(records) == 1 and draw.replay_draw(demo_db, records[0].id)
    assert json.loads(records[0].rules)["algorithm"] == "dudao-draw-1"
    loads = [len(g.units) for g in group_roster(demo_db, None)]
    assert sum(loads) == 420 and max(loads) - min(loads) <= 10
    assert assignment.assignment_problems(demo_db, None) == []
