"""Charts for the reports, drawn with ``reportlab.graphics`` in the bundled CJK font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from .fonts import FONT, register_fonts
from .pdf import FRAME_WIDTH

#: Sober colours that survive a black-and-white office printer as distinct greys.
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#2F5597",
        "#C55A11",
        "#548235",
        "#7F6000",
        "#7030A0",
        "#1F7A7A",
        "#A5A5A5",
        "#843C0C",
        "#203864",
        "#375623",
    )
]
BAR_COLOUR = colors.HexColor("#2F5597")
LABEL_SIZE = 8.5


def _label_width(labels: Sequence[str]) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max((stringWidth(text, FONT, LABEL_SIZE) for text in labels), default=0)


def bar_chart(
    items: Sequence[tuple[str, int]], caption: str = "", width: float = FRAME_WIDTH
) -> Drawing:
    """Horizontal bars, one per (label, value), largest first as given, value at the end."""
    register_fonts()
    labels = [label for label, _ in items] or [""]
    values = [value for _, value in items] or [0]
    bar_height = 6 * mm
    top = 10 * mm if caption else 3 * mm
    height = bar_height * len(values) + top + 10 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_space = min(_label_width(labels) + 4 * mm, width * 0.45)
    chart.x = label_space
    chart.y = 8 * mm
    chart.width = width - label_space - 12 * mm
    chart.height = bar_height * len(values)
    # reportlab draws the first category at the bottom: reverse to read top-down.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    peak = max(values) if values else 0
    chart.valueAxis.valueMax = max(peak * 1.15, 1)
    chart.valueAxis.valueStep = max(1, round(peak / 5 + 0.49)) if peak else 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if caption:
        drawing.add(
            String(
                width / 2, height - 6 * mm, caption, fontName=FONT, fontSize=10, textAnchor="middle"
            )
        )
    return drawing


def pie_chart(
    items: Sequence[tuple[str, int]], caption: str = "", width: float = FRAME_WIDTH
) -> Drawing:
    """A pie with a legend "label  value (share)" on its right; zero values are left out."""
    register_fonts()
    shown = [(label, value) for label, value in items if value > 0] or [("", 1)]
    total = sum(value for _, value in shown)
    size = 45 * mm
    top = 10 * mm if caption else 3 * mm
    height = max(size, 6 * mm * len(shown)) + top + 6 * mm
    drawing = Drawing(width, height)
    pie = Pie()
    pie.x = 10 * mm
    pie.y = 4 * mm
    pie.width = pie.height = size
    pie.data = [value for _, value in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(shown)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x = pie.x + size + 12 * mm
    legend.y = pie.y + size
    legend.fontName = FONT
    legend.fontSize = LABEL_SIZE + 0.5
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.dy = 5
    legend.deltay = 6 * mm
    legend.colorNamePairs = [
        (PALETTE[index % len(PALETTE)], f"{label}  {value}（{value / total:.1%}）")
        for index, (label, value) in enumerate(shown)
    ]
    drawing.add(legend)
    if caption:
        drawing.add(
            String(
                width / 2, height - 6 * mm, caption, fontName=FONT, fontSize=10, textAnchor="middle"
            )
        )
    return drawing
