"""The plan tab driven through its widgets: create a campaign, add a milestone, draw the
groups (and be refused a redraw without a reason), move a unit between groups."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select
from stdnum.cn import uscc as uscc_check

from dudao_desktop.model import Assignment, Campaign, Department, DrawRecord, Milestone, Unit
from dudao_desktop.services import pool
from dudao_desktop.ui.tabs.plan_tab import PlanTab

AREAS = ["streamlining", "admin_reform", "establishment_management", "institution_supervision"]


def make_pool_and_units(database) -> None:
    with database.session() as s:
        for d in range(3):
            dept = Department(name=f"部门{d}")
            s.add(dept)
            s.flush()
            for u in range(2):
                body = f"1137079900000{d}{u}00"
                s.add(
                    Unit(
                        uscc=body + uscc_check.calc_check_digit(body),
                        name=f"单位{d}{u}",
                        kind="agency",
                        department_id=dept.id,
                    )
                )
    for i in range(8):
        pool.add_inspector(
            database,
            f"督导员{i}",
            is_leadership=i < 3,
            expertise=[AREAS[i % 4], AREAS[(i + 1) % 4]],
        )


def click_ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_plan_through_the_widgets(qtbot, office_db, message_boxes):
    make_pool_and_units(office_db)
    tab = PlanTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.ui.drawButton.isEnabled()

    qtbot.mouseClick(tab.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.ui.nameEdit.setText("2026年大督导")
    dialog.ui.yearSpin.setValue(2026)
    dialog.ui.startDate.setDate(QDate(2026, 3, 1))
    dialog.ui.endDate.setDate(QDate(2026, 9, 30))
    qtbot.keyClicks(dialog.ui.purposeEdit, "Know the facts")
    click_ok(dialog)
    with office_db.session() as s:
        campaign = s.scalars(select(Campaign)).one()
        assert (campaign.name, campaign.purpose) == ("2026年大督导", "Know the facts")
    assert tab.ui.campaignCombo.currentData() == campaign.id and tab.ui.drawButton.isEnabled()

    qtbot.mouseClick(tab.ui.addMilestoneButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.ui.titleEdit.setText("现场核查")
    dialog.ui.stepCombo.setCurrentIndex(dialog.ui.stepCombo.findData("on_site"))
    dialog.ui.startDate.setDate(QDate(2026, 3, 16))
    dialog.ui.dueDate.setDate(QDate(2026, 10, 31))  # outside the campaign: refused
    click_ok(dialog)
    assert message_boxes.shown and "outside the campaign" in message_boxes.shown[-1][1]
    assert dialog.isVisible()
    dialog.ui.dueDate.setDate(QDate(2026, 3, 31))
    click_ok(dialog)
    with office_db.session() as s:
        milestone = s.scalars(select(Milestone)).one()
        assert (milestone.title, milestone.step) == ("现场核查", "on_site")
    assert tab.milestones.rowCount() == 1 and tab.ui.timeline.items

    qtbot.mouseClick(tab.ui.drawButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.ui.groupsSpin.setValue(4)
    dialog.ui.membersSpin.setValue(1)
    qtbot.mouseClick(dialog.ui.drawButton, Qt.MouseButton.LeftButton)
    assert "only 3 leadership members for 4 groups" in dialog.ui.resultText.toPlainText()
    dialog.ui.groupsSpin.setValue(2)
    dialog.ui.membersSpin.setValue(2)
    qtbot.mouseClick(dialog.ui.drawButton, Qt.MouseButton.LeftButton)
    seed = dialog.outcome.seed
    assert f"Seed: {seed}" in dialog.ui.resultText.toPlainText()
    qtbot.mouseClick(dialog.ui.drawButton, Qt.MouseButton.LeftButton)  # redraw, no reason
    assert "needs a reason" in dialog.ui.resultText.toPlainText()
    dialog.ui.seedEdit.setText(seed)
    qtbot.keyClicks(dialog.ui.reasonEdit, "leader on leave")
    qtbot.mouseClick(dialog.ui.drawButton, Qt.MouseButton.LeftButton)
    with office_db.session() as s:
        records = s.scalars(select(DrawRecord).order_by(DrawRecord.superseded)).all()
        assert [(r.seed, r.superseded, r.reason) for r in records] == [
            (seed, False, "leader on leave"),
            (seed, True, ""),
        ]
        assert json.loads(records[0].result) == json.loads(records[1].result)
    dialog.accept()
    assert tab.groups.rowCount() == 2

    qtbot.mouseClick(tab.ui.assignButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.ui.autoButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.groupsList.count() == 2
    dialog.ui.groupsList.setCurrentRow(0)
    first_group, second_group = dialog.roster[0].id, dialog.roster[1].id
    dialog.ui.unitsList.setCurrentRow(0)
    unit_id = dialog.ui.unitsList.currentItem().data(Qt.ItemDataRole.UserRole)
    dialog.ui.targetCombo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ui.moveButton, Qt.MouseButton.LeftButton)
    with office_db.session() as s:
        rows = s.scalars(select(Assignment).where(Assignment.deleted.is_(False))).all()
        assert len(rows) == 6 and len({r.unit_id for r in rows}) == 6
        moved = next(r for r in rows if r.unit_id == unit_id)
        assert moved.group_id == second_group != first_group
    assert "Every unit is assigned once" in dialog.ui.statusLabel.text()


def test_draw_record_shows_the_candidate_pool_and_avoidance_exclusions(qtbot, demo_db):
    from dudao_desktop.model import InspectionGroup, Inspector
    from dudao_desktop.services import pool
    from dudao_desktop.services.figures import current_campaign_id
    from dudao_desktop.ui.plan_dialogs import PlanDrawDialog

    cid = current_campaign_id(demo_db)
    with demo_db.Session() as s:
        first = s.scalars(select(InspectionGroup).where(InspectionGroup.number == 1)).one()
        unit_id = s.scalars(
            select(Assignment.unit_id).where(
                Assignment.group_id == first.id, Assignment.deleted.is_(False)
            )
        ).first()
        inspectors = s.scalars(select(Inspector).where(Inspector.deleted.is_(False))).all()
        names = sorted(i.name for i in inspectors if not i.retired)
        avoider = next(i for i in inspectors if not i.retired and not i.is_leadership)
        avoider_name = avoider.name
        group_name = first.name
    pool.declare_avoidance(demo_db, avoider.id, unit_id, "配偶在该单位工作")
    dialog = PlanDrawDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reasonEdit.setText("回避声明后重新抽取")  # typed through an input method
    qtbot.mouseClick(dialog.ui.drawButton, Qt.MouseButton.LeftButton)
    shown = dialog.ui.resultText.toPlainText()
    assert dialog.outcome is not None, shown
    assert f"Candidate pool ({len(names)}):" in shown
    assert all(name in shown for name in names)
    assert f"{avoider_name}: not in {group_name} (avoids a unit of that group)" in shown
    with demo_db.Session() as s:
        record = s.get(DrawRecord, dialog.outcome.record_id)
        assert avoider.id in json.loads(record.rules)["barred"]


def test_printing_the_plan_offers_its_document_number(qtbot, demo_db, tmp_path, monkeypatch):
    """Without a 发文字号 the plan would print as a draft: the tab offers the next number
    from the year's counter, and the PDF carries it."""
    import pdfplumber
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from dudao_desktop.services import plan_documents
    from dudao_desktop.services.figures import current_campaign_id

    tab = PlanTab(demo_db)
    qtbot.addWidget(tab)
    cid = tab.campaign_id
    assert cid == current_campaign_id(demo_db)
    asked: list[str] = []
    out = tmp_path / "督导方案.pdf"

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    expected = plan_documents.plan_number(demo_db, cid).next_number
    tab.print_document("plan")
    qtbot.waitUntil(lambda: out.exists(), timeout=30000)
    assert len(asked) == 1 and expected in asked[0]
    assert plan_documents.plan_number(demo_db, cid).issued == expected
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0].extract_text().replace(" ", "")
        assert expected in first
        assert not [c for c in pdf.pages[0].chars if c["size"] > 60]  # not a draft
    tab.print_document("plan")  # the number is kept: nothing more to ask
    assert len(asked) == 1
