"""The on-site check form (现场核查表): one per unit, filled by hand during the visit.

Made for paper, in Chinese whatever the UI language: the unit's name, USCC and group head
every page, with a QR code saying campaign, unit and page (a scanned form files itself as
the unit's evidence, see :mod:`dudao_desktop.services.form_scans`); "第 x 页 共 y 页" counts
the unit's own pages. The items stand in one table (section rows never end a page), each
with tick boxes of at least 3.5 mm and room to write what was found; then the problems
found on lines (as many as the last page has room for), the methods and the overall grade
to tick, and the signatures of the group leader, the members and the unit's representative
beside room for the unit's seal, kept with the last items so they never stand on a page of
their own. The facts at the top include the visit as planned (the group's members, the day
beside a blank for the day it was done, the methods; those used are ticked at the end). For
duplex printing each unit starts on an odd page (a blank page is inserted where needed).

Dense for paper (four pages a unit for the demo checklist of 60-70 items, the old form took
five): narrow margins, text at 1.2 times its size, the notes running on after each item,
the office's figure beside the unit's own. Cell text is laid out by :class:`CellText`, once
per distinct text and width, since every unit's form repeats the same items
(:mod:`dudao_desktop.documents.form_flowables`).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import zxingcpp
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from .atomic import atomic_output
from .fonts import FONT, register_fonts
from .form_flowables import (
    BODY_SIZE,
    LEADING,
    SECTION_SIZE,
    CellText,
    Closing,
    TickBoxes,
    WritingLines,
)

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

MARGIN_X = 12 * mm
MARGIN_TOP = 22 * mm  # the header and the QR code stand above
MARGIN_BOTTOM = 12 * mm
WIDTH = A4[0] - 2 * MARGIN_X
NOTE_SIZE = 9.0
TITLE_SIZE = 15.0
QR_SIZE = 17 * mm
#: Column widths (mm): 序号, item with how to check it, self-assessment over the verification
#: boxes (as wide as 是/否/不适用 need), findings (room to write by hand).
COLUMNS_MM = (8, 98, 36, 44)
PADDING = 2
LABEL_SHADE = colors.HexColor("#E8E8E8")
TAIL_ITEMS = 2  # items kept with the closing block
#: Lines for the problems found: as many as the closing's page has room for, within these.
PROBLEM_LINES = (3, 10)
SIGNATURE_ROW = 9 * mm


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


def _answer_text(value: str) -> str:
    if not value:
        return tr(NOT_ANSWERED)
    if value in ANSWER_LABELS:
        return i18n.document_text("Checklist", ANSWER_LABELS[value])
    return value


def _item_cell(code: str, text: str, guidance: str, captions: Sequence[str]) -> CellText:
    # How to check it, in smaller type under the column's heading "检查项及核查方法": no
    # label, which would take a third of a line.
    notes = []
    if guidance:
        notes.append(guidance)
    if captions:
        notes.append(tr(EVIDENCE).format(captions="；".join(captions)))
    # The notes run on after the item's text, in smaller type: a line saved per item.
    return CellText([(f"{code} {text}", BODY_SIZE)] + [("　" + n, NOTE_SIZE) for n in notes])


def _table(rows: list[list], section_rows: Sequence[int], header: bool) -> Table:
    widths = [w * mm * WIDTH / (sum(COLUMNS_MM) * mm) for w in COLUMNS_MM]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING - 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, BODY_SIZE * LEADING),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        # 序号 on one line in the narrow first column
        ("LEFTPADDING", (0, 0), (0, -1), 0.5),
        ("RIGHTPADDING", (0, 0), (0, -1), 0.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE))
    for row in section_rows:
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F2F2F2")),
            # A section's name never ends a page: it keeps its first item.
            ("NOSPLIT", (0, row), (-1, min(row + 1, len(rows) - 1))),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _ticks_and_signatures(form: FormData) -> Table:
    """Methods and grade to tick, then the signatures with their dates; the unit's seal
    beside them all."""
    methods = TickBoxes(
        [tr(m) for m in METHOD_CHOICES.values()], gap=2.5 * mm, label=tr(METHODS) + "："
    )
    grade = TickBoxes(form.grades, gap=2.5 * mm, label=tr(GRADE) + "：")
    date = CellText(tr(SIGN_DATE))
    labels = [tr(SIGN_LEADER), tr(SIGN_INSPECTORS), tr(SIGN_UNIT)]
    rows: list[list[Any]] = [[methods, "", "", ""], [grade, "", "", ""]]
    rows += [[CellText(f"{label}："), "", date, ""] for label in labels]
    rows[0][3] = CellText(f"（{tr(SEAL)}）", centre=True)
    table = Table(
        rows,
        colWidths=[36 * mm, 52 * mm, 44 * mm, WIDTH - 132 * mm],
        rowHeights=[None, None] + [SIGNATURE_ROW] * len(labels),
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("SPAN", (0, 0), (2, 0)),
                ("SPAN", (0, 1), (2, 1)),
                ("LINEBELOW", (1, 2), (1, -1), 0.6, colors.black),
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


def _facts(form: FormData) -> Table:
    """The unit's data and the visit as planned: two label/value pairs a row, then each pair
    whose value would wrap in half the width on a row of its own."""
    label_width = 32 * mm  # 统一社会信用代码 on one line
    half = WIDTH / 2 - label_width - 2 * PADDING
    pairs = form.pairs + plan_pairs(form)
    short = [p for p in pairs if stringWidth(str(p[1]), FONT, BODY_SIZE) <= half]
    rows: list[list[Any]] = []
    spans = []
    for start in range(0, len(short), 2):
        row: list[Any] = []
        for label, value in short[start : start + 2]:
            row += [CellText(label, centre=True), CellText(str(value))]
        if len(row) < 4:
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
        else:
            spans.append(("BACKGROUND", (2, len(rows)), (2, len(rows)), LABEL_SHADE))
        rows.append(row + [""] * (4 - len(row)))
    for label, value in pairs:
        if (label, value) not in short:
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
            rows.append([CellText(label, centre=True), CellText(str(value)), "", ""])
    facts = Table(rows, colWidths=[label_width, WIDTH / 2 - label_width] * 2)
    facts.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING + 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 1),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_SHADE),
                *spans,
            ]
        )
    )
    return facts


def _item_rows(form: FormData) -> tuple[list[list[Any]], list[int]]:
    """The items table's rows (the header first) and which of them name a section."""
    verify_boxes = [i18n.document_text("Checklist", ANSWER_LABELS[k]) for k in ("yes", "no", "na")]
    rows: list[list[Any]] = [[CellText(tr(h), centre=True) for h in HEADERS]]
    sections = []
    number = 0
    for heading, items in form.sections:
        sections.append(len(rows))
        rows.append([CellText(((heading, SECTION_SIZE),)), "", "", ""])
        for code, text, guidance, kind, self_value, captions, held in items:
            number += 1
            verify: list[Flowable] = []
            if not form.blank:
                own = tr(SELF).format(answer=_answer_text(self_value))
                if held is not None:  # the office's figure beside the unit's own
                    own += " " + tr(HELD_FIGURE).format(held=held)
                    if self_value and self_value != str(held):
                        own += tr(FIGURE_DIFFERS)
                verify.append(CellText(((own, NOTE_SIZE),)))
            if kind == "yes_no":
                verify.append(TickBoxes(verify_boxes, gap=1.2 * mm))
            else:
                verify.append(CellText(tr(NUMBER_ANSWER if kind == "number" else TEXT_ANSWER)))
            rows.append([str(number), _item_cell(code, text, guidance, captions), verify, ""])
    return rows, sections


