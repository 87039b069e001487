"""The credit blacklist keeps its history."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from dudao_desktop.services import blacklist

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_unit


def test_list_remove_and_history(office_db):
    unit = make_unit(office_db, "某某中心", "123707990000000009")
    blacklist.add_to_blacklist(
        office_db, unit, "整改不到位", "督导反馈意见及回头看记录", on=date(2026, 1, 5)
    )
    assert blacklist.is_listed(office_db, unit)
    with pytest.raises(blacklist.DudaoError, match="already"):
        blacklist.add_to_blacklist(office_db, unit, "again")
    with pytest.raises(blacklist.DudaoError, match="reason"):
        blacklist.remove_from_blacklist(office_db, unit, "")
    blacklist.remove_from_blacklist(office_db, unit, "已整改到位", on=date(2026, 6, 1))
    assert not blacklist.is_listed(office_db, unit)
    assert blacklist.blacklist(office_db) == []
    [entry] = blacklist.blacklist(office_db, include_history=True)
    assert (
        entry.reason,
        entry.evidence,
        entry.listed_on,
        entry.removed_on,
        entry.removal_reason,
    ) == (
        "整改不到位",
        "督导反馈意见及回头看记录",
        date(2026, 1, 5),
        date(2026, 6, 1),
        "已整改到位",
    )
    blacklist.add_to_blacklist(office_db, unit, "再次出现问题")
    assert len(blacklist.blacklist(office_db, include_history=True)) == 2
    assert [e.reason for e in blacklist.blacklist(office_db)] == ["再次出现问题"]


def test_reason_required_and_unknown_unit(office_db):
    unit = make_unit(office_db, "某某中心", "123707990000000009")
    with pytest.raises(blacklist.DudaoError):
        blacklist.add_to_blacklist(office_db, unit, "  ")
    with pytest.raises(blacklist.NotFoundError):
        blacklist.add_to_blacklist(office_db, "missing", "x")
    with pytest.raises(blacklist.DudaoError, match="not on the blacklist"):
        blacklist.remove_from_blacklist(office_db, unit, "x")
