"""The rectification ledger (问题整改台账): problems, their status machine and evidence.

Status moves one step at a time: identified → notified → rectifying → rectified → verified.
"Notified" is reached only by issuing a feedback letter (``services.letters.issue_letter``)
and "verified" only by a look-back (:func:`record_lookback`). Overdue is never stored: a
problem is overdue while it is still open and its deadline has passed.

The paged query for the ledger view lives in :mod:`.problem_query`; it is re-exported here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    Evidence,
    Inspection,
    Problem,
    Unit,
)
from ..model.vocab import PROBLEM_ACTORS, PROBLEM_CATEGORIES, PROBLEM_STATUSES
from .problem_query import (  # noqa: F401 - the public query API of the ledger
    OPEN_STATUSES,
    SORT_KEYS,
    ProblemFilters,
    ProblemRow,
    count,
    count_by_status,
    fetch,
    is_overdue,
)
from .records import add_for_unit, attach_to_record, update_fields

#: Fields a clerk edits directly in the detail editor (status has its own functions).
EDITABLE_FIELDS = (
    "unit_id",
    "source",
    "year",
    "category",
    "description",
    "cause",
    "actor",
    "handling_opinion",
    "measures",
    "rectification_plan",
    "deadline",
    "responsible",
    "lookback_result",
)

# Steps a clerk may take with the status buttons; the other two have their own paths.
MANUAL_STEPS = {"notified": "rectifying", "rectifying": "rectified"}


def get_problem(session: Session, problem_id: str) -> Problem:
    problem = session.get(Problem, problem_id)
    if problem is None or problem.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Problem {id} does not exist."), id=problem_id
        )
    return problem


def _check(fields: dict[str, Any]) -> None:
    category = fields.get("category")
    if category is not None and category not in PROBLEM_CATEGORIES:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown problem category '{category}'; choose one of: {choices}."
            ),
            category=category,
            choices=", ".join(PROBLEM_CATEGORIES),
        )
    actor = fields.get("actor")
    if actor is not None and actor not in PROBLEM_ACTORS:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Who must act must be 'office' or 'unit', not '{actor}'."),
            actor=actor,
        )
    if "description" in fields and not str(fields["description"] or "").strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "A problem needs a description."))
    unknown = set(fields) - set(EDITABLE_FIELDS) - {"campaign_id", "item_id"}
    if unknown:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "These problem fields cannot be set here: {fields}."),
            fields=", ".join(sorted(unknown)),
        )


def problem_details(database: Database, problem_id: str) -> dict[str, Any]:
    """Every field of a problem, with its unit's name, for the detail editor."""
    with database.Session() as s:
        problem = get_problem(s, problem_id)
        unit = s.get(Unit, problem.unit_id)
        details = {
            name: getattr(problem, name)
            for name in (
                *EDITABLE_FIELDS,
                "id",
                "status",
                "notified_on",
                "rectified_on",
                "lookback_on",
                "campaign_id",
                "version",
            )
        }
        details["unit_name"] = unit.name if unit else ""
        details["overdue"] = is_overdue(problem.status, problem.deadline)
        return details


def add_problem(database: Database, **fields: Any) -> str:
    """Record a problem by hand (or from a checklist, or an import); returns its id."""
    fields.setdefault("actor", "unit")
    fields.setdefault("year", (fields.get("deadline") or date.today()).year)
    _check(fields)
    return add_for_unit(
        database,
        fields.get("unit_id") or "",
        lambda: Problem(status="identified", **fields),
        QT_TRANSLATE_NOOP("Errors", "Choose the unit the problem belongs to."),
    )


def update_problem(
    database: Database, problem_id: str, expected_version: int | None = None, **fields: Any
) -> int | None:
    """Save edited fields of a problem (each edit is saved as it is made); refused when the
    problem moved on from ``expected_version`` meanwhile. Returns the new version."""
    _check(fields)
    return update_fields(database, get_problem, problem_id, fields, expected_version)


def remove_problem(database: Database, problem_id: str) -> None:
    """Take a problem off the ledger (a tombstone: :func:`restore_problem` brings it back)."""
    with database.session() as s:
        get_problem(s, problem_id).deleted = True


def restore_problem(database: Database, problem_id: str) -> None:
    """Bring a removed problem back onto the ledger, with every field it had."""
    with database.session() as s:
        problem = s.get(Problem, problem_id)
        if problem is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Problem {id} does not exist."), id=problem_id
            )
        if problem.deleted:
            problem.deleted = False


def advance(database: Database, problem_id: str, to_status: str, on: date | None = None) -> None:
    """Move a problem one step by hand: notified → rectifying, rectifying → rectified.

    Every other move is refused with a message that says which way leads there.
    """
    with database.session() as s:
        problem = get_problem(s, problem_id)
        check_transition(problem.status, to_status)
        problem.status = to_status
        if to_status == "rectified":
            problem.rectified_on = on or date.today()


