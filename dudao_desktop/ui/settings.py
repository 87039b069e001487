"""The application's QSettings and the keys stored in it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "dudao"
APPLICATION = "dudao-desktop"

LANGUAGE = "language"  # "system", "en" or "zh_CN"
LANGUAGE_CHOICES = ("system", "en", "zh_CN")
GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
CURRENT_TAB = "main_window/current_tab"
LAST_DATA_DIR = "main_window/last_data_dir"
FONT_DIR = "documents/font_dir"  # the office's fonts for official documents


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def language_setting() -> str:
    value = str(settings().value(LANGUAGE, "system") or "system")
    return value if value in LANGUAGE_CHOICES else "system"
