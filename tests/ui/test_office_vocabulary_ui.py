"""In the window: 审定 of letters and the report by an office leader, the office's own
vocabularies, dated follow-up checks, accountability from a problem, marks beside units."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from dudao_desktop.model import (
    AccountabilityRecord,
    Assignment,
    DocumentApproval,
    FollowUpCheck,
    Inspection,
    InspectionGroup,
)
from dudao_desktop.services import approvals, blacklist, letters, users
from dudao_desktop.ui.ledger_approval_detail import ApprovalDetail
from dudao_desktop.ui.ledger_letter_dialog import LetterDialog
from dudao_desktop.ui.ledger_problem_detail import ProblemDetail
from dudao_desktop.ui.report_dialog import ReportDialog
from dudao_desktop.ui.vocabulary_dialog import VocabularyDialog

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from ledger_fixtures import make_campaign, make_problem, make_unit

LEFT = Qt.MouseButton.LeftButton


def _unit_with_a_letter(database) -> tuple[str, str]:
    unit = make_unit(database, "昌河市自然资源局", "113707990000000001")
    campaign = make_campaign(database, [unit])
    with database.session() as s:
        inspection = s.execute(select(Inspection)).scalar()
        inspection.confirmed_by, inspection.confirmed_at = "王组长", datetime(2026, 3, 20, 9, 0)
    make_problem(database, unit, "擅自增设内设机构", date(2030, 12, 31), campaign_id=campaign)
    letters.issue_letter(database, unit, on=date(2026, 4, 1))
    users.add_user(database, "李科员", "clerk")
    users.add_user(database, "赵主任", "office_leader")
    return unit, campaign


def test_letter_approval_is_offered_to_an_office_leader_only(qtbot, office_db):
    unit, _campaign = _unit_with_a_letter(office_db)
    users.sign_in(office_db, "李科员")
    dialog = LetterDialog(office_db, unit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.approveButton.isVisible()
    assert "尚未经编办领导审定" in dialog.ui.previewBrowser.toPlainText()
    dialog.close()
    users.sign_in(office_db, "赵主任")
    dialog = LetterDialog(office_db, unit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.approveButton.isVisible()
    qtbot.mouseClick(dialog.ui.approveButton, LEFT)
    with office_db.Session() as s:
        approval = s.scalar(select(DocumentApproval))
        assert (approval.kind, approval.subject_id, approval.approved_by) == (
            "feedback",
            unit,
            "赵主任",
        )
        assert approval.approved_at is not None
    shown = dialog.ui.previewBrowser.toPlainText()
    assert "审定：赵主任" in shown and "草稿" not in shown
    assert not dialog.ui.approveButton.isVisible()


def test_report_approval_is_offered_to_an_office_leader_only(qtbot, office_db):
    _unit, campaign = _unit_with_a_letter(office_db)
    users.sign_in(office_db, "李科员")
    dialog = ReportDialog(office_db, campaign)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.approveButton.isVisible()
    dialog.close()
    users.sign_in(office_db, "赵主任")
    dialog = ReportDialog(office_db, campaign)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.approveButton.isVisible()
    qtbot.mouseClick(dialog.ui.approveButton, LEFT)
    with office_db.Session() as s:
        assert s.scalar(
            select(DocumentApproval.approved_by).where(DocumentApproval.kind == "report")
        ) == ("赵主任")
    assert not dialog.ui.approveButton.isVisible()


def test_office_adds_a_category_and_the_problem_editor_offers_it(qtbot, office_db):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    problem = make_problem(office_db, unit, "借用下属单位人员", date(2030, 12, 31))
    dialog = VocabularyDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("违规借调人员")  # typed through an input method
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    texts = [dialog.ui.termsList.item(i).text() for i in range(dialog.ui.termsList.count())]
    assert "违规借调人员" in texts
    dialog.ui.termsList.setCurrentRow(texts.index("违规借调人员"))
    dialog.ui.nameEdit.setText("违规借调")  # typed through an input method
    qtbot.mouseClick(dialog.ui.renameButton, LEFT)
    duties = next(
        i
        for i in range(dialog.ui.termsList.count())
        if "duties" in str(dialog.ui.termsList.item(i).data(Qt.ItemDataRole.UserRole))
    )
    dialog.ui.termsList.setCurrentRow(duties)
    qtbot.mouseClick(dialog.ui.retireButton, LEFT)
    assert "(retired)" in dialog.ui.termsList.item(duties).text()
    assert dialog.ui.retireButton.text() == "Offer again"
    dialog.ui.nameEdit.setText("超编进人")  # the Chinese name of a built-in entry
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    assert "already an entry" in dialog.ui.messageLabel.text()

    detail = ProblemDetail(office_db)
    qtbot.addWidget(detail)
    detail.show_problem(problem)
    combo = detail.fields.editors["category"]
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert offered["违规借调人员"] == "违规借调" and "duties" not in offered
    combo.setCurrentIndex(combo.findData("违规借调人员"))
    qtbot.mouseClick(detail.ui.saveButton, LEFT)
    with office_db.Session() as s:
        from dudao_desktop.model import Problem

        assert s.get(Problem, problem).category == "违规借调人员"


def test_accountability_recorded_from_the_problem(qtbot, office_db):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    problem = make_problem(office_db, unit, "超编进人3名", date(2030, 12, 31))
    detail = ProblemDetail(office_db)
    qtbot.addWidget(detail)
    detail.show_problem(problem)
    dialog = detail.add_accountability()
    assert dialog.ui.unitCombo.currentData() == unit and not dialog.ui.unitCombo.isEnabled()
    kind = dialog.fields.editors["kind"]
    kind.setCurrentIndex(kind.findData("talk"))
    dialog.fields.editors["document_number"].setText(
        "昌编督〔2026〕5号"
    )  # typed through an input method
    dialog.ui.buttons.accepted.emit()
    with office_db.Session() as s:
        record = s.scalar(select(AccountabilityRecord))
        assert (record.problem_id, record.unit_id, record.kind, record.document_number) == (
            problem,
            unit,
            "talk",
            "昌编督〔2026〕5号",
        )


def test_follow_up_checks_are_added_in_the_approval_detail(qtbot, office_db, message_boxes):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    matter = approvals.add_matter(office_db, unit, "核增事业编制5名")
    users.add_user(office_db, "李科员", "clerk")
    users.sign_in(office_db, "李科员")
    detail = ApprovalDetail(office_db)
    qtbot.addWidget(detail)
    detail.show_matter(matter)
    detail.ui.followUpCheckDate.setDate(date(2026, 9, 1))
    detail.ui.followUpFindingEdit.setText("编制已使用3名")  # typed through an input method
    qtbot.keyClick(detail.ui.followUpFindingEdit, Qt.Key.Key_Return)
    assert detail.ui.followUpChecksList.count() == 1
    assert detail.ui.followUpChecksList.item(0).text() == "2026-09-01  编制已使用3名（李科员）"
    with office_db.Session() as s:
        check = s.scalar(select(FollowUpCheck))
        assert (check.approval_id, check.on, check.checked_by) == (
            matter,
            date(2026, 9, 1),
            "李科员",
        )
    qtbot.mouseClick(detail.ui.addFollowUpCheckButton, LEFT)  # empty: refused, nothing added
    assert "found" in message_boxes.shown[-1][1]
    assert detail.ui.followUpChecksList.count() == 1


def test_draw_dialog_marks_blacklisted_units_and_open_accountability(qtbot, demo_db):
    from dudao_desktop.services import ledger_records
    from dudao_desktop.services.figures import current_campaign_id
    from dudao_desktop.ui.plan_dialogs import PlanDrawDialog

    cid = current_campaign_id(demo_db)
    with demo_db.Session() as s:
        group = s.scalars(select(InspectionGroup).where(InspectionGroup.number == 2)).first()
        first, second = s.scalars(
            select(Assignment.unit_id)
            .where(Assignment.group_id == group.id, Assignment.deleted.is_(False))
            .limit(2)
        ).all()
        group_name = group.name
    if not blacklist.is_listed(demo_db, first):
        blacklist.add_to_blacklist(demo_db, first, "执行机构编制纪律不严")
    ledger_records.add_record(demo_db, "accountability", second, kind="accountability")
    names = {m.unit: m for m in blacklist.marked_units(demo_db, cid)}
    dialog = PlanDrawDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    shown = dialog.ui.resultText.toPlainText()
    assert "Units to watch in the groups:" in shown
    for name, mark in names.items():
        if mark.group == group_name and (mark.blacklisted or mark.open_accountability):
            assert f"{group_name}: {name} (" in shown
    second_name = next(
        n for n, m in names.items() if m.open_accountability and m.group == group_name
    )
    assert "open accountability (问责)" in shown.split(second_name, 1)[1].splitlines()[0]
