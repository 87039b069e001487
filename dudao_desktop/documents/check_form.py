"""The on-site check form (现场核查表): one per unit, filled by hand during the visit.

Made for paper, in Chinese whatever the UI language: the unit's name, USCC and group head
every page, with a QR code saying campaign, unit and page (a scanned form files itself as
the unit's evidence, see :mod:`dudao_desktop.services.form_scans`); "第 x 页 共 y 页" counts
the unit's own pages. The items stand in one table (section rows never end a page), each
with tick boxes of at least 3.5 mm and room to write what was found; then the problems
found on lines, the methods and the overall grade to tick, and the signatures of the group
leader, the members and the unit's representative with room for the unit's seal, kept with
the last items so they never stand on a page of their own. The facts at the top include the
visit as planned (the group's members, the day beside a blank for the day it was done, the
methods; those used are ticked at the end). For duplex printing each unit starts on an odd
page (a blank page is inserted where needed).
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    ActionFlowable,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from .atomic import atomic_output
from .fonts import FONT, register_fonts

C = "CheckForm"
TITLE = QT_TRANSLATE_NOOP("CheckForm", "On-site check form")
BLANK_TITLE = QT_TRANSLATE_NOOP("CheckForm", "On-site check form (blank, {kind})")
GROUP = QT_TRANSLATE_NOOP("CheckForm", "Inspection group")
VISIT = QT_TRANSLATE_NOOP("CheckForm", "Date of the visit")
HEADERS = (
    QT_TRANSLATE_NOOP("CheckForm", "No."),
    QT_TRANSLATE_NOOP("CheckForm", "Checklist item and how to check it"),
    QT_TRANSLATE_NOOP("CheckForm", "Verification"),
    QT_TRANSLATE_NOOP("CheckForm", "Findings on site"),
)
SELF = QT_TRANSLATE_NOOP("CheckForm", "Self-assessment: {answer}")
GUIDANCE = QT_TRANSLATE_NOOP("CheckForm", "How to check: {text}")
EVIDENCE = QT_TRANSLATE_NOOP("CheckForm", "Evidence: {captions}")
METHODS = QT_TRANSLATE_NOOP("CheckForm", "Methods used")
#: The visit's methods by the keys of services.visits.METHODS.
METHOD_CHOICES = {
    "report": QT_TRANSLATE_NOOP("CheckForm", "Hearing the unit's report"),
    "records": QT_TRANSLATE_NOOP("CheckForm", "Reviewing records"),
    "spot_check": QT_TRANSLATE_NOOP("CheckForm", "Random spot check"),
    "interview": QT_TRANSLATE_NOOP("CheckForm", "Individual talks"),
}
# The visit as planned beside room for what was done.
PLANNED = QT_TRANSLATE_NOOP("CheckForm", "Planned")
DONE = QT_TRANSLATE_NOOP("CheckForm", "Done")
PLANNED_METHODS = QT_TRANSLATE_NOOP("CheckForm", "Methods planned")
LEADER_MARK = QT_TRANSLATE_NOOP("CheckForm", "{name} (leader)")
NOT_PLANNED = QT_TRANSLATE_NOOP("CheckForm", "not planned yet")
DATE_BLANK = QT_TRANSLATE_NOOP("CheckForm", "    month    day")
SHORT_DATE = QT_TRANSLATE_NOOP("CheckForm", "{month}/{day}")
INTERVIEW = QT_TRANSLATE_NOOP(
    "CheckForm",
    "Interview with the head and staff representatives: needs, difficulties, suggestions",
)
PROBLEMS_FOUND = QT_TRANSLATE_NOOP("CheckForm", "Problems found")
OVERALL = QT_TRANSLATE_NOOP("CheckForm", "Overall findings of the group")
GRADE = QT_TRANSLATE_NOOP("CheckForm", "Overall grade proposed")
SIGN_INSPECTORS = QT_TRANSLATE_NOOP("CheckForm", "Inspectors (signatures)")
SIGN_LEADER = QT_TRANSLATE_NOOP("CheckForm", "Group leader")
SIGN_UNIT = QT_TRANSLATE_NOOP("CheckForm", "Head of the unit")
SIGN_DATE = QT_TRANSLATE_NOOP("CheckForm", "Date:      year    month    day")
SEAL = QT_TRANSLATE_NOOP("CheckForm", "Seal of the unit")
UNIT = QT_TRANSLATE_NOOP("CheckForm", "Unit: {name}")
USCC = QT_TRANSLATE_NOOP("CheckForm", "USCC: {code}")
GROUP_VALUE = QT_TRANSLATE_NOOP("CheckForm", "Group: {name}")
PAGE = QT_TRANSLATE_NOOP("CheckForm", "Page {page} of {total}")
NUMBER_ANSWER = QT_TRANSLATE_NOOP("CheckForm", "Figure checked: ________")
TEXT_ANSWER = QT_TRANSLATE_NOOP("CheckForm", "See findings")
NOT_ANSWERED = QT_TRANSLATE_NOOP("CheckForm", "not answered")
# A figure item shows the figure the office holds beside the unit's own.
HELD_FIGURE = QT_TRANSLATE_NOOP("CheckForm", "Office data: {held}")
FIGURE_DIFFERS = QT_TRANSLATE_NOOP("CheckForm", "(differs)")
ANSWER_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Checklist", "Yes"),
    "no": QT_TRANSLATE_NOOP("Checklist", "No"),
    "na": QT_TRANSLATE_NOOP("Checklist", "Not applicable"),
}
#: What a form's QR code says: format, campaign id, unit id, page, pages of the unit.
QR_PREFIX = "DUDAO-FORM"

MARGIN_X = 14 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 14 * mm
WIDTH = A4[0] - 2 * MARGIN_X
BODY_SIZE = 10.5
NOTE_SIZE = 9.0
BOX = 3.6 * mm  # tick boxes at least 3.5 mm
QR_SIZE = 17 * mm
#: Column widths (mm): 序号, item, self-assessment and verification boxes, findings.
COLUMNS_MM = (7, 88, 39, 48)
PADDING = 2
TAIL_ITEMS = 2  # items kept with the closing block


def tr(text: str) -> str:
    return i18n.document_text(C, text)


@dataclass
class FormData:
    """Everything one form shows, gathered beforehand (see ``services.check_forms``)."""

    campaign: str
    title: str
    pairs: list[tuple[str, str]]
    sections: list[tuple[str, list[tuple]]] = field(default_factory=list)
    file_stem: str = "form"
    blank: bool = False
    campaign_id: str = ""
    unit_id: str = ""
    unit_name: str = ""
    uscc: str = ""
    group: str = ""
    grades: list[str] = field(default_factory=list)
    # The plan of the visit: the day, METHOD_CHOICES keys, the group's members with
    # the leader first (``planned_leader`` names them).
    planned_on: date | None = None
    planned_methods: list[str] = field(default_factory=list)
    planned_members: list[str] = field(default_factory=list)
    planned_leader: str = ""


def qr_payload(campaign_id: str, unit_id: str, page: int, total: int) -> str:
    return f"{QR_PREFIX}|{campaign_id}|{unit_id}|{page}|{total}"


@dataclass(frozen=True)
class FormPage:
    """What a QR code on a scanned page says."""

    campaign_id: str
    unit_id: str
    page: int
    total: int


def parse_qr(text: str) -> FormPage | None:
    parts = text.strip().split("|")
    if len(parts) != 5 or parts[0] != QR_PREFIX or not parts[3].isdigit() or not parts[4].isdigit():
        return None
    return FormPage(parts[1], parts[2], int(parts[3]), int(parts[4]))


# -- styles and cells --------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("form", fontName=FONT, fontSize=BODY_SIZE, leading=13, wordWrap="CJK")
    return {
        "body": body,
        "centre": ParagraphStyle("centre", parent=body, alignment=1),
        "head": ParagraphStyle("head", parent=body, alignment=1, leading=13),
        "section": ParagraphStyle("section", parent=body, fontSize=11, leading=15),
        "title": ParagraphStyle("title", parent=body, fontSize=18, leading=24, alignment=1),
        "sub": ParagraphStyle("sub", parent=body, alignment=1, spaceAfter=2 * mm),
    }


class TickBoxes(Flowable):
    """Options each after a drawn square of :data:`BOX`, wrapping to the width given."""

    def __init__(self, options: Sequence[str], size: float = BODY_SIZE, gap: float = 4 * mm):
        super().__init__()
        self.options = list(options)
        self.size = size
        self.gap = gap

    def _layout(self, width: float) -> list[list[tuple[float, str]]]:
        lines: list[list[tuple[float, str]]] = [[]]
        x = 0.0
        for option in self.options:
            need = BOX + 1.2 * mm + pdfmetrics_width(option, self.size)
            if x and x + need > width:
                lines.append([])
                x = 0.0
            lines[-1].append((x, option))
            x += need + self.gap
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._lines = self._layout(available_width)
        self.width = available_width
        self.height = len(self._lines) * (BOX + 1.4 * mm)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(0.7)
        canv.setFont(FONT, self.size)
        for index, line in enumerate(self._lines):
            y = self.height - (index + 1) * (BOX + 1.4 * mm) + 0.7 * mm
            for x, option in line:
                canv.rect(x, y, BOX, BOX)
                canv.drawString(x + BOX + 1.2 * mm, y + 0.6 * mm, option)


def pdfmetrics_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)


def _answer_text(value: str) -> str:
    if not value:
        return tr(NOT_ANSWERED)
    if value in ANSWER_LABELS:
        return i18n.document_text("Checklist", ANSWER_LABELS[value])
    return value


def _item_cell(code: str, text: str, guidance: str, captions, styles) -> Paragraph:
    parts = [escape(f"{code} {text}")]
    if guidance:
        parts.append(escape(tr(GUIDANCE).format(text=guidance)))
    if captions:
        parts.append(escape(tr(EVIDENCE).format(captions="；".join(captions))))
    # The notes run on after the item's text, in smaller type: a line saved per item.
    markup = parts[0] + "".join(f'<font size="{NOTE_SIZE}">　{p}</font>' for p in parts[1:])
    return Paragraph(markup, styles["body"])


def _table(rows: list[list], section_rows: Sequence[int], header: bool) -> Table:
    widths = [w * mm * WIDTH / (sum(COLUMNS_MM) * mm) for w in COLUMNS_MM]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, 13),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")))
    for row in section_rows:
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F2F2F2")),
            # A section's name never ends a page: it keeps its first item.
            ("NOSPLIT", (0, row), (-1, min(row + 1, len(rows) - 1))),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _lines(count: int, label: str, styles) -> list[Flowable]:
    rows = [[Paragraph(escape(label), styles["section"])]] + [[""] for _ in range(count)]
    table = Table(rows, colWidths=[WIDTH], rowHeights=[7 * mm] + [8 * mm] * count)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [table]


def _signatures(styles) -> Table:
    date = tr(SIGN_DATE)
    labels = [tr(SIGN_LEADER), tr(SIGN_INSPECTORS), tr(SIGN_UNIT)]
    rows = [[Paragraph(escape(f"{label}："), styles["body"]), "", date] for label in labels]
    seal = Paragraph(escape(f"（{tr(SEAL)}）"), styles["centre"])
    table = Table(
        [[*row, seal if index == 0 else ""] for index, row in enumerate(rows)],
        colWidths=[32 * mm, 58 * mm, 48 * mm, WIDTH - 138 * mm],
        rowHeights=11 * mm,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("FONT", (2, 0), (2, -1), FONT, BODY_SIZE),
                ("SPAN", (3, 0), (3, -1)),
                ("BOX", (3, 0), (3, -1), 0.5, colors.grey),
                ("VALIGN", (3, 0), (3, -1), "MIDDLE"),
            ]
        )
    )
    return table


class _FormStart(Flowable):
    """Zero-size marker: a unit's form starts on this page."""

    width = height = 0

    def __init__(self, form: FormData) -> None:
        super().__init__()
        self.form = form

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._form_start = self.form


