"""The plan and roster documents: PDF read back with pypdf, workbooks with openpyxl."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from plan_fixtures import make_plan
from pypdf import PdfReader

from dudao_desktop.documents import plan as plan_docs
from dudao_desktop.services import assignment, draw
from dudao_desktop.services import campaign as campaigns
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
    for expected in ("严肃机构编制纪律", "现场核查", "2026-03-16", "各督导组", "Group1"):
        assert expected in text
    wb = load_workbook(plan_docs.write_plan_xlsx(office_db, tmp_path / "plan.xlsx"))
    assert wb.worksheets[1]["C3"].value == "现场核查"
