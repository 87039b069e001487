"""The two-stage checklist of one unit, and editing checklist templates.

Answers: the unit's self-assessment value and the inspectors' verified value per item, a
mismatch flag, a note; a problem or a suggestion recorded from an item. Templates: a frozen
version (used by a campaign) is never changed; editing it makes a new version.
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
    ChecklistTemplate,
    Evidence,
    Inspection,
    Problem,
    Suggestion,
    Unit,
)
from ..model.vocab import ANSWER_KINDS, PROBLEM_CATEGORIES

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
ITEM_FIELDS = ("code", "text", "guidance", "answer_kind", "expected", "applies_to",
               "evidence_required", "problem_category", "position")


def normalise_answer(answer_kind: str, value: Any) -> str:
    """The stored form of an answer ("yes"/"no"/"na", digits, text); "" clears it.

    Raises DudaoError for a value the item cannot take."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    if answer_kind == "yes_no":
        key = ANSWER_WORDS.get(text.lower())
        if key is None:
            raise DudaoError(QT_TRANSLATE_NOOP(
                E, "\"{value}\" is not an answer to a yes/no item: use 是, 否 or 不适用 "
                   "(Y, N or A)."), value=text)
        return key
    if answer_kind == "number":
        if text.lower() in _WORDS["na"]:
            return "na"
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            number = None
        if number is None or not number.is_integer() or number < 0:
            raise DudaoError(QT_TRANSLATE_NOOP(
                E, "\"{value}\" is not a whole number: type a number such as 12."), value=text)
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

    @property
    def mismatch(self) -> bool:
        return is_mismatch(self.self_value, self.verified_value)


def template_items(session: Session, template_id: str, unit_kind: str | None = None):
    """(section, item) pairs of a template in checklist order, optionally those applying to
    ``unit_kind``."""
    rows = session.execute(
        select(ChecklistSection, ChecklistItem)
        .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
        .where(ChecklistSection.template_id == template_id, ChecklistSection.deleted.is_(False),
               ChecklistItem.deleted.is_(False))
        .order_by(ChecklistSection.position, ChecklistItem.position, ChecklistItem.code)
    ).all()
    return [(s, i) for s, i in rows if unit_kind is None or i.applies(unit_kind)]


def ensure_inspection(session: Session, campaign_id: str, unit_id: str) -> Inspection:
    """The unit's inspection in the campaign, created at the first step if missing."""
    inspection = session.scalar(select(Inspection).where(
        Inspection.campaign_id == campaign_id, Inspection.unit_id == unit_id,
        Inspection.deleted.is_(False)))
    if inspection is None:
        inspection = Inspection(campaign_id=campaign_id, unit_id=unit_id)
        session.add(inspection)
        session.flush()
    return inspection


def inspection_context(session: Session, inspection_id: str):
    """(inspection, unit, campaign) or NotFoundError."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None or inspection.deleted:
        raise NotFoundError(QT_TRANSLATE_NOOP(E, "This inspection no longer exists."))
    return inspection, session.get(Unit, inspection.unit_id), session.get(
        Campaign, inspection.campaign_id)


def rows_in_session(session: Session, inspection_id: str) -> list[ChecklistRow]:
    inspection, unit, campaign = inspection_context(session, inspection_id)
    answers = {a.item_id: a for a in session.scalars(select(Answer).where(
        Answer.inspection_id == inspection.id, Answer.deleted.is_(False)))}
    evidence = dict(session.execute(
        select(Evidence.item_id, func.count()).where(
            Evidence.deleted.is_(False), Evidence.item_id.is_not(None),
            (Evidence.inspection_id == inspection.id)
            | ((Evidence.inspection_id.is_(None)) & (Evidence.unit_id == unit.id)))
        .group_by(Evidence.item_id)).all())
    rows = []
    for section, item in template_items(session, campaign.template_id or "", unit.kind):
        answer = answers.get(item.id)
        rows.append(ChecklistRow(
            item.id, item.code, section.code, section.title, item.text, item.guidance,
            item.answer_kind, item.expected, item.evidence_required, item.problem_category,
            answer.self_value if answer else "", answer.verified_value if answer else "",
            answer.note if answer else "", evidence.get(item.id, 0)))
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
        return s.scalar(select(Inspection.id).where(
            Inspection.campaign_id == campaign_id, Inspection.unit_id == unit_id,
            Inspection.deleted.is_(False))) or ""


def inspection_for(database: Database, campaign_id: str, unit_id: str) -> str:
    """The id of the unit's inspection in the campaign (created if missing)."""
    with database.session() as s:
        return ensure_inspection(s, campaign_id, unit_id).id


