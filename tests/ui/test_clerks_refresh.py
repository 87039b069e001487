"""Two clerks on one office database: a refresh shows the other's save, and an edit made
from an older copy is refused with a message instead of overwriting it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from dudao_desktop.db.opening import open_database
from dudao_desktop.model import Problem
from dudao_desktop.services import problems
from dudao_desktop.ui.tabs.rectification_tab import RectificationTab

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from ledger_fixtures import make_problem, make_unit

pytestmark = pytest.mark.backends


@pytest.fixture
def other_clerk(office_db):
    url = office_db.engine.url
    server = None if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    database = open_database(office_db.data_dir, url=server)
    yield database
    database.dispose()


def responsible_shown(tab: RectificationTab, problem_id: str) -> str:
    """The person responsible as the problem's row in the list shows it."""
    assert tab.select_problem(problem_id)
    model = tab.problems
    row = tab.ui.problemsView.currentIndex().row()
    assert model.record_id(row) == problem_id
    return model.index(row, model.listing.column_index("responsible")).data()


def test_a_refresh_shows_the_other_clerks_save_and_a_stale_edit_is_refused(
    qtbot, office_db, other_clerk, message_boxes
):
    unit = make_unit(office_db, "昌河市医疗保障局", "113707990000000002")
    problem_id = make_problem(office_db, unit, "未按规定公开权责清单", date(2030, 6, 30))
    tab = RectificationTab(office_db)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.select_problem(problem_id)
    detail = tab.detail
    assert detail.problem_id == problem_id

    problems.update_problem(other_clerk, problem_id, responsible="李明")

    # This clerk, still on the old copy, types a different person and saves: refused.
    detail.ui.responsibleEdit.clear()
    qtbot.keyClicks(detail.ui.responsibleEdit, "Wang Fang")
    assert detail.save() is False
    assert "Someone else saved this record" in message_boxes.shown[-1][1]
    with office_db.Session() as s:
        assert s.get(Problem, problem_id).responsible == "李明"

    assert responsible_shown(tab, problem_id) == ""  # the list still shows what it read
    tab.refresh()
    assert responsible_shown(tab, problem_id) == "李明"
    assert tab.select_problem(problem_id)
    assert tab.detail.ui.responsibleEdit.text() == "李明"
