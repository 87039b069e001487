"""Adding a problem by hand (refused with messages until complete), removing it after a
confirmation and undoing the removal; removing an approval matter and an attachment. Every
step is checked against the rows in the database."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from dudao_desktop.model import ApprovalMatter, Evidence, Problem
from dudao_desktop.services import approvals
from dudao_desktop.ui.tabs.approvals_tab import ApprovalsTab
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab
from dudao_desktop.ui.unit_picker import select_data

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from ledger_fixtures import make_problem, make_unit
from unit_typing import choose_unit

UNIT = "昌河市自然资源局"


def type_into(widget, text: str) -> None:
    """Type Chinese text key by key (QTest.keyClicks only handles Latin-1)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


class Answers:
    """Stands in for QMessageBox.question: records each question, answers from a queue."""

    def __init__(self, monkeypatch) -> None:
        self.asked: list[tuple[str, str]] = []
        self.replies: list[QMessageBox.StandardButton] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self.question))

    def question(self, _parent, title, text, *_args):
        self.asked.append((title, text))
        return self.replies.pop(0)


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def live_problems(database) -> list[Problem]:
    with database.Session() as s:
        return list(s.query(Problem).filter_by(deleted=False).order_by(Problem.description))


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.fixture
def rectification(qtbot, office_db, message_boxes):
    unit = make_unit(office_db, UNIT, "113707990000000001")
    make_problem(office_db, unit, "擅自增设内设机构", date(2030, 12, 31))
    tab = RectificationTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    return tab, office_db, unit


def test_new_problem_by_hand_refused_until_complete(qtbot, rectification):
    tab, database, unit = rectification
    qtbot.mouseClick(tab.ui.newProblemButton, Qt.MouseButton.LeftButton)
    dialog = tab.new_dialog
    assert dialog is not None and dialog.isVisible()
    # An empty form is refused, every missing piece named; nothing is written.
    click_ok(qtbot, dialog)
    message = dialog.ui.messageLabel.text()
    for expected in ("Choose the unit", "source", "category", "Describe the problem"):
        assert expected in message
    assert dialog.isVisible() and len(live_problems(database)) == 1
    # Filled in; the office must act, so the action field is the handling opinion.
    ui = dialog.ui
    choose_unit(qtbot, ui.unitCombo, UNIT)
    type_into(ui.sourceEdit, "2021年机构编制评估")
    ui.yearSpin.setValue(2021)
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("mixed_posts"))
    type_into(ui.descriptionEdit, "混编混岗")
    type_into(ui.causeEdit, "人员调整未及时备案")
    ui.actorCombo.setCurrentIndex(ui.actorCombo.findData("office"))
    assert ui.actionLabel.text() == "Handling opinion"
    type_into(ui.actionEdit, "约谈主管部门")
    type_into(ui.responsibleEdit, "李四")
    # A deadline before the year the problem was found is refused.
    ui.deadlineEdit.setDate(QDate(2020, 6, 30))
    click_ok(qtbot, dialog)
    assert "before the year" in ui.messageLabel.text()
    assert len(live_problems(database)) == 1
    ui.deadlineEdit.setDate(QDate(2022, 6, 30))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    added = next(p for p in live_problems(database) if p.description == "混编混岗")
    assert (added.unit_id, added.source, added.year, added.category) == (
        unit,
        "2021年机构编制评估",
        2021,
        "mixed_posts",
    )
    assert (added.cause, added.actor, added.handling_opinion, added.measures) == (
        "人员调整未及时备案",
        "office",
        "约谈主管部门",
        "",
    )
    assert (added.deadline, added.responsible, added.status) == (
        date(2022, 6, 30),
        "李四",
        "identified",
    )
    # The new problem is shown and selected in the ledger.
    assert tab.problems.total_count == 2 and tab.detail.problem_id == added.id


def test_new_problem_for_the_unit_gets_measures(qtbot, rectification):
    tab, database, unit = rectification
    select_data(tab.ui.unitCombo, unit)
    qtbot.mouseClick(tab.ui.newProblemButton, Qt.MouseButton.LeftButton)
    ui = tab.new_dialog.ui
    assert ui.unitCombo.currentData() == unit  # the unit filtered on is proposed
    assert ui.actionLabel.text() == "Rectification measures"
    type_into(ui.sourceEdit, "专项督查")
    ui.categoryCombo.setCurrentIndex(0)
    type_into(ui.descriptionEdit, "领导职数超配")
    type_into(ui.actionEdit, "年底前消化超配职数")
    click_ok(qtbot, tab.new_dialog)
    added = next(p for p in live_problems(database) if p.description == "领导职数超配")
    assert (added.actor, added.measures, added.handling_opinion, added.deadline) == (
        "unit",
        "年底前消化超配职数",
        "",
        None,
    )


