"""The base of every PDF the application prints: A4 pages, the bundled CJK font embedded,
the campaign's name in the header and "Page X of Y" in the footer.

A document is a reportlab *story* (a list of flowables) built with the helpers below and
written with :func:`write_pdf`::

    from dudao_desktop.documents import pdf

    story = [
        pdf.title("现场检查表"),
        pdf.paragraph("被检查单位：某某局"),
        pdf.table(["序号", "检查内容", "结论"],
                  [[1, "机构设置……", pdf.choices(["符合", "不符合"])]],
                  col_widths=[1, 8, 3]),
        pdf.signature_lines(["检查人员签字", "被检查单位负责人签字"]),
    ]
    pdf.write_pdf(path, story, title="现场检查表", header="2025年度机构编制大督导")

Text handed to :func:`paragraph` and :func:`table` is plain text (it is XML-escaped; use
``markup=True`` for reportlab's ``<b>``/``<br/>`` mini-language). Fixed labels in code are
English, marked with ``QT_TRANSLATE_NOOP("Documents", ...)`` and rendered with
``i18n.translate("Documents", text)``; domain text (checklist items, letters) is data.

Page numbers: the whole file is numbered 1..N unless the story contains
:func:`new_section` markers; each marker starts a new numbering (one check form per unit in
one printed batch reads "Page 1 of 3" for every unit). Use :func:`page_break` between
sections so a section starts on its own page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from .fonts import FONT, FONT_BOLD, register_fonts
from .pages import (  # noqa: F401 - re-exported: pdf is the one module documents import
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_FOOTER,
    PAGE_SIZE,
    build_pdf,
    new_section,
    write_pdf,
)

CONTEXT = "Documents"
DATE_LABEL = QT_TRANSLATE_NOOP("Documents", "Date")

#: Inline symbols the bundled font has (U+2610 "☐" is missing from it; use these).
BOX = "□"
TICK = "✓"

GRID = colors.HexColor("#444444")
HEADER_FILL = colors.HexColor("#E8E8E8")


# -- styles ------------------------------------------------------------------------------------


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font (Chinese wraps at any character).

    Names: ``title``, ``subtitle``, ``heading``, ``body``, ``body_indent`` (two-character
    first-line indent, as Chinese official letters use), ``small``, ``right``, ``cell``,
    ``cell_center``, ``cell_header``.
    """
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK")

    def make(name: str, **overrides: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **overrides)

    return {
        "title": make(
            "title",
            fontName=FONT_BOLD,
            fontSize=18,
            leading=26,
            alignment=TA_CENTER,
            spaceAfter=6 * mm,
        ),
        "subtitle": make(
            "subtitle", fontSize=12, leading=18, alignment=TA_CENTER, spaceAfter=4 * mm
        ),
        "heading": make(
            "heading",
            fontName=FONT_BOLD,
            fontSize=13,
            leading=20,
            spaceBefore=3 * mm,
            spaceAfter=2 * mm,
        ),
        "body": base,
        "body_indent": make("body_indent", firstLineIndent=21),
        "small": make("small", fontSize=8.5, leading=12),
        "right": make("right", alignment=TA_RIGHT),
        "cell": make("cell", fontSize=9, leading=12.5, alignment=TA_LEFT),
        "cell_center": make("cell_center", fontSize=9, leading=12.5, alignment=TA_CENTER),
        "cell_header": make(
            "cell_header", fontName=FONT_BOLD, fontSize=9, leading=12.5, alignment=TA_CENTER
        ),
    }


def style(name: str) -> ParagraphStyle:
    return styles()[name]


# -- text --------------------------------------------------------------------------------------


def _markup(text: Any, markup: bool) -> str:
    value = "" if text is None else str(text)
    return value if markup else escape(value).replace("\n", "<br/>")


def paragraph(text: Any, style_name: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped; newlines become line breaks)."""
    return Paragraph(_markup(text, markup), style(style_name))


def title(text: str, subtitle: str | None = None) -> list[Flowable]:
    """The document's title (and optional subtitle), centred, as a list to extend a story."""
    items: list[Flowable] = [paragraph(text, "title")]
    if subtitle:
        items.append(paragraph(subtitle, "subtitle"))
    return items


def heading(text: str) -> Paragraph:
    return paragraph(text, "heading")


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def page_break() -> PageBreak:
    return PageBreak()


# -- tables ------------------------------------------------------------------------------------


def cell(value: Any, style_name: str = "cell") -> Flowable:
    """A table cell: flowables (and lists of them) pass through, anything else becomes a
    wrapping paragraph (``None`` is empty)."""
    if isinstance(value, Flowable | list):
        return value
    return Paragraph(_markup(value, False), style(style_name))