def check_transition(current: str, target: str) -> None:
    """Raise a clear error unless ``current`` → ``target`` is a step a clerk may take."""
    if target not in PROBLEM_STATUSES:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Unknown status '{status}'."), status=target)
    if target == "notified":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A problem becomes 'notified' only when its feedback letter is issued; "
                "issue the unit's letter instead.",
            )
        )
    if target == "verified":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only a look-back can mark a problem verified; record the look-back result.",
            )
        )
    if MANUAL_STEPS.get(current) != target:
        expected = _next_status(current)
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A problem cannot go from '{current}' to '{target}': steps may not be "
                "skipped or undone. The next step is '{expected}'.",
            ),
            current=current,
            target=target,
            expected=expected or "-",
        )


def _next_status(current: str) -> str:
    index = PROBLEM_STATUSES.index(current) if current in PROBLEM_STATUSES else -1
    return PROBLEM_STATUSES[index + 1] if 0 <= index < len(PROBLEM_STATUSES) - 1 else ""


def mark_notified(session: Session, problems: list[Problem], on: date) -> int:
    """The letter path: identified problems become notified on ``on``; returns how many."""
    changed = 0
    for problem in problems:
        if problem.status == "identified":
            problem.status = "notified"
            problem.notified_on = on
            changed += 1
    return changed


def record_lookback(
    database: Database, problem_id: str, result: str, verified: bool, on: date | None = None
) -> None:
    """Record a look-back: verified moves a rectified problem to "verified"; otherwise
    the problem goes back to "rectifying" with the finding kept as its look-back result."""
    if not result.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Write down what the look-back found."))
    with database.session() as s:
        problem = get_problem(s, problem_id)
        if problem.status != "rectified":
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A look-back checks rectified problems; this one is '{status}'. "
                    "Mark it rectified first.",
                ),
                status=problem.status,
            )
        problem.lookback_on = on or date.today()
        problem.lookback_result = result
        problem.status = "verified" if verified else "rectifying"


def record_plan(database: Database, problem_id: str, plan: str) -> None:
    """Record the rectification plan the unit returned for this problem."""
    update_problem(database, problem_id, rectification_plan=plan)


def attach_evidence(database: Database, problem_id: str, path: Path, caption: str = "") -> str:
    """Store a file as evidence of rectification of a problem; returns the evidence id."""
    return attach_to_record(database, get_problem, problem_id, "problem_id", path, caption)


def evidence_captions(session: Session, problem_ids: list[str]) -> dict[str, list[str]]:
    captions: dict[str, list[str]] = {}
    if not problem_ids:
        return captions
    rows = session.execute(
        select(Evidence.problem_id, Evidence.caption)
        .where(Evidence.problem_id.in_(problem_ids), Evidence.deleted.is_(False))
        .order_by(Evidence.caption)
    )
    for problem_id, caption in rows:
        captions.setdefault(problem_id, []).append(caption)
    return captions


def problems_from_checklist(
    database: Database, campaign_id: str, deadline: date | None = None
) -> int:
    """Turn every non-conforming verified yes/no answer of a campaign into a problem.

    Idempotent: an answer that already has a problem (same unit, item, campaign) is skipped.
    Returns the number of problems created.
    """
    with database.session() as s:
        existing = set(
            s.execute(
                select(Problem.unit_id, Problem.item_id).where(
                    Problem.campaign_id == campaign_id, Problem.item_id.is_not(None)
                )
            ).all()
        )
        query = (
            select(Inspection, Answer, ChecklistItem, ChecklistSection)
            .join(Answer, Answer.inspection_id == Inspection.id)
            .join(ChecklistItem, ChecklistItem.id == Answer.item_id)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
            .where(
                Inspection.campaign_id == campaign_id,
                Inspection.deleted.is_(False),
                Answer.deleted.is_(False),
                ChecklistItem.answer_kind == "yes_no",
                Answer.verified_value != "",
            )
        )
        from ..model import Campaign

        campaign = s.get(Campaign, campaign_id)
        created = 0
        for inspection, answer, item, section in s.execute(query):
            expected = item.expected or "yes"
            if answer.verified_value in (expected, "na") or (
                (inspection.unit_id, item.id) in existing
            ):
                continue
            category = item.problem_category or section.line_of_work or "daily_management"
            if category not in PROBLEM_CATEGORIES:
                category = "daily_management"
            description = item.text + (f"（{answer.note}）" if answer.note else "")
            s.add(
                Problem(
                    unit_id=inspection.unit_id,
                    campaign_id=campaign_id,
                    item_id=item.id,
                    source=campaign.name if campaign else "",
                    year=campaign.year if campaign else date.today().year,
                    category=category,
                    description=description,
                    deadline=deadline,
                    status="identified",
                )
            )
            existing.add((inspection.unit_id, item.id))
            created += 1
        return created


# The suggestion list lives beside the ledger; its functions are in .suggestions.
from .suggestions import (  # noqa: E402,F401
    SuggestionRow,
    add_suggestion,
    list_suggestions,
    remove_suggestion,
    update_suggestion,
)