class _BlankPage(Flowable):
    """Zero-size marker of the page left blank so the next form starts on an odd page."""

    width = height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._form_blank = True


class OddPageStart(ActionFlowable):
    """Start a new page, and one more if that would be an even one (duplex printing)."""

    def apply(self, doc: Any) -> None:
        doc.handle_pageBreak()
        # handle_pageBreak ends the page; the next one is number doc.page + 1.
        if (doc.page + 1) % 2 == 0:
            doc.handle_flowable([_BlankPage()])
            doc.handle_pageBreak()


def plan_pairs(form: FormData) -> list[tuple[str, str]]:
    """The visit as planned, in the facts table (no extra room on the page): the group with
    its members, the day planned beside a blank for the day it was done, the methods
    planned (those used are ticked at the end of the form)."""
    members = "、".join(
        tr(LEADER_MARK).format(name=m) if m == form.planned_leader else m
        for m in form.planned_members
    )
    if form.planned_on is not None:
        planned = tr(SHORT_DATE).format(month=form.planned_on.month, day=form.planned_on.day)
    else:
        planned = tr(DATE_BLANK) if form.blank else tr(NOT_PLANNED)
    day = tr(PLANNED) + "：" + planned + "；" + tr(DONE) + "："
    methods = "、".join(tr(METHOD_CHOICES[k]) for k in form.planned_methods)
    return [
        (tr(GROUP), f"{form.group}（{members}）" if members else form.group),
        (tr(VISIT), day + tr(DATE_BLANK)),
        (tr(PLANNED_METHODS), methods or ("" if form.blank else tr(NOT_PLANNED))),
    ]


