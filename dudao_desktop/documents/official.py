"""The layout of official documents (公文) per GB/T 9704-2012, declared once here.

A4; 天头 37 mm, 订口 28 mm; type area (版心) 156 × 225 mm holding 22 lines of 28 characters
of 3号 (16 pt) text. Every element stands on that line grid: text is set character by
character into grid cells (a full-width character takes one cell, a half-width one half),
so lines, margins and character positions are exactly where the standard puts them and can
be measured back from the PDF. Chinese line-breaking rules (避头尾) apply to every line.

Faces: body 仿宋, title 小标宋 2号 (22 pt), level-1 headings 黑体, level-2 headings 楷体,
page numbers 宋体 4号 (14 pt) "— 1 —" 7 mm under the type area on the outside edge (odd
pages right, even pages left, one character in). The 版头 (red 发文机关标志, 发文字号, red
separator line), the 落款 (署名 centred over the 成文日期, room for the seal, 附注) and the
版记 (抄送, 印发机关 and 印发日期 between rules, at the foot of the last page) are
flowables of this module; a document is a story of them written with :func:`write_official`.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ..errors import QT_TRANSLATE_NOOP
from . import fonts
from .atomic import atomic_output

# -- the grid (GB/T 9704-2012, 5.2) -----------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 37 * mm
MARGIN_LEFT = 28 * mm
TYPE_WIDTH = 156 * mm
TYPE_HEIGHT = 225 * mm
LINES = 22
CHARS = 28
LINE = TYPE_HEIGHT / LINES
CELL = TYPE_WIDTH / CHARS
TYPE_TOP = PAGE_HEIGHT - MARGIN_TOP
TYPE_BOTTOM = TYPE_TOP - TYPE_HEIGHT
TYPE_RIGHT = MARGIN_LEFT + TYPE_WIDTH

#: Font sizes (号) in points.
SIZE_2 = 22.0
SIZE_3 = 16.0
SIZE_4 = 14.0
SIZE_SMALL_4 = 12.0
BODY = SIZE_3
RED = colors.Color(1, 0, 0)
PAGE_NUMBER_GAP = 7 * mm
#: Largest size of the 发文机关标志 (it shrinks to fit the type area's width).
MARK_MAX = 42.0
MARK_TOP = 35 * mm

# -- Chinese line breaking (避头尾) -----------------------------------------------------------

#: Never at the start of a line.
NO_START = frozenset("，。、；：？！）」』》〉】〕〗”’…—～·％%,.;:?!)]}")
#: Never at the end of a line.
NO_END = frozenset("（「『《〈【〔〖“‘([{")
_TOKEN = re.compile(r"[\x21-\x7e]+| |.", re.S)


def char_cells(char: str) -> float:
    """Grid cells a character takes: half for half-width (ASCII digits, Latin letters)."""
    return 0.5 if unicodedata.east_asian_width(char) in ("Na", "H") else 1.0


@dataclass(frozen=True)
class Token:
    text: str
    role: str
    cells: float


def tokens(runs: Sequence[tuple[str, str]], cap: float) -> list[Token]:
    """Split text runs ``(text, face)`` into breakable pieces: one CJK character, or a run of
    half-width characters (a number, a Latin word) kept whole unless wider than ``cap``."""
    result: list[Token] = []
    for text, role in runs:
        for piece in _TOKEN.findall(text.replace("\n", "")):
            width = sum(char_cells(c) for c in piece)
            if width > cap:
                result += [Token(c, role, char_cells(c)) for c in piece]
            else:
                result.append(Token(piece, role, width))
    return result


def _breaks_rule(items: Sequence[Token], at: int) -> bool:
    return items[at].text[0] in NO_START or items[at - 1].text[-1] in NO_END


def break_lines(
    items: Sequence[Token], cap: float, first_cap: float | None = None
) -> list[list[Token]]:
    """Greedy line breaking into lines of at most ``cap`` cells (``first_cap`` for the first
    line), then 避头尾: a break that would start a line with closing punctuation or end one
    with opening punctuation moves back (the characters before it go down with it)."""
    lines: list[list[Token]] = []
    start = 0
    while start < len(items):
        room = first_cap if (first_cap is not None and not lines) else cap
        end, used = start, 0.0
        while end < len(items) and used + items[end].cells <= room + 1e-6:
            used += items[end].cells
            end += 1
        end = max(end, start + 1)
        if end < len(items):
            back = end
            while back > start + 1 and _breaks_rule(items, back):
                back -= 1
            if not _breaks_rule(items, back):
                end = back
        lines.append(list(items[start:end]))
        start = end
    return lines


# -- text on the grid -------------------------------------------------------------------------


def _baseline(row_top: float, size: float, role: str) -> float:
    """The baseline that centres a character box of ``size`` in a grid row whose top is
    ``row_top`` (PDF coordinates)."""
    descent = pdfmetrics.getFont(fonts.face(role).name).face.descent / 1000
    box_bottom = row_top - LINE + (LINE - size) / 2
    return box_bottom - descent * size


def draw_tokens(
    canv: Any,
    line: Sequence[Token],
    x: float,
    baseline: float,
    size: float,
    cell: float,
    gap: float = 0.0,
    color: Any = colors.black,
) -> None:
    """Draw one line: each character on its cell (``gap`` more after each token), a missing
    glyph in the fallback face. One text object per line, each character placed by a text
    move, so the line copies and extracts as one line of text."""
    text = canv.beginText(x, baseline)
    text.setFillColor(color)
    current: tuple[str, float] | None = None
    step = 0.0
    for token_index, token in enumerate(line):
        face = fonts.face(token.role)
        for char_index, char in enumerate(token.text):
            name = face.name if (face.has(char) or char == " ") else fonts.register_fonts()
            if current != (name, size):
                text.setFont(name, size)
                current = (name, size)
            if step:
                text.moveCursor(step, 0)  # relative to the previous character's origin
            text.textOut(char)
            step = char_cells(char) * cell
            if char_index == len(token.text) - 1 and token_index < len(line) - 1:
                step += gap
    canv.drawText(text)


class GridText(Flowable):
    """A paragraph set on the grid: ``runs`` are ``(text, face)`` pieces (a 楷体 lead-in and
    仿宋 text in one paragraph); ``indent`` cells on the first line (2 for body text);
    ``align`` ``justify``, ``left``, ``center`` or ``right``; ``right_cells`` keeps that
    many cells free on the right (右空四字)."""

    def __init__(
        self,
        runs: Sequence[tuple[str, str]] | str,
        *,
        role: str = "fangsong",
        size: float = BODY,
        indent: float = 2,
        hanging: float = 0,
        align: str = "justify",
        right_cells: float = 0,
        color: Any = colors.black,
        keep_with_next: bool = False,
        room_after: int = 0,
        lines: list[list[Token]] | None = None,
        continued: bool = False,
        ends: bool = True,
    ) -> None:
        super().__init__()
        self.runs = [(runs, role)] if isinstance(runs, str) else list(runs)
        self.size = size
        self.indent = indent
        self.hanging = hanging
        self.align = align
        self.right_cells = right_cells
        self.color = color
        self.keepWithNext = keep_with_next
        self.room_after = room_after
        self.cell = CELL if size == BODY else size
        self.capacity = math.floor(TYPE_WIDTH / self.cell + 1e-6) - right_cells
        self._lines = lines
        self._continued = continued
        self._ends = ends

    @property
    def lines(self) -> list[list[Token]]:
        if self._lines is None:
            items = tokens(self.runs, self.capacity - self.hanging)
            self._lines = break_lines(
                items, self.capacity - self.hanging, self.capacity - self.indent
            )
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        height = len(self.lines) * LINE
        # A heading needs ``room_after`` lines of what follows on its page, else it moves on.
        need = height + self.room_after * LINE
        if self.room_after and available_height + 1e-6 < need and available_height < TYPE_HEIGHT:
            return TYPE_WIDTH, available_height + LINE
        return TYPE_WIDTH, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fit = int((available_height + 1e-6) // LINE)
        if fit < 1 or fit >= len(self.lines):
            return []
        head = self._part(self.lines[:fit], self._continued, False)
        head.keepWithNext = False
        return [head, self._part(self.lines[fit:], True, self._ends)]

    def _part(self, lines: list[list[Token]], continued: bool, ends: bool) -> GridText:
        return GridText(
            self.runs,
            size=self.size,
            indent=self.indent,
            hanging=self.hanging,
            align=self.align,
            right_cells=self.right_cells,
            color=self.color,
            keep_with_next=self.keepWithNext,
            lines=lines,
            continued=continued,
            ends=ends,
        )

    def draw(self) -> None:
        lines = self.lines
        for index, line in enumerate(lines):
            first = index == 0 and not self._continued
            lead = self.indent if first else self.hanging
            room = self.capacity - lead
            used = sum(t.cells for t in line)
            x = lead * self.cell
            gap = 0.0
            last = index == len(lines) - 1 and self._ends
            if self.align == "center":
                x = (TYPE_WIDTH - used * self.cell) / 2
            elif self.align == "right":
                x = (self.capacity - used) * self.cell
            elif self.align == "justify" and not last and len(line) > 1:
                gap = (room - used) * self.cell / (len(line) - 1)
            row_top = (len(lines) - index) * LINE
            baseline = _baseline(row_top, self.size, line[0].role if line else "fangsong")
            draw_tokens(self.canv, line, x, baseline, self.size, self.cell, gap, self.color)


def body(text: str, *, keep_with_next: bool = False) -> GridText:
    """A body paragraph: 仿宋 3号, first line indented two characters."""
    return GridText(text, keep_with_next=keep_with_next)


def heading1(text: str, *, keep: bool = True) -> GridText:
    """A level-1 heading (一、…): 黑体 3号, indented two characters, with at least two lines
    of what follows on its page (before a table, use :func:`room`: a table's first row may
    be taller than two lines)."""
    return GridText(text, role="heiti", room_after=2 if keep else 0)


def room(rows: int) -> CondPageBreak:
    """Start a new page unless ``rows`` grid rows are left on this one."""
    return CondPageBreak(rows * LINE)


def heading2(text: str, rest: str = "") -> GridText:
    """A level-2 heading ((一)…) in 楷体, optionally followed in the same paragraph by body
    text in 仿宋; alone it is kept with what follows."""
    runs = [(text, "kaiti")] + ([(rest, "fangsong")] if rest else [])
    return GridText(runs, room_after=0 if rest else 2)


def title(text: str) -> GridText:
    """The title: 小标宋 2号, centred, kept with what follows."""
    return GridText(
        text, role="xiaobiaosong", size=SIZE_2, indent=0, align="center", keep_with_next=True
    )


def addressee(text: str) -> GridText:
    """主送机关: flush left, full-width colon at the end."""
    value = text if text.endswith("：") else f"{text}："
    return GridText(value, indent=0, align="left", keep_with_next=True)


def blank(rows: int = 1) -> GridSpace:
    return GridSpace(rows)


class GridSpace(Flowable):
    """Empty grid rows (空一行)."""

    def __init__(self, rows: int = 1) -> None:
        super().__init__()
        self.rows = rows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return TYPE_WIDTH, min(self.rows * LINE, max(available_height, 0))

    def draw(self) -> None:
        return None


class GridSnap(Flowable):
    """Any flowable (a table, a chart) whose height is rounded up to whole grid rows, so the
    text after it stays on the grid."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.content.wrap(available_width, available_height)
        self._inner = height
        self.width, self.height = width, math.ceil(height / LINE - 1e-6) * LINE
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return [GridSnap(part) for part in self.content.split(available_width, available_height)]

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, self.height - self._inner)


