"""The units tab: filters by procedure step and by warnings, the unit detail (problems of all
years, inspections), self-assessment workbooks from the GUI, the progress overview."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from dudao_desktop.services import selfassessment, warnings
from dudao_desktop.ui.selfassessment_actions import (
    ProgressModel,
    export_workbooks,
    import_workbooks,
    show_progress_overview,
)
from dudao_desktop.ui.tabs.units_tab import UnitsTab


def ids(database, sql: str, **params) -> set[str]:
    with database.Session() as s:
        return {r[0] for r in s.execute(text(sql), params)}


def shown(model) -> set[str]:
    model.fetch_all()
    return {model.record_id(r) for r in range(model.rowCount())}


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def make_tab(qtbot, database) -> UnitsTab:
    tab = UnitsTab(database)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    return tab


def test_filter_units_by_procedure_step(qtbot, demo_db):
    tab = make_tab(qtbot, demo_db)
    all_units = tab.model.total_count
    campaign = tab.campaign_id
    for step in ("on_site", "evaluation"):
        expected = ids(
            demo_db,
            "SELECT unit_id FROM inspection WHERE campaign_id = :c AND deleted = 0 AND step = :s",
            c=campaign,
            s=step,
        )
        choose(tab.ui.stepCombo, step)
        assert expected and shown(tab.model) == expected
        assert tab.ui.countLabel.text().startswith(str(len(expected)))
    # Combined with the group filter: the intersection.
    group_id = tab.ui.groupCombo.itemData(1)
    choose(tab.ui.groupCombo, group_id)
    in_group = ids(
        demo_db, "SELECT unit_id FROM assignment WHERE group_id = :g AND deleted = 0", g=group_id
    )
    assert shown(tab.model) == expected & in_group
    choose(tab.ui.stepCombo, None)
    choose(tab.ui.groupCombo, None)
    assert tab.model.total_count == all_units


def test_filter_units_by_warnings(qtbot, demo_db):
    warnings.recompute(demo_db)
    tab = make_tab(qtbot, demo_db)
    open_sql = (
        "SELECT unit_id FROM warning WHERE deleted = 0 AND cleared_on IS NULL AND "
        "unit_id IS NOT NULL"
    )
    expected = ids(demo_db, open_sql)
    assert expected
    choose(tab.ui.warningCombo, "any")
    assert shown(tab.model) == expected
    rule = tab.ui.warningCombo.itemData(2)
    choose(tab.ui.warningCombo, rule)
    assert shown(tab.model) == ids(demo_db, open_sql + " AND rule = :r", r=rule)
    # The detail of a warned unit names its warning.
    tab.ui.unitsView.selectRow(0)
    assert tab.ui.warningsValue.text() != "none"


def test_unit_detail_shows_problems_of_all_years_and_inspections(qtbot, demo_db):
    unit_id = next(
        iter(
            ids(
                demo_db,
                "SELECT unit_id FROM problem WHERE deleted = 0 GROUP BY "
                "unit_id ORDER BY COUNT(*) DESC LIMIT 1",
            )
        )
    )
    tab = make_tab(qtbot, demo_db)
    tab.show_unit(unit_id)
    problems = ids(demo_db, "SELECT id FROM problem WHERE unit_id = :u AND deleted = 0", u=unit_id)
    assert shown(tab.detail.problems) == problems
    inspections = ids(
        demo_db, "SELECT id FROM inspection WHERE unit_id = :u AND deleted = 0", u=unit_id
    )
    assert shown(tab.detail.inspections) == inspections
    assert str(len(problems)) in tab.ui.detailTabs.tabText(1)
    assert "/" in tab.ui.postsValue.text() and tab.ui.establishmentValue.text()


def test_self_assessment_workbooks_from_the_gui(qtbot, demo_db, tmp_path):
    from openpyxl import load_workbook

    tab = make_tab(qtbot, demo_db)
    group_id = tab.ui.groupCombo.itemData(1)
    group_units = ids(
        demo_db, "SELECT unit_id FROM assignment WHERE group_id = :g AND deleted = 0", g=group_id
    )
    task = export_workbooks(
        tab, demo_db, tab.campaign_id, group_id=group_id, out_dir=tmp_path / "out", dialog=False
    )
    qtbot.waitUntil(lambda: task.result is not None, timeout=120000)
    files = sorted((tmp_path / "out").glob("*.xlsx"))
    assert len(files) == len(group_units)
    # Fill one answer in the workbook of a unit whose record is not locked; import the folder.
    open_uscc = ids(
        demo_db,
        "SELECT u.uscc FROM unit u JOIN inspection i ON i.unit_id = u.id "
        "WHERE i.campaign_id = :c AND i.locked = 0",
        c=tab.campaign_id,
    )
    filled = next(f for f in files if f.name.split("_")[0] in open_uscc)
    wb = load_workbook(filled)
    ws = wb.worksheets[0]
    item_rows = [
        int(r[1])
        for r in wb[selfassessment.IDENTITY_SHEET].iter_rows(values_only=True)
        if r[0] == "item"
    ]
    ws.cell(item_rows[0], selfassessment.ANSWER_COLUMN).value = "不适用"
    wb.save(filled)
    task = import_workbooks(tab, demo_db, tab.campaign_id, tmp_path / "out", dialog=False)
    qtbot.waitUntil(lambda: task.result is not None, timeout=120000)
    report = tab.selfassessment_report
    assert report.model.rowCount() == len(files)
    by_file = {r.file: r for r in task.result}
    assert by_file[filled.name].applied and by_file[filled.name].changed >= 1
    # Only units whose grade is confirmed (locked) are refused, each with its reason.
    for r in task.result:
        assert not r.refused or "locked" in r.findings[0].message
    item_id = [
        r[2]
        for r in wb[selfassessment.IDENTITY_SHEET].iter_rows(values_only=True)
        if r[0] == "item"
    ][0]
    assert ids(
        demo_db,
        "SELECT a.self_value FROM answer a WHERE a.item_id = :i AND "
        "a.inspection_id IN (SELECT i.id FROM inspection i JOIN unit u ON "
        "u.id = i.unit_id WHERE u.uscc = :u)",
        i=item_id,
        u=filled.name.split("_")[0],
    ) == {"na"}
    assert "imported" in report.ui.summaryLabel.text()


def test_progress_overview_per_group_and_step(qtbot, demo_db):
    tab = make_tab(qtbot, demo_db)
    dialog = show_progress_overview(tab, demo_db, tab.campaign_id)
    qtbot.addWidget(dialog)
    model: ProgressModel = dialog.model
    groups = ids(
        demo_db,
        "SELECT id FROM inspection_group WHERE campaign_id = :c AND deleted = 0",
        c=tab.campaign_id,
    )
    assert model.rowCount() == len(groups) + 1  # and the total row
    total = model.rows[-1]
    assert total.units == len(
        ids(
            demo_db,
            "SELECT unit_id FROM assignment WHERE campaign_id = :c AND deleted = 0",
            c=tab.campaign_id,
        )
    )
    closed_self = len(
        ids(
            demo_db,
            "SELECT unit_id FROM inspection WHERE campaign_id = :c AND "
            "deleted = 0 AND step != 'self_assessment'",
            c=tab.campaign_id,
        )
    )
    assert total.done["self_assessment"] == closed_self


def test_roster_and_template_actions_are_in_the_menus(main_window):
    units = main_window.tab(UnitsTab)
    file_texts = [a.text() for a in main_window.file_menu.actions()]
    assert units.actions.import_roster.text() in file_texts
    tools_texts = [a.text() for a in main_window.tools_menu.actions()]
    assert units.actions.templates.text() in tools_texts
    dialog = units.actions.open_roster_import()
    assert dialog.isVisible()
    dialog.reject()


def test_file_menu_saves_a_blank_roster_template(qtbot, main_window, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from dudao_desktop.services.roster_fields import CHECK_FIELDS, FIELDS, field_label
    from dudao_desktop.ui import file_dialogs, roster_import_dialog

    offered, shown = [], []

    def save_dialog(_parent, _caption, start, _filters):
        offered.append(Path(start).name)
        return str(tmp_path / "template"), ""

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        roster_import_dialog.QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text: shown.append(text)),
    )
    main_window.build_menu_tabs()
    action = next(
        a for a in main_window.file_menu.actions() if a.text() == "Blank roster template…"
    )
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    target = tmp_path / "template.xlsx"
    assert offered == ["Unit roster template.xlsx"]
    assert str(target) in shown[0]
    sheet = load_workbook(target).active
    assert sheet.max_row == 2  # title and headers, no units
    exported = [f for f in FIELDS if f.key not in CHECK_FIELDS]
    assert [c.value for c in sheet[2]][: len(exported)] == [field_label(f.key) for f in exported]
