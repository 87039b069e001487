"""The procedure per unit: steps in order, what is missing to close one, the overall grade.

Self-assessment -> on-site verification -> overall evaluation -> feedback and rectification
-> look-back -> closed. A step closes only when its parts are done; the grade is suggested
from the answers (``resources/checklist/grading.json``), confirmed by the group leader, and
confirmation locks the inspection: a later change needs a reason and keeps the earlier state
as an :class:`InspectionRevision`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, Finding, ValidationError
from ..model import (
    Answer,
    Assignment,
    ChecklistItem,
    Inspection,
    InspectionGroup,
    InspectionRevision,
    Problem,
)
from ..model.vocab import STEP_LABELS, STEPS
from ..paths import resource
from . import users
from .checklist import inspection_context, rows_in_session
from .visits import has_visit

E = "Errors"
MISSING = {
    "self": QT_TRANSLATE_NOOP("Errors", "Item {code} has no self-assessment answer."),
    "verified": QT_TRANSLATE_NOOP("Errors", "Item {code} is not verified yet."),
    "evidence": QT_TRANSLATE_NOOP("Errors", "Item {code} needs evidence; none is attached."),
    "visit": QT_TRANSLATE_NOOP(
        "Errors", "The visit is not recorded (date, members present, methods used)."
    ),
    "grade": QT_TRANSLATE_NOOP("Errors", "No grade has been confirmed by the group leader."),
    "notified": QT_TRANSLATE_NOOP("Errors", 'Problem "{text}" has not been fed back to the unit.'),
    "verified_problem": QT_TRANSLATE_NOOP(
        "Errors", 'Problem "{text}" has not been verified at the look-back.'
    ),
}


@cache
def grading() -> dict[str, Any]:
    return json.loads(resource("checklist", "grading.json").read_text(encoding="utf-8"))


def grade_codes() -> list[str]:
    return [band["code"] for band in grading()["bands"]]


def grade_label(code: str, language: str | None = None) -> str:
    """The grade's label in the current language (the grading file carries both)."""
    lang = language or i18n.current_language()
    for band in grading()["bands"]:
        if band["code"] == code:
            return band["label_zh"] if lang.startswith("zh") else band["label_en"]
    return code


def _problems(session: Session, inspection: Inspection) -> list[Problem]:
    return list(
        session.scalars(
            select(Problem).where(
                Problem.unit_id == inspection.unit_id,
                Problem.campaign_id == inspection.campaign_id,
                Problem.deleted.is_(False),
            )
        )
    )


def missing_in_session(session: Session, inspection: Inspection) -> list[Finding]:
    """What must be done before the inspection's current step can close."""
    step = inspection.step
    out: list[Finding] = []
    if step == "self_assessment":
        for row in rows_in_session(session, inspection.id):
            if not row.self_value:
                out.append(Finding(MISSING["self"], {"code": row.code}))
    elif step == "on_site":
        if not has_visit(session, inspection.id):
            out.append(Finding(MISSING["visit"]))
        for row in rows_in_session(session, inspection.id):
            if not row.verified_value:
                out.append(Finding(MISSING["verified"], {"code": row.code}))
            if row.evidence_required and row.verified_value != "na" and not row.evidence_count:
                out.append(Finding(MISSING["evidence"], {"code": row.code}))
    elif step == "evaluation":
        if not inspection.grade or inspection.confirmed_at is None:
            out.append(Finding(MISSING["grade"]))
    elif step == "feedback":
        for problem in _problems(session, inspection):
            if problem.actor == "unit" and problem.status == "identified":
                out.append(Finding(MISSING["notified"], {"text": problem.description[:40]}))
    elif step == "look_back":
        for problem in _problems(session, inspection):
            if problem.status != "verified":
                out.append(Finding(MISSING["verified_problem"], {"text": problem.description[:40]}))
    return out


def what_is_missing(database: Database, inspection_id: str) -> list[Finding]:
    with database.Session() as s:
        inspection, _unit, _campaign = inspection_context(s, inspection_id)
        return missing_in_session(s, inspection)