def set_answer(database: Database, inspection_id: str, item_id: str, *,
               self_value: Any = None, verified_value: Any = None, note: str | None = None,
               reason: str = "", by: str = "") -> ChecklistRow:
    """Save one answer at once. ``None`` leaves a value as it is.

    A locked inspection (grade confirmed) changes only with a ``reason``; its earlier state
    is kept as a revision."""
    from .procedure import keep_revision

    with database.session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        item = s.get(ChecklistItem, item_id)
        if item is None or item.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP(E, "This checklist item no longer exists."))
        if inspection.locked:
            keep_revision(s, inspection, reason, by)
        answer = s.scalar(select(Answer).where(
            Answer.inspection_id == inspection.id, Answer.item_id == item.id,
            Answer.deleted.is_(False)))
        if answer is None:
            answer = Answer(inspection_id=inspection.id, item_id=item.id, self_value="",
                            verified_value="", note="")
            s.add(answer)
        if self_value is not None:
            value = normalise_answer(item.answer_kind, self_value)
            if answer.self_value != value:
                answer.self_value = value
        if verified_value is not None:
            value = normalise_answer(item.answer_kind, verified_value)
            if answer.verified_value != value:
                answer.verified_value = value
        if note is not None and answer.note != note:
            answer.note = note
        s.flush()
        return next(r for r in rows_in_session(s, inspection.id) if r.item_id == item.id)


# -- problems and suggestions from an item -----------------------------------------------------

ANSWER_IN_DESCRIPTION = QT_TRANSLATE_NOOP("Checklist", "Verified answer: {answer}.")
NOTE_IN_DESCRIPTION = QT_TRANSLATE_NOOP("Checklist", "Note: {note}")


def problem_draft(database: Database, inspection_id: str, item_id: str) -> tuple[str, str]:
    """(category, description) to pre-fill a new problem from an item."""
    from .. import i18n

    row = next((r for r in checklist_rows(database, inspection_id) if r.item_id == item_id),
               None)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(E, "This checklist item no longer exists."))
    parts = [f"{row.code} {row.text}"]
    if row.verified_value:
        label = ANSWER_LABELS.get(row.verified_value, row.verified_value)
        parts.append(i18n.translate("Checklist", ANSWER_IN_DESCRIPTION).format(
            answer=i18n.translate("Checklist", label)))
    if row.note:
        parts.append(i18n.translate("Checklist", NOTE_IN_DESCRIPTION).format(note=row.note))
    category = row.problem_category if row.problem_category in PROBLEM_CATEGORIES else "duties"
    return category, "\n".join(parts)


def record_problem(database: Database, inspection_id: str, item_id: str,
                   category: str | None = None, description: str | None = None) -> str:
    """Record a problem found at an item (pre-filled from it); return its id."""
    draft_category, draft_text = problem_draft(database, inspection_id, item_id)
    category = category or draft_category
    if category not in PROBLEM_CATEGORIES:
        raise DudaoError(QT_TRANSLATE_NOOP(E, "\"{value}\" is not a problem category."),
                         value=category)
    with database.session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        problem = Problem(unit_id=unit.id, campaign_id=campaign.id, item_id=item_id,
                          source=campaign.name, year=campaign.year, category=category,
                          description=(description or draft_text).strip())
        s.add(problem)
        s.flush()
        return problem.id


def record_suggestion(database: Database, inspection_id: str, item_id: str,
                      text: str | None = None, category: str | None = None) -> str:
    """Record a suggestion collected at an item; return its id."""
    draft_category, draft_text = problem_draft(database, inspection_id, item_id)
    with database.session() as s:
        inspection, unit, campaign = inspection_context(s, inspection_id)
        suggestion = Suggestion(unit_id=unit.id, campaign_id=campaign.id, item_id=item_id,
                                category=category or draft_category, source="checklist",
                                text=(text or draft_text).strip())
        s.add(suggestion)
        s.flush()
        return suggestion.id


# -- template versions and editing -------------------------------------------------------------


def template_versions(database: Database) -> list[ChecklistTemplate]:
    with database.Session() as s:
        return list(s.scalars(select(ChecklistTemplate).where(
            ChecklistTemplate.deleted.is_(False)).order_by(
            ChecklistTemplate.name, ChecklistTemplate.version)))


def _copy_template(session: Session, source: ChecklistTemplate) -> ChecklistTemplate:
    newest = session.scalar(select(func.max(ChecklistTemplate.version)).where(
        ChecklistTemplate.name == source.name)) or source.version
    copy = ChecklistTemplate(name=source.name, version=newest + 1, frozen=False,
                             parent_id=source.id)
    session.add(copy)
    session.flush()
    sections: dict[str, ChecklistSection] = {}
    for section, item in template_items(session, source.id):
        if section.id not in sections:
            sections[section.id] = ChecklistSection(
                template_id=copy.id, code=section.code, title=section.title,
                line_of_work=section.line_of_work, position=section.position)
            session.add(sections[section.id])
            session.flush()
        session.add(ChecklistItem(section_id=sections[section.id].id,
                                  **{f: getattr(item, f) for f in ITEM_FIELDS}))
    for section in session.scalars(select(ChecklistSection).where(
            ChecklistSection.template_id == source.id, ChecklistSection.deleted.is_(False))):
        if section.id not in sections:  # sections without items are copied too
            session.add(ChecklistSection(template_id=copy.id, code=section.code,
                                         title=section.title, line_of_work=section.line_of_work,
                                         position=section.position))
    session.flush()
    return copy