def _widths(col_widths: Sequence[float] | None, count: int, width: float) -> list[float]:
    weights = list(col_widths) if col_widths else [1.0] * count
    if len(weights) != count:
        raise ValueError(f"{len(weights)} column widths for {count} columns")
    total = sum(weights)
    return [width * w / total for w in weights]


def table(
    header: Sequence[str] | None,
    rows: Iterable[Sequence[Any]],
    col_widths: Sequence[float] | None = None,
    *,
    width: float = FRAME_WIDTH,
    center_columns: Sequence[int] = (),
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A gridded table whose header row repeats at the top of every page.

    ``col_widths`` are relative weights (``[1, 6, 2]``), scaled to ``width`` (default: the
    frame width of a portrait A4 page). Cells are wrapped paragraphs in the CJK font, except
    flowables (a :func:`checkbox`, :func:`choices`, a nested table), which are kept.
    ``center_columns`` centres those columns' text; ``extra_style`` adds TableStyle commands.
    """
    data: list[list[Any]] = []
    if header:
        data.append([cell(h, "cell_header") for h in header])
    centered = set(center_columns)
    for row in rows:
        data.append(
            [cell(v, "cell_center" if i in centered else "cell") for i, v in enumerate(row)]
        )
    count = len(data[0]) if data else len(col_widths or [])
    if not data:
        data = [[""] * max(count, 1)]
    result = Table(
        data, colWidths=_widths(col_widths, len(data[0]), width), repeatRows=1 if header else 0
    )
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    result.setStyle(TableStyle([*commands, *extra_style]))
    return result


def key_value_table(
    pairs: Sequence[tuple[str, Any]], columns: int = 2, width: float = FRAME_WIDTH
) -> Table:
    """Label/value pairs in a grid (``columns`` pairs per row), labels shaded: the header
    block of a form ("单位名称 | 某某局 | 统一社会信用代码 | 11…")."""
    data: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[start : start + columns]:
            row += [cell(label, "cell_header"), cell(value)]
        row += [""] * (2 * columns - len(row))
        data.append(row)
    weights = [1.0, 2.0] * columns
    result = Table(data, colWidths=_widths(weights, 2 * columns, width))
    label_fill = [("BACKGROUND", (2 * i, 0), (2 * i, -1), HEADER_FILL) for i in range(columns)]
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *label_fill,
            ]
        )
    )
    return result


# -- form elements -----------------------------------------------------------------------------


class Checkbox(Flowable):
    """A square to tick by hand (``checked`` draws a tick in it)."""

    def __init__(self, checked: bool = False, size: float = 9) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s)
        if self.checked:
            c.setLineWidth(1.2)
            c.lines(
                [(0.2 * s, 0.5 * s, 0.42 * s, 0.22 * s), (0.42 * s, 0.22 * s, 0.85 * s, 0.85 * s)]
            )


def checkbox(checked: bool = False, size: float = 9) -> Checkbox:
    return Checkbox(checked, size)


def choices(
    options: Sequence[str], checked: str | None = None, *, style_name: str = "cell"
) -> Paragraph:
    """Options each preceded by a box, on one wrapping line: "□ 符合  □ 基本符合  □ 不符合".

    Text-based (the font's "□", "✓") so it wraps inside table cells and stays searchable.
    """
    parts = [
        f'<font size="+2">{TICK if option == checked else BOX}</font>\u00a0{escape(option)}'
        for option in options
    ]
    return Paragraph("\u3000".join(parts), style(style_name))


def write_in_lines(count: int = 3, width: float = FRAME_WIDTH, height_mm: float = 8) -> Table:
    """Empty ruled lines to write on by hand."""
    result = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=height_mm * mm)
    result.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]))
    return result


def signature_lines(
    labels: Sequence[str], *, with_date: bool = True, width: float = FRAME_WIDTH
) -> Table:
    """One line per signer: "label: ______  Date: ______" (labels are data or translated)."""
    date = i18n.translate(CONTEXT, DATE_LABEL)
    rows = [
        [
            cell(f"{label}：" if not label.endswith(("：", ":")) else label, "right"),
            "",
            cell(f"{date}：", "right") if with_date else "",
            "",
        ]
        for label in labels
    ]
    weights = [3, 4, 1.2, 2.3] if with_date else [3, 6.5, 0.01, 0.01]
    result = Table(rows, colWidths=_widths(weights, 4, width), rowHeights=12 * mm)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
    ]
    if with_date:
        commands.append(("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black))
    result.setStyle(TableStyle(commands))
    return result
