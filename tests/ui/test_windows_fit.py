"""Every top-level window and dialog fits a 1024×600 laptop screen (minus a panel): its
layout's minimum size fits, and placed on that screen it lies wholly inside the available
geometry with its title bar, so every button can be reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit
from window_catalog import dialog_classes, every_dialog, window_factories

from dudao_desktop.ui.window_fit import FRAME_ALLOWANCE, Dialog, fit_to_screen

# A 1024×600 screen with a 30 px panel.
SMALL_SCREEN = QRect(0, 0, 1024, 570)
ROOM = QSize(
    SMALL_SCREEN.width() - FRAME_ALLOWANCE.width(), SMALL_SCREEN.height() - FRAME_ALLOWANCE.height()
)


def too_big(size: QSize) -> bool:
    return size.width() > ROOM.width() or size.height() > ROOM.height()


def test_catalog_has_every_dialog(main_window, tmp_path):
    classes = dialog_classes()
    names = {cls.__name__ for cls in classes}
    assert names == set(window_factories(main_window.database, main_window, tmp_path))
    # Each one fits its screen and remembers its size through the base.
    assert {cls.__name__ for cls in classes if not issubclass(cls, Dialog)} == set()


def test_main_window_fits_with_every_tab(qtbot, main_window):
    for index in range(main_window.ui.tabs.count()):
        main_window.ui.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    wide = {
        tab.title(): (tab.minimumSizeHint().width(), tab.minimumSizeHint().height())
        for tab in main_window.tabs
    }
    minimum = main_window.minimumSizeHint()
    assert not too_big(minimum), (minimum, wide)
    main_window.resize(1600, 1000)
    placed = fit_to_screen(main_window, SMALL_SCREEN)
    assert SMALL_SCREEN.contains(placed)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_dialog_fits_a_small_screen(qtbot, main_window, tmp_path, translations, language):
    translations.apply(language)
    misfits = {}
    for name, dialog in every_dialog(main_window.database, main_window, tmp_path):
        dialog.show()
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        placed = fit_to_screen(dialog, SMALL_SCREEN)
        framed = placed.adjusted(0, 0, FRAME_ALLOWANCE.width(), FRAME_ALLOWANCE.height())
        if too_big(minimum) or not SMALL_SCREEN.contains(framed):
            misfits[name] = (minimum.width(), minimum.height(), placed.getRect())
        # No field squashed below the height its text needs (wrapped labels take room).
        squashed = [
            edit.objectName() or type(edit).__name__
            for edit in dialog.findChildren(QLineEdit)
            if edit.isVisibleTo(dialog)
            and not isinstance(edit.parent(), (QAbstractSpinBox, QComboBox))  # their own parts
            and edit.height() < edit.minimumSizeHint().height()
        ]
        if squashed:
            misfits[f"{name} fields"] = squashed
    assert misfits == {}
