"""The supervision report: PDF and workbook hold the numbers an independent SQL count gives."""

from __future__ import annotations

import openpyxl
import pytest
from gongwen_reader import check_grid, plain_text, read_lines
from ledger_fixtures import make_campaign, make_unit
from report_helpers import after, campaign_id, english, pdf_cells, sql_counts  # noqa: F401

from dudao_desktop import i18n
from dudao_desktop.errors import DudaoError
from dudao_desktop.model.vocab import PROBLEM_CATEGORIES
from dudao_desktop.services import report_text, supervision_report
from dudao_desktop.services.supervision_report import write_report, write_report_workbook

pytestmark = [pytest.mark.usefixtures("english"), pytest.mark.backends]


def label(key: str) -> str:
    return i18n.translate("Vocab", PROBLEM_CATEGORIES[key])


def section(cells: list[str], heading: str) -> int:
    return next(i for i, c in enumerate(cells) if c.endswith(heading))


def zh(key: str) -> str:
    return i18n.document_text("Vocab", PROBLEM_CATEGORIES[key])


def test_report_pdf_holds_independent_counts(demo_db, tmp_path):
    """Under an English UI the report is still a Chinese 公文 on the grid, and its figures
    are what an independent SQL count gives."""
    cid = campaign_id(demo_db)
    counts = sql_counts(demo_db, cid)
    path = write_report(demo_db, cid, tmp_path / "report.pdf")
    pages = check_grid(path)
    text = plain_text(pages)
    headings = ["一、基本情况", "二、主要做法", "三、发现的问题", "四、整改情况", "五、下一步工作"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert text.index("市委编委：") < positions[0]
    roster, covered = counts["roster"], counts["covered"]
    assert covered < roster
    assert f"对{covered}个单位开展了现场核查，占{roster}个督导对象" in text
    assert "全面督导，实现了督导对象全覆盖" not in text
    problems = sum(counts["problems"].values())
    suggestions = sum(counts["suggestions"].values())
    assert f"督导共发现问题{problems}个" in text and f"收集意见建议{suggestions}条" in text
    for key, count in counts["problems"].items():
        assert f"{zh(key)}{count}个" in text
    for key in set(PROBLEM_CATEGORIES) - set(counts["problems"]):
        assert f"{zh(key)}0个" not in text  # only categories that were found
    assert f"评定为“较好”的{counts['grades']['good']}个" in text
    # 附件: listed after the body, each on pages of its own, numbered rows.
    assert "附件：1.督导发现问题清单" in text and "3.督导情况统计图表" in text
    assert "4.机构编制情况统计表" in text and "（二）编制按类型统计（在册单位）" in text
    attachment = next(i for i, page in enumerate(pages) if page and page[0].text == "附件1")
    rows = [line.text for page in pages[attachment:] for line in page if line.text.isdigit()]
    assert str(problems) in rows
    assert "按照市委编委统一部署" in text and "一是抓好问题整改" in text
    assert "草稿" in "".join(c["text"] for c in read_lines_raw(path))  # no number yet


def read_lines_raw(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [c for page in pdf.pages for c in page.chars]


def test_report_says_full_coverage_only_when_every_unit_was_visited(office_db, tmp_path):
    units = [make_unit(office_db, f"昌河市第{n}局", f"11370799000000000{n}") for n in range(1, 4)]
    cid = make_campaign(office_db, units)
    supervision_report.issue_report_number(office_db, cid)
    text = plain_text(check_grid(write_report(office_db, cid, tmp_path / "full.pdf")))
    assert "对3个机关事业单位开展了全面督导" in text and "督导中未发现问题" in text
    assert "全面督导" in text and "附件" not in text
    extra = make_unit(office_db, "昌河市第9局", "113707990000000009")
    assert extra
    text = plain_text(check_grid(write_report(office_db, cid, tmp_path / "part.pdf")))
    assert "全面督导，实现了督导对象全覆盖" not in text and "占4个督导对象的75.0%" in text


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
    text = plain_text(read_lines(write_report(demo_db, cid, tmp_path / "r.pdf"))[0])
    assert "总体评价：成效明显。" in text
    assert "（本部分待撰写。）" in text
    with pytest.raises(DudaoError, match="Unknown report section"):
        report_text.set_report_text(demo_db, cid, "epilogue", "x")


def test_typical_cases_quote_only_what_a_person_wrote_or_confirmed(demo_db, tmp_path):
    """A problem recorded at a checklist item reads as an inspector writes it; one left
    from the generated text of earlier versions ("C06 …", "现场核查结果：否。") is never
    quoted in the report."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_checklist import fresh_inspection

    from dudao_desktop.model import Problem
    from dudao_desktop.services import checklist, procedure

    cid = campaign_id(demo_db)
    _campaign, inspection = fresh_inspection(demo_db)
    procedure.waive_self_assessment(demo_db, inspection.id, "单位未按时提交自评表")
    rows = checklist.checklist_rows(demo_db, inspection.id)
    asked = [r for r in rows if r.answer_kind == "yes_no" and "是否" in r.text][:2]
    for row in asked:
        wrong = "no" if row.expected != "no" else "yes"
        checklist.set_answer(demo_db, inspection.id, row.item_id, verified_value=wrong)
    confirmed = checklist.record_problem(demo_db, inspection.id, asked[0].item_id, "structure")
    generated = checklist.record_problem(demo_db, inspection.id, asked[1].item_id, "structure")
    old_text = f"{asked[1].code} {asked[1].text}\n现场核查结果：否。\n备注：无台账"
    with demo_db.session() as s:
        s.get(Problem, generated).description = old_text
        draft = s.get(Problem, confirmed).description
    assert asked[0].code not in draft and "现场核查结果" not in draft and "是否" not in draft
    supervision_report.issue_report_number(demo_db, cid)
    text = plain_text(check_grid(write_report(demo_db, cid, tmp_path / "report.pdf")))
    problems = text[text.index("三、发现的问题") : text.index("四、整改情况")]
    assert draft.rstrip("。").replace(" ", "") in problems
    assert "现场核查结果" not in problems and asked[1].code not in problems
    assert asked[1].text.rstrip("？?").replace(" ", "") not in problems
