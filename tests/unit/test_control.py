"""From check to control: targeting, figures checked against data, visits, 三定 revisions,
management control."""

from __future__ import annotations

import json
import re
from datetime import date

import pdfplumber
import pytest
from control_fixtures import make_office
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dudao_desktop.documents import check_form, report_workbook
from dudao_desktop.documents import plan as plan_docs
from dudao_desktop.errors import DudaoError, ValidationError
from dudao_desktop.model import (
    ApprovalMatter,
    Assignment,
    Campaign,
    ChangeLog,
    ControlHold,
    FigureCheck,
    GroupMembership,
    Inspection,
    InspectionGroup,
    Inspector,
    Problem,
    SpotCheckDraw,
    Unit,
    Visit,
)
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import (
    approvals,
    blacklist,
    check_forms,
    checklist,
    controls,
    figure_checks,
    plan_documents,
    plan_view,
    procedure,
    regulations,
    supervision_report,
    template_versions,
    users,
    visits,
    yearly,
)
from dudao_desktop.services import (
    campaign as campaigns,
)
from dudao_desktop.services.yearly import write_yearly_pdf

REFORM_ITEMS = {"B01", "B02", "B03", "B04", "B06", "B07", "H04", "H05"}


def codes(database, inspection_id):
    return {r.code for r in checklist.checklist_rows(database, inspection_id)}


def item_id(database, inspection_id, code):
    return next(
        r.item_id for r in checklist.checklist_rows(database, inspection_id) if r.code == code
    )


def pdf_text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def test_reform_flagged_agency_gets_reform_items_and_unflagged_does_not(office_db, tmp_path):
    office = make_office(office_db)
    flagged = codes(office_db, office.inspection("市综合行政执法局"))
    unflagged = codes(office_db, office.inspection("市统计局"))
    assert flagged >= REFORM_ITEMS
    assert not REFORM_ITEMS & unflagged
    # Both are government departments: the discipline and establishment items reach both.
    assert {"G01", "G06", "H01", "I01", "I04"} <= flagged & unflagged
    # A school gets the school item and its class's classification item, not the hospital's.
    school = codes(office_db, office.inspection("市第一中学"))
    assert {"I12", "J02"} <= school and not {"I13", "J01", "J04", "I04"} & school
    # The focus items wait for a campaign that focuses on them.
    assert "G07" not in flagged and "J05" not in school
    # The printed form shows only the applicable items too.
    path = tmp_path / "form.pdf"
    run_to_end(
        check_forms.print_forms(
            office_db, office.campaign_id, path, unit_ids=[office.units["市统计局"]]
        )
    )
    text = pdf_text(path)
    assert "划转职能对应的人员是否按方案分流到位" not in text
    assert "是否存在弄虚作假、瞒报虚报机构编制数据的情况" in text


def test_campaign_focus_brings_its_items(office_db):
    office = make_office(office_db, focus="discipline")
    assert "G07" in codes(office_db, office.inspection("市统计局"))
    assert "J05" not in codes(office_db, office.inspection("市第一中学"))
    with pytest.raises(DudaoError, match="campaign focus"):
        campaigns.update_campaign(office_db, office.campaign_id, focus="纪律")


