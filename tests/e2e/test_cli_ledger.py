"""The ledger commands end to end, in subprocesses, on a small demo campaign."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader


def dudao(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("ledger-cli") / "data"
    result = dudao(data_dir, "demo", "--units", "40")
    assert result.returncode == 0, result.stderr
    return data_dir


def test_export_every_ledger(demo, tmp_path):
    for kind in ("problems", "suggestions", "approvals", "archive", "warnings"):
        target = tmp_path / f"{kind}.xlsx"
        result = dudao(demo, "ledger", "export", kind, "--out", str(target))
        assert result.returncode == 0, result.stderr
        sheet = load_workbook(target).worksheets[0]
        assert sheet.freeze_panes and sheet.auto_filter.ref
    assert load_workbook(tmp_path / "archive.xlsx").worksheets[0].max_row == 4 + 40


def test_information_ledgers_export_blacklist_and_one_month_of_snapshots(demo, tmp_path):
    target = tmp_path / "blacklist.xlsx"
    result = dudao(demo, "ledger", "export", "blacklist", "--out", str(target))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(target).worksheets[0]
    headers = [c.value for c in sheet[3]]  # one header row: no column of it has a group
    assert {"Reason", "Listed on", "Removed on", "Removal reason"} <= set(headers)
    assert sheet.max_row > 3
    everything = tmp_path / "snapshots.xlsx"
    assert dudao(demo, "ledger", "export", "snapshots", "--out", str(everything)).returncode == 0
    months = [
        row[2]
        for row in load_workbook(everything).worksheets[0].iter_rows(min_row=5, values_only=True)
    ]
    month = months[0]
    one = tmp_path / "one-month.xlsx"
    result = dudao(demo, "ledger", "export", "snapshots", "--month", month, "--out", str(one))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(one).worksheets[0]
    assert month in sheet["A1"].value
    assert [r[2] for r in sheet.iter_rows(min_row=5, values_only=True)] == [
        m for m in months if m == month
    ]
    bad = dudao(demo, "ledger", "export", "snapshots", "--month", "2026-13", "--out", str(one))
    assert bad.returncode == 1 and "YYYY-MM" in bad.stderr


def test_import_dry_run_then_refusal(demo, tmp_path):
    target = tmp_path / "problems.xlsx"
    assert dudao(demo, "ledger", "export", "problems", "--out", str(target)).returncode == 0
    result = dudao(demo, "ledger", "import", "problems", str(target), "--dry-run")
    assert result.returncode == 0 and "nothing was imported" in result.stdout
    bad = tmp_path / "bad.xlsx"
    workbook = Workbook()
    workbook.active.append(["Unit name", "Category", "Description"])
    workbook.active.append(["nobody", "duties", "x"])
    workbook.save(bad)
    result = dudao(demo, "ledger", "import", "problems", str(bad))
    assert result.returncode == 1 and "row 2" in result.stderr


def test_reconcile_dry_run_reports_differences(demo, tmp_path):
    archive_file = tmp_path / "archive.xlsx"
    assert dudao(demo, "ledger", "export", "archive", "--out", str(archive_file)).returncode == 0
    source = load_workbook(archive_file).worksheets[0]
    export = Workbook()
    sheet = export.active
    sheet.append(
        [
            "统一社会信用代码",
            "单位名称",
            "行政编制",
            "事业编制",
            "政法专项编制",
            "实有人数",
            "核定领导职数",
            "实有领导职数",
        ]
    )
    from dudao_desktop.services.ledger_columns import ARCHIVE

    at = {c.key: i for i, c in enumerate(ARCHIVE.exported())}
    keys = (
        "uscc",
        "name",
        "establishment_admin",
        "establishment_institution",
        "establishment_law",
        "actual_staff",
        "leader_posts_approved",
        "leader_posts_actual",
    )
    rows = list(source.iter_rows(min_row=5, values_only=True))
    for index, row in enumerate(rows[:-1]):  # the last unit is missing
        values = [row[at[key]] for key in keys]
        values[5] += 3 if index == 0 else 0  # one staff change
        sheet.append(values)
    month_file = tmp_path / "month.xlsx"
    export.save(month_file)
    result = dudao(demo, "reconcile", str(month_file), "--month", "2026-11", "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["by_kind"]["staff"] == 1 and report["by_kind"]["missing_unit"] == 1
    assert report["applied"] is False
    assert dudao(demo, "reconcile", str(month_file), "--month", "2026-13").returncode == 1


def test_warnings_json(demo):
    result = dudao(demo, "warnings", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rules = {w["rule"] for w in data["warnings"]}
    assert "rectification_overdue" in rules
    assert all(w["unit_name"] and w["message"] for w in data["warnings"])


def test_print_letters_one_unit_and_all(demo, tmp_path):
    folder = tmp_path / "letters"
    result = dudao(demo, "print", "letters", "--all", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    files = sorted(folder.glob("*.pdf"))
    assert files
    unit_name = files[0].name.split("-")[0]
    single = tmp_path / "one.pdf"
    result = dudao(demo, "print", "letters", "--unit", unit_name, "--out", str(single))
    assert result.returncode == 0, result.stderr
    text = PdfReader(single).pages[0].extract_text().replace("\n", "")
    assert unit_name in text
    assert dudao(demo, "print", "letters", "--unit", "nobody", "--out", str(single)).returncode == 1
    assert dudao(demo, "print", "letters", "--out", str(single)).returncode == 2


def test_users_added_and_listed(tmp_path):
    data_dir = tmp_path / "office"
    assert dudao(data_dir, "init", "--role", "office", "--name", "某某市委编办").returncode == 0
    added = dudao(
        data_dir, "user", "add", "王主任", "--role", "office_leader", "--approves-closing"
    )
    assert added.returncode == 0, added.stderr
    again = dudao(data_dir, "user", "add", "王主任", "--role", "member")
    assert again.returncode == 1 and "already a user" in again.stderr
    listed = json.loads(dudao(data_dir, "user", "list", "--json").stdout)
    assert listed == [
        {"name": "王主任", "role": "office_leader", "password": False, "approves_closing": True}
    ]
