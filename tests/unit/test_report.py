"""The supervision report: PDF and workbook hold the numbers an independent SQL count gives."""

from __future__ import annotations

import re

import openpyxl
import pytest
from pypdf import PdfReader
from report_helpers import after, campaign_id, english, pdf_cells, sql_counts  # noqa: F401

from dudao_desktop import i18n
from dudao_desktop.documents.report import write_report
from dudao_desktop.documents.report_workbook import write_report_workbook
from dudao_desktop.errors import DudaoError
from dudao_desktop.model.vocab import PROBLEM_CATEGORIES
from dudao_desktop.services import report_text

pytestmark = [pytest.mark.usefixtures("english"), pytest.mark.backends]


def label(key: str) -> str:
    return i18n.translate("Vocab", PROBLEM_CATEGORIES[key])


def section(cells: list[str], heading: str) -> int:
    return next(i for i, c in enumerate(cells) if c.endswith(heading))


def test_report_pdf_holds_independent_counts(demo_db, tmp_path):
    cid = campaign_id(demo_db)
    counts = sql_counts(demo_db, cid)
    path = write_report(demo_db, cid, tmp_path / "report.pdf")
    cells = pdf_cells(path)
    joined = " ".join(cells)
    assert f"{counts['covered']} of the {counts['roster']} units in the roster" in joined
    assert after(cells, "Units covered", section(cells, "The campaign in figures")).startswith(
        f"{counts['covered']} of {counts['roster']}"
    )
    problems = sum(counts["problems"].values())
    suggestions = sum(counts["suggestions"].values())
    assert re.search(
        rf"\b{problems} problems were found in \d+ units and {suggestions} "
        r"suggestions were collected",
        joined,
    )
    start = section(cells, "Problems found")
    for key, count in counts["problems"].items():
        assert after(cells, label(key), start) == str(count)
    start = section(cells, "Suggestions collected")
    assert f"{suggestions} suggestions were collected" in joined
    for key, count in counts["suggestions"].items():
        assert after(cells, label(key), start) == str(count)
    # Appendices: one row per problem and per suggestion, numbered.
    appendix = section(cells, "Appendix 1: Problem list")
    appendix2 = section(cells, "Appendix 2: Suggestion list")
    assert str(problems) in cells[appendix:appendix2]
    assert str(problems + 1) not in cells[appendix:appendix2]
    # Grades per band, the office's text sections, header and page numbers.
    start = section(cells, "Overall evaluation of the units")
    assert after(cells, "Good", start) == str(counts["grades"]["good"])
    assert "按照市委编委统一部署" in joined and "一是抓好问题整改" in joined
    reader = PdfReader(path)
    assert "Page 1 of" in reader.pages[0].extract_text()
    assert "2026年全市机关事业单位机构编制大督导活动" in reader.pages[1].extract_text()
    fonts = reader.pages[1]["/Resources"]["/Font"]
    assert any("WenQuanYi" in str(f.get_object()["/BaseFont"]) for f in fonts.values())


def test_report_workbook_holds_the_same_numbers(demo_db, tmp_path):
    cid = campaign_id(demo_db)
    counts = sql_counts(demo_db, cid)
    path = write_report_workbook(demo_db, cid, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=4, values_only=True)}
    assert summary["Units covered"] == counts["covered"]
    assert summary["Units in the roster"] == counts["roster"]
    assert summary["Problems"] == sum(counts["problems"].values())
    assert summary["Suggestions"] == sum(counts["suggestions"].values())
    by_category = {r[0]: r[1] for r in book["By category"].iter_rows(min_row=4, values_only=True)}
    assert by_category == {
        **{label(k): v for k, v in counts["problems"].items()},
        "Total": sum(counts["problems"].values()),
    }
    suggestions = {
        r[0]: r[1] for r in book["Suggestions by category"].iter_rows(min_row=4, values_only=True)
    }
    assert suggestions == {
        **{label(k): v for k, v in counts["suggestions"].items()},
        "Total": sum(counts["suggestions"].values()),
    }
    problem_rows = list(book["Problem list"].iter_rows(min_row=4, values_only=True))
    assert len(problem_rows) == sum(counts["problems"].values())
    sheet = book["Problem list"]
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref
    grades = {r[0]: r[1] for r in book["Grades"].iter_rows(min_row=4, values_only=True)}
    assert grades["Good"] == counts["grades"]["good"]


def test_report_text_kept_with_campaign(demo_db, tmp_path):
    cid = campaign_id(demo_db)
    report_text.set_report_text(demo_db, cid, "assessment", "总体评价：成效明显。\n第二段。")
    assert report_text.report_texts(demo_db, cid)["assessment"].startswith("总体评价")
    report_text.set_report_text(demo_db, cid, "next_steps", "")
    cells = pdf_cells(write_report(demo_db, cid, tmp_path / "r.pdf"))
    assert "总体评价：成效明显。" in " ".join(cells)
    assert "(This section has not been written yet.)" in cells
    with pytest.raises(DudaoError, match="Unknown report section"):
        report_text.set_report_text(demo_db, cid, "epilogue", "x")
