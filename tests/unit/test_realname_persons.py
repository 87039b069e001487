"""The monthly real-name reconciliation with a person sheet and a payroll finds each planted
case; ID numbers are masked on screen and in exports and never reach the change log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from stdnum.cn import ric

from dudao_desktop.errors import ValidationError
from dudao_desktop.model import SYNCED_MODELS, ChangeLog, RealNamePerson, Unit
from dudao_desktop.services import archive, roster
from dudao_desktop.services.realname_checks import write_person_checks

sys.path.insert(0, str(Path(__file__).parent))
from office_workbooks import county_roster, planted_units

PERSON_HEADER = [
    "序号",
    "姓名",
    "身份证号",
    "所在单位",
    "编制类型",
    "人员类别",
    "所在内设机构",
    "职务/职级",
    "是否占领导职数",
    "进编时间",
    "进编方式",
    "出编时间",
    "出编方式",
    "用编审核单号",
]


def id_number(serial: int) -> str:
    body = f"370702198{serial % 10}0312{serial:03d}"
    return body + ric.calc_check_digit(body + "0")


def person(serial, name, unit, kind="行政编制", body="办公室", post="科员", leader="否", left=""):
    return [
        serial,
        name,
        id_number(serial),
        unit,
        kind,
        "公务员",
        body,
        post,
        leader,
        "2015-08-01",
        "考录",
        left,
        "调出" if left else "",
        f"潍编审〔2015〕{serial}号",
    ]


def write_export(path: Path, units, persons, payroll=None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "单位信息"
    ws.append(["某某县机构编制实名制管理系统导出（2026年11月）"])
    ws.merge_cells("A1:I1")
    top = ["统一社会信用代码", "单位名称", "核定编制", None, None, "实有人数", None, None, "备注"]
    ws.append(top)
    ws.append([None, None, "行政编制", "工勤编制", "合计", "行政编制", "工勤编制", "合计", None])
    for c in ("A", "B", "I"):
        ws.merge_cells(f"{c}2:{c}3")
    ws.merge_cells("C2:E2")
    ws.merge_cells("F2:H2")
    for unit in units:
        ws.append(
            [
                unit.uscc,
                unit.name,
                unit.approved["admin"],
                unit.approved["worker"],
                unit.approved["admin"] + unit.approved["worker"],
                unit.actual["admin"],
                unit.actual["worker"],
                unit.actual["admin"] + unit.actual["worker"],
                None,
            ]
        )
    people = wb.create_sheet("人员信息")
    people.append(["某某县机构编制实名制人员信息"])
    people.merge_cells("A1:N1")
    people.append(PERSON_HEADER)
    for row in persons:
        people.append(row)
    if payroll is not None:
        pay = wb.create_sheet("工资发放")
        pay.append(["姓名", "身份证号", "发放单位", "应发工资"])
        for row in payroll:
            pay.append(row)
    wb.save(path)
    return path


@pytest.fixture
def county(office_db, tmp_path):
    roster.import_roster(office_db, county_roster(tmp_path / "r.xlsx").path, add_departments=True)
    return office_db


def test_person_sheet_and_payroll_find_every_planted_case(county, tmp_path):
    units = planted_units()[:2]  # 县委办 and 政府办 (3 副职 approved)
    office, government = units[0].name, units[1].name
    persons = [
        person(1, "张三", office, post="主任", leader="正职"),
        person(2, "李四", office, kind="临时编制"),  # an unknown kind
        person(3, "王五", office, body="督查室"),  # a body the unit did not set up
        person(4, "赵六", office, left="2026-11-15"),  # left this month
        person(10, "钱一", government, post="主任", leader="正职"),
        *(person(11 + n, f"副主任{n}", government, post="副主任", leader="副职") for n in range(4)),
    ]
    payroll = [
        ["张三", id_number(1), office, 9800],
        ["李四", id_number(2), office, 7600],
        ["王五", id_number(3), office, 7600],
        ["赵六", id_number(4), office, 7600],  # the leaver still paid
        ["孙七", id_number(99), office, 7600],  # paid but not on establishment
        ["钱一", id_number(10), government, 9800],
        *([f"副主任{n}", id_number(11 + n), government, 8800] for n in range(4)),
    ]
    path = write_export(tmp_path / "实名制2026-11.xlsx", units, persons, payroll)
    report = archive.reconcile(county, path, "2026-11", dry_run=True)
    checks = {(c.check, c.unit_name, c.person) for c in report.persons}
    assert ("unknown_kind", office, "李四") in checks
    assert ("unknown_body", office, "王五") in checks
    assert ("over_deputy", government, "") in checks
    assert ("paid_not_on_roster", office, "孙七") in checks
    assert ("leaver_paid", office, "赵六") in checks
    assert not [c for c in checks if c[0] in ("over_principal", "not_paid", "unknown_unit")]
    assert report.persons_read == 9 and report.payroll_read == 10
    masked = {c.person: c.id_masked for c in report.persons}
    assert masked["孙七"] == id_number(99)[:4] + "*" * 10 + id_number(99)[-4:]
    # The export shows masked numbers only.
    out = write_person_checks(report.persons, "2026-11", tmp_path / "checks.xlsx")
    assert out is None
    cells = [
        str(c.value)
        for row in load_workbook(tmp_path / "checks.xlsx").active.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert masked["孙七"] in cells
    assert not any(id_number(n) in text for text in cells for n in (1, 2, 3, 4, 99))


def test_month_to_month_joins_and_leaves_and_ids_never_stored_or_synced(county, tmp_path):
    units = planted_units()[:1]
    name = units[0].name
    november = [person(1, "张三", name), person(2, "李四", name)]
    archive.reconcile(county, write_export(tmp_path / "11.xlsx", units, november), "2026-11", False)
    december = [person(1, "张三", name), person(5, "周八", name)]
    report = archive.reconcile(
        county, write_export(tmp_path / "12.xlsx", units, december), "2026-12", dry_run=False
    )
    moves = sorted((c.check, c.person) for c in report.persons if c.check in ("joined", "left"))
    assert moves == [("joined", "周八"), ("left", "李四")]
    with county.Session() as s:
        stored = list(s.scalars(select(RealNamePerson)))
        assert len(stored) == 4
        assert all(id_number(1) not in (p.id_hash, p.id_masked) for p in stored)
        # Personal data never enters the change log, so no package can carry it.
        assert "realname_person" not in SYNCED_MODELS
        logged = s.scalars(select(ChangeLog.value)).all()
        assert not any(id_number(1) in str(v) or "张三" in str(v) for v in logged)
        assert s.scalar(select(func.count()).select_from(Unit)) == 9


def test_a_bad_id_number_refuses_the_file_naming_sheet_row_and_column(county, tmp_path):
    units = planted_units()[:1]
    rows = [person(1, "张三", units[0].name), person(2, "李四", units[0].name)]
    rows[1][2] = rows[1][2][:-1] + ("0" if rows[1][2][-1] != "0" else "1")
    rows[0][9] = "去年"
    with pytest.raises(ValidationError) as refused:
        archive.reconcile(county, write_export(tmp_path / "bad.xlsx", units, rows), "2026-11")
    places = sorted((f.sheet, f.row, f.column) for f in refused.value.findings)
    assert places == [("人员信息", 3, "J (进编时间)"), ("人员信息", 4, "C (身份证号)")]
    assert id_number(2)[4:-4] not in str(refused.value)


def test_reconcile_command_prints_masked_numbers(county, tmp_path):
    units = planted_units()[:1]
    rows = [person(1, "张三", units[0].name, kind="借调")]
    path = write_export(tmp_path / "m.xlsx", units, rows)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dudao_desktop.cli",
            "--data-dir",
            str(county.data_dir),
            "reconcile",
            str(path),
            "--month",
            "2026-11",
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "unknown_kind" in done.stdout and "3707**********" in done.stdout
    assert id_number(1) not in done.stdout