def test_planted_figure_difference_becomes_a_suggested_problem(office_db):
    office = make_office(office_db)
    inspection = office.inspection("市综合行政执法局")
    admin = item_id(office_db, inspection, "I04")  # 实有行政编制人数: held 9, approved 10
    deputies = item_id(office_db, inspection, "I10")  # 实配副职: held 2
    outside = item_id(office_db, inspection, "I11")  # 编外人员: held 2
    row = checklist.set_answer(office_db, inspection, admin, self_value="12")
    assert (row.self_value, row.held) == ("12", 9)  # on screen side by side
    checklist.set_answer(office_db, inspection, deputies, self_value="2")
    checklist.set_answer(office_db, inspection, outside, self_value="5")
    found = {c.item_code: c for c in figure_checks.figure_checks(office_db, inspection)}
    assert set(found) == {"I04", "I11"}
    assert (found["I04"].kind, found["I04"].reported, found["I04"].held) == ("over_quota", 12, 9)
    assert found["I04"].approved == 10 and found["I04"].status == "suggested"
    assert found["I11"].kind == "inconsistent"

    problem_id = figure_checks.confirm(office_db, found["I04"].id, by="张三")
    with pytest.raises(DudaoError, match="why"):
        figure_checks.dismiss(office_db, found["I11"].id, "  ")
    figure_checks.dismiss(office_db, found["I11"].id, "编外人员含临时借用2人，已核实", by="李四")
    with office_db.Session() as s:
        problem = s.get(Problem, problem_id)
        assert problem.unit_id == office.units["市综合行政执法局"]
        assert problem.description == "超编：实有行政编制人数，单位自评12，台账9，核定10。"
        checks = {c.item_id: c for c in s.scalars(select(FigureCheck))}
        assert checks[admin].status == "confirmed" and checks[admin].problem_id == problem_id
        assert checks[outside].status == "dismissed"
        assert checks[outside].reason == "编外人员含临时借用2人，已核实"
    with pytest.raises(DudaoError, match="already been decided"):
        figure_checks.confirm(office_db, found["I11"].id)

    # A suggestion the unit corrects goes away; a figure that agrees never makes one.
    bodies = item_id(office_db, inspection, "F08")
    checklist.set_answer(office_db, inspection, bodies, self_value="4")
    assert [
        c.kind for c in figure_checks.figure_checks(office_db, inspection) if c.item_code == "F08"
    ] == ["over_bodies"]
    checklist.set_answer(office_db, inspection, bodies, self_value="3")
    assert "F08" not in {c.item_code for c in figure_checks.figure_checks(office_db, inspection)}


def test_on_site_verification_without_a_visit_record_cannot_close(office_db):
    office = make_office(office_db)
    inspection = office.inspection("市统计局")
    with office_db.session() as s:
        s.get(Inspection, inspection).step = "on_site"
    with pytest.raises(ValidationError) as caught:
        procedure.close_step(office_db, inspection)
    assert procedure.MISSING["visit"] in [f.message for f in caught.value.findings]
    with pytest.raises(DudaoError, match="date"):
        visits.save_visit(office_db, inspection, visits.VisitData(None, "张三"))
    data = visits.VisitData(date(2026, 3, 18), "张三、李四", "刘局长、办公室主任")
    with pytest.raises(DudaoError, match="method"):
        visits.save_visit(office_db, inspection, data)
    data.method("report").used = True
    data.method("report").covered = "刘局长汇报"
    data.method("interview").used = True
    data.method("interview").people = 3
    visit_id = visits.save_visit(office_db, inspection, data)
    missing = procedure.what_is_missing(office_db, inspection)
    assert procedure.MISSING["visit"] not in [f.message for f in missing]
    with office_db.Session() as s:
        visit = s.get(Visit, visit_id)
        assert visit.visited_on == date(2026, 3, 18) and visit.members == "张三、李四"
        assert json.loads(visit.methods)["interview"]["people"] == 3
        assert s.get(Inspection, inspection).visited_on == date(2026, 3, 18)
    again = visits.get_visit(office_db, inspection)
    assert again.method("report").covered == "刘局长汇报" and again.participants.startswith(
        "刘局长"
    )
    # The record is one per inspection: saving again changes it, never adds a second.
    visits.save_visit(office_db, inspection, data)
    with office_db.Session() as s:
        assert len(s.scalars(select(Visit)).all()) == 1


