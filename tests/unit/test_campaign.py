"""Campaign plan: create, edit, archive; milestones inside the span and in order."""

from __future__ import annotations

from datetime import date

import pytest

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Campaign, Milestone
from dudao_desktop.services import campaign as campaigns


def test_create_edit_archive(office_db):
    c = campaigns.create_campaign(
        office_db,
        " 2026年大督导 ",
        2026,
        months="9、3",
        start_date=date(2026, 3, 1),
        end_date=date(2026, 9, 30),
        purpose="全面掌握",
    )
    campaigns.update_campaign(office_db, c.id, targets="全市机关", mechanism="全办共同抓")
    campaigns.archive_campaign(office_db, c.id)
    with office_db.session() as s:
        stored = s.get(Campaign, c.id)
        assert (stored.name, stored.months, stored.status) == ("2026年大督导", "3,9", "archived")
        assert stored.targets == "全市机关"
    assert [x.status for x in campaigns.list_campaigns(office_db)] == ["archived"]
    assert campaigns.list_campaigns(office_db, include_archived=False) == []


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"months": "13"}, "is not a month"),
        ({"start_date": date(2026, 5, 1), "end_date": date(2026, 4, 1)}, "ends"),
        ({"year": 1850}, "not plausible"),
    ],
)
def test_campaign_validation(office_db, fields, message):
    with pytest.raises(DudaoError, match=message):
        campaigns.create_campaign(office_db, "X", fields.pop("year", 2026), **fields)


def test_milestones_in_order_and_inside_the_span(office_db):
    c = campaigns.create_campaign(
        office_db, "2026年大督导", 2026, start_date=date(2026, 3, 1), end_date=date(2026, 9, 30)
    )
    m = campaigns.add_milestone(
        office_db,
        c.id,
        "现场核查",
        date(2026, 3, 16),
        date(2026, 3, 31),
        "各督导组",
        step="on_site",
    )
    campaigns.add_milestone(office_db, c.id, "制定方案", date(2026, 3, 1), date(2026, 3, 5))
    with pytest.raises(DudaoError, match="before it starts"):
        campaigns.add_milestone(office_db, c.id, "倒置", date(2026, 4, 2), date(2026, 4, 1))
    with pytest.raises(DudaoError, match="outside the campaign"):
        campaigns.add_milestone(office_db, c.id, "太晚", date(2026, 9, 1), date(2026, 10, 8))
    with pytest.raises(DudaoError, match="outside the campaign"):
        campaigns.update_campaign(office_db, c.id, start_date=date(2026, 3, 10))
    campaigns.update_milestone(office_db, m.id, responsible="监督检查科")
    titles = [x.title for x in campaigns.list_milestones(office_db, c.id)]
    assert titles == ["制定方案", "现场核查"]
    campaigns.remove_milestone(office_db, m.id)
    with office_db.session() as s:
        assert s.get(Milestone, m.id).deleted and s.get(Milestone, m.id).responsible == "监督检查科"
        assert s.get(Campaign, c.id).start_date == date(2026, 3, 1)
