"""Package round trips through the services: dry run, reports, acknowledgements, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import (
    enrolled_laptop,
    field_package,
    file_state,
    group_ids,
    import_files,
    return_package,
    small_office,
)

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Acknowledgement, Answer, PeerKey, Unit
from dudao_desktop.services import packages
from dudao_desktop.services.conflicts import list_conflicts, resolve_conflict


@pytest.fixture
def pair(tmp_path: Path):
    office = small_office(tmp_path / "office", units=20)
    group = group_ids(office)[0]
    lap = enrolled_laptop(office, tmp_path / "laptop", "laptop-1", group)
    yield office, lap, group, tmp_path
    office.dispose()
    lap.dispose()


def first_answer(database):
    with database.Session() as s:
        return s.execute(select(Answer).order_by(Answer.id)).scalars().first().id


def test_laptop_pins_the_office_and_holds_only_its_group(pair) -> None:
    office, lap, _group, _tmp = pair
    with lap.Session() as s:
        pinned = s.execute(select(PeerKey)).scalars().one()
        units = s.execute(select(Unit)).scalars().all()
    with office.Session() as s:
        all_units = s.execute(select(Unit)).scalars().all()
    assert pinned.role == "office" and pinned.installation_id == office.installation_id
    assert len(pinned.encryption_key) == 32
    assert 0 < len(units) < len(all_units)


def test_dry_run_changes_nothing_and_reports(pair) -> None:
    office, lap, _group, tmp = pair
    answer_id = first_answer(lap)
    with lap.session() as s:
        s.get(Answer, answer_id).note = "dry"
    package = return_package(lap, tmp / "r.dudao")
    before = file_state(office.data_dir)
    preview = import_files(office, [package], dry_run=True)[0]
    assert file_state(office.data_dir) == before
    assert preview.status == "dry_run" and preview.updated == 1
    applied = import_files(office, [package])[0]
    assert applied.status == "applied" and applied.updated == 1
    stored = packages.reports(office)
    assert stored[0]["updated"] == 1 and stored[0]["package_id"] == applied.package_id
    history = packages.history(office)
    assert [(h.direction, h.kind) for h in history][0] == ("received", "return")


def test_acknowledged_changes_are_not_sent_again(pair) -> None:
    office, lap, group, tmp = pair
    answer_id = first_answer(lap)
    with lap.session() as s:
        s.get(Answer, answer_id).note = "first"
    first = return_package(lap, tmp / "r1.dudao")
    assert import_files(office, [first])[0].status == "applied"
    refreshed = field_package(office, group, tmp / "field2.dudao")
    assert import_files(lap, [refreshed])[0].status == "applied"
    with lap.Session() as s:
        assert s.get(Acknowledgement, (office.installation_id, lap.installation_id)) is not None
    with lap.session() as s:
        s.get(Answer, answer_id).note = "second"
    second = packages.export_return_package(lap, tmp / "r2.dudao")
    from dudao_desktop.progress import run_to_end

    assert run_to_end(second).entries == 1
    everything = run_to_end(packages.export_return_package(lap, tmp / "r3.dudao", everything=True))
    assert everything.entries > 1
    outcome = import_files(office, [tmp / "r3.dudao"])[0]
    assert outcome.status == "applied" and outcome.updated == 1
    with office.Session() as s:
        assert s.get(Answer, answer_id).note == "second"


def test_concurrent_edits_reach_the_conflict_list(pair) -> None:
    office, lap, group, tmp = pair
    answer_id = first_answer(lap)
    with office.session() as s:
        s.get(Answer, answer_id).note = "office says"
    with lap.session() as s:
        s.get(Answer, answer_id).note = "laptop says"
    outcome = import_files(office, [return_package(lap, tmp / "r.dudao")])[0]
    assert outcome.conflicts == 1
    conflicts = list_conflicts(office)
    assert {conflicts[0].winner_value, conflicts[0].loser_value} == {"office says", "laptop says"}
    resolve_conflict(office, conflicts[0].id, "loser")
    with office.Session() as s:
        assert s.get(Answer, answer_id).note == conflicts[0].loser_value
    # The resolution goes out in the next field package and settles the laptop too.
    field = field_package(office, group, tmp / "field2.dudao")
    import_files(lap, [field])
    with lap.Session() as s:
        assert s.get(Answer, answer_id).note == conflicts[0].loser_value
    assert list_conflicts(lap) == []


def test_roles_are_enforced(pair) -> None:
    office, lap, _group, tmp = pair
    with pytest.raises(DudaoError, match="made at the office"):
        packages.export_field_package(lap, "1", tmp / "x.dudao").send(None)
    with pytest.raises(DudaoError, match="made on a laptop"):
        packages.export_return_package(office, tmp / "x.dudao").send(None)


def test_field_package_needs_an_enrolled_laptop(pair) -> None:
    office, _lap, _group, tmp = pair
    with pytest.raises(DudaoError, match="0 matching enrolled laptops"):
        packages.export_field_package(office, "2", tmp / "g2.dudao").send(None)
    assert not (tmp / "g2.dudao").exists()


def test_visit_sample_and_figure_check_travel_back_to_the_office(pair) -> None:
    from datetime import date

    from dudao_desktop.model import ChecklistItem, FigureCheck, Inspection, SpotCheckDraw, Visit
    from dudao_desktop.services import checklist, visits

    office, lap, _group, tmp = pair
    with lap.Session() as s:
        inspection = s.scalars(
            select(Inspection).where(Inspection.locked.is_(False)).order_by(Inspection.id)
        ).first()
        figure_item = s.scalars(
            select(ChecklistItem).where(ChecklistItem.figure == "staff_outside")
        ).first()
        unit = s.get(Unit, inspection.unit_id)
        reported = str((unit.staff_outside or 0) + 3)
    data = visits.VisitData(date(2026, 3, 19), "张三、李四", "单位负责人")
    data.method("records").used = True
    data.method("records").covered = "三定规定、花名册"
    visit_id = visits.save_visit(lap, inspection.id, data)
    record = visits.draw_sample(lap, inspection.id, "花名册", ["甲", "乙", "丙", "丁"], 2)
    assert figure_item.applies(unit.kind, unit.flags or "", "")
    checklist.set_answer(lap, inspection.id, figure_item.id, self_value=reported)
    package = return_package(lap, tmp / "visit.dudao")
    assert import_files(office, [package])[0].status == "applied"
    with office.Session() as s:
        visit = s.get(Visit, visit_id)
        assert visit.visited_on == date(2026, 3, 19) and visit.members == "张三、李四"
        assert s.get(SpotCheckDraw, record.id).seed == record.seed
        check = s.scalars(
            select(FigureCheck).where(
                FigureCheck.item_id == figure_item.id,
                FigureCheck.inspection_id == inspection.id,
            )
        ).one()
        assert (check.reported, check.status) == (int(reported), "suggested")
    assert visits.replay(office, record.id) == (record.sample, True)
