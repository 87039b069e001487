"""Monthly reconciliation against the real-name export and the establishment archive."""

from __future__ import annotations

import random

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from dudao_desktop.errors import ValidationError
from dudao_desktop.model import EstablishmentSnapshot, Unit
from dudao_desktop.services import archive, warnings
from dudao_desktop.services.demo import make_uscc
from dudao_desktop.services.realname import REQUIRED

RNG = random.Random(5)


def add_units(database, count: int) -> list[Unit]:
    with database.session() as s:
        units = [
            Unit(
                uscc=make_uscc(RNG, "institution"),
                name=f"昌河市第{n}中心",
                kind="institution",
                establishment_institution=20,
                actual_staff=18,
                leader_posts_approved=3,
                leader_posts_actual=3,
            )
            for n in range(count)
        ]
        s.add_all(units)
    return units


def write_export(path, rows) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["昌河市机构编制实名制管理系统 2026年11月数据"])
    sheet.append(list(REQUIRED))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)


def row_of(unit: Unit, **changes) -> tuple:
    figures = dict(
        admin=unit.establishment_admin,
        inst=unit.establishment_institution,
        law=unit.establishment_law,
        staff=unit.actual_staff,
        approved=unit.leader_posts_approved,
        actual=unit.leader_posts_actual,
    )
    figures.update(changes)
    return (
        unit.uscc,
        unit.name,
        figures["admin"],
        figures["inst"],
        figures["law"],
        figures["staff"],
        figures["approved"],
        figures["actual"],
    )


@pytest.fixture
def month_file(office_db, tmp_path):
    units = add_units(office_db, 5)
    new_code = make_uscc(RNG, "institution")
    rows = [
        row_of(units[0], staff=19),
        row_of(units[1], staff=25),
        row_of(units[2]),
        row_of(units[3]),
        (new_code, "昌河市新设中心", 0, 10, 0, 8, 2, 1),
    ]
    # units[4] is missing from the export.
    path = tmp_path / "2026-11.xlsx"
    write_export(path, rows)
    return office_db, units, new_code, path


def test_dry_run_shows_exactly_the_four_differences(month_file):
    database, units, new_code, path = month_file
    report = archive.reconcile(database, path, "2026-11", dry_run=True)
    kinds = sorted((d.kind, d.uscc) for d in report.differences)
    assert kinds == sorted(
        [
            ("staff", units[0].uscc),
            ("staff", units[1].uscc),
            ("new_unit", new_code),
            ("missing_unit", units[4].uscc),
        ]
    )
    staff = next(d for d in report.differences if d.uscc == units[1].uscc)
    assert staff.roster == {"actual_staff": 18} and staff.new == {"actual_staff": 25}
    with database.Session() as s:  # a dry run changes nothing
        assert s.execute(select(EstablishmentSnapshot)).first() is None
        assert s.get(Unit, units[1].id).actual_staff == 18


def test_apply_writes_a_dated_snapshot_and_updates_the_roster(month_file):
    database, units, new_code, path = month_file
    report = archive.reconcile(database, path, "2026-11", dry_run=False)
    assert report.applied and report.snapshots_written == 5 and report.units_created == 1
    with database.Session() as s:
        assert s.get(Unit, units[1].id).actual_staff == 25
        created = s.execute(select(Unit).where(Unit.uscc == new_code)).scalar_one()
        assert created.name == "昌河市新设中心" and created.establishment_institution == 10
        months = s.execute(select(EstablishmentSnapshot.month)).scalars().all()
        assert months == ["2026-11"] * 5
    # Re-applying the same month is idempotent, and now shows only the missing unit.
    again = archive.reconcile(database, path, "2026-11", dry_run=False)
    assert [d.kind for d in again.differences] == ["missing_unit"]
    with database.Session() as s:
        assert len(s.execute(select(EstablishmentSnapshot)).all()) == 5
    history = archive.unit_archive(database, units[1].id).history
    assert [(h["month"], h["actual_staff"]) for h in history] == [("2026-11", 25)]
    # The unit pushed over its establishment (25 > 20) raises the over-quota warning.
    warnings.recompute(database)
    over = [w for w in warnings.list_warnings(database) if w.rule == "over_establishment"]
    assert [(w.unit_id, w.figures["excess"]) for w in over] == [(units[1].id, 5)]
    assert "25" in over[0].message and "20" in over[0].message


def test_next_month_compares_with_the_previous_snapshot(month_file, tmp_path):
    database, units, new_code, path = month_file
    archive.reconcile(database, path, "2026-11", dry_run=False)
    rows = [row_of(u) for u in units[:4]] + [(new_code, "昌河市新设中心", 0, 10, 0, 8, 2, 1)]
    with database.Session() as s:
        fresh = [s.get(Unit, u.id) for u in units[:4]]
    rows = [row_of(u) for u in fresh] + [rows[-1]]
    december = tmp_path / "2026-12.xlsx"
    write_export(december, rows)
    report = archive.reconcile(database, december, "2026-12")
    assert report.previous_month == "2026-11"
    assert [d.kind for d in report.differences] == ["missing_unit"]


def test_a_bad_export_is_refused_row_by_row(office_db, tmp_path):
    path = tmp_path / "bad.xlsx"
    write_export(path, [("123", "", 1, 2, 3, "many", 1, 1)])
    with pytest.raises(ValidationError) as caught:
        archive.reconcile(office_db, path, "2026-11")
    text = str(caught.value)
    assert "row 3" in text and "实有人数" in text and "not a valid unified" in text
    with pytest.raises(archive.DudaoError):
        archive.reconcile(office_db, path, "2026-13")


def test_archive_rows_list_every_unit(month_file):
    database, units, _, path = month_file
    archive.reconcile(database, path, "2026-11", dry_run=False)
    rows = archive.archive_rows(database)
    assert len(rows) == 6
    assert {r["last_month"] for r in rows if r["uscc"] != units[4].uscc} == {"2026-11"}
