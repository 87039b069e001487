"""``dudao report``: campaign report (PDF, .xlsx), yearly analysis, follow-up report."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
from pypdf import PdfReader


def dudao(data_dir, *args):
    env = {**os.environ, "DUDAO_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_report_commands(demo_dir, tmp_path):
    pdf_path, xlsx_path = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    result = dudao(demo_dir, "report", "campaign", "--out", str(pdf_path))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    text = text.replace(" ", "").replace("\n", "")
    # An official document: Chinese under an English UI, and says which fonts stood in.
    assert "五、下一步工作" in text and "意见建议清单" in text
    assert "Supervision report" not in text
    assert "字体替代" in result.stderr or "字体替代" not in PdfReader(pdf_path).metadata.get(
        "/Subject", ""
    )
    assert dudao(demo_dir, "report", "campaign", "--out", str(xlsx_path)).returncode == 0
    book = openpyxl.load_workbook(xlsx_path)
    assert {"Summary", "By category", "Problem list", "Suggestion list"} <= set(book.sheetnames)

    year_pdf, year_xlsx = tmp_path / "y.pdf", tmp_path / "y.xlsx"
    assert (
        dudao(demo_dir, "report", "year", "--year", "2026", "--out", str(year_pdf)).returncode == 0
    )
    assert "2026" in PdfReader(year_pdf).pages[0].extract_text()
    assert (
        dudao(demo_dir, "report", "year", "--year", "2026", "--out", str(year_xlsx)).returncode == 0
    )
    assert openpyxl.load_workbook(year_xlsx).sheetnames

    follow = tmp_path / "f.pdf"
    assert dudao(demo_dir, "report", "followup", "--out", str(follow)).returncode == 0
    assert "Effectiveness follow-up report" in PdfReader(follow).pages[0].extract_text()


def test_report_command_errors(demo_dir, tmp_path):
    bad = dudao(demo_dir, "report", "campaign", "--out", str(tmp_path / "r.docx"))
    assert bad.returncode == 1 and "must end in .pdf or .xlsx" in bad.stderr
    assert not (tmp_path / "r.docx").exists()
    assert dudao(demo_dir, "report", "year", "--out", str(tmp_path / "y.pdf")).returncode == 2
    missing = dudao(demo_dir, "report", "followup", "--out", str(tmp_path / "no" / "f.pdf"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    wrong = dudao(demo_dir, "report", "followup", "--out", str(tmp_path / "f.xlsx"))
    assert wrong.returncode == 1
