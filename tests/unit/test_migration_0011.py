"""A database written before the visit plan keeps its visit records when upgraded."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import text

from dudao_desktop.db import migrate
from dudao_desktop.db.engine import make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.paths import database_path
from dudao_desktop.services import visits
from dudao_desktop.services.installation import init_installation

sys.path.insert(0, str(Path(__file__).parent))
from control_fixtures import make_office


def test_visits_survive_the_upgrade_from_0008(tmp_path):
    directory = tmp_path / "old"
    database = init_installation(directory, "office", "旧版编办")
    office = make_office(database)
    inspection = office.inspection("市统计局")
    data = visits.VisitData(date(2026, 3, 18), "张三、李四", "刘局长")
    data.method("report").used = True
    data.method("report").covered = "刘局长汇报"
    visits.save_visit(database, inspection, data)
    database.dispose()
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:  # back to the schema before the plan
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(visit)"))}
        assert "planned_on" not in columns
    engine.dispose()

    database = open_database(directory)
    try:
        kept = visits.get_visit(database, inspection)
        assert (kept.visited_on, kept.members, kept.method("report").covered) == (
            date(2026, 3, 18),
            "张三、李四",
            "刘局长汇报",
        )
        plan = visits.get_plan(database, inspection)
        assert (plan.planned_on, plan.methods) == (None, [])
        visits.plan_visit(database, inspection, date(2026, 3, 17), ["report"])
        assert visits.get_plan(database, inspection).planned_on == date(2026, 3, 17)
    finally:
        database.dispose()
