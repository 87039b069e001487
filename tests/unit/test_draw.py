"""The recorded, rule-bound random draw: rules hold or a refusal names the rule; same seed,
same result; a redraw keeps both records."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_fixtures import AREAS, make_plan
from sqlalchemy import select

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import DrawRecord, GroupMembership, InspectionGroup
from dudao_desktop.services import assignment, draw, pool
from dudao_desktop.services.draw_algorithm import (
    RULE_NAMES,
    RULES,
    Candidate,
    DrawRefused,
    compute_draw,
    rule_violations,
)

people = st.lists(
    st.tuples(st.booleans(), st.sets(st.sampled_from(AREAS), max_size=3)),
    min_size=0,
    max_size=16,
)


@st.composite
def requests(draw_):
    pool_ = draw_(people)
    candidates = [
        Candidate(f"id{i:02d}", f"name{(i * 7) % 17:02d}", lead, tuple(sorted(tags)))
        for i, (lead, tags) in enumerate(pool_)
    ]
    groups = draw_(st.integers(1, 5))
    members = draw_(st.integers(0, 4))
    barred = {
        c.id: set(draw_(st.sets(st.integers(1, groups), max_size=1)))
        for c in candidates
        if draw_(st.integers(0, 5)) == 0
    }
    seed = draw_(st.text(alphabet="0123456789abcdef", min_size=1, max_size=32))
    return candidates, groups, members, barred, seed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_every_rule_holds_or_the_refusal_names_the_broken_rule(request):
    candidates, groups, members, barred, seed = request
    try:
        plan = compute_draw(candidates, groups, members, seed, barred)
    except DrawRefused as refusal:
        assert refusal.rule in RULES or refusal.rule == "input"
        assert RULE_NAMES[refusal.rule] in str(refusal)
        leaders = sum(c.leadership for c in candidates)
        if refusal.rule == "leader":
            assert leaders < groups and f"only {leaders} leadership members" in str(refusal)
        if refusal.rule == "size":
            assert len(candidates) < groups * (members + 1)
        return
    assert rule_violations(candidates, plan.groups, groups, members, barred) == []
    # the same seed and pool, in another order, give the same groups
    again = compute_draw(list(reversed(candidates)), groups, members, seed, barred)
    assert again.groups == plan.groups


def test_refusal_says_which_rule_and_why():
    candidates = [Candidate(f"l{i}", f"领导{i}", True) for i in range(3)] + [
        Candidate(f"m{i}", f"成员{i}", False) for i in range(20)
    ]
    with pytest.raises(DrawRefused) as caught:
        compute_draw(candidates, 5, 2, "abc")
    assert caught.value.rule == "leader"
    assert "only 3 leadership members for 5 groups" in str(caught.value)


def test_expertise_is_covered_where_the_pool_allows_and_refused_where_it_cannot_be():
    # two groups, two leaders; area A has two carriers, area B only one (not required)
    candidates = [
        Candidate("l1", "甲", True, ("streamlining",)),
        Candidate("l2", "乙", True),
        Candidate("m1", "丙", False, ("streamlining",)),
        Candidate("m2", "丁", False, ("admin_reform",)),
        Candidate("m3", "戊", False),
    ]
    plan = compute_draw(candidates, 2, 1, "seed")
    assert plan.required == ["streamlining"] and plan.short["admin_reform"] == 1
    for group in plan.groups:
        tags = {t for c in candidates if c.id in group.everyone for t in c.expertise}
        assert "streamlining" in tags
    # both carriers of "streamlining" are leaders-with-no-room: groups of one (leader only)
    tight = [
        Candidate("l1", "甲", True, ("streamlining",)),
        Candidate("l2", "乙", True),
        Candidate("m1", "丙", False, ("streamlining",)),
    ]
    with pytest.raises(DrawRefused) as caught:
        compute_draw(tight, 2, 0, "seed")
    assert caught.value.rule == "expertise"


def test_draw_is_recorded_reproducible_and_a_redraw_keeps_both_records(office_db):
    plan = make_plan(office_db)
    first = draw.draw_groups(office_db, plan.campaign_id, 3, 2, drawn_by="综合科")
    assert len(first.seed) == 32 and int(first.seed, 16) >= 0
    with office_db.session() as s:
        record = s.get(DrawRecord, first.record_id)
        assert record.drawn_by == "综合科" and record.seed == first.seed
        assert len(json.loads(record.candidates)) == 14
        rules = json.loads(record.rules)
        assert rules["groups"] == 3 and rules["members"] == 2
        assert rules["required_expertise"] == AREAS
        groups = s.scalars(select(InspectionGroup).where(InspectionGroup.deleted.is_(False))).all()
        assert len(groups) == 3
        memberships = s.scalars(
            select(GroupMembership).where(GroupMembership.deleted.is_(False))
        ).all()
        assert len(memberships) == 9
        assert len({m.inspector_id for m in memberships}) == 9
    assert draw.replay_draw(office_db, first.record_id)

    with pytest.raises(DudaoError, match="needs a reason"):
        draw.draw_groups(office_db, plan.campaign_id, 3, 2)
    second = draw.draw_groups(
        office_db, plan.campaign_id, 3, 2, seed=first.seed, reason="组长出差，重新抽取"
    )
    assert second.groups == first.groups  # same seed, same pool: same result
    assert second.superseded_id == first.record_id
    records = draw.list_draws(office_db, plan.campaign_id, kind="groups")
    assert [r.superseded for r in records] == [False, True]
    assert records[0].reason == "组长出差，重新抽取"
    assert draw.replay_draw(office_db, records[1].id)


def test_redraw_respects_avoidance_against_assigned_units(office_db):
    plan = make_plan(office_db, leaders=4, members=10)
    draw.draw_groups(office_db, plan.campaign_id, 2, 3, seed="1")
    assignment.assign_units(office_db, plan.campaign_id)
    roster = {
        g.number: g
        for g in __import__("dudao_desktop.services.plan_view", fromlist=["x"]).group_roster(
            office_db
        )
    }
    # every inspector declares a conflict with a unit of group 1, except two leaders
    # and two members: the redraw must put them all in group 1
    unit_of_group1 = roster[1].units[0].unit_id
    free = {"领导01", "领导02", "成员05", "成员06", "成员07", "成员08"}
    for name, inspector_id in plan.inspector_ids.items():
        if name not in free:
            pool.declare_avoidance(office_db, inspector_id, unit_of_group1, "亲属")
    outcome = draw.draw_groups(office_db, plan.campaign_id, 2, 3, reason="回避申报")
    group1 = next(g for g in outcome.groups if g["number"] == 1)
    names = {group1["leader"]["name"], *(m["name"] for m in group1["members"])}
    assert names <= free
    assert assignment.assignment_problems(office_db, plan.campaign_id) == []