def form_story(form: FormData, styles: dict[str, ParagraphStyle] | None = None) -> list[Flowable]:
    """The flowables of one form."""
    styles = styles or _styles()
    story: list[Flowable] = [
        _FormStart(form),
        Paragraph(escape(form.title), styles["title"]),
        Paragraph(escape(form.campaign), styles["sub"]),
    ]
    pairs = form.pairs + plan_pairs(form)
    rows = []
    for start in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[start : start + 2]:
            row += [
                Paragraph(escape(label), styles["head"]),
                Paragraph(escape(str(value)), styles["body"]),
            ]
        rows.append(row + [""] * (4 - len(row)))
    facts = Table(rows, colWidths=[w * WIDTH for w in (0.17, 0.33, 0.17, 0.33)])
    facts.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8E8E8")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#E8E8E8")),
            ]
        )
    )
    story.append(facts)
    verify_boxes = [i18n.document_text("Checklist", ANSWER_LABELS[k]) for k in ("yes", "no", "na")]
    header = [Paragraph(escape(tr(h)), styles["head"]) for h in HEADERS]
    rows, sections = [header], []
    number = 0
    for heading, items in form.sections:
        sections.append(len(rows))
        rows.append([Paragraph(escape(heading), styles["section"]), "", "", ""])
        for code, text, guidance, kind, self_value, captions, held in items:
            number += 1
            verify: list[Flowable] = []
            if not form.blank:
                own = tr(SELF).format(answer=_answer_text(self_value))
                if held is not None:  # the office's figure beside the unit's own
                    own += "　" + tr(HELD_FIGURE).format(held=held)
                    if self_value and self_value != str(held):
                        own += " " + tr(FIGURE_DIFFERS)
                verify.append(
                    Paragraph(f'<font size="{NOTE_SIZE}">{escape(own)}</font>', styles["body"])
                )
            if kind == "yes_no":
                verify.append(TickBoxes(verify_boxes, gap=1.5 * mm))
            else:
                answer = tr(NUMBER_ANSWER if kind == "number" else TEXT_ANSWER)
                verify.append(Paragraph(escape(answer), styles["body"]))
            rows.append(
                [str(number), _item_cell(code, text, guidance, captions, styles), verify, ""]
            )
    # The last items go with the closing block, so the signatures never stand alone.
    cut = max(len(rows) - TAIL_ITEMS, 2)
    while cut - 1 in sections and cut > 2:
        cut -= 1
    story.append(_table(rows[:cut], [r for r in sections if r < cut], header=True))
    tail = rows[cut:]
    closing: list[Flowable] = []
    if tail:
        closing.append(_table(tail, [r - cut for r in sections if r >= cut], header=False))
    closing += _lines(5, tr(PROBLEMS_FOUND) + "：", styles)
    closing += _lines(2, tr(INTERVIEW) + "：", styles)
    closing += [
        Paragraph(escape(tr(METHODS) + "："), styles["section"]),
        TickBoxes([tr(m) for m in METHOD_CHOICES.values()]),
        Paragraph(escape(tr(GRADE) + "："), styles["section"]),
        TickBoxes(form.grades),
        _signatures(styles),
    ]
    story.append(KeepTogether(closing))
    return story


