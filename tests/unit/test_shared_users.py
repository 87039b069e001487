"""The user list and roles live in the office database: every clerk's window sees the same
accounts, signs in as himself (with his password where he has one), and sign-offs name him.
Field laptops keep their own accounts; a sign-off made on a laptop reaches the office as the
signer's name in the signed record, never as an account."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dudao_desktop.db.opening import open_database
from dudao_desktop.errors import DudaoError
from dudao_desktop.model import ChangeLog, Inspection, Problem, UserAccount
from dudao_desktop.services import problems, procedure, users

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_problem, make_unit
from sync_support import (
    enrolled_laptop,
    group_ids,
    import_files,
    return_package,
    small_office,
    units_of_group,
)


def _second_clerk(office_db):
    """The same office database opened by another clerk's window (another engine)."""
    url = office_db.engine.url
    server = None if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    return open_database(office_db.data_dir, url=server)


@pytest.mark.backends
def test_clerks_share_the_user_list_and_sign_in_as_themselves(office_db):
    users.add_user(office_db, "李科员", "clerk", password="li-2026")
    users.add_user(
        office_db, "王主任", "office_leader", password="wang-2026", approves_closing=True
    )
    other = _second_clerk(office_db)
    try:
        listed = {(u.name, u.role, bool(u.password_hash)) for u in users.list_users(other)}
        assert listed == {("李科员", "clerk", True), ("王主任", "office_leader", True)}
        users.add_user(other, "张科员", "clerk")  # added at the other window, seen here
        assert "张科员" in {u.name for u in users.list_users(office_db)}
        with pytest.raises(DudaoError, match="password"):
            users.sign_in(other, "王主任")  # a password is never optional once set
        with pytest.raises(DudaoError, match="password"):
            users.sign_in(other, "王主任", "li-2026")  # nor someone else's
        assert users.current_user(other) is None
        users.sign_in(other, "王主任", "wang-2026")
        users.sign_in(office_db, "李科员", "li-2026")  # each window has its own user
        assert (users.current_user(other).name, users.current_user(office_db).name) == (
            "王主任",
            "李科员",
        )

        unit = make_unit(office_db, "某某局", "113707990000000001")
        problem = make_problem(office_db, unit, "编办未及时核销空编", date(2026, 6, 30))
        problems.update_problem(office_db, problem, actor="office")
        problems.advance(office_db, problem, "rectifying")
        problems.advance(office_db, problem, "rectified")
        with pytest.raises(DudaoError, match="approver"):
            problems.close_problem(office_db, problem)  # the clerk may not 销号
        problems.close_problem(other, problem, on=date(2026, 7, 1))
        with office_db.Session() as s:
            assert s.get(Problem, problem).closed_by == "王主任"
            closing = s.scalars(
                select(ChangeLog)
                .where(ChangeLog.row_id == problem, ChangeLog.field == "closed_by")
                .order_by(ChangeLog.seq.desc())
            ).first()
            assert (closing.value, closing.user_name) == ('"王主任"', "王主任")
    finally:
        other.dispose()


def test_a_grade_confirmed_on_a_laptop_arrives_with_its_signer_not_his_account(tmp_path):
    office = small_office(tmp_path / "office", units=12)
    group = group_ids(office)[0]
    laptop_db = enrolled_laptop(office, tmp_path / "laptop", "一组笔记本", group)
    with office.Session() as s:
        accounts_before = s.scalar(select(func.count(UserAccount.id)))
    unit = units_of_group(office, group)[0]
    with laptop_db.session() as s:
        inspection = s.scalars(select(Inspection).where(Inspection.unit_id == unit)).one()
        inspection.step, inspection.locked = "evaluation", False
        inspection_id = inspection.id
    users.add_user(laptop_db, "王组长", "group_leader")
    users.sign_in(laptop_db, "王组长")
    procedure.confirm_grade(laptop_db, inspection_id, "good")
    package = return_package(laptop_db, tmp_path / "return.dudao")
    outcomes = import_files(office, [package])
    assert all(o.status == "applied" for o in outcomes), outcomes
    with office.Session() as s:
        arrived = s.get(Inspection, inspection_id)
        assert (arrived.grade, arrived.confirmed_by) == ("good", "王组长")
        assert s.scalar(select(func.count(UserAccount.id))) == accounts_before
    laptop_db.dispose()
    office.dispose()
