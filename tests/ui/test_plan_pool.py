"""The inspector pool driven through its widgets: add an inspector (refused until the form is
right), retire one, declare an avoidance, import a bad workbook (report, nothing imported)
and export the pool."""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from dudao_desktop.model import AvoidanceDeclaration, Inspector
from dudao_desktop.services import pool
from dudao_desktop.ui.findings_report import FindingsDialog
from dudao_desktop.ui.plan_pool import PlanPoolDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from plan_fixtures import make_schools


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def test_pool_through_the_widgets(qtbot, office_db, tmp_path, monkeypatch):
    units = make_schools(office_db, "市教育局", 1)
    pool.add_inspector(office_db, "Li Si", expertise=["streamlining"], is_leadership=True)
    window = PlanPoolDialog(office_db)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 1

    click(qtbot, window.ui.addButton)
    dialog = window.dialog
    ok(qtbot, dialog)  # nothing typed yet
    assert dialog.isVisible() and "name" in dialog.ui.messageLabel.text()
    qtbot.keyClicks(dialog.ui.nameEdit, "Zhang San")
    qtbot.keyClicks(dialog.ui.departmentEdit, "Staffing Office")
    qtbot.keyClicks(dialog.ui.phoneEdit, "call me")
    ok(qtbot, dialog)
    assert "phone" in dialog.ui.messageLabel.text()
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "0631-5201234")
    ok(qtbot, dialog)
    assert "expertise" in dialog.ui.messageLabel.text()
    dialog.expertise["admin_reform"].click()
    dialog.expertise["institution_supervision"].click()
    dialog.ui.leadershipCheck.click()
    qtbot.keyClicks(dialog.ui.unitCombo.lineEdit(), "School 9")
    ok(qtbot, dialog)
    assert "School 9" in dialog.ui.messageLabel.text()
    dialog.ui.unitCombo.lineEdit().clear()
    qtbot.keyClicks(dialog.ui.unitCombo.lineEdit(), "School 2")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    with office_db.session() as s:
        zhang = s.scalars(select(Inspector).where(Inspector.name == "Zhang San")).one()
        assert (zhang.department, zhang.phone, zhang.expertise, zhang.is_leadership) == (
            "Staffing Office",
            "0631-5201234",
            "admin_reform,institution_supervision",
            True,
        )
        assert zhang.unit_id == units["School 2"]
    assert window.model.rowCount() == 2 and window.selected_id() == zhang.id
    # The own unit shows as the first avoidance and cannot be withdrawn there.
    assert window.ui.avoidanceTable.item(0, 0).text() == "School 2"

    # A second inspector with the same name is refused inside the dialog.
    click(qtbot, window.ui.addButton)
    dialog = window.dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "Li Si")
    dialog.expertise["streamlining"].click()
    ok(qtbot, dialog)
    assert dialog.isVisible() and "already has an inspector called 'Li Si'" in (
        dialog.ui.messageLabel.text()
    )
    dialog.reject()

    # Declare a conflict for Zhang San.
    click(qtbot, window.ui.addAvoidanceButton)
    dialog = window.dialog
    qtbot.keyClicks(dialog.ui.unitCombo.lineEdit(), "School 3")
    ok(qtbot, dialog)
    assert "reason" in dialog.ui.messageLabel.text()
    qtbot.keyClicks(dialog.ui.reasonEdit, "spouse works there")
    ok(qtbot, dialog)
    with office_db.session() as s:
        declaration = s.scalars(select(AvoidanceDeclaration)).one()
        assert (declaration.inspector_id, declaration.unit_id, declaration.reason) == (
            zhang.id,
            units["School 3"],
            "spouse works there",
        )
    assert window.ui.avoidanceTable.rowCount() == 2

    # Retire Zhang San after confirming; then reinstate.
    answers = []

    def question(_parent, title, text, *_args):
        answers.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.select(zhang.id)
    assert window.ui.retireButton.text().replace("&", "") == "Retire"
    click(qtbot, window.ui.retireButton)
    assert "Retire Zhang San?" in answers[-1]
    with office_db.session() as s:
        assert s.get(Inspector, zhang.id).retired is True
    assert window.ui.retireButton.text().replace("&", "") == "Reinstate"
    window.ui.retiredCheck.setChecked(False)
    assert window.model.rowCount() == 1
    window.ui.retiredCheck.setChecked(True)
    assert window.model.rowCount() == 2

    # Withdraw the declaration (row 1: row 0 is the own unit).
    window.select(zhang.id)
    window.ui.avoidanceTable.selectRow(1)
    click(qtbot, window.ui.removeAvoidanceButton)
    with office_db.session() as s:
        assert s.scalars(select(AvoidanceDeclaration)).one().deleted is True

    # A workbook with an unknown tag and a duplicate name: the report, nothing imported.
    bad = tmp_path / "bad.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Inspectors"
    ws.append(["Name", "Department", "Expertise", "Leadership member"])
    ws.append(["王五", "市财政局", "放管服改革", "是"])
    ws.append(["王五", "市财政局", "放管服改革", "否"])
    ws.append(["赵六", "市财政局", "占卜", "否"])
    wb.save(bad)
    with qtbot.waitSignal(window.import_file(bad).done, timeout=20000):
        pass
    report = [w for w in window.findChildren(FindingsDialog) if w.isVisible()]
    assert report, "the row-by-row report is shown"
    rows = report[0].rows()
    assert [r[:3] for r in rows] == [
        ["Inspectors", "3", "A (Name)"],
        ["Inspectors", "4", "C (Expertise)"],
    ]
    assert "appears twice (first in row 2)" in rows[0][3] and "'占卜'" in rows[1][3]
    with office_db.session() as s:
        assert s.scalars(select(Inspector).where(Inspector.name == "王五")).first() is None
    report[0].reject()

    # Export, then read the workbook back.
    out = tmp_path / "pool.xlsx"
    with qtbot.waitSignal(window.export_file(out).done, timeout=20000):
        pass
    assert "2 inspectors" in window.ui.statusLabel.text()
    names = [c.value for c in load_workbook(out).worksheets[0]["A"]]
    assert "Zhang San" in names and "Li Si" in names
