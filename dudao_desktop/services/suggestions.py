"""The suggestion list (建议清单) beside the rectification ledger: text, unit, category,
source (interview or checklist) and the office's response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Suggestion, Unit
from . import vocabulary
from .vocabulary import PROBLEM_CATEGORY

SOURCES = {
    "interview": QT_TRANSLATE_NOOP("Vocab", "Interview"),
    "checklist": QT_TRANSLATE_NOOP("Vocab", "Checklist"),
}
EDITABLE = (
    "unit_id",
    "campaign_id",
    "interview_id",
    "item_id",
    "category",
    "source",
    "text",
    "response",
)


@dataclass
class SuggestionRow:
    id: str
    unit_id: str | None
    unit_name: str
    category: str
    source: str
    text: str
    response: str


def _check(database: Database, fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "These suggestion fields cannot be set here: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    if "text" in fields and not str(fields["text"] or "").strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "A suggestion needs its text."))
    if fields.get("source") is not None and fields["source"] not in SOURCES:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "A suggestion comes from 'interview' or 'checklist', not '{source}'."
            ),
            source=fields["source"],
        )
    if fields.get("category"):
        with database.Session() as s:
            known = vocabulary.choices(s, PROBLEM_CATEGORY)
        if fields["category"] not in known:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Unknown category '{category}'; choose one of: {choices}."
                ),
                category=fields["category"],
                choices=", ".join(known),
            )


def add_suggestion(database: Database, **fields: Any) -> str:
    fields.setdefault("source", "interview")
    _check(database, fields)
    with database.session() as s:
        suggestion = Suggestion(**fields)
        s.add(suggestion)
        s.flush()
        return suggestion.id


def _get(session, suggestion_id: str) -> Suggestion:
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None or suggestion.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Suggestion {id} does not exist."), id=suggestion_id
        )
    return suggestion


def update_suggestion(database: Database, suggestion_id: str, **fields: Any) -> None:
    """Edit a suggestion, for example to record the office's response."""
    _check(database, fields)
    with database.session() as s:
        suggestion = _get(s, suggestion_id)
        for name, value in fields.items():
            if getattr(suggestion, name) != value:
                setattr(suggestion, name, value)


def remove_suggestion(database: Database, suggestion_id: str) -> None:
    with database.session() as s:
        _get(s, suggestion_id).deleted = True


def list_suggestions(
    database: Database, unit_id: str | None = None, campaign_id: str | None = None, search: str = ""
) -> list[SuggestionRow]:
    query = (
        select(Suggestion, Unit.name)
        .outerjoin(Unit, Unit.id == Suggestion.unit_id)
        .where(Suggestion.deleted.is_(False))
        .order_by(Unit.name, Suggestion.text)
    )
    if unit_id:
        query = query.where(Suggestion.unit_id == unit_id)
    if campaign_id:
        query = query.where(Suggestion.campaign_id == campaign_id)
    if search.strip():
        query = query.where(Suggestion.text.contains(search.strip(), autoescape=True))
    with database.Session() as s:
        return [
            SuggestionRow(x.id, x.unit_id, name or "", x.category, x.source, x.text, x.response)
            for x, name in s.execute(query)
        ]
