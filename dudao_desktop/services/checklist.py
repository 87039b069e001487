"""The two-stage checklist of one unit.

Answers: the unit's self-assessment value and the inspectors' verified value per item, a
mismatch flag, a note; a problem or a suggestion recorded from an item. Editing templates
(versions) is in :mod:`.template_versions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import (
    Answer,
    Campaign,
    ChecklistItem,
    ChecklistSection,
    Evidence,
    Inspection,
    Problem,
    Suggestion,
    Unit,
)
from ..model.vocab import PROBLEM_CATEGORIES
from .figure_checks import check_in_session, held_value

E = "Errors"
_WORDS = {
    "yes": ("yes", "y", "是", "符合", "有", "√", "✓", "true", "1"),
    "no": ("no", "n", "否", "不符合", "×", "false", "0"),
    "na": ("na", "a", "n/a", "无", "不适用", "不涉及", "not applicable", "-"),
}
ANSWER_WORDS = {word: key for key, words in _WORDS.items() for word in words}
ANSWER_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Checklist", "Yes"),
    "no": QT_TRANSLATE_NOOP("Checklist", "No"),
    "na": QT_TRANSLATE_NOOP("Checklist", "Not applicable"),
}


def normalise_answer(answer_kind: str, value: Any) -> str:
    """The stored form of an answer ("yes"/"no"/"na", digits, text); "" clears it.

    Raises DudaoError for a value the item cannot take."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    if answer_kind == "yes_no":
        key = ANSWER_WORDS.get(text.lower())
        if key is None:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    '"{value}" is not an answer to a yes/no item: use 是, 否 or 不适用 '
                    "(Y, N or A).",
                ),
                value=text,
            )
        return key
    if answer_kind == "number":
        if text.lower() in _WORDS["na"]:
            return "na"
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            number = None
        if number is None or not number.is_integer() or number < 0:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", '"{value}" is not a whole number: type a number such as 12.'
                ),
                value=text,
            )
        return str(int(number))
    return text


def is_mismatch(self_value: str, verified_value: str) -> bool:
    """The unit's own answer differs from what the inspectors verified."""
    return bool(self_value and verified_value and self_value.strip() != verified_value.strip())


@dataclass
class ChecklistRow:
    item_id: str
    code: str
    section_code: str
    section_title: str
    text: str
    guidance: str
    answer_kind: str
    expected: str
    evidence_required: bool
    problem_category: str
    self_value: str = ""
    verified_value: str = ""
    note: str = ""
    evidence_count: int = 0
    figure: str = ""
    held: int | None = None  # the figure the office holds, for a figure item

    @property
    def mismatch(self) -> bool:
        return is_mismatch(self.self_value, self.verified_value)


def template_items(
    session: Session,
    template_id: str,
    unit_kind: str | None = None,
    unit_flags: str | None = None,
    focus: str | None = None,
):
    """(section, item) pairs of a template in checklist order, optionally those applying to
    ``unit_kind`` (with ``unit_flags``, in a campaign of ``focus``; see ``applies``)."""
    rows = session.execute(
        select(ChecklistSection, ChecklistItem)
        .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
        .where(
            ChecklistSection.template_id == template_id,
            ChecklistSection.deleted.is_(False),
            ChecklistItem.deleted.is_(False),
        )
        .order_by(ChecklistSection.position, ChecklistItem.position, ChecklistItem.code)
    ).all()
    return [(s, i) for s, i in rows if unit_kind is None or i.applies(unit_kind, unit_flags, focus)]


def unit_items(session: Session, campaign: Campaign, unit: Unit):
    """(section, item) pairs the campaign's checklist asks of ``unit``: by its kind, the
    flags the office set for it and the campaign's focus."""
    return template_items(
        session, campaign.template_id or "", unit.kind, unit.flags or "", campaign.focus or ""
    )


def ensure_inspection(session: Session, campaign_id: str, unit_id: str) -> Inspection:
    """The unit's inspection in the campaign, created at the first step if missing."""
    inspection = session.scalar(
        select(Inspection).where(
            Inspection.campaign_id == campaign_id,
            Inspection.unit_id == unit_id,
            Inspection.deleted.is_(False),
        )
    )
    if inspection is None:
        inspection = Inspection(campaign_id=campaign_id, unit_id=unit_id)
        session.add(inspection)
        session.flush()
    return inspection


def inspection_context(session: Session, inspection_id: str):
    """(inspection, unit, campaign) or NotFoundError."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None or inspection.deleted:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This inspection no longer exists."))
    return (
        inspection,
        session.get(Unit, inspection.unit_id),
        session.get(Campaign, inspection.campaign_id),
    )


def rows_in_session(session: Session, inspection_id: str) -> list[ChecklistRow]:
    inspection, unit, campaign = inspection_context(session, inspection_id)
    answers = {
        a.item_id: a
        for a in session.scalars(
            select(Answer).where(Answer.inspection_id == inspection.id, Answer.deleted.is_(False))
        )
    }
    evidence = dict(
        session.execute(
            select(Evidence.item_id, func.count())
            .where(
                Evidence.deleted.is_(False),
                Evidence.item_id.is_not(None),
                (Evidence.inspection_id == inspection.id)
                | ((Evidence.inspection_id.is_(None)) & (Evidence.unit_id == unit.id)),
            )
            .group_by(Evidence.item_id)
        ).all()
    )
    rows = []
    for section, item in unit_items(session, campaign, unit):
        answer = answers.get(item.id)
        rows.append(
            ChecklistRow(
                item.id,
                item.code,
                section.code,
                section.title,
                item.text,
                item.guidance,
                item.answer_kind,
                item.expected,
                item.evidence_required,
                item.problem_category,
                answer.self_value if answer else "",
                answer.verified_value if answer else "",
                answer.note if answer else "",
                evidence.get(item.id, 0),
                item.figure,
                held_value(unit, item.figure),
            )
        )
    return rows


def checklist_rows(database: Database, inspection_id: str) -> list[ChecklistRow]:
    """The applicable items of the inspection's unit with both answers, in checklist order."""
    with database.Session() as s:
        return rows_in_session(s, inspection_id)


