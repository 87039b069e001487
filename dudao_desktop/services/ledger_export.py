"""Export each ledger to ``.xlsx``: rows streamed from the database into the office layout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import i18n
from ..db.engine import Database
from ..documents.ledgers import ledger_export_steps
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ApprovalMatter, Department, Installation, Problem, Unit
from ..model.vocab import PROBLEM_ACTORS, PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS
from ..progress import ProgressGenerator, run_to_end
from . import archive, suggestions, warnings
from .letters import current_campaign
from .problem_query import ProblemFilters, _conditions, is_overdue

KINDS = ("problems", "suggestions", "approvals", "archive", "warnings")
YES = QT_TRANSLATE_NOOP("Vocab", "Yes")
PHASE_LABELS = {
    "application": QT_TRANSLATE_NOOP("Vocab", "Application"),
    "research": QT_TRANSLATE_NOOP("Vocab", "Research"),
    "decision": QT_TRANSLATE_NOOP("Vocab", "Decision"),
    "implemented": QT_TRANSLATE_NOOP("Vocab", "Implemented"),
}


def vocab(labels: dict[str, str], key: str) -> str:
    return i18n.translate("Vocab", labels.get(key, key)) if key else ""


def problem_rows(
    database: Database, filters: ProblemFilters | None = None, today: date | None = None
) -> Iterator[dict[str, Any]]:
    """Every matching problem as an export row, streamed (no full list in memory)."""
    filters = filters or ProblemFilters()
    today = today or date.today()
    where, _ = _conditions(filters)
    query = (
        select(Problem, Unit.name, Department.name)
        .join(Unit, Unit.id == Problem.unit_id)
        .outerjoin(Department, Department.id == Unit.department_id)
        .where(*where)
        .order_by(Problem.deadline, Problem.id)
        .execution_options(yield_per=2000)
    )
    yes = i18n.translate("Vocab", YES)
    with database.Session() as s:
        for p, unit, department in s.execute(query):
            yield {
                "unit": unit,
                "department": department or "",
                "source": p.source,
                "year": p.year,
                "category": vocab(PROBLEM_CATEGORIES, p.category),
                "description": p.description,
                "cause": p.cause,
                "actor": vocab(PROBLEM_ACTORS, p.actor),
                "handling_opinion": p.handling_opinion,
                "measures": p.measures,
                "rectification_plan": p.rectification_plan,
                "deadline": p.deadline,
                "responsible": p.responsible,
                "status": vocab(PROBLEM_STATUS_LABELS, p.status),
                "notified_on": p.notified_on,
                "rectified_on": p.rectified_on,
                "overdue": yes if is_overdue(p.status, p.deadline, today) else "",
                "lookback_on": p.lookback_on,
                "lookback_result": p.lookback_result,
            }
            s.expunge(p)


def approval_rows(database: Database) -> Iterator[dict[str, Any]]:
    from .approvals import APPROVAL_FIELDS

    yes = i18n.translate("Vocab", YES)
    query = (
        select(ApprovalMatter, Unit.name)
        .join(Unit, Unit.id == ApprovalMatter.unit_id)
        .where(ApprovalMatter.deleted.is_(False))
        .order_by(ApprovalMatter.applied_on, Unit.name)
    )
    with database.Session() as s:
        for matter, unit in s.execute(query):
            row = {name: getattr(matter, name) for name in APPROVAL_FIELDS}
            row.update(
                unit=unit,
                phase=vocab(PHASE_LABELS, matter.phase),
                field_research=yes if matter.field_research else "",
            )
            yield row


def _rows(database: Database, kind: str) -> tuple[Any, int]:
    if kind == "problems":
        with database.Session() as s:
            total = (
                s.execute(
                    select(func.count()).select_from(Problem).where(Problem.deleted.is_(False))
                ).scalar()
                or 0
            )
        return problem_rows(database), total
    if kind == "suggestions":
        rows = [
            {
                "unit": r.unit_name,
                "category": vocab(PROBLEM_CATEGORIES, r.category),
                "source": vocab(suggestions.SOURCES, r.source),
                "text": r.text,
                "response": r.response,
            }
            for r in suggestions.list_suggestions(database)
        ]
        return rows, len(rows)
    if kind == "approvals":
        return approval_rows(database), 0
    if kind == "archive":
        rows = archive.archive_rows(database)
        return rows, len(rows)
    if kind == "warnings":
        yes = i18n.translate("Vocab", YES)
        rows = [
            {
                "unit": w.unit_name,
                "rule": vocab(warnings.RULE_LABELS, w.rule),
                "message": w.message,
                "raised_on": w.raised_on,
                "acknowledged": yes if w.acknowledged else "",
                "note": w.note,
            }
            for w in warnings.list_warnings(database)
        ]
        return rows, len(rows)
    raise DudaoError(
        QT_TRANSLATE_NOOP("Errors", "Unknown ledger '{kind}'; choose one of: {choices}."),
        kind=kind,
        choices=", ".join(KINDS),
    )


def office_name(database: Database) -> str:
    with database.Session() as s:
        campaign = current_campaign(s)
        if campaign is not None and campaign.office_name:
            return campaign.office_name
        installation = s.execute(select(Installation)).scalars().first()
        return installation.display_name if installation else ""


def export_steps(
    database: Database, kind: str, path: Path, on: date | None = None
) -> ProgressGenerator[int]:
    rows, total = _rows(database, kind)
    return (yield from ledger_export_steps(path, kind, rows, office_name(database), on, total))


def export_ledger(database: Database, kind: str, path: Path, on: date | None = None) -> int:
    """Write one ledger to ``path``; returns the number of rows."""
    return run_to_end(export_steps(database, kind, Path(path), on))