# -- 版头, 落款, 版记 ------------------------------------------------------------------------


@dataclass
class Masthead:
    """What the 版头 and 版记 say: the office's settings."""

    mark: str = ""  # 发文机关标志, e.g. 中共昌邑市委机构编制委员会办公室
    issuer: str = ""  # 印发机关
    copies_to: str = ""  # 抄送
    contact: str = ""  # 联系人
    phone: str = ""  # 联系电话


class Letterhead(Flowable):
    """The 版头: the red 发文机关标志 centred 35 mm under the top of the type area, the
    发文字号 two lines under it, the red separator line 4 mm under the number, then two empty
    lines before the title."""

    def __init__(self, mark: str, doc_number: str) -> None:
        super().__init__()
        self.mark = mark
        self.doc_number = doc_number
        self.size = min(MARK_MAX, TYPE_WIDTH * 0.95 / max(len(mark), 1))
        mark_bottom = MARK_TOP + self.size
        self.number_row = math.ceil(mark_bottom / LINE) + 2
        self.rows = self.number_row + 3

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return TYPE_WIDTH, self.rows * LINE

    def draw(self) -> None:
        canv, top = self.canv, self.rows * LINE
        face = fonts.face("xiaobiaosong")
        descent = pdfmetrics.getFont(face.name).face.descent / 1000
        canv.saveState()
        canv.setFillColor(RED)
        canv.setFont(face.name, self.size)
        canv.drawCentredString(
            TYPE_WIDTH / 2, top - MARK_TOP - self.size - descent * self.size, self.mark
        )
        canv.restoreState()
        row_top = top - self.number_row * LINE
        line = tokens([(self.doc_number, "fangsong")], CHARS)
        used = sum(t.cells for t in line)
        baseline = _baseline(row_top, BODY, "fangsong")
        draw_tokens(canv, line, (TYPE_WIDTH - used * CELL) / 2, baseline, BODY, CELL)
        box_bottom = row_top - LINE + (LINE - BODY) / 2
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setLineWidth(1)
        canv.line(0, box_bottom - 4 * mm, TYPE_WIDTH, box_bottom - 4 * mm)
        canv.restoreState()


