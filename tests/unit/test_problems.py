"""The rectification ledger: status machine, paged query at scale, suggestions."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from dudao_desktop.model import Evidence, Problem
from dudao_desktop.services import ledger_bulk, letters, problem_query, problems, suggestions
from dudao_desktop.services.problem_query import ProblemFilters

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_problem, make_unit

pytestmark = pytest.mark.backends


@pytest.fixture
def one_problem(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    problem = make_problem(office_db, unit, "擅自增设内设机构", date(2026, 12, 31))
    return office_db, unit, problem


def status(database, problem_id):
    with database.Session() as s:
        return s.get(Problem, problem_id).status


def test_full_path_identified_to_verified(one_problem):
    database, unit, problem = one_problem
    assert status(database, problem) == "identified"
    letters.issue_letter(database, unit, on=date(2026, 11, 1))
    assert status(database, problem) == "notified"
    problems.record_plan(database, problem, "十二月底前撤销督查室")
    problems.advance(database, problem, "rectifying")
    problems.advance(database, problem, "rectified", on=date(2026, 12, 20))
    problems.record_lookback(
        database, problem, "已撤销，门牌已更换", verified=True, on=date(2027, 1, 10)
    )
    with database.Session() as s:
        row = s.get(Problem, problem)
        assert (row.status, row.notified_on, row.rectified_on, row.lookback_on) == (
            "verified",
            date(2026, 11, 1),
            date(2026, 12, 20),
            date(2027, 1, 10),
        )
        assert row.rectification_plan == "十二月底前撤销督查室"
        assert row.lookback_result == "已撤销，门牌已更换"


def test_skipping_a_step_is_refused_with_a_message(one_problem):
    database, _, problem = one_problem
    with pytest.raises(problems.DudaoError, match="feedback letter"):
        problems.advance(database, problem, "notified")
    with pytest.raises(problems.DudaoError, match="may not be skipped"):
        problems.advance(database, problem, "rectifying")
    with pytest.raises(problems.DudaoError, match="look-back"):
        problems.advance(database, problem, "verified")
    with pytest.raises(problems.DudaoError, match="rectified first"):
        problems.record_lookback(database, problem, "看过", verified=True)
    assert status(database, problem) == "identified"


def test_failed_lookback_sends_it_back_to_rectifying(one_problem):
    database, unit, problem = one_problem
    letters.issue_letter(database, unit)
    problems.advance(database, problem, "rectifying")
    problems.advance(database, problem, "rectified")
    problems.record_lookback(database, problem, "门牌未更换", verified=False)
    assert status(database, problem) == "rectifying"


def test_overdue_is_derived_from_the_deadline(one_problem):
    database, unit, problem = one_problem
    make_problem(database, unit, "早已整改", date(2020, 1, 1))
    late = ProblemFilters(overdue=True, today=date(2027, 2, 1))
    assert problem_query.count(database, late) == 2
    [row, _] = problem_query.fetch(database, 0, 10, filters=late)
    assert row.overdue
    assert problem_query.count(database, ProblemFilters(overdue=True, today=date(2026, 1, 1))) == 1
    assert problem_query.count_by_status(database, late)["overdue"] == 2


def test_edit_validate_remove_and_evidence(one_problem, tmp_path):
    database, unit, problem = one_problem
    with pytest.raises(problems.DudaoError, match="category"):
        problems.update_problem(database, problem, category="nonsense")
    with pytest.raises(problems.DudaoError, match="cannot be set"):
        problems.update_problem(database, problem, status="verified")
    problems.update_problem(database, problem, cause="认识不足", responsible="王五")
    photo = tmp_path / "after.jpg"
    photo.write_bytes(b"jpeg")
    evidence_id = problems.attach_evidence(database, problem, photo, "整改后门牌")
    with database.Session() as s:
        assert s.get(Evidence, evidence_id).problem_id == problem
        assert s.get(Problem, problem).responsible == "王五"
    assert (
        problem_query.fetch(database, 0, 5, filters=ProblemFilters(search="认识"))[0].id == problem
    )
    problems.remove_problem(database, problem)
    assert problem_query.count(database) == 0


def test_filters_by_unit_department_category_and_dates(one_problem):
    database, unit, _ = one_problem
    other = make_unit(database, "另一单位", "113707990000000002")
    make_problem(database, other, "超编进人", date(2025, 6, 30), category="mixed_posts")
    assert problem_query.count(database, ProblemFilters(unit_id=other)) == 1
    assert problem_query.count(database, ProblemFilters(category="mixed_posts")) == 1
    assert problem_query.count(database, ProblemFilters(date_from=date(2026, 1, 1))) == 1
    assert problem_query.count(database, ProblemFilters(date_to=date(2026, 1, 1))) == 1
    with database.Session() as s:
        from dudao_desktop.model import Unit

        department = s.get(Unit, unit).department_id
    assert problem_query.count(database, ProblemFilters(department_id=department)) == 2
    assert problem_query.count(database, ProblemFilters(search="另一")) == 1
    assert problem_query.count(database, ProblemFilters(search="%")) == 0
    names = [r.unit_name for r in problem_query.fetch(database, 0, 5, "unit", True)]
    assert names == ["某某局", "另一单位"]


@pytest.mark.bulk_data  # 100,000 rows loaded past the change log
def test_paged_query_over_100000_rows_never_loads_them_all(office_db):
    ledger_bulk.bulk_problems(office_db, 100_000)
    assert problem_query.count(office_db) == 100_000
    page = problem_query.fetch(office_db, 0, 200, "deadline")
    assert len(page) == 200
    deadlines = [r.deadline for r in page]
    assert deadlines == sorted(deadlines)
    later = problem_query.fetch(office_db, 200, 200, "deadline")
    assert later[0].deadline >= deadlines[-1]
    notified = problem_query.fetch(
        office_db, 0, 200, "deadline", True, ProblemFilters(status="notified")
    )
    assert {r.status for r in notified} == {"notified"} and len(notified) == 200
    assert [r.deadline for r in notified] == sorted((r.deadline for r in notified), reverse=True)
    # The query is paged in SQL: the statement carries the limit and offset.
    sql = str(problem_query._select(ProblemFilters()).limit(200).offset(400))
    assert "LIMIT" in sql and "OFFSET" in sql
    total = problem_query.count(office_db, ProblemFilters(status="notified"))
    assert 15_000 < total < 25_000


def test_suggestions_crud_with_response(one_problem):
    database, unit, _ = one_problem
    suggestion = suggestions.add_suggestion(
        database, unit_id=unit, text="建议增加编制", category="structure", source="interview"
    )
    suggestions.update_suggestion(database, suggestion, response="已纳入年度编制调整计划")
    [row] = suggestions.list_suggestions(database)
    assert (row.text, row.response, row.unit_name) == (
        "建议增加编制",
        "已纳入年度编制调整计划",
        "某某局",
    )
    with pytest.raises(suggestions.DudaoError):
        suggestions.add_suggestion(database, unit_id=unit, text=" ")
    with pytest.raises(suggestions.DudaoError):
        suggestions.add_suggestion(database, unit_id=unit, text="x", source="rumour")
    suggestions.remove_suggestion(database, suggestion)
    assert suggestions.list_suggestions(database) == []


def test_removal_is_a_tombstone_that_can_be_restored(one_problem):
    from sqlalchemy import select

    from dudao_desktop.model import ChangeLog

    database, _unit, problem_id = one_problem
    problems.remove_problem(database, problem_id)
    with database.Session() as s:
        assert s.get(Problem, problem_id).deleted is True
        logged = (
            s.execute(
                select(ChangeLog.value)
                .where(ChangeLog.row_id == problem_id, ChangeLog.field == "deleted")
                .order_by(ChangeLog.hlc)
            )
            .scalars()
            .all()
        )
    assert logged[-1] == "true"  # the tombstone is logged: it travels with the next package
    assert problem_query.count(database) == 0
    with pytest.raises(problems.NotFoundError):
        problems.problem_details(database, problem_id)
    problems.restore_problem(database, problem_id)
    assert problem_query.count(database) == 1
    assert problems.problem_details(database, problem_id)["description"] == "擅自增设内设机构"
    with pytest.raises(problems.NotFoundError):
        problems.restore_problem(database, "no-such-problem")
