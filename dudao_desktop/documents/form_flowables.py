"""Flowables of a paper form filled by hand: text in cells, tick boxes, lines to write on, and
a closing block kept on one page.

Cell text is laid out without reportlab's paragraph machinery, once per distinct text and
width (a form printed for 400 units repeats the same items), with the 避头尾 rules of
official documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from .fonts import FONT, register_fonts
from .official import Token, break_lines, tokens

BODY_SIZE = 10.5
SECTION_SIZE = 11.0
LEADING = 1.2  # line height over type size
BOX = 3.6 * mm  # tick boxes at least 3.5 mm
WRITING_LINE = 7.5 * mm

Runs = tuple[tuple[str, float], ...]
#: One laid-out line: its height, its width and its pieces of text with their sizes.
Line = tuple[float, float, tuple[tuple[str, float], ...]]


@cache
def _descent() -> float:
    """How far the font's em box reaches below the baseline, over the type size."""
    return -getFont(register_fonts()).face.descent / 1000


@lru_cache(maxsize=8192)
def _layout(runs: Runs, width: float) -> tuple[Line, ...]:
    """``runs`` broken into lines of at most ``width`` points (by character, a number or a
    Latin word kept whole, with the 避头尾 rules of official documents). A line is as high
    as its largest type. Cached: every unit's form repeats the checklist's items, and a
    table that splits over pages measures its rows again."""
    smallest = min(size for _text, size in runs)
    pieces = [
        Token(t.text, t.role, stringWidth(t.text, FONT, runs[int(t.role)][1]))
        for t in tokens([(text, str(i)) for i, (text, _size) in enumerate(runs)], width / smallest)
    ]
    lines: list[Line] = []
    for line in break_lines(pieces, width):
        while len(line) > 1 and not line[0].text.strip():
            line = line[1:]  # the space between an item and its notes never starts a line
        parts: list[tuple[str, float]] = []
        for token in line:
            size = runs[int(token.role)][1]
            if parts and parts[-1][1] == size:
                parts[-1] = (parts[-1][0] + token.text, size)
            else:
                parts.append((token.text, size))
        height = max(size for _text, size in parts) * LEADING
        lines.append((height, sum(t.cells for t in line), tuple(parts)))
    return tuple(lines)


class CellText(Flowable):
    """Text in the form's font, in pieces of different sizes (an item's text runs on into its
    notes in smaller type), broken into lines without reportlab's paragraph machinery: the
    same item on 400 forms is laid out once."""

    def __init__(self, runs: Sequence[tuple[str, float]] | str, *, centre: bool = False):
        super().__init__()
        self.runs: Runs = ((runs, BODY_SIZE),) if isinstance(runs, str) else tuple(runs)
        self.centre = centre

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._lines = _layout(self.runs, available_width) if any(t for t, _s in self.runs) else ()
        self.width = available_width
        self.height = sum(line[0] for line in self._lines)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for height, width, parts in self._lines:
            top -= height
            largest = max(size for _text, size in parts)
            # The CJK em box centred in the line: its bottom is the descent below the baseline.
            baseline = top + (height - largest) / 2 + _descent() * largest
            text = self.canv.beginText((self.width - width) / 2 if self.centre else 0, baseline)
            for piece, size in parts:
                text.setFont(FONT, size)
                text.textOut(piece)
            self.canv.drawText(text)


class TickBoxes(Flowable):
    """An optional label, then options each after a drawn square of :data:`BOX`, wrapping
    to the width given."""

    def __init__(
        self,
        options: Sequence[str],
        size: float = BODY_SIZE,
        gap: float = 4 * mm,
        label: str = "",
    ):
        super().__init__()
        self.options = list(options)
        self.size = size
        self.gap = gap
        self.label = label

    def _layout(self, width: float) -> list[list[tuple[float, str]]]:
        lines: list[list[tuple[float, str]]] = [[]]
        x = stringWidth(self.label, FONT, self.size)
        for option in self.options:
            need = BOX + 0.8 * mm + stringWidth(option, FONT, self.size)
            if x and x + need > width:
                lines.append([])
                x = 0.0
            lines[-1].append((x, option))
            x += need + self.gap
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._lines = self._layout(available_width)
        self.width = available_width
        self.height = len(self._lines) * (BOX + 1.0 * mm)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(0.7)
        canv.setFont(FONT, self.size)
        for index, line in enumerate(self._lines):
            y = self.height - (index + 1) * (BOX + 1.0 * mm) + 0.5 * mm
            text_y = y + (BOX - self.size) / 2 + _descent() * self.size
            if index == 0 and self.label:
                canv.drawString(0, text_y, self.label)
            for x, option in line:
                canv.rect(x, y, BOX, BOX)
                canv.drawString(x + BOX + 0.8 * mm, text_y, option)


class WritingLines(Flowable):
    """A label over ruled lines to write on: ``lines`` of them, or between ``fewest`` and
    ``most`` when the height is fitted to the room left on the page (:class:`Closing`)."""

    def __init__(self, label: str, lines: int, most: int | None = None) -> None:
        super().__init__()
        self.label = CellText(((label, SECTION_SIZE),))
        self.fewest = self.count = lines
        self.most = most or lines

    def fit(self, width: float, room: float) -> None:
        """As many lines as ``room`` (points, label included) holds, within the limits."""
        spare = int((room - self.label.wrap(width, room)[1] - 2 * mm) // WRITING_LINE)
        self.count = max(self.fewest, min(self.most, spare))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # the label with room above it
        self._label_height = self.label.wrap(available_width, available_height)[1] + 2 * mm
        self.width = available_width
        self.height = self._label_height + self.count * WRITING_LINE
        return self.width, self.height

    def draw(self) -> None:
        self.label.drawOn(self.canv, 0, self.height - self._label_height)
        self.canv.setLineWidth(0.5)
        for index in range(1, self.count + 1):
            y = self.height - self._label_height - index * WRITING_LINE
            self.canv.line(0, y, self.width, y)


class Closing(Flowable):
    """The end of a form kept on one page: the last items, the problems found, the
    interview, methods and grade to tick and the signatures. The problems found get the
    lines the page has room for (a few at least), so the block fills the page it ends
    instead of leaving white space, and shrinks to fit where a little less room spares
    the form a page."""

    def __init__(
        self, before: list[Flowable], problems: WritingLines, after: list[Flowable]
    ) -> None:
        super().__init__()
        self.parts = [*before, problems, *after]
        self.problems = problems

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        heights = {
            id(p): p.wrap(available_width, available_height)[1]
            for p in self.parts
            if p is not self.problems
        }
        self.problems.fit(available_width, available_height - sum(heights.values()))
        heights[id(self.problems)] = self.problems.wrap(available_width, available_height)[1]
        self._heights = [heights[id(p)] for p in self.parts]
        self.width = available_width
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # never split: the signatures stay with the last items

    def draw(self) -> None:
        top = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            top -= height
            part.drawOn(self.canv, 0, top)
