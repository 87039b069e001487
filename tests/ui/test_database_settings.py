"""Settings > Office database: file or server, the connection test, the password kept in the
keyring and never in a file."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from dudao_desktop.db.connection import CONFIG_FILE, configured_url
from dudao_desktop.ui.dialogs import SettingsDialog


class MemoryKeyring(KeyringBackend):
    """A keyring for the test: the desktop's own one, without the desktop."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def open_dialog(qtbot, directory):
    dialog = SettingsDialog(None, directory)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, dialog.database_page.ui


def fill(qtbot, ui, host, port, database, user, password):
    qtbot.mouseClick(ui.serverRadio, Qt.MouseButton.LeftButton)
    for edit, text in (
        (ui.hostEdit, host),
        (ui.databaseEdit, database),
        (ui.userEdit, user),
        (ui.passwordEdit, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    ui.portSpin.setValue(port)


def test_the_server_is_saved_with_its_password_in_the_keyring(qtbot, tmp_path, memory_keyring):
    dialog, ui = open_dialog(qtbot, tmp_path)
    assert ui.fileRadio.isChecked() and not ui.serverBox.isEnabled()
    assert "keyring" in ui.keyringLabel.text()
    fill(qtbot, ui, "bianban-server", 5433, "dudao", "clerk_li", "s3cret-Pass")
    dialog.accept()

    stored = json.loads((tmp_path / CONFIG_FILE).read_text(encoding="utf-8"))
    assert "s3cret" not in json.dumps(stored, ensure_ascii=False)
    assert make_url(stored["url"]).username == "clerk_li"
    assert list(memory_keyring.secrets.values()) == ["s3cret-Pass"]
    url = configured_url(tmp_path)
    assert (url.host, url.port, url.database, url.password) == (
        "bianban-server",
        5433,
        "dudao",
        "s3cret-Pass",
    )
    # Opened again, the page shows the saved server; choosing the file forgets it.
    again, ui = open_dialog(qtbot, tmp_path)
    assert ui.serverRadio.isChecked() and ui.userEdit.text() == "clerk_li"
    assert ui.passwordEdit.text() == "s3cret-Pass"
    qtbot.mouseClick(ui.fileRadio, Qt.MouseButton.LeftButton)
    again.accept()
    assert configured_url(tmp_path) is None


def test_without_a_keyring_the_password_is_not_written_anywhere(qtbot, tmp_path, monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog, ui = open_dialog(qtbot, tmp_path)
        assert "no keyring" in ui.keyringLabel.text()
        fill(qtbot, ui, "bianban-server", 5432, "dudao", "clerk_wang", "hidden-pass")
        dialog.accept()
    finally:
        keyring.set_keyring(previous)
    assert "hidden-pass" not in (tmp_path / CONFIG_FILE).read_text(encoding="utf-8")
    assert configured_url(tmp_path).username == "clerk_wang"


def test_missing_fields_are_named_and_nothing_is_saved(qtbot, tmp_path, message_boxes):
    dialog, ui = open_dialog(qtbot, tmp_path)
    fill(qtbot, ui, "", 5432, "dudao", "", "")
    qtbot.mouseClick(ui.testButton, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert len(message_boxes.shown) == 2
    assert "user name" in message_boxes.shown[0][1]
    assert not (tmp_path / CONFIG_FILE).exists()


def test_the_connection_test_reaches_the_server(qtbot, tmp_path, postgres, postgres_schema):
    url = make_url(postgres.url_of(postgres_schema))
    dialog, ui = open_dialog(qtbot, tmp_path)
    host = url.host or url.query.get("host")
    fill(
        qtbot,
        ui,
        host,
        int(url.port or url.query.get("port", 5432)),
        url.database,
        url.username,
        url.password or "",
    )
    qtbot.mouseClick(ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PostgreSQL" in ui.testResultLabel.text(), timeout=15000)
    assert "holds an office database" in ui.testResultLabel.text()


def test_a_wrong_password_is_reported(qtbot, tmp_path, postgres, message_boxes):
    dialog, ui = open_dialog(qtbot, tmp_path)
    fill(qtbot, ui, "127.0.0.1", 1, "dudao", "nobody", "wrong")
    qtbot.mouseClick(ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "failed" in ui.testResultLabel.text(), timeout=15000)
    assert "Cannot open the database" in message_boxes.shown[0][1]
