"""Training sessions and questionnaires through the plan tab's dialogs: a session with
attendees; a questionnaire written, issued, exported, answered with openpyxl, imported back
(a bad answer refused with the report) and totalled per question."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from dudao_desktop.model import (
    Questionnaire,
    QuestionnaireAnswer,
    QuestionnaireIssue,
    QuestionnaireQuestion,
    TrainingSession,
)
from dudao_desktop.services import campaign as campaigns
from dudao_desktop.services import pool
from dudao_desktop.ui.findings_report import FindingsDialog
from dudao_desktop.ui.tabs.plan_tab import PlanTab

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from plan_fixtures import make_schools


def make_campaign(database) -> tuple[str, dict[str, str], dict[str, str]]:
    campaign = campaigns.create_campaign(
        database, "2026 campaign", 2026, start_date=date(2026, 3, 1), end_date=date(2026, 9, 30)
    )
    units = make_schools(database, "Education", 2)
    inspectors = {
        name: pool.add_inspector(database, name, expertise=["streamlining"]).id
        for name in ("Li Si", "Zhang San")
    }
    return campaign.id, units, inspectors


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def toggle(qtbot, listing, row: int) -> None:
    """Tick or untick a checkable list item with the keyboard, as a user would."""
    listing.setFocus()
    listing.setCurrentRow(row)
    qtbot.keyClick(listing, Qt.Key.Key_Space)


def test_training_session_through_the_dialog(qtbot, office_db):
    campaign_id, units, inspectors = make_campaign(office_db)
    tab = PlanTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    click(qtbot, tab.ui.trainingButton)
    dialog = tab.dialog
    click(qtbot, dialog.ui.saveButton)  # no topic yet
    assert "topic" in dialog.ui.messageLabel.text()
    qtbot.keyClicks(dialog.ui.topicEdit, "Pool training")
    dialog.ui.dateEdit.setDate(QDate(2026, 3, 6))
    toggle(qtbot, dialog.ui.inspectorsList, 1)  # Zhang San
    qtbot.keyClicks(dialog.ui.unitsFilter, "School 2")
    visible = [
        i for i in range(dialog.ui.unitsList.count()) if not dialog.ui.unitsList.item(i).isHidden()
    ]
    assert len(visible) == 1
    toggle(qtbot, dialog.ui.unitsList, visible[0])
    qtbot.keyClicks(dialog.ui.othersEdit, "Mayor Wang")
    click(qtbot, dialog.ui.saveButton)
    with office_db.session() as s:
        session = s.scalars(select(TrainingSession)).one()
        assert (session.campaign_id, session.topic, session.held_on) == (
            campaign_id,
            "Pool training",
            date(2026, 3, 6),
        )
        assert json.loads(session.attendees) == {
            "inspectors": [inspectors["Zhang San"]],
            "units": [units["School 2"]],
            "others": ["Mayor Wang"],
        }
    assert dialog.ui.sessionsList.count() == 1
    assert "(3 attendees)" in dialog.ui.sessionsList.item(0).text()


def test_questionnaire_through_the_dialog(qtbot, office_db, tmp_path):
    _campaign_id, units, _inspectors = make_campaign(office_db)
    tab = PlanTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    click(qtbot, tab.ui.questionnaireButton)
    window = tab.dialog
    assert not window.ui.exportAllButton.isEnabled()

    click(qtbot, window.ui.newButton)
    editor = window.dialog
    ok = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert "title" in editor.ui.messageLabel.text()
    qtbot.keyClicks(editor.ui.titleEdit, "Staffing survey")
    table = editor.ui.questionsTable
    table.item(0, 0).setText("Mixed posts?")  # row 0: yes / no
    click(qtbot, editor.ui.addQuestionButton)
    table.item(1, 0).setText("Staff count")
    table.cellWidget(1, 1).setCurrentIndex(table.cellWidget(1, 1).findData("number"))
    click(qtbot, editor.ui.addQuestionButton)
    table.item(2, 0).setText("Satisfaction")
    table.cellWidget(2, 1).setCurrentIndex(table.cellWidget(2, 1).findData("choice"))
    click(qtbot, ok)  # a choice question without options is refused
    assert editor.isVisible() and "options" in editor.ui.messageLabel.text()
    table.item(2, 2).setText("good | fair | poor")
    click(qtbot, ok)
    assert not editor.isVisible()
    with office_db.session() as s:
        questionnaire = s.scalars(select(Questionnaire)).one()
        questions = s.scalars(
            select(QuestionnaireQuestion).order_by(QuestionnaireQuestion.position)
        ).all()
        assert questionnaire.title == "Staffing survey"
        assert [(q.text, q.answer_kind, q.options) for q in questions] == [
            ("Mixed posts?", "yes_no", ""),
            ("Staff count", "number", ""),
            ("Satisfaction", "choice", "good|fair|poor"),
        ]
    assert window.questionnaire_id == questionnaire.id

    click(qtbot, window.ui.tickAllButton)
    toggle(qtbot, window.ui.unitsList, 2)  # not School 3
    click(qtbot, window.ui.issueButton)
    with office_db.session() as s:
        issued = {i.unit_id for i in s.scalars(select(QuestionnaireIssue))}
    assert issued == {units["School 1"], units["School 2"]}
    assert "Issued to 2 units" in window.ui.unitsGroup.title()

    path = tmp_path / "survey.xlsx"
    with qtbot.waitSignal(window.export_to(path, per_unit=False).done, timeout=20000):
        pass
    folder = tmp_path / "units"
    with qtbot.waitSignal(window.export_to(folder, per_unit=True).done, timeout=20000):
        pass
    assert len(list(folder.glob("*.xlsx"))) == 2

    wb = load_workbook(path)
    ws = wb.active
    header = next(r for r in range(1, 6) if str(ws.cell(r, 3).value or "").startswith("1."))
    rows = {ws.cell(r, 2).value: r for r in range(header + 1, ws.max_row + 1)}
    ws.cell(rows["School 1"], 3, "是")
    ws.cell(rows["School 1"], 4, 12)
    ws.cell(rows["School 1"], 5, "good")
    ws.cell(rows["School 2"], 3, "no")
    ws.cell(rows["School 2"], 4, 8)
    ws.cell(rows["School 2"], 5, "excellent")  # not an option: refused
    wb.save(path)
    with qtbot.waitSignal(window.import_from(path).done, timeout=20000):
        pass
    report = [w for w in window.findChildren(FindingsDialog) if w.isVisible()]
    assert report and report[0].rows()[0][1] == str(rows["School 2"])
    assert "'excellent' is not a valid answer" in report[0].rows()[0][3]
    report[0].reject()
    with office_db.session() as s:
        assert s.scalars(select(QuestionnaireAnswer)).first() is None

    ws.cell(rows["School 2"], 5, "fair")
    wb.save(path)
    with qtbot.waitSignal(window.import_from(path).done, timeout=20000):
        pass
    with office_db.session() as s:
        answers = {(a.unit_id, a.value) for a in s.scalars(select(QuestionnaireAnswer)).all()}
    assert (units["School 1"], "yes") in answers and (units["School 2"], "fair") in answers
    assert "Answers of 2 units imported" in window.ui.statusLabel.text()
    totals = window.ui.totalsTable
    assert [totals.item(r, 3).text() for r in range(3)] == ["2", "2", "2"]
    assert totals.item(0, 4).text() == "yes 1, no 1, n/a 0"
    assert totals.item(1, 4).text() == "total 20, average 10.00"
    assert totals.item(2, 4).text() == "good 1, fair 1, poor 0"
