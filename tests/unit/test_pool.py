"""The inspector pool: editing, avoidance, and the all-or-nothing workbook import."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from plan_fixtures import make_plan, make_uscc

from dudao_desktop.errors import DudaoError, ValidationError
from dudao_desktop.services import pool, pool_workbook

HEADER = ["姓名", "单位", "职务", "电话", "专业领域", "班子成员", "本人单位"]


def write_book(path, header, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "督导库"
    ws.append(["昌河市督导库"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_add_edit_retire_and_avoid(office_db):
    plan = make_plan(office_db, departments=1, units_each=2, leaders=1, members=1)
    inspector = pool.add_inspector(
        office_db, "王芳", expertise="放管服改革、事业单位监管", is_leadership=True
    )
    assert inspector.expertise == "streamlining,institution_supervision"
    with pytest.raises(DudaoError, match="already has an inspector called"):
        pool.add_inspector(office_db, "王芳")
    with pytest.raises(DudaoError, match="Unknown expertise"):
        pool.update_inspector(office_db, inspector.id, expertise="财务")
    pool.update_inspector(
        office_db, inspector.id, phone="13800000000", unit_id=plan.unit_ids["单位1-1"]
    )
    pool.declare_avoidance(office_db, inspector.id, plan.unit_ids["单位1-2"], "配偶在该单位")
    rows = pool.list_avoidances(office_db, inspector.id)
    assert [(r.unit, r.reason) for r in rows] == [
        ("单位1-1", "own unit"),
        ("单位1-2", "配偶在该单位"),
    ]
    pool.retire_inspector(office_db, inspector.id)
    assert "王芳" not in [i.name for i in pool.list_inspectors(office_db)]
    assert "王芳" in [i.name for i in pool.list_inspectors(office_db, include_retired=True)]


def test_import_with_missing_column_duplicate_and_unknown_tag_imports_nothing(office_db, tmp_path):
    make_plan(office_db, departments=1, units_each=1, leaders=0, members=0)
    good = write_book(
        tmp_path / "good.xlsx",
        HEADER,
        [
            ["张伟", "编办", "主任", "138", "放管服改革", "是", make_uscc(1)],
            ["李娜", "编办", "科员", "139", "Establishment management, admin_reform", "否", None],
        ],
    )
    report = pool_workbook.import_pool(office_db, good)
    assert (report.added, report.updated) == (2, 0)

    bad = write_book(
        tmp_path / "bad.xlsx",
        [h for h in HEADER if h != "班子成员"],
        [
            ["赵强", "编办", "科员", "1", "放管服改革", None],
            ["赵强", "编办", "科员", "2", "机构编制管理", None],
            ["孙丽", "编办", "科员", "3", "财务审计", None],
        ],
    )
    with pytest.raises(ValidationError) as caught:
        pool_workbook.import_pool(office_db, bad)
    findings = caught.value.findings
    places = {(f.sheet, f.row, f.column, f.message.split(":")[0]) for f in findings}
    assert ("督导库", 2, "Leadership member", "Required column '{column}' is missing") in places
    duplicate = next(f for f in findings if "appears twice" in f.message)
    assert (duplicate.sheet, duplicate.row, duplicate.column) == ("督导库", 4, "A (姓名)")
    tag = next(f for f in findings if "Unknown expertise" in f.message)
    assert (tag.sheet, tag.row, tag.column) == ("督导库", 5, "E (专业领域)")
    assert "财务审计" in str(caught.value)
    names = [i.name for i in pool.list_inspectors(office_db)]
    assert names == ["张伟", "李娜"]  # nothing of the bad file was imported


def test_export_then_import_round_trips(office_db, tmp_path):
    plan = make_plan(office_db, departments=1, units_each=2, leaders=2, members=2)
    pool.declare_avoidance(
        office_db, plan.inspector_ids["成员03"], plan.unit_ids["单位1-2"], "亲属"
    )
    path = tmp_path / "pool.xlsx"
    assert pool_workbook.export_pool(office_db, path) == 4
    ws = load_workbook(path)["Inspectors"]
    assert ws["A2"].value == "Name" and ws["A3"].value == "成员03"
    assert load_workbook(path)["Avoidance"]["A3"].value == "成员03"
    report = pool_workbook.import_pool(office_db, path)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
