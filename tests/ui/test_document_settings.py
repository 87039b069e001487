"""Settings of official documents in the GUI: the 版头/版记 and the number counters, and the
office's font folder in the settings dialog."""

from __future__ import annotations

import os
import shutil
from datetime import date

from PySide6.QtCore import Qt

from dudao_desktop.documents import fonts
from dudao_desktop.paths import resource
from dudao_desktop.services import doc_numbers, document_settings


def test_header_settings_and_counter_are_saved(qtbot, office_db, message_boxes):
    from dudao_desktop.ui.document_settings_dialog import DocumentSettingsDialog

    dialog = DocumentSettingsDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.markEdit.insert("中共昌河市委机构编制委员会办公室")  # typed through the input method
    dialog.ui.copiesEdit.insert("市委组织部、市财政局")  # typed through the input method
    dialog.ui.contactEdit.insert("李明")  # typed through the input method
    qtbot.keyClicks(dialog.ui.phoneEdit, "0536-7212345")
    qtbot.mouseClick(
        dialog.ui.redHeaderCheck,
        Qt.MouseButton.LeftButton,
        pos=dialog.ui.redHeaderCheck.rect().center(),
    )
    table = dialog.ui.countersTable
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "feedback"
    )
    table.item(row, 1).setText("昌编督")
    table.cellWidget(row, 2).setValue(12)
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    saved = document_settings.load_settings(office_db)
    assert saved.mark == "中共昌河市委机构编制委员会办公室" and saved.contact == "李明"
    assert saved.copies_to == "市委组织部、市财政局" and saved.phone == "0536-7212345"
    assert not saved.red_header
    state = doc_numbers.counter_state(office_db, "feedback", date.today().year)
    assert state.next_number == f"昌编督〔{date.today().year}〕12号"


def test_counter_cannot_go_back_onto_an_issued_number(qtbot, office_db, message_boxes):
    from dudao_desktop.ui.document_settings_dialog import DocumentSettingsDialog

    year = date.today().year
    doc_numbers.set_counter(office_db, "notice", year, prefix="昌编督", next_serial=5)
    with office_db.session() as s:
        doc_numbers.issue_number(s, "notice", year, subject_id="u1")
    dialog = DocumentSettingsDialog(office_db)
    qtbot.addWidget(dialog)
    table = dialog.ui.countersTable
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "notice"
    )
    assert table.item(row, 3).text() == "5"
    table.cellWidget(row, 2).setValue(4)
    dialog.ui.issuerEdit.insert("昌河市委编办")  # typed through the input method
    dialog.save()
    assert message_boxes.shown and "already issued" in message_boxes.shown[-1][1]
    assert dialog.isVisible() or not dialog.result()
    assert doc_numbers.counter_state(office_db, "notice", year).next_serial == 6


def test_settings_dialog_points_to_the_office_fonts(qtbot, tmp_path, monkeypatch):
    from dudao_desktop.ui.dialogs import SettingsDialog
    from dudao_desktop.ui.settings import FONT_DIR, settings

    monkeypatch.delenv("DUDAO_FONT_DIR", raising=False)
    settings().remove(FONT_DIR)
    folder = tmp_path / "office-fonts"
    folder.mkdir()
    shutil.copy(resource("fonts", "gkai00mp.ttf"), folder / "楷体_GB2312.ttf")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert "stand-in" in dialog.ui.fontsLabel.text()
    dialog.ui.fontDirEdit.setText(str(folder))
    dialog.show_fonts()
    kai = next(line for line in dialog.ui.fontsLabel.text().splitlines() if line.startswith("楷体"))
    assert "office font" in kai
    dialog.accept()
    try:
        assert settings().value(FONT_DIR) == str(folder)
        assert os.environ["DUDAO_FONT_DIR"] == str(folder) and fonts.face("kaiti").proper
    finally:
        settings().remove(FONT_DIR)
        fonts.configure()
        monkeypatch.delenv("DUDAO_FONT_DIR", raising=False)
