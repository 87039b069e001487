"""The rectification ledger (问题整改台账): problems, their status machine and evidence.

Status moves one step at a time: identified → notified → rectifying → rectified → verified.
"Notified" is reached only by issuing a feedback letter (``services.letters.issue_letter``)
and "verified" only by a look-back (:func:`record_lookback`). Overdue is never stored: a
problem is overdue while it is still open and its deadline has passed.

The paged query for the ledger view lives in :mod:`.problem_query`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Evidence, Problem, ProblemProgress, Unit
from ..model.vocab import PROBLEM_ACTORS, PROBLEM_STATUSES
from . import users, vocabulary
from .ledger_columns import PROBLEMS
from .problem_query import is_overdue
from .records import add_for_unit, attach_to_record, update_fields
from .vocabulary import PROBLEM_CATEGORY, PROBLEM_SOURCE

#: Fields a clerk edits directly in the detail editor (status has its own functions).
EDITABLE_FIELDS = ("unit_id", *PROBLEMS.editable_fields())

# Steps a clerk may take with the status buttons; the other two have their own paths.
MANUAL_STEPS = {"notified": "rectifying", "rectifying": "rectified"}
# A problem the office itself must solve needs no letter and no look-back.
OFFICE_STEPS = {"identified": "rectifying", "rectifying": "rectified"}
NUMBER_MARK = "督"


def get_problem(session: Session, problem_id: str) -> Problem:
    problem = session.get(Problem, problem_id)
    if problem is None or problem.deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Problem {id} does not exist."), id=problem_id
        )
    return problem


def _check(database: Database, fields: dict[str, Any]) -> None:
    with database.Session() as s:
        for key, name in (("category", PROBLEM_CATEGORY), ("source_kind", PROBLEM_SOURCE)):
            value = fields.get(key)
            if value and value not in (known := vocabulary.choices(s, name)):
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Unknown problem category '{category}'; choose one of: {choices}."
                    )
                    if key == "category"
                    else QT_TRANSLATE_NOOP(
                        "Errors", "Unknown problem source '{category}'; choose one of: {choices}."
                    ),
                    category=value,
                    choices=", ".join(known),
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
        names = {c.key for c in PROBLEMS.imported() if c.kind != "unit"}
        details = {
            name: getattr(problem, name)
            for name in (*EDITABLE_FIELDS, *names, "id", "campaign_id", "version")
        }
        details["unit_name"] = unit.name if unit else ""
        details["overdue"] = is_overdue(problem.status, problem.deadline)
        return details


def add_problem(database: Database, **fields: Any) -> str:
    """Record a problem by hand (or from a checklist, or an import); returns its id."""
    fields.setdefault("actor", "unit")
    fields.setdefault("year", (fields.get("deadline") or date.today()).year)
    _check(database, fields)
    with database.Session() as s:
        number = next_number(s, fields["year"])
    return add_for_unit(
        database,
        fields.get("unit_id") or "",
        lambda: Problem(status="identified", number=number, **fields),
        QT_TRANSLATE_NOOP("Errors", "Choose the unit the problem belongs to."),
    )


def next_number(session: Session, year: int) -> str:
    """The next ledger number of ``year`` (2026-督-0001): one past the highest ever given,
    removed problems included, so a number is never reused."""
    prefix = f"{year}-{NUMBER_MARK}-"
    numbers = session.execute(select(Problem.number).where(Problem.number.like(prefix + "%")))
    highest = max(
        (int(n[len(prefix) :]) for (n,) in numbers if n[len(prefix) :].isdigit()), default=0
    )
    return f"{prefix}{highest + 1:04d}"


def update_problem(
    database: Database, problem_id: str, expected_version: int | None = None, **fields: Any
) -> int | None:
    """Save edited fields of a problem (each edit is saved as it is made); refused when the
    problem moved on from ``expected_version`` meanwhile. Returns the new version."""
    _check(database, fields)
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
        if problem.actor == "office" and OFFICE_STEPS.get(problem.status) == to_status:
            pass  # the office's own problem: no letter to wait for
        else:
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


def close_problem(database: Database, problem_id: str, on: date | None = None) -> None:
    """销号: the approver the office named closes a problem that is done: verified at the
    look-back, or rectified by the office itself (no look-back of its own work)."""
    approver = users.require_closing_approver(database)
    with database.session() as s:
        problem = get_problem(s, problem_id)
        done = problem.status == "verified" or (
            problem.actor == "office" and problem.status == "rectified"
        )
        if not done:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only a problem verified at the look-back (or one the office rectified "
                    "itself) can be closed; this one is '{status}'.",
                ),
                status=problem.status,
            )
        problem.status = "closed"
        problem.closed_on = on or date.today()
        problem.closed_by = approver.name


def add_progress(database: Database, problem_id: str, text: str, on: date | None = None) -> str:
    """Record a dated progress update of the rectification (by the signed-in user)."""
    if not text.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Write what progress was made."))
    with database.session() as s:
        get_problem(s, problem_id)
        update = ProblemProgress(
            problem_id=problem_id,
            on=on or date.today(),
            text=text.strip(),
            recorded_by=database.user_name,
        )
        s.add(update)
        s.flush()
        return update.id


def progress_updates(database: Database, problem_id: str) -> list[tuple[date, str, str]]:
    """(date, text, who) of a problem's progress updates, oldest first."""
    with database.Session() as s:
        rows = s.execute(
            select(ProblemProgress.on, ProblemProgress.text, ProblemProgress.recorded_by)
            .where(ProblemProgress.problem_id == problem_id, ProblemProgress.deleted.is_(False))
            .order_by(ProblemProgress.on, ProblemProgress.created_hlc)
        )
        return [tuple(r) for r in rows]


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
    """The captions of each problem's evidence: its files' and those typed in the ledger."""
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
    typed = session.execute(
        select(Problem.id, Problem.evidence_captions).where(Problem.id.in_(problem_ids))
    )
    for problem_id, text in typed:  # the captions the ledger holds without a file
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        captions.setdefault(problem_id, []).extend(lines)
    return captions
