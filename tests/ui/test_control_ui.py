"""The visit record, figure differences and the override of a hold, driven as a person would."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import (
    ChangeLog,
    ControlHold,
    Evidence,
    FigureCheck,
    Problem,
    SpotCheckDraw,
    Unit,
    Visit,
)
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import (
    approvals,
    blacklist,
    checklist,
    controls,
    evidence,
    interviews,
    procedure,
    users,
    visits,
)
from dudao_desktop.ui import ledger_common
from dudao_desktop.ui.checklist_widget import ChecklistModel, ChecklistWidget
from dudao_desktop.ui.figure_checks_dialog import FigureChecksDialog
from dudao_desktop.ui.ledger_approval_detail import ApprovalDetail
from dudao_desktop.ui.override_dialog import OverrideDialog
from dudao_desktop.ui.plan_dialogs import PlanDrawDialog
from dudao_desktop.ui.tabs.units_tab import UnitsTab
from dudao_desktop.ui.visit_dialog import VisitDialog

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from control_fixtures import make_office


def item_id(database, inspection_id, code):
    return next(
        r.item_id for r in checklist.checklist_rows(database, inspection_id) if r.code == code
    )


def test_visit_dialog_records_the_visit_and_draws_a_replayable_sample(
    qtbot, office_db, message_boxes
):
    office = make_office(office_db)
    inspection = office.inspection("市统计局")
    dialog = VisitDialog(office_db, inspection, office.units["市统计局"])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.dateEdit.setDate(QDate(2026, 3, 18))
    # Chinese arrives through an input method, not key by key.
    ui.membersEdit.insert("张三、李四")
    ui.participantsEdit.insert("刘局长")
    # Saving without a method is refused with a message, and nothing is written.
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert message_boxes.shown and dialog.isVisible()
    qtbot.mouseClick(ui.reportCheck, Qt.MouseButton.LeftButton)
    ui.reportEdit.insert("刘局长汇报")
    ui.populationEdit.insert("2025年审批卷宗")
    ui.candidatesEdit.setPlainText("\n".join(f"卷宗{n}" for n in range(1, 11)))
    ui.sizeSpin.setValue(3)
    qtbot.mouseClick(ui.drawButton, Qt.MouseButton.LeftButton)
    assert ui.samplesList.count() == 1 and ui.spotCheck.isChecked()
    ui.samplesList.setCurrentRow(0)
    qtbot.mouseClick(ui.replayButton, Qt.MouseButton.LeftButton)
    with office_db.Session() as s:
        draw = s.scalar(select(SpotCheckDraw))
        sample = json.loads(draw.sample)
    assert len(sample) == 3 and "、".join(sample) in ui.samplesList.item(0).text()
    assert "、".join(sample) in ui.samplesList.item(0).toolTip()
    with qtbot.waitSignal(dialog.saved):
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    with office_db.Session() as s:
        visit = s.scalar(select(Visit))
        methods = json.loads(visit.methods)
    assert visit.visited_on == date(2026, 3, 18) and visit.members == "张三、李四"
    assert methods["report"]["covered"] == "刘局长汇报"
    assert methods["spot_check"]["links"] == [draw.id]
    assert procedure.MISSING["visit"] not in [
        f.message for f in procedure.what_is_missing(office_db, inspection)
    ]


def test_figure_differences_are_shown_and_confirmed_or_dismissed(qtbot, office_db):
    office = make_office(office_db)
    inspection = office.inspection("市综合行政执法局")
    checklist.set_answer(
        office_db, inspection, item_id(office_db, inspection, "I04"), self_value="12"
    )
    checklist.set_answer(
        office_db, inspection, item_id(office_db, inspection, "I11"), self_value="5"
    )
    widget = ChecklistWidget(office_db)
    qtbot.addWidget(widget)
    widget.set_inspection(inspection, office.units["市综合行政执法局"])
    model = widget.model
    row = next(r for r, x in enumerate(model.rows) if x.code == "I04")
    assert model.index(row, ChecklistModel.SELF).data() == "12"
    assert model.index(row, ChecklistModel.HELD).data() == "9"  # beside it, on screen
    assert model.index(row, ChecklistModel.HELD).data(Qt.ItemDataRole.ForegroundRole) is not None

    dialog = FigureChecksDialog(office_db, inspection)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["I04", "I11"]
    assert (table.item(0, 2).text(), table.item(0, 3).text()) == ("12", "9")
    table.selectRow(0)
    with qtbot.waitSignal(dialog.decided):
        qtbot.mouseClick(dialog.ui.confirmButton, Qt.MouseButton.LeftButton)
    table.selectRow(1)
    qtbot.mouseClick(dialog.ui.dismissButton, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.ui.messageLabel.text()
    dialog.ui.reasonEdit.insert("临时借用人员，已核实")
    with qtbot.waitSignal(dialog.decided):
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    with office_db.Session() as s:
        checks = {c.kind: c for c in s.scalars(select(FigureCheck))}
        assert checks["over_quota"].status == "confirmed"
        problem = s.get(Problem, checks["over_quota"].problem_id)
        assert "超编" in problem.description
        assert (checks["inconsistent"].status, checks["inconsistent"].reason) == (
            "dismissed",
            "临时借用人员，已核实",
        )
    assert not dialog.ui.confirmButton.isEnabled() and not dialog.ui.dismissButton.isEnabled()


def test_only_the_signed_in_office_leader_overrides_a_hold(qtbot, office_db, message_boxes):
    office = make_office(office_db)
    unit_id = office.units["市综合行政执法局"]
    blacklist.add_to_blacklist(office_db, unit_id, "虚报机构编制数据")
    matter = approvals.add_matter(office_db, unit_id, "增设执法三中队")
    users.add_user(office_db, "李科员", "clerk")
    users.add_user(office_db, "王主任", "office_leader")
    users.sign_in(office_db, "李科员")
    detail = ApprovalDetail(office_db)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_matter(matter)
    # A clerk sees the hold and why the override is not his to give.
    assert detail.ui.overrideButton.isVisible() and not detail.ui.overrideButton.isEnabled()
    assert "office leader" in detail.ui.overrideButton.toolTip()
    assert "虚报机构编制数据" in detail.ui.missingLabel.text()
    [hold] = controls.holds(office_db, matter)
    # A dialog reached anyway (the leader signed out meanwhile) refuses the clerk.
    dialog = OverrideDialog(office_db, hold, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reasonEdit.insertPlainText("急需")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert message_boxes.shown and "李科员" in message_boxes.shown[-1][1]
    assert dialog.isVisible()
    assert controls.holds(office_db, matter)[0].status == "held"
    dialog.reject()

    users.sign_in(office_db, "王主任")
    detail.show_matter(matter)
    assert detail.ui.overrideButton.isEnabled()
    qtbot.mouseClick(detail.ui.overrideButton, Qt.MouseButton.LeftButton)
    dialog = detail.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert "虚报机构编制数据" in dialog.ui.reasonsLabel.text()
    assert dialog.ui.leaderValue.text() == "王主任"
    shown = len(message_boxes.shown)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason
    assert len(message_boxes.shown) == shown + 1 and dialog.isVisible()
    dialog.ui.reasonEdit.insertPlainText("市委专题会议已研究同意")
    with qtbot.waitSignal(dialog.overridden):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    with office_db.Session() as s:
        stored = s.scalar(select(ControlHold))
        # The audit trail names the signed-in leader who overrode, not a typed name.
        who = {
            json.loads(c.value): c.user_name
            for c in s.scalars(
                select(ChangeLog).where(ChangeLog.row_id == stored.id, ChangeLog.field == "status")
            )
        }
    assert (stored.status, stored.overridden_by) == ("overridden", "王主任")
    assert stored.override_reason == "市委专题会议已研究同意"
    assert who["overridden"] == "王主任"
    assert not detail.ui.overrideButton.isVisible()
    assert "虚报机构编制数据" not in detail.ui.missingLabel.text()


def click_check(qtbot, view, row: int) -> None:
    """Click the tick box of a list row, where a person clicks it."""
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + rect.height() // 2, rect.center().y()),
    )


def test_visit_links_the_files_reviewed_and_the_interviews_held(
    qtbot, office_db, message_boxes, tmp_path
):
    office = make_office(office_db)
    unit_id = office.units["市统计局"]
    inspection = office.inspection("市统计局")
    roster = tmp_path / "2025年进人审批表.pdf"
    roster.write_bytes(b"%PDF-1.4 roster")
    run_to_end(evidence.add_files(office_db, [roster], evidence.Link(unit_id=unit_id)))
    talk = interviews.create_interview(
        office_db,
        unit_id,
        interviews.InterviewData(held_on=date(2026, 3, 18), place="二楼会议室", topics="编制使用"),
    )
    other = interviews.create_interview(
        office_db, office.units["市第一中学"], interviews.InterviewData(topics="别的单位")
    )
    dialog = VisitDialog(office_db, inspection, unit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.waitUntil(ui.recordsList.isVisible)  # the tall dialog scrolls once shown
    # Only the unit's own files and interviews are offered.
    assert [ui.recordsList.item(i).text() for i in range(ui.recordsList.count())] == [
        "2025年进人审批表.pdf"
    ]
    assert ui.interviewsList.count() == 1 and "编制使用" in ui.interviewsList.item(0).text()
    ui.membersEdit.insert("张三、李四")
    click_check(qtbot, ui.recordsList, 0)
    click_check(qtbot, ui.interviewsList, 0)
    # Linking means the method was used.
    assert ui.recordsCheck.isChecked() and ui.interviewCheck.isChecked()
    ui.peopleSpin.setValue(3)
    # A further file reviewed on site is stored and linked from the dialog.
    minutes = tmp_path / "党组会议纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    done = []
    dialog.add_files([minutes]).done.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done) and ui.recordsList.count() == 2, timeout=5000)
    assert all(ui.recordsList.item(i).checkState() == Qt.CheckState.Checked for i in range(2))
    with qtbot.waitSignal(dialog.saved):
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    with office_db.Session() as s:
        methods = json.loads(s.scalar(select(Visit)).methods)
        query = select(Evidence.id, Evidence.original_name).where(Evidence.unit_id == unit_id)
        files = dict(s.execute(query).all())
    assert sorted(files[i] for i in methods["records"]["links"]) == [
        "2025年进人审批表.pdf",
        "党组会议纪要.pdf",
    ]
    assert methods["interview"]["links"] == [talk] and methods["interview"]["people"] == 3
    # Opened again, the links are ticked; untick one and it is gone from the record.
    again = VisitDialog(office_db, inspection, unit_id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.ui.recordsList.isVisible)
    assert again.ui.interviewsList.item(0).checkState() == Qt.CheckState.Checked
    click_check(qtbot, again.ui.recordsList, 0)
    with qtbot.waitSignal(again.saved):
        again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(visits.get_visit(office_db, inspection).method("records").links) == 1
    # Another unit's interview cannot be linked (a stale or forged link is refused).
    data = visits.get_visit(office_db, inspection)
    data.method("interview").links = [other]
    with pytest.raises(DudaoError, match="another unit"):
        visits.save_visit(office_db, inspection, data)


def test_visit_plan_is_made_in_the_dialog(qtbot, office_db, message_boxes):
    office = make_office(office_db)
    inspection = office.inspection("市统计局")
    dialog = VisitDialog(office_db, inspection, office.units["市统计局"])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.waitUntil(ui.plannedReportCheck.isVisible)  # the tall dialog scrolls once shown
    assert ui.plannedMembersValue.text()  # not assigned: says so
    ui.plannedDateEdit.setDate(QDate(2026, 3, 20))
    qtbot.mouseClick(ui.savePlanButton, Qt.MouseButton.LeftButton)  # no method ticked
    assert message_boxes.shown and ui.savePlanButton.isEnabled()
    for box in (ui.plannedReportCheck, ui.plannedSpotCheck):  # clicked on the tick box itself
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(ui.savePlanButton, Qt.MouseButton.LeftButton)
    assert not ui.savePlanButton.isEnabled()
    plan = visits.get_plan(office_db, inspection)
    assert (plan.planned_on, plan.methods) == (date(2026, 3, 20), ["report", "spot_check"])
    # The plan alone is no visit record: the dialog still asks for the visit itself.
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(message_boxes.shown) == 2 and dialog.isVisible()


REFORM_ITEMS = {"B01", "B02", "B03", "B04", "B06", "B07", "H04", "H05"}


def test_flagging_a_unit_in_reform_adds_the_reform_items_on_screen(qtbot, office_db, monkeypatch):
    office = make_office(office_db)
    unit_id = office.units["市统计局"]
    inspection = office.inspection("市统计局")
    tab = UnitsTab(office_db)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    tab.model.fetch_all()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.record_id(r) == unit_id)
    tab.ui.unitsView.selectRow(row)
    assert tab.checklist.unit_id == unit_id

    def codes() -> set[str]:
        return {r.code for r in tab.checklist.model.rows}

    before = codes()
    assert before and not before & REFORM_ITEMS
    reform = tab.detail.flag_checks["reform"]
    assert reform.isVisible() and not reform.isChecked()
    qtbot.mouseClick(reform, Qt.MouseButton.LeftButton)
    shown = codes()
    assert shown >= REFORM_ITEMS and shown >= before
    with office_db.Session() as s:
        assert s.get(Unit, unit_id).flags == "reform"
    # Each unit shows its own flags.
    school = office.units["市第一中学"]
    tab.ui.unitsView.selectRow(
        next(r for r in range(tab.model.rowCount()) if tab.model.record_id(r) == school)
    )
    assert tab.detail.flag_checks["school"].isChecked() and not reform.isChecked()
    tab.ui.unitsView.selectRow(row)
    assert reform.isChecked()
    # Unticking a flag that hides answered items asks first; No keeps everything.
    checklist.set_answer(
        office_db, inspection, item_id(office_db, inspection, "B01"), self_value="yes"
    )
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(
        ledger_common.QMessageBox, "question", answer(QMessageBox.StandardButton.No)
    )
    qtbot.mouseClick(reform, Qt.MouseButton.LeftButton)
    assert "B01" in asked[-1] and reform.isChecked() and codes() >= REFORM_ITEMS
    with office_db.Session() as s:
        assert s.get(Unit, unit_id).flags == "reform"
    monkeypatch.setattr(
        ledger_common.QMessageBox, "question", answer(QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(reform, Qt.MouseButton.LeftButton)
    assert codes() == before
    with office_db.Session() as s:
        assert s.get(Unit, unit_id).flags == ""


def test_flags_are_kept_by_the_office(qtbot, field_db, message_boxes):
    tab = UnitsTab(field_db)
    qtbot.addWidget(tab)
    assert not any(c.isEnabled() for c in tab.detail.flag_checks.values())


def test_draw_dialog_marks_the_units_under_management_control(qtbot, office_db):
    office = make_office(office_db)
    blacklist.add_to_blacklist(office_db, office.units["市综合行政执法局"], "虚报机构编制数据")
    dialog = PlanDrawDialog(office_db, office.campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.ui.resultText.toPlainText().splitlines()
    [marked] = [line for line in lines if "市综合行政执法局" in line]
    assert "虚报机构编制数据" in marked and "⚑" in marked
    assert not any("市统计局" in line for line in lines)  # a unit without a control
