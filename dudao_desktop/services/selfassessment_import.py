"""Self-assessment by workbook, the import side: filled workbooks back in.

The very hidden identity sheet written by :mod:`.selfassessment` names the unit, the campaign
and the template version and maps each row to its item. Import is all or nothing per file.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..documents.sheet_reader import open_workbook
from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding
from ..model import Answer, Campaign, Inspection, Unit
from .checklist import ensure_inspection, normalise_answer, unit_items
from .figure_checks import check_in_session
from .selfassessment import (
    ANSWER_COLUMN,
    CODE_COLUMN,
    FORMAT,
    IDENTITY_SHEET,
    NOTE_COLUMN,
    inspection_answers,
)


@dataclass
class FileReport:
    file: str
    unit: str = ""
    answers: int = 0
    changed: int = 0
    applied: bool = False
    findings: list[Finding] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.findings)


def _identity(wb, file: str) -> tuple[dict, list[tuple[int, str, str]]]:
    if IDENTITY_SHEET not in wb.sheetnames:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} is not a self-assessment workbook exported by this "
                "application (its identity sheet is missing).",
            ),
            file=file,
        )
    facts, items = {}, []
    for row in wb[IDENTITY_SHEET].iter_rows(values_only=True):
        if row[0] == "item":
            items.append((int(row[1]), str(row[2]), str(row[3])))
        elif row[0]:
            facts[str(row[0])] = row[1]
    if facts.get("format") != FORMAT:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "File {file} is not a self-assessment workbook exported by this application.",
            ),
            file=file,
        )
    return facts, items


def import_file(
    database: Database, path: Path, *, campaign_id: str | None = None, dry_run: bool = False
) -> FileReport:
    """Import one filled workbook (all or nothing); findings in the report mean refused."""
    path = Path(path)
    report = FileReport(path.name)
    try:
        wb = open_workbook(path)
        facts, items = _identity(wb, path.name)
    except DudaoError as error:
        report.findings.append(Finding(error.template, error.params, path.name))
        return report
    ws = wb.worksheets[0]
    with database.session() as s:
        campaign = s.get(Campaign, str(facts.get("campaign_id")))
        unit = s.get(Unit, str(facts.get("unit_id")))

        def refuse(message: str, **params) -> FileReport:
            report.findings.append(Finding(message, params, path.name))
            return report

        if campaign is None or (campaign_id and campaign.id != campaign_id):
            return refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This workbook belongs to another campaign ({campaign}); export "
                    "the self-assessment of the current campaign and fill that.",
                ),
                campaign=facts.get("campaign", ""),
            )
        if campaign.template_id != facts.get("template_id"):
            return refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This workbook was made for checklist version {version}, but the "
                    "campaign now uses another version: export it again.",
                ),
                version=facts.get("template_version", ""),
            )
        if unit is None or unit.uscc != facts.get("uscc"):
            return refuse(
                QT_TRANSLATE_NOOP(
                    "Errors", "The unit of this workbook ({uscc}) is not in the roster."
                ),
                uscc=facts.get("uscc", ""),
            )
        report.unit = unit.name
        inspection = s.scalar(
            select(Inspection).where(
                Inspection.campaign_id == campaign.id,
                Inspection.unit_id == unit.id,
                Inspection.deleted.is_(False),
            )
        )
        if inspection is None and not dry_run:
            inspection = ensure_inspection(s, campaign.id, unit.id)
        if inspection is not None and inspection.locked:
            return refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The inspection of {unit} is locked (grade confirmed); its "
                    "self-assessment can no longer be imported.",
                ),
                unit=unit.name,
            )
        applicable = {i.id: i for _s, i in unit_items(s, campaign, unit)}
        answers = (
            {a.item_id: a for a in inspection_answers(s, inspection.id)}
            if inspection is not None
            else {}
        )
        planned = []
        for row, item_id, code in items:
            item = applicable.get(item_id)
            if item is None:
                continue
            if str(ws.cell(row, CODE_COLUMN).value or "") != code:
                report.findings.append(
                    Finding(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Row {row} should hold item {code}; rows were moved or deleted. Export "
                            "the workbook again.",
                        ),
                        {"row": row, "code": code},
                        path.name,
                        ws.title,
                        row,
                        "B",
                    )
                )
                continue
            raw = ws.cell(row, ANSWER_COLUMN).value
            note = str(ws.cell(row, NOTE_COLUMN).value or "").strip()
            try:
                value = normalise_answer(item.answer_kind, raw)
            except DudaoError as error:
                report.findings.append(
                    Finding(error.template, error.params, path.name, ws.title, row, "G")
                )
                continue
            planned.append((item, value, note))
        if report.findings:
            return report
        for item, value, note in planned:
            if not value and not note:
                continue
            report.answers += 1
            answer = answers.get(item.id)
            old_value, old_note = (answer.self_value, answer.note) if answer else ("", "")
            changed = old_value != value or bool(note and old_note != note)
            report.changed += changed
            if not changed or dry_run:
                continue
            if answer is None:
                answer = Answer(inspection_id=inspection.id, item_id=item.id)
                s.add(answer)
            answer.self_value = value
            if note:
                answer.note = note
            check_in_session(s, inspection, unit, item, answer)
        report.applied = not dry_run
    return report


def import_path(
    database: Database, path: Path, *, campaign_id: str | None = None, dry_run: bool = False
) -> Generator[tuple[int, int, str], None, list[FileReport]]:
    """Import one workbook or every ``.xlsx`` of a folder; one report per file."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.xlsx") if not p.name.startswith(("~$", ".")))
    elif path.is_file():
        files = [path]
    else:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=str(path))
    reports = []
    for done, file in enumerate(files):
        yield done, len(files), file.name
        reports.append(import_file(database, file, campaign_id=campaign_id, dry_run=dry_run))
    yield len(files), len(files), ""
    return reports
