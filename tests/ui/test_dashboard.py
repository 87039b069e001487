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
from report_helpers import campaign_id, sql_counts  # noqa: E402


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

    from dudao_desktop.documents.report import write_report
    from dudao_desktop.ui.pdf_preview import preview_pdf

    path = write_report(demo_db, campaign_id(demo_db), tmp_path / "report.pdf")
    preview = preview_pdf(None, path)
    qtbot.addWidget(preview)
    pages = preview.document.pageCount()
    assert pages > 3
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == pages
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    preview.save_to(tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == path.read_bytes()
