"""The on-site check form (现场核查表): one per unit, to fill by hand during the visit.

Pre-filled with the unit's establishment data and its applicable checklist items (with the
unit's self-assessment answers when present and evidence captions), boxes to tick, lines to
write on, and signature lines for the inspectors and the unit. A batch (a group, or all
units) goes into one PDF with page numbers restarting per unit, or one file per unit; a blank
form serves a unit kind.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from . import pdf
from .fonts import FONT

C = "CheckForm"
TITLE = QT_TRANSLATE_NOOP("CheckForm", "On-site check form")
BLANK_TITLE = QT_TRANSLATE_NOOP("CheckForm", "On-site check form (blank, {kind})")
GROUP = QT_TRANSLATE_NOOP("CheckForm", "Inspection group")
VISIT = QT_TRANSLATE_NOOP("CheckForm", "Date of the visit")
HEADERS = (
    QT_TRANSLATE_NOOP("CheckForm", "No."),
    QT_TRANSLATE_NOOP("CheckForm", "Checklist item and how to check it"),
    QT_TRANSLATE_NOOP("CheckForm", "Self-assessment"),
    QT_TRANSLATE_NOOP("CheckForm", "Verification"),
    QT_TRANSLATE_NOOP("CheckForm", "Findings on site"),
)
GUIDANCE = QT_TRANSLATE_NOOP("CheckForm", "How to check: {text}")
EVIDENCE = QT_TRANSLATE_NOOP("CheckForm", "Evidence: {captions}")
METHODS = QT_TRANSLATE_NOOP("CheckForm", "Methods used")
METHOD_CHOICES = (
    QT_TRANSLATE_NOOP("CheckForm", "Hearing the unit's report"),
    QT_TRANSLATE_NOOP("CheckForm", "Reviewing records"),
    QT_TRANSLATE_NOOP("CheckForm", "Random spot check"),
    QT_TRANSLATE_NOOP("CheckForm", "Interview"),
)
INTERVIEW = QT_TRANSLATE_NOOP(
    "CheckForm",
    "Interview with the head and staff representatives: needs, difficulties, suggestions",
)
OVERALL = QT_TRANSLATE_NOOP("CheckForm", "Overall findings of the group")
SIGN_INSPECTORS = QT_TRANSLATE_NOOP("CheckForm", "Inspectors (signatures)")
SIGN_LEADER = QT_TRANSLATE_NOOP("CheckForm", "Group leader")
SIGN_UNIT = QT_TRANSLATE_NOOP("CheckForm", "Head of the unit")
NUMBER_ANSWER = QT_TRANSLATE_NOOP("CheckForm", "Figure checked: ________")
TEXT_ANSWER = QT_TRANSLATE_NOOP("CheckForm", "See findings")
NOT_ANSWERED = QT_TRANSLATE_NOOP("CheckForm", "not answered")
# A figure item shows the figure the office holds beside the unit's own.
HELD_FIGURE = QT_TRANSLATE_NOOP("CheckForm", "Office data: {held}")
FIGURE_DIFFERS = QT_TRANSLATE_NOOP("CheckForm", "(differs)")


def tr(text: str) -> str:
    return i18n.translate(C, text)


@dataclass
class FormData:
    """Everything one form shows, read in one session."""

    campaign: str
    title: str
    pairs: list[tuple[str, str]]
    sections: list[tuple[str, list[tuple]]] = field(default_factory=list)
    file_stem: str = "form"
    blank: bool = False


ANSWER_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Checklist", "Yes"),
    "no": QT_TRANSLATE_NOOP("Checklist", "No"),
    "na": QT_TRANSLATE_NOOP("Checklist", "Not applicable"),
}


def _answer_text(kind: str, value: str) -> str:
    if not value:
        return tr(NOT_ANSWERED)
    if value in ANSWER_LABELS:
        return i18n.translate("Checklist", ANSWER_LABELS[value])
    return value


OWN_PLAIN_MAX = 40  # longer self-assessment texts wrap in a Paragraph
COLUMN_WEIGHTS = (0.6, 6, 1.4, 2.6, 2.6)
CELL_FONT_SIZE = 9
CELL_PADDING = 3


def _held_cell(reported: str, held: int, width: float) -> str:
    """The verification cell of a figure item: the office's figure (flagged when the unit's
    differs), then the line for the figure checked."""
    text = tr(HELD_FIGURE).format(held=held)
    if reported and reported != str(held):
        text = f"{text} {tr(FIGURE_DIFFERS)}"
    return _fit(text, width) + "\n" + _fit(tr(NUMBER_ANSWER), width)


def _column_widths() -> list[float]:
    total = sum(COLUMN_WEIGHTS)
    return [pdf.FRAME_WIDTH * w / total for w in COLUMN_WEIGHTS]


def _fit(text: str, column_width: float, separator: str = " ") -> str:
    """``text`` as plain lines that fit the column (a table draws a plain string far faster
    than it lays out a Paragraph): whole words (or options) per line where they fit, else
    broken between characters, as CJK text is."""
    room = column_width - 2 * CELL_PADDING

    def width(part: str) -> float:
        return stringWidth(part, FONT, CELL_FONT_SIZE)

    lines: list[str] = []
    line = ""
    for word in text.split(separator):
        candidate = f"{line}{separator}{word}" if line else word
        if width(candidate) <= room:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:  # a word wider than the column
            if width(line + char) > room and line:
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    return "\n".join(lines)


def _described(code: str, text: str, guidance: str, captions) -> Paragraph:
    """The item cell: code and text, then guidance and evidence captions in small type."""
    small = pdf.style("small")
    parts = [escape(f"{code}  {text}")]
    if guidance:
        parts.append(escape(tr(GUIDANCE).format(text=guidance)))
    if captions:
        parts.append(escape(tr(EVIDENCE).format(captions="；".join(captions))))
    markup = parts[0] + "".join(
        f'<br/><font size="{small.fontSize}">{part}</font>' for part in parts[1:]
    )
    return Paragraph(markup, pdf.style("cell"))


def _items_table(rows: list[list]) -> Table:
    """Like :func:`pdf.table` (grid, grey repeated header), with plain-string cells drawn
    in the CJK font instead of one Paragraph per cell."""
    table = Table(rows, colWidths=_column_widths(), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, pdf.GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BACKGROUND", (0, 0), (-1, 0), pdf.HEADER_FILL),
                ("FONT", (0, 1), (-1, -1), FONT, CELL_FONT_SIZE, 12.5),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (2, -1), "CENTER"),
            ]
        )
    )
    return table


def form_story(form: FormData) -> list[Flowable]:
    """The flowables of one form (a new page-numbering section)."""
    yes_no = [i18n.translate("Checklist", ANSWER_LABELS[k]) for k in ("yes", "no", "na")]
    story: list[Flowable] = [pdf.new_section(), *pdf.title(form.title, form.campaign)]
    story.append(pdf.key_value_table(form.pairs[:8], columns=2))
    story.append(
        pdf.key_value_table(form.pairs[8:], columns=1) if len(form.pairs) > 8 else pdf.spacer(1)
    )
    story.append(pdf.spacer(2))
    story.append(pdf.paragraph(tr(METHODS) + "：", "body"))
    story.append(pdf.choices([tr(m) for m in METHOD_CHOICES]))
    # One Paragraph per item (text, guidance and evidence joined), plain strings where no
    # wrapping is needed, and the answer boxes parsed once per form: a 420-unit batch spends
    # its time laying out text, so every Paragraph saved counts.
    widths = _column_widths()
    boxes = "\u3000".join(f"{pdf.BOX}\u00a0{option}" for option in yes_no)
    verify = {
        "yes_no": _fit(boxes, widths[3], "\u3000"),
        "number": _fit(tr(NUMBER_ANSWER), widths[3]),
        "text": _fit(tr(TEXT_ANSWER), widths[3]),
    }
    header = [pdf.cell(tr(h), "cell_header") for h in HEADERS]
    number = 0
    for heading, items in form.sections:
        story.append(pdf.heading(heading))
        rows: list[list] = [header]
        for code, text, guidance, kind, self_value, captions, held in items:
            number += 1
            own = "" if form.blank else _answer_text(kind, self_value)
            rows.append(
                [
                    str(number),
                    _described(code, text, guidance, captions),
                    _fit(own, widths[2])
                    if len(own) <= OWN_PLAIN_MAX
                    else pdf.paragraph(own, "cell_center"),
                    verify.get(kind, verify["text"])
                    if held is None
                    else _held_cell(self_value, held, widths[3]),
                    "",
                ]
            )
        story.append(_items_table(rows))
    story.append(pdf.heading(tr(INTERVIEW)))
    story.append(pdf.write_in_lines(4))
    story.append(
        KeepTogether(
            [
                pdf.heading(tr(OVERALL)),
                pdf.write_in_lines(4),
                pdf.spacer(4),
                pdf.signature_lines([tr(SIGN_INSPECTORS), tr(SIGN_LEADER), tr(SIGN_UNIT)]),
            ]
        )
    )
    return story


def write_forms(
    forms: list[FormData],
    out: Path,
    *,
    one_file: bool = True,
) -> Generator[tuple[int, int, str], None, list[Path]]:
    """Render ``forms`` into the PDF ``out`` (``one_file``, page numbers restart per unit)
    or one PDF per form into the folder ``out``. Yields progress; returns the files."""
    out = Path(out)
    total = len(forms)
    header = forms[0].campaign if forms else ""
    if one_file:
        story: list[Flowable] = []
        for index, form in enumerate(forms):
            if index:
                story.append(pdf.page_break())
            story += form_story(form)
        yield 0, total, tr(TITLE)
        pdf.write_pdf(out, story, forms[0].title if total == 1 else tr(TITLE), header)
        yield total, total, ""
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, form in enumerate(forms):
        yield index, total, form.file_stem
        written.append(
            pdf.write_pdf(out / f"{form.file_stem}.pdf", form_story(form), form.title, header)
        )
    yield total, total, ""
    return written
