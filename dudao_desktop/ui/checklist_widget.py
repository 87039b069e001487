"""The two-stage checklist of one unit, keyboard first.

Arrow keys move; Y / N / A (or 是 / 否 / 无) answer the verified column and move to the next
item; Enter edits the note; every edit is saved at once. Buttons record a problem or a
suggestion from the selected item, close the procedure step (or show what is missing),
confirm the grade and print the on-site check form.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QStyle,
    QWidget,
)

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model.vocab import STEP_LABELS
from ..services import approvals, checklist, procedure, users
from .checklist_dialogs import GradeDialog, ItemRecordDialog
from .figure_checks_dialog import FigureChecksDialog
from .forms.ui_ChecklistWidget import Ui_ChecklistWidget
from .visit_dialog import VisitDialog
from .vocab_labels import label as vocab_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS = {"y": "yes", "是": "yes", "n": "no", "否": "no", "a": "na", "无": "na"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistModel", text)


_ICONS: dict[str, QIcon] = {}


def evidence_icon(state: str) -> QIcon:
    """The style's own icons (drawn, not font glyphs): a file for attached evidence, a
    warning sign for evidence required but missing."""
    if state not in _ICONS:
        pixmap = (
            QStyle.StandardPixmap.SP_FileIcon
            if state == "attached"
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        _ICONS[state] = QApplication.style().standardIcon(pixmap)
    return _ICONS[state]


class ChecklistModel(QAbstractTableModel):
    """Rows of :func:`checklist.checklist_rows`; the verified value and note are editable."""

    CODE, ITEM, SELF, HELD, VERIFIED, MISMATCH, NOTE, EVIDENCE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Checklist item"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Self-assessment"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Office data"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Verified"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Mismatch"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Note"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Evidence"),
    )
    NEEDS_EVIDENCE = QT_TRANSLATE_NOOP("ChecklistModel", "This item needs evidence")
    FIGURE_DIFFERS = QT_TRANSLATE_NOOP(
        "ChecklistModel", "The unit's figure differs from the office's data: see Figures…"
    )
    HAS_EVIDENCE = QT_TRANSLATE_NOOP("ChecklistModel", "{0} evidence files attached")
    error = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.inspection_id = ""
        self.rows: list[checklist.ChecklistRow] = []

    @property
    def total_count(self) -> int:
        return len(self.rows)

    def load(self, inspection_id: str) -> None:
        self.beginResetModel()
        self.inspection_id = inspection_id
        self.rows = checklist.checklist_rows(self.database, inspection_id) if inspection_id else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == self.VERIFIED
        ):
            return QCoreApplication.translate(
                "ChecklistWidget", "Keys: Y yes, N no, A not applicable; Ctrl+R records a problem"
            )
        return None

    @staticmethod
    def answer_text(value: str) -> str:
        label = checklist.ANSWER_LABELS.get(value)
        return QCoreApplication.translate("Checklist", label) if label else value

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.item_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.CODE:
                return row.code
            if column == self.ITEM:
                return row.text
            if column == self.SELF:
                return self.answer_text(row.self_value)
            if column == self.HELD:
                return "" if row.held is None else str(row.held)
            if column == self.VERIFIED:
                return (
                    self.answer_text(row.verified_value)
                    if role == Qt.ItemDataRole.DisplayRole
                    else row.verified_value
                )
            if column == self.MISMATCH:
                return _tr(self.HEADERS[self.MISMATCH]) if row.mismatch else ""
            if column == self.NOTE:
                return row.note
            if column == self.EVIDENCE:
                # A drawn icon (DecorationRole) marks evidence; the text is the count only,
                # so no glyph depends on the font.
                return str(row.evidence_count) if row.evidence_count else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.EVIDENCE:
            if row.evidence_count:
                return evidence_icon("attached")
            return evidence_icon("missing") if row.evidence_required else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.EVIDENCE and row.evidence_count:
            return _tr(self.HAS_EVIDENCE).format(row.evidence_count)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ITEM:
            return row.guidance
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.EVIDENCE
            and row.evidence_required
        ):
            return _tr(self.NEEDS_EVIDENCE)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MISMATCH and row.mismatch:
            return Qt.GlobalColor.red
        if column in (self.SELF, self.HELD) and self.figure_differs(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return Qt.GlobalColor.red
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(self.FIGURE_DIFFERS)
        return None

    @staticmethod
    def figure_differs(row: checklist.ChecklistRow) -> bool:
        return row.held is not None and bool(row.self_value) and row.self_value != str(row.held)

    def flags(self, index):
        base = super().flags(index)
        if index.column() in (self.VERIFIED, self.NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        fields = (
            {"note": str(value)}
            if index.column() == self.NOTE
            else ({"verified_value": value} if index.column() == self.VERIFIED else None)
        )
        if fields is None:
            return False
        try:
            updated = checklist.set_answer(
                self.database, self.inspection_id, row.item_id, **fields, by=self.database.user_name
            )
        except DudaoError as error:
            self.error.emit(error)
            return False
        self.rows[index.row()] = updated
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        return True


class ChecklistWidget(QWidget):
    """The checklist of one inspection with its procedure actions."""

    changed = Signal()
    print_requested = Signal(str)  # unit id

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_ChecklistWidget()
        self.ui.setupUi(self)
        self.model = ChecklistModel(database, self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setStretchLastSection(False)
        # The item text takes the room; answers, flag and evidence stay as narrow as their
        # contents so the table fits a 1366-pixel screen beside the unit list.
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (
            ChecklistModel.CODE,
            ChecklistModel.SELF,
            ChecklistModel.HELD,
            ChecklistModel.VERIFIED,
            ChecklistModel.MISMATCH,
            ChecklistModel.EVIDENCE,
        ):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(ChecklistModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChecklistModel.NOTE, 120)
        header.sectionResized.connect(self.on_column_resized)
        self.ui.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.ui.table.installEventFilter(self)
        self.inspection_id = ""
        self.unit_id = ""
        self.dialog: QDialog | None = None
        self.model.error.connect(self.show_error)
        self.ui.problemButton.clicked.connect(lambda: self.record_from_item(False))
        self.ui.suggestionButton.clicked.connect(lambda: self.record_from_item(True))
        self.ui.closeStepButton.clicked.connect(self.close_step)
        self.ui.visitButton.clicked.connect(self.open_visit)
        self.ui.figuresButton.clicked.connect(self.open_figures)
        self.ui.gradeButton.clicked.connect(self.confirm_grade)
        self.ui.approveGradeButton.clicked.connect(self.approve_grade)
        self.ui.printButton.clicked.connect(lambda: self.print_requested.emit(self.unit_id))
        QShortcut(QKeySequence("Ctrl+R"), self, lambda: self.record_from_item(False))
        self.set_inspection("", "")

    # Loading ------------------------------------------------------------------------------------
    def set_inspection(self, inspection_id: str, unit_id: str) -> None:
        self.inspection_id, self.unit_id = inspection_id, unit_id
        self.model.load(inspection_id)
        for widget in (
            self.ui.problemButton,
            self.ui.suggestionButton,
            self.ui.closeStepButton,
            self.ui.gradeButton,
            self.ui.printButton,
            self.ui.visitButton,
            self.ui.figuresButton,
        ):
            widget.setEnabled(bool(inspection_id))
        self.ui.messageLabel.clear()
        self.update_step()
        if self.model.rowCount():
            self.ui.table.setCurrentIndex(self.model.index(0, ChecklistModel.VERIFIED))
        self.ui.table.resizeRowsToContents()

    def on_column_resized(self, column: int, _old: int, _new: int) -> None:
        # Wrapped item texts get their height again when the item column's width changes.
        if column == ChecklistModel.ITEM and self.model.rowCount():
            self.ui.table.resizeRowsToContents()

    def update_step(self) -> None:
        if not self.inspection_id:
            self.ui.stepLabel.setText(self.tr("No unit selected"))
            return
        from ..model import Inspection

        with self.database.Session() as s:
            inspection = s.get(Inspection, self.inspection_id)
        text = self.tr("Step: {0}").format(vocab_label(STEP_LABELS, inspection.step))
        if inspection.grade:
            text += "  " + self.tr("Grade: {0}").format(procedure.grade_label(inspection.grade))
        if inspection.locked:
            text += "  " + self.tr("(locked)")
        if inspection.approved_by:
            text += "  " + self.tr("Approved by {0}").format(inspection.approved_by)
        standing = approvals.unit_standing(self.database, inspection.unit_id)
        if standing.blacklisted:
            text += "  " + self.tr("ON THE BLACKLIST")
        if standing.open_accountability:
            text += "  " + self.tr("Open accountability: {0}").format(standing.open_accountability)
        self.ui.stepLabel.setText(text)

    def show_error(self, error: BaseException) -> None:
        self.ui.messageLabel.setText(i18n.error_text(error))

    # Visit and figures --------------------------------------------------------------------------
    def open_visit(self) -> None:
        self.dialog = VisitDialog(self.database, self.inspection_id, self.unit_id, self)
        self.dialog.saved.connect(self.on_dialog_saved)
        self.dialog.open()

    def open_figures(self) -> None:
        self.dialog = FigureChecksDialog(self.database, self.inspection_id, self)
        self.dialog.decided.connect(self.on_dialog_saved)
        self.dialog.open()

    def on_dialog_saved(self, *_args) -> None:
        self.ui.messageLabel.clear()
        self.update_step()
        self.changed.emit()

    # Keyboard -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.table
            and event.type() == QEvent.Type.KeyPress
            and self.ui.table.state() != QAbstractItemView.State.EditingState
        ):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            value = KEYS.get(key_event.text().lower())
            if value and not key_event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.answer_current(value)
                return True
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_note()
                return True
        return super().eventFilter(watched, event)

    def answer_current(self, value: str) -> None:
        current = self.ui.table.currentIndex()
        if not current.isValid():
            return
        row = current.row()
        if self.model.rows[row].answer_kind != "yes_no" and value != "na":
            self.ui.messageLabel.setText(
                self.tr(
                    "Item {0} is answered with a number or a text: "
                    "press Enter and type it in the note, or "
                    "double-click the verified cell."
                ).format(self.model.rows[row].code)
            )
            return
        if self.model.setData(self.model.index(row, ChecklistModel.VERIFIED), value):
            self.ui.messageLabel.clear()
            self.changed.emit()
            if row + 1 < self.model.rowCount():
                self.ui.table.setCurrentIndex(self.model.index(row + 1, ChecklistModel.VERIFIED))

    def edit_note(self) -> None:
        current = self.ui.table.currentIndex()
        if current.isValid():
            index = self.model.index(current.row(), ChecklistModel.NOTE)
            self.ui.table.setCurrentIndex(index)
            self.ui.table.edit(index)

    def current_item_id(self) -> str:
        current = self.ui.table.currentIndex()
        return self.model.rows[current.row()].item_id if current.isValid() else ""

    # Actions ------------------------------------------------------------------------------------
    def record_from_item(self, suggestion: bool) -> None:
        item_id = self.current_item_id()
        if not item_id:
            self.ui.messageLabel.setText(self.tr("Select a checklist item first."))
            return
        category, text = checklist.problem_draft(self.database, self.inspection_id, item_id)
        dialog = ItemRecordDialog(suggestion, category, text, self)
        dialog.accepted.connect(lambda: self.save_record(dialog, item_id))
        self.dialog = dialog
        dialog.open()

    def save_record(self, dialog: ItemRecordDialog, item_id: str) -> None:
        category, text = dialog.values()
        try:
            if dialog.suggestion:
                checklist.record_suggestion(
                    self.database, self.inspection_id, item_id, text, category
                )
                self.ui.messageLabel.setText(self.tr("Suggestion recorded."))
            else:
                checklist.record_problem(self.database, self.inspection_id, item_id, category, text)
                self.ui.messageLabel.setText(self.tr("Problem recorded."))
        except DudaoError as error:
            self.show_error(error)
            return
        self.changed.emit()

    def close_step(self) -> None:
        try:
            step = procedure.close_step(self.database, self.inspection_id)
        except DudaoError as error:
            self.show_error(error)
            return
        self.ui.messageLabel.setText(
            self.tr("Step closed; the unit is now at: {0}.").format(vocab_label(STEP_LABELS, step))
        )
        self.update_step()
        self.changed.emit()

    def confirm_grade(self) -> None:
        from ..model import Inspection

        with self.database.Session() as s:
            locked = s.get(Inspection, self.inspection_id).locked
        suggestion = procedure.suggest_grade(self.database, self.inspection_id)
        user = users.current_user(self.database)
        dialog = GradeDialog(suggestion, locked, user.name if user else "", self)
        dialog.accepted.connect(lambda: self.save_grade(dialog))
        self.dialog = dialog
        dialog.open()

    def approve_grade(self) -> None:
        """审定 by the signed-in office leader; anyone else is refused with a message."""
        if not self.inspection_id:
            return
        try:
            procedure.approve_grade(self.database, self.inspection_id)
        except DudaoError as error:
            self.show_error(error)
            return
        self.ui.messageLabel.setText(self.tr("Grade approved."))
        self.update_step()
        self.changed.emit()

    def save_grade(self, dialog: GradeDialog) -> None:
        ui = dialog.ui
        try:
            procedure.confirm_grade(
                self.database,
                self.inspection_id,
                ui.gradeCombo.currentData(),
                ui.noteEdit.text().strip(),
                ui.reasonEdit.text().strip(),
            )
        except DudaoError as error:
            self.show_error(error)
            return
        self.ui.messageLabel.setText(self.tr("Grade confirmed; the record is locked."))
        self.update_step()
        self.changed.emit()