# -- pages -------------------------------------------------------------------------------------


def draw_qr(canv: Any, text: str, x: float, y: float, size: float = QR_SIZE) -> None:
    """A QR code (error correction M, with its quiet zone) as one filled path."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    module = size / (count + 8)
    path = canv.beginPath()
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                path.rect(x + (col + 4) * module, y + size - (row + 5) * module, module, module)
    canv.setFillColor(colors.black)
    canv.drawPath(path, stroke=0, fill=1)


class _FormCanvas(pdfcanvas.Canvas):
    """Keeps every page until save(), then stamps each unit's header, QR code and
    "第 x 页 共 y 页" counted over the unit's own pages (blank duplex pages stay blank)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._form_start: FormData | None = None
        self._form_blank = False

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self._form_start = None
        self._form_blank = False

    def save(self) -> None:
        owners: list[FormData | None] = []
        current: FormData | None = None
        for page in self._pages:
            current = page["_form_start"] or current
            owners.append(None if page["_form_blank"] else current)
        totals: dict[int, int] = {}
        for owner in owners:
            if owner is not None:
                totals[id(owner)] = totals.get(id(owner), 0) + 1
        seen: dict[int, int] = {}
        for page, owner in zip(self._pages, owners, strict=True):
            self.__dict__.update(page)
            if owner is not None:
                seen[id(owner)] = seen.get(id(owner), 0) + 1
                self._decorate(owner, seen[id(owner)], totals[id(owner)])
            super().showPage()
        super().save()

    def _decorate(self, form: FormData, page: int, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(FONT, BODY_SIZE)
        top = height - 10 * mm
        parts = [tr(UNIT).format(name=form.unit_name or "________")]
        if form.uscc or form.blank:
            parts.append(tr(USCC).format(code=form.uscc or "________"))
        parts.append(tr(GROUP_VALUE).format(name=form.group or "________"))
        self.drawString(MARGIN_X, top, "　".join(parts[:2]))
        self.drawString(MARGIN_X, top - 5.5 * mm, f"{parts[-1]}　{form.title}")
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 8 * mm, width - MARGIN_X - QR_SIZE - 2 * mm, top - 8 * mm)
        self.drawCentredString(width / 2, 8 * mm, tr(PAGE).format(page=page, total=total))
        if form.unit_id:
            text = qr_payload(form.campaign_id, form.unit_id, page, total)
            draw_qr(self, text, width - MARGIN_X - QR_SIZE + 2 * mm, height - QR_SIZE - 3 * mm)
        self.restoreState()


