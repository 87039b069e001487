"""Page geometry, the page decoration (campaign name and title in the header, "Page X of Y"
in the footer, numbering restarted by :func:`new_section`) and atomic PDF writing.

Use it through :mod:`dudao_desktop.documents.pdf`, which re-exports everything public here.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from .atomic import atomic_output
from .fonts import FONT, register_fonts

CONTEXT = "Documents"
PAGE_FOOTER = QT_TRANSLATE_NOOP("Documents", "Page {page} of {total}")

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
#: Width available to flowables on a portrait A4 page (points).
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT


class _SectionMark(Flowable):
    """Zero-size marker: page numbering restarts on the page where it is drawn."""

    width = height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._dudao_section_here = True


def new_section() -> Flowable:
    """Restart "Page X of Y" numbering from the page this marker lands on."""
    return _SectionMark()


class _NumberedCanvas(pdfcanvas.Canvas):
    """Keeps every page's drawing until save(), then stamps header and "Page X of Y"."""

    header = ""
    doc_title = ""
    footer = PAGE_FOOTER

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._dudao_section_here = False

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self._dudao_section_here = False

    def save(self) -> None:
        starts = [i for i, page in enumerate(self._pages) if page["_dudao_section_here"]]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = [*starts, len(self._pages)]
        for section, start in enumerate(starts):
            end = bounds[section + 1]
            for index in range(start, end):
                self.__dict__.update(self._pages[index])
                self._decorate(index - start + 1, end - start)
                super().showPage()
        super().save()

    def _decorate(self, page: int, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(FONT, 8.5)
        self.setFillColor(colors.HexColor("#333333"))
        top = height - MARGIN_TOP + 5 * mm
        if self.header:
            self.drawString(MARGIN_LEFT, top, self.header)
        if self.doc_title:
            self.drawRightString(width - MARGIN_RIGHT, top, self.doc_title)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, top - 1.5 * mm, width - MARGIN_RIGHT, top - 1.5 * mm)
        text = i18n.translate(CONTEXT, self.footer).format(page=page, total=total)
        self.drawCentredString(width / 2, MARGIN_BOTTOM - 9 * mm, text)
        self.restoreState()


def build_pdf(
    target: Any,
    story: list[Flowable],
    title: str,
    header: str = "",
    *,
    landscape: bool = False,
    author: str = "",
) -> None:
    """Render ``story`` into ``target`` (a path or a binary file object)."""
    register_fonts()
    pagesize = (PAGE_SIZE[1], PAGE_SIZE[0]) if landscape else PAGE_SIZE
    doc = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        title=title,
        author=author,
        creator="dudao-desktop",
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    canvasmaker = type("NumberedCanvas", (_NumberedCanvas,), {"header": header, "doc_title": title})
    doc.build(list(story), canvasmaker=canvasmaker)


MISSING_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Folder {folder} does not exist: choose an existing folder for the PDF."
)


def write_pdf(
    path: str | os.PathLike,
    story: list[Flowable],
    title: str,
    header: str = "",
    *,
    landscape: bool = False,
    author: str = "",
) -> Path:
    """Write the PDF atomically: a temporary file next to ``path``, fsynced, then renamed
    over it, so a crash or an error never leaves a half-written PDF. Returns the path."""
    target = Path(path)
    with atomic_output(target, MISSING_FOLDER) as handle:
        build_pdf(handle, story, title, header, landscape=landscape, author=author)
    return target
