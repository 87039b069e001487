"""The checklist template editor: sections and items of a template version.

An item has a text, guidance for the inspector, an answer kind (yes/no/not applicable,
number, text), the conforming answer, the unit kinds it applies to, whether evidence is
required and the problem category it maps to. Saving a change to a frozen version (one a
campaign uses) makes a new draft version, which the editor then shows; the frozen one stays
as it was. Templates are imported from and exported to ``.xlsx`` in workers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from ..db.engine import Database
from ..errors import DudaoError
from ..model.vocab import (
    ANSWER_KINDS,
    CAMPAIGN_FOCUS,
    LINES_OF_WORK,
    PROBLEM_CATEGORIES,
    UNIT_FLAGS,
    UNIT_KIND_GROUP_LABELS,
    UNIT_KINDS,
)
from ..progress import publish_when_done
from ..services import checklist_io, template_versions
from ..services.figure_checks import FIGURES
from .errors import show_error
from .file_dialogs import open_file_name, save_file_name
from .findings_report import show_import_error
from .forms.ui_TemplateEditor import Ui_TemplateEditor
from .role import disable_on_field
from .vocab_labels import label as vocab_label
from .window_fit import Dialog
from .workers import run_with_progress

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
XLSX_FILTER = "Excel (*.xlsx)"


class TemplateEditor(Dialog):
    template_changed = Signal(str)  # id of the version saved to

    def __init__(
        self, database: Database, parent: QWidget | None = None, template_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_TemplateEditor()
        self.ui.setupUi(self)
        self.data: template_versions.TemplateData | None = None
        self.dialog: QDialog | None = None
        ui = self.ui
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        # The checkable lists: groups of kinds and every kind; flags; campaign focus.
        self.choice_lists = {
            "applies_to": (ui.appliesList, {**UNIT_KIND_GROUP_LABELS, **UNIT_KINDS}),
            "flags": (ui.flagsList, UNIT_FLAGS),
            "focus": (ui.focusList, CAMPAIGN_FOCUS),
        }
        self.fill_choices()
        ui.versionCombo.currentIndexChanged.connect(self.show_version)
        ui.tree.currentItemChanged.connect(self.show_node)
        ui.answerKindCombo.currentIndexChanged.connect(self.update_expected)
        ui.saveButton.clicked.connect(self.save)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.addSectionButton.clicked.connect(self.add_section)
        ui.removeItemButton.clicked.connect(self.remove_item)
        ui.importButton.clicked.connect(self.import_workbook)
        ui.exportButton.clicked.connect(self.export_workbook)
        ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.load_versions(template_id)
        disable_on_field(
            self.database,
            ui.removeItemButton,
            ui.saveButton,
            ui.addItemButton,
            ui.addSectionButton,
            ui.importButton,
        )

    # Choices --------------------------------------------------------------------------------
    def fill_choices(self) -> None:
        ui = self.ui
        kinds = {
            "yes_no": self.tr("Yes / no / not applicable"),
            "number": self.tr("Number"),
            "text": self.tr("Text"),
        }
        for key in ANSWER_KINDS:
            ui.answerKindCombo.addItem(kinds.get(key, key), key)
        ui.categoryCombo.addItem(self.tr("(none)"), "")
        for key in PROBLEM_CATEGORIES:
            ui.categoryCombo.addItem(vocab_label(PROBLEM_CATEGORIES, key), key)
        ui.lineOfWorkCombo.addItem(self.tr("(none)"), "")
        for key in LINES_OF_WORK:
            ui.lineOfWorkCombo.addItem(vocab_label(LINES_OF_WORK, key), key)
        for widget, labels in self.choice_lists.values():
            for key in labels:
                entry = QListWidgetItem(vocab_label(labels, key))
                entry.setData(ID_ROLE, key)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(entry)
        ui.figureCombo.addItem(self.tr("(none)"), "")
        for key, figure in FIGURES.items():
            ui.figureCombo.addItem(figure.label, key)

    def update_expected(self) -> None:
        combo = self.ui.expectedCombo
        current = combo.currentData()
        combo.clear()
        if self.ui.answerKindCombo.currentData() == "yes_no":
            combo.addItem(self.tr("Yes"), "yes")
            combo.addItem(self.tr("No"), "no")
        else:
            combo.addItem(self.tr("(any answer)"), "")
        combo.setCurrentIndex(max(combo.findData(current), 0))

    # Versions and tree ---------------------------------------------------------------------
    def load_versions(self, select_id: str | None = None) -> None:
        combo = self.ui.versionCombo
        select_id = select_id or combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        versions = template_versions.template_versions(self.database)
        for t in versions:
            state = self.tr("frozen") if t.frozen else self.tr("draft")
            combo.addItem(self.tr("{0}, version {1} ({2})").format(t.name, t.version, state), t.id)
        index = combo.findData(select_id) if select_id else -1
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        self.show_version()

    def current_template_id(self) -> str:
        return self.ui.versionCombo.currentData() or ""

    def show_version(self, _index: int = 0, select: tuple[str, str] | None = None) -> None:
        template_id = self.current_template_id()
        tree = self.ui.tree
        tree.clear()
        self.data = (
            template_versions.template_tree(self.database, template_id) if template_id else None
        )
        if self.data is None:
            self.ui.statusLabel.setText(self.tr("No checklist template yet: import one."))
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)
            return
        if self.data.frozen:
            used = "、".join(self.data.used_by)
            self.ui.statusLabel.setText(
                self.tr("Frozen (used by {0}): saving a change makes a new version.").format(
                    used or self.tr("a campaign")
                )
            )
        else:
            self.ui.statusLabel.setText(self.tr("Draft: changes are saved in this version."))
        changes = template_versions.template_changes(self.database, template_id)
        self.ui.statusLabel.setToolTip(
            "\n".join(
                f"{c.code} {template_versions.change_label(c.change)}: {c.text}" for c in changes
            )
        )
        if changes:
            self.ui.statusLabel.setText(
                self.ui.statusLabel.text()
                + " "
                + self.tr("{0} items changed from the version it was derived from.").format(
                    len(changes)
                )
            )
        chosen = None
        for section in self.data.sections:
            parent = QTreeWidgetItem([section.code, section.title])
            parent.setData(0, KIND_ROLE, "section")
            parent.setData(0, ID_ROLE, section.id)
            tree.addTopLevelItem(parent)
            if select == ("section", section.code):
                chosen = parent
            for item in section.items:
                child = QTreeWidgetItem([item.code, item.text])
                child.setData(0, KIND_ROLE, "item")
                child.setData(0, ID_ROLE, item.id)
                child.setToolTip(1, item.text)
                parent.addChild(child)
                if select == ("item", item.code):
                    chosen = child
        tree.expandAll()
        tree.resizeColumnToContents(0)
        if chosen is not None:
            tree.setCurrentItem(chosen)
        else:
            self.show_node(None)

    def node(self, kind: str, node_id: str):
        if self.data is None:  # no template loaded: nothing to find
            return None
        for section in self.data.sections:
            if kind == "section" and section.id == node_id:
                return section
            for item in section.items:
                if kind == "item" and item.id == node_id:
                    return item
        return None

    def current_node(self) -> tuple[str, str]:
        current = self.ui.tree.currentItem()
        if current is None:
            return "", ""
        return current.data(0, KIND_ROLE), current.data(0, ID_ROLE)

    def show_node(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        ui = self.ui
        kind = current.data(0, KIND_ROLE) if current is not None else ""
        ui.removeItemButton.setEnabled(kind == "item")
        ui.saveButton.setEnabled(bool(kind))
        ui.addItemButton.setEnabled(bool(kind))
        ui.addSectionButton.setEnabled(self.data is not None)
        disable_on_field(
            self.database,
            ui.removeItemButton,
            ui.saveButton,
            ui.addItemButton,
            ui.addSectionButton,
            ui.importButton,
        )
        if not kind:
            ui.pages.setCurrentWidget(ui.emptyPage)
            return
        node = self.node(kind, current.data(0, ID_ROLE))
        if kind == "section":
            ui.sectionCodeEdit.setText(node.code)
            ui.sectionTitleEdit.setText(node.title)
            ui.lineOfWorkCombo.setCurrentIndex(
                max(ui.lineOfWorkCombo.findData(node.line_of_work), 0)
            )
            ui.pages.setCurrentWidget(ui.sectionPage)
            return
        ui.codeEdit.setText(node.code)
        ui.textEdit.setPlainText(node.text)
        ui.guidanceEdit.setPlainText(node.guidance)
        ui.answerKindCombo.setCurrentIndex(max(ui.answerKindCombo.findData(node.answer_kind), 0))
        self.update_expected()
        ui.expectedCombo.setCurrentIndex(max(ui.expectedCombo.findData(node.expected), 0))
        for name, (widget, _labels) in self.choice_lists.items():
            chosen = getattr(node, name)
            for row in range(widget.count()):
                entry = widget.item(row)
                entry.setCheckState(
                    Qt.CheckState.Checked
                    if entry.data(ID_ROLE) in chosen
                    else Qt.CheckState.Unchecked
                )
        ui.figureCombo.setCurrentIndex(max(ui.figureCombo.findData(node.figure), 0))
        ui.evidenceCheck.setChecked(node.evidence_required)
        ui.categoryCombo.setCurrentIndex(max(ui.categoryCombo.findData(node.problem_category), 0))
        ui.pages.setCurrentWidget(ui.itemPage)

    # Editing -------------------------------------------------------------------------------
    def item_fields(self) -> dict:
        ui = self.ui
        return {
            "code": ui.codeEdit.text().strip(),
            "text": ui.textEdit.toPlainText().strip(),
            "guidance": ui.guidanceEdit.toPlainText().strip(),
            "answer_kind": ui.answerKindCombo.currentData(),
            "expected": ui.expectedCombo.currentData() or "",
            **{name: self.checked(widget) for name, (widget, _l) in self.choice_lists.items()},
            "evidence_required": ui.evidenceCheck.isChecked(),
            "problem_category": ui.categoryCombo.currentData() or "",
            "figure": ui.figureCombo.currentData() or "",
        }

    @staticmethod
    def checked(widget: QListWidget) -> str:
        return ",".join(
            widget.item(r).data(ID_ROLE)
            for r in range(widget.count())
            if widget.item(r).checkState() == Qt.CheckState.Checked
        )

    def save(self) -> None:
        kind, node_id = self.current_node()
        if not kind:
            return
        before = self.current_template_id()
        try:
            if kind == "item":
                fields = self.item_fields()
                if not fields["applies_to"]:
                    self.ui.messageLabel.setText(
                        self.tr("Tick at least one kind of unit the item applies to.")
                    )
                    return
                node = self.node(kind, node_id)
                changed = {
                    k: v
                    for k, v in fields.items()
                    if getattr(node, k)
                    != (tuple(x for x in v.split(",") if x) if k in self.choice_lists else v)
                }
                if not changed:
                    self.ui.messageLabel.setText(self.tr("Nothing changed."))
                    return
                template_id, _ = template_versions.update_item(self.database, node_id, **changed)
                select = ("item", fields["code"])
            else:
                ui = self.ui
                template_id, _ = template_versions.update_section(
                    self.database,
                    node_id,
                    code=ui.sectionCodeEdit.text().strip(),
                    title=ui.sectionTitleEdit.text().strip(),
                    line_of_work=ui.lineOfWorkCombo.currentData() or "",
                )
                select = ("section", ui.sectionCodeEdit.text().strip())
        except DudaoError as error:
            show_error(self, error)
            return
        self.after_change(before, template_id, select)

    def after_change(self, before: str, template_id: str, select: tuple[str, str]) -> None:
        if template_id != before:
            self.load_versions(template_id)
            self.show_version(select=select)
            version = self.data.version if self.data is not None else ""
            self.ui.messageLabel.setText(
                self.tr("Saved as the new version {0}; the frozen version stays as it was.").format(
                    version
                )
            )
        else:
            self.show_version(select=select)
            self.ui.messageLabel.setText(self.tr("Saved."))
        self.template_changed.emit(template_id)

    def current_section_code(self) -> str:
        current = self.ui.tree.currentItem()
        if current is None:
            return ""
        section = current if current.parent() is None else current.parent()
        return section.text(0)

    def add_item(self) -> None:
        code = self.current_section_code()
        if not code:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add item"), self.tr("Text of the new item:")
        )
        if not ok or not text.strip():
            return
        before = self.current_template_id()
        section = (
            next((s for s in self.data.sections if s.code == code), None) if self.data else None
        )
        if section is None:  # the template changed under the selection
            return
        item_code = f"{code}{len(section.items) + 1:02d}"
        try:
            template_id, _ = template_versions.add_item(
                self.database, before, code, code=item_code, text=text.strip()
            )
        except DudaoError as error:
            show_error(self, error)
            return
        self.after_change(before, template_id, ("item", item_code))

    def add_section(self) -> None:
        if self.data is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Add section"), self.tr("Title of the new section:")
        )
        if not ok or not title.strip():
            return
        code = (
            chr(ord("A") + len(self.data.sections))
            if len(self.data.sections) < 26
            else f"S{len(self.data.sections) + 1}"
        )
        before = self.current_template_id()
        template_id, _ = template_versions.add_section(self.database, before, code, title.strip())
        self.after_change(before, template_id, ("section", code))

    def remove_item(self) -> None:
        kind, node_id = self.current_node()
        if kind != "item":
            return
        before = self.current_template_id()
        template_id = template_versions.remove_item(self.database, node_id)
        self.after_change(before, template_id, ("section", self.current_section_code()))

    # Workbooks -----------------------------------------------------------------------------
    def import_workbook(self) -> None:
        chosen = open_file_name(
            self, "workbooks", self.tr("Import a checklist template"), XLSX_FILTER
        )
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path, dialog: bool = True):
        database = self.database
        return run_with_progress(
            self,
            lambda: checklist_io.import_template(database, path),
            self.tr("Importing the checklist template…"),
            cancellable=False,
            dialog=dialog,
            on_done=self.imported,
            on_error=lambda e: show_import_error(self, e),
        )

    def imported(self, result: tuple[str, int]) -> None:
        template_id, version = result
        self.load_versions(template_id)
        self.ui.messageLabel.setText(self.tr("Imported as version {0}.").format(version))
        self.template_changed.emit(template_id)

    def export_workbook(self) -> None:
        if self.data is None:
            return
        name = f"{self.data.name}-v{self.data.version}.xlsx"
        target = save_file_name(
            self, "workbooks", self.tr("Export the checklist template"), name, XLSX_FILTER
        )
        if target:
            self.export_path(Path(target))

    def export_path(self, target: Path, dialog: bool = True):
        database, template_id, written = self.database, self.current_template_id(), {}

        def write(out: Path) -> None:
            written["count"] = checklist_io.export_template(database, template_id, out)

        return run_with_progress(
            self,
            lambda: publish_when_done(write, target),
            self.tr("Exporting the checklist template…"),
            dialog=dialog,
            on_done=lambda _path: self.ui.messageLabel.setText(
                self.tr("{0} items were written to {1}.").format(written["count"], target)
            ),
        )
