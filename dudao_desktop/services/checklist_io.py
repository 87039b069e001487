"""Checklist templates as ``.xlsx``: one row per item, with its section in the first columns.

Import validates every row first and adds the template as a new version (all or nothing).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from sqlalchemy import func, select

from .. import i18n
from ..db.engine import Database
from ..documents.sheet_reader import ImportWorkbook, column_letter
from ..documents.workbook import print_setup, save_workbook
from ..errors import QT_TRANSLATE_NOOP, Finding, NotFoundError, ValidationError
from ..model import ChecklistTemplate
from ..model.vocab import (
    ANSWER_KINDS,
    CAMPAIGN_FOCUS,
    LINES_OF_WORK,
    PROBLEM_CATEGORIES,
    UNIT_FLAGS,
    UNIT_KIND_GROUPS,
    UNIT_KINDS,
)
from .checklist import template_items
from .checklist_template import add_template
from .figure_checks import FIGURES
from .roster import HEADER_FILL, HEADER_FONT, TITLE_FONT, put
from .roster_fields import normalise_header

E = "Errors"
COLUMNS = (
    ("section_code", QT_TRANSLATE_NOOP("Checklist", "Section code"), ("章节编号", "部分编号"), 10),
    ("section_title", QT_TRANSLATE_NOOP("Checklist", "Section"), ("章节", "部分", "督导内容"), 20),
    ("line_of_work", QT_TRANSLATE_NOOP("Checklist", "Line of work"), ("工作类别",), 16),
    ("code", QT_TRANSLATE_NOOP("Checklist", "Item code"), ("编号", "检查项编号"), 10),
    ("text", QT_TRANSLATE_NOOP("Checklist", "Checklist item"), ("检查项", "检查内容"), 50),
    (
        "guidance",
        QT_TRANSLATE_NOOP("Checklist", "Guidance for the inspector"),
        ("核查方法", "核查指引", "guidance"),
        40,
    ),
    ("answer_kind", QT_TRANSLATE_NOOP("Checklist", "Answer kind"), ("答案类型",), 10),
    ("expected", QT_TRANSLATE_NOOP("Checklist", "Expected answer"), ("标准答案",), 10),
    ("applies_to", QT_TRANSLATE_NOOP("Checklist", "Applies to"), ("适用单位类型", "适用"), 24),
    ("flags", QT_TRANSLATE_NOOP("Checklist", "Only units flagged"), ("适用单位标记",), 14),
    ("focus", QT_TRANSLATE_NOOP("Checklist", "Only under campaign focus"), ("督导重点",), 14),
    ("figure", QT_TRANSLATE_NOOP("Checklist", "Checked against figure"), ("比对数据",), 18),
    (
        "evidence_required",
        QT_TRANSLATE_NOOP("Checklist", "Evidence required"),
        ("需佐证材料", "需要佐证"),
        10,
    ),
    ("problem_category", QT_TRANSLATE_NOOP("Checklist", "Problem category"), ("问题类别",), 16),
)
_HEADERS = {
    normalise_header(a): key for key, label, aliases, _w in COLUMNS for a in (key, label, *aliases)
}
YES = ("yes", "y", "是", "true", "1", "√")


def export_template(database: Database, template_id: str, path: Path) -> int:
    """Write the template to ``path``; returns the number of items."""
    with database.Session() as s:
        template = s.get(ChecklistTemplate, template_id)
        if template is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This checklist template no longer exists.")
            )
        rows = template_items(s, template_id)
    wb = Workbook()
    ws = wb.active
    ws.title = "checklist"
    put(ws, 1, 1, template.name).font = TITLE_FONT
    put(ws, 1, len(COLUMNS), template.version)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS) - 1)
    for c, (_key, label, _a, width) in enumerate(COLUMNS, 1):
        cell = put(ws, 2, c, i18n.translate("Checklist", label))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        ws.column_dimensions[column_letter(c - 1)].width = width
    for r, (section, item) in enumerate(rows, 3):
        values = (
            section.code,
            section.title,
            section.line_of_work,
            item.code,
            item.text,
            item.guidance,
            item.answer_kind,
            item.expected,
            item.applies_to,
            item.flags,
            item.focus,
            item.figure,
            "yes" if item.evidence_required else "no",
            item.problem_category,
        )
        for c, value in enumerate(values, 1):
            put(ws, r, c, value).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{column_letter(len(COLUMNS) - 1)}{len(rows) + 2}"
    ws.print_title_rows = "2:2"
    print_setup(
        ws,
        template.name,
        area=f"A1:{column_letter(len(COLUMNS) - 1)}{len(rows) + 2}",
        title_rows="2:2",
        landscape=True,
    )
    save_workbook(wb, path)
    return len(rows)


UNKNOWN_FLAG = QT_TRANSLATE_NOOP("Errors", '"{value}" is not a unit flag: use {known}.')
UNKNOWN_FOCUS = QT_TRANSLATE_NOOP("Errors", '"{value}" is not a campaign focus: use {known}.')


def _split(text: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,，、\s]+", text) if k.strip()]


def _row_findings(values: dict[str, Any], where: dict) -> list[Finding]:
    out = []

    def bad(column: str, message: str, **params: Any) -> None:
        out.append(Finding(message, params, column=column, **where))

    for key in ("section_code", "section_title", "code", "text"):
        if not values.get(key):
            bad(key, QT_TRANSLATE_NOOP("Errors", "This cell is empty; it must be filled in."))
    if values["answer_kind"] not in ANSWER_KINDS:
        bad(
            "answer_kind",
            QT_TRANSLATE_NOOP(
                "Errors", '"{value}" is not an answer kind: use yes_no, number or text.'
            ),
            value=values["answer_kind"],
        )
    if values["expected"] not in ("", "yes", "no"):
        bad(
            "expected",
            QT_TRANSLATE_NOOP(
                "Errors", '"{value}" is not an expected answer: use yes, no or leave it empty.'
            ),
            value=values["expected"],
        )
    for kind in values["applies_to"]:
        if kind not in UNIT_KINDS and kind not in UNIT_KIND_GROUPS:
            bad(
                "applies_to",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    '"{value}" is not a unit kind: use a kind such as public_welfare_1 or a '
                    "group: agency, administrative, institution, township.",
                ),
                value=kind,
            )
    for key, known, message in (
        ("flags", UNIT_FLAGS, UNKNOWN_FLAG),
        ("focus", CAMPAIGN_FOCUS, UNKNOWN_FOCUS),
    ):
        for value in values[key]:
            if value not in known:
                bad(key, message, value=value, known=", ".join(known))
    if values["figure"] and values["figure"] not in FIGURES:
        bad(
            "figure",
            QT_TRANSLATE_NOOP(
                "Errors", '"{value}" is not a figure the office holds: use one such as {known}.'
            ),
            value=values["figure"],
            known="actual_admin, leader_deputy_actual, internal_bodies_actual",
        )
    if values["problem_category"] and values["problem_category"] not in PROBLEM_CATEGORIES:
        bad(
            "problem_category",
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a problem category.'),
            value=values["problem_category"],
        )
    if values["line_of_work"] and values["line_of_work"] not in LINES_OF_WORK:
        bad(
            "line_of_work",
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a line of work.'),
            value=values["line_of_work"],
        )
    return out


def read_template_workbook(path: Path) -> dict[str, Any]:
    """The template structure of ``add_template`` from a workbook, or ValidationError."""
    with ImportWorkbook(path) as book:
        ws = book.values.worksheets[0]
        rows = book.rows(ws)
    file = Path(path).name
    header: dict[int, str] = {}
    start = 0
    for index, sheet_row in enumerate(rows[:10]):
        header = {
            c: _HEADERS[normalise_header(v)]
            for c, v in enumerate(sheet_row.values)
            if normalise_header(v) in _HEADERS
        }
        if {"code", "text", "section_code"} <= set(header.values()):
            start = index
            break
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} has no checklist header row (section code, item code, checklist "
                "item): export a template to see the layout.",
            ),
            file=file,
        )
    name = str(rows[0].values[0] or "") if start > 0 else ""
    name = name or re.sub(r"[_-]?v?\d*$", "", Path(path).stem)
    letters = {key: column_letter(c) for c, key in header.items()}
    sections: dict[str, dict] = {}
    findings: list[Finding] = []
    for sheet_row in rows[start + 1 :]:
        raw = {key: sheet_row.values[c] for c, key in header.items()}
        values = {
            key: "" if raw.get(key) is None else str(raw.get(key)).strip() for key, *_ in COLUMNS
        }
        values["answer_kind"] = values["answer_kind"] or "yes_no"
        values["applies_to"] = _split(values["applies_to"])
        values["flags"] = _split(values["flags"])
        values["focus"] = _split(values["focus"])
        values["applies_to"] = values["applies_to"] or [*UNIT_KIND_GROUPS, "other"]
        where = {"file": file, "sheet": ws.title, "row": sheet_row.number}
        for f in _row_findings(values, where):
            f.column = letters.get(f.column, f.column)
            findings.append(f)
        section = sections.setdefault(
            values["section_code"],
            {
                "code": values["section_code"],
                "title": values["section_title"],
                "line_of_work": values["line_of_work"],
                "items": [],
            },
        )
        section["items"].append(
            {
                "code": values["code"],
                "text": values["text"],
                "guidance": values["guidance"],
                "answer_kind": values["answer_kind"],
                "expected": values["expected"],
                "applies_to": values["applies_to"],
                "flags": values["flags"],
                "focus": values["focus"],
                "figure": values["figure"],
                "evidence_required": values["evidence_required"].lower() in YES,
                "problem_category": values["problem_category"],
            }
        )
    codes = [i["code"] for s in sections.values() for i in s["items"]]
    for code in {c for c in codes if codes.count(c) > 1}:
        findings.append(
            Finding(
                QT_TRANSLATE_NOOP("Errors", "Item code {value} appears twice."),
                {"value": code},
                file,
                ws.title,
            )
        )
    if findings:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The checklist {file} was not imported: {count} problems must be fixed first.",
            ),
            findings,
            file=file,
            count=len(findings),
        )
    return {"name": name, "sections": list(sections.values())}


def import_template(database: Database, path: Path) -> tuple[str, int]:
    """Add the workbook's checklist as a new template version; returns (id, version)."""
    data = read_template_workbook(path)
    with database.session() as s:
        newest = (
            s.scalar(
                select(func.max(ChecklistTemplate.version)).where(
                    ChecklistTemplate.name == data["name"]
                )
            )
            or 0
        )
        data["version"] = newest + 1
        template = add_template(s, data)
        return template.id, template.version
