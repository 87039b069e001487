"""Small dialogs of the main window: settings and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from .. import __version__
from ..paths import resource
from .forms.ui_AboutDialog import Ui_AboutDialog
from .forms.ui_SettingsDialog import Ui_SettingsDialog
from .settings import LANGUAGE, LANGUAGE_CHOICES, language_setting, settings


class SettingsDialog(QDialog):
    """Language (system, English, 简体中文), stored in QSettings; emits ``language_chosen``."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.fill_languages()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.accepted.connect(self.save)
        self.database_page = None
        if data_dir is not None:  # where the open data folder's database lives
            from .database_settings import DatabaseSettingsPage

            self.database_page = DatabaseSettingsPage(data_dir, self)
            self.ui.verticalLayout.insertWidget(2, self.database_page)
            self.accepted.connect(self.database_page.save)

    def fill_languages(self) -> None:
        combo = self.ui.languageCombo
        chosen = combo.currentData() or language_setting()
        combo.clear()
        # Each language is named in itself so a user can find theirs whatever is shown now.
        names = {"system": self.tr("System language"), "en": "English", "zh_CN": "简体中文"}
        for key in LANGUAGE_CHOICES:
            combo.addItem(names[key], key)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def save(self) -> None:
        value = self.ui.languageCombo.currentData()
        settings().setValue(LANGUAGE, value)
        self.language_chosen.emit(value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.fill_languages()
        super().changeEvent(event)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("Version {0}").format(__version__))
        licence = resource("fonts", "LICENSE-wqy-microhei.txt")
        try:
            text = licence.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = str(licence)
        self.ui.fontLicenceText.setPlainText(text)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
