"""A small horizontal bar chart drawn with QPainter: readable labels (Chinese included), the
value at the end of each bar, and a click on a bar reported with the bar's key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOUR = QColor("#2F5597")
HOVER_COLOUR = QColor("#C55A11")
ROW_HEIGHT = 24
PADDING = 6


@dataclass
class Bar:
    key: object
    label: str
    value: int
    tooltip: str = ""


class BarChart(QWidget):
    """Rows of "label ▇▇▇▇ value"; ``barClicked(key)`` when a row is clicked."""

    barClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.hovered = -1
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.hovered = -1
        self.updateGeometry()
        self.update()

    def values(self) -> dict[object, int]:
        return {bar.key: bar.value for bar in self.bars}

    # Geometry ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.bars)) * ROW_HEIGHT + 2 * PADDING)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 12, int(self.width() * 0.45))

    def _value_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(str(b.value)) for b in self.bars), default=0) + 10

    def bar_rect(self, index: int) -> QRectF:
        """The area of row ``index`` (label and bar): what a click on it selects."""
        return QRectF(0, PADDING + index * ROW_HEIGHT, self.width(), ROW_HEIGHT)

    def row_at(self, y: float) -> int:
        index = int((y - PADDING) // ROW_HEIGHT)
        return index if 0 <= index < len(self.bars) and y >= PADDING else -1

    # Painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = self._label_width()
        value_width = self._value_width()
        span = max(self.width() - label_width - value_width - PADDING, 10)
        peak = max((b.value for b in self.bars), default=0) or 1
        text_colour = self.palette().color(self.foregroundRole())
        for index, bar in enumerate(self.bars):
            row = self.bar_rect(index)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, row.top(), label_width - 8, row.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = span * bar.value / peak
            colour = HOVER_COLOUR if index == self.hovered else BAR_COLOUR
            painter.fillRect(
                QRectF(label_width, row.top() + 4, max(length, 1), row.height() - 8), colour
            )
            painter.drawText(
                QRectF(label_width + length + 4, row.top(), value_width, row.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(bar.value),
            )
        painter.end()

    # Interaction ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        if index != self.hovered:
            self.hovered = index
            self.update()
            if index >= 0 and self.bars[index].tooltip:
                QToolTip.showText(event.globalPosition().toPoint(), self.bars[index].tooltip, self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self.hovered = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.row_at(event.position().y())
            if index >= 0:
                self.barClicked.emit(self.bars[index].key)
        super().mouseReleaseEvent(event)
