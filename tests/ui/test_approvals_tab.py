"""The matter approval tab: a new matter, its application typed in, phases closed (or
refused with the empty fields named), filters, attachments, import and export."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dudao_desktop.model import ApprovalMatter, Evidence
from dudao_desktop.services import approvals
from dudao_desktop.ui.tabs.approvals_tab import ApprovalsTab

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from ledger_fixtures import make_unit
from unit_typing import choose_unit


def matters(database) -> list[ApprovalMatter]:
    with database.Session() as s:
        return list(s.query(ApprovalMatter).filter_by(deleted=False))


@pytest.fixture
def tab(qtbot, office_db, message_boxes):
    make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    make_unit(office_db, "昌河市教育局", "113707990000000002")
    widget = ApprovalsTab(office_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(_qtbot, widget, text: str) -> None:
    """Type Chinese text key by key (QTest.keyClicks only handles Latin-1)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_new_matter_application_typed_phase_closed_and_refusal_lists_fields(
    qtbot, tab, office_db, message_boxes
):
    # New matter through the dialog.
    qtbot.mouseClick(tab.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = tab.new_dialog
    choose_unit(qtbot, dialog.ui.unitCombo, "教育局")
    type_into(qtbot, dialog.ui.titleEdit, "增设学前教育科")
    dialog.ui.appliedEdit.setDate(QDate(2026, 4, 2))
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    [matter] = matters(office_db)
    assert (matter.title, matter.phase, matter.applied_on) == (
        "增设学前教育科",
        "application",
        date(2026, 4, 2),
    )
    assert tab.model.total_count == 1 and tab.detail.matter_id == matter.id
    assert "1 matter" in tab.ui.countLabel.text()
    detail = tab.detail
    # Closing with empty application fields is refused and names them.
    qtbot.mouseClick(detail.ui.closePhaseButton, Qt.MouseButton.LeftButton)
    assert "Reason" in message_boxes.shown[-1][1]
    assert matters(office_db)[0].phase == "application"
    # Type the application fields, as a clerk does.
    type_into(qtbot, detail.ui.reasonEdit, "学前教育管理任务加重")
    type_into(qtbot, detail.ui.superiorDocumentsEdit, "省教育厅文件")
    type_into(qtbot, detail.ui.elsewhereEdit, "邻市已设")
    type_into(qtbot, detail.ui.preliminaryPlanEdit, "内部调剂")
    # Saved as edited (after a short pause), without pressing any button.
    qtbot.waitUntil(lambda: matters(office_db)[0].reason == "学前教育管理任务加重", timeout=3000)
    qtbot.mouseClick(detail.ui.closePhaseButton, Qt.MouseButton.LeftButton)
    matter = matters(office_db)[0]
    assert matter.phase == "research"
    assert (matter.superior_documents, matter.elsewhere, matter.preliminary_plan) == (
        "省教育厅文件",
        "邻市已设",
        "内部调剂",
    )
    assert "Research" in detail.ui.phaseValue.text()
    # Research with only two fields filled and field research without a team: refused.
    type_into(qtbot, detail.ui.currentInstitutionsEdit, "内设科室8个")
    type_into(qtbot, detail.ui.staffingEdit, "行政编制30名")
    detail.ui.fieldResearchCheck.setChecked(True)
    shown = len(message_boxes.shown)
    qtbot.mouseClick(detail.ui.closePhaseButton, Qt.MouseButton.LeftButton)
    assert len(message_boxes.shown) == shown + 1
    text = message_boxes.shown[-1][1]
    for name in (
        "Leader posts",
        "Policy basis",
        "Needs",
        "Supporting measures",
        "Expected effect",
        "Follow-up management",
        "Research team",
    ):
        assert name in text
    assert "Staffing" not in text and "Current institutions" not in text
    matter = matters(office_db)[0]
    assert matter.phase == "research"
    assert (matter.current_institutions, matter.staffing, matter.field_research) == (
        "内设科室8个",
        "行政编制30名",
        True,
    )
    assert "Research team" in detail.ui.missingLabel.text()


def test_filters_search_and_saved_filter(qtbot, tab, office_db):
    units = {
        name: uid
        for uid, _code, name in __import__(
            "dudao_desktop.services.evidence_query", fromlist=["x"]
        ).unit_choices(office_db)
    }
    first = approvals.add_matter(
        office_db, units["昌河市教育局"], "增设学前教育科", applied_on=date(2026, 4, 2)
    )
    approvals.add_matter(
        office_db, units["昌河市自然资源局"], "调整执法编制", applied_on=date(2025, 5, 1)
    )
    tab.refresh()
    assert tab.model.total_count == 2
    choose_unit(qtbot, tab.ui.unitCombo, "昌河市教育")
    assert tab.model.total_count == 1 and tab.model.record_id(0) == first
    tab.save_filter("教育局")
    tab.ui.unitCombo.setCurrentIndex(0)
    tab.ui.dateRangeCheck.setChecked(True)
    tab.ui.fromDate.setDate(QDate(2025, 1, 1))
    tab.ui.toDate.setDate(QDate(2025, 12, 31))
    assert tab.model.total_count == 1 and tab.model.record_id(0) != first
    tab.ui.dateRangeCheck.setChecked(False)
    tab.ui.searchEdit.setText("执法")
    tab.flush_search()
    assert tab.model.total_count == 1
    tab.ui.searchEdit.clear()
    tab.flush_search()
    combo = tab.ui.savedFilterCombo
    tab.load_saved_filter(combo.findData("教育局"))
    assert tab.ui.unitCombo.currentData() == units["昌河市教育局"]
    assert tab.model.total_count == 1 and tab.model.record_id(0) == first


def test_attachments_export_and_refused_import(qtbot, tab, office_db, tmp_path):
    units = [
        uid
        for uid, _c, _n in __import__(
            "dudao_desktop.services.evidence_query", fromlist=["x"]
        ).unit_choices(office_db)
    ]
    matter_id = approvals.add_matter(office_db, units[0], "=1+1", applied_on=date(2026, 1, 5))
    tab.refresh()
    assert tab.select_matter(matter_id)
    paper = tmp_path / "请示.pdf"
    paper.write_bytes(b"%PDF-1.4 test")
    done = []
    task = tab.detail.attach([paper])
    task.done.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done) and tab.detail.ui.attachmentsList.count() == 1, timeout=5000)
    with office_db.Session() as s:
        [row] = s.query(Evidence).filter_by(approval_id=matter_id).all()
        assert row.original_name == "请示.pdf"
    # Export through the worker.
    from dudao_desktop.ui.ledger_common import start_export

    out = tmp_path / "approvals.xlsx"
    written = []
    start_export(tab, office_db, "approvals", out, lambda _p, n: written.append(n))
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    assert written == [1]
    sheet = load_workbook(out).active
    assert "=1+1" in [c.value for row in sheet.iter_rows() for c in row]
    # A refused import shows the row-by-row report and adds nothing.
    from openpyxl import Workbook

    from dudao_desktop.services.ledger_columns import APPROVALS

    bad = tmp_path / "old.xlsx"
    workbook = Workbook()
    workbook.active.append([APPROVALS.column("unit").label, APPROVALS.column("title").label])
    workbook.active.append(["不存在的单位", "某事项"])
    workbook.save(bad)
    task = tab.import_file(bad)
    finished = []
    task.done.connect(lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    from dudao_desktop.ui.findings_report import FindingsDialog

    qtbot.waitUntil(lambda: bool(tab.findChildren(FindingsDialog)), timeout=3000)
    reports = tab.findChildren(FindingsDialog)
    assert reports and any("不存在的单位" in " ".join(r) for r in reports[0].rows())
    assert len(matters(office_db)) == 1


def test_a_change_by_kind_entered_in_the_detail_and_confirmed(
    qtbot, tab, office_db, message_boxes, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from dudao_desktop.model import EstablishmentSnapshot, Unit
    from dudao_desktop.services import users

    asked: list[str] = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    with office_db.session() as s:
        unit = s.query(Unit).filter_by(name="昌河市教育局").one()
        unit.establishment_institution_cg, unit.leader_deputy_approved = 6, 2
        unit.leader_posts_approved, unit.leader_principal_approved = 3, 1
        unit_id = unit.id
    users.add_user(office_db, "赵主任", "office_leader")
    users.sign_in(office_db, "赵主任")
    qtbot.mouseClick(tab.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = tab.new_dialog
    choose_unit(qtbot, dialog.ui.unitCombo, "昌河市教育局")
    type_into(qtbot, dialog.ui.titleEdit, "核增参公事业编制")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    detail = tab.detail
    editors = detail.fields.editors
    for key, text in (("approved_institution_cg", "2"), ("approved_deputy", "1")):
        editors[key].setFocus()
        editors[key].selectAll()
        qtbot.keyClicks(editors[key], text)
    outcome = editors["outcome"]
    outcome.setCurrentIndex(outcome.findData("approved"))
    type_into(qtbot, editors["reply_number"], "昌编〔2026〕30号")
    editors["reply_on"].setDate(QDate(2026, 7, 3))
    # Asked first; answered No: nothing changes.
    qtbot.mouseClick(detail.ui.applyDecisionButton, Qt.MouseButton.LeftButton)
    assert "参公事业编制核增2，副职领导职数核增1" in asked[0] and "昌河市教育局" in asked[0]
    with office_db.Session() as s:
        unit = s.get(Unit, unit_id)
        assert (unit.establishment_institution_cg, unit.leader_deputy_approved) == (6, 2)
        assert s.query(EstablishmentSnapshot).count() == 0
    # Answered Yes: the unit's figures change and the archive keeps the dated change.
    qtbot.mouseClick(detail.ui.applyDecisionButton, Qt.MouseButton.LeftButton)
    with office_db.Session() as s:
        unit = s.get(Unit, unit_id)
        assert (
            unit.establishment_institution_cg,
            unit.leader_deputy_approved,
            unit.leader_posts_approved,
            unit.leader_principal_approved,
        ) == (8, 3, 4, 1)
        snapshot = s.query(EstablishmentSnapshot).one()
        assert (snapshot.month, snapshot.by_kind()["institution_cg"][0]) == ("2026-07", 8)
        assert "昌编〔2026〕30号" in snapshot.source
    assert not detail.ui.applyDecisionButton.isEnabled()
    assert len(asked) == 2