def test_remove_problem_asks_first_and_undo_restores_it(qtbot, rectification, answers):
    tab, database, _unit = rectification
    [problem] = live_problems(database)
    assert not tab.ui.removeProblemButton.isEnabled()  # nothing selected yet
    assert tab.select_problem(problem.id) and tab.ui.removeProblemButton.isEnabled()
    # "No" keeps it.
    answers.replies.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.ui.removeProblemButton, Qt.MouseButton.LeftButton)
    assert "擅自增设内设机构" in answers.asked[-1][1]
    assert len(live_problems(database)) == 1 and tab.problems.total_count == 1
    # "Yes" removes it: a tombstone, not a deleted row.
    answers.replies.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.ui.removeProblemButton, Qt.MouseButton.LeftButton)
    with database.Session() as s:
        assert s.get(Problem, problem.id).deleted is True
    assert tab.problems.total_count == 0 and tab.ui.undoButton.isVisible()
    assert not tab.ui.removeProblemButton.isEnabled()
    assert "擅自增设内设机构" in tab.ui.undoLabel.text()
    # Undo brings it back, every field as it was, selected in the ledger.
    qtbot.mouseClick(tab.ui.undoButton, Qt.MouseButton.LeftButton)
    [back] = live_problems(database)
    assert (back.id, back.description, back.deadline) == (
        problem.id,
        "擅自增设内设机构",
        date(2030, 12, 31),
    )
    assert tab.problems.total_count == 1 and tab.detail.problem_id == problem.id
    assert not tab.ui.undoButton.isVisible()


def test_search_is_counted_as_its_pages_arrive(qtbot, rectification):
    tab, database, unit = rectification
    for n in range(3):
        make_problem(database, unit, f"超编进人{n}", date(2031, 1, 1 + n))
    tab.problems.batch = 2
    tab.ui.searchEdit.setText("超编")
    tab.flush_search()
    model = tab.problems
    assert model.fetched_count == 2 and "2+ problems" in tab.ui.countLabel.text()
    while model.canFetchMore():
        model.fetchMore()
    assert model.fetched_count == 3
    assert tab.ui.countLabel.text().startswith("3 problems")


@pytest.fixture
def approvals_tab(qtbot, office_db, message_boxes, tmp_path):
    unit = make_unit(office_db, UNIT, "113707990000000001")
    keep = approvals.add_matter(office_db, unit, "增设不动产登记科")
    matter = approvals.add_matter(office_db, unit, "调整内设机构")
    paper = tmp_path / "请示.pdf"
    paper.write_bytes(b"%PDF-1.4 application")
    attachment = approvals.attach_file(office_db, matter, paper)
    other = tmp_path / "会议纪要.pdf"
    other.write_bytes(b"%PDF-1.4 minutes")
    approvals.attach_file(office_db, matter, other)
    tab = ApprovalsTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    return tab, office_db, keep, matter, attachment


def test_remove_attachment_asks_first(qtbot, approvals_tab, answers):
    tab, database, _keep, matter, attachment = approvals_tab
    assert tab.select_matter(matter)
    detail = tab.detail
    attachments = detail.ui.attachmentsList
    assert attachments.count() == 2 and not detail.ui.removeAttachmentButton.isEnabled()
    row = next(i for i in range(2) if attachments.item(i).data(257) == attachment)
    attachments.setCurrentRow(row)
    answers.replies.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(detail.ui.removeAttachmentButton, Qt.MouseButton.LeftButton)
    assert "请示" in answers.asked[-1][1] and attachments.count() == 2
    answers.replies.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(detail.ui.removeAttachmentButton, Qt.MouseButton.LeftButton)
    with database.Session() as s:
        assert s.get(Evidence, attachment).deleted is True
        live = s.query(Evidence).filter_by(approval_id=matter, deleted=False).all()
        assert [e.original_name for e in live] == ["会议纪要.pdf"]
    assert attachments.count() == 1 and attachments.item(0).text() == "会议纪要"


def test_remove_matter_asks_first(qtbot, approvals_tab, answers):
    tab, database, keep, matter, _attachment = approvals_tab
    assert not tab.ui.removeButton.isEnabled()
    assert tab.select_matter(matter) and tab.ui.removeButton.isEnabled()
    answers.replies.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.ui.removeButton, Qt.MouseButton.LeftButton)
    assert "调整内设机构" in answers.asked[-1][1] and tab.model.total_count == 2
    answers.replies.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.ui.removeButton, Qt.MouseButton.LeftButton)
    with database.Session() as s:
        assert s.get(ApprovalMatter, matter).deleted is True
        assert s.get(ApprovalMatter, keep).deleted is False
    assert tab.model.total_count == 1 and tab.model.record_id(0) == keep
    assert tab.detail.matter_id is None and not tab.ui.removeButton.isEnabled()
