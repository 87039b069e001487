"""Self-assessment by workbook: one ``.xlsx`` per unit out, filled workbooks back in.

The workbook shows the unit's data and its applicable checklist items with dropdowns for the
answers; only the answer and note cells can be edited. A very hidden sheet identifies the
unit, the campaign and the template version and maps each row to its item, so a filled file
is matched to its inspection however it was renamed. Import is all or nothing per file.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..documents.workbook import print_setup, save_workbook
from ..errors import QT_TRANSLATE_NOOP, NotFoundError
from ..model import Answer, Assignment, Campaign, ChecklistTemplate, Department, Unit
from ..model.vocab import UNIT_KINDS
from .checklist import ANSWER_LABELS, ensure_inspection, unit_items
from .roster import HEADER_FILL, HEADER_FONT, TITLE_FONT, put

E = "Errors"
C = "SelfAssessment"
FORMAT = "dudao-selfassessment"
IDENTITY_SHEET = "dudao_identity"
ANSWER_COLUMN, NOTE_COLUMN, CODE_COLUMN = 7, 8, 2
TITLE = QT_TRANSLATE_NOOP("SelfAssessment", "Self-assessment of {unit}")
UNIT_LABELS = (
    QT_TRANSLATE_NOOP("SelfAssessment", "Unit name"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Unified social credit code"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Supervising department"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Unit kind"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Establishment (admin / institution / law)"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Actual staff"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Leader posts (approved / actual)"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Internal institutions"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Legal-person certificate"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("SelfAssessment", "No."),
    QT_TRANSLATE_NOOP("SelfAssessment", "Item code"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Section"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Checklist item"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Guidance"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Answer kind"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Your answer"),
    QT_TRANSLATE_NOOP("SelfAssessment", "Note"),
)
KIND_LABELS = {
    "yes_no": QT_TRANSLATE_NOOP("SelfAssessment", "Yes / No / Not applicable"),
    "number": QT_TRANSLATE_NOOP("SelfAssessment", "Number"),
    "text": QT_TRANSLATE_NOOP("SelfAssessment", "Text"),
}
HINT = QT_TRANSLATE_NOOP(
    "SelfAssessment", 'Fill in the columns "Your answer" and "Note" only, then return this file.'
)


def tr(text: str) -> str:
    return i18n.document_text(C, text)


def find_unit(session: Session, code: str) -> Unit:
    """A unit by USCC or exact name."""
    unit = session.scalar(
        select(Unit).where(
            Unit.deleted.is_(False), (Unit.uscc == code.upper()) | (Unit.name == code)
        )
    )
    if unit is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "No unit has the code or name {code}."), code=code
        )
    return unit


def unit_pairs(session: Session, unit: Unit) -> list[str]:
    """The unit's data in the order of UNIT_LABELS (also used by the check form)."""
    department = session.get(Department, unit.department_id) if unit.department_id else None
    certificate = unit.certificate_no
    if unit.certificate_expiry:
        certificate += "  " + i18n.document_text(
            C, QT_TRANSLATE_NOOP("SelfAssessment", "valid until {date}")
        ).format(date=unit.certificate_expiry.isoformat())
    return [
        unit.name,
        unit.uscc,
        department.name if department else "",
        i18n.document_text("Vocab", UNIT_KINDS.get(unit.kind, unit.kind)),
        f"{unit.establishment_admin} / {unit.establishment_institution} / {unit.establishment_law}",
        str(unit.actual_staff),
        f"{unit.leader_posts_approved} / {unit.leader_posts_actual}",
        unit.internal_institutions,
        certificate,
    ]


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")[:80] or "unit"


