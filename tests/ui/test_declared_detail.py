"""The detail editors show every declared detail column, and a column added to a
declaration gets an editor without touching the form; an approval applied from the detail
changes the unit's figures."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout, QMessageBox, QPlainTextEdit, QWidget

from dudao_desktop.model import Unit
from dudao_desktop.services import approvals, ledger_columns, users
from dudao_desktop.services.ledger_columns import LedgerColumn
from dudao_desktop.ui.declared_fields import DeclaredFields
from dudao_desktop.ui.ledger_approval_detail import ApprovalDetail
from dudao_desktop.ui.ledger_problem_detail import ProblemDetail

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from ledger_fixtures import make_problem, make_unit


def test_problem_detail_has_an_editor_per_declared_column(qtbot, office_db):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    problem = make_problem(
        office_db, unit, "超编进人", date(2026, 6, 30), category="over_establishment_hiring"
    )
    detail = ProblemDetail(office_db)
    qtbot.addWidget(detail)
    keys = [c.key for c in ledger_columns.PROBLEMS.detail()]
    assert list(detail.fields.editors) == keys
    detail.show_problem(problem)
    detail.fields.editors["supervisor"].setText("张督办")
    detail.fields.editors["figure"].setValue(3)
    detail.fields.editors["responsible_unit"].setText("人事科")
    assert detail.save()
    with office_db.Session() as s:
        from dudao_desktop.model import Problem

        row = s.get(Problem, problem)
        assert (row.supervisor, row.figure, row.responsible_unit) == ("张督办", 3, "人事科")
        assert row.category == "over_establishment_hiring"  # the combo kept the stored key


def test_approval_detail_has_an_editor_per_declared_column(qtbot, office_db):
    detail = ApprovalDetail(office_db)
    qtbot.addWidget(detail)
    assert list(detail.fields.editors) == [c.key for c in ledger_columns.APPROVALS.detail()]


def test_a_declared_column_gets_an_editor_in_the_form(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    extended = (
        *ledger_columns.WARNINGS.detail(),
        LedgerColumn("figures", "Figures", "long_text"),
    )
    fields = DeclaredFields(extended, form, {None: layout})
    editor = fields.editors["figures"]
    assert isinstance(editor, QPlainTextEdit) and editor.parent() is form
    fields.load({"figures": '{"actual": 7}', "note": "已核实"})
    unchanged = {"figures": "", "note": "已核实", "acknowledged": False}
    assert fields.changed(unchanged) == {"figures": '{"actual": 7}'}


def test_approval_applied_from_the_detail_changes_the_unit(
    qtbot, office_db, message_boxes, monkeypatch
):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes)
    )
    unit = make_unit(
        office_db, "昌河市检验中心", "123707990000000002", establishment_institution=20
    )
    matter = approvals.add_matter(office_db, unit, "核增事业编制", category="establishment")
    detail = ApprovalDetail(office_db)
    qtbot.addWidget(detail)
    detail.show_matter(matter)
    assert "Open problems: 0" in detail.ui.standingLabel.text()
    fields = detail.fields.editors
    fields["approved_institution"].setValue(4)
    fields["outcome"].setCurrentIndex(fields["outcome"].findData("approved"))
    fields["reply_number"].setText("昌编〔2026〕15号")
    fields["reply_on"].setDate(QDate(2026, 6, 1))
    qtbot.mouseClick(detail.ui.applyDecisionButton, Qt.MouseButton.LeftButton)
    assert "Sign in" in message_boxes.shown[-1][1]  # nobody signed in: refused
    users.add_user(office_db, "赵主任", "office_leader")
    users.sign_in(office_db, "赵主任")
    qtbot.mouseClick(detail.ui.applyDecisionButton, Qt.MouseButton.LeftButton)
    with office_db.Session() as s:
        assert s.get(Unit, unit).establishment_institution == 24
    assert not detail.ui.applyDecisionButton.isEnabled()


def test_progress_updates_added_in_the_detail(qtbot, office_db, message_boxes):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    problem = make_problem(office_db, unit, "混编混岗", date(2026, 6, 30))
    detail = ProblemDetail(office_db)
    qtbot.addWidget(detail)
    detail.show_problem(problem)
    qtbot.mouseClick(detail.ui.addProgressButton, Qt.MouseButton.LeftButton)
    assert "progress" in message_boxes.shown[-1][1]  # an empty update is refused
    detail.ui.progressEdit.setText("已调整2人岗位")
    qtbot.mouseClick(detail.ui.addProgressButton, Qt.MouseButton.LeftButton)
    assert detail.ui.progressList.count() == 1
    assert "已调整2人岗位" in detail.ui.progressList.item(0).text()
    from dudao_desktop.services import problems

    assert [t for _d, t, _w in problems.progress_updates(office_db, problem)] == ["已调整2人岗位"]