def form_story(form: FormData) -> list[Flowable]:
    """The flowables of one form."""
    story: list[Flowable] = [
        _FormStart(form),
        CellText(((form.campaign + form.title, TITLE_SIZE),), centre=True),
        Spacer(0, 1.5 * mm),
        _facts(form),
        Spacer(0, 1.5 * mm),
    ]
    rows, sections = _item_rows(form)
    # The last items go with the closing block, so the signatures never stand alone.
    cut = max(len(rows) - TAIL_ITEMS, 2)
    while cut - 1 in sections and cut > 2:
        cut -= 1
    story.append(_table(rows[:cut], [r for r in sections if r < cut], header=True))
    tail = rows[cut:]
    before = []
    if tail:
        before.append(_table(tail, [r - cut for r in sections if r >= cut], header=False))
    problems = WritingLines(tr(PROBLEMS_FOUND) + "：", *PROBLEM_LINES)
    after = [WritingLines(tr(INTERVIEW) + "：", 2), _ticks_and_signatures(form)]
    story.append(Closing(before, problems, after))
    return story


# -- pages -------------------------------------------------------------------------------------


def draw_qr(canv: Any, text: str, x: float, y: float, size: float = QR_SIZE) -> None:
    """A QR code (error correction M, with its quiet zone) as one filled path, a rectangle
    per run of dark modules in a row (encoded by zxing-cpp: reportlab's pure-Python encoder
    took longer than the rest of a page)."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))  # 0 is dark
    count = image.shape[0]
    modules = image.tobytes()
    module = size / (count + 8)
    path = canv.beginPath()
    for row in range(count):
        bottom = y + size - (row + 5) * module
        for run in _DARK_RUN.finditer(modules[row * count : (row + 1) * count]):
            path.rect(x + (run.start() + 4) * module, bottom, len(run.group()) * module, module)
    canv.setFillColor(colors.black)
    canv.drawPath(path, stroke=0, fill=1)


_DARK_RUN = re.compile(rb"\x00+")


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
    doc = BaseDocTemplate(target, pagesize=A4, title=title, creator="dudao-desktop")
    # A frame without padding: the tables take the whole width between the margins.
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, A4[1] - MARGIN_TOP - MARGIN_BOTTOM, *(0, 0, 0, 0))
    doc.addPageTemplates([PageTemplate("form", [frame])])
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
    register_fonts()
    if one_file:
        story: list[Flowable] = []
        for index, form in enumerate(forms):
            if index:
                story.append(OddPageStart() if duplex else PageBreak())
            story += form_story(form)
        yield 0, total, tr(TITLE)
        _write(out, story, forms[0].title if total == 1 else tr(TITLE))
        yield total, total, ""
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, form in enumerate(forms):
        yield index, total, form.file_stem
        written.append(_write(out / f"{form.file_stem}.pdf", form_story(form), form.title))
    yield total, total, ""
    return written