def test_spot_check_sample_is_recorded_and_replayable(office_db):
    office = make_office(office_db)
    inspection = office.inspection("市统计局")
    files = [f"审批卷宗{n:03d}" for n in range(1, 21)]
    record = visits.draw_sample(office_db, inspection, "2025年审批卷宗", files, 4, by="张三")
    assert len(record.sample) == 4 and set(record.sample) <= set(files)
    with office_db.Session() as s:
        stored = s.get(SpotCheckDraw, record.id)
        assert json.loads(stored.sample) == record.sample
        assert json.loads(stored.candidates) == files and stored.seed == record.seed
    sample, same = visits.replay(office_db, record.id)
    assert same and sample == record.sample
    # Another seed draws another sample from the same list (the draw is not fixed).
    others = {tuple(visits.sample_of(files, 4, f"seed{n}")) for n in range(5)}
    assert len(others) > 1
    # A record altered afterwards no longer replays to its sample.
    with office_db.session() as s:
        s.get(SpotCheckDraw, record.id).candidates = json.dumps(files[::-1], ensure_ascii=False)
    assert visits.replay(office_db, record.id)[1] is False
    with pytest.raises(DudaoError, match="between 1 and 20"):
        visits.draw_sample(office_db, inspection, "卷宗", files, 21)
    assert [r.id for r in visits.samples(office_db, inspection)] == [record.id]


def test_finding_proposes_a_regulation_revision_the_yearly_analysis_lists(office_db, tmp_path):
    office = make_office(office_db)
    inspection = office.inspection("市综合行政执法局")
    unit_id = office.units["市综合行政执法局"]
    checklist.set_answer(
        office_db, inspection, item_id(office_db, inspection, "D02"), self_value="否"
    )
    problem_id = checklist.record_problem(
        office_db,
        inspection,
        item_id(office_db, inspection, "D02"),
        description="执法监督职责与市司法局交叉",
    )
    revision_id = regulations.propose_revision(
        office_db,
        unit_id,
        "明确执法监督职责边界，调整法制科职责",
        "督导发现职责交叉",
        [problem_id],
        office.campaign_id,
        on=date(2026, 4, 2),
    )
    other_unit = office.units["市统计局"]
    with pytest.raises(DudaoError, match="not a problem of"):
        regulations.propose_revision(office_db, other_unit, "调整", problem_ids=[problem_id])
    analysis = yearly.yearly_analysis(office_db, 2026)
    assert [(r.id, r.status, r.problem_ids) for r in analysis.revisions] == [
        (revision_id, "proposed", [problem_id])
    ]
    regulations.record_revision_document(
        office_db, revision_id, "昌编发〔2026〕12号", date(2026, 6, 30)
    )
    with office_db.Session() as s:
        unit = s.get(Unit, unit_id)
        assert (unit.regulation_doc_no, unit.regulation_date) == (
            "昌编发〔2026〕12号",
            date(2026, 6, 30),
        )
    analysis = yearly.yearly_analysis(office_db, 2026)
    assert [(r.status, r.document_number) for r in analysis.revisions] == [
        ("completed", "昌编发〔2026〕12号")
    ]
    path = write_yearly_pdf(office_db, 2026, tmp_path / "yearly.pdf", today=date(2026, 12, 31))
    text = pdf_text(path)
    assert "明确执法监督职责边界，调整法制科职责" in text and "昌编发〔2026〕12号" in text


