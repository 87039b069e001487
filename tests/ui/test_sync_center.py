"""The sync center end to end through the dialogs: a field package exported at the office with
the passphrase typed, a laptop set up from it through the first-run dialog, an answer made on
the laptop, its return package exported through the laptop's sync center, and the office
import with a dry run first, then applied; the report rows, the history and the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from dudao_desktop.db.engine import Database
from dudao_desktop.model import Answer, InspectionGroup
from dudao_desktop.services.checklist import set_answer
from dudao_desktop.services.demo import create_demo
from dudao_desktop.ui import first_run, sync_center
from dudao_desktop.ui.first_run import FirstRunDialog
from dudao_desktop.ui.sync_center import SyncCenter

PASSPHRASE = "correct horse battery"


@pytest.fixture
def office(tmp_path: Path):
    database = create_demo(tmp_path / "office", units=20)
    yield database
    database.dispose()


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def wait_idle(qtbot, center: SyncCenter) -> None:
    qtbot.waitUntil(lambda: center.task is not None and center.isEnabled(), timeout=30000)


def export_field_package(qtbot, monkeypatch, office: Database, out: Path) -> SyncCenter:
    monkeypatch.setattr(sync_center.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    center = SyncCenter(office)
    qtbot.addWidget(center)
    with office.Session() as s:
        group = s.execute(select(InspectionGroup).where(InspectionGroup.number == 1)).scalar_one()
    center.ui.groupCombo.setCurrentIndex(center.ui.groupCombo.findData(group.id))
    center.ui.exportFieldButton.click()
    dialog = center.passphrase_dialog
    assert dialog is not None and dialog.confirm  # the first time: typed twice
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE + "x")
    ok(dialog)
    assert dialog.isVisible() and "differ" in dialog.message.text()
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
    ok(dialog)
    wait_idle(qtbot, center)
    assert out.is_file()
    assert str(out) in center.ui.statusLabel.text()
    return center


def set_up_laptop(qtbot, monkeypatch, directory: Path, package: Path) -> Database:
    monkeypatch.setattr(
        first_run.QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), "")
    )
    dialog = FirstRunDialog(directory)
    qtbot.addWidget(dialog)
    assert dialog.ui.packageButton.isVisibleTo(dialog)
    dialog.ui.packageButton.click()
    setup = dialog.setup_dialog
    setup.name_edit.setText("第一组笔记本")  # QTest types only ASCII
    qtbot.keyClicks(setup.user_edit, "Li")
    qtbot.keyClicks(setup.passphrase_edit, PASSPHRASE)
    ok(setup)
    qtbot.waitUntil(lambda: dialog.database is not None, timeout=30000)
    return dialog.database


def first_answer(database: Database) -> Answer:
    with database.Session() as s:
        return s.execute(select(Answer).order_by(Answer.id)).scalars().first()


def export_return(qtbot, monkeypatch, laptop: Database, out: Path) -> SyncCenter:
    monkeypatch.setattr(sync_center.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    center = SyncCenter(laptop)
    qtbot.addWidget(center)
    assert center.ui.fieldSendWidget.isVisibleTo(center)
    assert not center.ui.officeSendWidget.isVisibleTo(center)
    center.ui.exportReturnButton.click()
    wait_idle(qtbot, center)
    assert out.is_file()
    return center


def import_at_office(qtbot, monkeypatch, center: SyncCenter, package: Path) -> None:
    monkeypatch.setattr(
        sync_center.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(package)], "")
    )
    center.ui.importFilesButton.click()
    wait_idle(qtbot, center)


def test_field_package_laptop_return_package_and_office_import(
    qtbot, monkeypatch, office, tmp_path
) -> None:
    field = tmp_path / "group1.dudao"
    center = export_field_package(qtbot, monkeypatch, office, field)
    assert center.ui.historyTable.rowCount() == 1
    assert center.ui.historyTable.item(0, 1).text() == "Sent"

    laptop = set_up_laptop(qtbot, monkeypatch, tmp_path / "laptop", field)
    try:
        assert laptop.role == "field"
        answer = first_answer(laptop)
        set_answer(
            laptop,
            answer.inspection_id,
            answer.item_id,
            note="现场核实：在编人员与花名册一致",
            reason="test",
        )
        returned = tmp_path / "return.dudao"
        laptop_center = export_return(qtbot, monkeypatch, laptop, returned)
        assert [laptop_center.ui.historyTable.item(r, 1).text() for r in range(2)] == [
            "Sent",
            "Received",
        ]
    finally:
        laptop.dispose()

    import_at_office(qtbot, monkeypatch, center, returned)
    report = center.report
    assert report.preview and report.ui.applyButton.isEnabled()
    assert report.column_texts(0)[0] == "return.dudao"
    assert report.column_texts(1)[0] == "Preview: would import"
    assert int(report.column_texts(5)[0]) >= 1  # updated
    with office.Session() as s:  # the dry run changed nothing
        assert s.get(Answer, answer.id).note != "现场核实：在编人员与花名册一致"

    report.ui.applyButton.click()
    wait_idle(qtbot, center)
    assert not report.preview and report.ui.applyButton.isHidden()
    assert report.column_texts(1)[0] == "Imported"
    assert report.column_texts(0)[-1] == "Total"
    with office.Session() as s:
        assert s.get(Answer, answer.id).note == "现场核实：在编人员与花名册一致"

    # History: the received package, with its stored report.
    assert center.ui.historyTable.rowCount() == 2
    assert center.ui.historyTable.item(0, 1).text() == "Received"
    center.ui.historyTable.selectRow(0)
    assert center.ui.historyReportButton.isEnabled()
    shown = center.show_history_report()
    assert shown is not None
    assert shown.report.column_texts(0)[0] == "return.dudao"

    # The report as PDF, read back.
    pdf = report.write_pdf(tmp_path / "report.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "return.dudao" in text and "Imported" in text

    # The same package again: already imported, nothing to apply.
    import_at_office(qtbot, monkeypatch, center, returned)
    assert report.column_texts(1)[0] == "Already imported"
    assert not report.ui.applyButton.isEnabled()


def test_second_group_verifies_the_passphrase_and_refusals_show_the_reason(
    qtbot, monkeypatch, office, tmp_path
) -> None:
    center = export_field_package(qtbot, monkeypatch, office, tmp_path / "g1.dudao")
    monkeypatch.setattr(
        sync_center.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "g2.dudao"), ""),
    )
    center.ui.groupCombo.setCurrentIndex(1)
    center.ui.exportFieldButton.click()
    dialog = center.passphrase_dialog
    assert not dialog.confirm and dialog.repeat_edit.isHidden()
    errors: list[str] = []
    monkeypatch.setattr(sync_center, "show_error", lambda _parent, error: errors.append(str(error)))
    qtbot.keyClicks(dialog.passphrase_edit, "another passphrase")
    ok(dialog)
    wait_idle(qtbot, center)
    assert errors and "not the sync passphrase" in errors[0]
    assert not (tmp_path / "g2.dudao").exists()

    # A file that is no package is refused at the preview, with the reason shown.
    junk = tmp_path / "junk.dudao"
    junk.write_bytes(b"not a package at all")
    import_at_office(qtbot, monkeypatch, center, junk)
    assert center.report.column_texts(1)[0] == "Refused"
    assert center.report.column_texts(10)[0]  # the reason
    assert not center.report.ui.applyButton.isEnabled()
    center.report.ui.discardButton.click()
    assert center.pending is None and center.report.ui.reportTable.rowCount() == 0


def test_menu_opens_the_sync_center(main_window) -> None:
    action = main_window.sync_actions.sync_center
    assert action in main_window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+E"
    assert main_window.sync_actions.conflicts in main_window.tools_menu.actions()
    dialog = main_window.sync_actions.open_sync_center()
    assert isinstance(dialog, SyncCenter) and dialog.ui.groupCombo.count() == 5
    dialog.close()


def test_master_data_is_read_only_on_a_laptop(qtbot, field_db) -> None:
    from dudao_desktop.ui.plan_pool import PlanPoolDialog
    from dudao_desktop.ui.roster_import_dialog import RosterImportDialog
    from dudao_desktop.ui.tabs.plan_tab import PlanTab
    from dudao_desktop.ui.template_editor import TemplateEditor

    tip = "Master data is kept by the office; on this laptop it cannot be changed."
    roster_dialog = RosterImportDialog(field_db)
    qtbot.addWidget(roster_dialog)
    assert not roster_dialog.ui.browseButton.isEnabled()
    assert roster_dialog.ui.importButton.toolTip() == tip
    editor = TemplateEditor(field_db)
    qtbot.addWidget(editor)
    assert not editor.ui.importButton.isEnabled() and not editor.ui.addSectionButton.isEnabled()
    plan = PlanTab(field_db)
    qtbot.addWidget(plan)
    for button in (plan.ui.newButton, plan.ui.drawButton, plan.ui.assignButton):
        assert not button.isEnabled() and button.toolTip() == tip
    pool_dialog = PlanPoolDialog(field_db)
    qtbot.addWidget(pool_dialog)
    assert not pool_dialog.ui.addButton.isEnabled() and not pool_dialog.ui.importButton.isEnabled()
