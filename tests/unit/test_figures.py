"""The one query layer: campaign figures equal independent SQL counts on the demo."""

from __future__ import annotations

from datetime import date

from report_helpers import campaign_id, sql_counts
from sqlalchemy import func, select, text

from dudao_desktop.model import Problem, UnitWarning
from dudao_desktop.model.vocab import STEPS
from dudao_desktop.services import figure_lists, figures


def test_figures_equal_sql_counts(demo_db):
    cid = campaign_id(demo_db)
    assert figures.current_campaign_id(demo_db) == cid
    f = figures.campaign_figures(demo_db, cid, today=date(2026, 11, 1))
    counts = sql_counts(demo_db, cid)
    assert f.units_in_roster == counts["roster"] == 420
    assert f.units_covered == counts["covered"] and 0 < f.units_covered < 420
    assert f.problems_by_category == counts["problems"]
    assert f.problems == sum(counts["problems"].values()) > 0
    assert f.problems_by_status == counts["status"]
    assert f.suggestions_by_category == counts["suggestions"]
    assert f.suggestions == sum(counts["suggestions"].values()) > 0
    assert f.grades == counts["grades"] and f.graded > 0
    assert set(f.by_step) == set(STEPS) and sum(f.by_step.values()) == 420
    assert f.groups == 5 and len(f.group_summaries) == 5
    assert sum(g.units for g in f.group_summaries) == f.units_assigned == 420
    assert sum(g.covered for g in f.group_summaries) == f.units_covered
    done = counts["status"].get("rectified", 0) + counts["status"].get("verified", 0)
    assert f.rectified == done
    assert f.rectification_rate == done / f.problems
    assert sum(f.problems_by_department.values()) == f.problems
    # Units per band list the same number of names as the counts.
    graded = figure_lists.graded_units(demo_db, cid)
    assert {k: len(v) for k, v in graded.items()} == f.grades
    assert len(figure_lists.not_visited_unit_ids(demo_db, cid)) == f.units_not_visited


def test_tombstones_overdue_warnings_and_blacklist(demo_db):
    cid = campaign_id(demo_db)
    before = figures.campaign_figures(demo_db, cid, today=date(2026, 11, 1))
    with demo_db.session() as s:
        victim = s.query(Problem).filter(Problem.campaign_id == cid).first()
        victim.deleted = True
        unit_id = victim.unit_id
        s.add(UnitWarning(unit_id=unit_id, rule="over_establishment", raised_on=date(2026, 5, 1)))
        s.add(
            UnitWarning(
                unit_id=unit_id,
                rule="over_establishment",
                raised_on=date(2026, 5, 1),
                cleared_on=date(2026, 6, 1),
            )
        )
    after = figures.campaign_figures(demo_db, cid, today=date(2027, 1, 31))
    assert after.problems == before.problems - 1
    assert after.open_warnings == before.open_warnings + 1
    with demo_db.Session() as s:
        open_past_deadline = s.execute(
            text(
                "SELECT COUNT(*) FROM problem WHERE campaign_id = :c AND deleted = 0 "
                "AND deadline < '2027-01-31' AND status NOT IN ('rectified', 'verified')"
            ),
            {"c": cid},
        ).scalar()
        blacklisted = s.execute(
            text(
                "SELECT COUNT(DISTINCT unit_id) FROM blacklist_entry WHERE deleted = 0 "
                "AND removed_on IS NULL"
            )
        ).scalar()
    assert after.overdue == open_past_deadline > 0
    assert after.blacklisted == blacklisted == 2


def test_lists_and_typical_cases(demo_db):
    cid = campaign_id(demo_db)
    f = figures.campaign_figures(demo_db, cid)
    problems = figure_lists.problem_list(demo_db, cid)
    suggestions = figure_lists.suggestion_list(demo_db, cid)
    assert len(problems) == f.problems and len(suggestions) == f.suggestions
    order = list(f.problems_by_category)
    assert [p.category for p in problems] == sorted((p.category for p in problems), key=order.index)
    cases = figure_lists.typical_cases(demo_db, cid)
    assert list(cases) == order
    assert all(1 <= len(v) <= figure_lists.TYPICAL_CASES_PER_CATEGORY for v in cases.values())
    assert all(c.units >= 1 and c.example_unit for v in cases.values() for c in v)


def test_overdue_figure_and_its_list_share_the_ledger_conditions(demo_db):
    from dudao_desktop.services import problem_query
    from dudao_desktop.services.problem_query import ProblemFilters

    cid = campaign_id(demo_db)
    day = date(2027, 2, 1)
    f = figures.campaign_figures(demo_db, cid, today=day)
    filters = ProblemFilters(campaign_id=cid, overdue=True, today=day)
    with demo_db.Session() as s:
        independent = s.execute(
            text(
                "SELECT COUNT(*) FROM problem WHERE deleted = 0 AND campaign_id = :c "
                "AND deadline < '2027-02-01' AND status IN ('identified', 'notified', "
                "'rectifying')"
            ),
            {"c": cid},
        ).scalar()
        shared = select(func.count()).where(*problem_query.conditions(filters))
        assert s.execute(shared).scalar() == independent
    assert f.overdue == independent > 0
    listing = figure_lists.problem_listing(demo_db, filters)
    assert listing.count() == independent
    assert {row.id for row in listing.fetch(0, 1000, None, False)} == set(
        problem_query.problem_ids(demo_db, filters)
    )
