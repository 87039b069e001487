"""A simple timeline of the campaign's milestones (QPainter): one bar per milestone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1"]


class PlanTimeline(QWidget):
    """Bars from start to due date on the campaign's span; month ticks along the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span: tuple[date, date] | None = None
        self.items: list[tuple[str, date, date]] = []

    def set_milestones(self, start: date | None, end: date | None, milestones) -> None:
        items = []
        for m in milestones:
            first = m.start_date or m.due_date
            last = m.due_date or m.start_date
            if first and last:
                items.append((m.title, first, last))
        days = [d for _t, a, b in items for d in (a, b)] + [d for d in (start, end) if d]
        self.items = items
        self.span = (min(days), max(days)) if days else None
        self.setMinimumHeight(30 + 18 * max(len(items), 1))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(6, 4, -6, -18)
        if self.span is None:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated milestones yet.")
            )
            return
        first, last = self.span
        total = max((last - first).days, 1)

        def x(day: date) -> float:
            return rect.left() + rect.width() * (day - first).days / total

        painter.setPen(QPen(QColor("#999999")))
        month = date(first.year, first.month, 1)
        while month <= last:
            if month >= first:
                painter.drawLine(int(x(month)), rect.top(), int(x(month)), rect.bottom() + 4)
                painter.drawText(int(x(month)) + 2, rect.bottom() + 15, f"{month.month}")
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        row = max(min(18.0, rect.height() / max(len(self.items), 1)), 8.0)
        for index, (title, start, due) in enumerate(self.items):
            top = rect.top() + index * row
            left, right = x(start), x(due) + max(rect.width() / total, 3)
            colour = QColor(COLOURS[index % len(COLOURS)])
            painter.fillRect(QRectF(left, top + 2, right - left, row - 4), colour)
            painter.setPen(QPen(QColor("#222222")))
            # A late milestone's title would run off the right edge: it ends there instead.
            fits = left + 3 + painter.fontMetrics().horizontalAdvance(title) <= rect.right()
            painter.drawText(
                QRectF(left + 3, top, rect.right() - left - 3, row)
                if fits
                else QRectF(rect.left(), top, rect.width(), row),
                Qt.AlignmentFlag.AlignVCenter
                | (Qt.AlignmentFlag.AlignLeft if fits else Qt.AlignmentFlag.AlignRight),
                title,
            )
        painter.end()
