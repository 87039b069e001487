"""The lists behind the campaign figures: problem and suggestion lists, typical cases,
units per grading band and units not yet visited (part of the query layer of
:mod:`.figures`, used by the report PDF, its workbook and the dashboard)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, not_, select

from ..db.engine import Database
from ..model import (
    AccountabilityRecord,
    Assignment,
    ChecklistItem,
    Department,
    Inspection,
    Problem,
    Suggestion,
    Unit,
)
from ..model.vocab import PROBLEM_CATEGORIES
from .figures import covered_condition, grading_bands
from .listing import live

TYPICAL_CASES_PER_CATEGORY = 3


@dataclass
class ProblemLine:
    unit: str
    department: str
    category: str
    description: str
    measures: str
    deadline: date | None
    status: str


@dataclass
class AccountabilityLine:
    unit: str
    kind: str  # vocab.ACCOUNTABILITY_KINDS
    on: date | None
    decided_by: str
    document_number: str
    outcome: str
    concluded_on: date | None
    problem_number: str


@dataclass
class SuggestionLine:
    unit: str
    category: str
    text: str
    response: str


@dataclass
class TypicalCase:
    category: str
    description: str
    units: int
    example_unit: str


def _category_rank(category: str) -> int:
    keys = list(PROBLEM_CATEGORIES)
    return keys.index(category) if category in keys else len(keys)


def problem_list(database: Database, campaign_id: str) -> list[ProblemLine]:
    """The campaign's problem list (问题清单), by category, then unit."""
    with database.Session() as s:
        rows = s.execute(
            select(
                Unit.name,
                Department.name,
                Problem.category,
                Problem.description,
                Problem.measures,
                Problem.deadline,
                Problem.status,
            )
            .select_from(Problem)
            .join(Unit, Unit.id == Problem.unit_id)
            .outerjoin(Department, Department.id == Unit.department_id)
            .where(Problem.campaign_id == campaign_id, live(Problem))
            .order_by(Unit.name, Problem.id)
        ).all()
    lines = [ProblemLine(r[0], r[1] or "", *r[2:]) for r in rows]
    lines.sort(key=lambda line: _category_rank(line.category))
    return lines


def accountability_list(database: Database, campaign_id: str) -> list[AccountabilityLine]:
    """The 约谈, 通报 and 问责 of the campaign's units (those it inspects), by date."""
    inspected = select(Inspection.unit_id).where(
        Inspection.campaign_id == campaign_id, live(Inspection)
    )
    with database.Session() as s:
        rows = s.execute(
            select(
                Unit.name,
                AccountabilityRecord.kind,
                AccountabilityRecord.on,
                AccountabilityRecord.decided_by,
                AccountabilityRecord.document_number,
                AccountabilityRecord.outcome,
                AccountabilityRecord.concluded_on,
                func.coalesce(Problem.number, ""),
            )
            .select_from(AccountabilityRecord)
            .join(Unit, Unit.id == AccountabilityRecord.unit_id)
            .outerjoin(Problem, Problem.id == AccountabilityRecord.problem_id)
            .where(live(AccountabilityRecord), AccountabilityRecord.unit_id.in_(inspected))
            .order_by(AccountabilityRecord.on, Unit.name, AccountabilityRecord.id)
        ).all()
    return [AccountabilityLine(*row) for row in rows]


def suggestion_list(database: Database, campaign_id: str) -> list[SuggestionLine]:
    """The campaign's suggestion list (建议清单), by category, then unit."""
    with database.Session() as s:
        rows = s.execute(
            select(Unit.name, Suggestion.category, Suggestion.text, Suggestion.response)
            .select_from(Suggestion)
            .outerjoin(Unit, Unit.id == Suggestion.unit_id)
            .where(Suggestion.campaign_id == campaign_id, live(Suggestion))
            .order_by(Unit.name, Suggestion.id)
        ).all()
    lines = [SuggestionLine(r[0] or "", r[1], r[2], r[3]) for r in rows]
    lines.sort(key=lambda line: _category_rank(line.category))
    return lines


#: How earlier versions filled a problem recorded at a checklist item (item code and text,
#: then "现场核查结果：否。", "备注：…" lines): text no person wrote.
_GENERATED_LINES = ("现场核查结果：", "Verified answer:", "备注：", "Note:")


def written_by_a_person(description: str, item_code: str | None) -> bool:
    """False for a description generated from a checklist item and never edited: it opens
    with the item's code, or carries the generated answer lines."""
    text = description.strip()
    if item_code and text.startswith(f"{item_code} "):
        return False
    lines = [line.strip() for line in text.splitlines()[1:]]
    return not any(line.startswith(_GENERATED_LINES) for line in lines)


def typical_cases(database: Database, campaign_id: str) -> dict[str, list[TypicalCase]]:
    """Per category, the most frequent findings with how many units they concern. Only what
    a person wrote or confirmed is quoted: descriptions generated from a checklist item and
    never edited are left out."""
    with database.Session() as s:
        rows = s.execute(
            select(
                Problem.category,
                Problem.description,
                ChecklistItem.code,
                func.count(func.distinct(Problem.unit_id)),
                func.min(Unit.name),
            )
            .select_from(Problem)
            .join(Unit, Unit.id == Problem.unit_id)
            .outerjoin(ChecklistItem, ChecklistItem.id == Problem.item_id)
            .where(Problem.campaign_id == campaign_id, live(Problem))
            .group_by(Problem.category, Problem.description, ChecklistItem.code)
            .order_by(func.count(func.distinct(Problem.unit_id)).desc(), Problem.description)
        ).all()
    cases: dict[str, list[TypicalCase]] = {}
    for category, description, code, units, example in rows:
        if not written_by_a_person(description, code):
            continue
        bucket = cases.setdefault(category, [])
        if len(bucket) < TYPICAL_CASES_PER_CATEGORY:
            bucket.append(TypicalCase(category, description, units, example))
    return dict(sorted(cases.items(), key=lambda item: _category_rank(item[0])))


def graded_units(database: Database, campaign_id: str) -> dict[str, list[str]]:
    """Unit names per grade, in the order of the grading bands (best first)."""
    with database.Session() as s:
        rows = s.execute(
            select(Inspection.grade, Unit.name)
            .join(Unit, Unit.id == Inspection.unit_id)
            .where(Inspection.campaign_id == campaign_id, live(Inspection), Inspection.grade != "")
            .order_by(Unit.name)
        ).all()
    order = [band["code"] for band in grading_bands()]
    result: dict[str, list[str]] = {}
    for grade, name in sorted(rows, key=lambda r: order.index(r[0]) if r[0] in order else 99):
        result.setdefault(grade, []).append(name)
    return result


def not_visited_unit_ids(database: Database, campaign_id: str) -> list[str]:
    """Units assigned in the campaign that have not been covered yet."""
    covered = select(Inspection.unit_id).where(
        Inspection.campaign_id == campaign_id, live(Inspection), covered_condition()
    )
    with database.Session() as s:
        return list(
            s.execute(
                select(Assignment.unit_id)
                .distinct()
                .where(
                    Assignment.campaign_id == campaign_id,
                    live(Assignment),
                    not_(Assignment.unit_id.in_(covered)),
                )
                .order_by(Assignment.unit_id)
            ).scalars()
        )


def problem_listing(database: Database, filters):
    """The rectification ledger's listing restricted to ``filters`` (a ``ProblemFilters``):
    what a click on a dashboard figure opens. Its rows are those of
    :func:`.problem_query.conditions`, the same conditions the figures are counted with."""
    from .problem_listing import ProblemLedgerListing

    return ProblemLedgerListing(database, filters)
