"""From start to the main window: open the database, build the demo, or ask (first run)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from ..db.opening import has_database, open_database
from .errors import show_error
from .translation import Translations

if TYPE_CHECKING:  # imported when needed: the usual start opens a database straight away
    from ..db.engine import Database
    from .first_run import FirstRunDialog


class Startup:
    """Keeps the first window alive; ``begin()`` returns False if the app cannot start."""

    def __init__(self, data_dir: Path, translations: Translations, demo: bool = False) -> None:
        self.data_dir = data_dir
        self.translations = translations
        self.demo = demo
        self.window = None
        self.dialog: FirstRunDialog | None = None
        self.sign_in: QDialog | None = None

    def begin(self) -> bool:
        if has_database(self.data_dir):
            try:
                database = open_database(self.data_dir)
            except Exception as error:
                show_error(None, error)
                return False
            self.show_window(database)
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

    def failed(self, error: BaseException) -> None:
        show_error(None, error)
        QApplication.exit(1)

    def show_window(self, database: Database) -> None:
        """The main window, after the sign-in when the installation has users."""
        from ..services import users

        if users.list_users(database) and users.current_user(database) is None:
            from .users_dialog import SignInDialog

            self.sign_in = SignInDialog(database)
            self.sign_in.signed_in.connect(lambda _name: self.show_window(database))
            self.sign_in.rejected.connect(QApplication.quit)
            self.sign_in.show()
            return
        try:
            from .main_window import MainWindow

            self.window = MainWindow(database, self.translations, background=True)
        except Exception as error:  # logged and shown; without a window there is nothing to do
            self.failed(error)
            return
        self.window.show()
