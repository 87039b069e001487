"""The information ledger's searches (warnings, monthly snapshots, the establishment archive)
find exactly what the LIKE rule finds, through the text index where it narrows them."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from dudao_desktop.db import migrate, text_index
from dudao_desktop.db.engine import make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import EstablishmentSnapshot, Unit, UnitWarning
from dudao_desktop.paths import database_path
from dudao_desktop.services import users, warnings
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.ledger_lists import ArchiveListing, SnapshotListing, WarningListing

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_unit

UNITS = ("县机构编制委员会办公室", "县超编事业中心", "ABC检测站", "某某镇人民政府", "县财政局")
MESSAGES = (
    "事业编制超编2人：核定12名，实有14名",
    "行政编制超编1人：核定8名，实有9名",
    "领导职数超配：核定副职2名，实配3名",
    "事业单位法人证书将于2026-12-31到期",
    "本年度未接受督导检查",
)
NOTES = ("", "已督促整改，12月底前消化", "", "已通知单位换证", "")
HANDLERS = ("", "王组长", "", "李科长", "")
MONTHS = ("2026-09", "2026-10", "2026-11")
WORDS = (
    "超编",  # two characters, many
    "超编2人",
    "事业编制",
    "领导职数",
    "督促",  # two characters, few (a note)
    "王组长",  # who handled it
    "换证",
    "2026-1",  # months and a date in a message
    "2026-09",
    "检测站",  # only in a unit's name
    "abc",  # any ASCII case
    "查无",  # none
    "查无此词",
    "局",  # one character
    "超编 核定",  # two words
)


def like(word: str, *texts: str | None) -> bool:
    return any(word.lower() in (t or "").lower() for t in texts)


@pytest.fixture
def information(office_db):
    units = [make_unit(office_db, name, f"11370799000000{n:04d}") for n, name in enumerate(UNITS)]
    with office_db.session() as s:
        for n, unit in enumerate(units):
            for k, message in enumerate(MESSAGES):
                if (n + k) % 2:
                    continue
                s.add(
                    UnitWarning(
                        unit_id=unit,
                        rule="over_establishment",
                        message=message,
                        figures="{}",
                        raised_on=date(2026, 11, 1),
                        note=NOTES[k],
                        handled_by=HANDLERS[k],
                        acknowledged=bool(NOTES[k]),
                    )
                )
            for month in MONTHS:
                s.add(EstablishmentSnapshot(unit_id=unit, month=month, source="实名制管理系统"))
        gone = UnitWarning(unit_id=units[0], rule="x", message="超编 已删除", figures="{}")
        s.add(gone)
    with office_db.session() as s:
        s.get(UnitWarning, gone.id).deleted = True
    return office_db


def found(listing, word: str) -> set[str]:
    return {r.id for r in listing.fetch(0, 10_000, None, False, word)}


@pytest.mark.backends
@pytest.mark.parametrize("few", [text_index.FEW, 2])
@pytest.mark.parametrize("word", WORDS)
def test_information_searches_find_exactly_what_like_finds(information, word, few, monkeypatch):
    monkeypatch.setattr(text_index, "FEW", few)  # both ways of reading the candidates
    database = information
    words = word.split()
    with database.Session() as s:
        warned = s.execute(
            select(UnitWarning, Unit.name)
            .join(Unit, Unit.id == UnitWarning.unit_id)
            .where(UnitWarning.deleted.is_(False))
        ).all()
        snapshots = s.execute(
            select(
                EstablishmentSnapshot.id, EstablishmentSnapshot.month, Unit.name, Unit.uscc
            ).join(Unit, Unit.id == EstablishmentSnapshot.unit_id)
        ).all()
        units = s.execute(select(Unit.id, Unit.name, Unit.uscc)).all()
    assert len(warned) == 13 and len(snapshots) == 15
    assert found(WarningListing(database), word) == {
        w.id
        for w, name in warned
        if all(like(x, name, w.message, w.handled_by, w.note) for x in words)
    }
    assert found(SnapshotListing(database), word) == {
        i for i, month, name, uscc in snapshots if all(like(x, name, uscc, month) for x in words)
    }
    # The archive also reads the department and the last month (2026-11 for every unit).
    assert found(ArchiveListing(database), word) == {
        i for i, name, uscc in units if all(like(x, name, uscc, "2026-11") for x in words)
    }


def test_few_candidates_are_read_through_the_index(information):
    warned, snapshots = WarningListing(information), SnapshotListing(information)
    expected = {w: len(found(warned, w)) for w in ("督促", "王组长", "检测站")}
    with information.engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            pytest.skip("PostgreSQL's planner reads the trigram indexes itself")
        for word, count in expected.items():
            rows = text_index.narrowed(
                connection, UnitWarning.__table__, warned.search_exprs(), word
            )
            assert rows is not None and len(rows) == count > 0
        table = EstablishmentSnapshot.__table__
        rows = text_index.narrowed(connection, table, snapshots.search_exprs(), "检测站")
        assert rows is not None and len(rows) == len(MONTHS)


def test_the_index_follows_recompute_and_acknowledgement(office_db):
    users.add_user(office_db, "王组长", "group_leader")
    users.sign_in(office_db, "王组长")
    make_unit(office_db, "县超编事业中心", "113707990000000099", establishment_institution=2)
    with office_db.session() as s:
        unit = s.scalars(select(Unit)).one()
        unit.actual_institution, unit.actual_staff = 5, 5
    warnings.recompute(office_db, date(2026, 11, 30))
    listing = WarningListing(office_db)
    raised = found(listing, "超编")
    assert raised and found(listing, "整改到位") == set()
    warnings.acknowledge(office_db, next(iter(raised)), "限期整改到位")
    assert found(WarningListing(office_db), "整改到位") == {next(iter(raised))}
    assert found(WarningListing(office_db), "王组长") == {next(iter(raised))}


def test_upgrade_of_an_0014_database_indexes_its_warnings_and_snapshots(tmp_path):
    directory = tmp_path / "old"
    database = init_installation(directory, "office", "旧版编办")
    unit = make_unit(database, "县超编事业中心", "113707990000000001")
    with database.session() as s:
        warning = UnitWarning(unit_id=unit, rule="over_establishment", message="事业编制超编2人")
        snapshot = EstablishmentSnapshot(unit_id=unit, month="2026-10")
        s.add_all([warning, snapshot])
    database.dispose()
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
        names = connection.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert not [n for n in names if n.startswith(("warning_text", "establishment_snapshot_t"))]
        assert "ix_establishment_snapshot_unit_last" not in names
    engine.dispose()

    database = open_database(directory)
    try:
        assert found(WarningListing(database), "超编2人") == {warning.id}
        assert found(SnapshotListing(database), "2026-10") == {snapshot.id}
        with database.engine.connect() as c:
            rows = text_index.narrowed(
                c, UnitWarning.__table__, WarningListing(database).search_exprs(), "超编2人"
            )
            names = c.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert rows is not None and len(rows) == 1
        assert "ix_establishment_snapshot_unit_last" in names
    finally:
        database.dispose()
