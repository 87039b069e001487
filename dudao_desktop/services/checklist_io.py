"""Checklist templates as ``.xlsx``: one row per item, with its section in the first columns.

Import validates every row first and adds the template as a new version (all or nothing).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import func, select

from .. import i18n
from ..db.engine import Database
from ..documents.sheet_reader import ImportWorkbook, column_letter
from ..documents.workbook import print_setup, save_workbook
from ..errors import QT_TRANSLATE_NOOP, Finding, NotFoundError, ValidationError
from ..model import ChecklistTemplate
from ..model.vocab import (
    CAMPAIGN_FOCUS,
    LINES_OF_WORK,
    PROBLEM_CATEGORIES,
    UNIT_FLAG_NAMES,
    UNIT_FLAGS,
    UNIT_KIND_GROUP_LABELS,
    UNIT_KIND_GROUPS,
    UNIT_KIND_NAMES,
    UNIT_KINDS,
)
from .checklist import ANSWER_LABELS, template_items
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
ANSWER_KIND_LABELS = {
    "yes_no": QT_TRANSLATE_NOOP("Checklist", "Yes / no"),
    "number": QT_TRANSLATE_NOOP("Checklist", "Number"),
    "text": QT_TRANSLATE_NOOP("Checklist", "Text"),
}
CHOICES_SHEET = QT_TRANSLATE_NOOP("Checklist", "Choices")
MULTIPLE = ("applies_to", "flags", "focus")
MULTIPLE_PROMPT = QT_TRANSLATE_NOOP(
    "Checklist", "Several may be given, separated by 、. The names are on the sheet {sheet}."
)
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP(
    "Errors",
    '"{value}" is not one of the choices of this column: pick one from the drop-down list '
    '(the names are on the sheet "{sheet}").',
)


def _doc(context: str, labels: dict[str, str]) -> dict[str, str]:
    return {key: i18n.document_text(context, text) for key, text in labels.items()}


def choice_labels() -> dict[str, dict[str, str]]:
    """Per coded column, each code and the name the workbook shows for it (in the document
    language: the office reads and picks names, never internal codes)."""
    yes_no = {k: i18n.document_text("Checklist", ANSWER_LABELS[k]) for k in ("yes", "no")}
    groups = _doc("Vocab", UNIT_KIND_GROUP_LABELS)
    kinds = {
        k: UNIT_KIND_NAMES[k][0] if k in UNIT_KIND_NAMES else i18n.document_text("Vocab", v)
        for k, v in UNIT_KINDS.items()
        if k not in groups
    }
    return {
        "line_of_work": _doc("Vocab", LINES_OF_WORK),
        "answer_kind": _doc("Checklist", ANSWER_KIND_LABELS),
        "expected": yes_no,
        "applies_to": {**groups, **kinds},
        "flags": {k: UNIT_FLAG_NAMES[k][0] for k in UNIT_FLAGS},
        "focus": _doc("Vocab", CAMPAIGN_FOCUS),
        "figure": {k: f.label for k, f in FIGURES.items()},
        "evidence_required": yes_no,
        "problem_category": _doc("Vocab", PROBLEM_CATEGORIES),
    }


def _choice_codes() -> dict[str, dict[str, str]]:
    """Per coded column, what a cell may say (the name in Chinese or English, the names
    offices write, the code itself) and the code it stands for."""
    english = {
        "line_of_work": LINES_OF_WORK,
        "answer_kind": ANSWER_KIND_LABELS,
        "applies_to": {**UNIT_KINDS, **UNIT_KIND_GROUP_LABELS},
        "flags": UNIT_FLAGS,
        "focus": CAMPAIGN_FOCUS,
        "problem_category": PROBLEM_CATEGORIES,
    }
    aliases = {"applies_to": UNIT_KIND_NAMES, "flags": UNIT_FLAG_NAMES}
    codes: dict[str, dict[str, str]] = {}
    for column, labels in choice_labels().items():
        known: dict[str, str] = {}
        for code, label in labels.items():
            names = [code, label, english.get(column, {}).get(code, "")]
            names += aliases.get(column, {}).get(code, ())
            known.update({normalise_header(n): code for n in names if n})
        codes[column] = known
    return codes


def _choices_sheet(wb: Workbook, labels: dict[str, dict[str, str]]) -> str:
    """The choice lists, one column per coded column; returns the sheet's name."""
    title = i18n.document_text("Checklist", CHOICES_SHEET)
    ws = wb.create_sheet(title)
    for c, (key, names) in enumerate(labels.items(), 1):
        header = next(label for k, label, _a, _w in COLUMNS if k == key)
        cell = put(ws, 1, c, i18n.translate("Checklist", header))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        ws.column_dimensions[column_letter(c - 1)].width = 28
        for r, name in enumerate(names.values(), 2):
            put(ws, r, c, name)
    longest = max(len(names) for names in labels.values()) + 1
    ws.freeze_panes = "A2"
    print_setup(
        ws,
        title,
        area=f"A1:{column_letter(len(labels) - 1)}{longest}",
        title_rows="1:1",
        landscape=True,
    )
    return title