def test_approval_for_blacklisted_unit_is_held_until_a_leader_overrides(office_db, tmp_path):
    office = make_office(office_db)
    listed, clean = office.units["市综合行政执法局"], office.units["市统计局"]
    blacklist.add_to_blacklist(office_db, listed, "虚报机构编制数据", on=date(2026, 2, 1))
    assert set(controls.controlled_units(office_db, [listed, clean])) == {listed}
    fields = dict(
        reason="执法任务增加",
        superior_documents="鲁编〔2026〕1号",
        elsewhere="潍坊各县已增设",
        preliminary_plan="增设执法三中队",
        applied_on=date(2026, 3, 1),
    )
    held = approvals.add_matter(office_db, listed, "增设执法三中队", **fields)
    free = approvals.add_matter(office_db, clean, "调整内设机构", **fields)
    assert approvals.close_phase(office_db, free) == "research"
    with pytest.raises(DudaoError, match="held by management control"):
        approvals.close_phase(office_db, held)
    [hold] = controls.holds(office_db, held)
    assert hold.status == "held" and hold.reasons[0]["rule"] == "blacklisted"
    assert "虚报机构编制数据" in hold.reasons[0]["detail"]
    users.add_user(office_db, "李科员", "clerk")
    users.add_user(office_db, "王主任", "office_leader")
    with pytest.raises(DudaoError, match="Sign in as"):
        controls.override(office_db, hold.id, "急需")  # nobody signed in
    users.sign_in(office_db, "李科员")
    with pytest.raises(DudaoError, match="only .*Office leader"):
        controls.override(office_db, hold.id, "急需")
    users.sign_in(office_db, "王主任")
    with pytest.raises(DudaoError, match="reason"):
        controls.override(office_db, hold.id, " ")
    controls.override(office_db, hold.id, "市委专题会议已研究同意", on=date(2026, 3, 2))
    assert approvals.close_phase(office_db, held) == "research"
    with office_db.Session() as s:
        assert s.get(ApprovalMatter, held).phase == "research"
        stored = s.scalar(select(ControlHold).where(ControlHold.approval_id == held))
        assert (stored.overridden_by, stored.override_reason) == (
            "王主任",
            "市委专题会议已研究同意",
        )
        # The audit trail has the hold and the override.
        logged = {
            (c.field, json.loads(c.value))
            for c in s.scalars(select(ChangeLog).where(ChangeLog.row_id == stored.id))
        }
        assert ("status", "held") in logged and ("status", "overridden") in logged
        assert ("override_reason", "市委专题会议已研究同意") in logged
        # ... and who recorded the override: the signed-in leader.
        by = {
            json.loads(c.value): c.user_name
            for c in s.scalars(
                select(ChangeLog).where(ChangeLog.row_id == stored.id, ChangeLog.field == "status")
            )
        }
        assert by["overridden"] == "王主任"
    assert controls.holds(office_db, free) == []
    text = pdf_text(
        write_yearly_pdf(office_db, hold.held_on.year, tmp_path / "y.pdf", today=hold.held_on)
    )
    assert "增设执法三中队" in text and "市委专题会议已研究同意" in text


def test_overdue_problem_and_open_warning_hold_a_matter(office_db):
    office = make_office(office_db)
    unit_id = office.units["市统计局"]
    with office_db.session() as s:
        s.add(
            Problem(
                unit_id=unit_id,
                year=2025,
                category="structure",
                description="擅自增设内设机构",
                deadline=date(2025, 12, 31),
            )
        )
    matter = approvals.add_matter(office_db, unit_id, "增加编制")
    [hold] = controls.holds(office_db, matter)
    assert [r["rule"] for r in hold.reasons] == ["overdue_problem"]


def test_printed_form_shows_held_and_self_assessed_figures_side_by_side(office_db, tmp_path):
    office = make_office(office_db)
    inspection = office.inspection("市综合行政执法局")
    checklist.set_answer(
        office_db, inspection, item_id(office_db, inspection, "I04"), self_value="12"
    )
    checklist.set_answer(
        office_db, inspection, item_id(office_db, inspection, "I10"), self_value="2"
    )
    path = tmp_path / "form.pdf"
    run_to_end(
        check_forms.print_forms(
            office_db, office.campaign_id, path, unit_ids=[office.units["市综合行政执法局"]]
        )
    )
    # The verification column cut out of each page by its position: the unit's own figure,
    # then the office's, flagged, in the same cell.
    left = check_form.MARGIN_X + sum(check_form.COLUMNS_MM[:2]) * check_form.mm
    right = left + check_form.COLUMNS_MM[2] * check_form.mm
    with pdfplumber.open(path) as pdf:
        printed = [
            re.sub(r"\s+", "", page.crop((left, 0, right, page.height)).extract_text() or "")
            for page in pdf.pages
        ]
    own = re.sub(r"\s+", "", check_form.tr(check_form.SELF).format(answer="12"))
    held = re.sub(r"\s+", "", check_form.tr(check_form.HELD_FIGURE).format(held=9))
    differs = re.sub(r"\s+", "", check_form.tr(check_form.FIGURE_DIFFERS))
    page = next(page for page in printed if own in page)
    assert own + held + differs in page
    # A figure that agrees is printed without the flag.
    assert not any(f"2{differs}" in page for page in printed)


