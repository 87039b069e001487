"""The first run: no database yet. Open the demo campaign or create an office database.

``FirstRunDialog.database_ready(Database)`` is emitted when a database has been created; the
dialog then closes. Setting up a laptop from a field package is offered only when
``dudao_desktop.sync`` provides ``import_field_package``: see :meth:`set_up_from_package`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ..db.engine import Database
from ..services.demo import create_demo
from ..services.installation import init_installation
from .errors import show_error
from .forms.ui_FirstRunDialog import Ui_FirstRunDialog
from .workers import run_with_progress


def field_package_supported() -> bool:
    try:
        from .. import sync
    except ImportError:
        return False
    return hasattr(sync, "import_field_package")


class FirstRunDialog(QDialog):
    database_ready = Signal(object)
    # Emitted with the chosen .dudao file by set_up_from_package (for the sync engineer).
    package_chosen = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.database: Database | None = None
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
        """Hook for the sync engineer: set up this laptop from a field package.

        Shown only when ``dudao_desktop.sync.import_field_package`` exists. Asks for the
        ``.dudao`` file and emits ``package_chosen(path)``; the sync side completes the set-up
        (passphrase, import) and calls ``self._ready(database)``.
        """
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Field package"), str(Path.home()), self.tr("Packages (*.dudao)")
        )
        if path:
            self.package_chosen.emit(path)
