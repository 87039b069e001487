"""The first run: no database yet. Open the demo campaign or create an office database.

``FirstRunDialog.database_ready(Database)`` is emitted when a database has been created; the
dialog then closes. Setting up a laptop from a field package (:meth:`set_up_from_package`)
creates a field installation and imports the package through ``services.packages``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..db.engine import Database
from ..errors import DudaoError
from ..services import packages
from ..services.demo import create_demo
from ..services.installation import init_installation
from .errors import show_error
from .forms.ui_FirstRunDialog import Ui_FirstRunDialog
from .passphrase_dialog import FieldSetupDialog
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
    # Emitted with the chosen .dudao file by set_up_from_package.
    package_chosen = Signal(str)

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
        self.ui.packageButton.clicked.connect(self.set_up_from_package)
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

    def set_up_from_package(self) -> None:
        """Set up this laptop from a field package: choose the ``.dudao`` file, then the
        laptop's name, the user's name and the passphrase (:meth:`set_up_from`)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Field package"), str(Path.home()), self.tr("Packages (*.dudao)")
        )
        if path:
            self.package_chosen.emit(path)
            self.set_up_from(Path(path))

    def set_up_from(self, package: Path) -> FieldSetupDialog:
        """Ask for the names and the passphrase; on OK create the field installation and
        import the package in a worker; the database is handed on when it is applied."""
        dialog = FieldSetupDialog(package.name, self)
        dialog.accepted.connect(
            lambda: self._set_up(
                package, dialog.laptop_name(), dialog.user_name(), dialog.passphrase()
            )
        )
        self.setup_dialog = dialog
        dialog.open()
        return dialog

    def _set_up(self, package: Path, name: str, user: str, passphrase: str) -> None:
        # A refused package (wrong passphrase...) leaves the new installation in place and
        # this dialog open: choosing the package again retries on the same installation.
        database = self.field_database
        if database is None:
            try:
                database = init_installation(self.data_dir, "field", name, user)
            except Exception as error:
                show_error(self, error)
                return
            self.field_database = database
        self.setEnabled(False)

        def imported(outcomes: list[packages.ImportOutcome]) -> None:
            self.setEnabled(True)
            refused = [o for o in outcomes if o.status == "refused"]
            if refused or not outcomes:
                message = refused[0].message if refused else self.tr("Nothing was imported.")
                show_error(self, DudaoError(message))
                return
            self.field_database = None
            self._ready(database)

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.package_task = run_with_progress(
            self,
            lambda: packages.import_packages(database, [package], passphrase=passphrase),
            self.tr("Importing the field package…"),
            on_done=imported,
            on_error=failed,
            on_cancel=lambda: self.setEnabled(True),
        )

    def reject(self) -> None:
        if self.field_database is not None:
            self.field_database.dispose()
            self.field_database = None
        super().reject()
