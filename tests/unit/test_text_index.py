"""The text index behind the search boxes: same results as the LIKE rule, kept in step on
every write path (services, sync merge, bulk import, upgrade)."""

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
from dudao_desktop.model import Problem, Unit
from dudao_desktop.paths import database_path
from dudao_desktop.services import approvals, problems, suggestions
from dudao_desktop.services.approval_listing import ApprovalLedgerListing
from dudao_desktop.services.installation import init_installation
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


def indexed(database, table: str, word: str) -> set[str]:
    """Ids of ``table``'s rows the SQLite index itself holds ``word`` for (a 3+-character word)."""
    with database.engine.connect() as c:
        return set(
            c.execute(
                text(
                    f"SELECT id FROM {table} WHERE rowid IN "
                    f"(SELECT rowid FROM {table}_text WHERE {table}_text MATCH :q)"
                ),
                {"q": f'"{word}"'},
            ).scalars()
        )


def test_index_follows_creation_edit_and_deletion(office_db):
    unit = make_unit(office_db, "某某县机构编制委员会办公室", "113707990000000077")
    pid = make_problem(office_db, unit, "擅自增设内设机构", date(2026, 6, 30))
    assert indexed(office_db, "problem", "增设内") == {pid}
    assert found(ProblemLedgerListing(office_db), "增设") == {pid}
    problems.update_problem(office_db, pid, description="领导职数超配")
    assert indexed(office_db, "problem", "增设内") == set()
    assert indexed(office_db, "problem", "职数超") == {pid}
    assert found(ProblemLedgerListing(office_db), "增设") == set()
    assert found(ProblemLedgerListing(office_db), "超配") == {pid}
    problems.remove_problem(office_db, pid)
    assert found(ProblemLedgerListing(office_db), "超配") == set()
    assert found(ProblemListing(office_db), "超配") == set()


def test_merged_return_package_is_searchable(tmp_path):
    from sync_support import (
        enrolled_laptop,
        group_ids,
        import_files,
        return_package,
        small_office,
        units_of_group,
    )

    office = small_office(tmp_path / "office", units=10)
    group = group_ids(office)[0]
    laptop = enrolled_laptop(office, tmp_path / "laptop", "laptop-1", group)
    try:
        unit = units_of_group(office, group)[0]
        pid = problems.add_problem(
            laptop,
            unit_id=unit,
            category="structure",
            description="现场发现临时聘用人员挤占编制",
            deadline=date(2026, 9, 30),
        )
        package = return_package(laptop, tmp_path / "back.dudao")
        words = ("挤占", "聘用人员挤占")
        before = {w: found(ProblemLedgerListing(office), w) for w in words}
        assert pid not in indexed(office, "problem", "聘用人")
        outcomes = import_files(office, [package])
        assert [o.status for o in outcomes] == ["applied"]
        for word in words:
            assert found(ProblemLedgerListing(office), word) == before[word] | {pid}
        assert pid in indexed(office, "problem", "聘用人")
    finally:
        office.dispose()
        laptop.dispose()


def test_roster_import_is_searchable(office_db, tmp_path):
    from test_roster import DEPARTMENTS, good_rows, write_roster

    from dudao_desktop.model import Department
    from dudao_desktop.services import roster

    with office_db.session() as s:
        s.add_all(Department(name=name) for name in DEPARTMENTS)
    plan = roster.import_roster(office_db, write_roster(tmp_path / "r.xlsx", good_rows(30)))
    assert plan.applied
    listing = UnitListing(office_db)
    name = listing.column_index("name")
    names = {r.values[name] for r in listing.fetch(0, 100, name, False, "单位02")}
    assert names == {f"测试单位{n:03d}" for n in range(20, 30)}
    assert len(indexed(office_db, "unit", "测试单")) == 30


def test_upgrade_of_an_0008_database_fills_the_index(tmp_path):
    directory = tmp_path / "old"
    database = init_installation(directory, "office", "旧版编办")
    unit = make_unit(database, "某某局", "113707990000000001")
    pid = make_problem(database, unit, "超编进人2名", date(2026, 6, 30))
    database.dispose()
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        tables = connection.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert not [t for t in tables if t.startswith("problem_text")]
    engine.dispose()

    database = open_database(directory)
    try:
        assert indexed(database, "problem", "超编进") == {pid}
        assert indexed(database, "unit", "某某局") == {unit}
        assert found(ProblemLedgerListing(database), "超编") == {pid}
        # A schema change that rebuilt the table took the triggers: the upgrade puts them back.
        with database.engine.begin() as c:
            c.execute(text("DROP TRIGGER problem_text_insert"))
            text_index.ensure(c)
        pid2 = make_problem(database, unit, "超编进人5名", date(2026, 7, 30))
        assert indexed(database, "problem", "超编进") == {pid, pid2}
        with database.engine.begin() as c:  # a row really removed leaves the index too
            c.execute(text("DELETE FROM problem WHERE id = :id"), {"id": pid2})
        assert indexed(database, "problem", "超编进") == {pid}
    finally:
        database.dispose()


@pytest.mark.backends
def test_every_indexed_column_has_its_index(office_db):
    with office_db.engine.connect() as c:
        if c.dialect.name == "postgresql":
            names = c.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")
            )
            expected = {
                f"ix_{index.table}_{column}_trgm"
                for index in text_index.INDEXES.values()
                for column in index.columns
            }
        else:
            names = c.execute(text("SELECT name FROM sqlite_master WHERE name LIKE '%_text%'"))
            expected = {
                f"{index.name}{part}"
                for index in text_index.INDEXES.values()
                for part in ("", "_terms", "_insert", "_update", "_delete")
            }
        assert expected <= set(names.scalars())
