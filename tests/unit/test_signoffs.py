"""Sign-offs by the signed-in user's role, 销号, numbering and the procedure across records."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Inspection, Problem
from dudao_desktop.services import ledger_import, letters, problems, procedure, users

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_campaign, make_problem, make_unit


def test_office_owned_problem_goes_to_closing(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    problem = make_problem(office_db, unit, "编办未及时核销空编", date(2026, 6, 30), actor="office")
    problems.advance(office_db, problem, "rectifying")  # no letter for the office's own work
    problems.advance(office_db, problem, "rectified")
    users.add_user(office_db, "李科长", "clerk")
    users.sign_in(office_db, "李科长")
    with pytest.raises(DudaoError, match="approver"):
        problems.close_problem(office_db, problem)
    users.add_user(office_db, "王主任", "office_leader", password="秘密", approves_closing=True)
    with pytest.raises(DudaoError, match="password"):
        users.sign_in(office_db, "王主任", "错误")
    users.sign_in(office_db, "王主任", "秘密")
    problems.close_problem(office_db, problem, on=date(2026, 7, 1))
    with office_db.Session() as s:
        row = s.get(Problem, problem)
    assert (row.status, row.closed_on, row.closed_by) == ("closed", date(2026, 7, 1), "王主任")


def test_unit_problem_closes_only_after_look_back(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    problem = make_problem(office_db, unit, "超编进人2名", date(2026, 6, 30))
    with pytest.raises(DudaoError, match="notified"):
        problems.advance(office_db, problem, "rectifying")
    users.add_user(office_db, "王主任", "office_leader", approves_closing=True)
    users.sign_in(office_db, "王主任")
    with pytest.raises(DudaoError, match="identified"):
        problems.close_problem(office_db, problem)


def test_problem_numbers_are_never_reused(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    first = make_problem(office_db, unit, "问题一", date(2026, 6, 30))
    problems.remove_problem(office_db, first)
    second = make_problem(office_db, unit, "问题二", date(2026, 8, 30))
    with office_db.Session() as s:
        numbers = [s.get(Problem, first).number, s.get(Problem, second).number]
    assert numbers == ["2026-督-0001", "2026-督-0002"]


def test_letter_before_evaluation_is_refused(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    make_problem(office_db, unit, "超编进人2名", date(2026, 6, 30), campaign_id=campaign)
    with office_db.session() as s:
        s.execute(select(Inspection)).scalar().step = "evaluation"
    with pytest.raises(DudaoError, match="overall grade of .* is not confirmed"):
        letters.issue_letter(office_db, unit)
    with office_db.Session() as s:
        inspection = s.execute(select(Inspection)).scalar().id
    users.add_user(office_db, "王组长", "group_leader")
    users.sign_in(office_db, "王组长")
    procedure.confirm_grade(office_db, inspection, "good")
    assert letters.issue_letter(office_db, unit) == 1


def test_old_ledger_with_discipline_violations_imports(office_db, tmp_path):
    make_unit(office_db, "某某局", "113707990000000001")
    path = tmp_path / "2019年问题台账.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["2019年机构编制督查问题整改台账"])
    sheet.append(["单位名称", "问题类型", "问题描述", "整改时限"])
    sheet.append(["某某局", "超编进人", "超编进人3名", "2019/12/31"])
    sheet.append(["某某局", "超职数配备", "副职超配1名", "2019.12.31"])
    sheet.append(["某某局", "在编不在岗", "2人长期借调", "2020-03-31"])
    book.save(path)
    assert ledger_import.import_ledger(office_db, "problems", path) == 3
    with office_db.Session() as s:
        rows = s.execute(select(Problem.category, Problem.year).order_by(Problem.deadline)).all()
    assert rows == [
        ("over_establishment_hiring", 2019),
        ("over_leader_posts", 2019),
        ("absent_from_post", 2020),
    ]


def test_approved_matter_changes_the_unit_and_the_archive_shows_it(office_db):
    from dudao_desktop.model import EstablishmentSnapshot, Unit
    from dudao_desktop.services import approvals, archive

    unit = make_unit(
        office_db, "某某中心", "123707990000000002", establishment_institution=20, actual_staff=18
    )
    matter = approvals.add_matter(office_db, unit, "核增事业编制", category="establishment")
    approvals.update_matter(
        office_db,
        matter,
        requested_institution=5,
        approved_institution=3,
        approved_posts=1,
        decision_level="committee",
        outcome="approved",
        reply_number="昌编〔2026〕12号",
        reply_on=date(2026, 5, 10),
    )
    with pytest.raises(DudaoError, match="Sign in"):
        approvals.apply_decision(office_db, matter)
    users.add_user(office_db, "李科长", "clerk")
    users.sign_in(office_db, "李科长")
    source = approvals.apply_decision(office_db, matter)
    assert "昌编〔2026〕12号" in source and "事业编制核增3" in source
    with office_db.Session() as s:
        row = s.get(Unit, unit)
        assert (row.establishment_institution, row.leader_posts_approved) == (23, 1)
    history = archive.unit_archive(office_db, unit).history
    assert [(h["month"], h["establishment_institution"]) for h in history] == [("2026-05", 23)]
    assert "昌编〔2026〕12号" in history[0]["source"]
    with pytest.raises(DudaoError, match="already applied"):
        approvals.apply_decision(office_db, matter)
    with office_db.Session() as s:
        assert s.execute(select(EstablishmentSnapshot)).scalars().one().month == "2026-05"


def test_progress_updates_are_a_dated_list(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    problem = make_problem(office_db, unit, "混编混岗", date(2026, 6, 30))
    problems.add_progress(office_db, problem, "已制定整改方案", on=date(2026, 4, 1))
    problems.add_progress(office_db, problem, "已调整2人岗位", on=date(2026, 5, 1))
    assert [(d, t) for d, t, _who in problems.progress_updates(office_db, problem)] == [
        (date(2026, 4, 1), "已制定整改方案"),
        (date(2026, 5, 1), "已调整2人岗位"),
    ]
    with pytest.raises(DudaoError):
        problems.add_progress(office_db, problem, "  ")


def test_matter_shows_the_units_standing(office_db):
    from dudao_desktop.model import AccountabilityRecord
    from dudao_desktop.services import approvals, blacklist

    unit = make_unit(office_db, "某某局", "113707990000000001")
    make_problem(office_db, unit, "超编进人2名", date(2026, 6, 30))
    blacklist.add_to_blacklist(office_db, unit, "整改不到位")
    with office_db.session() as s:
        s.add(AccountabilityRecord(unit_id=unit, kind="accountability", on=date(2026, 5, 1)))
    standing = approvals.unit_standing(office_db, unit)
    assert (standing.open_problems, standing.blacklisted, standing.open_accountability) == (
        1,
        True,
        1,
    )
