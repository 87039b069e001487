"""Small dialogs of the main window: settings and About."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import __version__
from ..paths import resource
from .forms.ui_AboutDialog import Ui_AboutDialog
from .forms.ui_SettingsDialog import Ui_SettingsDialog
from .settings import FONT_DIR, LANGUAGE, LANGUAGE_CHOICES, language_setting, settings
from .window_fit import Dialog


class SettingsDialog(Dialog):
    """Language (system, English, 简体中文) and the folder of the office's fonts for official
    documents, stored in QSettings; emits ``language_chosen``. The dialog lists which font
    prints each face and which ones stand in for a missing office font."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.fill_languages()
        self.initial_font_dir = os.environ.get("DUDAO_FONT_DIR", "")
        self.ui.fontDirEdit.setText(str(settings().value(FONT_DIR, "") or self.initial_font_dir))
        self.ui.fontDirButton.clicked.connect(self.choose_font_dir)
        self.ui.fontDirEdit.editingFinished.connect(self.show_fonts)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.accepted.connect(self.save)
        self.rejected.connect(lambda: self.use_font_dir(self.initial_font_dir))
        self.show_fonts()
        self.database_page = None
        if data_dir is not None:  # where the open data folder's database lives
            from .database_settings import DatabaseSettingsPage

            self.database_page = DatabaseSettingsPage(data_dir, self)
            self.ui.verticalLayout.insertWidget(2, self.database_page)
            self.accepted.connect(self.database_page.save)

    def choose_font_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with the office's fonts"), self.ui.fontDirEdit.text()
        )
        if folder:
            self.ui.fontDirEdit.setText(folder)
            self.show_fonts()

    @staticmethod
    def use_font_dir(folder: str) -> None:
        from ..documents import fonts

        if folder:
            os.environ["DUDAO_FONT_DIR"] = folder
        else:
            os.environ.pop("DUDAO_FONT_DIR", None)
        fonts.configure(font_dir=folder or None)

    def show_fonts(self) -> None:
        """Which font prints each face of official documents with the folder as it stands."""
        from ..documents import fonts

        folder = self.ui.fontDirEdit.text().strip()
        if folder and not os.path.isdir(folder):
            self.ui.fontsLabel.setText(self.tr("The folder {0} does not exist.").format(folder))
            return
        self.use_font_dir(folder)
        lines = []
        for role, name in fonts.FACES.items():
            face = fonts.face(role)
            state = (
                self.tr("office font")
                if face.proper
                else self.tr("stand-in (no office font found)")
            )
            lines.append(f"{name}: {face.family} — {state}")
        self.ui.fontsLabel.setText("\n".join(lines))

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
        folder = self.ui.fontDirEdit.text().strip()
        settings().setValue(FONT_DIR, folder if os.path.isdir(folder) else "")
        self.use_font_dir(folder if os.path.isdir(folder) else "")
        self.language_chosen.emit(value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.fill_languages()
            self.show_fonts()
        super().changeEvent(event)


class AboutDialog(Dialog):
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
