"""The monthly reconciliation dialog shows the person findings with masked ID numbers."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from dudao_desktop.services import roster
from dudao_desktop.ui.ledger_reconcile_dialog import ReconcileDialog

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from office_workbooks import county_roster, planted_units
from test_realname_persons import id_number, person, write_export


def test_person_findings_are_listed_masked(qtbot, office_db, tmp_path):
    roster.import_roster(office_db, county_roster(tmp_path / "r.xlsx").path, add_departments=True)
    units = planted_units()[:1]
    rows = [person(1, "张三", units[0].name), person(2, "李四", units[0].name, kind="借调")]
    path = write_export(tmp_path / "export.xlsx", units, rows, [["孙七", id_number(99), "", 1]])
    dialog = ReconcileDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path, "2026-11")
    qtbot.mouseClick(dialog.ui.compareButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    table = dialog.ui.differencesTable
    cells = [
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None
    ]
    shown = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert "Person on an unknown establishment kind" in shown
    assert "Paid but not on establishment" in shown
    assert f"李四 {id_number(2)[:4]}**********{id_number(2)[-4:]}" in cells
    assert not any(id_number(n) in text for text in cells for n in (1, 2, 99))
    assert "2 persons read" in dialog.ui.summaryLabel.text()
