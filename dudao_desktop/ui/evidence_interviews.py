"""The evidence tab's interview (座谈) list: filling it and opening the interview dialog.

A mixin of :class:`EvidenceTab` (it uses the tab's ``ui``, ``database``, ``unit_id`` and
``evidence``); it has no translatable strings of its own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from ..services import interviews
from .interview_dialog import InterviewDialog
from .settings import settings

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidenceInterviews:
    """Interviews of the tab's unit, listed beside the gallery."""

    def fill_interviews(self) -> None:
        box = self.ui.interviewsList
        box.clear()
        found = interviews.list_interviews(self.database, self.unit_id) if self.unit_id else []
        for interview in found:
            data = interview.data
            when = data.held_on.isoformat() if isinstance(data.held_on, date) else ""
            head = data.participants.unit_head
            entry = QListWidgetItem(" · ".join(p for p in (when, data.place, head) if p), box)
            entry.setData(ID_ROLE, interview.id)
        self.ui.interviewsEmptyLabel.setVisible(not found)
        self.ui.editInterviewButton.setEnabled(bool(found))

    def edit_interview(self) -> None:
        entry = self.ui.interviewsList.currentItem()
        if entry is not None:
            self.open_interview(entry.data(ID_ROLE))

    def open_interview(self, interview_id: str | None) -> InterviewDialog | None:
        if not self.unit_id:
            return None
        dialog = InterviewDialog(self.database, self.unit_id, interview_id, self, settings())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.fill_interviews())
        dialog.finished.connect(lambda _result: self.evidence.reload())
        dialog.open()
        return dialog
