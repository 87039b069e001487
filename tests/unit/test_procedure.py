"""Procedure per unit: step order, what is missing, suggested and confirmed grade, lock."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from dudao_desktop.errors import DudaoError, ValidationError
from dudao_desktop.model import Answer, Campaign, Evidence, Inspection, InspectionRevision, Problem
from dudao_desktop.services import checklist, procedure, users, visits


def new_inspection(database):
    with database.Session() as s:
        answered = select(Answer.inspection_id)
        return s.scalar(select(Inspection).where(Inspection.id.not_in(answered)))


def answer_all(database, inspection_id, column):
    if column == "verified_value":
        with database.Session() as s:
            still_open = s.get(Inspection, inspection_id).step == "self_assessment"
        if still_open:
            procedure.waive_self_assessment(database, inspection_id, "单位未提交自评，直接核查")
    for row in checklist.checklist_rows(database, inspection_id):
        value = {"yes_no": row.expected or "yes", "number": "3", "text": "情况说明"}[
            row.answer_kind
        ]
        checklist.set_answer(database, inspection_id, row.item_id, **{column: value})


def add_evidence(database, inspection_id):
    with database.session() as s:
        inspection = s.get(Inspection, inspection_id)
        for row in checklist.rows_in_session(s, inspection_id):
            if row.evidence_required:
                s.add(
                    Evidence(
                        sha256="0" * 64,
                        unit_id=inspection.unit_id,
                        inspection_id=inspection.id,
                        item_id=row.item_id,
                        captured_at=datetime(2026, 3, 20),
                    )
                )


def record_visit(database, inspection_id):
    data = visits.VisitData(date(2026, 3, 20), "张三、李四", "王局长")
    data.method("report").used = True
    data.method("report").covered = "王局长汇报机构编制执行情况"
    visits.save_visit(database, inspection_id, data)


def test_steps_close_only_when_parts_are_done(demo_db):
    users.add_user(demo_db, "王组长", "group_leader")
    users.sign_in(demo_db, "王组长")
    inspection = new_inspection(demo_db)
    with pytest.raises(ValidationError) as caught:
        procedure.close_step(demo_db, inspection.id)
    rows = checklist.checklist_rows(demo_db, inspection.id)
    assert len(caught.value.findings) == len(rows)
    answer_all(demo_db, inspection.id, "self_value")
    assert procedure.close_step(demo_db, inspection.id) == "on_site"
    answer_all(demo_db, inspection.id, "verified_value")
    missing = procedure.what_is_missing(demo_db, inspection.id)
    needs = [r for r in rows if r.evidence_required]
    assert needs and len(missing) == len(needs) + 1
    assert [f.message for f in missing if "evidence" not in f.message] == [
        procedure.MISSING["visit"]
    ]
    with pytest.raises(DudaoError):  # no grade before the evaluation step
        procedure.confirm_grade(demo_db, inspection.id, "good")
    add_evidence(demo_db, inspection.id)
    record_visit(demo_db, inspection.id)
    assert procedure.close_step(demo_db, inspection.id) == "evaluation"
    with pytest.raises(ValidationError, match="cannot close"):
        procedure.close_step(demo_db, inspection.id)
    suggestion = procedure.suggest_grade(demo_db, inspection.id)
    assert suggestion.grade == "excellent" and suggestion.share == 1.0
    procedure.confirm_grade(demo_db, inspection.id, "excellent")
    assert procedure.close_step(demo_db, inspection.id) == "feedback"
    with demo_db.session() as s:
        unit_id, campaign_id = (
            s.get(Inspection, inspection.id).unit_id,
            s.scalar(select(Campaign.id)),
        )
        problem = Problem(
            unit_id=unit_id,
            campaign_id=campaign_id,
            year=2026,
            category="duties",
            description="职责不清",
        )
        s.add(problem)
    with pytest.raises(ValidationError):
        procedure.close_step(demo_db, inspection.id)
    with demo_db.session() as s:
        s.get(Problem, problem.id).status = "notified"
    assert procedure.close_step(demo_db, inspection.id) == "look_back"
    with pytest.raises(ValidationError):
        procedure.close_step(demo_db, inspection.id)
    with demo_db.session() as s:
        s.get(Problem, problem.id).status = "verified"
    assert procedure.close_step(demo_db, inspection.id) == "closed"
    with pytest.raises(DudaoError, match="already closed"):
        procedure.close_step(demo_db, inspection.id)


def test_confirm_locks_and_change_needs_reason(demo_db):
    users.add_user(demo_db, "王组长", "group_leader")
    users.sign_in(demo_db, "王组长")
    inspection = new_inspection(demo_db)
    answer_all(demo_db, inspection.id, "verified_value")
    with demo_db.session() as s:
        s.get(Inspection, inspection.id).step = "evaluation"
    procedure.confirm_grade(demo_db, inspection.id, "good", note="现场表现良好")
    with demo_db.Session() as s:
        locked = s.get(Inspection, inspection.id)
    assert (locked.locked, locked.grade, locked.confirmed_by) == (True, "good", "王组长")
    assert locked.suggested_grade == "excellent"
    item = checklist.checklist_rows(demo_db, inspection.id)[0]
    with pytest.raises(DudaoError, match="locked"):
        checklist.set_answer(demo_db, inspection.id, item.item_id, verified_value="无")
    with pytest.raises(DudaoError, match="locked"):
        procedure.confirm_grade(demo_db, inspection.id, "fair")
    procedure.confirm_grade(demo_db, inspection.id, "fair", reason="复核发现问题")
    checklist.set_answer(
        demo_db, inspection.id, item.item_id, verified_value="无", reason="现场复核", by="李四"
    )
    with demo_db.Session() as s:
        revs = list(
            s.scalars(
                select(InspectionRevision)
                .where(InspectionRevision.inspection_id == inspection.id)
                .order_by(InspectionRevision.created_hlc)
            )
        )
        assert s.get(Inspection, inspection.id).grade == "fair"
    assert [r.reason for r in revs] == ["复核发现问题", "现场复核"]
    assert json.loads(revs[0].snapshot)["grade"] == "good"
    assert json.loads(revs[1].snapshot)["answers"][item.code][1] != "na"


def test_mixed_posts_problem_caps_grade(demo_db):
    inspection = new_inspection(demo_db)
    answer_all(demo_db, inspection.id, "verified_value")
    with demo_db.session() as s:
        i = s.get(Inspection, inspection.id)
        s.add(
            Problem(
                unit_id=i.unit_id,
                campaign_id=i.campaign_id,
                year=2026,
                category="mixed_posts",
                description="混编混岗",
            )
        )
    suggestion = procedure.suggest_grade(demo_db, inspection.id)
    assert suggestion.grade == "good" and suggestion.caps


def test_progress_overview(demo_db):
    with demo_db.Session() as s:
        campaign_id = s.scalar(select(Campaign.id))
    overview = procedure.progress_overview(demo_db, campaign_id)
    assert len(overview) == 5 and sum(g.units for g in overview) == 420
    with demo_db.Session() as s:
        steps = list(s.scalars(select(Inspection.step)))
    from dudao_desktop.model.vocab import STEPS

    for step in STEPS[:-1]:
        past = sum(1 for st in steps if STEPS.index(st) > STEPS.index(step))
        assert sum(g.done[step] for g in overview) == past
    assert sum(sum(g.at.values()) for g in overview) == 420
