"""Records of a natural key: the same id wherever they are created, and the migration that
gives old databases those ids, merging duplicates into one record and a conflict."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import select

from dudao_desktop.db import migrate
from dudao_desktop.db.engine import make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import Answer, ChangeLog, Conflict, Evidence, Inspection
from dudao_desktop.model.natural import natural_id
from dudao_desktop.paths import database_path
from dudao_desktop.services.checklist import ensure_inspection
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.integrity import change_log_mismatches


def test_a_new_record_gets_the_id_of_its_natural_key(tmp_path: Path) -> None:
    office = create_demo(tmp_path / "office", units=5)
    with office.Session() as s:
        inspection = s.execute(select(Inspection)).scalars().first()
        campaign, unit = inspection.campaign_id, inspection.unit_id
    with office.session() as s:
        found = ensure_inspection(s, campaign, unit).id
        answers = s.execute(select(Answer)).scalars().all()
    office.dispose()
    assert found == natural_id("inspection", {"campaign_id": campaign, "unit_id": unit})
    for answer in answers:
        key = {"inspection_id": answer.inspection_id, "item_id": answer.item_id}
        assert answer.id == natural_id("answer", key)


def _downgrade_to_0002(directory: Path) -> None:
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()


def test_migration_gives_natural_ids_and_merges_duplicates_into_a_conflict(tmp_path) -> None:
    directory = tmp_path / "office"
    create_demo(directory, units=8).dispose()
    _downgrade_to_0002(directory)
    old_inspection = str(uuid.uuid4())
    duplicate = str(uuid.uuid4())
    with sqlite3.connect(database_path(directory)) as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        inspection, campaign, unit = raw.execute(
            "SELECT i.id, i.campaign_id, i.unit_id FROM inspection i "
            "JOIN answer a ON a.inspection_id = i.id LIMIT 1"
        ).fetchone()
        answer, item, self_value, verified = raw.execute(
            "SELECT id, item_id, self_value, verified_value FROM answer "
            "WHERE inspection_id = ? LIMIT 1",
            (inspection,),
        ).fetchone()
        note_hlc = raw.execute(
            "SELECT hlc FROM change_log WHERE row_id = ? AND field = 'note'", (answer,)
        ).fetchone()[0]
        # As an older version left it: a random inspection id, its links and log with it.
        raw.execute("UPDATE inspection SET id = ? WHERE id = ?", (old_inspection, inspection))
        for table in ("answer", "evidence", "interview", "inspection_revision"):
            raw.execute(
                f"UPDATE {table} SET inspection_id = ? WHERE inspection_id = ?",
                (old_inspection, inspection),
            )
        raw.execute(
            "UPDATE change_log SET row_id = ? WHERE table_name = 'inspection' AND row_id = ?",
            (old_inspection, inspection),
        )
        raw.execute(
            "UPDATE change_log SET value = ? WHERE field = 'inspection_id' AND value = ?",
            (json.dumps(old_inspection), json.dumps(inspection)),
        )
        # A second answer to the same item, written concurrently by a laptop.
        office_hlc = raw.execute("SELECT MAX(hlc) FROM change_log").fetchone()[0]
        wall = int(office_hlc.split(".")[0])
        raw.execute(
            "INSERT INTO answer (id, inspection_id, item_id, self_value, verified_value, note, "
            "created_hlc, updated_hlc, origin, deleted) VALUES (?, ?, ?, '', 'no', "
            "'from laptop B', ?, ?, 'laptop-b', 0)",
            (
                duplicate,
                old_inspection,
                item,
                f"{wall:015d}.000001.laptop-b",
                f"{wall:015d}.000001.laptop-b",
            ),
        )
        for field, value in (
            ("inspection_id", old_inspection),
            ("item_id", item),
            ("self_value", self_value),
            ("verified_value", verified),
            ("note", "from laptop B"),
            ("deleted", False),
        ):
            raw.execute(
                "INSERT INTO change_log (table_name, row_id, field, value, hlc, origin, "
                "base_hlc, user_name) VALUES ('answer', ?, ?, ?, ?, 'laptop-b', '', 'b')",
                (duplicate, field, json.dumps(value), f"{wall:015d}.000001.laptop-b"),
            )
        raw.execute("UPDATE answer SET note = 'from the office' WHERE id = ?", (answer,))
        raw.execute(
            "INSERT INTO change_log (table_name, row_id, field, value, hlc, origin, base_hlc, "
            "user_name) VALUES ('answer', ?, 'note', ?, ?, 'office', ?, 'o')",
            (answer, json.dumps("from the office"), f"{wall:015d}.000002.office", note_hlc),
        )
        counts = raw.execute("SELECT COUNT(*) FROM answer").fetchone()[0]

    database = open_database(directory)
    try:
        new_inspection = natural_id("inspection", {"campaign_id": campaign, "unit_id": unit})
        merged = natural_id("answer", {"inspection_id": new_inspection, "item_id": item})
        with database.Session() as s:
            assert s.get(Inspection, old_inspection) is None
            assert s.get(Inspection, new_inspection) is not None
            rows = (
                s.execute(
                    select(Answer).where(
                        Answer.inspection_id == new_inspection, Answer.item_id == item
                    )
                )
                .scalars()
                .all()
            )
            assert [r.id for r in rows] == [merged]
            assert rows[0].note == "from the office" and rows[0].self_value == self_value
            conflicts = s.execute(select(Conflict).where(Conflict.row_id == merged)).scalars().all()
            assert {(c.field, c.winner_value, c.loser_value) for c in conflicts} == {
                ("note", json.dumps("from the office"), json.dumps("from laptop B"))
            }
            assert s.execute(select(Answer)).scalars().all().__len__() == counts - 1
            stale = s.execute(
                select(ChangeLog.seq).where(ChangeLog.row_id.in_([old_inspection, duplicate]))
            ).all()
            assert stale == []
            for evidence in s.execute(select(Evidence)).scalars():
                assert evidence.inspection_id != old_inspection
        # The downgrade made here drops what later revisions added (the units' kinds and
        # particulars), so only the re-keyed records and their links are held to their log.
        rekeyed = ("inspection ", "answer ", "evidence ", "interview ", "inspection_revision ")
        assert [m for m in change_log_mismatches(database) if m.startswith(rekeyed)] == []
    finally:
        database.dispose()
