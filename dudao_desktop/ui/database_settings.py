"""The settings page for where the office database lives: the file, or the server.

The address is stored for the data folder (``db.connection``), the password in the system
keyring; a change takes effect when the data folder is opened next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QWidget
from sqlalchemy.engine import URL

from ..db.connection import (
    configured_url,
    forget_url,
    keyring_available,
    store_url,
    stored_password,
)
from ..errors import DudaoError
from .errors import show_error
from .forms.ui_DatabaseSettingsPage import Ui_DatabaseSettingsPage
from .workers import run_with_progress


class DatabaseSettingsPage(QGroupBox):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.ui = Ui_DatabaseSettingsPage()
        self.ui.setupUi(self)
        self.task = None
        self.ui.serverRadio.toggled.connect(self.ui.serverBox.setEnabled)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.load()

    def load(self) -> None:
        try:
            url = configured_url(self.data_dir)
        except DudaoError as error:
            show_error(self, error)
            url = None
        server = url is not None and url.get_backend_name() != "sqlite"
        self.ui.serverRadio.setChecked(server)
        self.ui.fileRadio.setChecked(not server)
        self.ui.serverBox.setEnabled(server)
        if server:
            self.ui.hostEdit.setText(url.host or str(url.query.get("host", "")))
            self.ui.portSpin.setValue(int(url.port or url.query.get("port", 5432)))
            self.ui.databaseEdit.setText(url.database or "")
            self.ui.userEdit.setText(url.username or "")
            self.ui.passwordEdit.setText(str(url.password or stored_password(url) or ""))
        if keyring_available():
            note = self.tr("The password is kept in this computer's keyring, never in a file.")
        else:
            note = self.tr(
                "This computer has no keyring, so the password is not saved: it is asked for "
                "by the server's own sign-in (a ~/.pgpass file) or given in "
                "DUDAO_DATABASE_URL."
            )
        self.ui.keyringLabel.setText(
            note + " " + self.tr("A change takes effect when the data folder is opened next.")
        )

    def server_url(self) -> URL:
        """The address from the fields; a clear error when one is missing."""
        host, database = self.ui.hostEdit.text().strip(), self.ui.databaseEdit.text().strip()
        user = self.ui.userEdit.text().strip()
        if not (host and database and user):
            raise DudaoError(
                self.tr("Fill in the server, the database and your user name on the server.")
            )
        password = self.ui.passwordEdit.text() or None
        if host.startswith("/"):  # a local socket directory
            return URL.create(
                "postgresql+psycopg",
                username=user,
                password=password,
                database=database,
                query={"host": host, "port": str(self.ui.portSpin.value())},
            )
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host=host,
            port=self.ui.portSpin.value(),
            database=database,
        )

    def test_connection(self) -> None:
        from ..db.opening import probe

        try:
            url = self.server_url()
        except DudaoError as error:
            show_error(self, error)
            return
        self.ui.testResultLabel.setText(self.tr("Connecting…"))
        self.task = run_with_progress(
            self,
            lambda: probe(url),
            self.tr("Testing the connection"),
            on_done=self.show_probe,
            on_error=self.show_failure,
            dialog=False,
        )

    def show_probe(self, result: tuple[str, str]) -> None:
        version, revision = result
        if revision:
            text = self.tr("Connected to PostgreSQL {0}; it holds an office database.")
        else:
            text = self.tr(
                "Connected to PostgreSQL {0}; the database is empty. Create the office database "
                "in it with 'dudao init --role office' or move yours there with "
                "'dudao migrate-to'."
            )
        self.ui.testResultLabel.setText(text.format(version))

    def show_failure(self, error: BaseException) -> None:
        self.ui.testResultLabel.setText(self.tr("The connection failed."))
        show_error(self, error)

    def save(self) -> None:
        """Store the choice for the data folder (the password in the keyring)."""
        if not self.ui.serverRadio.isChecked():
            forget_url(self.data_dir)
            return
        try:
            store_url(self.data_dir, self.server_url())
        except DudaoError as error:
            show_error(self, error)
