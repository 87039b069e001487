"""Feedback letters (书面反馈意见) and rectification notices (整改通知书).

The wording lives in data files, ``resources/letters/<kind>.json``, with ``{placeholder}``
fields (``str.format``); this module fills them for one unit and returns a :class:`Letter`
that the preview shows and :mod:`dudao_desktop.documents.letters` prints. Issuing a letter
moves the unit's identified problems to "notified" with the date.
"""

from __future__ import annotations

import json
import string
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..documents.letters import Letter
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import (
    Assignment,
    Campaign,
    Inspection,
    InspectionGroup,
    Installation,
    Problem,
    Suggestion,
    Unit,
)
from ..model.vocab import PROBLEM_CATEGORIES
from ..paths import resource
from ..progress import ProgressGenerator
from .doc_numbers import issue_number, issued_number
from .document_approvals import DRAFT_UNAPPROVED, approval
from .document_settings import load_settings
from .problem_query import OPEN_STATUSES
from .problems import evidence_captions, mark_notified
from .procedure import grade_label

LETTER_KINDS = {
    "feedback": "feedback_letter.json",
    "notice": "rectification_notice.json",
}
#: Which problem field fills a column of the template's problem table (by column title).
COLUMN_FIELDS = {
    "序号": "number",
    "问题类型": "category",
    "问题类别": "category",
    "问题描述": "description",
    "整改意见": "measures",
    "整改措施": "measures",
    "整改时限": "deadline",
    "整改责任人": "responsible",
    "原因": "cause",
    "佐证材料": "evidence",
}
BLANK = "________"
UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Errors",
    "The overall grade of {unit} is not confirmed yet; the group leader confirms it before the "
    "feedback letter can be issued (until then it prints as a draft).",
)
#: Why a letter prints as 草稿 (Chinese: it is printed).
DRAFT_UNCONFIRMED = "综合评定等次未确认"
DRAFT_UNISSUED = "尚未编发文字号"


def chinese_date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else BLANK


def load_template(kind: str) -> dict[str, Any]:
    if kind not in LETTER_KINDS:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown letter kind '{kind}'; use one of: {choices}."),
            kind=kind,
            choices=", ".join(LETTER_KINDS),
        )
    path = resource("letters", LETTER_KINDS[kind])
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Letter template {file} cannot be read: {error}."),
            file=str(path),
            error=str(error),
        ) from error


def template_placeholders(template: Any) -> set[str]:
    """Every ``{name}`` the template uses (for checks and tests)."""
    names: set[str] = set()
    if isinstance(template, str):
        names |= {f for _, f, _, _ in string.Formatter().parse(template) if f}
    elif isinstance(template, dict):
        for value in template.values():
            names |= template_placeholders(value)
    elif isinstance(template, list):
        for value in template:
            names |= template_placeholders(value)
    return names


def current_campaign(session: Session, campaign_id: str | None = None) -> Campaign | None:
    if campaign_id:
        return session.get(Campaign, campaign_id)
    query = select(Campaign).where(Campaign.deleted.is_(False))
    active = (
        session.execute(query.where(Campaign.status == "active").order_by(Campaign.year.desc()))
        .scalars()
        .first()
    )
    return active or session.execute(query.order_by(Campaign.year.desc())).scalars().first()


def letter_problems(session: Session, unit_id: str, campaign: Campaign | None) -> list[Problem]:
    """The unit's open problems that it must rectify itself, in deadline order."""
    query = select(Problem).where(
        Problem.unit_id == unit_id,
        Problem.deleted.is_(False),
        Problem.actor == "unit",
        Problem.status.in_(OPEN_STATUSES),
    )
    if campaign is not None:
        query = query.where(Problem.campaign_id == campaign.id)
    return list(session.execute(query.order_by(Problem.deadline, Problem.id)).scalars())


def units_with_letters(database: Database, campaign_id: str | None = None) -> list[str]:
    """Units that have problems to feed back (for "print all"), by unit name."""
    with database.Session() as s:
        campaign = current_campaign(s, campaign_id)
        query = (
            select(Unit.id)
            .join(Problem, Problem.unit_id == Unit.id)
            .where(
                Problem.deleted.is_(False),
                Problem.actor == "unit",
                Problem.status.in_(OPEN_STATUSES),
            )
            .group_by(Unit.id, Unit.name)
            .order_by(Unit.name)
        )
        if campaign is not None:
            query = query.where(Problem.campaign_id == campaign.id)
        return list(s.execute(query).scalars())


def find_unit(session: Session, code: str) -> Unit:
    """A unit by its USCC, its id or its exact name."""
    unit = (
        session.execute(
            select(Unit).where((Unit.uscc == code) | (Unit.id == code) | (Unit.name == code))
        )
        .scalars()
        .first()
    )
    if unit is None or unit.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "No unit has the code or name '{code}'."), code=code
        )
    return unit


