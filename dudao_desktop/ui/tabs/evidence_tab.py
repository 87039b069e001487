"""On-site evidence (佐证材料) and interviews (座谈): one unit at a time, as a gallery.

Files come in from a file dialog, by dropping files or folders on the tab (linked to the
checklist item selected on the left) or on an item of the list, and from a camera card or
scanner folder (only what is new since the last import). Storing runs off the GUI thread
with a cancellable progress dialog; thumbnails are made in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFileDialog,
    QListView,
    QListWidgetItem,
    QWidget,
)

from ...db.engine import Database
from ...services import evidence
from ...services.evidence_transfer import import_folder, open_copy
from ..errors import show_error
from ..evidence_drop import DropFilter, local_paths
from ..evidence_gallery import EvidenceGalleryModel
from ..evidence_interviews import ID_ROLE, EvidenceInterviews
from ..evidence_viewer import EvidenceViewer, load_image
from ..file_dialogs import open_file_names
from ..forms.ui_EvidenceTab import Ui_EvidenceTab
from ..settings import settings
from ..workers import ProgressTask, run_with_progress
from .base import Tab

UNIT_KEY = "evidence/unit"
CAMERA_FOLDER_KEY = "evidence/camera_folder"
MAX_SIZE_KEY = "evidence/max_size_mb"


class EvidenceTab(Tab, EvidenceInterviews):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_EvidenceTab()
        self.ui.setupUi(self)
        self.task: ProgressTask | None = None
        self.removed_ids: list[str] = []
        self.evidence = EvidenceGalleryModel(database, self)
        self.evidence.on_error = lambda error: show_error(self, error)
        view = self.ui.galleryView
        view.setModel(self.evidence)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setIconSize(QSize(160, 160))
        view.setGridSize(QSize(184, 214))
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAcceptDrops(True)
        self.ui.mainLayout.setStretch(self.ui.mainLayout.indexOf(self.ui.splitter), 1)
        self.ui.splitter.setSizes([420, 800])
        self.ui.rightSplitter.setSizes([600, 200])
        view.setAcceptDrops(False)
        # Kept as attributes: an event filter's Python side must outlive the constructor.
        self.gallery_drop = DropFilter(
            lambda paths, _pos: self.add_paths(paths, self.current_item_id()), self
        )
        self.item_drop = DropFilter(self.drop_on_item, self)
        view.viewport().installEventFilter(self.gallery_drop)
        self.ui.itemsList.viewport().installEventFilter(self.item_drop)
        self.connect_signals()
        self.setup_search(self.ui.searchEdit, self.evidence.set_search)
        self.fill_units()
        self.fill_filters()
        self.update_undo()

    def connect_signals(self) -> None:
        ui = self.ui
        ui.unitCombo.activated.connect(lambda _i: self.unit_chosen())
        for combo in (ui.itemFilter, ui.problemFilter, ui.kindFilter):
            combo.activated.connect(lambda _i: self.apply_filters())
        ui.dateFilterCheck.toggled.connect(lambda _on: self.apply_filters())
        ui.dateFromEdit.dateChanged.connect(lambda _d: self.apply_filters())
        ui.dateToEdit.dateChanged.connect(lambda _d: self.apply_filters())
        ui.showRemovedButton.toggled.connect(lambda _on: self.apply_filters())
        ui.addButton.clicked.connect(self.choose_files)
        ui.importButton.clicked.connect(self.choose_camera_folder)
        ui.openButton.clicked.connect(self.open_selected)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.undoButton.clicked.connect(self.undo_remove)
        ui.galleryView.activated.connect(lambda _index: self.open_selected())
        ui.galleryView.selectionModel().selectionChanged.connect(self.selection_changed)
        ui.captionEdit.editingFinished.connect(self.save_caption)
        ui.newInterviewButton.clicked.connect(lambda: self.open_interview(None))
        ui.editInterviewButton.clicked.connect(self.edit_interview)
        ui.interviewsList.itemActivated.connect(lambda _item: self.edit_interview())
        self.evidence.modelReset.connect(self.update_counts)

    def title(self) -> str:
        return self.tr("On-site evidence")

    # Interviews: see EvidenceInterviews (fill_interviews, edit_interview, open_interview).

    # Unit and filters ------------------------------------------------------------------------
    def fill_units(self) -> None:
        combo = self.ui.unitCombo
        combo.clear()
        for unit_id, uscc, name in evidence.unit_choices(self.database):
            combo.addItem(f"{name} ({uscc})", unit_id)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        completer.activated.connect(lambda _text: self.unit_chosen())
        remembered = combo.findData(settings().value(UNIT_KEY, ""))
        combo.setCurrentIndex(max(remembered, 0) if combo.count() else -1)
        self.unit_chosen(remember=False)

    @property
    def unit_id(self) -> str | None:
        return self.ui.unitCombo.currentData()

    def select_unit(self, unit_id: str) -> None:
        self.ui.unitCombo.setCurrentIndex(self.ui.unitCombo.findData(unit_id))
        self.unit_chosen()

    def unit_chosen(self, remember: bool = True) -> None:
        if remember and self.unit_id:
            settings().setValue(UNIT_KEY, self.unit_id)
        self.fill_items()
        self.fill_filters()
        self.fill_interviews()
        self.apply_filters()

    def fill_items(self) -> None:
        items = self.ui.itemsList
        current = self.current_item_id()
        items.clear()
        if not self.unit_id:
            return
        for choice in evidence.item_choices(self.database, self.unit_id):
            clip = self.tr("  [%n file(s)]", "", choice.count) if choice.count else ""
            need = (
                self.tr(" (evidence required)")
                if choice.evidence_required and not choice.count
                else ""
            )
            entry = QListWidgetItem(f"{choice.code} {choice.text}{clip}{need}", items)
            entry.setData(ID_ROLE, choice.id)
            entry.setToolTip(choice.text)
            if choice.id == current:
                items.setCurrentItem(entry)

    def fill_filters(self) -> None:
        ui = self.ui
        keep = {c: c.currentData() for c in (ui.itemFilter, ui.problemFilter, ui.kindFilter)}
        ui.itemFilter.clear()
        ui.itemFilter.addItem(self.tr("All items"), None)
        ui.problemFilter.clear()
        ui.problemFilter.addItem(self.tr("All problems"), None)
        if self.unit_id:
            for choice in evidence.item_choices(self.database, self.unit_id):
                ui.itemFilter.addItem(choice.code, choice.id)
            for problem_id, label in evidence.problem_choices(self.database, self.unit_id):
                ui.problemFilter.addItem(label, problem_id)
        ui.kindFilter.clear()
        ui.kindFilter.addItem(self.tr("All kinds"), None)
        for kind in evidence.MEDIA_KINDS:
            ui.kindFilter.addItem(self.tr_kind(kind), kind)
        for combo, value in keep.items():
            combo.setCurrentIndex(max(combo.findData(value), 0))
        if ui.dateToEdit.date() < ui.dateFromEdit.date() or not ui.dateFilterCheck.isChecked():
            ui.dateFromEdit.setDate(QDate.currentDate().addMonths(-1))
            ui.dateToEdit.setDate(QDate.currentDate())

    def tr_kind(self, kind: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Evidence", evidence.MEDIA_KIND_LABELS[kind])

    def apply_filters(self) -> None:
        ui = self.ui
        dates = ui.dateFilterCheck.isChecked()
        ui.dateFromEdit.setEnabled(dates)
        ui.dateToEdit.setEnabled(dates)
        removed = ui.showRemovedButton.isChecked()
        self.evidence.unit_id = self.unit_id
        self.evidence.set_filters(
            item_id=ui.itemFilter.currentData(),
            problem_id=ui.problemFilter.currentData(),
            kind=ui.kindFilter.currentData(),
            date_from=ui.dateFromEdit.date().toPython() if dates else None,
            date_to=ui.dateToEdit.date().toPython() if dates else None,
            deleted_only=removed or None,
        )
        ui.removeButton.setEnabled(not removed)
        ui.restoreButton.setEnabled(removed)

    def update_counts(self) -> None:
        count = self.evidence.total_count
        self.ui.evidenceEmptyLabel.setVisible(count == 0 and not self.evidence.search)
        self.ui.countLabel.setText(self.tr("%n evidence file(s)", "", count))
        self.selection_changed()

    def refresh(self) -> None:
        unit = self.unit_id
        self.fill_units()
        if unit:
            self.select_unit(unit)

    def retranslate(self) -> None:
        self.fill_filters()
        self.fill_items()
        self.update_counts()
        self.update_undo()

    # Adding ----------------------------------------------------------------------------------
    def current_item_id(self) -> str | None:
        item = self.ui.itemsList.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def max_size(self) -> int:
        try:
            megabytes = int(
                settings().value(MAX_SIZE_KEY, evidence.DEFAULT_MAX_SIZE // evidence.MB)
            )
        except (TypeError, ValueError):
            megabytes = evidence.DEFAULT_MAX_SIZE // evidence.MB
        return megabytes * evidence.MB

    def drop_on_item(self, paths: list[Path], position: QPoint) -> None:
        entry = self.ui.itemsList.itemAt(position)
        if entry is not None:
            self.ui.itemsList.setCurrentItem(entry)
        self.add_paths(paths, entry.data(ID_ROLE) if entry is not None else None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths, self.current_item_id())

    def choose_files(self) -> None:
        files = open_file_names(self, "evidence", self.tr("Add evidence files"))
        if files:
            self.add_paths(files, self.current_item_id())

    def add_paths(self, paths: list[Path], item_id: str | None = None) -> ProgressTask | None:
        if not self.unit_id:
            return None
        link = evidence.Link(unit_id=self.unit_id, item_id=item_id)
        database, limit = self.database, self.max_size()
        self.task = run_with_progress(
            self,
            lambda: evidence.add_files(
                database, evidence.expand_paths(paths), link, max_size=limit
            ),
            self.tr("Storing evidence files"),
            on_done=self.files_added,
        )
        return self.task

    def files_added(self, result: evidence.AddResult) -> None:
        self.ui.undoLabel.setText(self.tr("%n file(s) added.", "", len(result.evidence_ids)))
        self.ui.undoButton.hide()
        self.after_change()

    def choose_camera_folder(self) -> None:
        store = settings()
        start = str(store.value(CAMERA_FOLDER_KEY, "") or "")
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import from a camera card or scanner folder"), start
        )
        if folder:
            store.setValue(CAMERA_FOLDER_KEY, folder)
            self.import_camera_folder(Path(folder))

    def import_camera_folder(self, folder: Path) -> ProgressTask | None:
        if not self.unit_id:
            return None
        link = evidence.Link(unit_id=self.unit_id, item_id=self.current_item_id())
        database, limit = self.database, self.max_size()
        self.task = run_with_progress(
            self,
            lambda: import_folder(database, folder, link, max_size=limit),
            self.tr("Importing new files from {0}").format(folder.name),
            on_done=self.folder_imported,
        )
        return self.task

    def folder_imported(self, result) -> None:
        text = self.tr("%n new file(s) imported", "", len(result.evidence_ids))
        skipped = result.seen_before + result.already_held
        text += self.tr("; %n skipped as already imported", "", skipped) if skipped else ""
        text += (
            self.tr("; %n could not be read", "", len(result.problems)) if result.problems else ""
        )
        self.ui.undoLabel.setText(text + ".")
        self.ui.undoLabel.setToolTip("\n".join(result.problems))
        self.ui.undoButton.hide()
        self.after_change()

    def after_change(self) -> None:
        self.fill_items()
        self.evidence.reload()

    # Selection, caption, open, remove --------------------------------------------------------
    def selected_views(self) -> list[evidence.EvidenceView]:
        rows = sorted(i.row() for i in self.ui.galleryView.selectionModel().selectedIndexes())
        return [self.evidence.rows[r] for r in rows if r < len(self.evidence.rows)]

    def selection_changed(self, *_args) -> None:
        views = self.selected_views()
        single = len(views) == 1
        self.ui.captionEdit.setEnabled(single)
        self.ui.captionEdit.setText(views[0].caption if single else "")
        self.ui.openButton.setEnabled(single)
        self.ui.detailLabel.setText(
            self.evidence.describe(views[0]).replace("\n", " · ") if single else ""
        )

    def save_caption(self) -> None:
        views = self.selected_views()
        if len(views) != 1 or views[0].caption == self.ui.captionEdit.text().strip():
            return
        row = self.evidence.row_of(views[0].id)
        self.evidence.setData(self.evidence.index(row), self.ui.captionEdit.text())

    def open_selected(self) -> None:
        views = self.selected_views()
        if len(views) != 1:
            return
        view = views[0]
        try:
            if view.media_kind == "photo":
                path = evidence.file_path(self.database, view.sha256)
                if not load_image(path).isNull():
                    EvidenceViewer(path, view.label, self).show()
                    return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(open_copy(self.database, view.id))))
        except Exception as error:
            show_error(self, error)

    def remove_selected(self) -> None:
        views = self.selected_views()
        if not views:
            return
        for view in views:
            evidence.remove(self.database, view.id)
        self.removed_ids = [v.id for v in views]
        self.update_undo()
        self.after_change()

    def update_undo(self) -> None:
        if self.removed_ids:
            self.ui.undoLabel.setText(
                self.tr("%n evidence file(s) removed.", "", len(self.removed_ids))
            )
        self.ui.undoButton.setVisible(bool(self.removed_ids))

    def undo_remove(self) -> None:
        self.restore_ids(self.removed_ids)
        self.removed_ids = []
        self.ui.undoLabel.setText(self.tr("Removal undone."))
        self.update_undo()

    def restore_selected(self) -> None:
        self.restore_ids([v.id for v in self.selected_views()])

    def restore_ids(self, ids: list[str]) -> None:
        try:
            for evidence_id in ids:
                evidence.restore(self.database, evidence_id)
        except Exception as error:
            show_error(self, error)
        self.after_change()
