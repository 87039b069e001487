"""Reads an official document back from its PDF (pdfplumber): the text lines of every page
with their positions, sizes, fonts and colours, and checks them against the GB/T 9704 grid
and the Chinese line-breaking rules. Shared by the letter, notice and report tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

MM = 72 / 25.4
TOP, LEFT, WIDTH, HEIGHT = 37.0, 28.0, 156.0, 225.0
PITCH = HEIGHT / 22
CELL = WIDTH / 28
NO_START = set("，。、；：？！）」』》〉】〕”’…—")
NO_END = set("（「『《〈【〔“‘")


@dataclass
class Line:
    page: int
    top: float  # mm from the top of the page (character box)
    x0: float
    x1: float
    size: float
    text: str
    fonts: set[str]
    colors: set[tuple]
    chars: list[dict]


def read_lines(path: Path) -> tuple[list[list[Line]], dict]:
    """Every page's lines: characters grouped by baseline and by runs without wide gaps
    (a table row holds one line per cell). Watermark characters (over 60 pt) are left out."""
    pages: list[list[Line]] = []
    with pdfplumber.open(path) as pdf:
        metadata = dict(pdf.metadata)
        for page in pdf.pages:
            by_row: dict[float, list[dict]] = {}
            for char in page.chars:
                if char["size"] > 60 or not char["text"].strip():
                    continue
                by_row.setdefault(round(char["bottom"], 0), []).append(char)
            lines: list[Line] = []
            for chars in by_row.values():
                chars.sort(key=lambda c: c["x0"])
                run: list[dict] = []
                for char in chars:
                    if run and char["x0"] - run[-1]["x1"] > char["size"] * 0.6:
                        lines.append(_line(page.page_number, run))
                        run = []
                    run.append(char)
                lines.append(_line(page.page_number, run))
            pages.append(sorted(lines, key=lambda line: (line.top, line.x0)))
    return pages, metadata


def _line(page: int, chars: list[dict]) -> Line:
    return Line(
        page=page,
        top=chars[0]["top"] / MM,
        x0=chars[0]["x0"] / MM,
        x1=chars[-1]["x1"] / MM,
        size=round(max(c["size"] for c in chars), 1),
        text="".join(c["text"] for c in chars),
        fonts={c["fontname"].split("+")[-1] for c in chars},
        colors={tuple(c["non_stroking_color"] or ()) for c in chars},
        chars=chars,
    )


def grid_row(line: Line) -> float:
    """The grid row (0..21) a line of the type area stands on (fraction if off the grid)."""
    return (line.top - TOP - (PITCH - line.size / MM) / 2) / PITCH


def body_lines(page: list[Line]) -> list[Line]:
    """The 3号 lines inside the type area (not page numbers, not table cells)."""
    return [
        line for line in page if abs(line.size - 16) < 0.1 and TOP - 1 <= line.top <= TOP + HEIGHT
    ]


def breaking_violations(pages: list[list[Line]]) -> list[str]:
    """Lines that start with closing or end with opening punctuation (避头尾); the page
    number "— 1 —" under the type area is not text."""
    bad = []
    for page in pages:
        for line in page:
            if line.top > TOP + HEIGHT:
                continue
            text = line.text.strip()
            if text and (text[0] in NO_START or text[-1] in NO_END):
                bad.append(f"page {line.page}: {text}")
    return bad


def page_numbers(pages: list[list[Line]]) -> list[Line]:
    """The page-number line of every page (4号 under the type area)."""
    found = []
    for page in pages:
        numbers = [line for line in page if line.top > TOP + HEIGHT]
        found += numbers
    return found


def check_grid(path: Path) -> list[list]:
    """The checks every official document passes; returns the pages' lines."""
    pages, metadata = read_lines(path)
    assert not breaking_violations(pages)
    for page in pages:
        for line in page:
            if line.top < TOP + HEIGHT:
                assert line.x0 >= LEFT - 1 and line.x1 <= LEFT + WIDTH + 1, line.text
        for line in body_lines(page):
            row = grid_row(line)
            assert abs(row - round(row)) < 0.1 and 0 <= round(row) < 22, (line.text, row)
            cell = (line.x0 - LEFT) / CELL
            if cell < 2.5:  # flush-left and indented lines start on a grid cell
                assert abs(cell - round(cell)) < 0.2, (line.text, cell)
    numbers = page_numbers(pages)
    assert len(numbers) == len(pages)
    for index, number in enumerate(numbers, start=1):
        assert number.text == f"—{index}—" and number.size == 14
        assert abs(number.top - (TOP + HEIGHT + 7)) < 1
        if index % 2:
            assert abs(number.x1 - (LEFT + WIDTH - 14 / 72 * 25.4)) < 1
        else:
            assert abs(number.x0 - (LEFT + 14 / 72 * 25.4)) < 1
    text = "".join(line.text for page in pages for line in page)
    assert not re.search(r"[A-Za-z]{3,}", text), "English or internal codes in print"
    assert "Page" not in text and "页" not in text
    return pages


def plain_text(pages: list[list[Line]]) -> str:
    """All the text in reading order, without spaces, line breaks or page numbers."""
    text = "".join(line.text for page in pages for line in page if line.top < TOP + HEIGHT)
    return text.replace(" ", "")
