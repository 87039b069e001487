"""Unit roster import and export: validation, all or nothing, dry run, report."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from dudao_desktop.errors import DudaoError, ValidationError
from dudao_desktop.model import Department, Unit
from dudao_desktop.services import roster
from dudao_desktop.services.demo import make_uscc

HEADER = [
    "单位名称",
    "统一社会信用代码",
    "单位类型",
    "主管部门",
    "行政编制",
    "事业编制",
    "实有人数",
    "领导职数",
    "实配领导职数",
    "内设机构",
]
DEPARTMENTS = ["市委办公室", "市财政局", "市教育局"]


def good_rows(count: int, seed: int = 7) -> list[list]:
    rng = random.Random(seed)
    rows, seen = [], set()
    for index in range(count):
        code = make_uscc(rng, "agency")
        while code in seen:
            code = make_uscc(rng, "agency")
        seen.add(code)
        kind = ("机关", "事业单位", "镇街")[index % 3]
        rows.append(
            [
                f"测试单位{index:03d}",
                code,
                kind,
                DEPARTMENTS[index % 3],
                10 + index % 5,
                0,
                9,
                3,
                2,
                "办公室、综合科",
            ]
        )
    return rows


def write_roster(path: Path, rows: list[list], title: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "名册"
    if title:
        ws.append(["全市机关事业单位名册"])
        ws.merge_cells("A1:J1")
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def departments(office_db):
    with office_db.session() as s:
        for name in DEPARTMENTS:
            s.add(Department(name=name))
    return office_db


def unit_count(database) -> int:
    with database.Session() as s:
        return s.scalar(select(func.count()).select_from(Unit))


def test_420_good_rows_import(departments, tmp_path):
    path = write_roster(tmp_path / "roster.xlsx", good_rows(420))
    plan = roster.import_roster(departments, path)
    assert plan.applied and plan.count("new") == 420
    assert unit_count(departments) == 420
    with departments.Session() as s:
        unit = s.scalar(select(Unit).where(Unit.name == "测试单位004"))
        dept = s.get(Department, unit.department_id)
    assert (unit.kind, dept.name, unit.establishment_admin, unit.actual_staff) == (
        "institution",
        "市财政局",
        14,
        9,
    )


def test_three_bad_rows_import_nothing_and_are_reported(departments, tmp_path):
    rows = good_rows(420)
    rows[10][1] = rows[10][1][:-1] + ("0" if rows[10][1][-1] != "0" else "1")  # bad checksum
    rows[20][1] = rows[5][1]  # duplicate USCC
    rows[30][6] = "十二人"  # text in a number column
    path = write_roster(tmp_path / "bad.xlsx", rows)
    with pytest.raises(ValidationError) as caught:
        roster.import_roster(departments, path)
    findings = caught.value.findings
    assert unit_count(departments) == 0
    places = {(f.sheet, f.row, f.column.split(" ")[0]) for f in findings}
    # Data starts on row 3 (title row, header row).
    assert places == {("名册", 13, "B"), ("名册", 23, "B"), ("名册", 33, "G")}
    report = roster.write_findings_report(findings, tmp_path / "report.xlsx")
    ws = load_workbook(report).active
    assert ws.max_row == 4
    assert {ws.cell(r, 3).value for r in range(2, 5)} == {13, 23, 33}
    assert any("twice" in ws.cell(r, 5).value for r in range(2, 5))


def test_override_note_accepts_known_bad_code(departments, tmp_path):
    rows = good_rows(2)
    bad = rows[0][1][:-1] + ("0" if rows[0][1][-1] != "0" else "1")
    rows[0][1] = bad
    path = write_roster(tmp_path / "r.xlsx", rows)
    with pytest.raises(ValidationError):
        roster.import_roster(departments, path)
    roster.import_roster(departments, path, overrides={bad: "登记机关核发的代码有误，已报备"})
    with departments.Session() as s:
        unit = s.scalar(select(Unit).where(Unit.uscc == bad))
    assert unit.uscc_override_note == "登记机关核发的代码有误，已报备"


def test_unknown_department_and_duplicate_name_against_database(departments, tmp_path):
    rows = good_rows(3)
    roster.import_roster(departments, write_roster(tmp_path / "a.xlsx", rows))
    other = good_rows(3, seed=99)
    for row in other:
        row[0] = "新" + row[0]
    other[0][0] = rows[1][0]  # same name as an existing unit, different code
    other[1][3] = "不存在的局"
    with pytest.raises(ValidationError) as caught:
        roster.import_roster(departments, write_roster(tmp_path / "b.xlsx", other))
    texts = [str(f) for f in caught.value.findings]
    assert len(texts) == 2
    assert any("already in the roster" in t for t in texts)
    assert any("不存在的局" in t for t in texts)
    assert unit_count(departments) == 3


def test_dry_run_shows_changes_by_uscc_then_update(departments, tmp_path):
    rows = good_rows(5)
    roster.import_roster(departments, write_roster(tmp_path / "a.xlsx", rows))
    rows[2][6] = 15
    rows.append(good_rows(6, seed=3)[5])
    rows[-1][0] = "新增单位"
    path = write_roster(tmp_path / "b.xlsx", rows)
    plan = roster.import_roster(departments, path, dry_run=True)
    assert not plan.applied
    assert (plan.count("new"), plan.count("updated"), plan.count("unchanged")) == (1, 1, 4)
    updated = next(c for c in plan.changes if c.action == "updated")
    assert updated.changes == {"actual_staff": (9, 15)}
    assert unit_count(departments) == 5
    roster.import_roster(departments, path)
    with departments.Session() as s:
        assert s.scalar(select(Unit.actual_staff).where(Unit.uscc == rows[2][1])) == 15
    assert unit_count(departments) == 6


def test_merged_cells_hidden_rows_formulas_and_trailing_rows(office_db, tmp_path):
    rows = good_rows(4)
    path = tmp_path / "m.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Unit name", "USCC", "Kind", "Supervising department", "Actual staff(人)"])
    for row in rows:
        ws.append([row[0], row[1], "agency", "市委办公室", "=3*3"])
    ws.merge_cells("D2:D5")  # department written once for the four units
    ws.row_dimensions[3].hidden = True
    for _ in range(5):
        ws.append([None, None, None, None, None])
    wb.save(path)
    with pytest.raises(ValidationError) as caught:
        roster.import_roster(office_db, path, add_departments=True)
    assert all("formula" in f.message for f in caught.value.findings)
    assert len(caught.value.findings) == 4
    for r in range(2, 6):
        ws.cell(r, 5).value = 9
    wb.save(path)
    plan = roster.import_roster(office_db, path, add_departments=True)
    assert plan.count("new") == 4 and plan.new_departments == ["市委办公室"]
    assert [n.row for n in plan.notes] == [3]
    with office_db.Session() as s:
        depts = {d for d in s.scalars(select(Unit.department_id))}
    assert len(depts) == 1 and None not in depts


def test_export_round_trip(demo_db, tmp_path):
    path = tmp_path / "export.xlsx"
    # Every unit, the three revoked ones too (their status goes with them).
    assert roster.export_roster(demo_db, path) == 423
    ws = load_workbook(path).active
    assert ws.max_row == 425 and ws.freeze_panes == "C3"
    plan = roster.import_roster(demo_db, path, dry_run=True)
    assert plan.count("unchanged") == 423


def test_xml_bomb_is_refused(office_db, tmp_path):
    path = write_roster(tmp_path / "bomb.xlsx", good_rows(1))
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    patched = tmp_path / "bomb2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = bomb.encode()
            dst.writestr(item, data)
    with pytest.raises(DudaoError, match="refused"):
        roster.import_roster(office_db, patched)
    assert unit_count(office_db) == 0


def test_batched_writes_update_and_add_across_batches(departments, tmp_path, monkeypatch):
    """Written a few units per flush: new and changed units in several batches all land,
    each through the change log (the fixture replays it against the rows)."""
    monkeypatch.setattr(roster, "BATCH", 3)
    rows = good_rows(7)
    roster.import_roster(departments, write_roster(tmp_path / "first.xlsx", rows[:4]))
    rows[1][4], rows[3][6] = 99, 42  # two changed units, in different batches
    plan = roster.import_roster(departments, write_roster(tmp_path / "second.xlsx", rows))
    assert (plan.count("new"), plan.count("updated"), plan.count("unchanged")) == (3, 2, 2)
    assert unit_count(departments) == 7
    with departments.Session() as s:
        figures = dict(s.execute(select(Unit.name, Unit.establishment_admin)).all())
        staff = dict(s.execute(select(Unit.name, Unit.actual_staff)).all())
    assert figures[rows[1][0]] == 99 and staff[rows[3][0]] == 42


def test_a_failure_in_a_later_batch_leaves_nothing_written(departments, tmp_path, monkeypatch):
    """The batches share one transaction: a write failing after earlier batches were
    flushed leaves the roster and the change log as they were."""
    from sqlalchemy.orm import Session

    from dudao_desktop.model import ChangeLog

    monkeypatch.setattr(roster, "BATCH", 2)
    path = write_roster(tmp_path / "roster.xlsx", good_rows(7))
    with departments.Session() as s:
        log_before = s.scalar(select(func.count()).select_from(ChangeLog))
    flush, flushes = Session.flush, []

    def failing_flush(self, *args, **kwargs):
        units = sum(1 for obj in self.new if isinstance(obj, Unit))
        if units:
            flushes.append(units)
        if len(flushes) == 3:  # two batches of units are written: the third fails
            raise OSError("disk full")
        return flush(self, *args, **kwargs)

    monkeypatch.setattr(Session, "flush", failing_flush)
    with pytest.raises(OSError):
        roster.import_roster(departments, path)
    monkeypatch.setattr(Session, "flush", flush)
    assert flushes == [2, 2, 2]
    assert unit_count(departments) == 0
    with departments.Session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == log_before