def close_step(database: Database, inspection_id: str) -> str:
    """Close the current step and move to the next; returns the new step.

    Raises ValidationError listing what is missing, and changes nothing then."""
    with database.session() as s:
        inspection, unit, _campaign = inspection_context(s, inspection_id)
        if inspection.step == "closed":
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "The procedure of {unit} is already closed."),
                unit=unit.name,
            )
        missing = missing_in_session(s, inspection)
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    'Step "{step}" of {unit} cannot close yet; {count} things are missing.',
                ),
                missing,
                step=STEP_LABELS[inspection.step],
                unit=unit.name,
                count=len(missing),
            )
        inspection.step = STEPS[STEPS.index(inspection.step) + 1]
        return inspection.step


# -- grade -------------------------------------------------------------------------------------


@dataclass
class GradeSuggestion:
    grade: str
    share: float | None  # conforming share of the counted items; None if nothing verified
    counted: int
    conforming: int
    caps: list[str] = field(default_factory=list)  # notes of the caps that applied


def suggest_in_session(session: Session, inspection: Inspection) -> GradeSuggestion:
    rules = grading()
    counted = conforming = 0
    for row in rows_in_session(session, inspection.id):
        if row.answer_kind != "yes_no" or not row.expected or row.verified_value in ("", "na"):
            continue
        counted += 1
        conforming += row.verified_value == row.expected
    if not counted:
        return GradeSuggestion("", None, 0, 0)
    share = conforming / counted
    codes = grade_codes()
    grade = next(b["code"] for b in rules["bands"] if share >= b["min_share"])
    caps = []
    categories = {p.category for p in _problems(session, inspection)}
    lang = i18n.current_language()
    for cap in rules.get("caps", []):
        if cap["if_problem_category"] in categories and (
            codes.index(grade) < codes.index(cap["max_band"])
        ):
            grade = cap["max_band"]
            caps.append(cap["note_zh"] if lang.startswith("zh") else cap["note_en"])
    return GradeSuggestion(grade, share, counted, conforming, caps)


def suggest_grade(database: Database, inspection_id: str) -> GradeSuggestion:
    """The grade the rules suggest from the verified answers (also stored as suggested)."""
    with database.session() as s:
        inspection, _u, _c = inspection_context(s, inspection_id)
        suggestion = suggest_in_session(s, inspection)
        if inspection.suggested_grade != suggestion.grade and not inspection.locked:
            inspection.suggested_grade = suggestion.grade
        return suggestion


def snapshot(session: Session, inspection: Inspection) -> dict[str, Any]:
    answers = session.execute(
        select(ChecklistItem.code, Answer.self_value, Answer.verified_value, Answer.note)
        .join(ChecklistItem, ChecklistItem.id == Answer.item_id)
        .where(Answer.inspection_id == inspection.id, Answer.deleted.is_(False))
    ).all()
    return {
        "step": inspection.step,
        "grade": inspection.grade,
        "suggested_grade": inspection.suggested_grade,
        "grade_note": inspection.grade_note,
        "confirmed_by": inspection.confirmed_by,
        "confirmed_at": inspection.confirmed_at.isoformat() if inspection.confirmed_at else None,
        "answers": {code: [sv, vv, note] for code, sv, vv, note in answers},
    }


def keep_revision(session: Session, inspection: Inspection, reason: str, by: str) -> None:
    """Before changing a locked inspection: require a reason and keep its current state."""
    if not (reason or "").strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The grade of this inspection was confirmed and the record is locked: give a "
                "reason for the change (the earlier state is kept).",
            )
        )
    session.add(
        InspectionRevision(
            inspection_id=inspection.id,
            reason=reason.strip(),
            revised_by=by,
            snapshot=json.dumps(snapshot(session, inspection), ensure_ascii=False),
        )
    )