def test_template_derived_from_last_years_lists_its_changes(office_db):
    office = make_office(office_db)
    next_year = campaigns.create_campaign(office_db, "2027年机构编制大督导", 2027)
    draft = template_versions.derive_template(office_db, next_year.id, office.campaign_id)
    with office_db.Session() as s:
        old_template = s.get(Campaign, office.campaign_id).template_id
        items = {i.code: i.id for _s, i in checklist.template_items(s, draft)}
    template_versions.update_item(
        office_db, items["A01"], text="是否承接落实上级下放的行政许可事项"
    )
    template_versions.remove_item(office_db, items["E04"])
    template_versions.add_item(
        office_db, draft, "G", code="G08", text="是否存在违规设置议事协调机构的情况"
    )
    changes = template_versions.template_changes(office_db, draft)
    assert [(c.change, c.code) for c in changes] == [
        ("changed", "A01"),
        ("removed", "E04"),
        ("added", "G08"),
    ]
    assert changes[0].fields == ["text"]
    assert template_versions.template_changes(office_db, old_template) == []


def test_office_sets_flags_in_the_roster_workbook(office_db, tmp_path):
    from openpyxl import Workbook, load_workbook
    from plan_fixtures import make_uscc

    from dudao_desktop.model import Department
    from dudao_desktop.services import roster

    with office_db.session() as s:
        s.add(Department(name="市政府"))
    book = Workbook()
    ws = book.active
    ws.append(["全市机关事业单位名册"])
    ws.append(["单位名称", "统一社会信用代码", "单位类别", "主管部门", "单位标记"])
    ws.append(["市综合行政执法局", make_uscc(11), "政府工作部门", "市政府", "涉改"])
    ws.append(["市人民医院", make_uscc(12), "公益二类", "市政府", "医院、涉改"])
    ws.append(["市统计局", make_uscc(13), "政府工作部门", "市政府", ""])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    roster.import_roster(office_db, path)
    with office_db.Session() as s:
        flags = dict(s.execute(select(Unit.name, Unit.flags)).all())
    assert flags == {"市综合行政执法局": "reform", "市人民医院": "reform,hospital", "市统计局": ""}
    out = tmp_path / "out.xlsx"
    roster.export_roster(office_db, out)
    cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert "涉改、医院" in cells
    # A word that is no flag is refused with the row, and nothing is imported.
    ws.append(["市档案馆", make_uscc(14), "公益一类", "市政府", "重点"])
    book.save(path)
    with pytest.raises(ValidationError) as caught:
        roster.import_roster(office_db, path)
    assert any(f.row == 6 and "重点" in str(f.params) for f in caught.value.findings)


def _group_for(database, campaign_id: str, unit_id: str) -> None:
    """The first inspection group (leader 王组长, members 陈明 and 赵丽) assigned the unit."""
    with database.session() as s:
        group = InspectionGroup(campaign_id=campaign_id, number=1, name="第一督导组")
        s.add(group)
        s.flush()
        for name, role in (("陈明", "member"), ("王组长", "leader"), ("赵丽", "member")):
            inspector = Inspector(name=name, is_leadership=role == "leader")
            s.add(inspector)
            s.flush()
            s.add(GroupMembership(group_id=group.id, inspector_id=inspector.id, role=role))
        s.add(Assignment(campaign_id=campaign_id, group_id=group.id, unit_id=unit_id))


