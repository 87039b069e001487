"""Printing on-site check forms from the GUI: a whole group, a selection, a department, into
one PDF, with a confirmation naming the file and a cancel that leaves no file."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from dudao_desktop.model import Assignment, InspectionGroup, Unit
from dudao_desktop.ui.check_form_printing import CheckFormPrintDialog
from dudao_desktop.ui.tabs.units_tab import UnitsTab


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def group_units(database, number: int) -> tuple[str, str, list[str], list[str]]:
    """(group id, group name, names of its units, USCCs of its units)."""
    with database.Session() as s:
        group = s.scalars(select(InspectionGroup).where(InspectionGroup.number == number)).one()
        rows = s.execute(
            select(Unit.name, Unit.uscc)
            .join(Assignment, Assignment.unit_id == Unit.id)
            .where(Assignment.group_id == group.id, Assignment.deleted.is_(False))
        ).all()
    return group.id, group.name, [r[0] for r in rows], [r[1] for r in rows]


def open_print_dialog(main_window) -> tuple[UnitsTab, CheckFormPrintDialog]:
    units = main_window.tab(UnitsTab)
    main_window.ui.tabs.setCurrentWidget(units)
    action = next(a for a in main_window.print_menu.actions() if a is units.print_action)
    action.trigger()
    return units, units.print_dialog


def test_group_printing_writes_one_pdf_with_every_unit_of_the_group(qtbot, main_window, tmp_path):
    group_id, group_name, names, usccs = group_units(main_window.database, 2)
    _first_id, _first, other_names, other_usccs = group_units(main_window.database, 1)
    assert len(usccs) > 5
    units, dialog = open_print_dialog(main_window)
    combo = dialog.ui.groupCombo
    combo.setCurrentIndex(combo.findData(group_id))
    assert dialog.ui.groupRadio.isChecked()
    suggested = Path(dialog.ui.fileEdit.text())
    assert group_name in suggested.name and suggested.suffix == ".pdf"
    target = tmp_path / "forms" / suggested.name
    target.parent.mkdir()
    dialog.ui.fileEdit.setText(str(target))
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    box = None

    def confirmation():
        nonlocal box
        box = next((b for b in units.findChildren(QMessageBox) if b.isVisible()), None)
        return box is not None

    qtbot.waitUntil(confirmation, timeout=120000)
    assert str(target) in box.text()
    assert f"{len(usccs)}" in box.text()
    text = pdf_text(target)
    for uscc in usccs:
        assert uscc in text
    assert not [uscc for uscc in other_usccs if uscc in text]
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    box.close()


def test_selection_printing_prints_exactly_the_selected_rows(qtbot, main_window, tmp_path):
    units = main_window.tab(UnitsTab)
    main_window.ui.tabs.setCurrentWidget(units)
    view = units.ui.unitsView
    selection = view.selectionModel()
    view.selectRow(0)
    selection.select(
        units.model.index(3, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = units.selected_units()
    assert len(chosen) == 2
    units, dialog = open_print_dialog(main_window)
    assert dialog.ui.selectionRadio.isChecked() and "2" in dialog.ui.selectionRadio.text()
    target = tmp_path / "two.pdf"
    dialog.ui.fileEdit.setText(str(target))
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(target.exists, timeout=60000)
    text = pdf_text(target)
    for _unit_id, name in chosen:
        assert name in text.replace("\n", "")


def test_department_printing_and_cancel_leaves_no_file(qtbot, main_window, tmp_path):
    units, dialog = open_print_dialog(main_window)
    combo = dialog.ui.departmentCombo
    combo.setCurrentIndex(1)
    assert dialog.ui.departmentRadio.isChecked()
    assert combo.currentText() in Path(dialog.ui.fileEdit.text()).name
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "dept.pdf"
    dialog.ui.fileEdit.setText(str(target))
    cancelled = []
    task = dialog.start()
    task.cancelled.connect(lambda: cancelled.append(True))
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60000)
    assert list(target.parent.iterdir()) == []
    assert dialog.isVisible() and dialog.ui.buttonBox.isEnabled()
    # Again without cancelling: the department's forms are written.
    done = []
    dialog.written.connect(lambda path, count: done.append((path, count)))
    dialog.start()
    qtbot.waitUntil(lambda: bool(done), timeout=120000)
    assert done[0][0] == target and done[0][1] >= 1 and target.exists()
