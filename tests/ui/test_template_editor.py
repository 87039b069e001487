"""The checklist template editor: editing a frozen version makes a new version; workbooks."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from dudao_desktop.model import Campaign, ChecklistItem, ChecklistSection, ChecklistTemplate
from dudao_desktop.ui.template_editor import TemplateEditor


def campaign_template(database) -> ChecklistTemplate:
    with database.Session() as s:
        campaign = s.scalars(select(Campaign)).first()
        return s.get(ChecklistTemplate, campaign.template_id)


def items_of(database, template_id) -> dict[str, ChecklistItem]:
    with database.Session() as s:
        return {
            i.code: i
            for i in s.scalars(
                select(ChecklistItem)
                .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
                .where(
                    ChecklistSection.template_id == template_id, ChecklistItem.deleted.is_(False)
                )
            )
        }


def select_item(editor: TemplateEditor, code: str) -> None:
    tree = editor.ui.tree
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        for j in range(section.childCount()):
            if section.child(j).text(0) == code:
                tree.setCurrentItem(section.child(j))
                return
    raise AssertionError(code)


def test_editing_a_frozen_template_makes_a_new_version(qtbot, demo_db):
    frozen = campaign_template(demo_db)
    assert frozen.frozen
    before = items_of(demo_db, frozen.id)
    code = sorted(before)[2]
    editor = TemplateEditor(demo_db, template_id=frozen.id)
    qtbot.addWidget(editor)
    editor.show()
    assert "Frozen" in editor.ui.statusLabel.text()
    select_item(editor, code)
    assert editor.ui.pages.currentWidget() is editor.ui.itemPage
    assert editor.ui.textEdit.toPlainText() == before[code].text
    editor.ui.textEdit.setPlainText("是否按规定公开机构职能、编制和领导职数？")
    editor.ui.evidenceCheck.setChecked(not before[code].evidence_required)
    township = next(
        editor.ui.appliesList.item(r)
        for r in range(editor.ui.appliesList.count())
        if editor.ui.appliesList.item(r).data(Qt.ItemDataRole.UserRole + 1) == "township"
    )
    township.setCheckState(Qt.CheckState.Unchecked)
    reform = next(
        editor.ui.flagsList.item(r)
        for r in range(editor.ui.flagsList.count())
        if editor.ui.flagsList.item(r).data(Qt.ItemDataRole.UserRole + 1) == "reform"
    )
    reform.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.ui.saveButton, qtbot_left())

    with demo_db.Session() as s:
        versions = list(
            s.scalars(
                select(ChecklistTemplate)
                .where(ChecklistTemplate.name == frozen.name)
                .order_by(ChecklistTemplate.version)
            )
        )
    assert [v.version for v in versions] == [frozen.version, frozen.version + 1]
    new = versions[-1]
    assert new.parent_id == frozen.id and not new.frozen
    assert editor.current_template_id() == new.id
    # The old version is unchanged; the new one holds the edit and every other item.
    assert {
        c: (i.text, i.evidence_required, i.applies_to)
        for c, i in items_of(demo_db, frozen.id).items()
    } == {c: (i.text, i.evidence_required, i.applies_to) for c, i in before.items()}
    after = items_of(demo_db, new.id)
    assert set(after) == set(before)
    assert after[code].text == "是否按规定公开机构职能、编制和领导职数？"
    assert after[code].evidence_required is (not before[code].evidence_required)
    assert "township" not in after[code].applies_to.split(",")
    assert after[code].flags == "reform"
    with demo_db.Session() as s:
        assert s.scalars(select(Campaign)).first().template_id == frozen.id

    # A second edit goes into the same draft, no third version.
    select_item(editor, code)
    editor.ui.guidanceEdit.setPlainText("查阅公开栏")
    editor.save()
    assert items_of(demo_db, new.id)[code].guidance == "查阅公开栏"
    with demo_db.Session() as s:
        assert (
            len(
                list(
                    s.scalars(
                        select(ChecklistTemplate).where(ChecklistTemplate.name == frozen.name)
                    )
                )
            )
            == 2
        )


def test_template_export_and_import_as_a_new_version(qtbot, demo_db, tmp_path):
    frozen = campaign_template(demo_db)
    editor = TemplateEditor(demo_db, template_id=frozen.id)
    qtbot.addWidget(editor)
    target = tmp_path / "template.xlsx"
    task = editor.export_path(target, dialog=False)
    qtbot.waitUntil(lambda: task.result is not None, timeout=30000)
    sheet = load_workbook(target).active
    codes = [row[3] for row in sheet.iter_rows(min_row=3, values_only=True) if row[3]]
    assert sorted(codes) == sorted(items_of(demo_db, frozen.id))
    task = editor.import_path(target, dialog=False)
    qtbot.waitUntil(lambda: task.result is not None, timeout=30000)
    template_id, version = task.result
    assert editor.current_template_id() == template_id
    assert set(items_of(demo_db, template_id)) == set(codes)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