def _add_drop_downs(ws, choices: str, labels: dict[str, dict[str, str]], last_row: int) -> None:
    """A drop-down list on each single-choice column, an input prompt on the columns that
    take several names."""
    rows = max(last_row, 3) + 200  # room for the rows an office adds
    for c, (key, *_rest) in enumerate(COLUMNS):
        if key not in labels:
            continue
        source = list(labels).index(key)
        letter = column_letter(source)
        if key in MULTIPLE:
            check = DataValidation(allow_blank=True, showInputMessage=True)
            check.prompt = i18n.document_text("Checklist", MULTIPLE_PROMPT).format(sheet=choices)
        else:
            check = DataValidation(
                type="list",
                formula1=f"'{choices}'!${letter}$2:${letter}${len(labels[key]) + 1}",
                allow_blank=True,
                showErrorMessage=True,
            )
        check.add(f"{column_letter(c)}3:{column_letter(c)}{rows}")
        ws.add_data_validation(check)


def export_template(database: Database, template_id: str, path: Path) -> int:
    """Write the template to ``path``; returns the number of items."""
    with database.Session() as s:
        template = s.get(ChecklistTemplate, template_id)
        if template is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This checklist template no longer exists.")
            )
        rows = template_items(s, template_id)
    labels = choice_labels()
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
        names = labels["applies_to"]
        values = (
            section.code,
            section.title,
            labels["line_of_work"].get(section.line_of_work, section.line_of_work),
            item.code,
            item.text,
            item.guidance,
            labels["answer_kind"].get(item.answer_kind, item.answer_kind),
            labels["expected"].get(item.expected, item.expected),
            "、".join(names.get(k, k) for k in _split(item.applies_to)),
            "、".join(labels["flags"].get(k, k) for k in _split(item.flags)),
            "、".join(labels["focus"].get(k, k) for k in _split(item.focus)),
            labels["figure"].get(item.figure, item.figure),
            labels["evidence_required"]["yes" if item.evidence_required else "no"],
            labels["problem_category"].get(item.problem_category, item.problem_category),
        )
        for c, value in enumerate(values, 1):
            put(ws, r, c, value).alignment = Alignment(wrap_text=True, vertical="top")
    _add_drop_downs(ws, _choices_sheet(wb, labels), labels, len(rows) + 2)
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


def _split(text: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,，、\s]+", text) if k.strip()]


def _row_findings(
    values: dict[str, Any], unknown: dict[str, list[str]], where: dict
) -> list[Finding]:
    """The row's empty required cells and the names its coded columns do not know."""
    out = [
        Finding(
            QT_TRANSLATE_NOOP("Errors", "This cell is empty; it must be filled in."),
            {},
            column=key,
            **where,
        )
        for key in ("section_code", "section_title", "code", "text")
        if not values.get(key)
    ]
    sheet = i18n.document_text("Checklist", CHOICES_SHEET)
    for key, names in unknown.items():
        out += [
            Finding(UNKNOWN_CHOICE, {"value": name, "sheet": sheet}, column=key, **where)
            for name in names
        ]
    return out


def _coded(values: dict[str, Any], codes: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """Turn the names in the coded columns into codes in place; returns the names not known
    per column. Empty cells keep their defaults."""
    unknown: dict[str, list[str]] = {}
    for key, known in codes.items():
        if key == "evidence_required":
            continue
        names = _split(values[key]) if key in MULTIPLE else [values[key]] if values[key] else []
        found = [known.get(normalise_header(n)) for n in names]
        unknown[key] = [n for n, code in zip(names, found, strict=True) if code is None]
        coded = [code for code in found if code]
        values[key] = coded if key in MULTIPLE else (coded[0] if coded else "")
    return {k: v for k, v in unknown.items() if v}


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
    codes = _choice_codes()
    sections: dict[str, dict] = {}
    findings: list[Finding] = []
    for sheet_row in rows[start + 1 :]:
        raw = {key: sheet_row.values[c] for c, key in header.items()}
        values = {
            key: "" if raw.get(key) is None else str(raw.get(key)).strip() for key, *_ in COLUMNS
        }
        unknown = _coded(values, codes)
        values["answer_kind"] = values["answer_kind"] or "yes_no"
        values["applies_to"] = values["applies_to"] or [*UNIT_KIND_GROUPS, "other"]
        evidence = normalise_header(values["evidence_required"])
        values["evidence_required"] = (
            evidence in YES or codes["evidence_required"].get(evidence) == "yes"
        )
        where = {"file": file, "sheet": ws.title, "row": sheet_row.number}
        for f in _row_findings(values, unknown, where):
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
                "evidence_required": values["evidence_required"],
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
