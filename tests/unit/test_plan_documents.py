"""The plan and roster documents: PDF read back with pypdf, workbooks with openpyxl."""

from __future__ import annotations

import re
from datetime import date

import pdfplumber
from gongwen_reader import TOP, WIDTH, body_lines, check_grid, plain_text
from openpyxl import load_workbook
from plan_fixtures import make_plan
from pypdf import PdfReader

from dudao_desktop.services import assignment, doc_numbers, document_settings, draw
from dudao_desktop.services import campaign as campaigns
from dudao_desktop.services import plan_documents as plan_docs
from dudao_desktop.services.plan_view import group_roster


def text_of(path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return "".join(text.split())  # no spaces or line breaks: wrapped cells read whole


def test_roster_pdf_names_each_leader_and_its_units(office_db, tmp_path):
    p = make_plan(office_db, departments=5, units_each=3, leaders=4, members=8)
    outcome = draw.draw_groups(office_db, p.campaign_id, 3, 2)
    assignment.assign_units(office_db, p.campaign_id)
    path = plan_docs.write_roster_pdf(office_db, tmp_path / "roster.pdf", p.campaign_id)
    text = text_of(path)
    assert outcome.seed in text and "2026年大督导" in text
    roster = group_roster(office_db, p.campaign_id)
    starts = [text.index(g.name.replace(" ", "") + "Leader：") for g in roster] + [len(text)]
    for group, start, end in zip(roster, starts, starts[1:], strict=False):
        section = text[start:end]
        assert group.leader.name in section
        assert group.units and all(unit.name in section for unit in group.units)
    xlsx = plan_docs.write_roster_xlsx(office_db, tmp_path / "roster.xlsx", p.campaign_id)
    wb = load_workbook(xlsx)
    units = wb.worksheets[1]
    rows = [r for r in units.iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(rows) == 15
    assert {r[1] for r in rows} == {g.leader.name for g in group_roster(office_db)}


def test_plan_pdf_has_purpose_timetable_and_groups(office_db, tmp_path):
    p = make_plan(office_db, departments=1, units_each=1, leaders=2, members=4)
    campaigns.update_campaign(
        office_db, p.campaign_id, purpose="严肃机构编制纪律", office_name="昌河市委编办"
    )
    campaigns.add_milestone(
        office_db,
        p.campaign_id,
        "现场核查",
        date(2026, 3, 16),
        date(2026, 3, 31),
        "各督导组",
        step="on_site",
    )
    draw.draw_groups(office_db, p.campaign_id, 2, 1)
    text = text_of(plan_docs.write_plan_pdf(office_db, tmp_path / "plan.pdf"))
    for expected in ("严肃机构编制纪律", "现场核查", "2026年3月16日", "各督导组", "第1组"):
        assert expected in text
    wb = load_workbook(plan_docs.write_plan_xlsx(office_db, tmp_path / "plan.xlsx"))
    assert wb.worksheets[1]["C3"].value == "现场核查"


def test_plan_pdf_is_a_gongwen_on_the_gbt_9704_grid(office_db, tmp_path):
    p = make_plan(office_db, departments=2, units_each=3, leaders=2, members=4)
    campaigns.update_campaign(
        office_db,
        p.campaign_id,
        purpose="严肃机构编制纪律，推动机构编制法规制度全面落实（包括“三定”规定执行情况）。" * 6,
        content="一、机构设置情况。\n（一）内设机构设置。对照“三定”规定逐项核对。\n二、编制使用情况。",
        office_name="昌河市委编办",
    )
    campaigns.add_milestone(
        office_db, p.campaign_id, "现场核查", date(2026, 3, 16), date(2026, 3, 31), "各督导组"
    )
    draw.draw_groups(office_db, p.campaign_id, 2, 1)
    assignment.assign_units(office_db, p.campaign_id)
    document_settings.save_settings(
        office_db,
        document_settings.DocumentSettings(
            mark="中共昌河市委机构编制委员会办公室",
            issuer="中共昌河市委机构编制委员会办公室",
            copies_to="市委组织部、市财政局",
            contact="李明",
            phone="0536-7212345",
        ),
    )
    doc_numbers.set_counter(office_db, "plan", 2026, prefix="昌编督", next_serial=7)
    draft = plan_docs.write_plan_pdf(office_db, tmp_path / "draft.pdf", p.campaign_id)
    with pdfplumber.open(draft) as pdf:
        stamp = [c["text"] for c in pdf.pages[0].chars if c["size"] > 60]
        assert "".join(stamp) == "草稿"
    number = plan_docs.issue_plan_number(office_db, p.campaign_id, on=date(2026, 3, 2))
    assert number == "昌编督〔2026〕7号"
    assert plan_docs.issue_plan_number(office_db, p.campaign_id) == number
    path = plan_docs.write_plan_pdf(office_db, tmp_path / "plan.pdf", p.campaign_id)
    pages = check_grid(path)
    first = pages[0]
    mark = [line for line in first if line.text == "中共昌河市委机构编制委员会办公室"]
    assert mark and mark[0].colors == {(1, 0, 0)} and abs(mark[0].top - (TOP + 35)) < 1.5
    assert [line for line in first if line.text == number and line.size == 16]
    title = [line for line in first if line.text.startswith("2026年大督导")]
    assert title and title[0].size == 22
    with pdfplumber.open(path) as pdf:
        assert not [c for c in pdf.pages[0].chars if c["size"] > 60]  # no 草稿 once issued
        red = [
            item
            for item in pdf.pages[0].lines + pdf.pages[0].rects
            if tuple(item.get("stroking_color") or ()) == (1, 0, 0)
        ]
        assert red and abs((red[0]["x1"] - red[0]["x0"]) / 72 * 25.4 - WIDTH) < 1
    sections = ["一、督导目的", "二、督导内容", "三、时间安排", "四、督导组组成"]
    headings = [line.text for page in pages for line in body_lines(page) if line.text in sections]
    assert headings == sections
    text = plain_text(pages)
    assert "共组建2个督导组，实行组长负责制，督导6个单位。" in text
    assert re.search(r"第1组：组长领导0[12]；成员成员0[34]；负责督导[1-5]个单位。", text)
    assert "（一）内设机构设置。" in text and "2026年3月16日" in text
    assert "联系人：李明" in text and "抄送：市委组织部" in text and "印发" in text
    body = [line for page in pages for line in body_lines(page)]
    assert len(body) > 22  # more than one page of body text, all on the grid (check_grid)