class Signature(Flowable):
    """The 落款: the 发文机关署名 centred over the 成文日期 (Arabic numerals, 右空四字),
    room above for the seal, and the 附注 (联系人、电话) one line under the date, 左空二字."""

    def __init__(self, issuer: str, date_text: str, note: str = "") -> None:
        super().__init__()
        self.issuer = issuer
        self.date_text = date_text
        self.note = note
        self.rows = 4 + (1 if note else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return TYPE_WIDTH, self.rows * LINE

    def draw(self) -> None:
        canv, top = self.canv, self.rows * LINE
        date_line = tokens([(self.date_text, "fangsong")], CHARS)
        date_cells = sum(t.cells for t in date_line)
        date_x = (CHARS - 4 - date_cells) * CELL
        centre = date_x + date_cells * CELL / 2
        name_line = tokens([(self.issuer, "fangsong")], CHARS)
        name_cells = sum(t.cells for t in name_line)
        name_x = min(centre - name_cells * CELL / 2, TYPE_WIDTH - name_cells * CELL)
        draw_tokens(
            canv, name_line, name_x, _baseline(top - 2 * LINE, BODY, "fangsong"), BODY, CELL
        )
        draw_tokens(
            canv, date_line, date_x, _baseline(top - 3 * LINE, BODY, "fangsong"), BODY, CELL
        )
        if self.note:
            note = GridText(self.note, indent=2, align="left")
            note.canv = canv
            for index, line in enumerate(note.lines[:1]):
                draw_tokens(
                    canv,
                    line,
                    2 * CELL,
                    _baseline(top - (4 + index) * LINE, BODY, "fangsong"),
                    BODY,
                    CELL,
                )


class Colophon(Flowable):
    """The 版记 at the foot of the last page: 抄送 (4号, 左右空一字), then 印发机关 (左空一字)
    and 印发日期 (右空一字), between a thick first and last rule and a thin middle rule; the
    last rule lies on the bottom edge of the type area."""

    def __init__(self, copies_to: str, issuer: str, printed_on: str) -> None:
        super().__init__()
        self.copies_to = copies_to
        self.issuer = issuer
        self.printed_on = printed_on
        self.cell = SIZE_4
        cap = math.floor(TYPE_WIDTH / self.cell) - 2
        text = (
            f"抄送：{copies_to}。"
            if copies_to and not copies_to.endswith("。")
            else (f"抄送：{copies_to}" if copies_to else "")
        )
        self.copy_lines = (
            break_lines(tokens([(text, "fangsong")], cap), cap - 3, cap) if text else []
        )
        self.rows = len(self.copy_lines) + 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        need = self.rows * LINE
        return TYPE_WIDTH, (available_height if available_height >= need else need)

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(0.35 * mm)
        canv.line(0, 0, TYPE_WIDTH, 0)
        canv.line(0, self.rows * LINE, TYPE_WIDTH, self.rows * LINE)
        canv.setLineWidth(0.25 * mm)
        if self.copy_lines:
            canv.line(0, LINE, TYPE_WIDTH, LINE)
        canv.restoreState()
        for index, line in enumerate(self.copy_lines):
            row_top = self.rows * LINE - index * LINE
            x = self.cell * (1 if index == 0 else 4)
            draw_tokens(canv, line, x, _baseline(row_top, SIZE_4, "fangsong"), SIZE_4, self.cell)
        baseline = _baseline(LINE, SIZE_4, "fangsong")
        draw_tokens(
            canv, tokens([(self.issuer, "fangsong")], CHARS), self.cell, baseline, SIZE_4, self.cell
        )
        printed = tokens([(f"{self.printed_on}印发", "fangsong")], CHARS)
        width = sum(t.cells for t in printed) * self.cell
        draw_tokens(canv, printed, TYPE_WIDTH - self.cell - width, baseline, SIZE_4, self.cell)


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[float],
    *,
    size: float = SIZE_SMALL_4,
    center_columns: Sequence[int] = (),
) -> GridSnap:
    """A table inside an official document: 仿宋 (header 黑体), gridded, the header repeated
    on every page, snapped to the line grid."""
    body_style = ParagraphStyle(
        "cell",
        fontName=fonts.face("fangsong").name,
        fontSize=size,
        leading=size * 1.35,
        wordWrap="CJK",
    )
    head_style = ParagraphStyle(
        "head", parent=body_style, fontName=fonts.face("heiti").name, alignment=1
    )
    centre_style = ParagraphStyle("centre", parent=body_style, alignment=1)
    centred = set(center_columns)
    total = sum(widths)
    col_widths = [TYPE_WIDTH * w / total for w in widths]
    padding = 4

    def cell(value: Any, style: ParagraphStyle, column: int) -> Paragraph:
        # Lines are broken here, by the same 避头尾 rules as the body text.
        cap = math.floor((col_widths[column] - 2 * padding) / size * 2) / 2
        role = "heiti" if style is head_style else "fangsong"
        lines = []
        for part in ("" if value is None else str(value)).split("\n"):
            broken = break_lines(tokens([(part, role)], cap), cap) or [[]]
            lines += ["".join(t.text for t in line) for line in broken]
        return Paragraph("<br/>".join(escape(line) for line in lines), style)

    data = [[cell(h, head_style, i) for i, h in enumerate(header)]]
    data += [
        [cell(v, centre_style if i in centred else body_style, i) for i, v in enumerate(row)]
        for row in rows
    ]
    result = Table(data, colWidths=col_widths, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return GridSnap(result)


def keep_together(items: list[Flowable]) -> KeepTogether:
    return KeepTogether(items)


# -- pages -------------------------------------------------------------------------------------


class SectionStart(Flowable):
    """Zero-size marker: a new document of a batch starts here (page numbers restart;
    ``draft`` stamps 草稿 on its pages)."""

    width = height = 0

    def __init__(self, draft: bool = False) -> None:
        super().__init__()
        self.draft = draft

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._official_section = (self.canv.getPageNumber(), self.draft)


def page_number_text(number: int) -> str:
    return f"— {number} —"


def _decorate(canv: Any, doc: Any) -> None:
    first, draft = getattr(canv, "_official_section", (1, False))
    number = canv.getPageNumber() - first + 1
    face = fonts.face("songti")
    text = page_number_text(number)
    width = sum(
        pdfmetrics.stringWidth(c, face.name if face.has(c) else fonts.FONT, SIZE_4) for c in text
    )
    descent = pdfmetrics.getFont(face.name).face.descent / 1000
    baseline = TYPE_BOTTOM - PAGE_NUMBER_GAP - SIZE_4 - descent * SIZE_4
    x = TYPE_RIGHT - SIZE_4 - width if number % 2 else MARGIN_LEFT + SIZE_4
    canv.saveState()
    draw_tokens(
        canv, [Token(c, "songti", char_cells(c)) for c in text], x, baseline, SIZE_4, SIZE_4 / 1
    )
    if draft:
        canv.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.25))
        canv.setFont(fonts.face("heiti").name, 120)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -40, DRAFT)
    canv.restoreState()