def test_printed_form_shows_the_planned_visit_beside_room_for_what_was_done(office_db, tmp_path):
    office = make_office(office_db)
    unit_id = office.units["市统计局"]
    _group_for(office_db, office.campaign_id, unit_id)
    inspection = office.inspection("市统计局")
    with pytest.raises(DudaoError, match="method"):
        visits.plan_visit(office_db, inspection, date(2026, 3, 18), [])
    visits.plan_visit(office_db, inspection, date(2026, 3, 18), ["records", "report"])
    plan = visits.get_plan(office_db, inspection)
    assert (plan.planned_on, plan.methods) == (date(2026, 3, 18), ["report", "records"])
    assert plan.members[0] == "王组长" and sorted(plan.members[1:]) == sorted(["陈明", "赵丽"])
    # A plan is not a visit: on-site verification still needs the visit recorded.
    with office_db.Session() as s:
        assert not visits.has_visit(s, inspection)
    unplanned = office.units["市第一中学"]
    path = tmp_path / "forms.pdf"
    run_to_end(
        check_forms.print_forms(office_db, office.campaign_id, path, unit_ids=[unit_id, unplanned])
    )

    def label(text: str) -> str:
        return re.sub(r"\s+", "", check_form.tr(text))

    with pdfplumber.open(path) as pdf:
        # Each unit's first page (the one with the facts), line by line without spaces.
        firsts = [
            [re.sub(r"\s+", "", line) for line in (page.extract_text() or "").splitlines()]
            for page in pdf.pages
            if label(check_form.PLANNED_METHODS) in re.sub(r"\s+", "", page.extract_text() or "")
        ]
        last_page = re.sub(r"\s+", "", pdf.pages[-1].extract_text() or "")
    planned, unplanned_form = firsts
    # On one line of the facts: the day planned, beside the blank for the day it was done.
    done_blank = label(check_form.DONE) + "：" + label(check_form.DATE_BLANK)

    def on_a_line(text: str, lines: list[str]) -> bool:
        return any(text in line for line in lines)

    assert on_a_line(
        label(check_form.VISIT) + label(check_form.PLANNED) + "：3月18日；" + done_blank, planned
    )
    assert on_a_line(label(check_form.PLANNED_METHODS) + "听取单位汇报、查阅资料", planned)
    # The group with its members, the leader first (the cell wraps).
    assert on_a_line("第一督导组（王组长（组长）、", planned)
    assert "陈明" in "".join(planned)
    # What was done: the methods used are ticked at the end (all four offered).
    assert label(check_form.METHODS) in last_page and "随机抽查" in last_page
    # The unplanned unit's form says so, with the same blank for the day of the visit.
    not_planned = label(check_form.NOT_PLANNED)
    assert on_a_line(
        label(check_form.VISIT)
        + label(check_form.PLANNED)
        + "："
        + not_planned
        + "；"
        + done_blank,
        unplanned_form,
    )
    assert on_a_line(label(check_form.PLANNED_METHODS) + not_planned, unplanned_form)


