"""The roster import dialog: dry run in a worker, findings with sheet/row/column, a saved
error report, a USCC exception with a note, then the all-or-nothing import."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dudao_desktop.model import Department, Unit
from dudao_desktop.ui.import_models import ChangesModel, FindingsModel
from dudao_desktop.ui.roster_import_dialog import RosterImportDialog
from tests.unit.test_roster import DEPARTMENTS, good_rows, write_roster


@pytest.fixture
def database(office_db):
    with office_db.session() as s:
        for name in DEPARTMENTS:
            s.add(Department(name=name))
    return office_db


@pytest.fixture
def dialog(qtbot, database):
    d = RosterImportDialog(database, workers_dialog=False)
    qtbot.addWidget(d)
    d.show()
    return d


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)


def unit_rows(database) -> dict[str, tuple]:
    with database.Session() as s:
        return {
            u.uscc: (u.name, u.actual_staff, u.uscc_override_note) for u in s.scalars(select(Unit))
        }


def bad_checksum(code: str) -> str:
    return code[:-1] + ("0" if code[-1] != "0" else "1")


def test_dry_run_of_a_bad_workbook_lists_all_three_problems(qtbot, dialog, database, tmp_path):
    rows = good_rows(30)
    rows[10][1] = bad_checksum(rows[10][1])
    rows[20][1] = rows[5][1]  # duplicate USCC
    rows[25][6] = "十二人"  # text in a number column
    path = write_roster(tmp_path / "bad.xlsx", rows)
    dialog.set_file(path)
    wait_idle(qtbot, dialog)
    model = dialog.findings
    found = {
        (
            model.index(r, FindingsModel.SHEET).data(),
            model.index(r, FindingsModel.ROW).data(),
            model.index(r, FindingsModel.COLUMN).data()[:1],
        )
        for r in range(model.rowCount())
    }
    # Title row 1, header row 2: data row i is Excel row i + 3.
    assert found == {("名册", "13", "B"), ("名册", "23", "B"), ("名册", "28", "G")}
    assert all(model.index(r, FindingsModel.MESSAGE).data() for r in range(model.rowCount()))
    assert dialog.ui.resultTabs.currentWidget() is dialog.ui.errorsPage
    assert not dialog.ui.importButton.isEnabled()
    assert unit_rows(database) == {}

    report = tmp_path / "problems.xlsx"
    dialog.write_report(report)
    sheet = load_workbook(report).active
    cells = {(row[1], row[2], row[3][:1]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert cells == {("名册", 13, "B"), ("名册", 23, "B"), ("名册", 28, "G")}


def test_a_good_workbook_shows_the_diff_then_imports(qtbot, dialog, database, tmp_path):
    path = write_roster(tmp_path / "good.xlsx", good_rows(12))
    dialog.set_file(path)
    wait_idle(qtbot, dialog)
    assert dialog.changes.rowCount() == 12
    assert unit_rows(database) == {}  # a dry run writes nothing
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.ui.importButton.click()
    wait_idle(qtbot, dialog)
    units = unit_rows(database)
    assert len(units) == 12 and units[good_rows(12)[3][1]] == ("测试单位003", 9, "")
    assert not dialog.ui.importButton.isEnabled()

    # The same roster with one change: one unit updated, eleven unchanged.
    rows = good_rows(12)
    rows[4][6] = 15
    write_roster(path, rows)
    dialog.check()
    wait_idle(qtbot, dialog)
    actions = [dialog.changes.records[r].action for r in range(dialog.changes.rowCount())]
    assert actions.count("updated") == 1 and actions.count("unchanged") == 11
    changed = dialog.changes.index(actions.index("updated"), ChangesModel.CHANGES).data()
    assert "9 → 15" in changed
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.ui.importButton.click()
    assert unit_rows(database)[rows[4][1]][1] == 15


def test_a_known_uscc_exception_is_imported_with_its_note(qtbot, dialog, database, tmp_path):
    rows = good_rows(5)
    rows[2][1] = bad_checksum(rows[2][1])
    path = write_roster(tmp_path / "exception.xlsx", rows)
    dialog.set_file(path)
    wait_idle(qtbot, dialog)
    assert dialog.findings.rowCount() == 1
    qtbot.keyClicks(dialog.ui.overrideCodeEdit, rows[2][1])
    dialog.ui.overrideNoteEdit.setText("旧证号，编办确认")  # keyClicks is ASCII only
    dialog.ui.addOverrideButton.click()
    wait_idle(qtbot, dialog)
    assert dialog.findings.rowCount() == 0 and dialog.changes.rowCount() == 5
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.ui.importButton.click()
    assert unit_rows(database)[rows[2][1]][2] == "旧证号，编办确认"
    with database.Session() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 5