def _values(
    session: Session,
    unit: Unit,
    campaign: Campaign | None,
    problems: list[Problem],
    options: dict[str, Any],
) -> dict[str, Any]:
    inspection = group = None
    if campaign is not None:
        inspection = (
            session.execute(
                select(Inspection).where(
                    Inspection.campaign_id == campaign.id, Inspection.unit_id == unit.id
                )
            )
            .scalars()
            .first()
        )
        group = (
            session.execute(
                select(InspectionGroup)
                .join(Assignment, Assignment.group_id == InspectionGroup.id)
                .where(Assignment.campaign_id == campaign.id, Assignment.unit_id == unit.id)
            )
            .scalars()
            .first()
        )
    installation = session.execute(select(Installation)).scalars().first()
    office = (campaign.office_name if campaign and campaign.office_name else "") or (
        installation.display_name if installation else ""
    )
    deadlines = [p.deadline for p in problems if p.deadline]
    issued = options.get("issued_on") or date.today()
    settings = options["settings"]
    return {
        "doc_number": options.get("doc_number") or "",
        "unit_name": unit.name,
        "campaign_name": campaign.name if campaign else "",
        "group_name": group.name if group else "督导组",
        "visit_date": chinese_date(inspection.visited_on if inspection else None),
        "grade": grade_label(inspection.grade, i18n.DOCUMENT_LANGUAGE)
        if inspection and inspection.grade
        else BLANK,
        "problem_count": len(problems),
        "deadline": chinese_date(
            options.get("deadline") or (max(deadlines) if deadlines else None)
        ),
        "office_name": settings.issuer or office,
        "contact_person": options.get("contact_person") or settings.contact or BLANK,
        "contact_phone": options.get("contact_phone") or settings.phone or BLANK,
        "date": chinese_date(issued),
    }


def grade_confirmed(inspection: Inspection | None) -> bool:
    return bool(inspection and inspection.grade and inspection.confirmed_at is not None)


def _inspection(session: Session, unit_id: str, campaign: Campaign | None) -> Inspection | None:
    if campaign is None:
        return None
    return (
        session.execute(
            select(Inspection).where(
                Inspection.campaign_id == campaign.id,
                Inspection.unit_id == unit_id,
                Inspection.deleted.is_(False),
            )
        )
        .scalars()
        .first()
    )


def _assessment(template: dict[str, Any], inspection: Inspection | None, problems: int) -> dict:
    """The phrases that follow the data: the grade's wording (only a confirmed grade is
    stated) and whether problems were found."""
    phrases = template.get("assessments", {})
    if inspection is None:
        assessment = ""
    elif grade_confirmed(inspection):
        assessment = phrases.get(inspection.grade, "")
    else:
        assessment = phrases.get("unconfirmed", "")
    findings = template.get("findings", {}).get("some" if problems else "none", "")
    return {"assessment": assessment, "findings": findings}


def _fill(template: Any, values: dict[str, Any]) -> Any:
    if isinstance(template, str):
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError) as error:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A letter template uses the unknown placeholder {name}; the known ones "
                    "are: {known}.",
                ),
                name=str(error),
                known=", ".join(sorted(values)),
            ) from error
    if isinstance(template, list):
        return [_fill(t, values) for t in template]
    if isinstance(template, dict):
        return {k: _fill(v, values) for k, v in template.items()}
    return template


def _cell(
    problem: Problem, column_field: str, number: int, captions: list[str], evidence_label: str
) -> str:
    if column_field == "number":
        return str(number)
    if column_field == "category":
        label = PROBLEM_CATEGORIES.get(problem.category, problem.category)
        return i18n.document_text("Vocab", label)
    if column_field == "deadline":
        return chinese_date(problem.deadline)
    if column_field == "description" and captions:
        evidence = evidence_label.format(captions="；".join(captions))
        return f"{problem.description}\n{evidence}"
    if column_field == "evidence":
        return "；".join(captions)
    if column_field == "measures":
        return problem.measures or problem.handling_opinion
    return str(getattr(problem, column_field, "") or "")


