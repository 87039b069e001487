"""The dashboard: figures equal independent SQL counts; a click opens exactly those rows."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from dudao_desktop.ui.table_model import ID_ROLE
from dudao_desktop.ui.tabs.dashboard_tab import DashboardTab
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from report_helpers import campaign_id, sql_counts


def shown_ids(model) -> set[str]:
    model.fetch_all()
    return {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())}


def sql_ids(database, where: str, params: dict) -> set[str]:
    with database.Session() as s:
        return set(
            s.execute(
                text(f"SELECT id FROM problem WHERE deleted = 0 AND {where}"), params
            ).scalars()
        )


def test_dashboard_is_first_and_shows_sql_counts(main_window, demo_db):
    dashboard = main_window.tabs[0]
    assert isinstance(dashboard, DashboardTab)
    assert main_window.ui.tabs.tabText(0) == "Dashboard"
    cid = campaign_id(demo_db)
    counts = sql_counts(demo_db, cid)
    assert dashboard.category_chart.values() == counts["problems"]
    assert dashboard.status_chart.values() == counts["status"]
    assert dashboard.ui.coveredCard.text().startswith(f"{counts['covered']} / {counts['roster']}")
    assert dashboard.ui.problemsCard.text().startswith(str(sum(counts["problems"].values())))
    assert sum(dashboard.step_chart.values().values()) == counts["roster"]
    assert sum(dashboard.group_chart.values().values()) == counts["covered"]
    with demo_db.Session() as s:
        blacklisted = s.execute(
            text(
                "SELECT COUNT(DISTINCT unit_id) FROM blacklist_entry "
                "WHERE deleted = 0 AND removed_on IS NULL"
            )
        ).scalar()
    assert dashboard.ui.blacklistCard.text().startswith(str(blacklisted))


def test_clicking_a_category_opens_exactly_those_problems(main_window, demo_db, qtbot):
    dashboard = main_window.tabs[0]
    cid = campaign_id(demo_db)
    chart = dashboard.category_chart
    index = max(range(len(chart.bars)), key=lambda i: chart.bars[i].value)
    key = chart.bars[index].key
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint())
    rectification = main_window.tab(RectificationTab)
    assert main_window.current_tab() is rectification
    expected = sql_ids(demo_db, "campaign_id = :c AND category = :k", {"c": cid, "k": key})
    assert len(expected) == chart.bars[index].value
    assert shown_ids(rectification.problems) == expected


def test_clicking_status_and_overdue_cards(main_window, demo_db, qtbot):
    dashboard = main_window.tabs[0]
    cid = campaign_id(demo_db)
    rectification = main_window.tab(RectificationTab)
    chart = dashboard.status_chart
    index = next(i for i, bar in enumerate(chart.bars) if bar.key == "notified")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint())
    assert shown_ids(rectification.problems) == sql_ids(
        demo_db, "campaign_id = :c AND status = 'notified'", {"c": cid}
    )
    assert rectification.ui.statusCombo.currentData() == "notified"
    dashboard.today = date(2027, 2, 1)
    dashboard.refresh()
    qtbot.mouseClick(dashboard.ui.overdueCard, Qt.MouseButton.LeftButton)
    overdue = sql_ids(
        demo_db,
        "campaign_id = :c AND deadline < '2027-02-01' AND status IN "
        "('identified', 'notified', 'rectifying')",
        {"c": cid},
    )
    assert overdue and shown_ids(rectification.problems) == overdue
    assert dashboard.ui.overdueCard.text().startswith(str(len(overdue)))


def test_pdf_preview_prints_and_saves(qtbot, demo_db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from dudao_desktop.services.supervision_report import write_report
    from dudao_desktop.ui.pdf_preview import preview_pdf

    path = write_report(demo_db, campaign_id(demo_db), tmp_path / "report.pdf")
    preview = preview_pdf(None, path)
    qtbot.addWidget(preview)
    pages = preview.document.pageCount()
    assert pages > 3
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = []
    task = preview.print_to(printer)
    task.finished.connect(printed.append)
    qtbot.waitUntil(lambda: printed == [pages], timeout=60000)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled())
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    preview.save_to(tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == path.read_bytes()
    assert str(tmp_path / "copy.pdf") in preview.pages_label.text()


COVERED = "(visited_on IS NOT NULL OR step IN ('evaluation', 'feedback', 'look_back', 'closed'))"


def rows(database, sql: str, **params) -> set[str]:
    with database.Session() as s:
        return set(s.execute(text(sql), params).scalars())


ACTIVE_UNITS = "SELECT id FROM unit WHERE deleted = 0 AND status = 'active'"


def test_unit_figures_open_exactly_those_units(main_window, demo_db, qtbot):
    from dudao_desktop.ui.tabs.units_tab import UnitsTab

    dashboard = main_window.tabs[0]
    units = main_window.tab(UnitsTab)
    cid = campaign_id(demo_db)
    covered = rows(
        demo_db,
        f"SELECT DISTINCT unit_id FROM inspection WHERE campaign_id = :c AND deleted = 0 "
        f"AND {COVERED}",
        c=cid,
    )
    qtbot.mouseClick(dashboard.ui.coveredCard, Qt.MouseButton.LeftButton)
    assert main_window.current_tab() is units
    assert shown_ids(units.model) == covered
    assert dashboard.ui.coveredCard.text().startswith(f"{len(covered)} / ")

    not_visited = rows(
        demo_db,
        "SELECT DISTINCT unit_id FROM assignment WHERE campaign_id = :c AND deleted = 0 "
        "AND unit_id NOT IN (SELECT unit_id FROM inspection WHERE campaign_id = :c "
        f"AND deleted = 0 AND {COVERED})",
        c=cid,
    )
    assert not_visited and not_visited.isdisjoint(covered)
    qtbot.mouseClick(dashboard.ui.notVisitedCard, Qt.MouseButton.LeftButton)
    assert shown_ids(units.model) == not_visited
    assert dashboard.ui.notVisitedCard.text().startswith(f"{len(not_visited)}\n")
    assert units.ui.countLabel.text().startswith(str(len(not_visited)))

    chart = dashboard.step_chart
    for index, bar in enumerate(chart.bars):
        if not bar.value:
            continue
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint()
        )
        expected = rows(
            demo_db,
            "SELECT DISTINCT unit_id FROM inspection WHERE campaign_id = :c AND deleted = 0 "
            "AND step = :s",
            c=cid,
            s=bar.key,
        )
        assert len(expected) == bar.value
        assert shown_ids(units.model) == expected, bar.key

    chart = dashboard.group_chart
    assert len(chart.bars) == 5
    for index, bar in enumerate(chart.bars[:2]):
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint()
        )
        expected = rows(
            demo_db,
            "SELECT DISTINCT a.unit_id FROM assignment a JOIN inspection i "
            "ON i.unit_id = a.unit_id AND i.campaign_id = a.campaign_id AND i.deleted = 0 "
            "WHERE a.campaign_id = :c AND a.deleted = 0 AND a.group_id = :g AND "
            + COVERED.replace("visited_on", "i.visited_on").replace("step", "i.step"),
            c=cid,
            g=bar.key,
        )
        assert expected and len(expected) == bar.value
        assert shown_ids(units.model) == expected
        assert units.ui.groupCombo.currentData() == bar.key
    # Choosing a filter again shows the usual list: the whole roster.
    units.ui.groupCombo.setCurrentIndex(0)
    assert units.model.total_count == len(rows(demo_db, ACTIVE_UNITS))


def test_warning_and_blacklist_figures_open_those_rows(main_window, demo_db, qtbot):
    from dudao_desktop.model import BlacklistEntry, UnitWarning
    from dudao_desktop.ui.tabs.information_tab import InformationTab

    unit_ids = sorted(rows(demo_db, ACTIVE_UNITS))[:4]
    with demo_db.session() as s:
        s.add_all(
            [
                UnitWarning(
                    unit_id=unit_ids[0],
                    rule="over_quota",
                    message="超编",
                    raised_on=date(2026, 3, 1),
                ),
                UnitWarning(
                    unit_id=unit_ids[1],
                    rule="over_quota",
                    message="超编",
                    raised_on=date(2026, 3, 1),
                ),
                UnitWarning(
                    unit_id=unit_ids[2],
                    rule="over_quota",
                    message="已确认",
                    raised_on=date(2026, 3, 1),
                    acknowledged=True,
                ),
                UnitWarning(
                    unit_id=unit_ids[3],
                    rule="over_quota",
                    message="已解除",
                    raised_on=date(2026, 2, 1),
                    cleared_on=date(2026, 3, 2),
                ),
                BlacklistEntry(
                    unit_id=unit_ids[0],
                    reason="历史",
                    listed_on=date(2024, 1, 1),
                    removed_on=date(2025, 1, 1),
                    removal_reason="整改到位",
                ),
            ]
        )
    main_window.refresh()
    dashboard = main_window.tabs[0]
    information = main_window.tab(InformationTab)
    open_warnings = rows(
        demo_db,
        "SELECT id FROM warning WHERE deleted = 0 AND acknowledged = 0 AND cleared_on IS NULL",
    )
    # The demo raises its own warnings as of its date; two more were added above.
    assert len(open_warnings) >= 2
    assert dashboard.ui.warningsCard.text().startswith(f"{len(open_warnings)}\n")
    qtbot.mouseClick(dashboard.ui.warningsCard, Qt.MouseButton.LeftButton)
    assert main_window.current_tab() is information
    assert information.ui.ledgerTabs.currentWidget() is information.ui.warningsPage
    assert shown_ids(information.warnings) == open_warnings
    assert "open warnings only" in information.ui.countLabel.text()

    listed = rows(
        demo_db, "SELECT id FROM blacklist_entry WHERE deleted = 0 AND removed_on IS NULL"
    )
    listed_units = rows(
        demo_db,
        "SELECT DISTINCT unit_id FROM blacklist_entry WHERE deleted = 0 AND removed_on IS NULL",
    )
    assert dashboard.ui.blacklistCard.text().startswith(f"{len(listed_units)}\n")
    qtbot.mouseClick(dashboard.ui.blacklistCard, Qt.MouseButton.LeftButton)
    assert information.ui.ledgerTabs.currentWidget() is information.ui.blacklistPage
    assert shown_ids(information.blacklist) == listed
    assert len(listed) == len(listed_units)
    # The link in the count line brings every row back.
    information.ui.countLabel.linkActivated.emit("all")
    assert information.blacklist.total_count == len(listed) + 1
    every_warning = rows(demo_db, "SELECT id FROM warning WHERE deleted = 0")
    assert information.warnings.total_count == len(every_warning) == len(open_warnings) + 2
    assert "Show all" not in information.ui.countLabel.text()


def test_first_run_dashboard_names_every_figure(qtbot, office_db, translations):
    from dudao_desktop.ui.main_window import MainWindow
    from dudao_desktop.ui.tabs.dashboard_tab import DashboardTab

    window = MainWindow(office_db, translations)
    qtbot.addWidget(window)
    dashboard = window.tab(DashboardTab)
    qtbot.waitUntil(lambda: dashboard.task is None, timeout=10000)
    assert "No campaign yet" in dashboard.ui.campaignLabel.text()
    for card, caption in dashboard.captions().items():
        assert card.text() == f"–\n{caption}" and not card.isEnabled()
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: dashboard.ui.coveredCard.text() == "–\n已督导单位")