MISSING_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Folder {folder} does not exist: choose an existing folder for the PDF."
)


def _build(target: Any, story: list[Flowable], title: str) -> None:
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        title=title,
        creator="dudao-desktop",
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build(story, canvasmaker=_FormCanvas)


def _write(path: Path, story: list[Flowable], title: str) -> Path:
    with atomic_output(path, MISSING_FOLDER) as handle:
        _build(handle, story, title)
    return path


def write_forms(
    forms: list[FormData],
    out: Path,
    *,
    one_file: bool = True,
    duplex: bool = True,
) -> Generator[tuple[int, int, str], None, list[Path]]:
    """Render ``forms`` into the PDF ``out`` (``one_file``; with ``duplex`` every form starts
    on an odd page) or one PDF per form into the folder ``out``. Yields progress; returns
    the files."""
    out = Path(out)
    total = len(forms)
    styles = _styles()
    if one_file:
        story: list[Flowable] = []
        for index, form in enumerate(forms):
            if index:
                story.append(OddPageStart() if duplex else PageBreak())
            story += form_story(form, styles)
        yield 0, total, tr(TITLE)
        _write(out, story, forms[0].title if total == 1 else tr(TITLE))
        yield total, total, ""
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, form in enumerate(forms):
        yield index, total, form.file_stem
        written.append(_write(out / f"{form.file_stem}.pdf", form_story(form, styles), form.title))
    yield total, total, ""
    return written
