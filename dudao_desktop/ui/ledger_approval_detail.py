"""The detail editor of the matter approval ledger: every field of the three phases (and the
follow-up), saved as it is edited; *Close phase* (refused with the list of empty fields);
attachments stored through the evidence store, removed after a confirmation."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..db.engine import Database
from ..errors import DudaoError
from ..services import approvals, controls, evidence, follow_up_checks
from ..services.ledger_columns import APPROVALS, PHASE_LABELS
from .declared_fields import DeclaredFields
from .errors import show_error
from .file_dialogs import open_file_names
from .forms.ui_LedgerApprovalDetail import Ui_LedgerApprovalDetail
from .ledger_common import confirm
from .override_dialog import OverrideDialog
from .vocab_labels import label as vocab_label
from .workers import run_with_progress

SAVE_DELAY_MS = 600


class ApprovalDetail(QWidget):
    changed = Signal(str)  # the matter whose record changed (saved, phase closed)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.matter_id: str | None = None
        self.values: dict[str, Any] = {}
        self.ui = Ui_LedgerApprovalDetail()
        self.ui.setupUi(self)
        ui = self.ui
        self.fields = DeclaredFields(
            APPROVALS.detail(),
            self,
            {
                None: ui.generalForm,
                "Application": ui.applicationForm,
                "Research": ui.researchForm,
                "Decision": ui.decisionForm,
                "Effectiveness follow-up": ui.followUpForm,
                "Change requested": ui.researchForm,
                "Approval and reply": ui.decisionForm,
            },
        )
        self.groups = {
            "application": ui.applicationGroup,
            "research": ui.researchGroup,
            "decision": ui.decisionGroup,
        }
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save)
        self.fields.edited.connect(self.edited)
        ui.fieldResearchCheck.toggled.connect(ui.researchTeamEdit.setEnabled)
        ui.closePhaseButton.clicked.connect(self.close_phase)
        ui.applyDecisionButton.clicked.connect(self.apply_decision)
        ui.overrideButton.clicked.connect(self.open_override)
        self.override_dialog: OverrideDialog | None = None
        ui.addAttachmentButton.clicked.connect(self.choose_attachments)
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.attachmentsList.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        ui.attachmentsList.currentRowChanged.connect(self.show_attachment_buttons)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.followUpCheckDate.setDate(QDate.currentDate())
        ui.addFollowUpCheckButton.clicked.connect(self.add_follow_up_check)
        ui.followUpFindingEdit.returnPressed.connect(self.add_follow_up_check)
        self.loading = False
        self.show_matter(None)

    # Showing --------------------------------------------------------------------------------
    def show_matter(self, matter_id: str | None) -> None:
        if self.matter_id and matter_id != self.matter_id:
            self.save()
        self.matter_id = matter_id
        self.setEnabled(matter_id is not None)
        self.loading = True
        try:
            self.values = approvals.get_matter(self.database, matter_id) if matter_id else {}
        except Exception as error:  # shown to the user
            self.values, self.matter_id = {}, None
            show_error(self, error)
        v = self.values
        self.fields.load(v)
        self.ui.researchTeamEdit.setEnabled(bool(v.get("field_research")))
        self.ui.unitValue.setText(v.get("unit_name", ""))
        self.show_standing()
        self.ui.savedLabel.setText("")
        self.loading = False
        self.show_phase()
        self.show_attachments()
        self.show_follow_up_checks()

    def show_follow_up_checks(self) -> None:
        """The matter's dated 跟踪问效 checks, oldest first."""
        self.ui.followUpChecksList.clear()
        if not self.matter_id:
            return
        for _id, on, who, finding in follow_up_checks.checks(self.database, self.matter_id):
            self.ui.followUpChecksList.addItem(
                f"{on.isoformat()}  {finding}" + (f"（{who}）" if who else "")
            )

    def add_follow_up_check(self) -> None:
        if not self.matter_id:
            return
        day = self.ui.followUpCheckDate.date()
        try:
            follow_up_checks.add_check(
                self.database,
                self.matter_id,
                self.ui.followUpFindingEdit.text(),
                on=date(day.year(), day.month(), day.day()),
            )
        except DudaoError as error:
            show_error(self, error)
            return
        self.ui.followUpFindingEdit.clear()
        self.show_follow_up_checks()
        self.changed.emit(self.matter_id)

    def show_standing(self) -> None:
        """The unit's open problems, warnings, blacklist and accountability beside the matter."""
        unit_id = self.values.get("unit_id")
        if not unit_id:
            self.ui.standingLabel.setText("")
            return
        standing = approvals.unit_standing(self.database, unit_id)
        parts = [
            self.tr("Open problems: {0}").format(standing.open_problems),
            self.tr("Open warnings: {0}").format(standing.open_warnings),
        ]
        if standing.blacklisted:
            parts.append(self.tr("ON THE BLACKLIST"))
        if standing.open_accountability:
            parts.append(self.tr("Open accountability: {0}").format(standing.open_accountability))
        self.ui.standingLabel.setText("  ·  ".join(parts))
        self.ui.applyDecisionButton.setEnabled(not self.values.get("applied_to_unit_on"))

    def apply_decision(self) -> None:
        if not self.matter_id or not self.save():
            return
        changes = approvals.change_texts(self.values)
        if changes and not confirm(
            self,
            self.tr("Apply the decision"),
            self.tr(
                "Change the approved figures of {0} by: {1}? This is recorded in the archive "
                "with the reply document number and cannot be applied twice."
            ).format(self.values.get("unit_name", ""), "，".join(changes)),
        ):
            return
        try:
            approvals.apply_decision(self.database, self.matter_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        matter_id = self.matter_id
        self.show_matter(matter_id)
        self.changed.emit(matter_id)

    def show_phase(self) -> None:
        phase = self.values.get("phase")
        if not phase:
            self.ui.phaseValue.setText(self.tr("Select a matter to edit it."))
            self.ui.missingLabel.setText("")
            self.ui.closePhaseButton.setEnabled(False)
            return
        self.ui.phaseValue.setText(self.tr("Phase: {0}").format(vocab_label(PHASE_LABELS, phase)))
        # The current phase's title stands out (a style on the title only, not the fields).
        group = self.groups.get(phase)
        self.ui.scrollContents.setStyleSheet(
            f"QGroupBox#{group.objectName()}::title {{ color: palette(highlight); "
            "font-weight: bold; }"
            if group is not None
            else ""
        )
        open_phase = phase in approvals.PHASE_FIELDS
        self.ui.closePhaseButton.setEnabled(open_phase)
        hold = self.open_hold()
        self.ui.overrideButton.setVisible(hold is not None)
        self.offer_override()
        missing = approvals.missing_in(self.current_values()) if open_phase else []
        lines = []
        if hold is not None:
            lines.append(
                self.tr("Held by management control: {0}").format(
                    "；".join(r["detail"] for r in hold.reasons)
                )
            )
        if missing:
            lines.append(
                self.tr("Still empty in this phase: {0}").format(
                    ", ".join(self.field_label(m) for m in missing)
                )
            )
        self.ui.missingLabel.setText("\n".join(lines))

    def open_hold(self) -> controls.HoldRow | None:
        if not self.matter_id:
            return None
        return next(
            (h for h in controls.holds(self.database, self.matter_id) if h.status == "held"), None
        )

    def offer_override(self) -> None:
        """Only a signed-in office leader may override; others see why the button is off."""
        leader = controls.may_override(self.database)
        self.ui.overrideButton.setEnabled(leader)
        self.ui.overrideButton.setToolTip(
            ""
            if leader
            else self.tr(
                "Only an office leader may override a hold: sign in as one "
                "(Tools > Users and roles)."
            )
        )

    def open_override(self) -> None:
        hold = self.open_hold()
        if hold is None:
            return
        self.override_dialog = OverrideDialog(self.database, hold, self)
        self.override_dialog.overridden.connect(self.on_overridden)
        self.override_dialog.open()

    def on_overridden(self, _hold_id: str) -> None:
        self.show_phase()
        if self.matter_id:
            self.changed.emit(self.matter_id)

    @staticmethod
    def field_label(name: str) -> str:
        from .. import i18n

        return i18n.translate("Ledgers", APPROVALS.column(name).label)

    def show_attachments(self) -> None:
        self.ui.attachmentsList.clear()
        if not self.matter_id:
            return
        for item in evidence.list_evidence(self.database, approval_id=self.matter_id):
            row = QListWidgetItem(item.label)
            row.setToolTip(item.original_name)
            row.setData(256, item.sha256)
            row.setData(257, item.id)
            self.ui.attachmentsList.addItem(row)
        self.show_attachment_buttons()

    def show_attachment_buttons(self, *_args) -> None:
        chosen = self.ui.attachmentsList.currentItem() is not None
        self.ui.openAttachmentButton.setEnabled(chosen)
        self.ui.removeAttachmentButton.setEnabled(chosen)

    # Editing --------------------------------------------------------------------------------
    def edited(self, *_args) -> None:
        if not self.loading and self.matter_id:
            self.ui.savedLabel.setText(self.tr("Editing…"))
            self.save_timer.start()

    def current_values(self) -> dict[str, Any]:
        return {**self.values, **self.fields.values()}

    def edited_fields(self) -> dict[str, Any]:
        return self.fields.changed(self.values)

    def save(self) -> bool:
        """Write the edited fields now; False (with a message) if they were refused."""
        self.save_timer.stop()
        if not self.matter_id:
            return False
        fields = self.edited_fields()
        if not fields:
            return True
        try:
            version = approvals.update_matter(
                self.database, self.matter_id, self.values.get("version"), **fields
            )
        except Exception as error:  # shown to the user
            show_error(self, error)
            return False
        self.values.update(fields, version=version)
        self.ui.savedLabel.setText(self.tr("Saved"))
        self.show_phase()
        self.changed.emit(self.matter_id)
        return True

    def close_phase(self) -> None:
        if not self.matter_id or not self.save():
            return
        try:
            approvals.close_phase(self.database, self.matter_id)
        except Exception as error:  # shown to the user
            show_error(self, error)
            return
        matter_id = self.matter_id
        self.show_matter(matter_id)
        self.changed.emit(matter_id)

    # Attachments ----------------------------------------------------------------------------
    def choose_attachments(self) -> None:
        names = open_file_names(self, "evidence", self.tr("Attach files to the matter"))
        if names:
            self.attach(names)

    def attach(self, paths: list[Path]):
        """Store ``paths`` as attachments in a worker; the list refreshes when done."""
        if not self.matter_id:
            return None
        link = evidence.Link(approval_id=self.matter_id)
        return run_with_progress(
            self,
            lambda: evidence.add_files(self.database, paths, link),
            self.tr("Storing attachments"),
            on_done=lambda _result: self.show_attachments(),
        )

    def open_attachment(self) -> None:
        item = self.ui.attachmentsList.currentItem()
        if item is not None:
            path = evidence.file_path(self.database, item.data(256))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_attachment(self) -> None:
        item = self.ui.attachmentsList.currentItem()
        if item is None or not self.matter_id:
            return
        if not confirm(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove the attachment '{0}' from this matter?").format(item.text()),
        ):
            return
        try:
            approvals.remove_attachment(self.database, self.matter_id, item.data(257))
        except Exception as error:  # shown to the user
            show_error(self, error)
        self.show_attachments()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.fields.retranslate()
            self.show_phase()
        super().changeEvent(event)