def export_unit(database: Database, campaign_id: str, unit_id: str, path: Path) -> Path:
    """Write the self-assessment workbook of one unit to ``path``."""
    with database.session() as s:
        campaign = s.get(Campaign, campaign_id)
        unit = s.get(Unit, unit_id)
        template = s.get(ChecklistTemplate, campaign.template_id)
        inspection = ensure_inspection(s, campaign.id, unit.id)
        items = unit_items(s, campaign, unit)
        answers = {a.item_id: a for a in inspection_answers(s, inspection.id)}
        pairs = unit_pairs(s, unit)
    wb = Workbook()
    ws = wb.active
    ws.title = tr(QT_TRANSLATE_NOOP("SelfAssessment", "Self-assessment"))[:31]
    put(ws, 1, 1, tr(TITLE).format(unit=unit.name)).font = TITLE_FONT
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, campaign.name)
    ws.merge_cells("A2:H2")
    row = 3
    for label, value in zip(UNIT_LABELS, pairs, strict=True):
        put(ws, row, 1, tr(label)).font = HEADER_FONT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        put(ws, row, 4, value)
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=8)
        row += 1
    put(ws, row, 1, tr(HINT)).font = HEADER_FONT
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    header_row = row + 1
    for c, label in enumerate(HEADERS, 1):
        cell = put(ws, header_row, c, tr(label))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    yes_no = [i18n.document_text("Checklist", ANSWER_LABELS[k]) for k in ("yes", "no", "na")]
    choice = DataValidation(
        type="list", formula1='"' + ",".join(yes_no) + '"', allow_blank=True, showErrorMessage=True
    )
    number = DataValidation(
        type="whole",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
    )
    ws.add_data_validation(choice)
    ws.add_data_validation(number)
    identity = wb.create_sheet(IDENTITY_SHEET)
    for key, value in (
        ("format", FORMAT),
        ("version", 1),
        ("campaign_id", campaign.id),
        ("campaign", campaign.name),
        ("template_id", template.id),
        ("template_version", template.version),
        ("unit_id", unit.id),
        ("uscc", unit.uscc),
        ("inspection_id", inspection.id),
    ):
        identity.append([key, value])
    wrap = Alignment(wrap_text=True, vertical="top")
    for number_in_list, (section, item) in enumerate(items, 1):
        r = header_row + number_in_list
        answer = answers.get(item.id)
        own = answer.self_value if answer else ""
        shown = i18n.document_text("Checklist", ANSWER_LABELS[own]) if own in ANSWER_LABELS else own
        values = (
            number_in_list,
            item.code,
            section.title,
            item.text,
            item.guidance,
            tr(KIND_LABELS.get(item.answer_kind, item.answer_kind)),
            shown,
            answer.note if answer else "",
        )
        for c, value in enumerate(values, 1):
            cell = put(ws, r, c, value)
            cell.alignment = wrap
            if c in (ANSWER_COLUMN, NOTE_COLUMN):
                cell.protection = Protection(locked=False)
        target = f"G{r}"
        if item.answer_kind == "yes_no":
            choice.add(target)
        elif item.answer_kind == "number":
            number.add(target)
        identity.append(["item", r, item.id, item.code])
    for letter, width in zip("ABCDEFGH", (6, 8, 16, 50, 36, 12, 14, 30), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.protection.sheet = True
    ws.protection.password = "dudao"
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    identity.sheet_state = "veryHidden"
    identity.protection.sheet = True
    last_row = header_row + len(items)
    print_setup(
        ws,
        ws.cell(1, 1).value or "",
        area=f"A1:H{last_row}",
        title_rows=f"{header_row}:{header_row}",
        landscape=True,
    )
    save_workbook(wb, path)
    return Path(path)


def inspection_answers(session: Session, inspection_id: str):
    return session.scalars(
        select(Answer).where(Answer.inspection_id == inspection_id, Answer.deleted.is_(False))
    )


def export_into(database: Database, campaign_id: str, unit_id: str, out_dir: Path) -> Path:
    """The unit's workbook into ``out_dir``, named ``USCC_name.xlsx`` like a group export."""
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        name = f"{unit.uscc}_{safe_file_name(unit.name)}.xlsx"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return export_unit(database, campaign_id, unit_id, out_dir / name)


def export_units(
    database: Database, campaign_id: str, out_dir: Path, group_id: str | None = None
) -> Generator[tuple[int, int, str], None, list]:
    """One workbook per unit (of the group, or all assigned units) into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with database.Session() as s:
        query = (
            select(Unit.id, Unit.uscc, Unit.name)
            .join(Assignment, Assignment.unit_id == Unit.id)
            .where(
                Assignment.campaign_id == campaign_id,
                Assignment.deleted.is_(False),
                Unit.deleted.is_(False),
            )
            .order_by(Assignment.group_id, Assignment.visit_order)
        )
        if group_id:
            query = query.where(Assignment.group_id == group_id)
        units = s.execute(query).all()
    written = []
    for done, (unit_id, uscc, name) in enumerate(units):
        yield done, len(units), name
        written.append(
            export_unit(
                database, campaign_id, unit_id, out_dir / f"{uscc}_{safe_file_name(name)}.xlsx"
            )
        )
    yield len(units), len(units), ""
    return written


# The import side lives in selfassessment_import; its names stay reachable from here (lazily,
# because selfassessment_import itself uses this module's layout constants).
_IMPORT_NAMES = frozenset({"FileReport", "import_file", "import_path", "_identity"})


def __getattr__(name: str):
    if name in _IMPORT_NAMES:
        from . import selfassessment_import

        return getattr(selfassessment_import, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
