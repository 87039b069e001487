"""Two-stage checklist answers, problems from items, template versions and xlsx."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dudao_desktop.errors import DudaoError, ValidationError
from dudao_desktop.model import (
    Answer,
    Campaign,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Inspection,
    Problem,
    Suggestion,
    Unit,
)
from dudao_desktop.model.vocab import UNIT_KIND_GROUPS
from dudao_desktop.services import checklist, checklist_io, procedure, template_versions
from dudao_desktop.services.checklist_template import read_template_file

DEFAULT_ITEMS = sum(len(s["items"]) for s in read_template_file()["sections"])


def fresh_inspection(database, kind="agency"):
    """An inspection of a unit of a kind in group ``kind`` that has no answers yet (demo)."""
    kinds = UNIT_KIND_GROUPS[kind]
    with database.Session() as s:
        campaign = s.scalar(select(Campaign))
        answered = select(Answer.inspection_id)
        inspection = s.scalar(
            select(Inspection)
            .join(Unit, Unit.id == Inspection.unit_id)
            .where(Unit.kind.in_(kinds), Inspection.id.not_in(answered))
        )
        return campaign, inspection


def test_answers_saved_normalised_with_mismatch(demo_db):
    _campaign, inspection = fresh_inspection(demo_db)
    rows = checklist.checklist_rows(demo_db, inspection.id)
    assert rows and all(not r.self_value for r in rows)
    yes_no = next(r for r in rows if r.answer_kind == "yes_no")
    checklist.set_answer(demo_db, inspection.id, yes_no.item_id, self_value="是")
    with pytest.raises(DudaoError, match="self-assessment"):  # still open: no verified answer
        checklist.set_answer(demo_db, inspection.id, yes_no.item_id, verified_value="N")
    procedure.waive_self_assessment(demo_db, inspection.id, "单位未按时提交自评表")
    row = checklist.set_answer(
        demo_db, inspection.id, yes_no.item_id, verified_value="N", note="现场查看未公示"
    )
    assert (row.self_value, row.verified_value, row.mismatch) == ("yes", "no", True)
    with demo_db.Session() as s:
        answer = s.scalar(
            select(Answer).where(
                Answer.inspection_id == inspection.id, Answer.item_id == yes_no.item_id
            )
        )
    assert (answer.self_value, answer.verified_value, answer.note) == (
        "yes",
        "no",
        "现场查看未公示",
    )
    row = checklist.set_answer(demo_db, inspection.id, yes_no.item_id, verified_value="是")
    assert not row.mismatch
    with pytest.raises(DudaoError, match="not an answer"):
        checklist.set_answer(demo_db, inspection.id, yes_no.item_id, verified_value="maybe")
    number = next((r for r in rows if r.answer_kind == "number"), None)
    if number:
        with pytest.raises(DudaoError, match="whole number"):
            checklist.set_answer(demo_db, inspection.id, number.item_id, self_value="十")
        assert (
            checklist.set_answer(demo_db, inspection.id, number.item_id, self_value="12").self_value
            == "12"
        )


def test_only_applicable_items(demo_db):
    _c, agency = fresh_inspection(demo_db, "agency")
    _c, institution = fresh_inspection(demo_db, "institution")
    with demo_db.Session() as s:
        kinds = {i.id: i.applies_to for i in s.scalars(select(ChecklistItem))}
    assert all("agency" in kinds[r.item_id] for r in checklist.checklist_rows(demo_db, agency.id))
    assert all(
        "institution" in kinds[r.item_id] for r in checklist.checklist_rows(demo_db, institution.id)
    )


def test_problem_and_suggestion_from_item(demo_db):
    _c, inspection = fresh_inspection(demo_db)
    procedure.waive_self_assessment(demo_db, inspection.id, "单位未按时提交自评表")
    row = checklist.checklist_rows(demo_db, inspection.id)[0]
    checklist.set_answer(demo_db, inspection.id, row.item_id, verified_value="否", note="无台账")
    category, text = checklist.problem_draft(demo_db, inspection.id, row.item_id)
    finding = checklist.finding_sentence(row.text, row.expected, "no")
    assert text == f"{finding}。无台账。"
    assert row.code not in text and "是否" not in text
    problem_id = checklist.record_problem(demo_db, inspection.id, row.item_id)
    suggestion_id = checklist.record_suggestion(
        demo_db, inspection.id, row.item_id, text="建议加强培训"
    )
    with demo_db.Session() as s:
        problem = s.get(Problem, problem_id)
        suggestion = s.get(Suggestion, suggestion_id)
    assert (problem.item_id, problem.category, problem.unit_id) == (
        row.item_id,
        category,
        inspection.unit_id,
    )
    assert problem.description == text and problem.year == 2026
    assert (suggestion.text, suggestion.source) == ("建议加强培训", "checklist")


def test_editing_frozen_template_makes_new_version(demo_db):
    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        frozen_id = campaign.template_id
        item = s.scalar(select(ChecklistItem).where(ChecklistItem.code == "A01"))
        old_text = item.text
    template_id, item_id = template_versions.update_item(
        demo_db, item.id, text="新的检查内容", evidence_required=False
    )
    assert template_id != frozen_id and item_id != item.id
    # A second edit goes to the same draft version.
    template2, _ = template_versions.update_item(demo_db, item.id, guidance="指引")
    assert template2 == template_id
    with demo_db.Session() as s:
        assert s.get(ChecklistItem, item.id).text == old_text
        new = s.get(ChecklistTemplate, template_id)
        assert (new.version, new.parent_id, new.frozen) == (2, frozen_id, False)
        assert s.get(ChecklistItem, item_id).text == "新的检查内容"
        count = s.scalar(
            select(func.count())
            .select_from(ChecklistItem)
            .join(ChecklistSection)
            .where(ChecklistSection.template_id == template_id)
        )
    assert count == DEFAULT_ITEMS
    # Editing the draft changes it in place.
    assert template_versions.update_item(demo_db, item_id, text="再改")[0] == template_id
    template_versions.remove_item(demo_db, item_id)
    _t, added = template_versions.add_item(
        demo_db, template_id, "A", code="A99", text="新增项", applies_to=["agency"]
    )
    template_versions.use_template(demo_db, campaign.id, template_id)
    with demo_db.Session() as s:
        assert s.get(ChecklistTemplate, template_id).frozen
        assert s.get(ChecklistItem, item_id).deleted
        assert s.get(ChecklistItem, added).applies_to == "agency"


def test_template_xlsx_round_trip_and_validation(demo_db, tmp_path):
    with demo_db.Session() as s:
        template_id = s.scalar(select(Campaign)).template_id
    path = tmp_path / "template.xlsx"
    assert checklist_io.export_template(demo_db, template_id, path) == DEFAULT_ITEMS
    new_id, version = checklist_io.import_template(demo_db, path)
    assert version == 2
    with demo_db.Session() as s:
        items = list(
            s.scalars(
                select(ChecklistItem)
                .join(ChecklistSection)
                .where(ChecklistSection.template_id == new_id)
            )
        )
        original = {
            i.code: i
            for i in s.scalars(
                select(ChecklistItem)
                .join(ChecklistSection)
                .where(ChecklistSection.template_id == template_id)
            )
        }
    assert len(items) == DEFAULT_ITEMS
    for item in items:
        old = original[item.code]
        fields = ("text", "answer_kind", "applies_to", "flags", "focus", "figure")
        fields += ("evidence_required", "expected", "problem_category")
        assert [getattr(item, f) for f in fields] == [getattr(old, f) for f in fields]
    wb = load_workbook(path)
    ws = wb.active
    ws["G5"] = "maybe"
    ws["I6"] = "全部机关、公司"
    wb.save(path)
    with pytest.raises(ValidationError) as caught:
        checklist_io.import_template(demo_db, path)
    assert {(f.row, f.column) for f in caught.value.findings} == {(5, "G"), (6, "I")}
    assert {f.params["value"] for f in caught.value.findings} == {"maybe", "公司"}


CODES = re.compile(r"^[a-z]+(_[a-z0-9]+)*$")


def test_template_workbook_shows_chinese_names_with_drop_down_lists(demo_db, tmp_path):
    """The office sees and picks names (是/否, 放管服改革, 公益一类事业单位), never internal
    codes; a name picked from a list imports as its code."""
    with demo_db.Session() as s:
        template_id = s.scalar(select(Campaign)).template_id
    path = tmp_path / "检查清单模板.xlsx"
    checklist_io.export_template(demo_db, template_id, path)
    wb = load_workbook(path)
    ws, choices = wb.worksheets
    assert choices.title == "选项"
    header = {cell.value: cell.column_letter for cell in ws[2]}
    coded = ["Line of work", "Answer kind", "Expected answer", "Applies to", "Only units flagged"]
    coded += ["Only under campaign focus", "Checked against figure", "Evidence required"]
    coded += ["Problem category"]
    for title in coded:
        cells = [c.value for c in ws[header[title]][2:] if c.value not in (None, "")]
        assert cells, title
        assert not [v for v in cells if CODES.match(str(v))], (title, cells[:3])
    assert {c.value for c in ws[header["Answer kind"]][2:]} <= {"是否题", "数字", "文字"}
    assert {c.value for c in ws[header["Evidence required"]][2:]} == {"是", "否"}
    lists = {}
    for check in ws.data_validations.dataValidation:
        column = str(check.sqref).split(":")[0].rstrip("0123456789")
        if check.type == "list":
            sheet, cells = check.formula1.split("!")
            first, last = cells.replace("$", "").split(":")
            lists[column] = [c.value for c in choices[first:last] for c in c]
            assert sheet.strip("'") == "选项"
        else:
            assert "、" in check.prompt
    assert lists[header["Problem category"]][:3] == ["主要职责不清晰", "内设机构不规范", "混编混岗"]
    assert "是否题" in lists[header["Answer kind"]] and lists[header["Expected answer"]] == [
        "是",
        "否",
    ]
    assert len(lists) == 6
    # The office picks other names from the lists and types kinds as it writes them.
    row = 3
    ws[f"{header['Problem category']}{row}"] = "混编混岗"
    ws[f"{header['Answer kind']}{row}"] = "数字"
    ws[f"{header['Expected answer']}{row}"] = None
    ws[f"{header['Applies to']}{row}"] = "公益一类、参公单位"
    ws[f"{header['Only units flagged']}{row}"] = "学校"
    ws[f"{header['Evidence required']}{row}"] = "是"
    code = ws[f"{header['Item code']}{row}"].value
    wb.save(path)
    new_id, _version = checklist_io.import_template(demo_db, path)
    with demo_db.Session() as s:
        item = s.scalar(
            select(ChecklistItem)
            .join(ChecklistSection)
            .where(ChecklistSection.template_id == new_id, ChecklistItem.code == code)
        )
        assert (item.problem_category, item.answer_kind, item.expected) == (
            "mixed_posts",
            "number",
            "",
        )
        assert item.applies_to == "public_welfare_1,civil_service_institution"
        assert (item.flags, item.evidence_required) == ("school", True)


def test_findings_read_as_an_inspector_writes_them():
    sentence = checklist.finding_sentence
    assert sentence("是否承接落实上级下放的行政审批事项", "yes", "no") == (
        "未承接落实上级下放的行政审批事项"
    )
    assert sentence("权责清单是否按规定动态调整并向社会公开？", "yes", "no") == (
        "权责清单未按规定动态调整并向社会公开"
    )
    assert sentence("职能划出后是否仍在实际履行已划出的职责", "no", "yes") == (
        "职能划出后仍在实际履行已划出的职责"
    )
    # Answered as expected (the problem lies elsewhere, in the note): the item as it stands.
    assert sentence("是否建立监管制度", "yes", "yes") == "是否建立监管制度"
