"""The main window: six tabs, menus, status bar. Tabs are their own classes (``ui/tabs``).

Tabs are built lazily: the tab bar shows every title at once, and a tab is built (its module
imported, its queries run) when it is first shown or reached with ``tab(TabClass)`` or
``tabs`` (which builds them all), so the window is usable at once on a large database.

At the application's start the window is first shown as a shell, without a database (and
without the database layer imported): every page says it is loading and the menus that need
the data wait. ``set_database`` then fills it: the current tab is built after the loading
state has been painted.

Extension points for other modules: ``main_window.print_menu`` (add print actions),
``tools_menu``, ``file_menu``, ``tab(TabClass)`` to reach a tab, ``refresh()`` after a change
made outside the tabs (an import), and the ``database_changed`` signal.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from ..progress import publish_when_done
from . import settings as keys
from .column_widths import remember_columns
from .errors import show_error
from .file_dialogs import save_file_name
from .forms.ui_MainWindow import Ui_MainWindow
from .keyboard import install_keyboard_helpers
from .tabs import TABS, TabSpec
from .translation import Translations
from .vocab_labels import translate as vocab
from .window_fit import limit_combo_widths
from .workers import ProgressTask, run_with_progress

if TYPE_CHECKING:  # the database layer is imported once the window is on screen
    from ..db.engine import Database
    from .tabs.base import Tab

# Tabs that put actions into the File, Print and Tools menus when they are built.
MENU_TABS = ("UnitsTab",)


class LoadingPage(QLabel):
    """Stands in a tab's place until the tab is built: says that it is loading."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("loadingPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening = True
        self.retranslate()

    def show_loading(self) -> None:
        """The database is open: the tab itself is being built."""
        self.opening = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Opening the database…") if self.opening else self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    database_changed = Signal(object)

    def __init__(
        self,
        database: Database | None,
        translations: Translations | None = None,
        parent: QWidget | None = None,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.database = database
        # At the application's start: slow figures (the dashboard) load in a worker.
        self.background_figures = background
        self.translations = translations
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.file_menu = self.ui.menuFile
        self.print_menu = self.ui.menuPrint
        self.tools_menu = self.ui.menuTools
        self.help_menu = self.ui.menuHelp
        self._specs: tuple[TabSpec, ...] = TABS
        self._built: list[Tab | None] = []
        self._waiting: list[QAction] = []  # actions disabled until the database is open
        self.status_database = QLabel(self)
        self.status_role = QLabel(self)
        self.status_campaign = QLabel(self)
        for label in (self.status_database, self.status_campaign):
            # Long paths and campaign names must not widen the window beyond the screen.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(80)
        self.ui.statusbar.addPermanentWidget(self.status_database, 2)
        self.ui.statusbar.addPermanentWidget(self.status_role, 0)
        self.ui.statusbar.addPermanentWidget(self.status_campaign, 3)
        self.connect_actions()
        from .report_actions import install_report_actions

        self.report_actions = install_report_actions(self)
        from .sync_actions import install_sync_actions

        self.sync_actions = install_sync_actions(self)
        from .tools_entries import UserActions, VocabularyActions

        self.user_actions = UserActions(self)
        self.vocabulary_actions = VocabularyActions(self)
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.build_tabs()
        self.restore_window()

    @classmethod
    def shell(cls, translations: Translations | None = None) -> MainWindow:
        """The window without its database yet (see ``set_database``): tabs, menus and the
        status bar on screen while the database opens."""
        return cls(None, translations, background=True)

    # Set-up -------------------------------------------------------------------------------------
    def connect_actions(self) -> None:
        ui = self.ui
        ui.actionOpenDataDir.triggered.connect(self.choose_data_directory)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionPrintList.triggered.connect(self.print_current_list)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionVerify.triggered.connect(self.verify)
        ui.actionAbout.triggered.connect(self.about)
        for menu in (ui.menuFile, ui.menuPrint, ui.menuTools):
            menu.aboutToShow.connect(self.build_menu_tabs)

    def build_menu_tabs(self) -> None:
        """Build the tabs that add items to the menus, so a menu shows the same items in the
        same places whichever tabs were opened before."""
        if self.database is None:
            return
        for name in MENU_TABS:
            self.tab_named(name)

    def build_tabs(self, later: bool = False) -> None:
        """Placeholders for every tab; only the current one is built, now or (``later``) on
        the next turn of the event loop, once its loading state has been painted."""
        store = keys.settings()
        old = self.built_tabs()
        for tab in old:
            tab.save_state(store)
        pages = self.ui.tabs
        blocked = pages.blockSignals(True)
        try:
            pages.clear()
            self._built = [None] * len(self._specs)
            for spec in self._specs:
                page = LoadingPage(pages)
                if self.database is not None:
                    page.show_loading()
                pages.addTab(page, spec.title())
        finally:
            pages.blockSignals(blocked)
        for tab in old:
            tab.deleteLater()
        current = int(store.value(keys.CURRENT_TAB, 0) or 0)
        pages.setCurrentIndex(current if 0 <= current < len(self._specs) else 0)
        self.enable_database_actions(self.database is not None)
        if self.database is None:
            return
        if later:
            pages.currentWidget().repaint()
            QTimer.singleShot(0, self._build_current)
        else:
            self._build_current()
        self.update_status()

    def _build_current(self) -> None:
        if self.database is not None:
            self._tab_at(self.ui.tabs.currentIndex())

    def enable_database_actions(self, enabled: bool) -> None:
        """While the database opens only Settings, About and Quit can be chosen; the actions
        disabled for the wait (and only those) come back with the database."""
        if enabled:
            for action in self._waiting:
                action.setEnabled(True)
            self._waiting = []
            return
        keep = {self.ui.actionSettings, self.ui.actionQuit, self.ui.actionAbout}
        menus = (self.ui.menuFile, self.ui.menuPrint, self.ui.menuTools)
        actions = [a for m in menus for a in m.actions()] + [
            self.ui.actionFind,
            self.ui.actionRefresh,
        ]
        for action in dict.fromkeys(actions):
            if action not in keep and not action.isSeparator() and action.isEnabled():
                action.setEnabled(False)
                self._waiting.append(action)
        self.status_database.setText(self.tr("Opening the database…"))

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._built) and self.database is not None:
            self._tab_at(index)

    def _tab_at(self, index: int) -> Tab:
        """The tab at ``index``, built (in place of its placeholder) on first use."""
        tab = self._built[index]
        if tab is not None:
            return tab
        spec = self._specs[index]
        tab = spec.load()(self.database, self)
        tab.make_scrollable()
        install_keyboard_helpers(tab)
        limit_combo_widths(tab)
        remember_columns(tab, spec.name)
        self._built[index] = tab
        tab.restore_state(keys.settings())
        pages = self.ui.tabs
        current = pages.currentIndex()
        placeholder = pages.widget(index)
        blocked = pages.blockSignals(True)
        try:
            pages.removeTab(index)
            pages.insertTab(index, tab, spec.title())
            pages.setCurrentIndex(current)
        finally:
            pages.blockSignals(blocked)
        placeholder.deleteLater()
        return tab

    def built_tabs(self) -> list[Tab]:
        """The tabs built so far (the others read the database when first shown)."""
        return [tab for tab in self._built if tab is not None]

    def restore_window(self) -> None:
        store = keys.settings()
        geometry = store.value(keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)

    # Access for other modules -------------------------------------------------------------------
    @property
    def tabs(self) -> list[Tab]:
        """Every tab in display order (building those not built yet)."""
        return [self._tab_at(index) for index in range(len(self._specs))]

    def tab(self, cls: type) -> Tab:
        """The tab of class ``cls`` (built on demand)."""
        for index, spec in enumerate(self._specs):
            if spec.name == cls.__name__:
                tab = self._tab_at(index)
                if isinstance(tab, cls):
                    return tab
        return next(t for t in self.tabs if isinstance(t, cls))

    def tab_named(self, class_name: str) -> Tab | None:
        """The tab whose class is called ``class_name`` (built on demand), or None."""
        index = next((i for i, s in enumerate(self._specs) if s.name == class_name), None)
        return None if index is None else self._tab_at(index)

    def current_spec(self) -> TabSpec:
        """What the current page is (built or not)."""
        return self._specs[max(self.ui.tabs.currentIndex(), 0)]

    def current_tab(self) -> Tab:
        return self._tab_at(self.ui.tabs.currentIndex())

    def refresh(self) -> None:
        for tab in self.built_tabs():
            tab.refresh()
        self.update_status()

    def set_database(self, database: Database, later: bool = False) -> None:
        """Show another database (the old one is closed); ``later``: build the current tab
        on the next turn of the event loop (the start)."""
        old = self.database
        self.database = database
        self.build_tabs(later)
        if old is not None and old is not database:
            old.dispose()
        self.database_changed.emit(database)

    # Status bar ---------------------------------------------------------------------------------
    def update_status(self) -> None:
        db = self.database
        if db is None:
            self.enable_database_actions(False)
            return
        from ..services import overview

        where = db.location
        self.status_database.setText(self.tr("Database: {0}").format(where))
        self.status_database.setToolTip(where)
        self.status_role.setText(self.tr("Role: {0}").format(vocab(db.role) if db.role else ""))
        campaign = overview.current_campaign(db)
        self.status_campaign.setText(
            self.tr("Campaign: {0}").format(campaign.name)
            if campaign
            else self.tr("No campaign yet")
        )
        self.status_campaign.setToolTip(self.status_campaign.text())
        title = self.tr("Establishment supervision")
        self.setWindowTitle(f"{campaign.name} – {title}" if campaign else title)

    # Actions ------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.current_tab().focus_search()

    def choose_data_directory(self) -> None:
        start = str(self.database.data_dir or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open data directory"), start)
        if chosen:
            self.open_data_directory(Path(chosen))

    def open_data_directory(self, directory: Path) -> None:
        """Open the database in ``directory``; without one, offer the first-run choices."""
        from ..db.connection import has_database
        from ..db.opening import open_database

        if has_database(directory):
            try:
                database = open_database(directory)
            except Exception as error:
                show_error(self, error)
                return
            self.set_database(database)
            keys.settings().setValue(keys.LAST_DATA_DIR, str(directory))
            return
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(directory, self)
        dialog.database_ready.connect(self.set_database)
        dialog.open()

    def backup(self) -> ProgressTask | None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        if self.database.is_server:  # a pg_dump archive or a logical dump, not a file copy
            name = self.tr("Database backup {0}").format(stamp) + ".backup"
            kinds = self.tr("Server backups (*.backup)")
        else:
            name = self.tr("Database backup {0}").format(stamp) + ".sqlite3"
            kinds = self.tr("Databases (*.sqlite3)")
        target = save_file_name(self, "backup", self.tr("Back up the database"), name, kinds)
        return None if target is None else self.backup_to(target)

    def backup_to(self, target: Path) -> ProgressTask:
        """Copy the database to ``target`` in a worker; a cancel leaves no file."""
        from ..db.backup import backup_database

        engine = self.database.engine
        return run_with_progress(
            self,
            lambda: publish_when_done(lambda out: backup_database(engine, out), target),
            self.tr("Backing up the database…"),
            on_done=lambda path: QMessageBox.information(
                self, self.tr("Backup"), self.tr("The backup was written to {0}.").format(path)
            ),
        )

    def verify(self) -> None:
        from ..services import integrity

        database = self.database
        self.verify_task = run_with_progress(
            self,
            lambda: integrity.verify(database),
            self.tr("Verifying the database…"),
            on_done=self.show_verify_report,
        )

    def show_verify_report(self, report) -> None:  # services.integrity.IntegrityReport
        if report.ok:
            QMessageBox.information(
                self,
                self.tr("Verify database"),
                self.tr("The database is sound; {0} evidence files were checked.").format(
                    report.files_checked
                ),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Verify database"),
                self.tr("The check found problems:") + "\n\n" + "\n".join(report.findings[:30]),
            )

    def open_settings(self) -> None:
        from .dialogs import SettingsDialog

        dialog = SettingsDialog(self, self.database.data_dir)
        dialog.language_chosen.connect(self.change_language)
        dialog.open()

    def change_language(self, setting: str) -> None:
        if self.translations is not None:
            self.translations.apply(setting)

    def about(self) -> None:
        from .dialogs import AboutDialog

        AboutDialog(self).open()

    def print_current_list(self) -> None:
        tab = self.current_tab()
        view = tab.print_view() if hasattr(tab, "print_view") else None
        if view is None and tab.models:
            model = tab.models[0]
        elif view is not None:
            model = view.model()
        else:
            return
        from .list_printing import print_table

        print_table(self, model, tab.title())

    # Qt events ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for index, (spec, tab) in enumerate(zip(self._specs, self._built, strict=True)):
            self.ui.tabs.setTabText(index, tab.title() if tab is not None else spec.title())
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = keys.settings()
        store.setValue(keys.GEOMETRY, self.saveGeometry())
        store.setValue(keys.WINDOW_STATE, self.saveState())
        store.setValue(keys.CURRENT_TAB, self.ui.tabs.currentIndex())
        for tab in self.built_tabs():
            tab.save_state(store)
        super().closeEvent(event)
