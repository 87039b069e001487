"""Qt's own dialogs (file dialogs, message box buttons) speak Chinese with the Chinese UI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_qt_file_dialog_strings_are_chinese(translations):
    translations.apply("zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    translations.apply("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
