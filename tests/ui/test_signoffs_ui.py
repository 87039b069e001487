"""Sign-offs in the window: 审定 needs an office leader; no letter before the evaluation."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from dudao_desktop.model import Inspection, Problem
from dudao_desktop.services import users
from dudao_desktop.ui.checklist_widget import ChecklistWidget
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab
from dudao_desktop.ui.unit_picker import select_data

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from ledger_fixtures import make_campaign, make_problem, make_unit


def test_grade_approval_needs_an_office_leader(qtbot, office_db):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    make_campaign(office_db, [unit])
    with office_db.session() as s:  # the group leader confirmed the grade earlier
        inspection = s.execute(select(Inspection)).scalar()
        inspection.confirmed_by, inspection.locked = "王组长", True
        inspection.confirmed_at = datetime(2026, 3, 20, 10, 0)
    users.add_user(office_db, "王组长", "group_leader")
    users.add_user(office_db, "赵主任", "office_leader")
    widget = ChecklistWidget(office_db)
    qtbot.addWidget(widget)
    widget.set_inspection(inspection.id, unit)
    users.sign_in(office_db, "王组长")
    qtbot.mouseClick(widget.ui.approveGradeButton, Qt.MouseButton.LeftButton)
    assert "Office leader" in widget.ui.messageLabel.text()
    with office_db.Session() as s:
        assert s.get(Inspection, inspection.id).approved_by == ""
    users.sign_in(office_db, "赵主任")
    qtbot.mouseClick(widget.ui.approveGradeButton, Qt.MouseButton.LeftButton)
    with office_db.Session() as s:
        assert s.get(Inspection, inspection.id).approved_by == "赵主任"
    assert "赵主任" in widget.ui.stepLabel.text()


def test_letter_before_evaluation_is_refused_with_a_message(qtbot, office_db, message_boxes):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    problem = make_problem(
        office_db, unit, "擅自增设内设机构", date(2030, 12, 31), campaign_id=campaign
    )
    with office_db.session() as s:
        s.execute(select(Inspection)).scalar().step = "on_site"
    tab = RectificationTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.select_problem(problem)
    qtbot.mouseClick(tab.detail.ui.issueLetterButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.detail.letter_dialog.ui.issueButton, Qt.MouseButton.LeftButton)
    assert (
        "overall grade" in message_boxes.shown[-1][1]
        and "not confirmed" in message_boxes.shown[-1][1]
    )
    with office_db.Session() as s:
        assert s.get(Problem, problem).status == "identified"


def test_users_added_and_signed_in_from_the_dialog(qtbot, office_db):
    from dudao_desktop.ui.users_dialog import UsersDialog

    dialog = UsersDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("王主任")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("office_leader"))
    dialog.ui.passwordEdit.setText("secret-1")
    dialog.ui.approverCheck.setChecked(True)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.usersTable.rowCount() == 1
    dialog.ui.usersTable.selectRow(0)
    sign_in = dialog.open_sign_in()
    assert sign_in.ui.passwordEdit.isVisibleTo(sign_in)
    qtbot.keyClicks(sign_in.ui.passwordEdit, "wrong-1")
    sign_in.ui.buttons.accepted.emit()
    assert "wrong" in sign_in.ui.messageLabel.text()
    assert users.current_user(office_db) is None
    sign_in.ui.passwordEdit.clear()
    qtbot.keyClicks(sign_in.ui.passwordEdit, "secret-1")
    sign_in.ui.buttons.accepted.emit()
    user = users.current_user(office_db)
    assert (user.name, user.role, user.approves_closing) == ("王主任", "office_leader", True)
    assert "signed in" in dialog.ui.usersTable.item(0, 0).text()


def test_checklist_shows_a_blacklisted_unit(qtbot, office_db):
    from dudao_desktop.services import blacklist

    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    make_campaign(office_db, [unit])
    with office_db.Session() as s:
        inspection = s.execute(select(Inspection)).scalar()
    widget = ChecklistWidget(office_db)
    qtbot.addWidget(widget)
    widget.set_inspection(inspection.id, unit)
    assert "BLACKLIST" not in widget.ui.stepLabel.text()
    blacklist.add_to_blacklist(office_db, unit, "整改不到位")
    widget.set_inspection(inspection.id, unit)
    assert "ON THE BLACKLIST" in widget.ui.stepLabel.text()


def test_accountability_recorded_from_the_information_tab(qtbot, office_db, message_boxes):
    from dudao_desktop.model import AccountabilityRecord
    from dudao_desktop.ui.tabs.information_tab import InformationTab

    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    tab = InformationTab(office_db)
    qtbot.addWidget(tab)
    dialog = tab.add_accountability()
    dialog.ui.buttons.accepted.emit()  # no unit, no measure: refused with a message
    assert message_boxes.shown
    select_data(dialog.ui.unitCombo, unit)
    editors = dialog.fields.editors
    editors["kind"].setCurrentIndex(editors["kind"].findData("accountability"))
    editors["document_number"].setText("昌编督〔2026〕2号")
    editors["outcome"].setPlainText("对分管领导诫勉谈话")
    dialog.ui.buttons.accepted.emit()
    with office_db.Session() as s:
        [record] = s.execute(select(AccountabilityRecord)).scalars()
    assert (record.unit_id, record.kind, record.document_number) == (
        unit,
        "accountability",
        "昌编督〔2026〕2号",
    )
    assert tab.accountability.total_count == 1
