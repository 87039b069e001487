"""On a laptop (field installation) master data is read-only: the services that change the
roster, checklist templates, the campaign plan, the inspector pool and the draws refuse with
one clear message and change nothing; the office is not affected."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from dudao_desktop.model import ChangeLog
from dudao_desktop.services import campaign, draw, pool, pool_workbook, roster, template_versions
from dudao_desktop.services.guards import OfficeOnlyError, require_office

ID = "00000000-0000-0000-0000-000000000000"

REFUSING = [
    ("roster import", lambda db: roster.import_roster(db, Path("roster.xlsx"))),
    ("roster dry run", lambda db: roster.import_roster(db, Path("roster.xlsx"), dry_run=True)),
    ("template item", lambda db: template_versions.update_item(db, ID, text="x")),
    ("template add item", lambda db: template_versions.add_item(db, ID, "1", text="x")),
    ("template remove item", lambda db: template_versions.remove_item(db, ID)),
    ("template section", lambda db: template_versions.add_section(db, ID, "9", "x")),
    ("template section edit", lambda db: template_versions.update_section(db, ID, title="x")),
    ("template use", lambda db: template_versions.use_template(db, ID, ID)),
    ("campaign create", lambda db: campaign.create_campaign(db, "2026年度督导", 2026)),
    ("campaign edit", lambda db: campaign.update_campaign(db, ID, name="x")),
    ("campaign archive", lambda db: campaign.archive_campaign(db, ID)),
    ("milestone add", lambda db: campaign.add_milestone(db, ID, "x", "2026-05-01")),
    ("milestone edit", lambda db: campaign.update_milestone(db, ID, title="x")),
    ("milestone remove", lambda db: campaign.remove_milestone(db, ID)),
    ("pool add", lambda db: pool.add_inspector(db, "张三")),
    ("pool edit", lambda db: pool.update_inspector(db, ID, name="x")),
    ("pool retire", lambda db: pool.retire_inspector(db, ID)),
    ("avoidance", lambda db: pool.declare_avoidance(db, ID, ID, "relative")),
    ("avoidance withdraw", lambda db: pool.withdraw_avoidance(db, ID)),
    ("pool workbook", lambda db: pool_workbook.import_pool(db, Path("pool.xlsx"))),
    ("draw", lambda db: draw.draw_groups(db, None, 3, 4)),
]


def change_count(database) -> int:
    with database.Session() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


@pytest.mark.parametrize("name,call", REFUSING, ids=[n for n, _c in REFUSING])
def test_master_data_services_refuse_on_a_laptop(field_db, name, call) -> None:
    before = change_count(field_db)
    with pytest.raises(OfficeOnlyError, match="master data .* is kept by the\\s+office"):
        call(field_db)
    assert change_count(field_db) == before


def test_the_office_may_change_master_data(office_db) -> None:
    require_office(office_db)  # no error
    created = campaign.create_campaign(office_db, "2026年度督导", 2026)
    assert created.name == "2026年度督导"
    added = pool.add_inspector(office_db, "张三")
    assert added.name == "张三"
