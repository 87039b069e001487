"""Keyboard use in every window: unique mnemonics, Tab order that follows what is on screen,
Tab out of tables and date fields, the checklist's keys shown."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QWidget,
)
from window_catalog import every_dialog

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic the user can press in ``window`` now."""
    found = []

    def add(text: str) -> None:
        for letter in MNEMONIC.findall(text.replace("&&", "")):
            found.append((letter.upper(), text))

    menubar = window.menuBar() if hasattr(window, "menuBar") else None
    if menubar is not None:
        for action in menubar.actions():
            add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in mnemonics(window):
        by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, from the first, once round."""
    takes_tab = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]
    if not takes_tab:
        return []
    chain, widget = [], takes_tab[0]
    for _ in range(len(window.findChildren(QWidget)) + 2):
        if widget in takes_tab and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is takes_tab[0]:
            break
    # The chain is a cycle: read it from the widget at the top left (where Tab starts).
    # Widgets whose tops are within a few pixels start one line, read left to right.
    first = min(chain, key=lambda w: (rect_in(window, w).top() // 10, rect_in(window, w).left()))
    start = chain.index(first)
    return chain[start:] + chain[:start]


def backward_jumps(window: QWidget) -> list[str]:
    """Tab steps that go up and to the left (against the reading order)."""
    chain = tab_chain(window)
    bad = []
    for before, after in zip(chain, chain[1:], strict=False):
        a, b = rect_in(window, before), rect_in(window, after)
        if b.bottom() < a.top() and b.right() < a.left():
            bad.append(
                f"{before.objectName() or type(before).__name__} -> "
                f"{after.objectName() or type(after).__name__}"
            )
    return bad


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_tab_of_the_main_window_has_unique_mnemonics_and_tab_order(
    qtbot, main_window, translations, language
):
    translations.apply(language)
    main_window.resize(1366, 740)
    problems = {}
    for index in range(main_window.ui.tabs.count()):
        main_window.ui.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        title = main_window.ui.tabs.tabText(index)
        if clash := clashes(main_window):
            problems[f"{title}: mnemonics"] = clash
        if jumps := backward_jumps(main_window.ui.tabs.currentWidget()):
            problems[f"{title}: tab order"] = jumps
    assert problems == {}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_dialog_has_unique_mnemonics_and_tab_order(
    qtbot, main_window, tmp_path, translations, language
):
    translations.apply(language)
    problems = {}
    for name, dialog in every_dialog(main_window.database, main_window, tmp_path):
        dialog.show()
        QApplication.processEvents()
        if clash := clashes(dialog):
            problems[f"{name}: mnemonics"] = clash
        if jumps := backward_jumps(dialog):
            problems[f"{name}: tab order"] = jumps
    assert problems == {}


def test_tab_and_ctrl_tab_leave_the_unit_list(qtbot, main_window):
    from dudao_desktop.ui.tabs.units_tab import UnitsTab

    units = main_window.tab(UnitsTab)
    tabs = main_window.ui.tabs
    tabs.setCurrentWidget(units)
    main_window.activateWindow()
    view = units.ui.unitsView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    row = view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # arrows still move in the list
    assert view.currentIndex().row() == row + 1
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not view and not view.isAncestorOf(focused)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    index = tabs.currentIndex()
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == index + 1


def test_tab_leaves_the_interview_date_and_typing_lands_in_the_next_field(
    qtbot, main_window, demo_db
):
    from sqlalchemy import select

    from dudao_desktop.model import Unit
    from dudao_desktop.ui.interview_dialog import InterviewDialog

    with demo_db.Session() as s:
        unit_id = s.scalars(select(Unit.id)).first()
    dialog = InterviewDialog(demo_db, unit_id, None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    date_edit = dialog.ui.heldOnEdit
    date_edit.setFocus()
    qtbot.waitUntil(date_edit.hasFocus)
    before = date_edit.date()
    qtbot.keyClick(date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.placeEdit
    qtbot.keyClicks(QApplication.focusWidget(), "meeting room")
    assert dialog.ui.placeEdit.text() == "meeting room" and date_edit.date() == before
    qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is date_edit
