"""The main window on the demo campaign: six tabs with real records, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dudao_desktop.services.units import UnitListing
from dudao_desktop.ui.table_model import BATCH, ID_ROLE, SORT_ROLE
from dudao_desktop.ui.tabs.approvals_tab import ApprovalsTab
from dudao_desktop.ui.tabs.evidence_tab import EvidenceTab
from dudao_desktop.ui.tabs.information_tab import InformationTab
from dudao_desktop.ui.tabs.plan_tab import PlanTab
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab
from dudao_desktop.ui.tabs.units_tab import UnitsTab


def type_text(widget, text: str) -> None:
    """Type like a person (or an input method) would: one key event per character.

    QTest.keyClicks aborts on characters outside Latin-1, hence plain key events.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_six_tabs_with_real_records(main_window):
    tabs = main_window.ui.tabs
    six = [PlanTab, UnitsTab, EvidenceTab, ApprovalsTab, RectificationTab, InformationTab]
    shown = [type(t) for t in main_window.tabs if type(t) in six]
    assert shown == six  # the six tabs of DESIGN.md, in order (a dashboard may come first)
    assert tabs.count() == len(main_window.tabs) >= 6
    titles = [tabs.tabText(tabs.indexOf(main_window.tab(cls))) for cls in six]
    assert titles == [
        "Campaign plan",
        "Units and checklist",
        "On-site evidence",
        "Matter approval ledger",
        "Rectification ledger",
        "Information data ledger",
    ]
    plan = main_window.tab(PlanTab)
    assert plan.ui.nameValue.text() == "2026年全市机关事业单位机构编制大督导活动"
    assert plan.milestones.total_count == 7
    assert plan.groups.total_count == 5
    assert "420" in plan.ui.summaryValue.text()
    leader = plan.groups.index(0, 2).data()
    members = plan.groups.index(0, 3).data()
    assert leader and len(members.split("、")) == 4
    assert main_window.tab(ApprovalsTab).model.total_count == 12
    rectification = main_window.tab(RectificationTab)
    assert rectification.problems.total_count > 0
    year = rectification.problems.listing.column_index("year")
    assert rectification.problems.index(0, year).data(SORT_ROLE) >= 2013
    information = main_window.tab(InformationTab)
    # One snapshot per unit: the 420 active ones and the 3 revoked this year (their history).
    assert information.snapshots.total_count == 423
    assert information.blacklist.total_count == 2


def test_units_model_reports_420_units_and_fetches_incrementally(main_window, demo_db):
    units = main_window.tab(UnitsTab)
    model = units.model
    assert model.total_count == 420
    assert UnitListing(demo_db).count() == 420
    # Only the first batch is loaded when the tab opens.
    assert model.fetched_count == BATCH == model.rowCount()
    assert model.canFetchMore()
    model.fetchMore()
    assert model.fetched_count == 2 * BATCH
    model.fetch_all()
    assert model.rowCount() == 420
    assert not model.canFetchMore()
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}
    assert len(ids) == 420
    assert "420" in units.ui.countLabel.text()


def test_search_box_filters_as_you_type(main_window, qtbot):
    units = main_window.tab(UnitsTab)
    main_window.ui.tabs.setCurrentWidget(units)
    model = units.model
    type_text(units.ui.searchEdit, "卫生")
    qtbot.waitUntil(lambda: model.filter_text == "卫生", timeout=3000)
    model.fetch_all()
    assert 0 < model.rowCount() < 420
    assert model.total_count == model.rowCount()
    names = [model.index(r, UnitListing.NAME).data() for r in range(model.rowCount())]
    assert all("卫生" in name for name in names)
    # Clearing the box brings every unit back.
    units.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: model.total_count == 420, timeout=3000)


def test_search_matches_uscc_and_filters_combine(main_window, qtbot):
    units = main_window.tab(UnitsTab)
    model = units.model
    uscc = model.index(5, UnitListing.USCC).data()
    units.ui.searchEdit.setText(uscc)
    units.flush_search()
    assert model.total_count == 1
    assert model.index(0, UnitListing.USCC).data() == uscc
    units.ui.searchEdit.clear()
    units.flush_search()
    combo = units.ui.groupCombo
    combo.setCurrentIndex(1)
    group_name = combo.currentText()
    assert 0 < model.total_count < 420
    model.fetch_all()
    assert {model.index(r, UnitListing.GROUP).data() for r in range(model.rowCount())} == {
        group_name
    }
    kind = units.ui.kindCombo
    kind.setCurrentIndex(kind.findData("agency"))
    assert all(
        model.index(r, UnitListing.KIND).data(SORT_ROLE) == "agency"
        for r in range(model.rowCount())
    )


