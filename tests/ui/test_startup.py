"""First run, language switch, errors and background work."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from dudao_desktop import i18n
from dudao_desktop.db.opening import open_database
from dudao_desktop.errors import QT_TRANSLATE_NOOP, DudaoError
from dudao_desktop.logging_setup import log_path, setup_logging
from dudao_desktop.paths import database_path
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.installation import identity, init_installation
from dudao_desktop.ui import errors
from dudao_desktop.ui import settings as keys
from dudao_desktop.ui.dialogs import AboutDialog, SettingsDialog
from dudao_desktop.ui.first_run import FirstRunDialog
from dudao_desktop.ui.startup import Startup
from dudao_desktop.ui.tabs.approvals_tab import ApprovalsTab
from dudao_desktop.ui.tabs.information_tab import InformationTab
from dudao_desktop.ui.tabs.plan_tab import PlanTab
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab
from dudao_desktop.ui.tabs.units_tab import UnitsTab
from dudao_desktop.ui.workers import run_with_progress


def test_first_run_creates_an_office_database(qtbot, tmp_path):
    directory = tmp_path / "new"
    dialog = FirstRunDialog(directory)
    qtbot.addWidget(dialog)
    assert dialog.ui.packageButton.isHidden() == (not _sync_has_packages())
    dialog.ui.officeNameEdit.setText("昌河市委编办")
    dialog.ui.userNameEdit.setText("张科长")
    with qtbot.waitSignal(dialog.database_ready) as ready:
        dialog.ui.createButton.click()
    database = ready.args[0]
    try:
        assert database_path(directory).exists()
        me = identity(database)
        assert (me.role, me.display_name, me.user_name) == ("office", "昌河市委编办", "张科长")
    finally:
        database.dispose()


def test_first_run_needs_a_name(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    dialog.ui.createButton.click()
    assert not database_path(tmp_path / "new").exists()
    assert dialog.result() == 0


def test_first_run_builds_the_demo_in_a_worker(qtbot, tmp_path, monkeypatch):
    import dudao_desktop.ui.first_run as first_run

    monkeypatch.setattr(first_run, "create_demo", lambda d: create_demo(d, units=12))
    dialog = FirstRunDialog(tmp_path / "demo")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.database_ready, timeout=30000) as ready:
        dialog.ui.demoButton.click()
    database = ready.args[0]
    try:
        from dudao_desktop.services.units import UnitListing

        assert UnitListing(database).count() == 12
    finally:
        database.dispose()


def test_startup_without_database_offers_the_first_run_dialog(qtbot, tmp_path, translations):
    startup = Startup(tmp_path / "empty", translations)
    assert startup.begin()
    qtbot.addWidget(startup.dialog)
    assert startup.dialog.isVisible()
    assert startup.window is None


def test_startup_opens_an_existing_database(qtbot, demo_dir, translations):
    startup = Startup(demo_dir, translations)
    assert startup.begin()
    qtbot.addWidget(startup.window)
    qtbot.waitUntil(lambda: startup.window.database is not None, timeout=30000)
    assert startup.window.tab(UnitsTab).model.total_count == 420
    startup.window.database.dispose()


def test_the_window_is_shown_before_the_database_opens_and_loads_the_restored_tab(
    qtbot, demo_dir, translations
):
    keys.settings().setValue(keys.CURRENT_TAB, 5)  # the rectification ledger, last open
    startup = Startup(demo_dir, translations)
    assert startup.begin()
    window = startup.window
    qtbot.addWidget(window)
    # At once: the shell on screen, the current page saying it loads, data menus waiting.
    assert window.isVisible() and window.database is None
    assert window.ui.tabs.currentIndex() == 5
    page = window.ui.tabs.currentWidget()
    assert page.objectName() == "loadingPage" and page.text() == "Opening the database…"
    assert not window.ui.actionBackup.isEnabled() and window.ui.actionQuit.isEnabled()
    assert window.built_tabs() == []
    # Then the loading state gives way to the restored tab with its data.
    qtbot.waitUntil(
        lambda: isinstance(window.ui.tabs.currentWidget(), RectificationTab), timeout=30000
    )
    tab = window.ui.tabs.currentWidget()
    assert tab.problems.total_count > 0 and tab.problems.rowCount() > 0
    assert window.ui.actionBackup.isEnabled()
    assert "Opening" not in window.status_database.text()
    window.database.dispose()


def test_a_window_closed_while_the_database_opens_leaves_nothing_open(
    qtbot, demo_dir, translations
):
    startup = Startup(demo_dir, translations)
    assert startup.begin()
    qtbot.addWidget(startup.window)
    startup.window.close()
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)
    assert startup.window.database is None and startup.window.built_tabs() == []


def test_a_database_that_cannot_open_is_a_message_over_the_shell(
    qtbot, tmp_path, translations, message_boxes, monkeypatch
):
    directory = tmp_path / "broken"
    directory.mkdir()
    database_path(directory).write_bytes(b"this is not a database")
    exits = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    startup = Startup(directory, translations)
    assert startup.begin()
    qtbot.addWidget(startup.window)
    qtbot.waitUntil(lambda: bool(exits), timeout=30000)
    assert exits == [1] and message_boxes.shown
    assert startup.window.database is None


def test_user_error_shows_a_message_box_not_a_traceback(qtbot, tmp_path, message_boxes):
    directory = tmp_path / "taken"
    init_installation(directory, "office", "已有编办").dispose()
    # The database exists already: creating another installation there is a user error.
    dialog = FirstRunDialog(directory)
    qtbot.addWidget(dialog)
    dialog.ui.officeNameEdit.setText("第二个编办")
    dialog.ui.createButton.click()
    assert len(message_boxes.shown) == 1
    title, text = message_boxes.shown[0]
    assert title == "Cannot do that"
    assert "already holds an installation" in text
    assert "Traceback" not in text


def test_uncaught_errors_go_to_the_log_and_a_message_box(tmp_path, message_boxes):
    path = setup_logging(tmp_path)
    try:
        error = DudaoError(QT_TRANSLATE_NOOP("Errors", "Unit {name} is gone."), name="市审计局")
        errors._excepthook(DudaoError, error, None)
        assert message_boxes.shown[-1] == ("Cannot do that", "Unit 市审计局 is gone.")
        try:
            raise RuntimeError("boom")
        except RuntimeError as crash:
            errors._excepthook(RuntimeError, crash, crash.__traceback__)
        title, text = message_boxes.shown[-1]
        assert title == "Unexpected error"
        assert "log file" in text
        for handler in logging.getLogger().handlers:
            handler.flush()
        logged = log_path(tmp_path).read_text(encoding="utf-8")
        assert "Traceback" in logged and "RuntimeError: boom" in logged
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
            root.removeHandler(handler)
            handler.close()


def test_language_switch_shows_chinese_titles(main_window, translations):
    translations.apply("zh_CN")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    tabs = main_window.ui.tabs
    units_index = tabs.indexOf(main_window.tab(UnitsTab))
    assert "单位" in tabs.tabText(units_index)
    own = (PlanTab, UnitsTab, ApprovalsTab, RectificationTab, InformationTab)
    assert all(not tabs.tabText(tabs.indexOf(main_window.tab(c))).isascii() for c in own)
    assert main_window.ui.menuFile.title().startswith("文件")
    units = main_window.tab(UnitsTab)
    assert units.model.headerData(0, Qt.Orientation.Horizontal) == "单位"
    assert i18n.current_language() == "zh_CN"
    translations.apply("en")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert tabs.tabText(units_index) == "Units and checklist"


def test_settings_dialog_stores_the_language_and_retranslates(main_window, qtbot):
    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.language_chosen.connect(main_window.change_language)
    combo = dialog.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "zh_CN"]
    combo.setCurrentIndex(combo.findData("zh_CN"))
    dialog.accept()
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert QSettings(keys.ORGANIZATION, keys.APPLICATION).value(keys.LANGUAGE) == "zh_CN"
    assert keys.language_setting() == "zh_CN"
    tabs = main_window.ui.tabs
    assert "单位" in tabs.tabText(tabs.indexOf(main_window.tab(UnitsTab)))


def test_about_dialog_names_version_and_font_licence(qtbot):
    from dudao_desktop import __version__

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.versionLabel.text()
    assert "Apache" in dialog.ui.fontLicenceText.toPlainText()


def test_worker_delivers_progress_and_result(qtbot):
    seen = []

    def work():
        for i in range(3):
            yield i + 1, 3, f"step {i}"
        return "done"

    results = []
    task = run_with_progress(None, work, "Working", on_done=results.append, dialog=False)
    task.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    assert task.result == "done"


def test_worker_cancel_closes_the_generator(qtbot):
    import threading

    started, release, closed = threading.Event(), threading.Event(), []

    def work():
        try:
            started.set()
            release.wait(5)
            yield 1, 10, "first"
            yield 2, 10, "never reached"
            return "finished"
        finally:
            closed.append(True)

    cancelled = []
    task = run_with_progress(
        None, work, "Working", dialog=False, on_cancel=lambda: cancelled.append(True)
    )
    started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=2000)
    assert closed == [True]
    assert task.result is None


def test_worker_errors_reach_the_gui_as_a_message(qtbot, message_boxes):
    def work():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Nothing to do."))

    task = run_with_progress(None, work, "Working", dialog=False)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=5000)
    assert message_boxes.shown[0][1] == "Nothing to do."
    assert isinstance(task.error, DudaoError)


def test_opening_a_directory_without_database_is_a_clear_message(tmp_path):
    with pytest.raises(DudaoError):
        open_database(tmp_path / "nothing")


def _sync_has_packages() -> bool:
    from dudao_desktop.ui.first_run import field_package_supported

    return field_package_supported()


def test_bundled_cjk_font_is_the_application_fallback(qapp):
    from dudao_desktop.app import register_fonts

    families = register_fonts(qapp)
    assert "WenQuanYi Micro Hei" in families
    assert "WenQuanYi Micro Hei" in qapp.font().families()


def test_selftest_option_runs_the_selftest(monkeypatch):
    import dudao_desktop.selftest as selftest
    from dudao_desktop import app

    calls = []
    monkeypatch.setattr(selftest, "run_selftest", lambda argv: calls.append(argv) or 7)
    assert app.main(["dudao-desktop", "--selftest"]) == 7
    assert calls == [["dudao-desktop", "--selftest"]]


def test_options_accept_data_dir_and_demo(tmp_path):
    from dudao_desktop.app import parse_options

    options = parse_options(["--data-dir", str(tmp_path), "--demo", "-platform", "offscreen"])
    assert options.data_dir == str(tmp_path)
    assert options.demo


def test_the_window_shell_is_built_without_the_database_layer(tmp_path):
    """Start-up shows the window before SQLAlchemy and the models are imported (they take
    most of a second): a menu entry that imports its dialog at start would undo that."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from dudao_desktop.ui.main_window import MainWindow\n"
        "from dudao_desktop.ui.translation import Translations\n"
        "app = QApplication([])\n"
        "window = MainWindow.shell(Translations(app))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'\n"
        "                or m.startswith(('dudao_desktop.model', 'dudao_desktop.services')))\n"
        "print(len(window.tools_menu.actions()), loaded)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    actions, loaded = result.stdout.strip().split(" ", 1)
    assert int(actions) >= 2  # users and vocabularies are in the menu all the same
    assert loaded == "[]"
