"""A questionnaire as ``.xlsx``: one workbook for all units or one per unit; answers back in.

Layout (both cases): title row, then a header "USCC | Unit | 1. question [type] | 2. ...",
one row per unit. The import matches question columns by their leading number, checks every
answer against its type and refuses the whole file on any finding.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..documents.sheet_reader import ImportWorkbook, column_letter
from ..documents.workbook import add_ledger_sheet, new_workbook, save_workbook
from ..errors import QT_TRANSLATE_NOOP, Finding, NotFoundError, ValidationError
from ..i18n import translate
from ..model import Questionnaire, QuestionnaireAnswer, Unit
from .training import QUESTION_KINDS, issues_of, questions_of

CTX = "Training"
USCC = QT_TRANSLATE_NOOP("Training", "USCC")
UNIT = QT_TRANSLATE_NOOP("Training", "Unit")
YES_NO = {
    "yes": "yes",
    "是": "yes",
    "y": "yes",
    "no": "no",
    "否": "no",
    "n": "no",
    "na": "na",
    "n/a": "na",
    "不适用": "na",
}
E_REFUSED = QT_TRANSLATE_NOOP("Errors", "{file}: {count} problems found; no answers were imported.")
E_NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors",
    "No header row with a USCC column was found: use a workbook exported for this questionnaire.",
)
E_UNIT = QT_TRANSLATE_NOOP("Errors", "Unit '{value}' was not issued this questionnaire.")
E_VALUE = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a valid answer: expected {expected}.")
E_MISSING_QUESTION = QT_TRANSLATE_NOOP("Errors", "The column for question {number} is missing.")
NUMBER = re.compile(r"^\s*(\d+)\s*[.、．]")


def _header(question) -> str:
    hint = translate(CTX, QUESTION_KINDS[question.answer_kind])
    if question.answer_kind == "choice":
        hint = " / ".join(question.options.split("|"))
    return f"{question.position}. {question.text} [{hint}]"


def export_answers(
    database: Database, questionnaire_id: str, path: Path, per_unit: bool = False
) -> list[Path]:
    """One workbook at ``path`` for all units, or one per unit in the folder ``path``."""
    with database.session() as s:
        questionnaire = s.get(Questionnaire, questionnaire_id)
        if questionnaire is None or questionnaire.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No such questionnaire."))
        questions = questions_of(s, questionnaire_id)
        unit_ids = [i.unit_id for i in issues_of(s, questionnaire_id)]
        units = list(
            s.execute(select(Unit).where(Unit.id.in_(unit_ids)).order_by(Unit.name)).scalars()
        )
        answers = {
            (a.unit_id, a.question_id): a.value
            for a in s.execute(
                select(QuestionnaireAnswer).where(
                    QuestionnaireAnswer.questionnaire_id == questionnaire_id,
                    QuestionnaireAnswer.deleted.is_(False),
                )
            ).scalars()
        }
    headers = [translate(CTX, USCC), translate(CTX, UNIT), *(_header(q) for q in questions)]
    columns = [(None, [(h, None if i < 2 else 24, None) for i, h in enumerate(headers)])]

    def row(unit):
        return [unit.uscc, unit.name, *(answers.get((unit.id, q.id), "") for q in questions)]

    def write(target: Path, chosen) -> Path:
        wb = new_workbook(write_only=True)
        add_ledger_sheet(
            wb,
            questionnaire.title,
            questionnaire.description or None,
            columns,
            [row(u) for u in chosen],
            sheet_name=translate("Training", "Answers"),
        )
        return save_workbook(wb, target)

    QT_TRANSLATE_NOOP("Training", "Answers")
    path = Path(path)
    if not per_unit:
        return [write(path, units)]
    path.mkdir(parents=True, exist_ok=True)
    return [write(path / f"{u.name}-{u.uscc}.xlsx", [u]) for u in units]


def _parse(question, value) -> str | None:
    if value is None or str(value).strip() == "":
        return ""
    text = str(value).strip()
    if question.answer_kind == "yes_no":
        return YES_NO.get(text.lower())
    if question.answer_kind == "number":
        try:
            number = float(text)
        except ValueError:
            return None
        return str(int(number)) if number.is_integer() else str(number)
    if question.answer_kind == "choice":
        return text if text in question.options.split("|") else None
    return text


def import_answers(database: Database, questionnaire_id: str, path: Path) -> int:
    """Import the answers in ``path``; returns the number of units whose answers were read."""
    path = Path(path)
    file = path.name
    with ImportWorkbook(path) as book:
        sheets = [(ws, book.rows(ws)) for ws in book.values.worksheets]
    findings: list[Finding] = []
    with database.session() as s:
        questions = questions_of(s, questionnaire_id)
        by_number = {q.position: q for q in questions}
        issued = {i.unit_id: i for i in issues_of(s, questionnaire_id)}
        units = {u.uscc: u for u in s.execute(select(Unit).where(Unit.id.in_(issued))).scalars()}
        parsed: list[tuple[Unit, dict[str, str]]] = []
        header_found = False
        for ws, rows in sheets:
            header_at = next(
                (
                    i
                    for i, r in enumerate(rows[:6])
                    if any(
                        str(v or "").strip() in (USCC, translate(CTX, USCC), "统一社会信用代码")
                        for v in r.values
                    )
                ),
                None,
            )
            if header_at is None:
                continue
            header_found = True
            header = rows[header_at]
            columns: dict[int, object] = {}
            for c, v in enumerate(header.values):
                match = NUMBER.match(str(v or ""))
                if match and int(match.group(1)) in by_number:
                    columns[c] = by_number[int(match.group(1))]
            for number in sorted(set(by_number) - {q.position for q in columns.values()}):
                findings.append(
                    Finding(
                        E_MISSING_QUESTION, {"number": number}, file, ws.title, header.number, ""
                    )
                )
            for body in rows[header_at + 1 :]:
                code = str(body.values[0] or "").strip().upper()
                unit = units.get(code)
                if unit is None:
                    findings.append(
                        Finding(
                            E_UNIT,
                            {"value": code},
                            file,
                            ws.title,
                            body.number,
                            f"A ({header.values[0]})",
                        )
                    )
                    continue
                values = {}
                for c, question in columns.items():
                    raw = body.values[c] if c < len(body.values) else None
                    value = _parse(question, raw)
                    if value is None:
                        expected = (
                            question.options.replace("|", " / ")
                            if question.answer_kind == "choice"
                            else translate(CTX, QUESTION_KINDS[question.answer_kind])
                        )
                        findings.append(
                            Finding(
                                E_VALUE,
                                {"value": raw, "expected": expected},
                                file,
                                ws.title,
                                body.number,
                                f"{column_letter(c)} ({question.position}.)",
                            )
                        )
                    else:
                        values[question.id] = value
                parsed.append((unit, values))
        if not header_found:
            findings.append(Finding(E_NO_HEADER, {}, file))
        if findings:
            raise ValidationError(E_REFUSED, findings, file=file, count=len(findings))
        existing = {
            (a.unit_id, a.question_id): a
            for a in s.execute(
                select(QuestionnaireAnswer).where(
                    QuestionnaireAnswer.questionnaire_id == questionnaire_id,
                    QuestionnaireAnswer.deleted.is_(False),
                )
            ).scalars()
        }
        for unit, values in parsed:
            for question_id, value in values.items():
                answer = existing.get((unit.id, question_id))
                if answer is None:
                    s.add(
                        QuestionnaireAnswer(
                            questionnaire_id=questionnaire_id,
                            question_id=question_id,
                            unit_id=unit.id,
                            value=value,
                        )
                    )
                elif answer.value != value:
                    answer.value = value
            if any(values.values()) and issued[unit.id].returned_on is None:
                issued[unit.id].returned_on = date.today()
    return len(parsed)