def editable_template(session: Session, template_id: str) -> ChecklistTemplate:
    """The template itself if it is a draft; for a frozen one, its draft successor (made
    now if there is none)."""
    template = session.get(ChecklistTemplate, template_id)
    if template is None or template.deleted:
        raise NotFoundError(QT_TRANSLATE_NOOP(E, "This checklist template no longer exists."))
    if not template.frozen:
        return template
    draft = session.scalar(select(ChecklistTemplate).where(
        ChecklistTemplate.parent_id == template.id, ChecklistTemplate.frozen.is_(False),
        ChecklistTemplate.deleted.is_(False)))
    return draft or _copy_template(session, template)


def _item_in(session: Session, template: ChecklistTemplate, item: ChecklistItem,
             section: ChecklistSection) -> ChecklistItem:
    """The item with the same section and item code in ``template``."""
    return session.execute(
        select(ChecklistItem).join(ChecklistSection,
                                   ChecklistSection.id == ChecklistItem.section_id)
        .where(ChecklistSection.template_id == template.id, ChecklistSection.code == section.code,
               ChecklistItem.code == item.code, ChecklistItem.deleted.is_(False))).scalar_one()


def _check_item_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"unknown checklist item fields {sorted(unknown)}")
    if "answer_kind" in fields and fields["answer_kind"] not in ANSWER_KINDS:
        raise DudaoError(QT_TRANSLATE_NOOP(E, "\"{value}\" is not an answer kind."),
                         value=fields["answer_kind"])
    if "applies_to" in fields and not isinstance(fields["applies_to"], str):
        fields["applies_to"] = ",".join(fields["applies_to"])
    if "text" in fields and not str(fields["text"]).strip():
        raise DudaoError(QT_TRANSLATE_NOOP(E, "A checklist item needs a text."))
    return fields


def update_item(database: Database, item_id: str, **fields: Any) -> tuple[str, str]:
    """Change an item; returns (template id, item id), new ones if a version was made."""
    fields = _check_item_fields(fields)
    with database.session() as s:
        item = s.get(ChecklistItem, item_id)
        if item is None or item.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP(E, "This checklist item no longer exists."))
        section = s.get(ChecklistSection, item.section_id)
        template = editable_template(s, section.template_id)
        if template.id != section.template_id:
            item = _item_in(s, template, item, section)
        for key, value in fields.items():
            if getattr(item, key) != value:
                setattr(item, key, value)
        return template.id, item.id


def add_item(database: Database, template_id: str, section_code: str,
             **fields: Any) -> tuple[str, str]:
    """Append an item to a section; returns (template id, item id)."""
    fields = _check_item_fields(fields)
    with database.session() as s:
        template = editable_template(s, template_id)
        section = s.scalar(select(ChecklistSection).where(
            ChecklistSection.template_id == template.id, ChecklistSection.code == section_code,
            ChecklistSection.deleted.is_(False)))
        if section is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(E, "Section {code} does not exist."),
                                code=section_code)
        position = s.scalar(select(func.max(ChecklistItem.position)).where(
            ChecklistItem.section_id == section.id))
        fields.setdefault("position", (position or 0) + 1)
        item = ChecklistItem(section_id=section.id, **fields)
        s.add(item)
        s.flush()
        return template.id, item.id


def remove_item(database: Database, item_id: str) -> str:
    """Remove (tombstone) an item from an editable version; returns the template id."""
    with database.session() as s:
        item = s.get(ChecklistItem, item_id)
        section = s.get(ChecklistSection, item.section_id)
        template = editable_template(s, section.template_id)
        if template.id != section.template_id:
            item = _item_in(s, template, item, section)
        item.deleted = True
        return template.id


def add_section(database: Database, template_id: str, code: str, title: str,
                line_of_work: str = "") -> tuple[str, str]:
    with database.session() as s:
        template = editable_template(s, template_id)
        position = s.scalar(select(func.max(ChecklistSection.position)).where(
            ChecklistSection.template_id == template.id))
        section = ChecklistSection(template_id=template.id, code=code, title=title,
                                   line_of_work=line_of_work, position=(position or 0) + 1)
        s.add(section)
        s.flush()
        return template.id, section.id


def use_template(database: Database, campaign_id: str, template_id: str) -> None:
    """Make a campaign use a template version, freezing it."""
    with database.session() as s:
        campaign = s.get(Campaign, campaign_id)
        template = s.get(ChecklistTemplate, template_id)
        if not template.frozen:
            template.frozen = True
        if campaign.template_id != template.id:
            campaign.template_id = template.id
