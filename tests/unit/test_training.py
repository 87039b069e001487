"""Training sessions and questionnaires: issue, export, import answers back, totals."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from plan_fixtures import make_plan

from dudao_desktop.errors import ValidationError
from dudao_desktop.model import QuestionnaireAnswer, TrainingSession
from dudao_desktop.services import questionnaire_workbook as book
from dudao_desktop.services import training


def test_training_session_with_attendees(office_db):
    plan = make_plan(office_db, departments=1, units_each=1, leaders=1, members=1)
    row = training.add_training(
        office_db,
        plan.campaign_id,
        "督导库成员专题培训",
        date(2026, 3, 6),
        inspectors=list(plan.inspector_ids.values()),
        units=list(plan.unit_ids.values()),
        others=["市委组织部 王某"],
    )
    training.update_training(office_db, row.id, topic="专题培训（第一期）")
    with office_db.session() as s:
        stored = s.get(TrainingSession, row.id)
        assert stored.topic == "专题培训（第一期）"
        assert json.loads(stored.attendees)["others"] == ["市委组织部 王某"]
    assert [t.topic for t in training.list_training(office_db, plan.campaign_id)] == [
        "专题培训（第一期）"
    ]


def test_questionnaire_round_trip_and_totals(office_db, tmp_path):
    plan = make_plan(office_db, departments=1, units_each=3, leaders=1, members=1)
    q = training.create_questionnaire(
        office_db,
        plan.campaign_id,
        "机构编制执行情况问卷",
        [
            ("是否存在混编混岗", "yes_no"),
            ("实有人数", "number"),
            ("主要困难", "text"),
            ("满意度", "choice", ["满意", "基本满意", "不满意"]),
        ],
    )
    assert training.issue_questionnaire(office_db, q.id, list(plan.unit_ids.values())) == 3
    per_unit = book.export_answers(office_db, q.id, tmp_path / "units", per_unit=True)
    assert len(per_unit) == 3
    path = book.export_answers(office_db, q.id, tmp_path / "all.xlsx")[0]
    wb = load_workbook(path)
    ws = wb.active
    assert ws["C2"].value.startswith("1. 是否存在混编混岗")
    ws["C3"], ws["D3"], ws["E3"], ws["F3"] = "否", 12, "人员不足", "满意"
    ws["C4"], ws["D4"], ws["F4"] = "是", 8, "基本满意"
    ws["C5"], ws["D5"] = "也许", "十"
    wb.save(path)
    with pytest.raises(ValidationError) as caught:
        book.import_answers(office_db, q.id, path)
    places = sorted((f.row, f.column) for f in caught.value.findings)
    assert places == [(5, "C (1.)"), (5, "D (2.)")]
    with office_db.session() as s:
        assert s.query(QuestionnaireAnswer).count() == 0
    ws["C5"], ws["D5"] = "否", 10
    wb.save(path)
    assert book.import_answers(office_db, q.id, path) == 3
    totals = training.question_totals(office_db, q.id)
    assert totals[0].counts == {"yes": 1, "no": 2, "na": 0}
    assert totals[1].total == 30 and totals[1].average == 10
    assert totals[2].answered == 1
    assert totals[3].counts == {"满意": 1, "基本满意": 1, "不满意": 0}
