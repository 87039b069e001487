"""Interviews (座谈) with a unit's head and staff representatives during the on-site visit.

An interview keeps its date, place, participants, topics, the needs and difficulties raised
and the suggestions made. ``Interview.participants`` holds JSON
``{"unit_head": "...", "staff": ["..."], "inspectors": ["..."]}``; use
:func:`participants_of` / :func:`participants_text` to read it. Suggestions are kept one per
line; :func:`record_suggestion` turns one into a :class:`Suggestion` for the suggestion list.
Photos of the meeting and the sign-in sheet attach as evidence with ``Link(interview_id=...)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Campaign, Inspection, Interview, Suggestion, Unit
from .evidence_query import current_inspection_id, missing

PARTICIPANT_LABELS = {
    "unit_head": QT_TRANSLATE_NOOP("Interview", "Unit head"),
    "staff": QT_TRANSLATE_NOOP("Interview", "Staff representatives"),
    "inspectors": QT_TRANSLATE_NOOP("Interview", "Inspectors"),
}


@dataclass
class Participants:
    unit_head: str = ""
    staff: list[str] = field(default_factory=list)
    inspectors: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        data = {
            "unit_head": self.unit_head.strip(),
            "staff": _names(self.staff),
            "inspectors": _names(self.inspectors),
        }
        return json.dumps(data, ensure_ascii=False)


@dataclass
class InterviewData:
    """The editable content of an interview (what the form shows)."""

    held_on: date | None = None
    place: str = ""
    participants: Participants = field(default_factory=Participants)
    topics: str = ""
    needs: str = ""
    suggestions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InterviewView:
    id: str
    unit_id: str
    inspection_id: str | None
    data: InterviewData


@dataclass(frozen=True)
class RaisedSuggestion:
    text: str
    suggestion_id: str | None  # set once recorded in the suggestion list

    @property
    def recorded(self) -> bool:
        return self.suggestion_id is not None


def _names(names: list[str]) -> list[str]:
    return [n.strip() for n in names if n.strip()]


def split_names(text: str) -> list[str]:
    """Names typed in one field, separated by commas, 、, semicolons or new lines."""
    for separator in ("，", "、", ";", "；", "\n"):
        text = text.replace(separator, ",")
    return _names(text.split(","))


def suggestion_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def participants_of(interview: Interview) -> Participants:
    try:
        data = json.loads(interview.participants or "{}")
    except ValueError:
        return Participants(unit_head=interview.participants)  # free text from elsewhere
    if not isinstance(data, dict):
        return Participants(unit_head=str(data))
    return Participants(
        str(data.get("unit_head", "")),
        list(data.get("staff", [])),
        list(data.get("inspectors", [])),
    )


def participants_text(interview: Interview, language: str | None = None) -> str:
    """Participants as lines for forms and letters: 'Unit head: 张三'."""
    people = participants_of(interview)
    values = {
        "unit_head": people.unit_head,
        "staff": "、".join(people.staff),
        "inspectors": "、".join(people.inspectors),
    }
    return "\n".join(
        f"{i18n.translate('Interview', label, language)}: {values[key]}"
        for key, label in PARTICIPANT_LABELS.items()
        if values[key]
    )


def _data(interview: Interview) -> InterviewData:
    return InterviewData(
        interview.held_on,
        interview.place,
        participants_of(interview),
        interview.topics,
        interview.needs,
        suggestion_lines(interview.suggestions),
    )


def _apply(interview: Interview, data: InterviewData) -> None:
    values = {
        "held_on": data.held_on,
        "place": data.place.strip(),
        "participants": data.participants.to_json(),
        "topics": data.topics.strip(),
        "needs": data.needs.strip(),
        "suggestions": "\n".join(_names(data.suggestions)),
    }
    for name, value in values.items():
        if getattr(interview, name) != value:
            setattr(interview, name, value)


def create_interview(database: Database, unit_id: str, data: InterviewData) -> str:
    """Record an interview with a unit; it belongs to the unit's current inspection."""
    with database.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise missing("unit", unit_id)
        interview = Interview(unit_id=unit_id, inspection_id=current_inspection_id(s, unit_id))
        _apply(interview, data)
        s.add(interview)
        s.flush()
        return interview.id


def update_interview(database: Database, interview_id: str, data: InterviewData) -> None:
    with database.session() as s:
        _apply(_live(s, interview_id), data)


def _live(s, interview_id: str) -> Interview:
    interview = s.get(Interview, interview_id)
    if interview is None or interview.deleted:
        raise missing("interview", interview_id)
    return interview


def get_interview(database: Database, interview_id: str) -> InterviewView:
    with database.Session() as s:
        i = _live(s, interview_id)
        return InterviewView(i.id, i.unit_id, i.inspection_id, _data(i))


def list_interviews(database: Database, unit_id: str) -> list[InterviewView]:
    with database.Session() as s:
        rows = s.scalars(
            select(Interview)
            .where(Interview.unit_id == unit_id, Interview.deleted.is_(False))
            .order_by(Interview.held_on, Interview.created_hlc)
        )
        return [InterviewView(i.id, i.unit_id, i.inspection_id, _data(i)) for i in rows]


def remove_interview(database: Database, interview_id: str) -> None:
    """Tombstone an interview; its evidence and recorded suggestions stay."""
    with database.session() as s:
        _live(s, interview_id).deleted = True


def raised_suggestions(database: Database, interview_id: str) -> list[RaisedSuggestion]:
    """The interview's suggestions, each with its suggestion record once recorded."""
    with database.Session() as s:
        interview = _live(s, interview_id)
        recorded = {
            text: sid
            for sid, text in s.execute(
                select(Suggestion.id, Suggestion.text).where(
                    Suggestion.interview_id == interview_id, Suggestion.deleted.is_(False)
                )
            )
        }
        return [
            RaisedSuggestion(line, recorded.get(line))
            for line in suggestion_lines(interview.suggestions)
        ]


def record_suggestion(database: Database, interview_id: str, text: str, category: str = "") -> str:
    """Put a suggestion raised in the interview on the suggestion list (source "interview").

    A suggestion typed here that is not yet among the interview's lines is added to them.
    """
    text = " ".join(text.split())
    if not text:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Type the suggestion before recording it."))
    with database.session() as s:
        interview = _live(s, interview_id)
        existing = s.scalars(
            select(Suggestion.id).where(
                Suggestion.interview_id == interview_id,
                Suggestion.text == text,
                Suggestion.deleted.is_(False),
            )
        ).first()
        if existing:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The suggestion '{text}' is already on the suggestion list."
                ),
                text=text[:60],
            )
        lines = suggestion_lines(interview.suggestions)
        if text not in lines:
            interview.suggestions = "\n".join([*lines, text])
        campaign_id = None
        if interview.inspection_id:
            inspection = s.get(Inspection, interview.inspection_id)
            campaign = s.get(Campaign, inspection.campaign_id) if inspection else None
            campaign_id = campaign.id if campaign else None
        suggestion = Suggestion(
            unit_id=interview.unit_id,
            campaign_id=campaign_id,
            interview_id=interview_id,
            category=category,
            source="interview",
            text=text,
        )
        s.add(suggestion)
        s.flush()
        return suggestion.id
