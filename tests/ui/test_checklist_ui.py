"""The checklist widget driven with the keyboard and its buttons; results read from the DB."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from sqlalchemy import func, select

from dudao_desktop.model import Answer, Evidence, Inspection, Problem
from dudao_desktop.services import checklist, procedure, users
from dudao_desktop.ui.checklist_widget import ChecklistModel, ChecklistWidget


def fresh_inspection(database) -> Inspection:
    with database.Session() as s:
        return s.scalar(
            select(Inspection).where(
                Inspection.id.not_in(select(Answer.inspection_id)), Inspection.locked.is_(False)
            )
        )


@pytest.fixture
def widget(qtbot, demo_db):
    inspection = fresh_inspection(demo_db)
    if inspection.step == "self_assessment":
        procedure.waive_self_assessment(demo_db, inspection.id, "单位未提交自评，直接核查")
    w = ChecklistWidget(demo_db)
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    w.set_inspection(inspection.id, inspection.unit_id)
    w.ui.table.setFocus()
    return w


def verified(database, inspection_id) -> dict[str, str]:
    with database.Session() as s:
        return dict(
            s.execute(
                select(Answer.item_id, Answer.verified_value).where(
                    Answer.inspection_id == inspection_id
                )
            ).all()
        )


def test_answer_ten_items_with_the_keyboard(qtbot, widget, demo_db):
    rows = widget.model.rows
    yes_no = [i for i, r in enumerate(rows) if r.answer_kind == "yes_no"][:10]
    assert len(yes_no) == 10
    table = widget.ui.table
    keys = ["y", "n", "a", "y", "y", "n", "y", "a", "y", "y"]
    expected = {}
    table.setCurrentIndex(widget.model.index(0, ChecklistModel.VERIFIED))
    for key in keys:
        while rows[table.currentIndex().row()].answer_kind != "yes_no":
            qtbot.keyClick(table, Qt.Key.Key_Down)
        row = table.currentIndex().row()
        qtbot.keyClick(table, key)
        expected[rows[row].item_id] = {"y": "yes", "n": "no", "a": "na"}[key]
    assert verified(demo_db, widget.inspection_id) == expected
    # Up arrow, then Enter opens the note editor; typing and Enter saves the note.
    qtbot.keyClick(table, Qt.Key.Key_Up)
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.state() == table.State.EditingState
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.insert("现场抽查")  # typed through an input method; QTest sends only Latin keys
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # commit is queued
    with demo_db.Session() as s:
        note = s.scalar(
            select(Answer.note).where(
                Answer.inspection_id == widget.inspection_id,
                Answer.item_id == widget.model.rows[row].item_id,
            )
        )
    assert note == "现场抽查"
    # Chinese answer keys (from an input method) work too.
    table.setCurrentIndex(widget.model.index(yes_no[0], ChecklistModel.VERIFIED))
    QApplication.sendEvent(
        table, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "否")
    )
    assert verified(demo_db, widget.inspection_id)[rows[yes_no[0]].item_id] == "no"


def test_record_problem_from_item(qtbot, widget, demo_db):
    table = widget.ui.table
    table.setCurrentIndex(widget.model.index(2, ChecklistModel.VERIFIED))
    qtbot.keyClick(table, "n")
    table.setCurrentIndex(widget.model.index(2, ChecklistModel.VERIFIED))
    qtbot.mouseClick(widget.ui.problemButton, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert dialog is not None and dialog.isVisible()
    item = widget.model.rows[2]
    # Pre-filled as an inspector writes it: the finding, no code, no answer label.
    assert item.expected == "yes" and item.text.startswith("是否")
    assert dialog.ui.textEdit.toPlainText() == "未" + item.text.removeprefix("是否") + "。"
    dialog.ui.textEdit.appendPlainText("台账缺失")
    dialog.accept()
    with demo_db.Session() as s:
        problem = s.scalar(
            select(Problem).where(
                Problem.item_id == item.item_id, Problem.unit_id == widget.unit_id
            )
        )
    assert problem is not None and problem.description == dialog.ui.textEdit.toPlainText()
    assert problem.description.endswith("台账缺失")
    assert problem.category == (item.problem_category or "duties")


def test_close_on_site_step_only_when_done_then_grade_locks(qtbot, widget, demo_db):
    inspection_id = widget.inspection_id
    with demo_db.session() as s:
        s.get(Inspection, inspection_id).step = "on_site"
    widget.set_inspection(inspection_id, widget.unit_id)
    qtbot.mouseClick(widget.ui.closeStepButton, Qt.MouseButton.LeftButton)
    assert "cannot close" in widget.ui.messageLabel.text()
    assert "is not verified yet" in widget.ui.messageLabel.text()
    table = widget.ui.table
    table.setCurrentIndex(widget.model.index(0, ChecklistModel.VERIFIED))
    for row in list(widget.model.rows):
        if row.answer_kind == "yes_no":
            qtbot.keyClick(table, "y" if row.expected != "no" else "n")
        else:
            checklist.set_answer(demo_db, inspection_id, row.item_id, verified_value="3")
            table.setCurrentIndex(
                widget.model.index(table.currentIndex().row() + 1, ChecklistModel.VERIFIED)
            )
    qtbot.mouseClick(widget.ui.closeStepButton, Qt.MouseButton.LeftButton)
    assert "needs evidence" in widget.ui.messageLabel.text()
    with demo_db.Session() as s:
        assert s.get(Inspection, inspection_id).step == "on_site"
    with demo_db.session() as s:
        for row in widget.model.rows:
            if row.evidence_required:
                s.add(
                    Evidence(
                        sha256="0" * 64,
                        unit_id=widget.unit_id,
                        inspection_id=inspection_id,
                        item_id=row.item_id,
                        captured_at=datetime(2026, 3, 20),
                    )
                )
    qtbot.mouseClick(widget.ui.closeStepButton, Qt.MouseButton.LeftButton)
    assert "visit is not recorded" in widget.ui.messageLabel.text()
    qtbot.mouseClick(widget.ui.visitButton, Qt.MouseButton.LeftButton)
    visit = widget.dialog
    visit.ui.membersEdit.insert("张三、李四")  # Chinese arrives through an input method
    visit.ui.reportCheck.setChecked(True)
    visit.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.mouseClick(widget.ui.closeStepButton, Qt.MouseButton.LeftButton)
    with demo_db.Session() as s:
        assert s.get(Inspection, inspection_id).step == "evaluation"

    users.add_user(demo_db, "李组员", "member")
    users.add_user(demo_db, "王组长", "group_leader")
    users.sign_in(demo_db, "李组员")
    qtbot.mouseClick(widget.ui.gradeButton, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert dialog.ui.byEdit.text() == "李组员" and dialog.ui.byEdit.isReadOnly()
    dialog.accept()  # a member may not confirm: refused with a message, nothing locked
    assert "only" in widget.ui.messageLabel.text() and "Group leader" in (
        widget.ui.messageLabel.text()
    )
    with demo_db.Session() as s:
        assert not s.get(Inspection, inspection_id).locked
    users.sign_in(demo_db, "王组长")
    qtbot.mouseClick(widget.ui.gradeButton, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert dialog.ui.gradeCombo.currentData() == "excellent"
    assert dialog.ui.byEdit.text() == "王组长"
    dialog.accept()
    with demo_db.Session() as s:
        inspection = s.get(Inspection, inspection_id)
        assert (inspection.grade, inspection.locked, inspection.confirmed_by) == (
            "excellent",
            True,
            "王组长",
        )
        before = s.scalar(
            select(func.count())
            .select_from(Answer)
            .where(Answer.inspection_id == inspection_id, Answer.verified_value == "na")
        )
    assert "locked" in widget.ui.stepLabel.text()
    table.setCurrentIndex(widget.model.index(0, ChecklistModel.VERIFIED))
    qtbot.keyClick(table, "a")
    assert "locked" in widget.ui.messageLabel.text()
    with demo_db.Session() as s:
        after = s.scalar(
            select(func.count())
            .select_from(Answer)
            .where(Answer.inspection_id == inspection_id, Answer.verified_value == "na")
        )
    assert after == before
