"""Columns fit their content up to a maximum, and the widths a user drags are kept."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from dudao_desktop.ui.column_widths import MAXIMUM, SAMPLE_ROWS, ColumnMemory, fit_columns


def table(qtbot) -> QTableView:
    model = QStandardItemModel(3, 3)
    texts = ["短", "市委机构编制委员会办公室所属事业单位" * 6, "2026-03-01"]
    for row in range(3):
        for column, text in enumerate(texts):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setObjectName("demoView")
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    return view


def test_columns_fit_their_content_up_to_the_maximum(qtbot):
    view = table(qtbot)
    view.setColumnWidth(2, 20)
    fit_columns(view)
    assert view.columnWidth(1) == MAXIMUM
    metrics = view.fontMetrics()
    assert view.columnWidth(2) >= metrics.horizontalAdvance("2026-03-01")
    assert view.columnWidth(0) < 120


def test_dragged_widths_are_remembered_per_table(qtbot):
    view = table(qtbot)
    ColumnMemory(view, "columns/Test/demoView")
    fit_columns(view)
    header = view.horizontalHeader()
    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 150, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 150, y))
    dragged = view.columnWidth(0)
    assert dragged > 120
    # A reload fits the columns again, but the user's width stays; a new table gets it too.
    fit_columns(view)
    assert view.columnWidth(0) == dragged
    again = table(qtbot)
    ColumnMemory(again, "columns/Test/demoView")
    fit_columns(again)
    assert again.columnWidth(0) == dragged


def test_columns_are_fitted_to_the_first_rows_not_to_every_row(qtbot):
    model = QStandardItemModel(SAMPLE_ROWS + 40, 2)
    for row in range(model.rowCount()):
        model.setItem(row, 0, QStandardItem("短"))
        model.setItem(row, 1, QStandardItem("昌河市"))
    # A long text far below the first screen does not widen its column.
    model.setItem(SAMPLE_ROWS + 30, 0, QStandardItem("市委机构编制委员会办公室所属事业单位"))
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fit_columns(view)
    long_text = view.fontMetrics().horizontalAdvance("市委机构编制委员会办公室所属事业单位")
    assert view.columnWidth(0) < long_text
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance("昌河市")


def test_a_ledger_tab_opens_with_the_stored_widths(main_window):
    from dudao_desktop.ui import settings as keys
    from dudao_desktop.ui.tabs.rectification_tab import RectificationTab

    key = "columns/RectificationTab/problemsView"
    keys.settings().setValue(key, json.dumps({"0": 211, "3": 97}))
    tab = main_window.tab(RectificationTab)
    view = tab.ui.problemsView
    assert (view.columnWidth(0), view.columnWidth(3)) == (211, 97)
    # Loading other rows (a filter) keeps them; the other columns were fitted.
    tab.ui.overdueCheck.setChecked(True)
    assert (view.columnWidth(0), view.columnWidth(3)) == (211, 97)
    assert 0 < view.columnWidth(1) <= MAXIMUM
