"""From start to the main window: open the database, build the demo, or ask (first run).

With a database the window's shell is shown first (tabs, menus, a loading page) and the
database is opened in a worker meanwhile, with the database layer, the current tab's module
and the mapper configuration, so the window paints and takes input at once; the current tab
is built when the database is there (``MainWindow.set_database``). Then the other tabs'
modules (and the document libraries they use) are imported in a worker, so that opening a
tab for the first time only reads its data.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from ..db.connection import has_database
from .errors import show_error
from .translation import Translations

if TYPE_CHECKING:  # imported when needed: the database layer loads after the first paint
    from ..db.engine import Database
    from .first_run import FirstRunDialog
    from .main_window import MainWindow
    from .tabs import TabSpec

log = logging.getLogger(__name__)


def open_for_window(data_dir: Path, spec: TabSpec) -> tuple[Database, bool]:
    """In the worker: the database, and whether a user must sign in first; imports the
    module of the tab that will be shown first on the way."""
    from ..db.opening import open_database
    from ..services import users

    database = open_database(data_dir)
    try:
        must_sign_in = bool(users.list_users(database)) and users.current_user(database) is None
        spec.load()
    except BaseException:
        database.dispose()
        raise
    return database, must_sign_in


class Startup:
    """Keeps the first window alive; ``begin()`` returns False if the app cannot start."""

    def __init__(self, data_dir: Path, translations: Translations, demo: bool = False) -> None:
        self.data_dir = data_dir
        self.translations = translations
        self.demo = demo
        self.window: MainWindow | None = None
        self.dialog: FirstRunDialog | None = None
        self.sign_in: QDialog | None = None
        self.task = None

    def begin(self) -> bool:
        if has_database(self.data_dir):
            self.open_behind_shell()
        elif self.demo:
            from ..services.demo import create_demo
            from .workers import run_with_progress

            self.task = run_with_progress(
                None,
                lambda: create_demo(self.data_dir),
                QApplication.translate("Startup", "Building the demo campaign…"),
                on_done=self.show_window,
                on_error=self.failed,
                cancellable=False,
            )
        else:
            from .first_run import FirstRunDialog

            self.dialog = FirstRunDialog(self.data_dir)
            self.dialog.database_ready.connect(self.show_window)
            self.dialog.rejected.connect(QApplication.quit)
            self.dialog.show()
        return True

    def open_behind_shell(self) -> None:
        """Show the window's shell now; open the database in a worker."""
        from .workers import run_with_progress

        window = self.shell()
        window.show()
        data_dir, spec = self.data_dir, window.current_spec()
        self.task = run_with_progress(
            None,
            lambda: open_for_window(data_dir, spec),
            QApplication.translate("Startup", "Opening the database…"),
            on_done=self.opened,
            on_error=self.failed,
            dialog=False,
            cancellable=False,
        )

    def shell(self) -> MainWindow:
        if self.window is None:
            from .main_window import MainWindow

            self.window = MainWindow.shell(self.translations)
        return self.window

    def opened(self, result: tuple[Database, bool]) -> None:
        database, must_sign_in = result
        if self.window is not None and not self.window.isVisible():
            database.dispose()  # the window was closed while the database opened
            return
        if must_sign_in:
            self.ask_sign_in(database)
        else:
            self.fill_window(database)

    def failed(self, error: BaseException) -> None:
        show_error(self.window, error)
        QApplication.exit(1)

    def show_window(self, database: Database) -> None:
        """The main window, after the sign-in when the installation has users."""
        from ..services import users

        if users.list_users(database) and users.current_user(database) is None:
            self.ask_sign_in(database)
        else:
            self.fill_window(database)

    def ask_sign_in(self, database: Database) -> None:
        from .users_dialog import SignInDialog

        self.sign_in = SignInDialog(database)
        self.sign_in.signed_in.connect(lambda _name: self.fill_window(database))
        self.sign_in.rejected.connect(QApplication.quit)
        self.sign_in.show()

    def fill_window(self, database: Database) -> None:
        try:
            window = self.shell()
            window.show()
            window.set_database(database, later=True)
        except Exception as error:  # logged and shown; without a window there is nothing to do
            self.failed(error)
            return
        from .tabs import tab_classes
        from .workers import run_with_progress

        self.preload = run_with_progress(
            None,
            tab_classes,
            "",
            on_error=lambda error: log.warning("Tabs not imported ahead: %s", error),
            dialog=False,
            cancellable=False,
        )
