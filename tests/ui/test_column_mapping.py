"""The column-mapping step of the roster import, driven as a clerk would: the dialog opens on
an unrecognised header, the clerk picks the field, the import goes in and the layout is
remembered."""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from dudao_desktop.model import Unit
from dudao_desktop.ui.column_mapping_dialog import ColumnMappingDialog
from dudao_desktop.ui.roster_import_dialog import RosterImportDialog

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from office_workbooks import plain_roster, planted_units

ODD_HEADER = "组织机构代码证号"


def odd_roster(path: Path, units) -> Path:
    plain_roster(path, units, ["党委部门", "政府部门"])
    wb = load_workbook(path)
    wb.active["B1"] = ODD_HEADER
    wb.save(path)
    return path


def test_mapping_step_then_import_then_remembered(qtbot, office_db, tmp_path):
    units = planted_units()[:2]
    dialog = RosterImportDialog(office_db, workers_dialog=False)
    qtbot.addWidget(dialog)
    dialog.show()
    check = dialog.ui.addDepartmentsCheck
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked()
    dialog.set_file(odd_roster(tmp_path / "odd.xlsx", units))
    qtbot.waitUntil(lambda: dialog.mapping_dialog is not None, timeout=60000)
    mapping: ColumnMappingDialog = dialog.mapping_dialog
    qtbot.waitUntil(mapping.isVisible)
    ok = mapping.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # the USCC has no column yet
    assert "Unified social credit code" in mapping.ui.missingLabel.text()
    table = mapping.ui.columnsTable
    assert table.item(1, mapping.TITLE).text() == ODD_HEADER
    assert units[0].uscc in table.item(1, mapping.SAMPLE).text()
    assert mapping.choosers[0].currentData() == "name"  # recognised: 机构名称
    chooser = mapping.choosers[1]
    chooser.setFocus()
    qtbot.keyClicks(chooser, "Unified")
    assert chooser.currentData() == "uscc"
    assert ok.isEnabled() and mapping.ui.missingLabel.text() == ""
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.running, timeout=60000)
    assert dialog.plan.count("new") == 2
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.applied, timeout=60000)
    with office_db.Session() as s:
        assert sorted(s.scalars(select(Unit.uscc))) == sorted(u.uscc for u in units)

    # Next month's workbook in the same layout goes straight to the dry run.
    units[0].actual["admin"] += 1
    again = RosterImportDialog(office_db, workers_dialog=False)
    qtbot.addWidget(again)
    again.show()
    again.set_file(odd_roster(tmp_path / "odd2.xlsx", units))
    qtbot.waitUntil(lambda: again.plan is not None and not again.running, timeout=60000)
    assert again.mapping_dialog is None and again.plan.count("updated") == 1


def test_choosing_one_field_twice_is_refused(qtbot, office_db, tmp_path):
    dialog = RosterImportDialog(office_db, workers_dialog=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(odd_roster(tmp_path / "odd.xlsx", planted_units()[:2]))
    qtbot.waitUntil(lambda: dialog.mapping_dialog is not None, timeout=60000)
    mapping = dialog.mapping_dialog
    for index in (1, 3):  # the odd column and the department column both as USCC
        mapping.choosers[index].setFocus()
        qtbot.keyClicks(mapping.choosers[index], "Unified")
    ok = mapping.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "two columns" in mapping.ui.missingLabel.text()
    qtbot.mouseClick(
        mapping.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    with office_db.Session() as s:
        assert s.scalars(select(Unit)).first() is None