def test_supervision_report_lists_holds_and_overrides_with_who_and_why(office_db, tmp_path):
    office = make_office(office_db)
    listed, clean = office.units["市综合行政执法局"], office.units["市统计局"]
    blacklist.add_to_blacklist(office_db, listed, "虚报机构编制数据", on=date(2026, 2, 1))
    let_go = approvals.add_matter(office_db, listed, "增设执法三中队", applied_on=date(2026, 3, 1))
    approvals.add_matter(office_db, listed, "调整执法大队规格", applied_on=date(2026, 3, 5))
    approvals.add_matter(office_db, clean, "调整内设机构", applied_on=date(2026, 3, 5))
    users.add_user(office_db, "王主任", "office_leader")
    users.sign_in(office_db, "王主任")
    [hold] = controls.holds(office_db, let_go)
    controls.override(office_db, hold.id, "市委专题会议已研究同意", on=date(2026, 3, 9))
    path = supervision_report.write_report(
        office_db, office.campaign_id, tmp_path / "report.pdf", today=date(2026, 12, 31)
    )
    with pdfplumber.open(path) as pdf:
        pages = [re.sub(r"\s+", "", page.extract_text() or "") for page in pdf.pages]
        # The attachment's table, each cell's wrapped lines joined.
        rows = [
            [re.sub(r"\s+", "", cell or "") for cell in row]
            for page in pdf.pages
            if "管理控制情况表" in (page.extract_text() or "")
            for table in page.extract_tables()
            for row in table
        ]
    text = "".join(pages)
    # In the body: how many matters were held and how many a leader let go.
    assert "暂缓办理1个单位的机构编制事项2项" in text
    assert "继续办理1项，仍暂缓1项" in text
    # The attachment lists each hold with why, and the override with who and why.
    header, *holds = [r for r in rows if len(r) == 8]
    assert header[1:3] == ["单位", "事项"] and header[5] == "签批领导"
    by_matter = {r[2]: r for r in holds}
    assert set(by_matter) == {"增设执法三中队", "调整执法大队规格"}  # not the clean unit's
    overridden = by_matter["增设执法三中队"]
    assert overridden[1] == "市综合行政执法局" and "虚报机构编制数据" in overridden[3]
    assert overridden[5:] == ["王主任", "市委专题会议已研究同意", "2026年3月9日"]
    assert by_matter["调整执法大队规格"][5:] == ["", "", ""]
    # The report's workbook has the same holds on a sheet of their own.
    book = load_workbook(
        supervision_report.write_report_workbook(
            office_db, office.campaign_id, tmp_path / "report.xlsx", today=date(2026, 12, 31)
        )
    )
    sheet = book[report_workbook.tr(report_workbook.SHEET_CONTROLS)]
    cells = {row[2]: row for row in sheet.iter_rows(values_only=True) if row and len(row) >= 8}
    assert cells["增设执法三中队"][5:7] == ("王主任", "市委专题会议已研究同意")
    assert cells["调整执法大队规格"][5] in ("", None)


def test_plan_and_roster_show_the_units_under_management_control(office_db, tmp_path):
    office = make_office(office_db)
    listed = office.units["市综合行政执法局"]
    blacklist.add_to_blacklist(office_db, listed, "虚报机构编制数据", on=date(2026, 2, 1))
    _group_for(office_db, office.campaign_id, listed)
    _group_for(office_db, office.campaign_id, office.units["市统计局"])
    [held] = plan_view.units_under_control(office_db, office.campaign_id)
    assert (held.name, held.group) == ("市综合行政执法局", "第一督导组")
    path = plan_documents.write_plan_pdf(office_db, tmp_path / "plan.pdf", office.campaign_id)
    with pdfplumber.open(path) as pdf:
        rows = [
            [re.sub(r"\s+", "", cell or "") for cell in row]
            for page in pdf.pages
            for table in page.extract_tables()
            for row in table
        ]
    [row] = [r for r in rows if "市综合行政执法局" in r]
    assert row[2] == "第一督导组" and "虚报机构编制数据" in row[3]
    assert not any("市统计局" in r for r in rows)
    # The group roster marks the unit in its group's list.
    path = plan_documents.write_roster_pdf(office_db, tmp_path / "roster.pdf", office.campaign_id)
    with pdfplumber.open(path) as pdf:
        cells = {
            re.sub(r"\s+", "", cell or "")
            for page in pdf.pages
            for table in page.extract_tables()
            for row in table
            for cell in row
        }
    mark = re.sub(r"\s+", "", plan_docs.t("controlled"))
    assert "市综合行政执法局" + mark in cells
    assert "市统计局" in cells
