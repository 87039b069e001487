"""Training sessions (专题培训) and questionnaires (调查问卷) issued to units.

A questionnaire holds questions with answer types (yes/no, number, text, choice); it is
issued to units, exported as ``.xlsx`` (one workbook per unit or one for all, see
:mod:`.questionnaire_workbook`), its answers are imported back and totalled per question.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import (
    Questionnaire,
    QuestionnaireAnswer,
    QuestionnaireIssue,
    QuestionnaireQuestion,
    TrainingSession,
    Unit,
)
from .campaign import resolve_campaign

QUESTION_KINDS = {
    "yes_no": QT_TRANSLATE_NOOP("Training", "Yes / no"),
    "number": QT_TRANSLATE_NOOP("Training", "Number"),
    "text": QT_TRANSLATE_NOOP("Training", "Text"),
    "choice": QT_TRANSLATE_NOOP("Training", "Choice"),
}


# -- training sessions -------------------------------------------------------------------------


def add_training(
    database: Database,
    campaign_ref: str | None,
    topic: str,
    held_on: date | None = None,
    inspectors: list[str] | None = None,
    units: list[str] | None = None,
    others: list[str] | None = None,
) -> TrainingSession:
    if not topic.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the training session a topic."))
    attendees = {"inspectors": inspectors or [], "units": units or [], "others": others or []}
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        session = TrainingSession(
            campaign_id=campaign.id,
            topic=topic.strip(),
            held_on=held_on,
            attendees=json.dumps(attendees, ensure_ascii=False),
        )
        s.add(session)
    return session


def update_training(database: Database, session_id: str, **fields: Any) -> TrainingSession:
    with database.session() as s:
        row = s.get(TrainingSession, session_id)
        if row is None or row.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That training session is gone."))
        for key in ("topic", "held_on"):
            if key in fields and getattr(row, key) != fields[key]:
                setattr(row, key, fields[key])
        if any(k in fields for k in ("inspectors", "units", "others")):
            attendees = json.loads(row.attendees or "{}")
            for key in ("inspectors", "units", "others"):
                if key in fields:
                    attendees[key] = list(fields[key])
            row.attendees = json.dumps(attendees, ensure_ascii=False)
    return row


def remove_training(database: Database, session_id: str) -> None:
    with database.session() as s:
        row = s.get(TrainingSession, session_id)
        if row is not None:
            row.deleted = True


def list_training(database: Database, campaign_ref: str | None = None) -> list[TrainingSession]:
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        query = select(TrainingSession).where(
            TrainingSession.campaign_id == campaign.id, TrainingSession.deleted.is_(False)
        )
        return list(s.execute(query.order_by(TrainingSession.held_on)).scalars())


def attendees_of(row: TrainingSession) -> dict[str, list[str]]:
    """{"inspectors": [ids], "units": [ids], "others": [names]} of a session."""
    stored = json.loads(row.attendees or "{}")
    return {key: list(stored.get(key, [])) for key in ("inspectors", "units", "others")}


# -- questionnaires ----------------------------------------------------------------------------


def create_questionnaire(
    database: Database,
    campaign_ref: str | None,
    title: str,
    questions: list[tuple[str, str] | tuple[str, str, list[str]]],
    description: str = "",
) -> Questionnaire:
    """``questions``: (text, answer kind) or (text, "choice", options)."""
    if not title.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the questionnaire a title."))
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        questionnaire = Questionnaire(
            campaign_id=campaign.id, title=title.strip(), description=description
        )
        s.add(questionnaire)
        s.flush()
        for position, question in enumerate(questions, start=1):
            text, kind = question[0].strip(), question[1]
            options = list(question[2]) if len(question) > 2 else []  # type: ignore[misc]
            if kind not in QUESTION_KINDS:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Question {number}: unknown answer type '{kind}'; use {known}."
                    ),
                    number=position,
                    kind=kind,
                    known=", ".join(QUESTION_KINDS),
                )
            if not text or (kind == "choice" and not options):
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Question {number} needs a text (and a choice question its options).",
                    ),
                    number=position,
                )
            s.add(
                QuestionnaireQuestion(
                    questionnaire_id=questionnaire.id,
                    position=position,
                    text=text,
                    answer_kind=kind,
                    options="|".join(o.strip() for o in options),
                )
            )
    return questionnaire


def questions_of(session, questionnaire_id: str) -> list[QuestionnaireQuestion]:
    query = (
        select(QuestionnaireQuestion)
        .where(
            QuestionnaireQuestion.questionnaire_id == questionnaire_id,
            QuestionnaireQuestion.deleted.is_(False),
        )
        .order_by(QuestionnaireQuestion.position)
    )
    return list(session.execute(query).scalars())


def list_questionnaires(database: Database, campaign_ref: str | None = None):
    with database.session() as s:
        campaign = resolve_campaign(s, campaign_ref)
        query = select(Questionnaire).where(
            Questionnaire.campaign_id == campaign.id, Questionnaire.deleted.is_(False)
        )
        return list(s.execute(query.order_by(Questionnaire.title)).scalars())


def list_questions(database: Database, questionnaire_id: str) -> list[QuestionnaireQuestion]:
    with database.session() as s:
        return questions_of(s, questionnaire_id)


def issue_questionnaire(
    database: Database, questionnaire_id: str, unit_ids: list[str], issued_on: date | None = None
) -> int:
    """Issue to the units (again issuing to a unit changes nothing); returns the new issues."""
    added = 0
    with database.session() as s:
        if s.get(Questionnaire, questionnaire_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No such questionnaire."))
        have = {i.unit_id for i in issues_of(s, questionnaire_id)}
        for unit_id in unit_ids:
            if unit_id not in have:
                s.add(
                    QuestionnaireIssue(
                        questionnaire_id=questionnaire_id,
                        unit_id=unit_id,
                        issued_on=issued_on or date.today(),
                    )
                )
                have.add(unit_id)
                added += 1
    return added


def issues_of(session, questionnaire_id: str) -> list[QuestionnaireIssue]:
    query = select(QuestionnaireIssue).where(
        QuestionnaireIssue.questionnaire_id == questionnaire_id,
        QuestionnaireIssue.deleted.is_(False),
    )
    return list(session.execute(query).scalars())


def issued_units(database: Database, questionnaire_id: str) -> list[Unit]:
    with database.session() as s:
        ids = [i.unit_id for i in issues_of(s, questionnaire_id)]
        query = select(Unit).where(Unit.id.in_(ids)).order_by(Unit.name)
        return list(s.execute(query).scalars())


@dataclass
class QuestionTotal:
    position: int
    text: str
    kind: str
    answered: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # yes_no / choice
    total: float = 0.0  # number
    average: float | None = None


def question_totals(database: Database, questionnaire_id: str) -> list[QuestionTotal]:
    with database.session() as s:
        questions = questions_of(s, questionnaire_id)
        answers = s.execute(
            select(QuestionnaireAnswer).where(
                QuestionnaireAnswer.questionnaire_id == questionnaire_id,
                QuestionnaireAnswer.deleted.is_(False),
            )
        ).scalars()
        by_question: dict[str, list[str]] = {}
        for a in answers:
            if a.value != "":
                by_question.setdefault(a.question_id, []).append(a.value)
    totals = []
    for q in questions:
        values = by_question.get(q.id, [])
        total = QuestionTotal(q.position, q.text, q.answer_kind, len(values))
        if q.answer_kind in ("yes_no", "choice"):
            keys = ["yes", "no", "na"] if q.answer_kind == "yes_no" else q.options.split("|")
            total.counts = {k: 0 for k in keys}
            for v in values:
                total.counts[v] = total.counts.get(v, 0) + 1
        elif q.answer_kind == "number":
            numbers = [float(v) for v in values]
            total.total = sum(numbers)
            total.average = total.total / len(numbers) if numbers else None
        totals.append(total)
    return totals
