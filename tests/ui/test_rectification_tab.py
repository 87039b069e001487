"""The rectification tab: a 100,000-row paged view, and the status path through the widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from unit_typing import choose_unit, type_text

from dudao_desktop.model import Problem
from dudao_desktop.services import ledger_bulk, problems
from dudao_desktop.ui.table_model import BATCH, SORT_ROLE
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab


def status_of(database, problem_id: str) -> str:
    with database.Session() as s:
        return s.get(Problem, problem_id).status


@pytest.fixture
def big_tab(qtbot, office_db):
    ledger_bulk.bulk_problems(office_db, 100_000)
    tab = RectificationTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.mark.bulk_data  # 100,000 rows loaded past the change log
def test_100000_rows_open_sort_and_filter_fetching_only_batches(big_tab):
    tab = big_tab
    model = tab.problems
    assert model.total_count == 100_000
    # Only the first batch is held; each query read at most one batch of rows.
    assert model.fetched_count == BATCH
    assert model.listing.rows_read == BATCH * model.listing.queries <= 3 * BATCH
    deadline = model.listing.column_index("deadline")
    # Sort by deadline through the header, as a user clicks it.
    tab.ui.problemsView.sortByColumn(deadline, Qt.SortOrder.DescendingOrder)
    values = [model.index(r, deadline).data(SORT_ROLE) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    assert model.fetched_count == BATCH
    # Filter by status with the combo.
    combo = tab.ui.statusCombo
    combo.setCurrentIndex(combo.findData("notified"))
    listing = model.listing
    status = listing.column_index("status")
    assert 15_000 < model.total_count < 25_000
    assert {model.index(r, status).data(SORT_ROLE) for r in range(model.rowCount())} == {"notified"}
    assert model.fetched_count == BATCH and listing.rows_read == BATCH
    model.fetchMore()
    assert model.fetched_count == 2 * BATCH and listing.rows_read == 2 * BATCH
    assert "problems" in tab.ui.countLabel.text()


@pytest.fixture
def small_tab(qtbot, office_db, message_boxes):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
    from ledger_fixtures import make_campaign, make_problem, make_unit

    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    problem = make_problem(
        office_db, unit, "擅自增设内设机构", date(2030, 12, 31), campaign_id=campaign
    )
    tab = RectificationTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.select_problem(problem)
    return tab, office_db, problem, message_boxes


def test_status_path_through_the_widgets(qtbot, small_tab):
    tab, database, problem, boxes = small_tab
    detail = tab.detail
    assert detail.problem_id == problem
    # Skipping a step is refused with a message, and nothing changes.
    qtbot.mouseClick(detail.ui.rectifiedButton, Qt.MouseButton.LeftButton)
    assert boxes.shown and "skipped" in boxes.shown[-1][1]
    qtbot.mouseClick(detail.ui.verifiedButton, Qt.MouseButton.LeftButton)
    assert "look-back" in boxes.shown[-1][1]
    assert status_of(database, problem) == "identified"
    # identified → notified only by issuing the letter (preview, then Issue).
    qtbot.mouseClick(detail.ui.issueLetterButton, Qt.MouseButton.LeftButton)
    dialog = detail.letter_dialog
    assert "昌河市自然资源局" in dialog.ui.previewBrowser.toPlainText()
    assert "擅自增设内设机构" in dialog.ui.previewBrowser.toPlainText()
    # A feedback letter needs the unit's grade confirmed first: refused with a message.
    qtbot.mouseClick(dialog.ui.issueButton, Qt.MouseButton.LeftButton)
    assert "not confirmed" in boxes.shown[-1][1]
    assert status_of(database, problem) == "identified"
    from dudao_desktop.model import Inspection
    from dudao_desktop.services import procedure, users

    with database.Session() as s:
        inspection = s.query(Inspection).one()
    users.add_user(database, "王组长", "group_leader")
    users.sign_in(database, "王组长")
    procedure.confirm_grade(database, inspection.id, "good")
    qtbot.mouseClick(dialog.ui.issueButton, Qt.MouseButton.LeftButton)
    assert status_of(database, problem) == "notified"
    assert detail.problem_id == problem and detail.ui.statusValue.text() == "Notified"
    # The unit's plan, saved from the editor.
    detail.ui.rectificationPlanEdit.setPlainText("年底前撤销")
    qtbot.mouseClick(detail.ui.rectifyingButton, Qt.MouseButton.LeftButton)
    assert status_of(database, problem) == "rectifying"
    assert problems.problem_details(database, problem)["rectification_plan"] == "年底前撤销"
    qtbot.mouseClick(detail.ui.rectifiedButton, Qt.MouseButton.LeftButton)
    assert status_of(database, problem) == "rectified"
    # verified only by a look-back, which needs its result written down.
    count = len(boxes.shown)
    qtbot.mouseClick(detail.ui.verifiedButton, Qt.MouseButton.LeftButton)
    assert len(boxes.shown) == count + 1 and status_of(database, problem) == "rectified"
    detail.ui.lookbackResultEdit.setPlainText("已撤销，门牌已更换")
    qtbot.mouseClick(detail.ui.verifiedButton, Qt.MouseButton.LeftButton)
    assert status_of(database, problem) == "verified"
    assert detail.ui.statusValue.text() == "Verified at look-back"
    status = tab.problems.listing.column_index("status")
    assert tab.problems.index(0, status).data(SORT_ROLE) == "verified"


def test_saved_filters_come_back(small_tab):
    tab, *_ = small_tab
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("rectified"))
    tab.ui.overdueCheck.setChecked(True)
    tab.save_filter("逾期已整改")
    assert tab.problems.total_count == 0
    tab.ui.statusCombo.setCurrentIndex(0)
    tab.ui.overdueCheck.setChecked(False)
    assert tab.problems.total_count == 1
    fresh = RectificationTab(tab.database)
    combo = fresh.ui.savedFilterCombo
    index = combo.findData("逾期已整改")
    assert index > 0
    fresh.load_saved_filter(index)
    assert fresh.ui.statusCombo.currentData() == "rectified"
    assert fresh.ui.overdueCheck.isChecked() and fresh.problems.total_count == 0
    fresh.deleteLater()


def test_evidence_response_and_letters_through_workers(qtbot, small_tab, tmp_path):
    from pypdf import PdfReader

    from dudao_desktop.model import Evidence, Suggestion
    from dudao_desktop.services import suggestions

    tab, database, problem, _boxes = small_tab
    detail = tab.detail
    # Evidence of rectification, stored through the evidence service in a worker.
    photo = tmp_path / "门牌更换照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    task = detail.attach_evidence([photo])
    assert task is not None
    qtbot.waitUntil(lambda: detail.ui.evidenceList.count() == 1, timeout=10000)
    assert detail.ui.evidenceList.item(0).text() == "门牌更换照片"
    with database.Session() as s:
        [row] = s.query(Evidence).filter_by(problem_id=problem).all()
        assert row.original_name == "门牌更换照片.jpg"
    # The suggestion's response, edited beside the list.
    unit_id = problems.problem_details(database, problem)["unit_id"]
    suggestion = suggestions.add_suggestion(
        database, unit_id=unit_id, text="加强编制培训", category="structure"
    )
    tab.refresh()
    # On this small window the suggestions start folded away: drag their handle open.
    assert not tab.ui.suggestionsGroup.isEnabled()
    sizes = tab.ui.splitter.sizes()
    tab.ui.splitter.moveSplitter(sizes[0] + sizes[1] - 150, 2)
    tab.ui.suggestionsView.selectRow(0)
    assert tab.ui.saveResponseButton.isEnabled()
    tab.ui.responseEdit.setPlainText("已纳入年度培训计划")
    qtbot.mouseClick(tab.ui.saveResponseButton, Qt.MouseButton.LeftButton)
    with database.Session() as s:
        assert s.get(Suggestion, suggestion).response == "已纳入年度培训计划"
    response = tab.suggestions.listing.column_index("response")
    assert tab.suggestions.index(0, response).data() == "已纳入年度培训计划"
    # Every unit's letter printed to one PDF in a worker.
    out = tmp_path / "letters.pdf"
    task = tab.print_letters(out)
    done = []
    task.done.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done) or out.exists() and out.stat().st_size > 0, timeout=20000)
    qtbot.waitUntil(lambda: task.result is not None, timeout=20000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "昌河市自然资源局" in text and "擅自增设内设机构" in text
    # The unit and department filters narrow the ledger.
    choose_unit(qtbot, tab.ui.unitCombo, "自然资源")
    assert tab.ui.unitCombo.currentData() == unit_id
    assert tab.problems.total_count == 1


def visible_rows(view) -> int:
    """Whole rows the table shows without scrolling."""
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_ledger_list_shows_eight_rows_on_a_1024_by_600_screen(
    qtbot, main_window, translations, language
):
    """The list takes most of the height (the detail and the suggestions below it are
    scrolled or dragged open); a height the user drags it to is kept for next time."""
    translations.apply(language)
    main_window.showNormal()
    main_window.setGeometry(0, 0, 1024, 600)
    tab = main_window.tab_named("RectificationTab")
    main_window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.isVisible() and visible_rows(tab.ui.problemsView) >= 8)
    assert tab.problems.rowCount() > 8
    assert (
        tab.ui.problemsView.rowAt(0) == 0
        and tab.ui.problemsView.rowAt(
            7 * tab.ui.problemsView.verticalHeader().defaultSectionSize() + 2
        )
        == 7
    )
    # The user gives the detail more room; the next window opens with the same split.
    sizes = tab.ui.splitter.sizes()
    moved = [sizes[0] - 60, sizes[1] + 60, sizes[2]]
    tab.ui.splitter.setSizes(moved)
    main_window.close()
    from dudao_desktop.ui.main_window import MainWindow

    again = MainWindow(main_window.database, translations)
    qtbot.addWidget(again)
    again.show()
    again.setGeometry(0, 0, 1024, 600)
    tab = again.tab_named("RectificationTab")
    again.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.isVisible())
    qtbot.wait(50)
    assert tab.ui.splitter.sizes() == moved


def test_the_unit_filter_finds_units_by_what_is_typed_and_filters_the_ledger(qtbot, small_tab):
    from ledger_fixtures import make_problem, make_unit

    tab, database, first, _boxes = small_tab
    water = make_unit(database, "昌河市水利局", "113707990000000002")
    forestry = make_unit(database, "昌河市林业局", "113707990000000003")
    make_problem(database, water, "超编进人", date(2030, 6, 30))
    make_problem(database, forestry, "超职数配备领导", date(2030, 6, 30))
    tab.refresh()
    combo = tab.ui.unitCombo
    # The filter holds no list of every unit: only "All units" until one is chosen.
    assert [combo.itemText(i) for i in range(combo.count())] == ["All units"]
    assert tab.problems.total_count == 3
    # Typing part of a name proposes the units that contain it, and only those.
    edit = combo.lineEdit()
    edit.setFocus()
    edit.selectAll()  # typing replaces "All units"
    type_text(edit, "水利")
    proposed = edit.completer().completionModel()
    assert [proposed.index(r, 0).data() for r in range(proposed.rowCount())] == ["昌河市水利局"]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, "昌河市")
    assert proposed.rowCount() == 3
    # The code finds its unit too; choosing it filters the ledger.
    choose_unit(qtbot, combo, "0000000003")
    assert combo.currentData() == forestry and combo.currentText() == "昌河市林业局"
    assert tab.problems.total_count == 1
    description = tab.problems.listing.column_index("description")
    assert tab.problems.index(0, description).data() == "超职数配备领导"
    # A whole name typed and confirmed with Enter chooses that unit as well.
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, "昌河市水利局")
    edit.completer().popup().hide()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert combo.currentData() == water and tab.problems.total_count == 1
    # Emptying the field shows every unit again.
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert combo.currentData() is None and tab.problems.total_count == 3
    # A saved filter naming a unit brings that unit back in a freshly opened tab.
    choose_unit(qtbot, combo, "水利")
    tab.save_filter("水利局")
    fresh = RectificationTab(database)
    qtbot.addWidget(fresh)
    fresh.load_saved_filter(fresh.ui.savedFilterCombo.findData("水利局"))
    assert fresh.ui.unitCombo.currentData() == water
    assert fresh.ui.unitCombo.currentText() == "昌河市水利局"
    assert fresh.problems.total_count == 1
