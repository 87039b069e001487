"""Checklist template versions and editing them.

A frozen version (used by a campaign) is never changed: editing it makes a new draft version
(a copy whose ``parent_id`` is the frozen one) and the edit goes there. A campaign freezes the
version it uses (:func:`use_template`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Campaign, ChecklistItem, ChecklistSection, ChecklistTemplate
from ..model.vocab import ANSWER_KINDS
from .checklist import template_items
from .figure_checks import FIGURES
from .guards import require_office

E = "Errors"
ITEM_FIELDS = (
    "code",
    "text",
    "guidance",
    "answer_kind",
    "expected",
    "applies_to",
    "flags",
    "focus",
    "figure",
    "evidence_required",
    "problem_category",
    "position",
)
SECTION_FIELDS = ("code", "title", "line_of_work")


def template_versions(database: Database) -> list[ChecklistTemplate]:
    with database.Session() as s:
        return list(
            s.scalars(
                select(ChecklistTemplate)
                .where(ChecklistTemplate.deleted.is_(False))
                .order_by(ChecklistTemplate.name, ChecklistTemplate.version)
            )
        )


def _copy_template(session: Session, source: ChecklistTemplate) -> ChecklistTemplate:
    newest = (
        session.scalar(
            select(func.max(ChecklistTemplate.version)).where(ChecklistTemplate.name == source.name)
        )
        or source.version
    )
    copy = ChecklistTemplate(
        name=source.name, version=newest + 1, frozen=False, parent_id=source.id
    )
    session.add(copy)
    session.flush()
    sections: dict[str, ChecklistSection] = {}
    for section, item in template_items(session, source.id):
        if section.id not in sections:
            sections[section.id] = ChecklistSection(
                template_id=copy.id,
                code=section.code,
                title=section.title,
                line_of_work=section.line_of_work,
                position=section.position,
            )
            session.add(sections[section.id])
            session.flush()
        session.add(
            ChecklistItem(
                section_id=sections[section.id].id, **{f: getattr(item, f) for f in ITEM_FIELDS}
            )
        )
    for section in session.scalars(
        select(ChecklistSection).where(
            ChecklistSection.template_id == source.id, ChecklistSection.deleted.is_(False)
        )
    ):
        if section.id not in sections:  # sections without items are copied too
            session.add(
                ChecklistSection(
                    template_id=copy.id,
                    code=section.code,
                    title=section.title,
                    line_of_work=section.line_of_work,
                    position=section.position,
                )
            )
    session.flush()
    return copy


def editable_template(session: Session, template_id: str) -> ChecklistTemplate:
    """The template itself if it is a draft; for a frozen one, its draft successor (made
    now if there is none)."""
    template = session.get(ChecklistTemplate, template_id)
    if template is None or template.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "This checklist template no longer exists.")
        )
    if not template.frozen:
        return template
    draft = session.scalar(
        select(ChecklistTemplate).where(
            ChecklistTemplate.parent_id == template.id,
            ChecklistTemplate.frozen.is_(False),
            ChecklistTemplate.deleted.is_(False),
        )
    )
    return draft or _copy_template(session, template)


def _item_in(
    session: Session, template: ChecklistTemplate, item: ChecklistItem, section: ChecklistSection
) -> ChecklistItem:
    """The item with the same section and item code in ``template``."""
    return session.execute(
        select(ChecklistItem)
        .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
        .where(
            ChecklistSection.template_id == template.id,
            ChecklistSection.code == section.code,
            ChecklistItem.code == item.code,
            ChecklistItem.deleted.is_(False),
        )
    ).scalar_one()


def _check_item_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"unknown checklist item fields {sorted(unknown)}")
    if "answer_kind" in fields and fields["answer_kind"] not in ANSWER_KINDS:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not an answer kind.'),
            value=fields["answer_kind"],
        )
    for key in ("applies_to", "flags", "focus"):
        if key in fields and not isinstance(fields[key], str):
            fields[key] = ",".join(fields[key])
    if fields.get("figure") and fields["figure"] not in FIGURES:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a figure the office holds.'),
            value=fields["figure"],
        )
    if "text" in fields and not str(fields["text"]).strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "A checklist item needs a text."))
    return fields


def update_item(database: Database, item_id: str, **fields: Any) -> tuple[str, str]:
    """Change an item; returns (template id, item id), new ones if a version was made."""
    require_office(database)
    fields = _check_item_fields(fields)
    with database.session() as s:
        item = s.get(ChecklistItem, item_id)
        if item is None or item.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This checklist item no longer exists.")
            )
        section = s.get(ChecklistSection, item.section_id)
        template = editable_template(s, section.template_id)
        if template.id != section.template_id:
            item = _item_in(s, template, item, section)
        for key, value in fields.items():
            if getattr(item, key) != value:
                setattr(item, key, value)
        return template.id, item.id


def add_item(
    database: Database, template_id: str, section_code: str, **fields: Any
) -> tuple[str, str]:
    """Append an item to a section; returns (template id, item id)."""
    require_office(database)
    fields = _check_item_fields(fields)
    with database.session() as s:
        template = editable_template(s, template_id)
        section = s.scalar(
            select(ChecklistSection).where(
                ChecklistSection.template_id == template.id,
                ChecklistSection.code == section_code,
                ChecklistSection.deleted.is_(False),
            )
        )
        if section is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Section {code} does not exist."), code=section_code
            )
        position = s.scalar(
            select(func.max(ChecklistItem.position)).where(ChecklistItem.section_id == section.id)
        )
        fields.setdefault("position", (position or 0) + 1)
        item = ChecklistItem(section_id=section.id, **fields)
        s.add(item)
        s.flush()
        return template.id, item.id


def remove_item(database: Database, item_id: str) -> str:
    """Remove (tombstone) an item from an editable version; returns the template id."""
    require_office(database)
    with database.session() as s:
        item = s.get(ChecklistItem, item_id)
        section = s.get(ChecklistSection, item.section_id)
        template = editable_template(s, section.template_id)
        if template.id != section.template_id:
            item = _item_in(s, template, item, section)
        item.deleted = True
        return template.id


def add_section(
    database: Database, template_id: str, code: str, title: str, line_of_work: str = ""
) -> tuple[str, str]:
    require_office(database)
    with database.session() as s:
        template = editable_template(s, template_id)
        position = s.scalar(
            select(func.max(ChecklistSection.position)).where(
                ChecklistSection.template_id == template.id
            )
        )
        section = ChecklistSection(
            template_id=template.id,
            code=code,
            title=title,
            line_of_work=line_of_work,
            position=(position or 0) + 1,
        )
        s.add(section)
        s.flush()
        return template.id, section.id


def use_template(database: Database, campaign_id: str, template_id: str) -> None:
    """Make a campaign use a template version, freezing it."""
    require_office(database)
    with database.session() as s:
        campaign = s.get(Campaign, campaign_id)
        template = s.get(ChecklistTemplate, template_id)
        if not template.frozen:
            template.frozen = True
        if campaign.template_id != template.id:
            campaign.template_id = template.id


# -- reading a version for the editor ----------------------------------------------------------


@dataclass
class ItemData:
    id: str
    code: str
    text: str
    guidance: str
    answer_kind: str
    expected: str
    applies_to: tuple[str, ...]
    evidence_required: bool
    problem_category: str
    flags: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    figure: str = ""


@dataclass
class SectionData:
    id: str
    code: str
    title: str
    line_of_work: str
    items: list[ItemData] = field(default_factory=list)


@dataclass
class TemplateData:
    id: str
    name: str
    version: int
    frozen: bool
    sections: list[SectionData]
    used_by: list[str]  # campaign names


def template_tree(database: Database, template_id: str) -> TemplateData:
    """A template version with its sections and items, in checklist order."""
    with database.Session() as s:
        template = s.get(ChecklistTemplate, template_id)
        if template is None or template.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This checklist template no longer exists.")
            )
        sections = {
            sec.id: SectionData(sec.id, sec.code, sec.title, sec.line_of_work)
            for sec in s.scalars(
                select(ChecklistSection)
                .where(
                    ChecklistSection.template_id == template_id, ChecklistSection.deleted.is_(False)
                )
                .order_by(ChecklistSection.position, ChecklistSection.code)
            )
        }
        for section, item in template_items(s, template_id):
            sections[section.id].items.append(
                ItemData(
                    item.id,
                    item.code,
                    item.text,
                    item.guidance,
                    item.answer_kind,
                    item.expected,
                    tuple(k for k in item.applies_to.split(",") if k),
                    item.evidence_required,
                    item.problem_category,
                    tuple(k for k in item.flags.split(",") if k),
                    tuple(k for k in item.focus.split(",") if k),
                    item.figure,
                )
            )
        used_by = list(
            s.scalars(
                select(Campaign.name).where(
                    Campaign.template_id == template_id, Campaign.deleted.is_(False)
                )
            )
        )
        return TemplateData(
            template.id,
            template.name,
            template.version,
            template.frozen,
            list(sections.values()),
            used_by,
        )


def update_section(database: Database, section_id: str, **fields: Any) -> tuple[str, str]:
    """Change a section's code, title or line of work; returns (template id, section id),
    new ones if a version was made."""
    require_office(database)
    unknown = set(fields) - set(SECTION_FIELDS)
    if unknown:
        raise ValueError(f"unknown checklist section fields {sorted(unknown)}")
    if "title" in fields and not str(fields["title"]).strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "A checklist section needs a title."))
    with database.session() as s:
        section = s.get(ChecklistSection, section_id)
        if section is None or section.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This checklist section no longer exists.")
            )
        template = editable_template(s, section.template_id)
        if template.id != section.template_id:
            section = s.scalars(
                select(ChecklistSection).where(
                    ChecklistSection.template_id == template.id,
                    ChecklistSection.code == section.code,
                    ChecklistSection.deleted.is_(False),
                )
            ).first()
        for key, value in fields.items():
            if getattr(section, key) != value:
                setattr(section, key, value)
        return template.id, section.id


# -- a campaign's template from last year's ------------------------------------------------------

#: How a version differs from the one it was derived from, per item code.
CHANGE_LABELS = {
    "added": QT_TRANSLATE_NOOP("Checklist", "Added"),
    "removed": QT_TRANSLATE_NOOP("Checklist", "Removed"),
    "changed": QT_TRANSLATE_NOOP("Checklist", "Changed"),
}


def change_label(change: str) -> str:
    from .. import i18n

    return i18n.translate("Checklist", CHANGE_LABELS[change])


@dataclass
class TemplateChange:
    change: str  # a key of CHANGE_LABELS
    code: str
    text: str
    fields: list[str] = field(default_factory=list)  # what changed, for "changed"


def derive_template(database: Database, campaign_id: str, from_campaign_id: str) -> str:
    """A draft version for ``campaign_id`` derived from the template of an earlier campaign
    (last year's): edit it, list its changes (:func:`template_changes`), then use it."""
    require_office(database)
    with database.session() as s:
        source = s.get(Campaign, from_campaign_id)
        target = s.get(Campaign, campaign_id)
        if source is None or target is None or not source.template_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The earlier campaign has no checklist template to derive from."
                )
            )
        template = s.get(ChecklistTemplate, source.template_id)
        if not template.frozen:
            template.frozen = True  # a used version is never edited again
        return editable_template(s, template.id).id


def _items_by_code(session: Session, template_id: str) -> dict[str, ChecklistItem]:
    return {item.code: item for _s, item in template_items(session, template_id)}


def template_changes(
    database: Database, template_id: str, base_id: str | None = None
) -> list[TemplateChange]:
    """Items added, removed or changed against ``base_id`` (default: the version this one was
    derived from), in code order."""
    with database.Session() as s:
        template = s.get(ChecklistTemplate, template_id)
        base_id = base_id or (template.parent_id if template else None)
        if template is None or not base_id:
            return []
        old, new = _items_by_code(s, base_id), _items_by_code(s, template_id)
        out: list[TemplateChange] = []
        for code in sorted(old.keys() | new.keys()):
            if code not in old:
                out.append(TemplateChange("added", code, new[code].text))
            elif code not in new:
                out.append(TemplateChange("removed", code, old[code].text))
            else:
                differs = [
                    f
                    for f in ITEM_FIELDS
                    if f != "position" and getattr(old[code], f) != getattr(new[code], f)
                ]
                if differs:
                    out.append(TemplateChange("changed", code, new[code].text, differs))
        return out
