"""The report dialog (text sections kept with the campaign, any report as PDF or .xlsx) and
the effectiveness follow-up screen, driven the way a person would."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import text

from dudao_desktop.services import report_text
from dudao_desktop.ui import file_dialogs
from dudao_desktop.ui import followup_dialog as followup_module
from dudao_desktop.ui.followup_dialog import FollowUpDialog
from dudao_desktop.ui.report_dialog import ReportDialog
from dudao_desktop.ui.table_model import ID_ROLE

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from report_helpers import COVERED_SQL, campaign_id


@pytest.fixture
def english_documents():
    from dudao_desktop import i18n

    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_text_sections_are_saved_as_typed_and_on_close(qtbot, demo_db):
    cid = campaign_id(demo_db)
    dialog = ReportDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    intro = report_text.report_texts(demo_db, cid)["introduction"]
    assert dialog.ui.introductionEdit.toPlainText() == intro and intro
    dialog.ui.sectionTabs.setCurrentWidget(dialog.ui.assessmentPage)
    dialog.ui.assessmentEdit.clear()
    qtbot.keyClicks(dialog.ui.assessmentEdit, "Overall the units keep their quotas.")
    assert dialog.ui.savedLabel.text() == "Saving…"
    qtbot.waitUntil(
        lambda: (
            report_text.report_texts(demo_db, cid)["assessment"]
            == "Overall the units keep their quotas."
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: dialog.ui.savedLabel.text().startswith("All changes saved"))
    # Typed and closed at once, before the debounce fires: still saved.
    dialog.ui.nextStepsEdit.clear()
    qtbot.keyClicks(dialog.ui.nextStepsEdit, "Look back in May.")
    assert dialog.save_timer.isActive()
    dialog.ui.closeButton.click()
    assert not dialog.isVisible()
    assert report_text.report_texts(demo_db, cid)["next_steps"] == "Look back in May."
    again = ReportDialog(demo_db, cid)
    qtbot.addWidget(again)
    assert again.ui.nextStepsEdit.toPlainText() == "Look back in May."


def test_dialog_writes_every_report(qtbot, demo_db, tmp_path, monkeypatch, english_documents):
    cid = campaign_id(demo_db)
    report_text.set_report_text(demo_db, cid, "assessment", "")
    dialog = ReportDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.assessmentEdit, "Establishment discipline is sound.")
    # The campaign report as a PDF in the preview, with the text just typed.
    qtbot.mouseClick(dialog.ui.pdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.previews) == 1, timeout=60000)
    preview = dialog.previews[0]
    assert preview.document.pageCount() > 3
    assert "Establishment discipline is sound." in pdf_text(preview.path)
    preview.close()
    # The same report as a workbook, where the save dialog says (suffix added).
    asked = []

    def save_dialog(_parent, _caption, start, _filters):
        asked.append(start)
        return str(tmp_path / "campaign"), ""

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    qtbot.mouseClick(dialog.ui.xlsxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.statusLabel.text().startswith("Saved to"), timeout=60000)
    assert [Path(a).name for a in asked] == [f"{dialog.document_name()}.xlsx"]
    book = openpyxl.load_workbook(tmp_path / "campaign.xlsx")
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=4, values_only=True)}
    with demo_db.Session() as s:
        covered = s.execute(COVERED_SQL, {"c": cid}).scalar()
    assert summary["Units covered"] == covered
    # The yearly analysis of a chosen year.
    qtbot.mouseClick(dialog.ui.yearlyRadio, Qt.MouseButton.LeftButton)
    dialog.ui.yearSpin.setValue(2026)
    assert dialog.ui.xlsxButton.isEnabled() and dialog.ui.yearSpin.isEnabled()
    task = dialog.export_workbook(tmp_path / "yearly.xlsx")
    qtbot.waitUntil(lambda: task.result is not None, timeout=60000)
    titles = [
        str(sheet.cell(1, 1).value)
        for sheet in openpyxl.load_workbook(tmp_path / "yearly.xlsx").worksheets
    ]
    assert titles and all(title.startswith("2026") for title in titles)
    # The next save dialog starts in the folder used last, with the document's own name.
    qtbot.waitUntil(lambda: dialog.task is None)
    qtbot.mouseClick(dialog.ui.xlsxButton, Qt.MouseButton.LeftButton)
    assert asked[-1] == str(tmp_path / "Yearly analysis 2026.xlsx")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)
    qtbot.mouseClick(dialog.ui.pdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.previews) == 2, timeout=60000)
    assert dialog.previews[1].path.name == "Yearly analysis 2026.pdf"
    # The follow-up report: PDF only.
    qtbot.mouseClick(dialog.ui.followupRadio, Qt.MouseButton.LeftButton)
    assert not dialog.ui.xlsxButton.isEnabled()
    qtbot.mouseClick(dialog.ui.pdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.previews) == 3, timeout=60000)
    with demo_db.Session() as s:
        titles = (
            s.execute(
                text(
                    "SELECT title FROM approval_matter WHERE deleted = 0 "
                    "AND phase IN ('decision', 'implemented')"
                )
            )
            .scalars()
            .all()
        )
    written = pdf_text(dialog.previews[2].path).replace("\n", "")
    assert titles and all(title in written for title in titles)
    for preview in dialog.previews[1:]:  # the first one was closed (and deleted) above
        preview.close()


def test_report_preview_is_usable_while_the_report_dialog_is_open(main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    texts = {a.text(): a for a in main_window.print_menu.actions()}
    texts["Reports (supervision report, yearly analysis)…"].trigger()
    dialog = main_window.findChild(ReportDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert QApplication.activeModalWidget() is None
    # Enter in a text section types a line break; it never starts a document.
    dialog.ui.introductionEdit.setFocus()
    qtbot.keyClick(dialog.ui.introductionEdit, Qt.Key.Key_Return)
    assert dialog.task is None and dialog.previews == []
    qtbot.mouseClick(dialog.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert not dialog.ui.pdfButton.isEnabled()  # one document at a time
    qtbot.waitUntil(lambda: len(dialog.previews) == 1, timeout=60000)
    preview = dialog.previews[0]
    qtbot.waitExposed(preview)
    # Both windows take input: no modal window blocks the preview, and its buttons work.
    assert QApplication.activeModalWidget() is None
    assert dialog.isVisible() and preview.isVisible() and preview.isEnabled()
    area = preview.screen().availableGeometry()
    assert area.contains(preview.frameGeometry())
    assert preview.parent() is main_window
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible() and dialog.isVisible()
    assert dialog.ui.pdfButton.isEnabled()
    dialog.close()


def test_menus_and_dashboard_open_the_dialogs(main_window, qtbot):
    texts = {a.text(): a for a in main_window.print_menu.actions()}
    texts.update({a.text(): a for a in main_window.tools_menu.actions()})
    texts["Reports (supervision report, yearly analysis)…"].trigger()
    dialogs = main_window.findChildren(ReportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].campaign_name in dialogs[0].ui.campaignLabel.text()
    dialogs[0].close()
    texts["Effectiveness follow-up…"].trigger()
    assert len(main_window.findChildren(FollowUpDialog)) == 1
    main_window.findChildren(FollowUpDialog)[0].close()
    dashboard = main_window.tabs[0]
    main_window.ui.tabs.setCurrentWidget(dashboard)
    qtbot.mouseClick(dashboard.ui.reportButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dashboard.ui.followupButton, Qt.MouseButton.LeftButton)
    assert dashboard.findChildren(ReportDialog) and dashboard.findChildren(FollowUpDialog)
    for dialog in dashboard.findChildren(ReportDialog) + dashboard.findChildren(FollowUpDialog):
        dialog.close()


def matter_row(dialog: FollowUpDialog, matter_id: str) -> int:
    return dialog.model.row_of(matter_id)


def test_followup_screen_records_indicators_and_results(qtbot, demo_db, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(
        followup_module, "show_error", lambda _parent, error: errors.append(str(error))
    )
    with demo_db.Session() as s:
        approved = dict(
            s.execute(
                text(
                    "SELECT id, phase FROM approval_matter WHERE deleted = 0 "
                    "AND phase IN ('decision', 'implemented')"
                )
            ).all()
        )
    dialog = FollowUpDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.model.fetch_all()
    listed = {dialog.model.index(r, 0).data(ID_ROLE) for r in range(dialog.model.rowCount())}
    assert listed == set(approved)
    assert dialog.ui.countLabel.text() == f"{len(approved)} approved matter(s)"
    decided = sorted(i for i, phase in approved.items() if phase == "decision")
    first, second = decided[0], decided[1]
    dialog.ui.mattersView.selectRow(matter_row(dialog, first))
    assert dialog.current_id == first
    # A result without indicators is refused; the user stays on the matter, edits kept.
    dialog.ui.indicatorsEdit.clear()
    qtbot.keyClicks(dialog.ui.resultEdit, "Staff in post.")
    dialog.ui.mattersView.selectRow(matter_row(dialog, second))
    assert errors and "no follow-up indicators" in errors[0]
    assert dialog.current_id == first
    assert dialog.ui.resultEdit.toPlainText() == "Staff in post."
    # With indicators it saves, and moving on saves too.
    qtbot.keyClicks(dialog.ui.indicatorsEdit, "Vacancy rate below 5%")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not dialog.dirty and len(errors) == 1
    with demo_db.Session() as s:
        stored = s.execute(
            text(
                "SELECT follow_up_indicators, follow_up_result FROM approval_matter WHERE id = :i"
            ),
            {"i": first},
        ).one()
    assert tuple(stored) == ("Vacancy rate below 5%", "Staff in post.")
    assert dialog.model.value(matter_row(dialog, first), dialog.model.listing.RESULT)
    dialog.ui.mattersView.selectRow(matter_row(dialog, second))
    assert dialog.current_id == second
    qtbot.keyClicks(dialog.ui.resultEdit, "Satisfaction 96%.")
    dialog.ui.mattersView.selectRow(matter_row(dialog, first))
    assert dialog.current_id == first
    selected = dialog.ui.mattersView.selectionModel().selectedRows()
    assert [dialog.model.record_id(i.row()) for i in selected] == [first]
    qtbot.keyClicks(dialog.ui.resultEdit, " Confirmed.")
    dialog.ui.closeButton.click()  # closing saves what is pending
    with demo_db.Session() as s:
        results = dict(
            s.execute(
                text("SELECT id, follow_up_result FROM approval_matter WHERE id IN (:a, :b)"),
                {"a": first, "b": second},
            ).all()
        )
    assert results[second].endswith("Satisfaction 96%.")
    assert results[first] == "Staff in post. Confirmed."