def waive_self_assessment(database: Database, inspection_id: str, reason: str) -> None:
    """Begin on-site verification without the unit's self-assessment, for a reason that is
    kept with the inspection (the unit did not answer, the office decided so, ...)."""
    if not reason.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Give the reason for going on without the self-assessment.")
        )
    with database.session() as s:
        inspection, _u, _c = inspection_context(s, inspection_id)
        if inspection.step != "self_assessment":
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "The self-assessment of this unit is already closed.")
            )
        inspection.self_assessment_waiver = reason.strip()
        inspection.step = "on_site"


CONFIRM_GRADE = QT_TRANSLATE_NOOP("Errors", "confirm a grade")
APPROVE_GRADE = QT_TRANSLATE_NOOP("Errors", "approve (审定) a grade")


def confirm_grade(
    database: Database, inspection_id: str, grade: str, note: str = "", reason: str = ""
) -> None:
    """The signed-in group leader confirms the grade; the inspection is locked from then on.

    Changing a confirmed grade needs ``reason``; the earlier state is kept as a revision."""
    if grade not in grade_codes():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", '"{value}" is not a grade.'), value=grade)
    by = users.require_role(database, ("group_leader",), CONFIRM_GRADE).name
    with database.session() as s:
        inspection, _u, _c = inspection_context(s, inspection_id)
        if inspection.step in ("self_assessment", "on_site"):
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The grade is given at the overall evaluation: close the on-site "
                    "verification first.",
                )
            )
        if inspection.locked:
            keep_revision(s, inspection, reason, by)
        else:
            inspection.suggested_grade = suggest_in_session(s, inspection).grade
        inspection.grade = grade
        inspection.grade_note = note
        inspection.confirmed_by = by
        inspection.confirmed_at = datetime.now().replace(microsecond=0)
        inspection.locked = True
        inspection.approved_by = ""  # a changed grade is approved again
        inspection.approved_at = None


def approve_grade(database: Database, inspection_id: str) -> None:
    """审定: the signed-in office leader approves the confirmed grade."""
    by = users.require_role(database, ("office_leader",), APPROVE_GRADE).name
    with database.session() as s:
        inspection, _u, _c = inspection_context(s, inspection_id)
        if not inspection.confirmed_at:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The group leader has not confirmed a grade yet; nothing to approve."
                )
            )
        inspection.approved_by = by
        inspection.approved_at = datetime.now().replace(microsecond=0)


def revisions(database: Database, inspection_id: str) -> list[InspectionRevision]:
    with database.Session() as s:
        return list(
            s.scalars(
                select(InspectionRevision)
                .where(InspectionRevision.inspection_id == inspection_id)
                .order_by(InspectionRevision.created_hlc)
            )
        )


# -- progress overview -------------------------------------------------------------------------


@dataclass
class GroupProgress:
    group_id: str
    name: str
    units: int
    # step -> number of the group's units that have closed it
    done: dict[str, int]
    at: dict[str, int]  # step -> units currently at it


def progress_overview(database: Database, campaign_id: str) -> list[GroupProgress]:
    """Per group and per step, how many units are done."""
    with database.Session() as s:
        rows = s.execute(
            select(InspectionGroup.id, InspectionGroup.name, Inspection.step)
            .join(Assignment, Assignment.group_id == InspectionGroup.id)
            .outerjoin(
                Inspection,
                (Inspection.unit_id == Assignment.unit_id)
                & (Inspection.campaign_id == campaign_id)
                & Inspection.deleted.is_(False),
            )
            .where(
                InspectionGroup.campaign_id == campaign_id,
                InspectionGroup.deleted.is_(False),
                Assignment.deleted.is_(False),
            )
            .order_by(InspectionGroup.number)
        ).all()
    groups: dict[str, GroupProgress] = {}
    for group_id, name, step in rows:
        progress = groups.setdefault(
            group_id,
            GroupProgress(group_id, name, 0, dict.fromkeys(STEPS[:-1], 0), dict.fromkeys(STEPS, 0)),
        )
        index = STEPS.index(step or "self_assessment")
        progress.units += 1
        progress.at[STEPS[index]] += 1
        for done in STEPS[:index]:
            progress.done[done] += 1
    return list(groups.values())
