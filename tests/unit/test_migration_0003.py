"""A database written before the ledgers' working columns keeps its rows when upgraded."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import text

from dudao_desktop.db import migrate
from dudao_desktop.db.engine import make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import Problem, Unit
from dudao_desktop.paths import database_path
from dudao_desktop.services.installation import init_installation

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_problem, make_unit


def test_rows_survive_the_upgrade_from_0002(tmp_path):
    directory = tmp_path / "old"
    database = init_installation(directory, "office", "旧版编办")
    unit = make_unit(database, "某某局", "113707990000000001", establishment_admin=5)
    problem = make_problem(database, unit, "超编进人2名", date(2026, 6, 30))
    database.dispose()
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:  # back to the schema before this revision
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(problem)"))}
        assert "number" not in columns
    engine.dispose()

    database = open_database(directory)
    try:
        with database.Session() as s:
            row = s.get(Problem, problem)
            assert (row.description, row.number, row.closed_by, row.figure) == (
                "超编进人2名",
                "",
                "",
                0,
            )
            assert s.get(Unit, unit).establishment_admin == 5
    finally:
        database.dispose()
