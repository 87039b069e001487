"""Several clerks on one office database: stale edits refused, stamps in order, turns taken."""

from __future__ import annotations

import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dudao_desktop.db.concurrency import RecordChanged
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import ApprovalMatter, ChangeLog, Department, Problem
from dudao_desktop.services import approvals, problems

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_problem, make_unit

pytestmark = pytest.mark.backends


@pytest.fixture
def second_clerk(office_db):
    """The same office database opened by another clerk's window (another engine)."""
    url = office_db.engine.url
    server = None if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    database = open_database(office_db.data_dir, url=server)
    yield database
    database.dispose()


@pytest.fixture
def unit(office_db):
    return make_unit(office_db, "市市场监督管理局", "113707990000000009")


def test_a_problem_edited_meanwhile_is_not_overwritten(office_db, second_clerk, unit):
    problem_id = make_problem(office_db, unit, "超编进人", date(2026, 12, 31))
    mine = problems.problem_details(office_db, problem_id)
    theirs = problems.problem_details(second_clerk, problem_id)
    assert mine["version"] == theirs["version"]

    version = problems.update_problem(
        second_clerk, problem_id, theirs["version"], responsible="李明"
    )
    assert version == theirs["version"] + 1
    with pytest.raises(RecordChanged, match="Someone else saved this record"):
        problems.update_problem(office_db, problem_id, mine["version"], responsible="王芳")

    with office_db.Session() as s:
        stored = s.get(Problem, problem_id)
        assert (stored.responsible, stored.version) == ("李明", version)
    # Refreshed, the clerk sees the other's value and may save over it knowingly.
    fresh = problems.problem_details(office_db, problem_id)
    assert fresh["responsible"] == "李明"
    problems.update_problem(office_db, problem_id, fresh["version"], responsible="王芳")
    assert problems.problem_details(second_clerk, problem_id)["responsible"] == "王芳"


def test_an_approval_matter_edited_meanwhile_is_not_overwritten(office_db, second_clerk, unit):
    matter_id = approvals.add_matter(office_db, unit, "增设内设机构")
    mine = approvals.get_matter(office_db, matter_id)
    theirs = approvals.get_matter(second_clerk, matter_id)
    approvals.update_matter(second_clerk, matter_id, theirs["version"], reason="职能调整")
    with pytest.raises(RecordChanged):
        approvals.update_matter(office_db, matter_id, mine["version"], reason="人员增加")
    with office_db.Session() as s:
        assert s.get(ApprovalMatter, matter_id).reason == "职能调整"


def test_every_save_moves_the_version_on(office_db, unit):
    problem_id = make_problem(office_db, unit, "职责交叉", date(2026, 6, 30))
    first = problems.problem_details(office_db, problem_id)["version"]
    with office_db.session() as s:  # any save, here one that is not the editor's
        s.get(Problem, problem_id).cause = "机构改革后未及时调整"
    assert problems.problem_details(office_db, problem_id)["version"] == first + 1
    with pytest.raises(RecordChanged):
        problems.update_problem(office_db, problem_id, first, responsible="赵强")


def test_stamps_stay_in_order_when_clerks_share_the_installation(office_db, second_clerk):
    # The second clerk's computer clock is far behind; its stamps must still come after
    # everything already in the log, and no two saves may share a stamp.
    second_clerk.clock._wall_ms = lambda: 1_000
    for n in range(3):
        for clerk in (office_db, second_clerk):
            with clerk.session() as s:
                s.add(Department(name=f"部门{n}-{id(clerk) % 97}"))
    with office_db.Session() as s:
        rows = s.execute(
            select(ChangeLog.hlc, ChangeLog.seq).where(ChangeLog.table_name == "department")
        ).all()
        saves = s.execute(
            select(func.count(func.distinct(ChangeLog.hlc))).where(
                ChangeLog.table_name == "department"
            )
        ).scalar()
    by_seq = [hlc for hlc, _seq in sorted(rows, key=lambda r: r[1])]
    assert by_seq == sorted(by_seq)
    assert saves == 6


def test_a_writer_waits_for_the_one_before_it(office_db, second_clerk):
    """While one clerk's unit of work is open, another's goes on only after it commits, and
    then sees its rows (one writer at a time, on either backend)."""
    order: list[str] = []
    inside = threading.Event()

    def first() -> None:
        with office_db.session() as s:
            s.add(Department(name="市水利局"))
            s.flush()
            inside.set()
            time.sleep(0.5)
            order.append("first commits")

    worker = threading.Thread(target=first)
    worker.start()
    inside.wait(10)
    with second_clerk.session() as s:
        names = s.execute(select(Department.name)).scalars().all()
        order.append("second reads")
    worker.join()
    assert order == ["first commits", "second reads"]
    assert names == ["市水利局"]


def test_the_change_log_names_the_clerk_who_signed_in(office_db, backend):
    with office_db.session() as s:
        s.add(Department(name="市档案馆"))
    with office_db.Session() as s:
        names = set(s.execute(select(ChangeLog.user_name)).scalars())
    # On the server each clerk signs in as himself; a laptop's file names its one user.
    expected = office_db.engine.url.username if backend == "postgresql" else "tester"
    assert names == {expected}


def test_a_merged_change_moves_the_version_on(office_db, unit):
    """A laptop's change arriving in a package also makes an open edit stale."""
    from datetime import datetime

    from dudao_desktop.db.clock import Stamp
    from dudao_desktop.sync.entries import Entry
    from dudao_desktop.sync.merge import apply_entries

    problem_id = make_problem(office_db, unit, "领导职数超配", date(2026, 9, 30))
    opened = problems.problem_details(office_db, problem_id)
    with office_db.Session() as s:
        base = s.execute(
            select(func.max(ChangeLog.hlc)).where(
                ChangeLog.row_id == problem_id, ChangeLog.field == "responsible"
            )
        ).scalar()
    later = Stamp.parse(base)
    stamp = str(Stamp(later.wall + 1, 0, "laptop-of-group-1"))
    entry = Entry("problem", problem_id, "responsible", '"赵强"', stamp, "laptop-of-group-1", base)
    with office_db.session() as s:
        apply_entries(s, [entry], datetime(2026, 3, 20))
    assert problems.problem_details(office_db, problem_id)["version"] == opened["version"] + 1
    with pytest.raises(RecordChanged):
        problems.update_problem(office_db, problem_id, opened["version"], responsible="王芳")