#: The draft stamp of a document that may not be issued yet (Chinese whatever the locale).
DRAFT = "草稿"
MISSING_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Folder {folder} does not exist: choose an existing folder for the PDF."
)


def build_official(target: Any, story: list[Flowable], title: str, author: str = "") -> None:
    """Render ``story`` on the 公文 grid into ``target`` (a path or binary file). The PDF's
    subject names any font that stood in for the office's own."""
    notices = fonts.stand_ins()
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        title=title,
        author=author,
        creator="dudao-desktop",
        subject=("字体替代：" + "；".join(notices)) if notices else "",
        leftMargin=MARGIN_LEFT,
        rightMargin=PAGE_WIDTH - TYPE_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=TYPE_BOTTOM,
    )
    frame = Frame(MARGIN_LEFT, TYPE_BOTTOM, TYPE_WIDTH, TYPE_HEIGHT, 0, 0, 0, 0, id="type")
    doc.addPageTemplates([PageTemplate("official", [frame], onPageEnd=_decorate)])
    doc.build(list(story))


def write_official(
    path: str | os.PathLike, story: list[Flowable], title: str, author: str = ""
) -> Path:
    """Write the PDF atomically (see :mod:`.atomic`); returns the path."""
    target = Path(path)
    with atomic_output(target, MISSING_FOLDER) as handle:
        build_official(handle, story, title, author)
    return target
