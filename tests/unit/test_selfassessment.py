"""Self-assessment workbooks: export, fill with openpyxl, import; refusals."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import select

from dudao_desktop.model import (
    Answer,
    Assignment,
    Campaign,
    ChecklistItem,
    Inspection,
    InspectionGroup,
    Unit,
)
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import checklist, selfassessment


def unanswered_unit(database):
    with database.Session() as s:
        campaign = s.scalar(select(Campaign))
        answered = select(Answer.inspection_id)
        inspection = s.scalar(select(Inspection).where(Inspection.id.not_in(answered)))
        return campaign, s.get(Unit, inspection.unit_id), inspection


def fill(path, answer="是", note="已落实"):
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    filled = 0
    for row in ws.iter_rows(min_row=1):
        kind = row[5].value
        if row[1].value and isinstance(row[0].value, int):
            row[6].value = {
                "是/否/不适用": answer,  # the workbook sent to units is Chinese
                "是 / 否 / 不适用": answer,
                "Yes / No / Not applicable": answer,
                "数字": 5,
                "Number": 5,
            }.get(kind, "文字说明")
            row[7].value = note
            filled += 1
    wb.save(path)
    return filled


def test_export_has_unit_data_dropdowns_protection_and_identity(demo_db, tmp_path):
    campaign, unit, _inspection = unanswered_unit(demo_db)
    path = selfassessment.export_unit(demo_db, campaign.id, unit.id, tmp_path / "u.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert unit.name in texts and unit.uscc in texts
    rows = checklist.checklist_rows(demo_db, _inspection.id)
    assert all(r.text in texts for r in rows)
    assert ws.protection.sheet
    identity = wb[selfassessment.IDENTITY_SHEET]
    assert identity.sheet_state == "veryHidden"
    facts = {r[0]: r[1] for r in identity.iter_rows(values_only=True) if r[0] != "item"}
    assert (facts["campaign_id"], facts["unit_id"]) == (campaign.id, unit.id)
    item_rows = [r[1] for r in identity.iter_rows(values_only=True) if r[0] == "item"]
    assert len(item_rows) == len(rows)
    first = item_rows[0]
    assert not ws.cell(first, 7).protection.locked and not ws.cell(first, 8).protection.locked
    assert ws.cell(first, 4).protection.locked
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert (
        lists
        and f"G{first}" in str(lists[0].sqref)
        or any(f"G{first}" in str(dv.sqref) for dv in ws.data_validations.dataValidation)
    )


def test_round_trip_answers_reach_database(demo_db, tmp_path):
    campaign, unit, inspection = unanswered_unit(demo_db)
    path = selfassessment.export_unit(demo_db, campaign.id, unit.id, tmp_path / "u.xlsx")
    filled = fill(path, answer="否", note="自评说明")
    dry = selfassessment.import_file(demo_db, path, dry_run=True)
    assert not dry.refused and dry.changed == filled and not dry.applied
    with demo_db.Session() as s:
        assert not list(s.scalars(select(Answer).where(Answer.inspection_id == inspection.id)))
    report = selfassessment.import_file(demo_db, path, campaign_id=campaign.id)
    assert report.applied and report.answers == filled and report.unit == unit.name
    with demo_db.Session() as s:
        answers = list(
            s.execute(
                select(ChecklistItem.answer_kind, Answer.self_value, Answer.note)
                .join(ChecklistItem, ChecklistItem.id == Answer.item_id)
                .where(Answer.inspection_id == inspection.id)
            )
        )
    assert len(answers) == filled
    assert {v for k, v, _n in answers if k == "yes_no"} == {"no"}
    assert {v for k, v, _n in answers if k == "number"} <= {"5"}
    assert {n for _k, _v, n in answers} == {"自评说明"}
    again = selfassessment.import_file(demo_db, path)
    assert again.changed == 0


def test_other_campaign_template_and_bad_answers_are_refused(demo_db, tmp_path):
    campaign, unit, inspection = unanswered_unit(demo_db)
    path = selfassessment.export_unit(demo_db, campaign.id, unit.id, tmp_path / "u.xlsx")
    fill(path)
    report = selfassessment.import_file(demo_db, path, campaign_id="another-campaign")
    assert report.refused and "another campaign" in str(report.findings[0])
    wb = load_workbook(path)
    identity = wb[selfassessment.IDENTITY_SHEET]
    for row in identity.iter_rows():
        if row[0].value == "template_id":
            row[1].value = "some-other-version"
    ws = wb.worksheets[0]
    wb.save(tmp_path / "old.xlsx")
    assert "version" in str(selfassessment.import_file(demo_db, tmp_path / "old.xlsx").findings[0])
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    bad_rows = [
        r[0].row
        for r in ws.iter_rows()
        if r[5].value in ("是/否/不适用", "是 / 否 / 不适用", "Yes / No / Not applicable")
    ]
    ws.cell(bad_rows[0], 7).value = "也许"
    wb.save(tmp_path / "bad.xlsx")
    report = selfassessment.import_file(demo_db, tmp_path / "bad.xlsx")
    assert report.refused and report.findings[0].row == bad_rows[0]
    assert report.findings[0].column == "G"
    with demo_db.Session() as s:  # all or nothing: no answer from that file
        assert not list(s.scalars(select(Answer).where(Answer.inspection_id == inspection.id)))


def test_group_export_and_folder_import(demo_db, tmp_path):
    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        group = s.scalar(select(InspectionGroup).order_by(InspectionGroup.number))
        count = len(list(s.scalars(select(Assignment).where(Assignment.group_id == group.id))))
    out = tmp_path / "group"
    written = run_to_end(selfassessment.export_units(demo_db, campaign.id, out, group.id))
    assert len(written) == count and len(list(out.glob("*.xlsx"))) == count
    with demo_db.Session() as s:
        locked = set(
            s.scalars(
                select(Unit.uscc)
                .join(Inspection, Inspection.unit_id == Unit.id)
                .where(Inspection.locked.is_(True))
            )
        )
    open_files = [p for p in written if p.name.split("_")[0] not in locked]
    for path in open_files[:3]:
        fill(path)
    for path in written:
        if path not in open_files[:3]:
            path.unlink()
    (out / "notes.xlsx").write_bytes(b"not a workbook")
    reports = run_to_end(selfassessment.import_path(demo_db, out))
    assert len(reports) == 4
    bad = [r for r in reports if r.refused]
    assert [r.file for r in bad] == ["notes.xlsx"]
    assert all(r.applied and r.changed for r in reports if not r.refused)
