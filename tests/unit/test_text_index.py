"""The text index behind the search boxes: same results as the LIKE rule, kept in step on
every write path (services, sync merge, bulk import, upgrade)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dudao_desktop.db import text_index
from dudao_desktop.model import Problem, Unit
from dudao_desktop.services import approvals, problems, suggestions
from dudao_desktop.services.approval_listing import ApprovalLedgerListing
from dudao_desktop.services.ledger_lists import ProblemListing, SuggestionListing
from dudao_desktop.services.problem_listing import ProblemLedgerListing
from dudao_desktop.services.units import UnitListing

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_problem, make_unit

DEPARTMENT = "机构编制委员会"  # every unit's, from make_unit
UNITS = ("市机构编制委员会办公室", "县超编事业中心", "ABC检测站", "某某镇人民政府")
TEXTS = (
    "超编进人3名",
    "超编进人",
    "编外人员挤占编制",
    "领导职数超配",
    "混编混岗，行政编制人员从事事业工作",
    "Excel台账未更新",
    "占比50%以上",
    "文号a_b未登记",
    "超",
)
WORDS = (
    "超编",  # two characters, many
    "超编进人",  # many
    "挤占",  # two characters, few
    "挤占编制",
    "查无",  # none
    "查无此词",
    "excel",  # any ASCII case
    "EXCEL台账",
    "abc",  # only in a unit's name
    "50%",  # LIKE's own characters are plain text
    "a_b",
    "超",  # one character
    "编制 超编",  # two words
)


def like(word: str, *texts: str) -> bool:
    """The search boxes' rule: the word inside one of the texts, ASCII letters in any case."""
    return any(word.lower() in t.lower() for t in texts)


@pytest.fixture
def ledger(office_db):
    units = [make_unit(office_db, name, f"11370799000000{n:04d}") for n, name in enumerate(UNITS)]
    rows = []
    for n, description in enumerate(TEXTS * 3):
        unit = units[n % len(units)]
        cause = TEXTS[(n + 4) % len(TEXTS)] if n % 2 else ""
        pid = make_problem(office_db, unit, description, date(2026, 6, 1 + n), cause=cause)
        rows.append((pid, unit, description, cause))
    gone = make_problem(office_db, units[0], "超编进人 已删除", date(2026, 7, 1))
    problems.remove_problem(office_db, gone)
    for n, body in enumerate(TEXTS):
        suggestions.add_suggestion(office_db, unit_id=units[n % len(units)], text=body)
        approvals.add_matter(office_db, units[n % len(units)], f"{body}的审批事项")
    return office_db, dict(zip(units, UNITS, strict=True)), rows


def found(listing, word: str) -> set[str]:
    return {r.id for r in listing.fetch(0, 10_000, None, False, word)}


@pytest.mark.backends
@pytest.mark.parametrize("few", [text_index.FEW, 2])
@pytest.mark.parametrize("word", WORDS)
def test_search_finds_exactly_what_like_finds(ledger, word, few, monkeypatch):
    monkeypatch.setattr(text_index, "FEW", few)  # both ways of reading the candidates
    database, unit_names, _ = ledger
    words = word.split()
    with database.Session() as s:
        live = s.execute(select(Problem, Unit.name).join(Unit).where(Problem.deleted.is_(False)))
        problems_ = [
            (p.id, p.number, p.source, p.description, p.cause, p.measures, p.responsible, n)
            for p, n in live
        ]
        units = s.execute(select(Unit.id, Unit.name, Unit.uscc)).all()
    assert len(problems_) == len(TEXTS) * 3
    # The rectification ledger looks for the whole text; the other listings for each word.
    assert found(ProblemLedgerListing(database), word) == {
        p
        for p, _, source, d, cause, measures, resp, unit in problems_
        if like(word, source, d, cause, measures, resp, unit)
    }
    assert found(ProblemListing(database), word) == {
        p
        for p, number, source, d, _, _, resp, unit in problems_
        if all(like(w, number, unit, DEPARTMENT, source, d, resp) for w in words)
    }
    assert found(UnitListing(database, status=None), word) == {
        u for u, name, uscc in units if all(like(w, name, uscc) for w in words)
    }
    owners = [UNITS[n % len(UNITS)] for n in range(len(TEXTS))]
    assert len(found(SuggestionListing(database), word)) == sum(
        all(like(w, body, owner) for w in words) for body, owner in zip(TEXTS, owners, strict=True)
    )
    assert len(found(ApprovalLedgerListing(database), word)) == sum(
        all(like(w, f"{body}的审批事项", owner) for w in words)
        for body, owner in zip(TEXTS, owners, strict=True)
    )
    if word in ("超编", "超编进人"):  # many matches, the deleted problem never among them
        assert len(found(ProblemLedgerListing(database), word)) >= 6
