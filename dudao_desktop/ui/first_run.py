"""The first run: no database yet. Open the demo campaign, create an office database, or
set up this computer as a laptop.

``FirstRunDialog.database_ready(Database)`` is emitted when a database has been created; the
dialog then closes. Setting up a laptop (:meth:`set_up_laptop`) creates a field installation
with its keys and shows the fingerprint the office compares when it enrols the laptop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..db.engine import Database
from ..services.demo import create_demo
from ..services.installation import init_installation
from .enrolment_dialogs import FingerprintDialog, LaptopSetupDialog
from .errors import show_error
from .forms.ui_FirstRunDialog import Ui_FirstRunDialog
from .window_fit import Dialog
from .workers import run_with_progress


def field_package_supported() -> bool:
    try:
        from ..services import packages
    except ImportError:
        return False
    return hasattr(packages, "import_packages")


class FirstRunDialog(Dialog):
    database_ready = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.database: Database | None = None
        self.field_database: Database | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.dataDirLabel.setText(self.tr("Data directory: {0}").format(self.data_dir))
        self.ui.packageButton.setVisible(field_package_supported())
        self.ui.demoButton.clicked.connect(self.open_demo)
        self.ui.createButton.clicked.connect(self.create_office)
        self.ui.packageButton.clicked.connect(self.set_up_laptop)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.officeNameEdit.returnPressed.connect(self.ui.userNameEdit.setFocus)
        self.ui.userNameEdit.returnPressed.connect(self.create_office)

    def _ready(self, database: Database) -> None:
        self.database = database
        self.database_ready.emit(database)
        self.accept()

    def open_demo(self) -> None:
        """Build the demo campaign in a worker (a few seconds), then open it."""
        self.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.demo_task = run_with_progress(
            self,
            lambda: create_demo(self.data_dir),
            self.tr("Building the demo campaign…"),
            on_done=self._ready,
            on_error=failed,
            cancellable=False,
        )

    def create_office(self) -> None:
        name = self.ui.officeNameEdit.text().strip()
        if not name:
            self.ui.officeNameEdit.setFocus()
            self.ui.officeNameEdit.setPlaceholderText(self.tr("Enter the office's name first"))
            return
        try:
            database = init_installation(
                self.data_dir, "office", name, self.ui.userNameEdit.text().strip()
            )
        except Exception as error:
            show_error(self, error)
            return
        self._ready(database)

    def set_up_laptop(self) -> LaptopSetupDialog:
        """Ask for the laptop's and the user's names; on OK create the field installation
        (its keys) and show its fingerprint and enrolment request (:class:`FingerprintDialog`);
        the database is handed on when that closes. The field package is imported later,
        in the sync center, once the office has enrolled the laptop."""
        dialog = LaptopSetupDialog(self)
        dialog.accepted.connect(lambda: self._set_up(dialog.laptop_name(), dialog.user_name()))
        self.setup_dialog = dialog
        dialog.open()
        return dialog

    def _set_up(self, name: str, user: str) -> None:
        try:
            database = init_installation(self.data_dir, "field", name, user)
        except Exception as error:
            show_error(self, error)
            return
        self.field_database = database
        shown = FingerprintDialog(database, self)
        shown.finished.connect(lambda _result: self._laptop_ready())
        self.fingerprint_dialog = shown
        shown.open()

    def _laptop_ready(self) -> None:
        database, self.field_database = self.field_database, None
        if database is not None:
            self._ready(database)

    def reject(self) -> None:
        if self.field_database is not None:
            self.field_database.dispose()
            self.field_database = None
        super().reject()
