"""Every workbook the application exports prints: print area, A4 fitted to the page width,
header rows repeated, a footer with the page; numbers, dates and percentages are typed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import openpyxl
import pytest

EXPORTS = [
    ("ledger-problems.xlsx", ["ledger", "export", "problems"]),
    ("ledger-suggestions.xlsx", ["ledger", "export", "suggestions"]),
    ("ledger-approvals.xlsx", ["ledger", "export", "approvals"]),
    ("ledger-archive.xlsx", ["ledger", "export", "archive"]),
    ("ledger-warnings.xlsx", ["ledger", "export", "warnings"]),
    ("report.xlsx", ["report", "campaign"]),
    ("year.xlsx", ["report", "year", "--year", "2026"]),
    ("plan.xlsx", ["print", "plan"]),
    ("roster-print.xlsx", ["print", "roster"]),
]
#: Exports that take the file as an argument rather than --out.
POSITIONAL = [("roster.xlsx", ["roster", "export"]), ("checklist.xlsx", ["checklist", "export"])]


def dudao(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DUDAO_LANG": "en"},
        timeout=300,
    )


@pytest.fixture(scope="module")
def exported(demo_template, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    files = []
    for name, args in EXPORTS:
        result = dudao(demo_template, *args, "--out", str(folder / name))
        assert result.returncode == 0, (args, result.stderr)
        files.append(folder / name)
    for name, args in POSITIONAL:
        result = dudao(demo_template, *args, str(folder / name))
        assert result.returncode == 0, (args, result.stderr)
        files.append(folder / name)
    selfassess = folder / "selfassess"
    result = dudao(demo_template, "selfassess", "export", "--group", "1", "--out", str(selfassess))
    assert result.returncode == 0, result.stderr
    files.append(sorted(selfassess.glob("*.xlsx"))[0])
    return files


def test_every_export_prints_on_a4(exported):
    for path in exported:
        book = openpyxl.load_workbook(path)
        for ws in book.worksheets:
            if ws.sheet_state != "visible":
                continue
            where = f"{path.name} / {ws.title}"
            assert ws.print_area, where
            assert ws.page_setup.paperSize in ("9", 9), where
            assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
            assert ws.print_title_rows, where
            assert "&P" in (ws.oddFooter.center.text or ""), where
            assert "页" in ws.oddFooter.center.text, where  # printed in Chinese


def test_numbers_dates_and_percentages_are_typed(exported):
    typed = {"number": 0, "date": 0, "percent": 0}
    for path in exported:
        book = openpyxl.load_workbook(path)
        for ws in book.worksheets:
            for row in ws.iter_rows(min_row=4):
                for cell in row:
                    value = cell.value
                    if isinstance(value, str):
                        assert (
                            not value.strip().endswith("%")
                            or not value.strip()[:-1].replace(".", "").isdigit()
                        ), f"{path.name} {cell.coordinate}: a percentage as text"
                    elif isinstance(value, dt.datetime | dt.date):
                        assert "yy" in cell.number_format, (path.name, cell.coordinate)
                        typed["date"] += 1
                    elif isinstance(value, int | float) and not isinstance(value, bool):
                        if "%" in cell.number_format:
                            typed["percent"] += 1
                        else:
                            typed["number"] += 1
    assert all(typed.values()), typed


def test_ledger_data_cells_have_borders_and_wrap(exported):
    ws = openpyxl.load_workbook(exported[0]).worksheets[0]
    cell = ws.cell(ws.max_row, 2)
    assert cell.border.left.style == "thin" and cell.alignment.wrap_text
