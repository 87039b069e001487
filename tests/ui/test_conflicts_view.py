"""The conflicts view: the same field edited at the office and on a laptop is listed with
both values, who and when, and resolved by keeping the other value or a merged one; the
decision is a synced change (in the change log, sent with the next field package)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dudao_desktop.model import Answer, ChangeLog, InspectionGroup
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import packages
from dudao_desktop.services.checklist import set_answer
from dudao_desktop.services.conflicts import list_conflicts
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.enrolment import enrol, own_request
from dudao_desktop.services.installation import init_installation
from dudao_desktop.ui.conflicts_view import ConflictsView
from dudao_desktop.ui.sync_center import SyncCenter


@pytest.fixture
def conflicted(tmp_path: Path):
    """An office with two conflicts on the notes of two answers (office vs laptop)."""
    office = create_demo(tmp_path / "office", units=20)
    with office.Session() as s:
        group = s.execute(select(InspectionGroup).where(InspectionGroup.number == 1)).scalar_one()
    field = tmp_path / "field.dudao"
    laptop = init_installation(tmp_path / "laptop", "field", "第一组笔记本", "li")
    request = own_request(laptop)
    enrol(office, request, group.id, request.fingerprint)
    run_to_end(packages.export_field_package(office, group.id, field))
    run_to_end(packages.import_packages(laptop, [field]))
    with laptop.Session() as s:
        answers = list(s.execute(select(Answer).order_by(Answer.id).limit(2)).scalars())
    for answer, number in zip(answers, (1, 2), strict=True):
        set_answer(
            office, answer.inspection_id, answer.item_id, note=f"办公室意见{number}", reason="test"
        )
        set_answer(
            laptop, answer.inspection_id, answer.item_id, note=f"现场意见{number}", reason="test"
        )
    returned = tmp_path / "return.dudao"
    run_to_end(packages.export_return_package(laptop, returned))
    outcome = run_to_end(packages.import_packages(office, [returned]))[0]
    assert outcome.conflicts == 2
    laptop.dispose()
    yield office, answers
    office.dispose()


def note_of(database, answer_id: str) -> str:
    with database.Session() as s:
        return s.get(Answer, answer_id).note


def test_conflicts_are_listed_and_resolved(qtbot, conflicted) -> None:
    office, answers = conflicted
    view = ConflictsView(office)
    qtbot.addWidget(view)
    table = view.ui.conflictsTable
    assert table.rowCount() == 2
    assert "2 conflict(s)" in view.ui.countLabel.text()
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header[:4] == ["Unit", "Record", "Field", "Shown value"]
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[0]  # the unit's name
    assert row[1].startswith("Checklist answer")
    assert row[2] == "Note"
    assert {row[3], row[6]} == {"办公室意见1", "现场意见1"}
    assert "第一组笔记本" in (row[4], row[7])  # who: the laptop's name
    assert row[5] and row[8]  # when
    assert row[9] == "Waiting"

    # Keep the other value of the first conflict.
    table.selectRow(0)
    other = view.ui.otherText.toPlainText()
    shown_id = view.selected().row_id
    assert view.ui.shownText.toPlainText() == row[3]
    with qtbot.waitSignal(view.resolved):
        view.ui.keepOtherButton.click()
    first = next(a for a in answers if a.id == shown_id)
    assert note_of(office, first.id) == other
    assert table.rowCount() == 1

    # A merged value for the second one.
    table.selectRow(0)
    second_id = view.selected().row_id
    view.ui.mergedEdit.setPlainText("合并后的意见")
    view.ui.mergeButton.click()
    assert note_of(office, second_id) == "合并后的意见"
    assert table.rowCount() == 0
    assert view.ui.countLabel.text() == "No conflicts are waiting for a decision."
    assert not view.ui.keepShownButton.isEnabled()
    assert list_conflicts(office) == []

    # Resolving is a synced change made here.
    with office.Session() as s:
        logged = (
            s.execute(
                select(ChangeLog).where(
                    ChangeLog.row_id == second_id,
                    ChangeLog.field == "note",
                    ChangeLog.origin == office.installation_id,
                )
            )
            .scalars()
            .all()
        )
    assert any('"合并后的意见"' in entry.value for entry in logged)

    # Resolved conflicts can be shown with their decision.
    view.ui.showResolvedCheck.setChecked(True)
    assert table.rowCount() == 2
    states = {table.item(r, 9).text() for r in range(2)}
    assert states == {"Resolved: other value kept", "Resolved: merged value"}
    assert not view.ui.keepOtherButton.isEnabled()


def test_sync_center_counts_and_opens_the_conflicts(qtbot, conflicted) -> None:
    office, _answers = conflicted
    center = SyncCenter(office)
    qtbot.addWidget(center)
    assert center.ui.conflictsLabel.text() == "2 conflict(s) waiting for a decision."
    view = center.open_conflicts()
    view.ui.conflictsTable.selectRow(0)
    view.ui.keepShownButton.click()
    assert center.ui.conflictsLabel.text() == "1 conflict(s) waiting for a decision."
    view.close()
