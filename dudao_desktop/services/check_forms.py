"""Data for the on-site check forms (see :mod:`dudao_desktop.documents.check_form`)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..documents.check_form import BLANK_TITLE, TITLE, FormData, tr, write_forms
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import (
    Answer,
    Assignment,
    Campaign,
    Evidence,
    Inspection,
    InspectionGroup,
    Unit,
)
from ..model.vocab import UNIT_KINDS
from .checklist import template_items, unit_items
from .figure_checks import held_value
from .procedure import grade_codes, grade_label
from .selfassessment import UNIT_LABELS, safe_file_name, unit_pairs
from .visits import plan_in_session


def _sections(
    items: list,
    answers: dict[str, str],
    captions: dict[str, list[str]],
    unit: Unit | None = None,
) -> list[tuple[str, list[tuple]]]:
    out: list[tuple[str, list[tuple]]] = []
    for section, item in items:
        if not out or out[-1][0] != f"{section.code}  {section.title}":
            out.append((f"{section.code}  {section.title}", []))
        out[-1][1].append(
            (
                item.code,
                item.text,
                item.guidance,
                item.answer_kind,
                answers.get(item.id, ""),
                captions.get(item.id, []),
                None if unit is None else held_value(unit, item.figure),
            )
        )
    return out


def load_forms(session: Session, campaign_id: str, unit_ids: list[str]) -> list[FormData]:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None or not campaign.template_id:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "The campaign has no checklist template yet."))
    groups = dict(
        session.execute(
            select(Assignment.unit_id, InspectionGroup.name)
            .join(InspectionGroup, InspectionGroup.id == Assignment.group_id)
            .where(Assignment.campaign_id == campaign_id, Assignment.deleted.is_(False))
        ).all()
    )
    forms = []
    for unit_id in unit_ids:
        unit = session.get(Unit, unit_id)
        inspection = session.scalar(
            select(Inspection).where(
                Inspection.unit_id == unit_id,
                Inspection.campaign_id == campaign_id,
                Inspection.deleted.is_(False),
            )
        )
        answers: dict[str, str] = {}
        captions: dict[str, list[str]] = {}
        if inspection is not None:
            answers = dict(
                session.execute(
                    select(Answer.item_id, Answer.self_value).where(
                        Answer.inspection_id == inspection.id, Answer.deleted.is_(False)
                    )
                ).all()
            )
        for item_id, caption in session.execute(
            select(Evidence.item_id, Evidence.caption).where(
                Evidence.unit_id == unit_id,
                Evidence.deleted.is_(False),
                Evidence.item_id.is_not(None),
                Evidence.caption != "",
            )
        ):
            captions.setdefault(item_id, []).append(caption)
        pairs = [
            (unit_label(label), value)
            for label, value in zip(UNIT_LABELS, unit_pairs(session, unit), strict=True)
        ]
        plan = plan_in_session(session, campaign_id, unit_id)
        forms.append(
            FormData(
                campaign.name,
                tr(TITLE),
                pairs,
                _sections(unit_items(session, campaign, unit), answers, captions, unit),
                f"{unit.uscc}_{safe_file_name(unit.name)}",
                campaign_id=campaign_id,
                unit_id=unit_id,
                unit_name=unit.name,
                uscc=unit.uscc,
                group=groups.get(unit_id, ""),
                grades=_grades(),
                planned_on=plan.planned_on,
                planned_methods=plan.methods,
                planned_members=plan.members,
                planned_leader=plan.members[0] if plan.leader else "",
            )
        )
    return forms


def blank_form(session: Session, campaign_id: str, kind: str) -> FormData:
    campaign = session.get(Campaign, campaign_id)
    kind_label = i18n.document_text("Vocab", UNIT_KINDS.get(kind, kind))
    pairs = [(unit_label(label), "") for label in UNIT_LABELS]
    return FormData(
        campaign.name,
        tr(BLANK_TITLE).format(kind=kind_label),
        pairs,
        _sections(template_items(session, campaign.template_id, kind), {}, {}),
        f"blank_{kind}",
        blank=True,
        campaign_id=campaign_id,
        grades=_grades(),
    )


def _grades() -> list[str]:
    return [grade_label(code, i18n.DOCUMENT_LANGUAGE) for code in grade_codes()]


def _units(
    session: Session,
    campaign_id: str,
    unit_ids: list[str] | None,
    group_id: str | None,
    department_id: str | None = None,
) -> list[str]:
    if unit_ids:
        return unit_ids
    query = (
        select(Assignment.unit_id)
        .join(InspectionGroup, InspectionGroup.id == Assignment.group_id)
        .where(Assignment.campaign_id == campaign_id, Assignment.deleted.is_(False))
        .order_by(InspectionGroup.number, Assignment.visit_order)
    )
    if group_id:
        query = query.where(Assignment.group_id == group_id)
    if department_id:
        query = query.join(Unit, Unit.id == Assignment.unit_id).where(
            Unit.department_id == department_id
        )
    return list(session.scalars(query))


def print_forms(
    database: Database,
    campaign_id: str,
    out: Path,
    *,
    unit_ids: list[str] | None = None,
    group_id: str | None = None,
    department_id: str | None = None,
    one_file: bool = True,
    blank_kind: str | None = None,
    duplex: bool = True,
) -> Generator[tuple[int, int, str], None, list[Path]]:
    """Check forms for the given units, a group, the assigned units of a supervising
    department, or all assigned units (or a blank form for a unit kind): into the PDF
    ``out`` (``one_file``; ``duplex``: each unit starts on an odd page) or one PDF per unit
    into the folder ``out``. Yields progress; returns the files written."""
    with database.Session() as s:
        if blank_kind:
            if blank_kind not in UNIT_KINDS:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        '"{value}" is not a unit kind: use agency, institution or township.',
                    ),
                    value=blank_kind,
                )
            forms = [blank_form(s, campaign_id, blank_kind)]
        else:
            ids = _units(s, campaign_id, unit_ids, group_id, department_id)
            if not ids:
                raise DudaoError(
                    QT_TRANSLATE_NOOP("Errors", "There are no units to print forms for.")
                )
            forms = []
            for start in range(0, len(ids), 50):
                yield start, len(ids), ""
                forms += load_forms(s, campaign_id, ids[start : start + 50])
    return (yield from write_forms(forms, Path(out), one_file=one_file, duplex=duplex))


def unit_label(label: str) -> str:
    """The unit-data labels are shared with the self-assessment workbook, in its context."""
    return i18n.document_text("SelfAssessment", label)
