"""The matter approval ledger: phases close only when filled; attachments; xlsx round trip."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from dudao_desktop.errors import ValidationError
from dudao_desktop.model import Evidence
from dudao_desktop.services import approvals, ledger_export, ledger_import

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_unit

pytestmark = pytest.mark.backends

FILLED = {
    "research": dict(
        current_institutions="内设3个科室",
        staffing="行政编制12名",
        leader_posts="1正2副",
        policy_basis="省委编办文件",
        needs="新增职能",
        supporting_measures="内部调剂",
        expected_effect="理顺职责",
        follow_up_management="纳入跟踪问效",
    ),
    "decision": dict(
        meeting_on=date(2026, 5, 8),
        preliminary_opinion="同意",
        decision="同意增设",
        document_number="昌编〔2026〕12号",
        implementation="已印发",
    ),
}


@pytest.fixture
def matter(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    matter = approvals.add_matter(
        office_db,
        unit,
        "关于增设审批科的请示",
        applied_on=date(2026, 4, 1),
        reason="承接下放事项",
        superior_documents="鲁编办〔2026〕1号",
        elsewhere="周边县市均已设立",
        preliminary_plan="内部调剂",
    )
    return office_db, unit, matter


def test_a_phase_closes_only_when_its_fields_are_filled(matter):
    database, _, matter_id = matter
    assert approvals.close_phase(database, matter_id) == "research"
    with pytest.raises(approvals.DudaoError, match="Policy basis"):
        approvals.close_phase(database, matter_id)
    approvals.update_matter(database, matter_id, **FILLED["research"], field_research=True)
    with pytest.raises(approvals.DudaoError, match="Research team"):
        approvals.close_phase(database, matter_id)
    approvals.update_matter(database, matter_id, research_team="张三、李四")
    assert approvals.close_phase(database, matter_id) == "decision"
    with pytest.raises(approvals.DudaoError, match="Document number"):
        approvals.close_phase(database, matter_id)
    approvals.update_matter(database, matter_id, **FILLED["decision"])
    assert approvals.close_phase(database, matter_id) == "implemented"
    with pytest.raises(approvals.DudaoError, match="already implemented"):
        approvals.close_phase(database, matter_id)
    assert approvals.get_matter(database, matter_id)["document_number"] == "昌编〔2026〕12号"


def test_attachments_go_to_the_evidence_store(matter, tmp_path):
    database, _, matter_id = matter
    scan = tmp_path / "请示.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    approvals.attach_file(database, matter_id, scan, "请示原件")
    [(evidence_id, caption, name)] = approvals.attachments(database, matter_id)
    assert (caption, name) == ("请示原件", "请示.pdf")
    assert any(database.evidence_dir.rglob("*"))


def test_export_then_import_round_trip(matter, tmp_path):
    database, _, matter_id = matter
    approvals.update_matter(database, matter_id, reason="=1+1")
    target = tmp_path / "approvals.xlsx"
    assert ledger_export.export_ledger(database, "approvals", target) == 1
    assert ledger_import.import_ledger(database, "approvals", target, dry_run=True) == 1
    assert len(approvals.list_matters(database)) == 1
    assert ledger_import.import_ledger(database, "approvals", target) == 1
    rows = approvals.list_matters(database)
    assert len(rows) == 2
    copy = approvals.get_matter(database, [r.id for r in rows if r.id != matter_id][0])
    assert copy["reason"] == "=1+1" and copy["applied_on"] == date(2026, 4, 1)
    assert copy["superior_documents"] == "鲁编办〔2026〕1号"


def test_import_refuses_bad_rows_all_or_nothing(matter, tmp_path):
    database, _, _ = matter
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Unit name", "Matter", "Applied on"])
    sheet.append(["某某局", "好的一行", "2026-01-01"])
    sheet.append(["不存在的单位", "坏的一行", "not a date"])
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    with pytest.raises(ValidationError) as caught:
        ledger_import.import_ledger(database, "approvals", path)
    assert len(caught.value.findings) == 2
    assert {f.row for f in caught.value.findings} == {3}
    assert len(approvals.list_matters(database)) == 1


def test_removing_an_attachment_or_a_matter_leaves_tombstones(matter, tmp_path):
    database, unit, matter_id = matter
    scan = tmp_path / "请示.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    kept = tmp_path / "纪要.pdf"
    kept.write_bytes(b"%PDF-1.4 minutes")
    removed = approvals.attach_file(database, matter_id, scan)
    approvals.attach_file(database, matter_id, kept)
    other = approvals.add_matter(database, unit, "另一事项")
    with pytest.raises(approvals.NotFoundError):  # not this matter's attachment
        approvals.remove_attachment(database, other, removed)
    approvals.remove_attachment(database, matter_id, removed)
    assert [name for _id, _caption, name in approvals.attachments(database, matter_id)] == [
        "纪要.pdf"
    ]
    with database.Session() as s:
        assert s.get(Evidence, removed).deleted is True
    with pytest.raises(approvals.NotFoundError):  # already removed
        approvals.remove_attachment(database, matter_id, removed)
    approvals.remove_matter(database, matter_id)
    with pytest.raises(approvals.NotFoundError):
        approvals.get_matter(database, matter_id)
    assert approvals.get_matter(database, other)["title"] == "另一事项"
