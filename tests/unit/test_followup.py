"""Effectiveness follow-up on approved matters and its report."""

from __future__ import annotations

import pytest
from report_helpers import english, pdf_cells  # noqa: F401
from sqlalchemy import text

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import ApprovalMatter
from dudao_desktop.services import followup
from dudao_desktop.services.followup import write_followup_report

pytestmark = pytest.mark.usefixtures("english")


def matter_in(database, phase: str) -> str:
    with database.Session() as s:
        return (
            s.execute(
                text("SELECT id FROM approval_matter WHERE phase = :p ORDER BY id"), {"p": phase}
            )
            .scalars()
            .first()
        )


def test_record_followup_on_approved_matters_only(demo_db):
    lines = followup.followup_lines(demo_db)
    with demo_db.Session() as s:
        approved = s.execute(
            text(
                "SELECT COUNT(*) FROM approval_matter WHERE deleted = 0 AND "
                "phase IN ('decision', 'implemented')"
            )
        ).scalar()
    assert len(lines) == approved > 0
    decided = matter_in(demo_db, "decision")
    followup.record_followup(demo_db, decided, indicators="人员到岗率100%", result="已达到")
    with demo_db.Session() as s:
        matter = s.get(ApprovalMatter, decided)
        assert (matter.follow_up_indicators, matter.follow_up_result) == (
            "人员到岗率100%",
            "已达到",
        )
    with pytest.raises(DudaoError, match="has not been decided"):
        followup.record_followup(demo_db, matter_in(demo_db, "application"), indicators="x")
    followup.record_followup(demo_db, decided, indicators="")
    with pytest.raises(DudaoError, match="no follow-up indicators"):
        followup.record_followup(demo_db, decided, result="另一个结果")
    with pytest.raises(DudaoError, match="does not exist"):
        followup.record_followup(demo_db, "nope", indicators="x")


def test_followup_report_lists_matters(demo_db, tmp_path):
    decided = matter_in(demo_db, "decision")
    followup.record_followup(
        demo_db, decided, indicators="群众满意度90%", result="满意度达到96%，效果明显"
    )
    lines = followup.followup_lines(demo_db)
    cells = pdf_cells(write_followup_report(demo_db, tmp_path / "f.pdf"))
    joined = "".join(cells)
    done = sum(1 for line in lines if line.followed_up)
    assert f"{len(lines)} approved establishment matters are followed up" in " ".join(cells)
    assert f"{done} have a recorded result" in " ".join(cells)
    assert "满意度达到96%，效果明显" in joined
    for line in lines:
        assert line.unit in joined
    year = lines[0].meeting_on.year
    cells = pdf_cells(write_followup_report(demo_db, tmp_path / "g.pdf", year=year))
    assert f"Effectiveness follow-up report, {year}" in cells
