"""Installing the translators: ours (``dudao_zh_CN.qm``) and Qt's own (``qtbase_zh_CN.qm``)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n
from ..paths import resource

log = logging.getLogger(__name__)


def resolve(setting: str) -> str:
    """The language to show for a setting: "en", "zh_CN", or the system's for "system"."""
    if setting in i18n.LANGUAGES:
        return setting
    return i18n.system_language()


class Translations:
    """Keeps the installed translators so a language change can replace them live."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, setting: str) -> str:
        """Switch to ``setting`` ("system", "en" or "zh_CN"); widgets get LanguageChange."""
        language = resolve(setting)
        i18n.set_language(setting if setting in i18n.LANGUAGES else "")
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = []
        self.language = language
        QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
        if language == "en":
            return language
        ours = QTranslator(self.app)
        path = resource("translations", f"dudao_{language}.qm")
        if ours.load(str(path)):
            self.app.installTranslator(ours)
            self.translators.append(ours)
        else:
            log.warning("Translation %s not found", path)
        qt = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            self.app.installTranslator(qt)
            self.translators.append(qt)
        return language
