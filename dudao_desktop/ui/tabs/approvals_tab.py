"""Matter approval ledger (事项审批台账): matters by phase, with the selected matter's record."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ...db.engine import Database
from ...services import overview
from ..forms.ui_ApprovalsTab import Ui_ApprovalsTab
from ..table_model import QueryTableModel
from ..vocab_labels import label as vocab_label
from .base import Tab


class ApprovalsTab(Tab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_ApprovalsTab()
        self.ui.setupUi(self)
        self.model = QueryTableModel(overview.ApprovalListing(database), self)
        self.show_model(self.ui.approvalsView, self.model, overview.ApprovalListing.APPLIED_ON)
        self.setup_search(self.ui.searchEdit)
        self.ui.approvalsView.selectionModel().selectionChanged.connect(self.on_selection)
        self.model.modelReset.connect(self.update_count)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.current_id: str | None = None
        self.update_count()
        self.show_matter(None)

    def title(self) -> str:
        return self.tr("Matter approval ledger")

    def update_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n matter(s)", "", self.model.total_count))

    def on_selection(self, *_args) -> None:
        rows = self.ui.approvalsView.selectionModel().selectedRows()
        self.show_matter(self.model.record_id(rows[0].row()) if rows else None)

    def sections(self, matter) -> list[tuple[str, list[tuple[str, str]]]]:
        def day(value) -> str:
            return value.isoformat() if value else ""

        return [
            (self.tr("Application"), [
                (self.tr("Applied on"), day(matter.applied_on)),
                (self.tr("Reason"), matter.reason),
                (self.tr("Superior documents"), matter.superior_documents),
                (self.tr("Situation elsewhere"), matter.elsewhere),
                (self.tr("Preliminary plan"), matter.preliminary_plan),
            ]),
            (self.tr("Research"), [
                (self.tr("Current institutions"), matter.current_institutions),
                (self.tr("Staffing"), matter.staffing),
                (self.tr("Leader posts"), matter.leader_posts),
                (self.tr("Policy basis"), matter.policy_basis),
                (self.tr("Needs"), matter.needs),
                (self.tr("Supporting measures"), matter.supporting_measures),
                (self.tr("Expected effect"), matter.expected_effect),
                (self.tr("Follow-up management"), matter.follow_up_management),
                (self.tr("Research team"), matter.research_team),
            ]),
            (self.tr("Decision"), [
                (self.tr("Office meeting"), day(matter.meeting_on)),
                (self.tr("Preliminary opinion"), matter.preliminary_opinion),
                (self.tr("Decision"), matter.decision),
                (self.tr("Document number"), matter.document_number),
                (self.tr("Implementation"), matter.implementation),
            ]),
            (self.tr("Effectiveness follow-up"), [
                (self.tr("Follow-up indicators"), matter.follow_up_indicators),
                (self.tr("Follow-up result"), matter.follow_up_result),
            ]),
        ]

    def show_matter(self, matter_id: str | None) -> None:
        self.current_id = matter_id
        matter = overview.approval_matter(self.database, matter_id) if matter_id else None
        if matter is None:
            self.ui.detailBrowser.setHtml(
                "<p>" + escape(self.tr("Select a matter to see its record.")) + "</p>"
            )
            return
        phase = vocab_label(overview.APPROVAL_PHASE_LABELS, matter.phase)
        parts = [f"<h3>{escape(matter.title)}</h3>",
                 f"<p>{escape(self.tr('Phase'))}: {escape(phase)}</p>"]
        for heading, fields in self.sections(matter):
            rows = "".join(
                f"<tr><td><b>{escape(name)}</b></td><td>{escape(value)}</td></tr>"
                for name, value in fields
                if value
            )
            if rows:
                parts.append(f"<h4>{escape(heading)}</h4><table cellpadding='3'>{rows}</table>")
        self.ui.detailBrowser.setHtml("".join(parts))

    def refresh(self) -> None:
        super().refresh()
        self.show_matter(self.current_id if self.current_id else None)

    def retranslate(self) -> None:
        self.update_count()
        self.show_matter(self.current_id)