def find_inspection(database: Database, campaign_id: str | None, unit_id: str) -> str:
    """The id of the unit's inspection in the campaign, or "" (nothing is created)."""
    if not campaign_id:
        return ""
    with database.Session() as s:
        return (
            s.scalar(
                select(Inspection.id).where(
                    Inspection.campaign_id == campaign_id,
                    Inspection.unit_id == unit_id,
                    Inspection.deleted.is_(False),
                )
            )
            or ""
        )


def inspection_for(database: Database, campaign_id: str, unit_id: str) -> str:
    """The id of the unit's inspection in the campaign (created if missing)."""
    with database.session() as s:
        return ensure_inspection(s, campaign_id, unit_id).id


def set_answer(
    database: Database,
    inspection_id: str,
    item_id: str,
    *,
    self_value: Any = None,
    verified_value: Any = None,
    note: str | None = None,
    reason: str = "",
    by: str = "",
) -> ChecklistRow:
    """Save one answer at once. ``None`` leaves a value as it is.

    A locked inspection (grade confirmed) changes only with a ``reason``; its earlier state
    is kept as a revision."""
    from .procedure import keep_revision

    with database.session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        item = s.get(ChecklistItem, item_id)
        if item is None or item.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This checklist item no longer exists.")
            )
        if inspection.locked:
            keep_revision(s, inspection, reason, by)
        if verified_value is not None and inspection.step == "self_assessment":
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The self-assessment of {unit} is still open: close it, or waive it with a "
                    "reason, before recording verified answers.",
                ),
                unit=unit.name,
            )
        answer = s.scalar(
            select(Answer).where(
                Answer.inspection_id == inspection.id,
                Answer.item_id == item.id,
                Answer.deleted.is_(False),
            )
        )
        if answer is None:
            answer = Answer(inspection_id=inspection.id, item_id=item.id)
            s.add(answer)
        if self_value is not None:
            value = normalise_answer(item.answer_kind, self_value)
            if answer.self_value != value:
                answer.self_value = value
            check_in_session(s, inspection, unit, item, answer)
        if verified_value is not None:
            value = normalise_answer(item.answer_kind, verified_value)
            if answer.verified_value != value:
                answer.verified_value = value
        if note is not None and answer.note != note:
            answer.note = note
        s.flush()
        return next(r for r in rows_in_session(s, inspection.id) if r.item_id == item.id)


# -- problems and suggestions from an item -----------------------------------------------------

SENTENCE_END = "。！？；.!?;"


def finding_sentence(item_text: str, expected: str, verified: str) -> str:
    """The item's question written as the finding an inspector would note down: a question
    ``……是否……`` answered against its expected answer becomes the statement of what was
    found (expected yes, found no: ``是否`` → ``未``; expected no, found yes: ``是否`` goes).
    Item texts are the office's Chinese checklist, so this works on Chinese wording."""
    text = item_text.strip().rstrip("？?。 ")
    deviates = {verified, expected} == {"yes", "no"}
    if deviates and "是否" in text:
        return text.replace("是否", "未" if expected == "yes" else "", 1)
    return text


def problem_draft(database: Database, inspection_id: str, item_id: str) -> tuple[str, str]:
    """(category, description) to pre-fill a new problem from an item: the finding as a
    sentence, then the inspector's note; no codes or answer labels (people confirm or edit
    this text, and it is what reaches the report)."""
    row = next((r for r in checklist_rows(database, inspection_id) if r.item_id == item_id), None)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This checklist item no longer exists."))
    sentences = [finding_sentence(row.text, row.expected, row.verified_value), row.note.strip()]
    text = "".join(part if part[-1] in SENTENCE_END else part + "。" for part in sentences if part)
    category = row.problem_category if row.problem_category in PROBLEM_CATEGORIES else "duties"
    return category, text


def record_problem(
    database: Database,
    inspection_id: str,
    item_id: str,
    category: str | None = None,
    description: str | None = None,
) -> str:
    """Record a problem found at an item (pre-filled from it); return its id."""
    draft_category, draft_text = problem_draft(database, inspection_id, item_id)
    category = category or draft_category
    if category not in PROBLEM_CATEGORIES:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a problem category.'), value=category
        )
    with database.session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        problem = Problem(
            unit_id=unit.id,
            campaign_id=campaign.id,
            item_id=item_id,
            source=campaign.name,
            year=campaign.year,
            category=category,
            description=(description or draft_text).strip(),
        )
        s.add(problem)
        s.flush()
        return problem.id


def record_suggestion(
    database: Database,
    inspection_id: str,
    item_id: str,
    text: str | None = None,
    category: str | None = None,
) -> str:
    """Record a suggestion collected at an item; return its id."""
    draft_category, draft_text = problem_draft(database, inspection_id, item_id)
    with database.session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        suggestion = Suggestion(
            unit_id=unit.id,
            campaign_id=campaign.id,
            item_id=item_id,
            category=category or draft_category,
            source="checklist",
            text=(text or draft_text).strip(),
        )
        s.add(suggestion)
        s.flush()
        return suggestion.id
