"""Reading a month's real-name system export (实名制管理系统导出, ``.xlsx``).

The header row is found by its titles (the export has a title row or two above it); every
row is validated first and any finding refuses the whole file, with a row-by-row report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from stdnum.cn import uscc as uscc_check

from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding, ValidationError
from .ledger_import import refuse_if_findings

FIGURES = (
    "establishment_admin",
    "establishment_institution",
    "establishment_law",
    "actual_staff",
    "leader_posts_approved",
    "leader_posts_actual",
)
#: Column titles of the export (several spellings) → field.
HEADERS = {
    "统一社会信用代码": "uscc",
    "单位名称": "name",
    "单位类型": "kind",
    "主管部门": "department",
    "行政编制": "establishment_admin",
    "事业编制": "establishment_institution",
    "政法专项编制": "establishment_law",
    "实有人数": "actual_staff",
    "在编人数": "actual_staff",
    "核定领导职数": "leader_posts_approved",
    "领导职数": "leader_posts_approved",
    "实配领导职数": "leader_posts_actual",
    "实有领导职数": "leader_posts_actual",
    "内设机构": "internal_institutions",
}
#: The column titles the real-name export must have; the order of a written test file.
REQUIRED = (
    "统一社会信用代码",
    "单位名称",
    "行政编制",
    "事业编制",
    "政法专项编制",
    "实有人数",
    "核定领导职数",
    "实有领导职数",
)
KIND_NAMES = {
    "机关": "agency",
    "党政机关": "agency",
    "事业单位": "institution",
    "镇街": "township",
    "agency": "agency",
    "institution": "institution",
    "township": "township",
}


@dataclass
class RealNameRow:
    row: int
    uscc: str
    name: str
    kind: str = ""
    department: str = ""
    establishment_admin: int = 0
    establishment_institution: int = 0
    establishment_law: int = 0
    actual_staff: int = 0
    leader_posts_approved: int = 0
    leader_posts_actual: int = 0
    internal_institutions: str = ""


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def read_realname(path: Path) -> list[RealNameRow]:
    if not path.is_file():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "File {file} does not exist."), file=str(path))
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "File {file} is not a readable .xlsx workbook: {error}"),
            file=path.name,
            error=str(error),
        ) from error
    try:
        sheet = workbook.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    header_at = next(
        (i for i, row in enumerate(rows[:10]) if "统一社会信用代码" in [_text(v) for v in row]),
        None,
    )
    if header_at is None:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file}: no header row with '统一社会信用代码' in the first ten rows; "
                "export the real-name data with its column titles.",
            ),
            file=path.name,
        )
    titles = [_text(v) for v in rows[header_at]]
    columns = {HEADERS[t]: i for i, t in enumerate(titles) if t in HEADERS}
    findings: list[Finding] = []
    missing = [t for t in REQUIRED if HEADERS[t] not in columns]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "File {file} lacks required columns; nothing was read."),
            findings=[
                Finding(
                    QT_TRANSLATE_NOOP("Errors", "Column '{title}' is missing."),
                    {"title": t},
                    path.name,
                    sheet.title,
                    header_at + 1,
                )
                for t in missing
            ],
            file=path.name,
        )
    result: list[RealNameRow] = []
    seen: dict[str, int] = {}
    for offset, values in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not any(_text(v) for v in values):
            continue

        def get(name: str, values=values) -> Any:
            index = columns.get(name)
            return values[index] if index is not None and index < len(values) else None

        def where(name: str, number=offset) -> dict[str, Any]:
            return {
                "file": path.name,
                "sheet": sheet.title,
                "row": number,
                "column": titles[columns[name]] if name in columns else name,
            }

        item = RealNameRow(offset, _text(get("uscc")).upper(), _text(get("name")))
        if not uscc_check.is_valid(item.uscc):
            findings.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Errors", "'{value}' is not a valid unified social credit code."
                    ),
                    {"value": item.uscc},
                    **where("uscc"),
                )
            )
        elif item.uscc in seen:
            findings.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Unit {value} appears twice (also in row {other})."
                    ),
                    {"value": item.uscc, "other": seen[item.uscc]},
                    **where("uscc"),
                )
            )
        seen.setdefault(item.uscc, offset)
        if not item.name:
            findings.append(
                Finding(QT_TRANSLATE_NOOP("Errors", "The unit name is empty."), {}, **where("name"))
            )
        kind = _text(get("kind"))
        item.kind = KIND_NAMES.get(kind, "")
        item.department = _text(get("department"))
        item.internal_institutions = _text(get("internal_institutions"))
        for name in FIGURES:
            raw = get(name)
            try:
                number = int(raw) if _text(raw) else 0
                if number < 0 or (isinstance(raw, float) and raw != number):
                    raise ValueError
            except (TypeError, ValueError):
                findings.append(
                    Finding(
                        QT_TRANSLATE_NOOP(
                            "Errors", "'{value}' is not a whole number of zero or more."
                        ),
                        {"value": _text(raw)},
                        **where(name),
                    )
                )
                continue
            setattr(item, name, number)
        result.append(item)
    refuse_if_findings(path.name, findings)
    return result
