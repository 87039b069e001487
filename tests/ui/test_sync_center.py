"""The sync center end to end through the dialogs: a laptop set up through the first-run
dialog (its fingerprint shown), enrolled at the office by comparing that fingerprint, its
field package exported and imported, an answer made on the laptop, its return package
exported through the laptop's sync center, and the office import with a dry run first, then
applied; the report rows, the history and the PDF; then revocation and re-enrolment."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from dudao_desktop.db.engine import Database
from dudao_desktop.model import Answer, Enrolment, InspectionGroup
from dudao_desktop.services.checklist import set_answer
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.enrolment import own_request, write_request
from dudao_desktop.services.installation import init_installation
from dudao_desktop.ui import file_dialogs, sync_center
from dudao_desktop.ui.first_run import FirstRunDialog
from dudao_desktop.ui.sync_center import SyncCenter


@pytest.fixture
def office(tmp_path: Path):
    database = create_demo(tmp_path / "office", units=20)
    yield database
    database.dispose()


def wait_idle(qtbot, center: SyncCenter) -> None:
    qtbot.waitUntil(lambda: center.task is not None and center.isEnabled(), timeout=30000)


def group_one(office: Database) -> str:
    with office.Session() as s:
        return s.execute(select(InspectionGroup.id).where(InspectionGroup.number == 1)).scalar_one()


def set_up_laptop(qtbot, monkeypatch, directory: Path, request: Path) -> tuple[Database, str]:
    """Through the first-run dialog: names typed, keys made, the fingerprint shown and the
    enrolment request saved. Returns the laptop and the fingerprint on its screen."""
    dialog = FirstRunDialog(directory)
    qtbot.addWidget(dialog)
    dialog.ui.packageButton.click()
    setup = dialog.setup_dialog
    setup.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert setup.isVisible() and "name" in setup.message.text()  # a name is required
    setup.name_edit.setText("第一组笔记本")  # QTest types only ASCII
    qtbot.keyClicks(setup.user_edit, "Li")
    setup.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    shown = dialog.fingerprint_dialog
    qtbot.waitUntil(shown.isVisible)
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(request), "")
    )
    shown.save_button.click()
    assert request.is_file() and str(request) in shown.status.text()
    fingerprint = shown.fingerprint.text()
    shown.accept()
    qtbot.waitUntil(lambda: dialog.database is not None)
    return dialog.database, fingerprint


def enrol_in_center(qtbot, monkeypatch, center: SyncCenter, request: Path, read_out: str):
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getOpenFileName", lambda *a, **k: (str(request), "")
    )
    center.ui.pages.setCurrentWidget(center.ui.laptopsPage)
    center.ui.enrolButton.click()
    dialog = center.laptop_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def export_field_package(qtbot, monkeypatch, center: SyncCenter, group: str, out: Path) -> None:
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    center.ui.groupCombo.setCurrentIndex(center.ui.groupCombo.findData(group))
    center.ui.exportFieldButton.click()
    wait_idle(qtbot, center)


def first_answer(database: Database) -> Answer:
    with database.Session() as s:
        return s.execute(select(Answer).order_by(Answer.id)).scalars().first()


def export_return(qtbot, monkeypatch, center: SyncCenter, out: Path) -> None:
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    center.ui.exportReturnButton.click()
    wait_idle(qtbot, center)
    assert out.is_file()


def import_files(qtbot, monkeypatch, center: SyncCenter, package: Path) -> None:
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(package)], "")
    )
    center.ui.importFilesButton.click()
    wait_idle(qtbot, center)


def test_enrolment_field_package_return_package_and_office_import(
    qtbot, monkeypatch, office, tmp_path
) -> None:
    request = tmp_path / "laptop-request.json"
    laptop, on_laptop = set_up_laptop(qtbot, monkeypatch, tmp_path / "laptop", request)
    center = SyncCenter(office)
    qtbot.addWidget(center)
    # The field package needs an enrolled laptop first: the reason is shown.
    errors: list[str] = []
    monkeypatch.setattr(sync_center, "show_error", lambda _parent, error: errors.append(str(error)))
    export_field_package(qtbot, monkeypatch, center, group_one(office), tmp_path / "x.dudao")
    assert errors and "Enrol the group's laptop first" in errors[0]

    dialog = enrol_in_center(qtbot, monkeypatch, center, request, on_laptop)
    assert dialog.fingerprint.text() == on_laptop  # the same fingerprint on both screens
    qtbot.keyClicks(dialog.read_out_edit, "AAAA-BBBB-CCCC-DDDD-EEEE")
    dialog.enrol_button.click()
    assert dialog.isVisible() and "does not match" in dialog.message.text()
    dialog.read_out_edit.clear()
    qtbot.keyClicks(dialog.read_out_edit, on_laptop.lower().replace("-", " "))
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group_one(office)))
    dialog.enrol_button.click()
    assert not dialog.isVisible()
    table = center.ui.enrolmentTable
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1, 4)] == ["第一组笔记本", on_laptop, "Enrolled"]

    field = tmp_path / "group1.dudao"
    export_field_package(qtbot, monkeypatch, center, group_one(office), field)
    assert field.is_file() and str(field) in center.ui.statusLabel.text()
    assert center.ui.historyTable.item(0, 1).text() == "Sent"

    try:
        laptop_center = SyncCenter(laptop)
        qtbot.addWidget(laptop_center)
        assert laptop_center.ui.fieldSendWidget.isVisibleTo(laptop_center)
        assert not laptop_center.ui.enrolButton.isVisibleTo(laptop_center)
        assert on_laptop in laptop_center.ui.fingerprintLabel.text()
        import_files(qtbot, monkeypatch, laptop_center, field)
        assert laptop_center.report.column_texts(1)[0] == "Preview: would import"
        laptop_center.report.ui.applyButton.click()
        wait_idle(qtbot, laptop_center)
        answer = first_answer(laptop)
        set_answer(
            laptop,
            answer.inspection_id,
            answer.item_id,
            note="现场核实：在编人员与花名册一致",
            reason="test",
        )
        returned = tmp_path / "return.dudao"
        export_return(qtbot, monkeypatch, laptop_center, returned)
        assert [laptop_center.ui.historyTable.item(r, 1).text() for r in range(2)] == [
            "Sent",
            "Received",
        ]
    finally:
        laptop.dispose()

    import_files(qtbot, monkeypatch, center, returned)
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
    import_files(qtbot, monkeypatch, center, returned)
    assert report.column_texts(1)[0] == "Already imported"
    assert not report.ui.applyButton.isEnabled()


def test_revocation_and_re_enrolment(qtbot, monkeypatch, office, tmp_path) -> None:
    old = init_installation(tmp_path / "old", "field", "lost laptop", "Wang")
    write_request(old, tmp_path / "old.json")
    old_print = own_request(old).fingerprint
    center = SyncCenter(office)
    qtbot.addWidget(center)
    dialog = enrol_in_center(qtbot, monkeypatch, center, tmp_path / "old.json", old_print)
    qtbot.keyClicks(dialog.read_out_edit, old_print)
    dialog.enrol_button.click()
    # A second laptop cannot take over the same keys while they are enrolled.
    again = enrol_in_center(qtbot, monkeypatch, center, tmp_path / "old.json", old_print)
    qtbot.keyClicks(again.read_out_edit, old_print)
    again.enrol_button.click()
    assert again.isVisible() and "already enrolled" in again.message.text()
    again.reject()

    table = center.ui.enrolmentTable
    assert not center.ui.revokeButton.isEnabled()
    table.selectRow(0)
    assert center.ui.revokeButton.isEnabled()
    center.ui.revokeButton.click()
    revoke = center.laptop_dialog
    revoke.revoke_button.click()
    assert revoke.isVisible() and "why" in revoke.message.text()
    qtbot.keyClicks(revoke.reason_edit, "lost on the train")
    revoke.revoke_button.click()
    assert not revoke.isVisible()
    assert (
        table.item(0, 4).text().startswith("Revoked")
        and "lost on the train" in table.item(0, 4).text()
    )
    table.selectRow(0)
    assert not center.ui.revokeButton.isEnabled()  # already revoked

    new = init_installation(tmp_path / "new", "field", "replacement", "Wang")
    write_request(new, tmp_path / "new.json")
    new_print = own_request(new).fingerprint
    dialog = enrol_in_center(qtbot, monkeypatch, center, tmp_path / "new.json", new_print)
    assert dialog.fingerprint.text() == new_print
    qtbot.keyClicks(dialog.read_out_edit, new_print)
    dialog.enrol_button.click()
    states = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert states["replacement"] == "Enrolled" and states["lost laptop"].startswith("Revoked")
    with office.Session() as s:
        rows = s.execute(select(Enrolment)).scalars().all()
    assert {(e.laptop_name, e.revoked_at is None) for e in rows} == {
        ("lost laptop", False),
        ("replacement", True),
    }
    old.dispose()
    new.dispose()


def test_a_bad_request_file_and_a_bad_package_show_the_reason(
    qtbot, monkeypatch, office, tmp_path
) -> None:
    center = SyncCenter(office)
    qtbot.addWidget(center)
    errors: list[str] = []
    monkeypatch.setattr(sync_center, "show_error", lambda _parent, error: errors.append(str(error)))
    bad = tmp_path / "request.json"
    bad.write_bytes(b"\xff\xfe not json")
    assert center.enrol_from(bad) is None
    assert errors and "is not a laptop's enrolment request" in errors[0]

    # A file that is no package is refused at the preview, with the reason shown.
    junk = tmp_path / "junk.dudao"
    junk.write_bytes(b"not a package at all")
    import_files(qtbot, monkeypatch, center, junk)
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