def build_letter(
    database: Database,
    unit_id: str,
    kind: str = "feedback",
    *,
    campaign_id: str | None = None,
    **options: Any,
) -> Letter:
    """The filled letter for one unit (preview data). Options: ``issued_on``,
    ``doc_number`` (default: the number issued for it, if any), ``deadline``,
    ``contact_person``, ``contact_phone``, ``red_header`` (default: the office's setting).

    A letter whose unit's grade is not confirmed, that has no 发文字号 yet or that an office
    leader has not approved (审定) is a draft."""
    template = load_template(kind)
    settings = load_settings(database)
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Unit {id} does not exist."), id=unit_id
            )
        campaign = current_campaign(s, campaign_id)
        problems = letter_problems(s, unit.id, campaign)
        captions = evidence_captions(s, [p.id for p in problems])
        inspection = _inspection(s, unit.id, campaign)
        if not options.get("doc_number"):
            options["doc_number"] = issued_number(
                s, kind, campaign_id=campaign.id if campaign else "", subject_id=unit.id
            )
        values = _values(s, unit, campaign, problems, {**options, "settings": settings})
        values |= _assessment(template, inspection, len(problems))
        suggestions = list(
            s.execute(
                select(Suggestion.text)
                .where(
                    Suggestion.unit_id == unit.id,
                    Suggestion.deleted.is_(False),
                    *([Suggestion.campaign_id == campaign.id] if campaign else []),
                )
                .order_by(Suggestion.text)
            ).scalars()
        )
        # The evidence label is filled per problem row, below.
        filled = _fill({k: v for k, v in template.items() if k != "evidence_label"}, values)
        columns = list(filled.get("problem_table_columns", []))
        fields = template.get("problem_table_fields") or [COLUMN_FIELDS.get(c, "") for c in columns]
        evidence_label = template.get("evidence_label", "{captions}")
        rows = [
            [_cell(p, f, n, captions.get(p.id, []), evidence_label) if f else "" for f in fields]
            for n, p in enumerate(problems, start=1)
        ]
        receipt = filled.get("receipt") or {}
        draft_reasons = []
        if inspection is not None and not grade_confirmed(inspection) and kind == "feedback":
            draft_reasons.append(DRAFT_UNCONFIRMED)
        if not values["doc_number"]:
            draft_reasons.append(DRAFT_UNISSUED)
        campaign_key = campaign.id if campaign else ""
        approved = approval(s, kind, campaign_key, unit.id)
        if approved is None:
            draft_reasons.append(DRAFT_UNAPPROVED)
        red_header = options.get("red_header", settings.red_header)
        return Letter(
            kind=kind,
            unit_id=unit.id,
            unit_name=unit.name,
            title=filled.get("title", ""),
            doc_number=filled.get("doc_number", ""),
            salutation=filled.get("salutation", ""),
            paragraphs=[p for p in filled.get("paragraphs", []) if p],
            problem_table_intro=filled.get("problem_table_intro", "") if problems else "",
            columns=columns,
            rows=rows,
            suggestion_intro=filled.get("suggestion_intro", ""),
            suggestions=suggestions or [template.get("no_suggestions", "")],
            requirements_intro=filled.get("requirements_intro", "") if problems else "",
            requirements=filled.get("requirements", []) if problems else [],
            closing=filled.get("closing", []),
            signature=filled.get("signature", ""),
            date_line=filled.get("date_line", ""),
            note=filled.get("note", ""),
            mark=(settings.mark or values["office_name"]) if red_header else "",
            copies_to=settings.copies_to,
            printer=values["office_name"],
            draft=bool(draft_reasons),
            draft_reason="；".join(draft_reasons),
            campaign_id=campaign_key,
            approved_by=approved.approved_by if approved else "",
            receipt_title=receipt.get("title", ""),
            receipt_lines=receipt.get("lines", []),
            problem_ids=[p.id for p in problems],
            deadlines=[p.deadline for p in problems],
        )


def issue_letter(
    database: Database,
    unit_id: str,
    on: date | None = None,
    campaign_id: str | None = None,
    kind: str = "feedback",
) -> int:
    """Issue the unit's letter: it takes the next 发文字号 of its kind and year (unless one
    was issued before), and the unit's identified problems become "notified" on ``on``
    (default today). A feedback letter needs the unit's grade confirmed first. Returns how
    many problems changed."""
    return issue_letters(database, [unit_id], on, campaign_id, kind)


def issue_letters(
    database: Database,
    unit_ids: list[str],
    on: date | None = None,
    campaign_id: str | None = None,
    kind: str = "feedback",
) -> int:
    """Issue the letters of several units all or nothing (see :func:`issue_letter`)."""
    on = on or date.today()
    load_template(kind)
    changed = 0
    with database.session() as s:
        campaign = current_campaign(s, campaign_id)
        for unit_id in unit_ids:
            changed += _issue(s, unit_id, campaign, kind, on)
    return changed


def _issue(s: Session, unit_id: str, campaign: Campaign | None, kind: str, on: date) -> int:
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Unit {id} does not exist."), id=unit_id)
    problems = letter_problems(s, unit_id, campaign)
    if not problems:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This unit has no open problems to feed back; record its problems first.",
            )
        )
    inspection = _inspection(s, unit_id, campaign)
    if kind == "feedback" and inspection is not None and not grade_confirmed(inspection):
        raise DudaoError(UNCONFIRMED, unit=unit.name)
    scope = {"campaign_id": campaign.id if campaign else "", "subject_id": unit_id}
    if not issued_number(s, kind, **scope):
        issue_number(s, kind, on.year, **scope)
    return mark_notified(s, problems, on)


def print_letters_steps(
    database: Database, path: Path, unit_ids: list[str] | None = None, kind: str = "feedback"
) -> ProgressGenerator[int]:
    """Build the letters of ``unit_ids`` (default: every unit with letters) and write them
    to one PDF (progress generator for the GUI's worker); returns the number of letters."""
    from ..documents.letters import write_letters

    ids = units_with_letters(database) if unit_ids is None else list(unit_ids)
    if not ids:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "No unit has open problems to feed back; record problems first."
            )
        )
    built: list[Letter] = []
    for done, unit_id in enumerate(ids):
        yield done, len(ids) + 1, unit_id
        built.append(build_letter(database, unit_id, kind))
    yield len(ids), len(ids) + 1, Path(path).name
    write_letters(Path(path), built)
    return len(built)
