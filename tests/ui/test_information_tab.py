"""The information data ledger tab: monthly reconciliation (dry run, then apply as a
snapshot), warnings acknowledged with a note, the blacklist with its history."""

from __future__ import annotations

import random
from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from dudao_desktop.model import (
    BlacklistEntry,
    EstablishmentSnapshot,
    Evidence,
    Unit,
    UnitWarning,
)
from dudao_desktop.services.demo import make_uscc
from dudao_desktop.services.realname import REQUIRED
from dudao_desktop.ui.tabs.information_tab import InformationTab

RNG = random.Random(11)


def add_units(database, count: int) -> list[Unit]:
    with database.session() as s:
        units = [
            Unit(
                uscc=make_uscc(RNG, "institution"),
                name=f"昌河市第{n}中心",
                kind="institution",
                establishment_institution=20,
                actual_staff=18,
                leader_posts_approved=3,
                leader_posts_actual=3,
            )
            for n in range(count)
        ]
        s.add_all(units)
    return units


def row_of(unit: Unit, **changes) -> list:
    figures = dict(
        admin=unit.establishment_admin,
        inst=unit.establishment_institution,
        law=unit.establishment_law,
        staff=unit.actual_staff,
        approved=unit.leader_posts_approved,
        actual=unit.leader_posts_actual,
    )
    figures.update(changes)
    return [
        unit.uscc,
        unit.name,
        figures["admin"],
        figures["inst"],
        figures["law"],
        figures["staff"],
        figures["approved"],
        figures["actual"],
    ]


@pytest.fixture
def setup(qtbot, office_db, tmp_path, message_boxes):
    units = add_units(office_db, 5)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["昌河市机构编制实名制管理系统 2026年11月数据"])
    sheet.append(list(REQUIRED))
    # Two staff changes (one pushes the unit over its establishment of 20), one new unit;
    # units[4] is missing from the export.
    sheet.append(row_of(units[0], staff=19))
    sheet.append(row_of(units[1], staff=25))
    sheet.append(row_of(units[2]))
    sheet.append(row_of(units[3]))
    sheet.append([make_uscc(RNG, "institution"), "昌河市新设中心", 0, 10, 0, 8, 2, 1])
    path = tmp_path / "2026-11.xlsx"
    workbook.save(path)
    tab = InformationTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    return tab, office_db, units, path


def test_reconciliation_dry_run_then_apply_creates_the_snapshot(qtbot, setup, monkeypatch):
    tab, database, units, path = setup
    qtbot.mouseClick(tab.ui.reconcileButton, Qt.MouseButton.LeftButton)
    dialog = tab.reconcile_dialog
    dialog.set_file(path, "2026-11")
    qtbot.mouseClick(dialog.ui.compareButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.differencesTable
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert rows == {
        ("Actual staff changed", units[0].name),
        ("Actual staff changed", units[1].name),
        ("Unit new in the real-name system", "昌河市新设中心"),
        ("Unit missing from the real-name system", units[4].name),
    }
    staff_row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == units[1].name)
    assert table.item(staff_row, 3).text() == "staff 18"
    assert table.item(staff_row, 5).text() == "staff 25"
    assert "4 differences" in dialog.ui.summaryLabel.text()
    with database.Session() as s:  # a dry run writes nothing
        assert s.query(EstablishmentSnapshot).count() == 0
    # Apply, after confirming.
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes),
    )
    qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)
    assert asked
    qtbot.waitUntil(lambda: "Applied" in dialog.ui.summaryLabel.text(), timeout=10000)
    with database.Session() as s:
        snapshots = s.query(EstablishmentSnapshot).filter_by(month="2026-11").all()
        assert len(snapshots) == 5
        pushed = s.query(Unit).filter_by(uscc=units[1].uscc).one()
        assert pushed.actual_staff == 25
        snap = next(x for x in snapshots if x.unit_id == pushed.id)
        assert (snap.actual_staff, snap.establishment_institution) == (25, 20)
        assert s.query(Unit).filter_by(name="昌河市新设中心").count() == 1
        over = s.query(UnitWarning).filter_by(rule="over_establishment").all()
        assert [w.unit_id for w in over] == [pushed.id]
    # The tab shows the new snapshot and the archive history of the unit.
    qtbot.waitUntil(lambda: tab.snapshots.total_count == 5, timeout=5000)
    assert tab.archive.total_count == 6
    tab.ui.searchEdit.setText(units[1].name)
    tab.flush_search()
    assert tab.archive.total_count == 1
    tab.ui.archiveView.selectRow(0)
    assert tab.history.total_count == 1
    assert tab.history.index(0, 0).data() == "2026-11"
    assert tab.history.index(0, 2).data() == "25"


