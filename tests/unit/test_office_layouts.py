"""Roster workbooks as county offices and WPS save them go in with the right figures per kind;
bad rows are named by sheet, row and column and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_workbooks import (
    KIND_KEYS,
    county_roster,
    plain_roster,
    planted_units,
    wps_roster,
)
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from dudao_desktop.documents.sheet_reader import MappingNeeded, read_sheet
from dudao_desktop.errors import ValidationError
from dudao_desktop.model import Department, Unit, VocabularyTerm
from dudao_desktop.services import roster
from dudao_desktop.services.roster_fields import reader_fields

EXPECTED_KINDS = {
    "党委工作部门": "party_department",
    "政府工作部门": "government_department",
    "审判机关": "court",
    "群团机关": "mass_organisation",
    "参照公务员法管理事业单位": "civil_service_institution",
    "公益一类事业单位": "public_welfare_1",
    "公益二类事业单位": "public_welfare_2",
    "生产经营类事业单位": "business_institution",
    "镇（街道）": "township",
}


def stored(database) -> dict[str, Unit]:
    with database.Session() as s:
        return {u.name: u for u in s.scalars(select(Unit))}


def assert_figures(database, units) -> None:
    rows = stored(database)
    assert set(rows) == {u.name for u in units}
    for planted in units:
        unit = rows[planted.name]
        assert unit.kind == EXPECTED_KINDS[planted.kind], planted.name
        for key in KIND_KEYS:
            assert unit.approved(key) == planted.approved[key], (planted.name, key)
            assert unit.actual(key) == planted.actual[key], (planted.name, key)
        assert unit.actual_staff == sum(planted.actual.values())
        assert (unit.leader_principal_approved, unit.leader_principal_actual) == planted.principal
        assert (unit.leader_deputy_approved, unit.leader_deputy_actual) == planted.deputy
        assert unit.leader_posts_actual == planted.principal[1] + planted.deputy[1]
        assert unit.internal_institution_names == planted.bodies.split("、")


@pytest.mark.parametrize("cached", [True, False], ids=["excel-cached", "no-cached-values"])
def test_county_roster_with_two_level_header_imports_figures_per_kind(office_db, tmp_path, cached):
    built = county_roster(tmp_path / "县机构编制情况.xlsx", cached=cached)
    plan = roster.import_roster(office_db, built.path, add_departments=True)
    assert plan.applied and plan.count("new") == len(built.units) == plan.rows
    assert_figures(office_db, built.units)
    skipped = {(row, reason) for _sheet, row, reason, _text in plan.skipped}
    assert (built.totals_row, "total") in skipped
    assert {(r, "note") for r in built.note_rows} <= skipped
    assert sum(1 for *_x, reason, _t in plan.skipped if reason == "heading") == 3
    # The hidden remarks column was not read into any field.
    with office_db.Session() as s:
        assert s.scalar(select(func.count()).where(Unit.head.like("%备注%"))) == 0
        # Independent SQL over the stored rows equals the workbook's own 合计 row (cached).
        totals = s.execute(
            text(
                "SELECT sum(establishment_admin), sum(establishment_law), "
                "sum(establishment_institution), sum(establishment_worker), sum(actual_staff) "
                "FROM unit"
            )
        ).one()
    expected = [sum(u.approved[k] for u in built.units) for k in KIND_KEYS]
    assert list(totals[:4]) == expected
    assert totals[4] == sum(sum(u.actual.values()) for u in built.units)
    if cached:
        sheet = load_workbook(built.path, data_only=True).active
        assert [sheet.cell(built.totals_row, c).value for c in (7, 8, 9, 10)] == expected


def test_wps_roster_without_cached_values_computes_row_sums(office_db, tmp_path):
    built = wps_roster(tmp_path / "wps.xlsx")
    sheet = read_sheet(built.path, fields=reader_fields())
    # K is =SUM(G:J) and P is =L+M+N+O with no cached value: computed, not left empty.
    first = sheet.rows[0]
    assert first.values[10] == sum(built.units[0].approved.values())
    assert first.values[15] == sum(built.units[0].actual.values())
    assert sheet.hidden_rows == [6]
    assert [s.reason for s in sheet.skipped] == ["total", "total"]
    plan = roster.import_roster(office_db, built.path, add_departments=True)
    assert plan.applied and len(plan.notes) == 1  # the hidden row, imported and noted
    assert_figures(office_db, built.units)


def test_plain_header_with_other_words_and_a_new_kind_offered_for_adding(office_db, tmp_path):
    units = planted_units()[:3]
    kinds = ["党委部门", "政府部门", "开发区管委会"]
    built = plain_roster(tmp_path / "plain.xlsx", units, kinds)
    with pytest.raises(ValidationError) as refused:
        roster.import_roster(office_db, built.path, add_departments=True, dry_run=True)
    assert [(f.row, f.params.get("value")) for f in refused.value.findings] == [(4, "开发区管委会")]
    plan = roster.import_roster(
        office_db, built.path, add_departments=True, add_kinds=True, dry_run=True
    )
    assert plan.new_kinds == {"开发区管委会": "agency"}  # the USCC class 11 suggests agency
    assert sorted(plan.new_departments) == sorted({u.department for u in units})
    assert stored(office_db) == {}
    roster.import_roster(office_db, built.path, add_departments=True, add_kinds=True)
    rows = stored(office_db)
    assert rows[units[2].name].kind == "开发区管委会"
    assert rows[units[0].name].kind == "party_department"
    assert rows[units[1].name].establishment_admin == units[1].approved["admin"]
    assert rows[units[1].name].actual_admin == units[1].actual["admin"]
    assert rows[units[1].name].actual_staff == sum(units[1].actual.values())
    assert rows[units[1].name].leader_posts_actual == 1 + 4
    with office_db.Session() as s:
        assert s.scalar(select(VocabularyTerm.group_key)) == "agency"


def test_bad_rows_are_named_by_sheet_row_and_column_and_nothing_is_imported(office_db, tmp_path):
    units = planted_units()
    built = county_roster(tmp_path / "bad.xlsx", units=units)
    wb = load_workbook(built.path)
    ws = wb.active
    ws["G7"] = "十八"  # 核定编制/行政编制 of the second unit: text
    ws["C9"] = ws["C6"].value  # the fourth unit repeats the first unit's code
    ws["P12"] = 1  # 实有人数/合计 smaller than its kinds
    ws["D13"] = ""  # kind left empty: taken from the USCC class, not an error
    wb.save(built.path)
    with pytest.raises(ValidationError) as refused:
        roster.import_roster(office_db, built.path, add_departments=True)
    places = sorted((f.sheet, f.row, f.column) for f in refused.value.findings)
    assert places == [
        ("机构编制情况", 7, "G (核定编制/行政编制)"),
        ("机构编制情况", 9, "C (统一社会信用代码)"),
        ("机构编制情况", 12, "P (实有人数/合计)"),
    ]
    with office_db.Session() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 0
        assert s.scalar(select(func.count()).select_from(Department)) == 0


def test_dry_run_shows_new_units_changed_figures_departments_and_skipped_rows(office_db, tmp_path):
    units = planted_units()
    first = county_roster(tmp_path / "first.xlsx", units=units)
    roster.import_roster(office_db, first.path, add_departments=True)
    units[0].actual["admin"] += 2
    units[5].approved["institution"] -= 10
    second = county_roster(tmp_path / "second.xlsx", units=units)
    wb = load_workbook(second.path)
    ws = wb.active
    ws["E12"] = "县科学技术局"  # a department that does not exist yet
    wb.save(second.path)
    plan = roster.import_roster(office_db, second.path, dry_run=True, add_departments=True)
    changed = {c.name: c.changes for c in plan.changes if c.action == "updated"}
    assert changed[units[0].name]["actual_admin"] == (17, 19)
    assert changed[units[0].name]["actual_staff"] == (20, 22)
    assert changed[units[5].name]["establishment_institution"] == (160, 150)
    assert plan.new_departments == ["县科学技术局"]
    assert {reason for *_x, reason, _t in plan.skipped} == {"total", "note", "heading"}
    assert stored(office_db)[units[0].name].actual_admin == 17  # dry run: nothing changed


def test_unknown_header_words_need_a_mapping_that_is_remembered(office_db, tmp_path):
    units = planted_units()[:2]
    built = plain_roster(tmp_path / "odd.xlsx", units, ["党委部门", "政府部门"])
    wb = load_workbook(built.path)
    wb.active["B1"] = "组织机构代码证号"  # a header no synonym knows
    wb.save(built.path)
    with pytest.raises(MappingNeeded) as needed:
        roster.import_roster(office_db, built.path, add_departments=True)
    assert needed.value.data.titles[1] == "组织机构代码证号"
    assert "uscc" not in needed.value.matched and needed.value.matched["name"] == 0
    roster.import_roster(
        office_db, built.path, add_departments=True, mapping={"组织机构代码证号": "uscc"}
    )
    assert {u.uscc for u in stored(office_db).values()} == {u.uscc for u in units}
    # Next month the same layout goes in without asking.
    units[0].actual["admin"] += 1
    again = plain_roster(tmp_path / "odd2.xlsx", units, ["党委部门", "政府部门"])
    wb = load_workbook(again.path)
    wb.active["B1"] = "组织机构代码证号"
    wb.save(again.path)
    plan = roster.import_roster(office_db, again.path)
    assert plan.count("updated") == 1


def test_uscc_class_13_is_a_mass_organisation_not_an_institution(office_db, tmp_path):
    from dudao_desktop.services.roster_fields import kind_from_uscc

    assert kind_from_uscc("13370700MB1234567X") == "mass_organisation"
    assert kind_from_uscc("12370700MB1234567X") == "institution"
    assert kind_from_uscc("11370700MB1234567X") == "agency"
    assert kind_from_uscc("91370700MB1234567X") == ""


def test_a_sheet_over_the_cell_limit_is_refused_before_loading(tmp_path):
    from dudao_desktop.errors import DudaoError

    built = county_roster(tmp_path / "big.xlsx")
    with pytest.raises(DudaoError) as refused:
        read_sheet(built.path, max_cells=50)
    assert "机构编制情况" in str(refused.value) and "50" in str(refused.value)


def test_every_import_reads_hidden_rows_the_same_way(tmp_path: Path):
    built = wps_roster(tmp_path / "wps.xlsx")
    sheet = read_sheet(built.path)
    assert 6 in [row.number for row in sheet.rows]
