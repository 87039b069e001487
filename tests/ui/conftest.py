"""GUI fixtures: private QSettings, the bundled font, translators reset after each test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from dudao_desktop.app import register_fonts
from dudao_desktop.ui.translation import Translations


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """Each test gets its own empty settings file, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # QSettings(organisation, application) uses the native format: its path is set too.
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    register_fonts(qapp)
    yield
    # No background task may outlive its test (it would touch a closed database).
    QThreadPool.globalInstance().waitForDone(10000)
    qapp.processEvents()


@pytest.fixture
def translations(qapp):
    found = Translations(qapp)
    found.apply("en")
    yield found
    found.apply("en")


@pytest.fixture
def main_window(qtbot, demo_db, translations):
    from dudao_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_db, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


class MessageBoxes:
    """Replaces QMessageBox in a module; records what the user would have seen."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def factory(self):
        shown = self.shown

        class FakeBox:
            Icon = __import__("PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox.Icon
            StandardButton = __import__(
                "PySide6.QtWidgets", fromlist=["QMessageBox"]
            ).QMessageBox.StandardButton

            def __init__(self, _icon, title, text, *_args) -> None:
                self.title, self.text = title, text

            def exec(self) -> int:
                shown.append((self.title, self.text))
                return 0

            @staticmethod
            def information(_parent, title, text, *_args):
                shown.append((title, text))

            @staticmethod
            def warning(_parent, title, text, *_args):
                shown.append((title, text))

        return FakeBox


@pytest.fixture
def message_boxes(monkeypatch):
    boxes = MessageBoxes()
    fake = boxes.factory()
    import dudao_desktop.ui.errors as errors_module
    import dudao_desktop.ui.main_window as main_window_module

    monkeypatch.setattr(errors_module, "QMessageBox", fake)
    monkeypatch.setattr(main_window_module, "QMessageBox", fake)
    return boxes
