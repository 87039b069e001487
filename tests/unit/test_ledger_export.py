"""Ledgers exported to .xlsx in the office layout, read back with openpyxl."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from dudao_desktop import i18n
from dudao_desktop.errors import ValidationError
from dudao_desktop.model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from dudao_desktop.services import (
    blacklist,
    ledger_export,
    ledger_import,
    problem_query,
    suggestions,
    warnings,
)

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_problem, make_unit

pytestmark = pytest.mark.backends


@pytest.fixture
def ledger(office_db):
    unit = make_unit(
        office_db, "某某局", "113707990000000001", establishment_admin=5, actual_staff=7
    )
    make_problem(
        office_db, unit, "=1+1", date(2026, 12, 31), cause="-负数开头", responsible="@张三"
    )
    make_problem(office_db, unit, "超编进人", date(2025, 1, 1))
    suggestions.add_suggestion(office_db, unit_id=unit, text="+建议", response="已采纳")
    blacklist.add_to_blacklist(office_db, unit, "整改不到位")
    warnings.recompute(office_db)
    return office_db, unit


def test_problem_ledger_layout_and_formula_text(ledger, tmp_path):
    database, _ = ledger
    target = tmp_path / "problems.xlsx"
    assert ledger_export.export_ledger(database, "problems", target, on=date(2026, 11, 26)) == 2
    sheet = load_workbook(target).worksheets[0]
    assert "Problem rectification ledger" in sheet["A1"].value
    assert "测试编办" in sheet["A2"].value and "2026-11-26" in sheet["A2"].value
    merged = {str(r) for r in sheet.merged_cells.ranges}
    letter = get_column_letter(sheet.max_column)
    assert f"A1:{letter}1" in merged and "A3:A4" in merged  # title; No. spans both header rows
    unit = next(c for c in sheet[4] if c.value == "Unit name")
    group = f"{get_column_letter(unit.column)}3:{get_column_letter(unit.column + 1)}3"
    assert group in merged  # the "Unit" group over name and department
    assert sheet.cell(3, unit.column).value == "Unit"
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == f"A4:{letter}6"
    assert sheet.print_title_rows == "$3:$4"
    assert sheet.page_setup.orientation == "landscape"
    cells = {c.value: c for row in sheet.iter_rows(min_row=5) for c in row if c.value}
    formula = cells["=1+1"]
    assert formula.data_type == "s" and formula.value == "=1+1"
    assert cells["-负数开头"].data_type == "s" and cells["@张三"].data_type == "s"
    description = get_column_letter(next(c for c in sheet[4] if c.value == "Description").column)
    assert sheet.column_dimensions[description].width >= 40  # fits Chinese text


@pytest.mark.parametrize("kind", ["suggestions", "approvals", "archive", "warnings"])
def test_every_ledger_exports(ledger, tmp_path, kind):
    database, _ = ledger
    target = tmp_path / f"{kind}.xlsx"
    ledger_export.export_ledger(database, kind, target)
    sheet = load_workbook(target).worksheets[0]
    assert sheet.freeze_panes and sheet.auto_filter.ref and sheet.merged_cells.ranges
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    if kind == "suggestions":
        assert "+建议" in values and "已采纳" in values
    if kind == "archive":
        assert "某某局" in values
    if kind == "warnings":
        assert any("7" in str(v) and "5" in str(v) for v in values)


def test_old_ledger_round_trip_and_refusal(ledger, tmp_path):
    database, _ = ledger
    target = tmp_path / "problems.xlsx"
    ledger_export.export_ledger(database, "problems", target)
    assert ledger_import.import_ledger(database, "problems", target, dry_run=True) == 2
    assert problem_query.count(database) == 2
    assert ledger_import.import_ledger(database, "problems", target) == 2
    assert problem_query.count(database) == 4
    assert problem_query.count(database, problem_query.ProblemFilters(search="=1+1")) == 2
    sheet_book = load_workbook(target)
    sheet = sheet_book.worksheets[0]
    letters = {c.value: get_column_letter(c.column) for c in sheet[4] if c.value}
    unit, category = letters["Unit name"], letters["Category"]
    sheet[f"{unit}5"] = "不存在的单位"
    sheet[f"{category}5"] = "not a category"
    sheet_book.save(target)
    with pytest.raises(ValidationError) as caught:
        ledger_import.import_ledger(database, "problems", target)
    assert [(f.row, f.column) for f in caught.value.findings] == [(5, unit), (5, category)]
    assert problem_query.count(database) == 4


def test_unknown_ledger_is_refused(ledger, tmp_path):
    with pytest.raises(ledger_export.DudaoError, match="Unknown ledger"):
        ledger_export.export_ledger(ledger[0], "nonsense", tmp_path / "x.xlsx")


def test_problem_cells_are_typed_and_labelled_in_chinese(ledger, tmp_path):
    """Every data cell read back: numbered, vocabulary labels in Chinese, dates typed,
    the overdue flag as 是 or 否 (never blank), blanks bordered like the others."""
    database, _ = ledger
    target = tmp_path / "问题台账.xlsx"
    i18n.set_language("zh_CN")
    try:
        ledger_export.export_ledger(database, "problems", target, on=date(2026, 11, 26))
    finally:
        i18n.set_language("")
    sheet = load_workbook(target).worksheets[0]
    column = {c.value: c.column for c in sheet[4] if c.value}
    column.update({c.value: c.column for c in sheet[3] if c.value and c.value not in column})
    rows = {sheet.cell(r, column["问题描述"]).value: r for r in (5, 6)}
    assert [sheet.cell(r, 1).value for r in (5, 6)] == [1, 2]
    overdue = rows["超编进人"]  # deadline 2025-01-01, still open
    category = i18n.translate("Vocab", PROBLEM_CATEGORIES["structure"], "zh_CN")
    assert category != PROBLEM_CATEGORIES["structure"]  # a real translation
    for r in (5, 6):
        assert sheet.cell(r, column["问题类型"]).value == category
        assert sheet.cell(r, column["状态"]).value == i18n.translate(
            "Vocab", PROBLEM_STATUS_LABELS["identified"], "zh_CN"
        )
        deadline = sheet.cell(r, column["整改时限"])
        assert deadline.is_date and deadline.number_format == "yyyy-mm-dd"
        assert all(sheet.cell(r, c).border.left.style == "thin" for c in range(1, 10))
    assert sheet.cell(overdue, column["是否逾期"]).value == "是"
    assert sheet.cell(overdue, column["整改时限"]).value.date() == date(2025, 1, 1)
    assert sheet.cell(rows["=1+1"], column["是否逾期"]).value == "否"