def test_sorting_happens_in_sql(main_window):
    model = main_window.tab(UnitsTab).model
    model.sort(UnitListing.ACTUAL, Qt.SortOrder.DescendingOrder)
    assert model.fetched_count == BATCH
    first = model.index(0, UnitListing.ACTUAL).data(SORT_ROLE)
    model.fetch_all()
    values = [model.index(r, UnitListing.ACTUAL).data(SORT_ROLE) for r in range(420)]
    assert first == max(values)
    assert values == sorted(values, reverse=True)


def test_selecting_a_unit_shows_its_data_and_checklist(main_window):
    units = main_window.tab(UnitsTab)
    # The first unit is selected when the tab opens.
    assert units.ui.unitNameValue.text() == units.model.index(0, UnitListing.NAME).data()
    view = units.ui.unitsView
    view.selectRow(3)
    name = units.model.index(3, UnitListing.NAME).data()
    assert units.ui.unitNameValue.text() == name
    assert units.ui.groupValue.text().endswith("督导组")
    assert units.checklist_model.total_count >= 40
    assert units.checklist_model.index(0, 0).data()  # item code


def test_status_bar_and_menus(main_window):
    assert "dudao.sqlite3" in main_window.status_database.text()
    assert main_window.status_role.text() == "Role: office"
    assert "大督导活动" in main_window.status_campaign.text()
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&File", "Pr&int", "&Tools", "&Help"]
    assert main_window.print_menu.actions()


def test_menus_are_the_same_whichever_tabs_were_opened(qtbot, demo_db, translations):
    from dudao_desktop.ui import settings as keys
    from dudao_desktop.ui.main_window import MainWindow

    def menu_texts(window) -> list[list[str]]:
        texts = []
        for menu in (window.file_menu, window.print_menu, window.tools_menu):
            menu.aboutToShow.emit()  # what opening the menu does
            texts.append([a.text() for a in menu.actions()])
        return texts

    keys.settings().setValue(keys.CURRENT_TAB, 0)  # the dashboard: the units tab is not built
    first = MainWindow(demo_db, translations)
    qtbot.addWidget(first)
    assert first._built[2] is None
    before = menu_texts(first)
    assert any("roster" in text.lower() for text in before[0])
    keys.settings().setValue(keys.CURRENT_TAB, 2)  # started on the units tab
    second = MainWindow(demo_db, translations)
    qtbot.addWidget(second)
    assert menu_texts(second) == before


def test_ctrl_f_focuses_the_current_tabs_search_box(main_window, qtbot):
    main_window.ui.tabs.setCurrentWidget(main_window.tab(RectificationTab))
    main_window.activateWindow()
    main_window.ui.actionFind.trigger()
    tab = main_window.current_tab()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search_edit, timeout=2000)
    assert main_window.ui.actionFind.shortcut().toString() == "Ctrl+F"


def test_print_current_list_contains_every_row(main_window, qtbot, tmp_path):
    from pypdf import PdfReader

    from dudao_desktop.ui.list_printing import print_table
    from dudao_desktop.ui.pdf_preview import PdfPreview

    information = main_window.tab(InformationTab)
    model = information.models[0]  # the establishment archive: one row per unit
    assert model.total_count > model.rowCount()  # not all fetched: the worker reads them all
    with main_window.database.Session() as s:
        codes = set(
            s.scalars(text("SELECT uscc FROM unit WHERE deleted = 0 AND status = 'active'"))
        )
    assert len(codes) == model.total_count
    task = print_table(main_window, model, information.title())
    qtbot.waitUntil(lambda: main_window.findChild(PdfPreview) is not None, timeout=120000)
    preview = main_window.findChild(PdfPreview)
    printed = "".join(page.extract_text() for page in PdfReader(preview.path).pages)
    printed = printed.replace("\n", "")
    assert sorted(code for code in codes if code not in printed) == []
    assert task.result == preview.path


def test_verify_action_reports_a_sound_database(main_window, qtbot, message_boxes):
    main_window.verify()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10000)
    title, text = message_boxes.shown[0]
    assert title == "Verify database"
    assert "sound" in text


def test_geometry_and_tab_are_kept(main_window, demo_db, qtbot, translations):
    from dudao_desktop.ui.main_window import MainWindow

    main_window.ui.tabs.setCurrentIndex(3)
    main_window.resize(900, 600)
    main_window.close()
    again = MainWindow(demo_db, translations)
    qtbot.addWidget(again)
    assert again.ui.tabs.currentIndex() == 3
