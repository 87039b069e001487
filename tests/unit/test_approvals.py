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


#: A unit whose every approved figure differs, so that a change of the wrong one shows.
BY_KIND = dict(
    establishment_admin=11,
    establishment_law=3,
    establishment_institution_cg=8,
    establishment_institution=5,
    establishment_worker=2,
    establishment_special=1,
    actual_institution_cg=7,
    actual_staff=20,
    leader_posts_approved=4,
    leader_principal_approved=1,
    leader_deputy_approved=3,
    internal_bodies_approved=6,
    internal_leader_posts_approved=6,
)


def unit_figures(database, unit_id: str) -> dict:
    from dudao_desktop.model import Unit

    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        return {
            c.key: getattr(unit, c.key)
            for c in Unit.__table__.columns
            if c.key not in ("created_hlc", "updated_hlc")
        }


def approve(database, matter_id: str, **changes) -> None:
    approvals.update_matter(
        database,
        matter_id,
        **changes,
        decision_level="committee",
        decided_on=date(2026, 5, 8),
        outcome="approved",
        reply_number="昌编〔2026〕21号",
        reply_on=date(2026, 5, 12),
    )


def test_an_approved_change_by_kind_changes_exactly_those_figures(office_db):
    from dudao_desktop.services import archive, users

    unit = make_unit(office_db, "昌河市行政审批服务局", "113707990000000007", **BY_KIND)
    matter = approvals.add_matter(office_db, unit, "核增参公事业编制和副职领导职数")
    approve(
        office_db,
        matter,
        requested_institution_cg=3,
        requested_deputy=1,
        approved_institution_cg=2,
        approved_deputy=1,
    )
    users.add_user(office_db, "李科长", "clerk")
    users.sign_in(office_db, "李科长")
    before = unit_figures(office_db, unit)
    source = approvals.apply_decision(office_db, matter)
    after = unit_figures(office_db, unit)
    changed = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
    # 副职 moves the unit's leader-post total with it; nothing else changes.
    assert changed == {
        "establishment_institution_cg": (8, 10),
        "leader_deputy_approved": (3, 4),
        "leader_posts_approved": (4, 5),
    }
    assert source == "批复 昌编〔2026〕21号（2026-05-12）：参公事业编制核增2，副职领导职数核增1"
    [entry] = archive.unit_archive(office_db, unit).history
    assert (entry["month"], entry["source"]) == ("2026-05", source)
    assert entry["leader_posts_approved"] == 5
    assert entry["by_kind"]["institution_cg"] == (10, 7)
    assert entry["by_kind"]["admin"] == (11, 0)
    assert sum(a for a, _ in entry["by_kind"].values()) == 11 + 3 + 10 + 5 + 2 + 1


def test_a_reduction_below_zero_is_refused_and_changes_nothing(office_db):
    from dudao_desktop.services import users

    unit = make_unit(office_db, "昌河市档案馆", "123707990000000008", **BY_KIND)
    matter = approvals.add_matter(office_db, unit, "核减工勤编制")
    approve(office_db, matter, approved_admin=-1, approved_worker=-3)
    users.add_user(office_db, "李科长", "clerk")
    users.sign_in(office_db, "李科长")
    before = unit_figures(office_db, unit)
    with pytest.raises(approvals.DudaoError, match="工勤编制"):
        approvals.apply_decision(office_db, matter)
    assert unit_figures(office_db, unit) == before
    assert approvals.get_matter(office_db, matter)["applied_to_unit_on"] is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_change_by_kind_round_trips_export_and_import(matter, tmp_path, language):
    from openpyxl import load_workbook

    from dudao_desktop import i18n

    before = i18n.current_language()
    i18n.set_language(language)
    try:
        check_round_trip(matter, tmp_path)
        headers = {
            c.value
            for row in load_workbook(tmp_path / "事项审批台账.xlsx").active.iter_rows(max_row=4)
            for c in row
        }
        wanted = "批准副职领导职数" if language == "zh_CN" else "Deputy posts approved"
        assert wanted in headers
    finally:
        i18n.set_language(before)


def check_round_trip(matter, tmp_path) -> None:
    from dudao_desktop.model.approval import CHANGE_SIDES, FIGURE_CHANGES, change_field

    database, _, matter_id = matter
    fields = [change_field(side, kind) for side in CHANGE_SIDES for kind in FIGURE_CHANGES]
    values = {name: (i + 1) * (-1 if i % 3 == 0 else 1) for i, name in enumerate(fields)}
    approvals.update_matter(database, matter_id, **values)
    target = tmp_path / "事项审批台账.xlsx"
    assert ledger_export.export_ledger(database, "approvals", target) == 1
    assert ledger_import.import_ledger(database, "approvals", target) == 1
    [copy_id] = [r.id for r in approvals.list_matters(database) if r.id != matter_id]
    copy = approvals.get_matter(database, copy_id)
    assert {name: copy[name] for name in fields} == values


def test_an_older_ledger_with_one_leader_post_figure_imports(office_db, tmp_path):
    from openpyxl import Workbook

    make_unit(office_db, "某某局", "113707990000000001")
    path = tmp_path / "2024年事项审批台账.xlsx"
    book = Workbook()
    book.active.append(["单位名称", "事项", "申请行政编制", "申请领导职数", "批准领导职数"])
    book.active.append(["某某局", "增设审批科", 2, 1, 1])
    book.save(path)
    assert ledger_import.import_ledger(office_db, "approvals", path) == 1
    [row] = approvals.list_matters(office_db)
    matter = approvals.get_matter(office_db, row.id)
    assert (matter["requested_admin"], matter["requested_posts"]) == (2, 1)
    assert (matter["approved_posts"], matter["approved_deputy"]) == (1, 0)


def test_a_decision_in_a_month_already_snapshotted_updates_that_snapshot(office_db):
    from sqlalchemy import select

    from dudao_desktop.model import EstablishmentSnapshot
    from dudao_desktop.services import users

    unit = make_unit(office_db, "昌河市行政审批服务局", "113707990000000007", **BY_KIND)
    with office_db.session() as s:
        s.add(
            EstablishmentSnapshot(
                unit_id=unit,
                month="2026-05",
                establishment_admin=11,
                source="实名制管理系统 2026-05",
            )
        )
    users.add_user(office_db, "李科长", "clerk")
    users.sign_in(office_db, "李科长")
    for title, changes in (
        ("核增行政编制", {"approved_admin": 1}),
        ("核增正职", {"approved_principal": 1}),
    ):
        matter = approvals.add_matter(office_db, unit, title)
        approve(office_db, matter, **changes)
        approvals.apply_decision(office_db, matter)
    with office_db.Session() as s:
        [snapshot] = s.execute(select(EstablishmentSnapshot)).scalars()
        assert (snapshot.month, snapshot.establishment_admin, snapshot.leader_posts_approved) == (
            "2026-05",
            12,
            5,
        )
        assert snapshot.source.startswith("实名制管理系统 2026-05；批复 昌编〔2026〕21号")
        assert snapshot.source.endswith("正职领导职数核增1")
