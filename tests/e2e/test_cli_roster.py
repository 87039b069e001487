"""The roster, checklist, selfassess and print forms commands, run as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader


def dudao(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_roster_checklist_selfassess_and_forms(demo_dir: Path, tmp_path: Path):
    roster_file = tmp_path / "roster.xlsx"
    done = dudao(demo_dir, "roster", "export", str(roster_file))
    assert done.returncode == 0, done.stderr
    wb = load_workbook(roster_file)
    ws = wb.active
    staff = [c.value for c in ws[2]].index("Actual staff") + 1
    letter = ws.cell(2, staff).column_letter
    ws.cell(3, staff).value = "很多"  # actual staff: text in a number column
    wb.save(roster_file)
    bad = dudao(
        demo_dir, "roster", "import", str(roster_file), "--report", str(tmp_path / "report.xlsx")
    )
    assert bad.returncode == 1 and "row 3" in bad.stderr and f"column {letter}" in bad.stderr
    assert load_workbook(tmp_path / "report.xlsx").active.cell(2, 3).value == 3
    ws.cell(3, staff).value = 999
    wb.save(roster_file)
    dry = dudao(demo_dir, "roster", "import", str(roster_file), "--dry-run")
    assert dry.returncode == 0 and "1 updated" in dry.stdout and "would be" in dry.stdout
    assert "actual_staff" in dry.stdout

    template = tmp_path / "template.xlsx"
    assert dudao(demo_dir, "checklist", "export", str(template)).returncode == 0
    imported = dudao(demo_dir, "checklist", "import", str(template))
    assert imported.returncode == 0 and "version 2" in imported.stdout

    out = tmp_path / "selfassess"
    uscc = ws.cell(4, 2).value
    done = dudao(demo_dir, "selfassess", "export", "--unit", uscc, "--out", str(out))
    assert done.returncode == 0, done.stderr
    files = list(out.glob("*.xlsx"))
    assert len(files) == 1
    done = dudao(demo_dir, "selfassess", "import", str(out), "--dry-run")
    assert done.returncode in (0, 1), done.stderr
    assert files[0].name in done.stdout

    pdf = tmp_path / "forms.pdf"
    done = dudao(demo_dir, "print", "forms", "--unit", uscc, "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert uscc in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    usage = dudao(demo_dir, "print", "forms", "--out", str(pdf))
    assert usage.returncode == 2


def test_roster_import_of_an_office_layout_with_map_and_dry_run(tmp_path: Path):
    """A county workbook with an unrecognised header: the command lists the columns, --map
    completes them, the dry run shows the rows skipped as totals and notes."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
    from office_workbooks import county_roster

    data = tmp_path / "data"
    assert dudao(data, "init", "--role", "office", "--name", "某某县委编办").returncode == 0
    built = county_roster(tmp_path / "county.xlsx")
    wb = load_workbook(built.path)
    wb.active["C3"] = "组织机构代码证号"
    wb.save(built.path)
    refused = dudao(data, "roster", "import", str(built.path), "--add-departments")
    assert refused.returncode == 1
    assert "C  组织机构代码证号" in refused.stderr and "--map COLUMN=FIELD: uscc" in refused.stderr
    dry = dudao(
        data,
        "roster",
        "import",
        str(built.path),
        "--add-departments",
        "--map",
        "C=uscc",
        "--dry-run",
    )
    assert dry.returncode == 0, dry.stderr
    assert f"row {built.totals_row} (total)" in dry.stdout
    assert "(note): 注：1.编制数以县委编委批复为准" in dry.stdout
    assert "9 new" in dry.stdout and "new department: 县人力资源和社会保障局" in dry.stdout
    done = dudao(data, "roster", "import", str(built.path), "--add-departments", "--map", "C=uscc")
    assert done.returncode == 0, done.stderr
    # Remembered: the same layout goes in without --map.
    again = dudao(data, "roster", "import", str(built.path), "--dry-run")
    assert again.returncode == 0 and "9 unchanged" in again.stdout
