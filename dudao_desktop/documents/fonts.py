"""The bundled CJK font, registered once with reportlab.

Every PDF of the application uses :data:`FONT` (regular) and :data:`FONT_BOLD` (the same
face, since WenQuanYi Micro Hei has no bold cut; ``<b>`` in paragraphs maps to it through
``registerFontFamily``). reportlab embeds a subset of every TrueType font it draws with,
so the PDFs render on machines without Chinese fonts.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource

FONT = "WenQuanYi"
FONT_BOLD = "WenQuanYi-Bold"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()


def register_fonts() -> str:
    """Register the bundled font (idempotent, thread-safe) and return its name."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if FONT in registered and FONT_BOLD in registered:
            return FONT
        path = str(resource(*FONT_FILE))
        pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, path, subfontIndex=0))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        return FONT