def test_acknowledge_a_warning_with_a_note(qtbot, setup, monkeypatch, message_boxes):
    tab, database, units, _path = setup
    with database.session() as s:
        unit = s.get(Unit, units[0].id)
        unit.actual_staff = 23
    task = tab.recompute()
    qtbot.waitUntil(lambda: tab.warnings.total_count == 1, timeout=10000)
    assert task is not None
    tab.ui.ledgerTabs.setCurrentWidget(tab.ui.warningsPage)
    tab.ui.warningsView.selectRow(0)
    detail = tab.ui.warningDetailLabel.text()
    # The rule's figures under their names, not the raw keys of the rules file.
    assert "Actual staff" in detail and "Approved establishment" in detail
    assert "23" in detail and "actual_staff" not in detail
    # An empty note is refused with a message.
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", True)))
    qtbot.mouseClick(tab.ui.acknowledgeButton, Qt.MouseButton.LeftButton)
    assert "Write a note" in message_boxes.shown[-1][1]
    with database.Session() as s:
        assert s.query(UnitWarning).one().acknowledged is False
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *a, **k: ("已约谈单位负责人，限期清退", True)),
    )
    qtbot.mouseClick(tab.ui.acknowledgeButton, Qt.MouseButton.LeftButton)
    with database.Session() as s:
        warning = s.query(UnitWarning).one()
        assert warning.acknowledged is True
        assert warning.note == "已约谈单位负责人，限期清退"
    assert "已约谈单位负责人" in tab.ui.warningDetailLabel.text()
    note = tab.warnings.listing.column_index("note")
    assert tab.warnings.index(0, note).data() == "已约谈单位负责人，限期清退"


def test_blacklist_add_with_evidence_remove_and_history(qtbot, setup, monkeypatch, tmp_path):
    tab, database, units, _path = setup
    target = units[2]
    proof = tmp_path / "督查通报.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    qtbot.mouseClick(tab.ui.addBlacklistButton, Qt.MouseButton.LeftButton)
    dialog = tab.blacklist_dialog
    dialog.choose_unit(target.id)
    dialog.ui.reasonEdit.setPlainText("执行机构编制规定不严")
    dialog.ui.evidenceEdit.setPlainText("2026年督导通报")
    dialog.add_files([proof])
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert tab.task is not None
    qtbot.waitUntil(lambda: _evidence_count(database, target.id) == 1, timeout=10000)
    with database.Session() as s:
        [entry] = s.query(BlacklistEntry).all()
        assert (entry.unit_id, entry.reason, entry.listed_on) == (
            target.id,
            "执行机构编制规定不严",
            date.today(),
        )
        assert "督查通报.pdf" in entry.evidence and "2026年督导通报" in entry.evidence
    assert tab.ui.ledgerTabs.currentWidget() is tab.ui.blacklistPage
    assert tab.blacklist.total_count == 1
    assert "执行机构编制规定不严" in tab.ui.blacklistHistoryBrowser.toPlainText()
    assert tab.ui.removeBlacklistButton.isEnabled()
    # Take it off with a reason: the entry stays as history.
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("整改到位", True))
    )
    qtbot.mouseClick(tab.ui.removeBlacklistButton, Qt.MouseButton.LeftButton)
    with database.Session() as s:
        [entry] = s.query(BlacklistEntry).all()
        assert (entry.removed_on, entry.removal_reason) == (date.today(), "整改到位")
    history = tab.ui.blacklistHistoryBrowser.toPlainText()
    assert "执行机构编制规定不严" in history and "整改到位" in history
    assert not tab.ui.removeBlacklistButton.isEnabled()
    # Listed again: both listings in the history, only the new one current.
    qtbot.mouseClick(tab.ui.addBlacklistButton, Qt.MouseButton.LeftButton)
    dialog = tab.blacklist_dialog
    dialog.choose_unit(target.id)
    dialog.ui.reasonEdit.setPlainText("再次违规")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    with database.Session() as s:
        entries = s.query(BlacklistEntry).order_by(BlacklistEntry.removed_on).all()
        assert len(entries) == 2
        assert sum(1 for e in entries if e.removed_on is None) == 1
    history = tab.ui.blacklistHistoryBrowser.toPlainText()
    assert "整改到位" in history and "再次违规" in history
    tab.ui.currentOnlyCheck.setChecked(True)
    assert tab.blacklist.total_count == 1


def _evidence_count(database, unit_id: str) -> int:
    with database.Session() as s:
        return s.query(Evidence).filter_by(unit_id=unit_id, deleted=False).count()
